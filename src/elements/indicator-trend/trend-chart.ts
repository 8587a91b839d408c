/**
 * The chart of <indicator-trend> as Vega-Lite, with named datasets and parameters and no data:
 * scripts/compile-charts.mjs compiles it to Vega at build time (trend-chart.vega.ts), and
 * trend-spec.ts gives the datasets and signal values at run time. Pure; imports nothing at run time.
 */
import type { TopLevelSpec } from 'vega-lite';

/** Name of the Vega signal holding the focused period's label ('' for none). */
export const FOCUS_SIGNAL = 'focusPeriod';

/**
 * Marks `"@signal:name"` (or `["@signal:name"]`) where Vega-Lite takes no expression (scale ranges,
 * titles): the compile script turns them into Vega signal references.
 */
const signalRef = (name: string) => [`@signal:${name}`] as unknown as string[];

/** Name of the Vega signal holding the width of the longest period label, px (trend-spec.ts estimates it). */
export const PERIOD_LABEL_WIDTH = 'periodLabelWidth';

/** Room around the chart, px, beyond its plot and axes (the element sizes the axis title's lines from it). */
export const CHART_PADDING = { top: 8, right: 8, bottom: 4, left: 4 };

/** The layer of the 95% intervals (its Vega mark is `intervals_marks`). */
const INTERVALS = 'intervals';

/** The datasets the chart reads, filled at run time. */
export const TREND_DATASETS = ['periods', 'target', 'intervals', 'lines', 'comparatorPoints', 'points'] as const;
export type TrendDataset = (typeof TREND_DATASETS)[number];

/** The Vega-Lite template: named datasets and parameters, no data, no words, no colours. */
export function trendChartTemplate(mode: 'screen' | 'export'): TopLevelSpec {
  const exporting = mode === 'export';
  const x = {
    field: 'label',
    type: 'ordinal' as const,
    sort: null,
    // The periods latest first on a reversed range: each point is where it was, but when the labels
    // do not all fit, Vega keeps the first of them in this order (the latest period's) and drops
    // those that would overlap it, counting back from it.
    scale: { type: 'point' as const, domain: { expr: 'reverse(periodLabels)' }, reverse: true, padding: 0.5 },
    axis: {
      title: null,
      labelOverlap: 'greedy' as const,
      labelAngle: 0,
      labelPadding: 6,
      labelLimit: 120,
      grid: false,
      // Centred under its period, a label wider than the space between two periods and twice the
      // chart's right padding (large text on a narrow chart) runs off the chart's right edge: then
      // the latest period's label (the first tick, index 0) ends at its period instead, whole. At
      // usual sizes every label is centred, as before.
      labelAlign: { expr: `datum.index === 0 && ${PERIOD_LABEL_WIDTH} > width / max(1, length(periodLabels)) + ${2 * CHART_PADDING.right} ? 'right' : 'center'` },
    },
  };
  const yScale = { domain: { expr: 'yDomain' }, nice: false, zero: false };
  const y = (field: string) => ({
    field,
    type: 'quantitative' as const,
    scale: yScale,
    // No tick marks: the grid lines run from each value's label across the plot (six items fewer a chart).
    axis: { title: '@signal:axisTitle', tickCount: 5, titlePadding: 8, grid: true, ticks: false, labelPadding: 4 },
  });
  // Long stroke symbols, so the dash patterns show in the key.
  const seriesLegend = exporting
    ? { title: null, orient: 'bottom' as const, direction: 'horizontal' as const, columns: 3, symbolType: 'M-1,0H1', symbolSize: 900, symbolStrokeWidth: 2.5 }
    : null;
  const stroke = { field: 'series', type: 'nominal' as const, scale: { domain: { expr: 'seriesNames' }, range: signalRef('seriesColours') }, legend: seriesLegend };
  const strokeDash = { field: 'series', type: 'nominal' as const, scale: { domain: { expr: 'seriesNames' }, range: signalRef('seriesDashes') }, legend: seriesLegend };
  const statusLegend = exporting ? { title: '@signal:statusTitle', orient: 'bottom' as const, direction: 'horizontal' as const, columns: 3 } : null;
  const named = (name: TrendDataset) => ({ data: { name } });
  // trend-spec.ts gives these datasets only rows with numbers: Vega-Lite's filter of invalid values
  // (a dataset and a test of every row per layer) would find nothing to drop.
  const valid = { invalid: null };

  const layers: Record<string, unknown>[] = [];
  if (!exporting) {
    // A guide at the period the keyboard is on (the focus signal is set by the element).
    layers.push({
      ...named('periods'),
      transform: [{ filter: `datum.label === ${FOCUS_SIGNAL}` }],
      mark: { type: 'rule', color: { expr: 'ink' }, strokeWidth: 1.5, strokeDash: [3, 3] },
      encoding: { x },
    });
  }
  layers.push(
    {
      ...named('target'),
      mark: { type: 'rule', color: { expr: 'targetColour' }, strokeWidth: 1.5, strokeDash: [8, 4], ...valid },
      encoding: { y: { field: 'value', type: 'quantitative', scale: yScale } },
    },
    {
      ...named('target'),
      mark: { type: 'text', align: 'right', baseline: 'bottom', dy: -3, x: 'width', color: { expr: 'targetColour' }, ...valid },
      encoding: { y: { field: 'value', type: 'quantitative' }, text: { field: 'text' } },
    },
    // Each interval with its two caps, drawn as one path (finishTrendChart, below).
    {
      name: INTERVALS,
      ...named('intervals'),
      mark: { type: 'rule', color: { expr: 'intervalColour' }, strokeWidth: 1.5, ...valid },
      encoding: { x, y: y('lower'), y2: { field: 'upper' } },
    },
    {
      ...named('lines'),
      // Null values break the paths and stay out of nothing else: a gap, never zero, never joined over.
      mark: { type: 'line', strokeWidth: 2, invalid: 'break-paths-show-domains', strokeCap: 'round' },
      encoding: { x, y: y('value'), stroke, strokeDash, detail: { field: 'series' } },
    },
    {
      ...named('comparatorPoints'),
      mark: { type: 'point', filled: false, size: 30, strokeWidth: 1.5, ...valid },
      encoding: { x, y: y('value'), stroke, tooltip: { field: 'period' } },
    },
    {
      ...named('points'),
      mark: { type: 'point', filled: true, size: 80, opacity: 1, stroke: { expr: 'outline' }, strokeWidth: 1, ...valid },
      encoding: {
        x,
        y: y('value'),
        fill: { field: 'status', type: 'nominal', scale: { domain: { expr: 'statusNames' }, range: signalRef('statusColours') }, legend: statusLegend },
        shape: { field: 'status', type: 'nominal', scale: { domain: { expr: 'statusNames' }, range: signalRef('statusShapes') }, legend: statusLegend },
        tooltip: { field: 'period' },
      },
    },
  );

  const param = (name: string, value: unknown) => ({ name, value });
  const spec = {
    $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
    width: exporting ? 800 : 600,
    // On screen the chart fills its box, whose height the element's styles set (with its axes and
    // padding: Vega is given the box's height), so the page does not move when it is drawn. A file
    // has a plot 360 px high and the height its titles and keys need.
    height: exporting ? 360 : 317,
    autosize: { type: exporting ? 'fit-x' : 'fit', contains: 'padding' },
    padding: CHART_PADDING,
    ...(exporting
      ? { title: { text: '@signal:titleText', subtitle: '@signal:subtitleLines', anchor: 'start', fontSize: 15, subtitleFontSize: 12, limit: 780 } }
      : {}),
    params: [
      param(FOCUS_SIGNAL, ''),
      param('periodLabels', []),
      param(PERIOD_LABEL_WIDTH, 0),
      param('yDomain', [0, 1]),
      param('axisTitle', ''),
      param('seriesNames', []),
      param('seriesColours', []),
      param('seriesDashes', []),
      param('statusNames', []),
      param('statusColours', []),
      param('statusShapes', []),
      param('ink', '#0b0c0c'),
      param('outline', '#0b0c0c'),
      param('targetColour', '#0b0c0c'),
      param('intervalColour', '#505a5f'),
      ...(exporting ? [param('statusTitle', ''), param('titleText', ''), param('subtitleLines', [])] : []),
    ],
    config: {
      // The SVG is one named image (with the table and summary as its text); Vega's per-mark roles
      // inside it would be unnamed graphics, and its descriptions raw fields, for assistive technology.
      aria: false,
      mark: { aria: false },
      view: { stroke: null },
      legend: {
        labelLimit: 230,
        // The two keys one under the other, from the left, so they fit the width of the file.
        layout: { bottom: { direction: 'vertical', anchor: 'start', margin: 8 } },
      },
    },
    layer: layers,
  };
  return spec as unknown as TopLevelSpec;
}

/** Half the width of an interval's caps, px. */
const CAP = 4;

/**
 * What Vega-Lite cannot say, done to the compiled Vega (scripts/compile-charts.mjs calls it): the
 * value axis and its grid joined into one axis (oneValueAxis), the lines grouped by series once
 * (oneGroupingOfLines), and each interval and its two caps made one path (Vega-Lite draws a rule and
 * two ticks, three items a period for Vega to encode, bound and write, a fifth of a trend's items).
 * The path is drawn at the period's x from the interval's lower and upper ends on the y scale, in
 * the interval colour.
 */
export function finishTrendChart(vega: { marks?: Record<string, unknown>[]; axes?: Record<string, unknown>[] }): void {
  oneValueAxis(vega);
  oneGroupingOfLines(vega.marks ?? []);
  const marks = vega.marks ?? [];
  const at = marks.findIndex((mark) => mark.name === `${INTERVALS}_marks`);
  // not for readers: scripts/compile-charts.mjs fails with it at build time, when Vega-Lite's output changes
  if (at < 0) throw new Error(`no ${INTERVALS}_marks in the compiled trend chart`);
  const rule = marks[at]!;
  const update = (rule.encode as { update: Record<string, unknown> }).update;
  const end = (field: string) => `scale('y', datum.${field})`;
  marks[at] = {
    ...rule,
    type: 'path',
    style: ['interval'],
    encode: {
      update: {
        stroke: update.stroke,
        strokeWidth: update.strokeWidth,
        x: update.x,
        path: { signal: `'M${-CAP},' + ${end('lower')} + 'h${2 * CAP}m${-CAP},0V' + ${end('upper')} + 'm${-CAP},0h${2 * CAP}'` },
      },
    },
  };
}

/**
 * Vega-Lite writes the value axis's grid as an axis of its own (no ticks, labels or domain) beside
 * the axis with them; one axis draws both (its grid under its ticks): one axis group and tick list
 * fewer for each view to make and run.
 */
function oneValueAxis(vega: { axes?: Record<string, unknown>[] }): void {
  const axes = vega.axes ?? [];
  const grid = axes.findIndex((axis) => axis.scale === 'y' && axis.grid === true && axis.labels === false);
  const main = axes.findIndex((axis) => axis.scale === 'y' && axis.grid === false);
  // not for readers (below too): the build's compile script fails with these when Vega-Lite's output changes
  if (grid < 0 || main < 0) throw new Error('the compiled trend chart has no y axis and y grid axis to join');
  const { gridScale, tickCount } = axes[grid]!;
  // not for readers
  if (tickCount !== axes[main]!.tickCount || axes[grid]!.zindex !== axes[main]!.zindex) throw new Error('the y grid and axis differ: they cannot be joined');
  // In the grid's place (first): the x axis's line is drawn over the lowest grid line, as before.
  axes[grid] = { ...axes[main], grid: true, gridScale };
  axes.splice(main, 1);
}

/** The lines' facet groups by series once (Vega-Lite lists the field once per channel that uses it). */
function oneGroupingOfLines(marks: Record<string, unknown>[]): void {
  for (const mark of marks) {
    const facet = (mark.from as { facet?: { groupby?: string[] } } | undefined)?.facet;
    if (facet?.groupby) facet.groupby = [...new Set(facet.groupby)];
  }
}
