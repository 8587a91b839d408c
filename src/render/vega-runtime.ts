/**
 * The Vega runtime the built-in charts need, and nothing more: the parser, the view (with its SVG
 * and canvas renderers), and the transforms of vega-transforms, vega-view-transforms and
 * vega-encode, registered as the `vega` umbrella does. Imported from the vega-* packages directly
 * (not `vega`, which registers geo, hierarchy, force, word cloud, … too) so the chunk stays small.
 * Only src/render/vega.ts imports this module, lazily.
 */
import { transforms } from 'vega-dataflow';
import * as encode from 'vega-encode';
import { expressionInterpreter } from 'vega-interpreter';
import { parse } from 'vega-parser';
import * as dataTransforms from 'vega-transforms';
import { View } from 'vega-view';
import * as viewTransforms from 'vega-view-transforms';

Object.assign(transforms, dataTransforms, viewTransforms, encode);

export { expressionInterpreter, parse, View };
