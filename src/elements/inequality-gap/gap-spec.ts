/**
 * The Vega-Lite specs of <inequality-gap>, built from its view model by pure functions (no DOM, no
 * Vega import: src/render/vega.ts draws them). Three shapes of chart:
 * - ordered groups (deprivation deciles, quintiles): values up the page, groups left to right from
 *   the most to the least deprived, placed at the middle of their population share when the SII
 *   was fitted, so the fitted line is straight and its rise is the SII;
 * - unordered groups (sexes, ethnic groups, wards): a horizontal dot plot, labels readable on a phone;
 * - over time: two series, the gap between them shaded and stated in every period.
 * Text from the spec only ever enters as data or titles (drawn as text), never as an expression.
 */
import { statuses as statusVocabulary } from '../../render/status.js';
import type { TopLevelSpec } from '../../render/vega.js';
import type { Comparison } from '../../stats/types.js';
import type { GapView, GroupsView, OverTimeView } from './gap-model.js';
import { formatNumber } from '../../render/format.js';

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
}

export interface GapChartOptions {
  /** For a downloaded file: adds the title and area so the picture explains itself. */
  title?: { text: string; subtitle: string };
}

/** Name of the Vega signal holding the index of the mark the keyboard is on (−1: none). */
export const ACTIVE_SIGNAL = 'active';
/** Field every mark's tooltip carries: the key of its keyboard stop (see formatTooltip in the element). */
export const TOOLTIP_FIELD = 'key';

/** Over this many periods, only the first and last gaps are written on the chart (they would overlap). */
export const MAX_GAP_LABELS = 12;

const HEIGHT = 280;
const ROW_STEP = 34;
const POINT_SIZE = 80;
const ACTIVE_POINT_SIZE = 240;

type Layer = Record<string, unknown>;

/** The chart's Vega-Lite spec for a view model. */
export function buildGapChartSpec(view: GapView, style: GapChartStyle, options: GapChartOptions = {}): TopLevelSpec {
  const body = view.kind === 'over-time' ? overTimeBody(view, style) : view.ordered ? orderedBody(view, style) : unorderedBody(view, style);
  return {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    ...(options.title ? { title: { text: options.title.text, subtitle: options.title.subtitle, anchor: 'start', color: style.text, subtitleColor: style.text } } : {}),
    // The width follows the container (src/render/vega.ts sets it); fit-x keeps axes inside it at 320 px.
    width: 400,
    autosize: { type: 'fit-x', contains: 'padding' },
    background: 'transparent',
    padding: 4,
    params: [
      { name: ACTIVE_SIGNAL, value: -1 },
      // Axis labels of ordered groups, by position: one lookup a label (linear in the number of groups).
      ...(view.kind === 'groups' && view.ordered ? [{ name: AXIS_LABELS_SIGNAL, value: axisLabels(view) }] : []),
    ],
    config: {
      font: style.font,
      view: { stroke: null },
      axis: {
        labelColor: style.text,
        titleColor: style.text,
        domainColor: style.muted,
        tickColor: style.muted,
        gridColor: style.grid,
        labelFontSize: 12,
        titleFontSize: 12,
        titleFontWeight: 'normal',
      },
      legend: { labelColor: style.text, titleColor: style.text, labelFontSize: 12, symbolStrokeWidth: 2 },
    },
    ...body,
  } as TopLevelSpec;
}

const activeSize = { condition: { test: `datum.index === ${ACTIVE_SIGNAL}`, value: ACTIVE_POINT_SIZE }, value: POINT_SIZE };

function groupRows(view: GroupsView) {
  const stopIndex = new Map(view.stops.map((s, i) => [s.key, i])); // one pass, not one search a group
  return view.groups
    .filter((g) => g.value !== null)
    .map((g) => ({
      [TOOLTIP_FIELD]: g.key,
      index: stopIndex.get(g.key) ?? -1,
      label: g.label,
      position: g.position,
      value: g.value,
      lower: g.lower,
      upper: g.upper,
      status: g.comparison ?? 'not-compared',
    }));
}

function statusEncodings(view: GroupsView, style: GapChartStyle) {
  if (!view.compared) return { color: { value: style.mark }, shape: { value: 'circle' } };
  const statuses = Object.keys(style.palette) as Comparison[];
  return {
    color: { field: 'status', type: 'nominal', scale: { domain: statuses, range: statuses.map((s) => style.palette[s]) }, legend: null },
    // A shape per status as well as a colour and a letter.
    shape: {
      field: 'status',
      type: 'nominal',
      scale: { domain: statuses, range: statuses.map((s) => statusVocabulary[s].shape) },
      legend: null,
    },
  };
}


/** Letters beside compared groups: a text layer (status never by colour alone). */
function letterLayer(view: GroupsView, style: GapChartStyle, x: Layer, y: Layer): Layer[] {
  if (!view.compared) return [];
  const rows = view.groups
    .filter((g) => g.value !== null && g.comparison)
    .map((g) => ({
      position: g.position,
      label: g.label,
      value: g.value,
      // Beyond the end of the interval, clear of the mark, its whisker and the fitted line.
      end: g.upper ?? g.value,
      letter: style.letters[g.comparison!],
    }));
  const at = view.ordered ? { x, y: { ...y, field: 'end' } } : { x: { ...x, field: 'end' }, y };
  const mark = view.ordered
    ? { type: 'text', dy: -4, align: 'center', baseline: 'bottom', fontSize: 11, fontWeight: 'bold', color: style.text }
    : { type: 'text', dx: 8, align: 'left', baseline: 'middle', fontSize: 11, fontWeight: 'bold', color: style.text };
  return [{ data: { values: rows }, mark, encoding: { ...at, text: { field: 'letter' } } }];
}

/** Name of the signal holding each ordered group's axis label, keyed by its position. */
export const AXIS_LABELS_SIGNAL = 'axisLabels';

/** Axis labels are the groups' order numbers (digits only); names are in the table and tooltips. */
function axisLabels(view: GroupsView): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const g of view.groups) if (g.value !== null) labels[String(g.position)] = g.axisLabel;
  return labels;
}

function orderedBody(view: GroupsView, style: GapChartStyle): Layer {
  const rows = groupRows(view);
  const positions = rows.map((r) => r.position);
  const x = {
    field: 'position',
    type: 'quantitative',
    scale: { domain: [0, 1], nice: false, zero: false },
    axis: {
      title: view.positionTitle,
      values: positions,
      // A lookup in a signal, not an expression holding the n labels and positions: building those
      // two arrays for each of n labels made the axis quadratic (5,000 groups took 3 s).
      labelExpr: `${AXIS_LABELS_SIGNAL}['' + datum.value]`,
      grid: false,
      labelOverlap: true,
      titleLimit: { expr: 'width' },
    },
  };
  const y = { field: 'value', type: 'quantitative', scale: { zero: false, nice: true }, axis: { title: view.valueTitle || null, grid: true } };
  const layers: Layer[] = [];
  if (view.sii.ok) {
    const { intercept, slope } = view.sii.result;
    layers.push({
      data: { values: [{ position: 0, value: intercept }, { position: 1, value: intercept + slope }] },
      mark: { type: 'line', color: style.text, strokeWidth: 2, strokeDash: [8, 4] },
      encoding: { x, y },
    });
  }
  if (view.overall) layers.push(overallRule(view, style, 'y'));
  layers.push(
    ...intervalLayer(rows, { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } }, style),
    {
      data: { values: rows },
      mark: { type: 'point', filled: true, stroke: style.text, strokeWidth: 1, opacity: 1 },
      encoding: { x, y, ...statusEncodings(view, style), size: activeSize, tooltip: { field: TOOLTIP_FIELD, type: 'nominal' } },
    },
    ...letterLayer(view, style, x, y),
  );
  return { height: HEIGHT, layer: layers };
}

/**
 * The 95% interval whiskers, only where some group has both limits: an empty rule layer would
 * leave an unnamed graphics-symbol group in the SVG (an axe failure) and draw nothing.
 */
function intervalLayer(rows: ReturnType<typeof groupRows>, encoding: Record<string, unknown>, style: GapChartStyle): Layer[] {
  const withLimits = rows.filter((r) => typeof r.lower === 'number' && typeof r.upper === 'number');
  if (!withLimits.length) return [];
  return [{ data: { values: withLimits }, mark: { type: 'rule', color: style.text, strokeWidth: 1.5 }, encoding }];
}

function unorderedBody(view: GroupsView, style: GapChartStyle): Layer {
  const rows = groupRows(view);
  const y = {
    field: 'label',
    type: 'nominal',
    sort: rows.map((r) => r.label),
    axis: { title: view.positionTitle, labelLimit: 150, titleLimit: 200 },
  };
  // Padding keeps the highest and lowest dots off the chart's edges.
  const x = {
    field: 'value',
    type: 'quantitative',
    scale: { zero: false, nice: true, padding: 16 },
    axis: { title: view.valueTitle || null, grid: true, labelOverlap: true },
  };
  const layers: Layer[] = [];
  if (view.overall) layers.push(overallRule(view, style, 'x'));
  layers.push(
    ...intervalLayer(rows, { y, x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } }, style),
    {
      data: { values: rows },
      mark: { type: 'point', filled: true, stroke: style.text, strokeWidth: 1, opacity: 1 },
      encoding: { x, y, ...statusEncodings(view, style), size: activeSize, tooltip: { field: TOOLTIP_FIELD, type: 'nominal' } },
    },
    ...letterLayer(view, style, x, y),
  );
  // A fixed height per row (a step height cannot be combined with fitting the width).
  return { height: Math.max(2, rows.length) * ROW_STEP, layer: layers };
}

/** The overall value as a dotted rule, labelled where it meets the chart's edge. */
function overallRule(view: GroupsView, style: GapChartStyle, channel: 'x' | 'y'): Layer {
  const data = { values: [{ value: view.overall!.value, label: view.overall!.label }] };
  const label =
    channel === 'y'
      ? { mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, fontSize: 11, color: style.text }, encoding: { x: { value: { expr: 'width' } } } }
      : {
          // Left of the rule when it is in the right half of the chart, so the label stays inside.
          mark: {
            type: 'text',
            align: { expr: "scale('x', datum.value) > width / 2 ? 'right' : 'left'" },
            dx: { expr: "scale('x', datum.value) > width / 2 ? -4 : 4" },
            baseline: 'top',
            fontSize: 11,
            color: style.text,
          },
          encoding: { y: { value: 0 } },
        };
  return {
    data,
    layer: [
      { mark: { type: 'rule', color: style.text, strokeWidth: 1.5, strokeDash: [2, 3] } },
      { mark: label.mark, encoding: { ...label.encoding, text: { field: 'label' } } },
    ],
    encoding: { [channel]: { field: 'value', type: 'quantitative' } },
  };
}

function overTimeBody(view: OverTimeView, style: GapChartStyle): Layer {
  const [a, b] = view.series;
  const order = view.periods.map((p) => p.periodLabel);
  const x = {
    field: 'periodLabel',
    type: 'ordinal',
    sort: order,
    scale: { type: 'point', padding: 0.4 },
    axis: { title: null, labelAngle: 0, labelOverlap: 'greedy', labelSeparation: 8, labelFlush: false },
  };
  const y = { field: 'value', type: 'quantitative', scale: { zero: false, nice: true }, axis: { title: view.valueTitle || null, grid: true } };
  const seriesDomain = [a.label, b.label];
  const long = view.periods.flatMap((p, index) => [
    { [TOOLTIP_FIELD]: p.key, index, periodLabel: p.periodLabel, series: a.label, seriesIndex: 0, value: p.a },
    { [TOOLTIP_FIELD]: p.key, index, periodLabel: p.periodLabel, series: b.label, seriesIndex: 1, value: p.b },
  ]);
  const wide = view.periods.map((p, index) => ({
    [TOOLTIP_FIELD]: p.key,
    index,
    periodLabel: p.periodLabel,
    // Null where either value is missing: the shading breaks there (a gap is never drawn as zero).
    low: p.gap === null ? null : Math.min(p.a!, p.b!),
    high: p.gap === null ? null : Math.max(p.a!, p.b!),
    middle: p.gap === null ? null : (p.a! + p.b!) / 2,
    gapText: p.gap === null ? '' : formatNumber(Math.abs(p.gap), view.style),
  }));
  const withGap = wide.filter((w) => w.middle !== null);
  const labelled = withGap.length > MAX_GAP_LABELS ? [withGap[0]!, withGap[withGap.length - 1]!] : withGap;
  // One legend for colour, dash and shape (Vega-Lite merges channels of the same field).
  const legend = { orient: 'top', title: null, direction: 'vertical', labelLimit: { expr: 'max(80, width - 40)' }, symbolSize: 100 };
  return {
    height: HEIGHT,
    layer: [
      {
        data: { values: wide },
        mark: { type: 'area', color: style.shade, opacity: 1 },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' }, tooltip: { field: TOOLTIP_FIELD, type: 'nominal' } },
      },
      {
        data: { values: long },
        mark: { type: 'line', strokeWidth: 2.5 },
        encoding: {
          x,
          y,
          color: { field: 'series', type: 'nominal', scale: { domain: seriesDomain, range: style.series }, legend },
          // A dash pattern and a point shape per series, as well as a colour (a condition, not a scale: no second legend).
          strokeDash: { condition: { test: 'datum.seriesIndex === 1', value: [6, 3] }, value: [1, 0] },
        },
      },
      {
        data: { values: long },
        mark: { type: 'point', filled: true, opacity: 1 },
        encoding: {
          x,
          y,
          color: { field: 'series', type: 'nominal', scale: { domain: seriesDomain, range: style.series }, legend },
          shape: { field: 'series', type: 'nominal', scale: { domain: seriesDomain, range: ['circle', 'square'] }, legend },
          size: activeSize,
          tooltip: { field: TOOLTIP_FIELD, type: 'nominal' },
        },
      },
      {
        data: { values: labelled },
        mark: { type: 'text', fontSize: 11, fontWeight: 'bold', color: style.text, baseline: 'middle', align: 'center', dx: 0 },
        encoding: { x, y: { field: 'middle', type: 'quantitative' }, text: { field: 'gapText' } },
      },
    ],
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
