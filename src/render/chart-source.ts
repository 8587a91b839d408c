/**
 * What a chart is drawn from: Vega compiled from Vega-Lite at build time
 * (scripts/compile-charts.mjs), with its datasets and signal values given at run time, so no page
 * downloads Vega-Lite to draw a built-in chart. Pure types.
 */
import type { Config, Spec } from 'vega-typings';

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
  /** The height of the plot, when it depends on the data (rows of groups); else the spec's. */
  height?: number;
}

/** What renderChart draws (the name kept for callers written before every chart was compiled ahead). */
export type ChartSource = CompiledChart;
