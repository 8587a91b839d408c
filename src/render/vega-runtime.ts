/**
 * The Vega runtime the built-in charts need, and nothing more: the parser, the view (with its SVG
 * and canvas renderers: PNG downloads draw on a canvas), and only the transforms that the compiled
 * trend and gap specs parse to (test/charts.node.test.mjs fails when a compiled spec needs one that
 * is missing here). Imported from the vega-* packages directly (not `vega`, which registers every
 * transform, geo, hierarchy, force, word cloud, … too) so the chunk stays small; the bundle
 * (rollup.config.js) reads the named imports below to leave the other transforms out of this chunk.
 * <wellbeing-chart> draws authors' specs with vega-embed, whose `vega` import registers the rest
 * before it draws. Only src/render/vega.ts imports this module, lazily.
 */
import { transforms } from 'vega-dataflow';
import { axisticks, datajoin, encode, legendentries, scale, sortitems } from 'vega-encode';
import { expressionInterpreter } from 'vega-interpreter';
import { closureExpressions } from './vega-expressions.js';
import { parse } from 'vega-parser';
import { aggregate, collect, extent, facet, filter, formula, multiextent, prefacet, proxy, relay, sieve, subflow } from 'vega-transforms';
import { View } from 'vega-view';
import { bound, identifier, mark, overlap, render, viewlayout } from 'vega-view-transforms';

/** The transforms registered for the built-in charts, by the name a parsed spec gives them. */
export const builtInTransforms: Readonly<Record<string, unknown>> = {
  aggregate, collect, extent, facet, filter, formula, multiextent, prefacet, proxy, relay, sieve,
  subflow, // facet and prefacet make their subflows with it as the view runs (no parsed spec names it)
  bound, identifier, mark, overlap, render, viewlayout,
  axisticks, datajoin, encode, legendentries, scale, sortitems,
};
// Kept when <wellbeing-chart>'s full set was registered first.
for (const [name, transform] of Object.entries(builtInTransforms)) transforms[name] ??= transform;

/** Expressions run as closures (no eval), with vega-interpreter for what they do not cover. */
export const compiledExpressions = closureExpressions(expressionInterpreter);

export { expressionInterpreter, parse, View };
