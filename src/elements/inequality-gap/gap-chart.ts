/**
 * The charts of <inequality-gap> as Vega-Lite, with named datasets and parameters and no data:
 * scripts/compile-charts.mjs compiles them to Vega at build time (gap-chart.vega.ts), and
 * gap-spec.ts gives the datasets and signal values at run time. Three shapes of chart:
 * - `ordered` groups (deprivation deciles, quintiles): values up the page, groups left to right from
 *   the most to the least deprived, placed at the middle of their population share when the SII
 *   was fitted, so the fitted line is straight and its rise is the SII;
 * - `unordered` groups (sexes, ethnic groups, wards): a horizontal dot plot, labels readable on a phone;
 * - `over-time`: two series, the gap between them shaded and stated in periods.
 * Text from the spec only ever enters as data or signal values (drawn as text), never as an
 * expression. No tooltip encodings: the chart controller finds the marks from the scales and shows
 * its own tooltips. Pure; imports nothing at run time.
 */
import type { TopLevelSpec } from 'vega-lite';

export type GapChartKind = 'ordered' | 'unordered' | 'over-time';

/** Name of the Vega signal holding the index of the mark the keyboard is on (−1: none). */
export const ACTIVE_SIGNAL = 'active';
/** Name of the signal holding each ordered group's axis label, keyed by its position. */
export const AXIS_LABELS_SIGNAL = 'axisLabels';

/** The datasets the charts read, filled at run time (a chart reads those of its kind). */
export const GAP_DATASETS = ['groups', 'intervals', 'letters', 'overall', 'sii', 'spans', 'series', 'gapLabels'] as const;
export type GapDataset = (typeof GAP_DATASETS)[number];

/** Name of the signal holding the chart's width on screen, px, padding included (0 in a file). */
export const CHART_WIDTH_SIGNAL = 'chartWidth';
/** Name of the signal holding the estimated width of the longest line of the groups' axis title, px (gap-spec.ts). */
export const POSITION_TITLE_WIDTH_SIGNAL = 'positionTitleWidth';
/** Name of the signal holding the estimated width of the widest period label, px (gap-spec.ts; over time). */
export const PERIOD_LABEL_WIDTH_SIGNAL = 'periodLabelWidth';
/** Room round the chart, px, each side. */
export const CHART_PADDING = 4;

/** Room before the first period and after the last, in steps between periods. */
export const PERIOD_PADDING = 0.4;

/** Height of the plot of groups in order and over time, px (gap-spec.ts: groups in rows have one per row). */
export const PLOT_HEIGHT = 280;
const POINT_SIZE = 80;
const ACTIVE_POINT_SIZE = 240;

/** `"@signal:name"` where Vega-Lite takes no expression (scale ranges, titles): see compile-charts.mjs. */
const signalRef = (name: string) => [`@signal:${name}`] as unknown as string[];
const named = (name: GapDataset) => ({ data: { name } });
const ink = { expr: 'ink' };

type Layer = Record<string, unknown>;

const activeSize = { condition: { test: `datum.index === ${ACTIVE_SIGNAL}`, value: ACTIVE_POINT_SIZE }, value: POINT_SIZE };

/** Colour and shape by status; without an overall value every status is given the plain mark (gap-spec.ts). */
const statusEncodings = {
  color: { field: 'status', type: 'nominal', scale: { domain: { expr: 'statusNames' }, range: signalRef('statusColours') }, legend: null },
  shape: { field: 'status', type: 'nominal', scale: { domain: { expr: 'statusNames' }, range: signalRef('statusShapes') }, legend: null },
};

/** The groups' points, their whiskers and the status letters beside them (status never by colour alone). */
function groupLayers(ordered: boolean, x: Layer, y: Layer): Layer[] {
  const limits = ordered
    ? { x, y: { field: 'lower', type: 'quantitative' }, y2: { field: 'upper' } }
    : { y, x: { field: 'lower', type: 'quantitative' }, x2: { field: 'upper' } };
  const letterAt = ordered ? { x, y: { ...y, field: 'end' } } : { x: { ...x, field: 'end' }, y };
  // Beyond the end of the interval, clear of the mark, its whisker and the fitted line.
  const letterMark = ordered
    ? { type: 'text', dy: -4, align: 'center', baseline: 'bottom', fontWeight: 'bold', color: ink }
    : { type: 'text', dx: 8, align: 'left', baseline: 'middle', fontWeight: 'bold', color: ink };
  return [
    { ...named('intervals'), mark: { type: 'rule', color: ink, strokeWidth: 1.5 }, encoding: limits },
    {
      ...named('groups'),
      mark: { type: 'point', filled: true, stroke: ink, strokeWidth: 1, opacity: 1 },
      encoding: { x, y, ...statusEncodings, size: activeSize },
    },
    { ...named('letters'), mark: letterMark, encoding: { ...letterAt, text: { field: 'letter' } } },
  ];
}

/** The overall value as a dotted rule, labelled where it meets the chart's edge. */
function overallLayer(channel: 'x' | 'y'): Layer {
  const label =
    channel === 'y'
      ? { mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, color: ink }, encoding: { x: { value: { expr: 'width' } } } }
      : {
          // Left of the rule when it is in the right half of the chart, so the label stays inside.
          mark: {
            type: 'text',
            align: { expr: "scale('x', datum.value) > width / 2 ? 'right' : 'left'" },
            dx: { expr: "scale('x', datum.value) > width / 2 ? -4 : 4" },
            baseline: 'top',
            color: ink,
          },
          encoding: { y: { value: 0 } },
        };
  return {
    ...named('overall'),
    layer: [
      { mark: { type: 'rule', color: ink, strokeWidth: 1.5, strokeDash: [2, 3] } },
      { mark: label.mark, encoding: { ...label.encoding, text: { field: 'label' } } },
    ],
    encoding: { [channel]: { field: 'value', type: 'quantitative' } },
  };
}

function orderedBody(): Layer {
  const x = {
    field: 'position',
    type: 'quantitative',
    scale: { domain: [0, 1], nice: false, zero: false },
    axis: {
      title: '@signal:positionTitle',
      values: { expr: 'positions' },
      // A lookup in a signal, not an expression holding the n labels and positions: building those
      // two arrays for each of n labels made the axis quadratic (5,000 groups took 3 s).
      labelExpr: `${AXIS_LABELS_SIGNAL}['' + datum.value]`,
      grid: false,
      labelOverlap: true,
      // Centred under the plot. A title wider than the plot (large text on a narrow chart: gap-spec.ts
      // writes it in as many lines as the chart's width needs) is centred under the whole chart instead,
      // whose width less its padding each line fits: left of the plot are the value axis's labels.
      titleX: { expr: `${POSITION_TITLE_WIDTH_SIGNAL} > width ? width - (${CHART_WIDTH_SIGNAL} - ${2 * CHART_PADDING}) / 2 : width / 2` },
      titleLimit: { expr: `max(width, ${CHART_WIDTH_SIGNAL} - ${2 * CHART_PADDING})` },
    },
  };
  const y = { field: 'value', type: 'quantitative', scale: { zero: false, nice: true }, axis: { title: '@signal:valueTitle', grid: true } };
  return {
    layer: [
      { ...named('sii'), mark: { type: 'line', color: ink, strokeWidth: 2, strokeDash: [8, 4] }, encoding: { x, y } },
      overallLayer('y'),
      ...groupLayers(true, x, y),
    ],
  };
}

function unorderedBody(): Layer {
  const y = {
    field: 'label',
    type: 'nominal',
    sort: null,
    scale: { domain: { expr: 'groupLabels' } },
    axis: { title: '@signal:positionTitle', labelLimit: 150, titleLimit: 200 },
  };
  // Padding keeps the highest and lowest dots off the chart's edges.
  const x = {
    field: 'value',
    type: 'quantitative',
    scale: { zero: false, nice: true, padding: 16 },
    axis: { title: '@signal:valueTitle', grid: true, labelOverlap: true },
  };
  return { layer: [overallLayer('x'), ...groupLayers(false, x, y)] };
}

/** Least room between two period labels, px. */
const LABEL_SEPARATION = 8;
/** Over time: one period alone; the first point's distance from the plot's edge; the first's from the latest, px. */
const ONE_PERIOD = 'length(periodLabels) < 2';
const END_OFFSET = `(width * ${PERIOD_PADDING} / max(1, length(periodLabels) - 1 + ${2 * PERIOD_PADDING}))`;
const FIRST_TO_LATEST = `(width - 2 * ${END_OFFSET})`;
/** A label at the first or latest point, centred, would reach past the plot's edge. */
const WIDE_END = `${PERIOD_LABEL_WIDTH_SIGNAL} / 2 > ${END_OFFSET}`;
/** The first and the latest period's labels, placed as `labelAlign` places them, fit side by side. */
const END_LABELS_FIT = `(${WIDE_END} ? 2 * ${PERIOD_LABEL_WIDTH_SIGNAL} : ${PERIOD_LABEL_WIDTH_SIGNAL}) + ${LABEL_SEPARATION} <= ${FIRST_TO_LATEST}`;

function overTimeBody(): Layer {
  const x = {
    field: 'periodLabel',
    type: 'ordinal',
    sort: null,
    scale: { type: 'point', domain: { expr: 'periodLabels' }, padding: PERIOD_PADDING },
    axis: {
      title: null,
      labelAngle: 0,
      labelOverlap: 'greedy',
      labelSeparation: LABEL_SEPARATION,
      labelFlush: false,
      // The first and the latest period's labels are centred under their points, or, when that would
      // take them past the plot's edge (onto the value axis's labels, or out of the chart), start and
      // end at them. When even those two would not fit side by side, only the latest is written:
      // Vega's overlap removal always keeps two labels, even two that overlap.
      labelAlign: { expr: `datum.index === 0 && ${WIDE_END} ? 'left' : datum.index === 1 && ${WIDE_END} ? 'right' : 'center'` },
      labelExpr: `${ONE_PERIOD} || datum.index === 1 || ${END_LABELS_FIT} ? datum.label : ''`,
    },
  };
  const y = { field: 'value', type: 'quantitative', scale: { zero: false, nice: true }, axis: { title: '@signal:valueTitle', grid: true } };
  const seriesScale = { domain: { expr: 'seriesNames' }, range: signalRef('seriesColours') };
  // One legend for colour and shape (Vega-Lite merges channels of the same field).
  const legend = { orient: 'top', title: null, direction: 'vertical', labelLimit: { expr: 'max(80, width - 40)' }, symbolSize: 100 };
  return {
    layer: [
      {
        ...named('spans'),
        mark: { type: 'area', color: { expr: 'shade' }, opacity: 1 },
        encoding: { x, y: { field: 'low', type: 'quantitative' }, y2: { field: 'high' } },
      },
      {
        ...named('series'),
        mark: { type: 'line', strokeWidth: 2.5 },
        encoding: {
          x,
          y,
          color: { field: 'series', type: 'nominal', scale: seriesScale, legend },
          // A dash pattern and a point shape per series, as well as a colour (a condition, not a scale: no second legend).
          strokeDash: { condition: { test: 'datum.seriesIndex === 1', value: [6, 3] }, value: [1, 0] },
        },
      },
      {
        ...named('series'),
        mark: { type: 'point', filled: true, opacity: 1 },
        encoding: {
          x,
          y,
          color: { field: 'series', type: 'nominal', scale: seriesScale, legend },
          shape: { field: 'series', type: 'nominal', scale: { domain: { expr: 'seriesNames' }, range: ['circle', 'square'] }, legend },
          size: activeSize,
        },
      },
      {
        ...named('gapLabels'),
        // Centred on their periods; when only the first and last are written (too many, or too wide
        // for the step between periods), they start and end at theirs, inside the plot (gap-spec.ts).
        mark: { type: 'text', fontWeight: 'bold', color: ink, baseline: 'middle', align: { expr: "datum.end === 'first' ? 'left' : datum.end === 'last' ? 'right' : 'center'" }, dx: 0 },
        encoding: { x, y: { field: 'middle', type: 'quantitative' }, text: { field: 'gapText' } },
      },
    ],
  };
}

/** The Vega-Lite template of one kind of chart: named datasets and parameters, no data, no words, no colours. */
export function gapChartTemplate(kind: GapChartKind): TopLevelSpec {
  const body = kind === 'over-time' ? overTimeBody() : kind === 'ordered' ? orderedBody() : unorderedBody();
  const param = (name: string, value: unknown) => ({ name, value });
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    // On screen the chart fills its box (src/render/vega.ts gives Vega the box's width and height,
    // axes and padding included), whose height the element sets before drawing from the number of
    // groups (gap-spec.ts, chartBoxHeight): the page does not move when it is drawn. The height here
    // is for a box of no height of its own (the plot and its axes at usual text size). A file fits
    // the width only, its plot as high as gap-spec.ts says.
    width: 400,
    height: PLOT_HEIGHT + 64,
    autosize: { type: 'fit', contains: 'padding' },
    // No period label reaches past the plot's edges (overTimeBody), so none needs room beyond them.
    padding: CHART_PADDING,
    params: [
      param(ACTIVE_SIGNAL, -1),
      param('ink', '#0b0c0c'),
      param('valueTitle', ''),
      ...(kind === 'over-time'
        ? [param('periodLabels', []), param(PERIOD_LABEL_WIDTH_SIGNAL, 0), param('seriesNames', []), param('seriesColours', []), param('shade', '#c9d7ea')]
        : [param('positionTitle', ''), param('statusNames', []), param('statusColours', []), param('statusShapes', [])]),
      ...(kind === 'ordered'
        ? [param('positions', []), param(AXIS_LABELS_SIGNAL, {}), param(CHART_WIDTH_SIGNAL, 0), param(POSITION_TITLE_WIDTH_SIGNAL, 0)]
        : []),
      ...(kind === 'unordered' ? [param('groupLabels', [])] : []),
    ],
    config: {
      // The SVG is one named image (with the table and summary as its text); Vega's per-mark roles
      // inside it would be unnamed graphics, and its descriptions raw fields, for assistive technology.
      aria: false,
      mark: { aria: false },
      view: { stroke: null },
      legend: { symbolStrokeWidth: 2 },
    },
    ...body,
  };
  return spec as unknown as TopLevelSpec;
}
