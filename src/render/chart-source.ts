/**
 * What a chart is drawn from. Built-in charts are `CompiledChart`s: Vega compiled from Vega-Lite at
 * build time (scripts/compile-charts.mjs), with their datasets and signal values given at run time,
 * so no Vega-Lite is downloaded to draw them. A Vega-Lite spec is still accepted (compiled in the
 * browser, from a chunk of its own) for charts not yet compiled ahead. Pure types.
 */
import type { Config, Spec } from 'vega-typings';
import type { TopLevelSpec } from 'vega-lite';

export interface CompiledChart {
  /** Vega compiled at build time; named datasets and signals, no data. */
  vega: Spec;
  /** Rows of each named dataset (`view.data(name, rows)`). */
  data: Record<string, readonly object[]>;
  /** Values of signals (`view.signal(name, value)`): words, domains, colours. */
  signals: Record<string, unknown>;
  /** Theme tokens as Vega config, merged over the spec's at parse time. */
  config?: Config;
  /** A fixed width (export); else the container's. */
  width?: number;
}

export type ChartSource = CompiledChart | TopLevelSpec;

export const isCompiled = (source: ChartSource): source is CompiledChart => 'vega' in source && 'signals' in source;
