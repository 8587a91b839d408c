/**
 * The chart of <indicator-trend>, authored in Vega-Lite and compiled to Vega at build time
 * (scripts/compile-charts.mjs writes trend-chart.vega.ts): the area's line and points (shape and
 * colour by comparison with the benchmark), its 95% intervals as error bars, each comparator as its
 * own line (colour and dash), an optional target, and a highlighted period for keyboard focus. Null
 * values break the lines (never zero, never joined over).
 *
 * `trendChartTemplate(mode)` is the Vega-Lite with named datasets and parameters and no data;
 * `buildTrendSpec(view, options)` gives the compiled Vega with the datasets and signal values that
 * go in at run time (`view.data()`, `view.signal()`). No DOM, no Vega import: pure functions.
 */
import { statuses as statusVocabulary, type Status, type StatusShape } from '../../render/status.js';
import type { CompiledChart } from '../../render/chart-source.js';
import { chartConfig, configTextSize } from '../../render/chart-config.js';
import type { AreaComparison } from '../../stats/benchmark.js';
import { TREND_STATUS_ORDER, type TrendView } from './trend-model.js';
import { CHART_PADDING, FOCUS_SIGNAL, PERIOD_LABEL_WIDTH, type TrendDataset } from './trend-chart.js';
import { axisTitleLines, widestTextWidth } from '../../render/chart-text.js';
import { trendChartExport, trendChartScreen } from './trend-chart.vega.js';

export { FOCUS_SIGNAL };

/** Shape of a status point (the shared vocabulary): with the legend's words, status never depends on colour alone. */
export const statusShape = (status: Status): StatusShape => statusVocabulary[status].shape;

/** Dash patterns of the lines, in series order (area, benchmark, other comparators). */
export const seriesDash: number[][] = [[], [6, 4], [2, 3], [10, 3, 2, 3], [1, 5], [12, 6]];

/** Line colours in series order; each has at least 4.5:1 against white. */
export const defaultSeriesColours = ['#505a5f', '#0b0c0c', '#6f3c97', '#8b4513', '#00703c', '#1d70b8'];

export interface TrendTheme {
  palette: Record<AreaComparison, string>;
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
  /** Chart text in px, from the reader's text size (the chart controller); default 12. */
  fontSize?: number;
}

export interface TrendWords {
  axisTitle: string;
  /** Legend label of each status (`Similar to England`). */
  status: Record<AreaComparison, string>;
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
  /**
   * The width of the chart's box on screen, px: the value axis's title is written in as many lines
   * as the chart's width needs (one line of large text ran off a narrow chart). A file, 800 px wide,
   * has one line.
   */
  boxWidth?: number;
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
  const result = paddedDomain(view);
  if (Number.isFinite(result.domain[0]) && Number.isFinite(result.domain[1])) return result;
  // Values near the largest double (1e308) overflow the padding (Infinity, then NaN in the axis
  // text): keep the data's own range, narrowed towards zero when every value is the same.
  const values = view.points.flatMap((p) => [p.value, p.lower, p.upper, ...p.comparatorValues]).filter((x): x is number => x !== null);
  let low = Math.min(...values);
  let high = Math.max(...values);
  if (low === high) [low, high] = low > 0 ? [low / 2, high] : [low, high / 2 || 1];
  return { domain: [low, high], startsAtZero: low <= 0 && high >= 0 };
}

function paddedDomain(view: TrendView): ValueDomain {
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
function presentStatuses(view: TrendView): AreaComparison[] {
  const present = new Set(view.points.filter((p) => p.value !== null).map((p) => p.comparison));
  return TREND_STATUS_ORDER.filter((s) => present.has(s));
}

/** Series names as drawn (a name repeated by two areas gets its code, so lines stay apart). */
export function seriesNames(view: TrendView): string[] {
  const series = [view.area, ...view.comparators];
  const names = series.map((s) => s.name);
  return series.map((s, i) => (names.indexOf(s.name) !== i || names.lastIndexOf(s.name) !== i ? `${s.name} (${s.code})` : s.name));
}

/**
 * Most periods the chart draws (issue 15: a trend of 25,000 periods stalled the page for seconds,
 * drawing 150,000 marks nobody can tell apart). Series up to this length are drawn whole.
 */
export const MAX_CHART_PERIODS = 500;

/**
 * The view the chart draws: the view itself up to `max` periods; beyond, the periods of each stretch
 * of consecutive periods where the area is lowest and highest (so peaks and troughs stay), with the
 * first and latest, in time order: at most `max` + 2 periods, found in one pass. The summary and the
 * table keep every period.
 */
export function chartPeriods(view: TrendView, max = MAX_CHART_PERIODS): TrendView {
  const all = view.points;
  if (all.length <= max) return view;
  const size = Math.ceil(all.length / Math.max(1, Math.floor(max / 2)));
  const keep = new Set([view.first, view.latest]);
  for (let start = 0; start < all.length; start += size) {
    let low: TrendView['points'][number] | undefined;
    let high: TrendView['points'][number] | undefined;
    for (let i = start; i < Math.min(all.length, start + size); i++) {
      const point = all[i]!;
      if (point.value === null) continue;
      if (!low || point.value < low.value!) low = point;
      if (!high || point.value > high.value!) high = point;
    }
    // A stretch with no value for the area keeps its first period: the line breaks there.
    if (!low || !high) keep.add(all[start]!);
    else keep.add(low).add(high);
  }
  return { ...view, points: all.filter((p) => keep.has(p)) };
}

type VegaSpec = typeof trendChartScreen;
const leaner = new WeakMap<VegaSpec, Map<string, VegaSpec>>();

/**
 * The compiled spec without `names`' datasets and the datasets and marks that read them: an empty
 * layer still costs each view its operators (a mark is about eight) and an empty SVG group. Kept
 * by spec and names, so the charts of a page share a few specs and their parse
 * (src/render/vega.ts keeps one parse per spec object).
 */
export function withoutDatasets(spec: VegaSpec, names: readonly string[]): VegaSpec {
  if (!names.length) return spec;
  let byNames = leaner.get(spec);
  if (!byNames) leaner.set(spec, (byNames = new Map()));
  const key = names.join(' ');
  let lean = byNames.get(key);
  if (!lean) {
    const gone = new Set(names);
    const data = (spec.data ?? []).filter((d) => {
      const source = (d as { source?: string }).source;
      if (gone.has(d.name) || (source && gone.has(source))) {
        gone.add(d.name);
        return false;
      }
      return true;
    });
    const marks = (spec.marks ?? []).filter((m) => !gone.has((m.from as { data?: string } | undefined)?.data ?? ''));
    lean = { ...spec, data, marks };
    byNames.set(key, lean);
  }
  return lean;
}

/**
 * The compiled chart, with the datasets and signal values for this view, words and theme; a view of
 * more than MAX_CHART_PERIODS periods is thinned first (chartPeriods).
 */
export function buildTrendSpec(fullView: TrendView, options: TrendSpecOptions): CompiledChart {
  const view = chartPeriods(fullView);
  const { theme, words, mode } = options;
  const exporting = mode === 'export';
  const names = seriesNames(view);
  const colours = names.map((_, i) => colourAt(theme.seriesColours, i));
  const dashes = names.map((_, i) => seriesDash[i % seriesDash.length]!);
  // Status marks only where some value could be compared (e.g. not for data without intervals):
  // otherwise plain circles in the area's colour, with no key.
  const statuses = view.anyCompared ? presentStatuses(view) : [];
  const statusOf = (p: TrendView['points'][number]) => (view.anyCompared ? words.status[p.comparison] : '');

  const data: Partial<Record<TrendDataset, object[]>> = {
    // The keyboard's guide (screen only).
    ...(exporting ? {} : { periods: view.points.map((p) => ({ label: p.label })) }),
    target: view.target === undefined ? [] : [{ value: view.target, text: words.target }],
    intervals: view.points
      .filter((p) => p.value !== null && p.lower !== null && p.upper !== null)
      .map((p) => ({ period: p.period, label: p.label, lower: p.lower, upper: p.upper })),
    // Every series at every period, null where there is no value: null breaks the line.
    lines: view.points.flatMap((p) => [
      { period: p.period, label: p.label, series: names[0], value: p.value },
      ...view.comparators.map((_, i) => ({ period: p.period, label: p.label, series: names[i + 1], value: p.comparatorValues[i] ?? null })),
    ]),
    comparatorPoints: view.points.flatMap((p) =>
      view.comparators.flatMap((_, i) => {
        const value = p.comparatorValues[i];
        return value === null || value === undefined ? [] : [{ period: p.period, label: p.label, series: names[i + 1], value }];
      }),
    ),
    points: view.points.filter((p) => p.value !== null).map((p) => ({ period: p.period, label: p.label, value: p.value, status: statusOf(p) })),
  };
  // At the size chartConfig writes the axis titles and labels in.
  const textSize = configTextSize(theme.fontSize);
  const titleWidth = options.boxWidth && Math.max(1, options.boxWidth - CHART_PADDING.left - CHART_PADDING.right);
  const title = axisTitleLines(words.axisTitle, titleWidth, textSize);
  const periodLabels = view.points.map((p) => p.label);
  const signals: Record<string, unknown> = {
    periodLabels,
    // Labels this wide that would run off the chart's edge: the latest then ends at its period (trend-chart.ts).
    [PERIOD_LABEL_WIDTH]: widestTextWidth(periodLabels, textSize),
    yDomain: options.domain.domain,
    axisTitle: title,
    seriesNames: names,
    seriesColours: colours,
    seriesDashes: dashes,
    statusNames: view.anyCompared ? statuses.map((s) => words.status[s]) : [''],
    statusColours: view.anyCompared ? statuses.map((s) => theme.palette[s]) : [colours[0]],
    statusShapes: view.anyCompared ? statuses.map((s) => statusShape(s)) : ['circle'],
    ink: theme.text,
    outline: theme.pointOutline,
    targetColour: theme.target,
    intervalColour: colours[0],
    ...(exporting
      ? { statusTitle: words.statusTitle, titleText: options.title?.text ?? '', subtitleLines: options.title?.subtitle ?? [] }
      : {}),
  };
  // Layers with nothing to draw are left out of the view (most trends have no target).
  const empty = (['target', 'intervals'] as const).filter((name) => data[name]!.length === 0);
  for (const name of empty) delete data[name];
  return {
    vega: withoutDatasets(exporting ? trendChartExport : trendChartScreen, empty),
    data,
    signals,
    config: chartConfig({ ...theme, background: theme.background }, Array.isArray(title) ? title.length : 1),
    ...(options.width ? { width: options.width } : {}),
  };
}
