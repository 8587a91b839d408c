/**
 * The Vega-Lite spec of <indicator-trend>, built by a pure function from the view model, the words
 * and the theme: the area's line and points (shape and colour by comparison with the benchmark),
 * its 95% intervals as error bars, each comparator as its own line (colour and dash), an optional
 * target, and a highlighted period for keyboard focus. Null values break the lines (never zero,
 * never joined over). No DOM, no Vega import: only the shape of the spec.
 */
import type { TopLevelSpec } from 'vega-lite';
import { statuses as statusVocabulary, type Status, type StatusShape } from '../../render/status.js';
import type { Comparison } from '../../stats/types.js';
import type { TrendView } from './trend-model.js';

/** Name of the Vega signal holding the focused period's label ('' for none). */
export const FOCUS_SIGNAL = 'focusPeriod';

/** Shape of a status point (the shared vocabulary): with the legend's words, status never depends on colour alone. */
export const statusShape = (status: Status): StatusShape => statusVocabulary[status].shape;

/** Dash patterns of the lines, in series order (area, benchmark, other comparators). */
export const seriesDash: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 5], [12, 6]];

/** Line colours in series order; each has at least 4.5:1 against white. */
export const defaultSeriesColours = ['#505a5f', '#0b0c0c', '#6f3c97', '#8b4513', '#00703c', '#1d70b8'];

export interface TrendTheme {
  palette: Record<Comparison, string>;
  /** Line colours in series order (area first); repeated when there are more series. */
  seriesColours: string[];
  text: string;
  muted: string;
  grid: string;
  /** Outline of the points, for 3:1 against the background whatever the status colour. */
  pointOutline: string;
  target: string;
  fontFamily: string;
  background: string;
}

export interface TrendWords {
  axisTitle: string;
  /** Legend label of each status (`Similar to England`). */
  status: Record<Comparison, string>;
  /** Legend title of the statuses (`Compared with England`). */
  statusTitle: string;
  /** Label of the target line (`Target 7.50`). */
  target: string;
}

export interface TrendSpecOptions {
  theme: TrendTheme;
  words: TrendWords;
  /** `screen`: legends are drawn in HTML beside the chart; `export`: legends and titles in the chart. */
  mode: 'screen' | 'export';
  /** Title lines for export (title, then subtitle lines). */
  title?: { text: string; subtitle: string[] };
  height?: number;
  width?: number;
  domain: ValueDomain;
}

export interface ValueDomain {
  domain: [number, number];
  /** True when the axis starts at zero (or the data cross zero), so it need not say where it starts. */
  startsAtZero: boolean;
}

const niceStep = (span: number) => {
  const raw = span / 5;
  const power = 10 ** Math.floor(Math.log10(raw));
  const fraction = raw / power;
  return (fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 2.5 ? 2.5 : fraction <= 5 ? 5 : 10) * power;
};
const roundTo = (x: number, step: number) => Number(x.toFixed(Math.max(0, -Math.floor(Math.log10(step)) + 2)));

/**
 * The y domain: from zero when the smallest value is small next to the largest (zero is then
 * near anyway, and bars of change read truly); otherwise a padded, rounded range around the data,
 * which the axis title then says does not start at zero. Never below zero for data that are not.
 */
export function valueDomain(view: TrendView): ValueDomain {
  const values: number[] = [];
  for (const p of view.points) {
    for (const x of [p.value, p.lower, p.upper, ...p.comparatorValues]) if (x !== null) values.push(x);
  }
  if (view.target !== undefined) values.push(view.target);
  if (values.length === 0) return { domain: [0, 1], startsAtZero: true };
  const min = Math.min(...values);
  const max = Math.max(...values);
  if (min >= 0 && min <= 0.4 * max) {
    const step = niceStep(max || 1);
    return { domain: [0, roundTo(Math.ceil((max * 1.05) / step) * step, step) || 1], startsAtZero: true };
  }
  if (max <= 0 && max >= 0.4 * min) {
    const step = niceStep(-min || 1);
    return { domain: [roundTo(Math.floor((min * 1.05) / step) * step, step), 0], startsAtZero: true };
  }
  const span = max - min || Math.abs(max) * 0.1 || 1;
  const step = niceStep(span);
  let low = roundTo(Math.floor((min - span * 0.08) / step) * step, step);
  let high = roundTo(Math.ceil((max + span * 0.08) / step) * step, step);
  if (min >= 0 && low < 0) low = 0;
  if (max <= 0 && high > 0) high = 0;
  return { domain: [low, high], startsAtZero: low <= 0 && high >= 0 };
}

const colourAt = (colours: string[], i: number) => colours[i % colours.length]!;

/** Statuses in legend order, those present in the data only. */
function presentStatuses(view: TrendView): Comparison[] {
  const order: Comparison[] = ['better', 'similar', 'worse', 'higher', 'lower', 'not-compared'];
  const present = new Set(view.points.filter((p) => p.value !== null).map((p) => p.comparison));
  return order.filter((s) => present.has(s));
}

/** Series names as drawn (a name repeated by two areas gets its code, so lines stay apart). */
export function seriesNames(view: TrendView): string[] {
  const series = [view.area, ...view.comparators];
  const names = series.map((s) => s.name);
  return series.map((s, i) => (names.indexOf(s.name) !== i || names.lastIndexOf(s.name) !== i ? `${s.name} (${s.code})` : s.name));
}

/** The Vega-Lite spec of the chart. */
export function buildTrendSpec(view: TrendView, options: TrendSpecOptions): TopLevelSpec {
  const { theme, words, mode } = options;
  const exporting = mode === 'export';
  const labels = view.points.map((p) => p.label);
  const names = seriesNames(view);
  const colours = names.map((_, i) => colourAt(theme.seriesColours, i));
  const dashes = names.map((_, i) => seriesDash[i % seriesDash.length]!);
  const statuses = presentStatuses(view);
  // Status marks only where some value could be compared (e.g. not for data without intervals).
  const showStatus = view.anyCompared;

  // Every series at every period, null where there is no value: null breaks the line.
  const lineRows = view.points.flatMap((p) => [
    { period: p.period, label: p.label, series: names[0], value: p.value },
    ...view.comparators.map((_, i) => ({ period: p.period, label: p.label, series: names[i + 1], value: p.comparatorValues[i] ?? null })),
  ]);
  const areaRows = view.points
    .filter((p) => p.value !== null)
    .map((p) => ({ period: p.period, label: p.label, value: p.value, status: words.status[p.comparison] }));
  const intervalRows = view.points
    .filter((p) => p.value !== null && p.lower !== null && p.upper !== null)
    .map((p) => ({ period: p.period, label: p.label, lower: p.lower, upper: p.upper }));
  const comparatorRows = view.points.flatMap((p) =>
    view.comparators.flatMap((_, i) => {
      const value = p.comparatorValues[i];
      return value === null || value === undefined ? [] : [{ period: p.period, label: p.label, series: names[i + 1], value }];
    }),
  );

  const x = {
    field: 'label',
    type: 'ordinal' as const,
    sort: null,
    scale: { type: 'point' as const, domain: labels, padding: 0.5 },
    axis: { title: null, labelOverlap: 'greedy' as const, labelAngle: 0, labelPadding: 6, labelLimit: 120, grid: false },
  };
  const y = (field: string) => ({
    field,
    type: 'quantitative' as const,
    scale: { domain: options.domain.domain, nice: false, zero: false },
    axis: { title: words.axisTitle, tickCount: 5, titlePadding: 8, grid: true },
  });
  // Long stroke symbols, so the dash patterns show in the key.
  const seriesLegend = exporting
    ? { title: null, orient: 'bottom' as const, direction: 'horizontal' as const, columns: 3, symbolType: 'M-1,0H1', symbolSize: 900, symbolStrokeWidth: 2.5 }
    : null;
  const stroke = { field: 'series', type: 'nominal' as const, scale: { domain: names, range: colours }, legend: seriesLegend };
  const strokeDash = { field: 'series', type: 'nominal' as const, scale: { domain: names, range: dashes }, legend: seriesLegend };
  const statusLegend = exporting ? { title: words.statusTitle, orient: 'bottom' as const, direction: 'horizontal' as const, columns: 3 } : null;

  const layers: Record<string, unknown>[] = [];

  if (!exporting) {
    // A guide at the period the keyboard is on (the focus signal is set by the element).
    layers.push({
      data: { values: labels.map((label) => ({ label })) },
      transform: [{ filter: `datum.label === ${FOCUS_SIGNAL}` }],
      mark: { type: 'rule', color: theme.text, strokeWidth: 1.5, strokeDash: [3, 3] },
      encoding: { x },
    });
  }

  if (view.target !== undefined) {
    // One datum each: a layer without data of its own would draw nothing.
    const single = { data: { values: [{}] } };
    layers.push(
      {
        ...single,
        mark: { type: 'rule', color: theme.target, strokeWidth: 1.5, strokeDash: [8, 4] },
        encoding: { y: { datum: view.target, type: 'quantitative', scale: { domain: options.domain.domain, nice: false, zero: false } } },
      },
      {
        ...single,
        mark: { type: 'text', text: words.target, align: 'right', baseline: 'bottom', dy: -3, x: 'width', color: theme.target, fontSize: 11 },
        encoding: { y: { datum: view.target, type: 'quantitative' } },
      },
    );
  }

  if (intervalRows.length) {
    const interval = { data: { values: intervalRows } };
    layers.push(
      { ...interval, mark: { type: 'rule', color: colours[0], strokeWidth: 1.5 }, encoding: { x, y: y('lower'), y2: { field: 'upper' } } },
      { ...interval, mark: { type: 'tick', color: colours[0], thickness: 1.5, size: 8 }, encoding: { x, y: y('lower') } },
      { ...interval, mark: { type: 'tick', color: colours[0], thickness: 1.5, size: 8 }, encoding: { x, y: y('upper') } },
    );
  }

  layers.push({
    data: { values: lineRows },
    // Null values break the paths and stay out of nothing else: a gap, never zero, never joined over.
    mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-show-domains', strokeCap: 'round' },
    encoding: { x, y: y('value'), stroke, strokeDash, detail: { field: 'series' } },
  });

  if (comparatorRows.length) {
    layers.push({
      data: { values: comparatorRows },
      mark: { type: 'point', filled: false, size: 30, strokeWidth: 1.5 },
      encoding: { x, y: y('value'), stroke, tooltip: { field: 'period' } },
    });
  }

  layers.push({
    data: { values: areaRows },
    mark: { type: 'point', filled: true, size: 80, opacity: 1, stroke: theme.pointOutline, strokeWidth: 1 },
    encoding: showStatus
      ? {
          x,
          y: y('value'),
          fill: {
            field: 'status',
            type: 'nominal',
            scale: { domain: statuses.map((s) => words.status[s]), range: statuses.map((s) => theme.palette[s]) },
            legend: statusLegend,
          },
          shape: {
            field: 'status',
            type: 'nominal',
            scale: { domain: statuses.map((s) => words.status[s]), range: statuses.map((s) => statusShape(s)) },
            legend: statusLegend,
          },
          tooltip: { field: 'period' },
        }
      : { x, y: y('value'), fill: { value: colours[0] }, shape: { value: 'circle' }, tooltip: { field: 'period' } },
  });

  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: options.width ?? 600,
    height: options.height ?? 260,
    autosize: { type: 'fit-x', contains: 'padding' },
    padding: { top: 8, right: 8, bottom: 4, left: 4 },
    background: theme.background,
    ...(exporting && options.title
      ? { title: { text: options.title.text, subtitle: options.title.subtitle, anchor: 'start', color: theme.text, subtitleColor: theme.muted, fontSize: 15, subtitleFontSize: 12, limit: (options.width ?? 600) - 20 } }
      : {}),
    params: [{ name: FOCUS_SIGNAL, value: '' }],
    config: {
      // The SVG is one named image (with the table and summary as its text); Vega's per-mark roles
      // inside it would be unnamed graphics for assistive technology.
      aria: false,
      mark: { aria: false },
      font: theme.fontFamily,
      view: { stroke: null },
      axis: {
        labelColor: theme.muted,
        titleColor: theme.text,
        domainColor: theme.muted,
        tickColor: theme.muted,
        gridColor: theme.grid,
        labelFontSize: 12,
        titleFontSize: 12,
        titleFontWeight: 'normal',
      },
      legend: {
        labelColor: theme.text,
        titleColor: theme.text,
        labelFontSize: 12,
        titleFontSize: 12,
        titleFontWeight: 'normal',
        labelLimit: 230,
        // The two keys one under the other, from the left, so they fit the width of the file.
        layout: { bottom: { direction: 'vertical', anchor: 'start', margin: 8 } },
      },
    },
    layer: layers,
  };
  return spec as unknown as TopLevelSpec;
}
