/**
 * The charts of <inequality-gap>: the Vega compiled at build time from gap-chart.ts (ordered groups,
 * unordered groups, over time), with the datasets and signal values of a view model, built here by
 * pure functions (no DOM, no Vega import: src/render/vega.ts draws them). Text from the spec only
 * ever enters as data or signal values (drawn as text), never as an expression.
 */
import type { Spec } from 'vega-typings';
import type { CompiledChart } from '../../render/chart-source.js';
import { chartConfig, configTextSize, titleLineHeight } from '../../render/chart-config.js';
import { axisTitleLines, estimatedTextWidth, widestTextWidth } from '../../render/chart-text.js';
import { statuses as statusVocabulary } from '../../render/status.js';
import type { Comparison } from '../../stats/types.js';
import {
  ACTIVE_SIGNAL,
  AXIS_LABELS_SIGNAL,
  CHART_PADDING,
  CHART_WIDTH_SIGNAL,
  PERIOD_PADDING,
  PLOT_HEIGHT,
  PERIOD_LABEL_WIDTH_SIGNAL,
  POSITION_TITLE_WIDTH_SIGNAL,
  type GapChartKind,
  type GapDataset,
} from './gap-chart.js';
import { gapOrdered, gapOverTime, gapUnordered } from './gap-chart.vega.js';
import type { GapView, GroupsView, OverTimeView } from './gap-model.js';
import { formatNumber } from '../../render/format.js';

export { ACTIVE_SIGNAL, AXIS_LABELS_SIGNAL };

export interface GapChartStyle {
  /** Status colours (readPalette): groups compared with the overall value. */
  palette: Record<Comparison, string>;
  /** Status letters (statusLetter), drawn beside each compared group so status is never colour alone. */
  letters: Record<Comparison, string>;
  /** The two series of the over-time view. */
  series: [string, string];
  /** Groups when there is no overall value to compare with. */
  mark: string;
  text: string;
  muted: string;
  grid: string;
  /** Fill between the two series. */
  shade: string;
  font: string;
  /** Chart text in px, from the reader's text size (the chart controller); default 12. */
  fontSize?: number;
}

export interface GapChartOptions {
  /** For a downloaded file: adds the title and area so the picture explains itself. */
  title?: { text: string; subtitle: string };
  /** On screen, the chart's width, px: the groups' axis title is written in as many lines as it needs. */
  width?: number;
}

/** The chart's box on screen: its width, px, and its text size, px (the chart controller's textSize: 12 at least, as chartConfig writes it). */
export interface ChartLayout {
  width: number;
  fontSize: number;
}

/** Over this many periods, only the first and last gaps are written on the chart (they would overlap). */
export const MAX_GAP_LABELS = 12;

/** Height of each row of groups in rows, px. */
const ROW_STEP = 34;

/**
 * Room beside the plot for its axes (and, over time, the key above it), as px plus em of the
 * element's text, since the chart's text follows the reader's text size (three quarters of the
 * element's, chartTextSize): what Chromium draws at 16 and 32 px text, with one line of each title.
 */
const AXES_ROOM: Record<'groups' | 'over-time', { px: number; em: number }> = {
  groups: { px: 20, em: 2.75 },
  'over-time': { px: 34, em: 3.57 },
};

/** How far above the plot the value axis's title ends, px: half a line of the axis's labels and a gap (10 px, chartConfig's, at usual sizes). */
const valueTitleRaise = (fontSize: number) => Math.max(10, Math.round(fontSize * 0.6) + 3);

/** Space between the period labels and their ticks, px: half a line of the value axis's labels, less the tick (5 px) and a gap. */
const periodLabelPadding = (fontSize: number) => Math.max(2, Math.round(fontSize * 0.65) - 6);

/** Space between the key above the plot and the value axis's title under it, px. */
const KEY_GAP = 6;

/**
 * The titles the chart's width limits, in lines that fit the chart's width less its padding at its
 * text size (one line each in a file, with no width): the value axis's title above the plot (groups
 * in order, over time: it starts where the axis's labels start) and the groups' axis title under the
 * plot of groups in order (centred under the chart when wider than the plot: gap-chart.ts).
 */
function titleLines(view: GapView, layout: Partial<ChartLayout>): { value: string | string[]; position?: string | string[] } {
  const width = layout.width ? layout.width - 2 * CHART_PADDING : undefined;
  const size = configTextSize(layout.fontSize);
  const ordered = view.kind === 'groups' && view.ordered;
  return {
    value: view.kind === 'over-time' || ordered ? axisTitleLines(view.valueTitle, width, size) : view.valueTitle,
    ...(ordered ? { position: axisTitleLines(view.positionTitle, width, size) } : {}),
  };
}

/** The height a title's lines after its first take, px. */
const moreLines = (title: string | string[] | undefined, fontSize: number) => (Array.isArray(title) ? (title.length - 1) * titleLineHeight(fontSize) : 0);

const compiled: Record<GapChartKind, Spec> = { ordered: gapOrdered, unordered: gapUnordered, 'over-time': gapOverTime };

/** The kind of chart a view is drawn as. */
export const chartKind = (view: GapView): GapChartKind => (view.kind === 'over-time' ? 'over-time' : view.ordered ? 'ordered' : 'unordered');

type Rows = Partial<Record<GapDataset, object[]>>;

/** Height of a view's plot, px: groups in rows have a row each (at least two; a fixed height per row, as a step height cannot be combined with fitting the width). */
function plotHeight(view: GapView): number {
  return view.kind === 'groups' && !view.ordered ? Math.max(2, view.groups.filter((g) => g.value !== null).length) * ROW_STEP : PLOT_HEIGHT;
}

/**
 * The height of the chart's box on screen, a CSS length: its plot and room for the axes, in em so
 * that it grows with the reader's text size. Known before the chart is drawn (from the number of
 * groups), it keeps the chart's place: the chart fills the box, and drawing it moves nothing.
 */
export function chartBoxHeight(view: GapView, layout: ChartLayout): string {
  const room = AXES_ROOM[view.kind === 'over-time' ? 'over-time' : 'groups'];
  const { value, position } = titleLines(view, layout);
  const size = configTextSize(layout.fontSize);
  return `calc(${plotHeight(view) + room.px + moreLines(value, size) + moreLines(position, size)}px + ${room.em}em)`;
}

/**
 * The chart for a view model: the compiled Vega, its datasets and signal values, the theme as
 * config. On screen it fills its box (chartBoxHeight); a file (`options.title`) has its plot's height.
 */
export function buildGapChartSpec(view: GapView, style: GapChartStyle, options: GapChartOptions = {}): CompiledChart {
  const kind = chartKind(view);
  const fontSize = configTextSize(style.fontSize);
  const { data, signals } = view.kind === 'over-time' ? overTimeData(view, style, { width: options.width, fontSize }) : groupsData(view, style);
  const vega = options.title ? forFile(compiled[kind]) : compiled[kind];
  const titles = titleLines(view, { width: options.width, fontSize });
  const position = titles.position;
  const titleSignals = position && {
    positionTitle: position,
    [CHART_WIDTH_SIGNAL]: options.width ?? 0,
    [POSITION_TITLE_WIDTH_SIGNAL]: widestTextWidth([position].flat(), fontSize),
  };
  const config = chartConfig({ text: style.text, muted: style.muted, grid: style.grid, fontFamily: style.font, background: 'transparent', fontSize });
  // The value axis's title, above the plot, clears the highest value's label, centred on the plot's
  // top edge. Vega writes a title's lines down from the first: one of several lines is raised by
  // those after its first, to end there as one line does.
  const valueRaise = valueTitleRaise(fontSize) + moreLines(titles.value, fontSize);
  config.axisY = { ...config.axisY, titleY: -valueRaise };
  if (kind === 'over-time') {
    // The key above the plot clears that title (Vega places it from the plot's top).
    // Its rows apart at large text (2 px, Vega's own, at usual sizes).
    config.legend = { ...config.legend, offset: valueRaise + titleLineHeight(fontSize) + KEY_GAP, rowPadding: Math.round(fontSize / 6) };
    // The periods' labels clear the lowest value's label, centred on the plot's bottom edge, which
    // the first period's label reaches under at large text (2 px, Vega's own, at usual sizes).
    config.axisX = { labelPadding: periodLabelPadding(fontSize) };
  }
  return {
    vega,
    data,
    signals: {
      ink: style.text,
      valueTitle: titles.value,
      ...signals,
      ...titleSignals,
      ...(options.title ? { titleText: options.title.text, subtitleText: options.title.subtitle } : {}),
    },
    config,
    ...(options.title ? { height: plotHeight(view) } : {}),
  };
}

/**
 * A downloaded file's chart: the same Vega with a title and subtitle (signals), so the picture
 * explains itself, fitting the width only (the height given is the plot's).
 */
function forFile(spec: Spec): Spec {
  return {
    ...spec,
    autosize: { type: 'fit-x', contains: 'padding' },
    title: { text: { signal: 'titleText' }, subtitle: { signal: 'subtitleText' }, anchor: 'start' },
    signals: [...(spec.signals ?? []), { name: 'titleText', value: '' }, { name: 'subtitleText', value: '' }],
  };
}

function groupRows(view: GroupsView) {
  const stopIndex = new Map(view.stops.map((s, i) => [s.key, i])); // one pass, not one search a group
  return view.groups
    .filter((g) => g.value !== null)
    .map((g) => ({
      index: stopIndex.get(g.key) ?? -1,
      label: g.label,
      position: g.position,
      value: g.value,
      lower: g.lower,
      upper: g.upper,
      status: g.comparison ?? 'not-compared',
    }));
}

/** Axis labels are the groups' order numbers (digits only); names are in the table and tooltips. */
function axisLabels(view: GroupsView): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const g of view.groups) if (g.value !== null) labels[String(g.position)] = g.axisLabel;
  return labels;
}

function groupsData(view: GroupsView, style: GapChartStyle) {
  const rows = groupRows(view);
  const statuses = Object.keys(style.palette) as Comparison[];
  // When groups are not compared (no overall value, or a method that does not compare groups):
  // every group is the plain mark, a circle, with no letter.
  const compared = view.compared;
  const data: Rows = {
    groups: rows,
    // Whiskers only where a group has both limits.
    intervals: rows.filter((r) => typeof r.lower === 'number' && typeof r.upper === 'number'),
    letters: compared
      ? view.groups
          .filter((g) => g.value !== null && g.comparison)
          .map((g) => ({ position: g.position, label: g.label, value: g.value, end: g.upper ?? g.value, letter: style.letters[g.comparison!] }))
      : [],
    overall: view.overall ? [{ value: view.overall.value, label: view.overall.label }] : [],
  };
  const signals: Record<string, unknown> = {
    positionTitle: view.positionTitle,
    statusNames: statuses,
    statusColours: statuses.map((s) => (compared ? style.palette[s] : style.mark)),
    statusShapes: statuses.map((s) => (compared ? statusVocabulary[s].shape : 'circle')),
  };
  if (view.ordered) {
    if (view.sii.ok) {
      const { intercept, slope } = view.sii.result;
      data.sii = [{ position: 0, value: intercept }, { position: 1, value: intercept + slope }];
    } else data.sii = [];
    signals.positions = rows.map((r) => r.position);
    signals[AXIS_LABELS_SIGNAL] = axisLabels(view);
    return { data, signals };
  }
  signals.groupLabels = rows.map((r) => r.label);
  return { data, signals };
}

function overTimeData(view: OverTimeView, style: GapChartStyle, layout: { width?: number | undefined; fontSize: number }) {
  const [a, b] = view.series;
  const series = view.periods.flatMap((p, index) => [
    { index, periodLabel: p.periodLabel, series: a.label, seriesIndex: 0, value: p.a },
    { index, periodLabel: p.periodLabel, series: b.label, seriesIndex: 1, value: p.b },
  ]);
  const spans = view.periods.map((p, index) => ({
    index,
    periodLabel: p.periodLabel,
    // Null where either value is missing: the shading breaks there (a gap is never drawn as zero).
    low: p.gap === null ? null : Math.min(p.a!, p.b!),
    high: p.gap === null ? null : Math.max(p.a!, p.b!),
    middle: p.gap === null ? null : (p.a! + p.b!) / 2,
    gapText: p.gap === null ? '' : formatNumber(Math.abs(p.gap), view.style),
  }));
  const withGap = spans.filter((w) => w.middle !== null);
  // The gaps are written on the chart at the reader's text size. Only the first and the last when
  // there are many, or when one is wider than the step between periods (large text, a narrow chart:
  // the plot's width estimated as the chart's less the value axis's labels); those two start and end
  // at their periods (gap-chart.ts), clear of the value axis's labels and of the chart's edge.
  const plotWidth = (layout.width ?? 800) - estimatedTextWidth('00.0', layout.fontSize) - 4 * CHART_PADDING;
  const step = plotWidth / Math.max(1, view.periods.length - 1 + 2 * PERIOD_PADDING);
  const widest = widestTextWidth(withGap.map((w) => w.gapText), layout.fontSize);
  const atEnds = withGap.length > 1 && (withGap.length > MAX_GAP_LABELS || widest + layout.fontSize / 2 > step);
  const gapLabels = atEnds ? [{ ...withGap[0]!, end: 'first' }, { ...withGap[withGap.length - 1]!, end: 'last' }] : withGap;
  return {
    data: { spans, series, gapLabels } satisfies Rows,
    signals: {
      periodLabels: view.periods.map((p) => p.periodLabel),
      [PERIOD_LABEL_WIDTH_SIGNAL]: widestTextWidth(view.periods.map((p) => p.periodLabel), layout.fontSize),
      seriesNames: [a.label, b.label],
      seriesColours: style.series,
      shade: style.shade,
    },
  };
}

/**
 * Where a keyboard stop sits, as scale names and values: the element maps them to pixels with the
 * Vega view's scales (`band` adds half a band, for the unordered groups' rows).
 */
export interface StopAnchor {
  x: { scale: 'x'; value: number | string };
  y: { scale: 'y'; value: number | string; band?: boolean };
}

export function stopAnchor(view: GapView, index: number): StopAnchor | undefined {
  const stop = view.stops[index];
  if (!stop) return undefined;
  if (view.kind === 'over-time') {
    const period = view.periods.find((p) => p.key === stop.key);
    if (!period) return undefined;
    const values = [period.a, period.b].filter((v): v is number => v !== null);
    // With no value at all, sit at the vertical middle of the values drawn.
    const all = view.periods.flatMap((p) => [p.a, p.b]).filter((v): v is number => v !== null);
    const value = values.length ? Math.max(...values) : (Math.min(...all) + Math.max(...all)) / 2;
    return { x: { scale: 'x', value: period.periodLabel }, y: { scale: 'y', value } };
  }
  const group = view.groups.find((g) => g.key === stop.key);
  if (!group || group.value === null) return undefined;
  return view.ordered
    ? { x: { scale: 'x', value: group.position }, y: { scale: 'y', value: group.value } }
    : { x: { scale: 'x', value: group.value }, y: { scale: 'y', value: group.label, band: true } };
}
