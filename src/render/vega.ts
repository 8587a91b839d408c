/**
 * The one module that owns Vega. It loads the Vega runtime lazily (src/render/vega-runtime.ts, a
 * chunk of its own: a page with no chart never downloads it). Charts come compiled to Vega at build
 * time (no Vega-Lite in the browser), with their datasets and signals given here. Vega parses
 * expressions to trees (`ast: true`), run as closures (src/render/vega-expressions.ts) so no
 * `eval`/`Function` is needed under a strict CSP; it
 * renders SVG, follows its container's width with a ResizeObserver, and finalizes the view when
 * asked (when the element redraws or leaves the page). Tooltips, the keyboard and the pointer are
 * the chart controller's (src/render/chart-controller.ts): Vega's own tooltip handler does nothing
 * here (its default would set a native `title`).
 */
import type { View } from 'vega';
import type { ChartSource, CompiledChart } from './chart-source.js';
import { loadCode } from '../data/errors.js';

export type { ChartSource, CompiledChart };
export type { TooltipEntry } from './chart-points.js';

export interface ChartOptions {
  /** The accessible name of the SVG (for a downloaded file; on the page the element names the chart). */
  label: string;
}

/** Vega's tooltip handler, doing nothing: the chart controller shows tooltips (its default sets a native `title`). */
export const noTooltip = (): void => undefined;

export interface Chart {
  readonly view: View;
  /** The chart as SVG text (standalone, for download). */
  toSVG(): Promise<string>;
  /** The chart as a PNG data URL. */
  toPNG(scale?: number): Promise<string>;
  /** Releases the view's listeners, timers and the resize observer. Safe to call twice. */
  finalize(): void;
}

type Runtime = typeof import('./vega-runtime.js');
let runtime: Promise<Runtime> | undefined;

const retryable = <T>(load: () => Promise<T>, forget: () => void): Promise<T> =>
  load().catch((error: unknown) => {
    forget(); // a failed download may be tried again
    throw error;
  });

/** Loads the charting runtime once; later calls share the same promise. */
export function loadVega(): Promise<Runtime> {
  runtime ??= retryable(() => loadCode('charts', () => import('./vega-runtime.js')), () => (runtime = undefined));
  return runtime;
}

/** How many views are alive: lets leak tests check every view was finalized. */
let liveViews = 0;
export function liveViewCount(): number {
  return liveViews;
}

/**
 * Names a chart's SVG. Vega marks its container as a "graphics-document" with a role description;
 * the element names the chart itself (the SVG below, or a focusable group around the container).
 */
export function nameChartSvg(container: HTMLElement, label: string): void {
  container.removeAttribute('role');
  container.removeAttribute('aria-roledescription');
  const svg = container.querySelector('svg');
  if (!svg) return;
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  svg.setAttribute('part', 'svg');
}

/** Counts a view made elsewhere (vega-embed) among the live views; returns its release, safe to call twice. */
export function trackView(): () => void {
  liveViews++;
  let released = false;
  return () => {
    if (!released) liveViews--;
    released = true;
  };
}

/**
 * Parsed charts by compiled spec, then config: the charts of a page that share a spec and a theme
 * share one parse (parsing the trend's spec took a tenth of drawing it). A View only reads what
 * `parse` gives it. A few configs per spec are kept (a page has one or two themes and text sizes).
 */
const parsedCharts = new WeakMap<object, Map<string, ReturnType<Runtime['parse']>>>();
const CONFIGS_KEPT = 8;

function parseOnce(vega: Runtime, chart: CompiledChart): ReturnType<Runtime['parse']> {
  let byConfig = parsedCharts.get(chart.vega);
  if (!byConfig) parsedCharts.set(chart.vega, (byConfig = new Map()));
  const key = JSON.stringify(chart.config ?? null);
  let parsed = byConfig.get(key);
  if (!parsed) {
    parsed = vega.parse(chart.vega, chart.config, { ast: true });
    if (byConfig.size >= CONFIGS_KEPT) byConfig.clear();
    byConfig.set(key, parsed);
  }
  return parsed;
}

/**
 * The plot sizes (Vega's `width` and `height` signals) that charts of one parse ended with, by the
 * size of their box. Vega's autosize "fit" draws a chart at the box's size, then, knowing how much
 * room its axes take, runs the whole dataflow again with the plot that much smaller: two passes for
 * each chart. A chart started at the plot size that the last chart of the same kind, text size and
 * box ended with (the same axes, labels of the same kind) is laid out in one pass; where that size is
 * not right for it (longer labels), Vega's second pass corrects it, as before. (Started from the
 * box's size, Vega corrects once and stops: a chart started from an earlier chart's result can end
 * a pixel or two closer to fitting its box exactly.)
 */
const plotSizes = new WeakMap<object, Map<string, readonly [number, number]>>();
const SIZES_KEPT = 16;

/** What `startAtPlotSize` sets of a View's own: how vega-view (6.x) follows its width and height signals. */
interface ViewSizing {
  _resizeWidth: { skip(skip: boolean): void };
  _resizeHeight: { skip(skip: boolean): void };
  _width: number;
  _height: number;
  _viewWidth: number;
  _viewHeight: number;
  _resize: number;
}

/**
 * Starts `view` (autosize "fit") at a `plot` size in a box of `box` size, as Vega's
 * own layout does when it has measured the axes (vega-view's resizeView): the signals hold the plot,
 * the view the box. False, with nothing changed, when the View does not have these parts.
 */
function startAtPlotSize(view: View, box: readonly [number, number], plot: readonly [number, number]): boolean {
  const sizing = view as unknown as Partial<ViewSizing>;
  if (typeof sizing._resizeWidth?.skip !== 'function' || typeof sizing._resizeHeight?.skip !== 'function' || typeof sizing._viewWidth !== 'number') return false;
  // The view's own size is the box's less the padding when the padding is inside it (vega-view's viewWidth).
  const inside = (view.signal('autosize') as { contains?: string } | undefined)?.contains === 'padding';
  const padding = inside ? (view.padding() as { top: number; right: number; bottom: number; left: number }) : { top: 0, right: 0, bottom: 0, left: 0 };
  view.signal('width', plot[0]).signal('height', plot[1]);
  // The operators that would take the signals as the box's size: skipped once, as resizeView does.
  sizing._resizeWidth.skip(true);
  sizing._resizeHeight.skip(true);
  Object.assign(sizing, {
    _width: box[0],
    _height: box[1],
    _viewWidth: box[0] - padding.left - padding.right,
    _viewHeight: box[1] - padding.top - padding.bottom,
    _resize: 1,
  });
  return true;
}

const fitsBoth = (spec: CompiledChart['vega']): boolean => {
  const autosize = spec.autosize;
  return autosize === 'fit' || (typeof autosize === 'object' && 'type' in autosize && autosize.type === 'fit');
};

/** Renders a compiled chart as SVG into `container`, sized to the container's width (and height, for a chart that fits both ways). */
export async function renderChart(container: HTMLElement, chart: CompiledChart, options: ChartOptions): Promise<Chart> {
  const vega = await loadVega();
  const parsed = parseOnce(vega, chart);
  // The width Vega is given, read before the View adds its SVG (read after, it made the browser lay
  // the page out again for every chart). With autosize "fit-x", view.width() is the plot's,
  // narrower: comparing with it drew every chart twice.
  let givenWidth = chart.width ?? Math.max(1, Math.floor(container.clientWidth));
  // A chart that fits its box both ways (autosize "fit": the trend's and, on screen, the gap's) is
  // as high as the box, which the element's styles size: drawing it moves nothing on the page. A
  // box of no height of its own gets the spec's.
  const boxHeight = !chart.height && fitsBoth(chart.vega) ? Math.floor(container.clientHeight) || undefined : undefined;

  const view = new vega.View(parsed, {
    renderer: 'svg',
    container,
    // No hover handling: the charts have no hover encodings (the controller answers the pointer).
    hover: false,
    // Expressions as closures made once per parse (no eval: strict CSP), rather than vega-interpreter's walk per evaluation.
    expr: vega.compiledExpressions,
    tooltip: noTooltip,
  });
  liveViews++;
  for (const [name, rows] of Object.entries(chart.data)) view.data(name, rows as object[]);
  for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);

  const labelSvg = () => nameChartSvg(container, options.label);

  const fit = async (width: number) => {
    if (chart.width) return;
    if (width > 0 && width !== givenWidth) {
      givenWidth = width;
      view.width(width);
      await view.runAsync();
      labelSvg();
    }
  };
  const height = chart.height ?? boxHeight;
  // A chart that fits its box both ways starts at the plot size of the last one of its kind in a box
  // of this size (plotSizes); the first is laid out from the box's size.
  const fitted = fitsBoth(chart.vega) && !chart.width && height ? `${givenWidth}x${height}` : undefined;
  const sizes = fitted ? plotSizes.get(parsed) : undefined;
  const plot = fitted ? sizes?.get(fitted) : undefined;
  if (!plot || !startAtPlotSize(view, [givenWidth, height!], plot)) {
    view.width(givenWidth);
    if (height) view.height(height);
  }
  await view.runAsync();
  labelSvg();
  if (fitted) {
    const kept = sizes ?? new Map<string, readonly [number, number]>();
    if (!sizes) plotSizes.set(parsed, kept);
    if (kept.size >= SIZES_KEPT) kept.clear();
    kept.set(fitted, [view.width(), view.height()]);
  }

  let frame = 0;
  // The observer's own measure of the box (its padding-free width), so following it forces no layout.
  const observer = new ResizeObserver((entries) => {
    const width = Math.floor(entries[entries.length - 1]!.contentRect.width);
    cancelAnimationFrame(frame);
    // The first report is the width drawn: asking for a frame then made the browser render the page
    // between every two charts drawn in idle time.
    if (chart.width || width <= 0 || width === givenWidth) return;
    frame = requestAnimationFrame(() => void fit(width));
  });
  observer.observe(container);

  let finalized = false;
  return {
    view,
    toSVG: () => view.toSVG(),
    toPNG: (scale = 2) => view.toImageURL('png', scale),
    finalize: () => {
      if (finalized) return;
      finalized = true;
      cancelAnimationFrame(frame);
      observer.disconnect();
      view.finalize();
      liveViews--;
    },
  };
}
