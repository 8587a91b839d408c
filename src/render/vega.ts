/**
 * The one module that owns Vega. It loads the Vega runtime lazily (src/render/vega-runtime.ts, a
 * chunk of its own: a page with no chart never downloads it). Charts come compiled to Vega at build
 * time (no Vega-Lite in the browser), with their datasets and signals given here. Vega parses with the
 * expression interpreter (`ast: true`) so no `eval`/`Function` is needed under a strict CSP; it
 * renders SVG, follows its container's width with a ResizeObserver, keeps tooltips inside the
 * shadow root, and finalizes the view when asked (when the element redraws or leaves the page).
 */
import type { View } from 'vega';
import type { ChartSource, CompiledChart } from './chart-source.js';

export type { ChartSource, CompiledChart };

/** One line of a tooltip: a label and its value, both plain text. */
export type TooltipEntry = [label: string, value: string];

export interface ChartOptions {
  /** The accessible name of the SVG. */
  label: string;
  /** Where tooltips are placed: an element inside the shadow root, positioned (relative). */
  tooltipLayer: HTMLElement;
  /** Turns a mark's tooltip value into lines of text; default: an object's own key/value pairs. */
  formatTooltip?: (value: unknown) => TooltipEntry[];
}

export interface Chart {
  readonly view: View;
  /** Shows a tooltip at a point in the chart's coordinates (for keyboard focus). */
  showTooltip(x: number, y: number, entries: TooltipEntry[]): void;
  hideTooltip(): void;
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
  runtime ??= retryable(() => import('./vega-runtime.js'), () => (runtime = undefined));
  return runtime;
}

/** How many views are alive: lets leak tests check every view was finalized. */
let liveViews = 0;
export function liveViewCount(): number {
  return liveViews;
}

/** A tooltip value as lines: an object's own key/value pairs, or the value itself. */
export function defaultFormat(value: unknown): TooltipEntry[] {
  if (value && typeof value === 'object') return Object.entries(value).map(([k, v]) => [k, String(v)]);
  return value === undefined || value === null ? [] : [['', String(value)]];
}

export interface TooltipBox {
  tooltip: HTMLElement;
  /** Shows `value` (formatted; or `entries` already made when `formatted`) at a point of the layer. */
  place(x: number, y: number, value: unknown, formatted?: boolean): void;
}

/**
 * The library's tooltip: a plain-text box inside the element's shadow root (never in
 * document.body, as vega-tooltip does), kept inside its layer so it never overflows a phone screen.
 */
export function createTooltip(layer: HTMLElement, format: (value: unknown) => TooltipEntry[] = defaultFormat): TooltipBox {
  const tooltip = document.createElement('div');
  tooltip.className = 'wb-tooltip';
  tooltip.setAttribute('role', 'tooltip');
  tooltip.setAttribute('part', 'tooltip');
  tooltip.hidden = true;
  layer.append(tooltip);
  const place = (x: number, y: number, value: unknown, formatted = false) => {
    const entries = formatted ? (value as TooltipEntry[]) : format(value);
    tooltip.replaceChildren(
      ...entries.map(([label, text]) => {
        const line = document.createElement('div');
        if (label) {
          const name = document.createElement('span');
          name.className = 'wb-tooltip-label';
          name.textContent = `${label}: `;
          line.append(name);
        }
        line.append(document.createTextNode(text));
        return line;
      }),
    );
    tooltip.hidden = entries.length === 0;
    const box = layer.getBoundingClientRect();
    const width = tooltip.offsetWidth;
    const left = Math.max(0, Math.min(x + 12, box.width - width));
    const top = Math.max(0, y - tooltip.offsetHeight - 8);
    tooltip.style.transform = `translate(${left}px, ${top}px)`;
  };
  return { tooltip, place };
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

/** Renders a compiled chart as SVG into `container`, sized to the container's width. */
export async function renderChart(container: HTMLElement, chart: CompiledChart, options: ChartOptions): Promise<Chart> {
  const vega = await loadVega();
  const parsed = vega.parse(chart.vega, chart.config, { ast: true });

  const { tooltip, place } = createTooltip(options.tooltipLayer, options.formatTooltip ?? defaultFormat);

  const view = new vega.View(parsed, {
    renderer: 'svg',
    container,
    hover: true,
    expr: vega.expressionInterpreter,
    tooltip: (_handler: unknown, event: MouseEvent, _item: unknown, value: unknown) => {
      if (value === undefined || value === null || !event) {
        tooltip.hidden = true;
        return;
      }
      const layer = options.tooltipLayer.getBoundingClientRect();
      place(event.clientX - layer.left, event.clientY - layer.top, value);
    },
  });
  liveViews++;
  for (const [name, rows] of Object.entries(chart.data)) view.data(name, rows as object[]);
  for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);

  const labelSvg = () => nameChartSvg(container, options.label);

  const fit = async () => {
    if (chart.width) return;
    const width = Math.floor(container.clientWidth);
    if (width > 0 && width !== view.width()) {
      view.width(width);
      await view.runAsync();
      labelSvg();
    }
  };
  view.width(chart.width ?? Math.max(1, Math.floor(container.clientWidth)));
  if (chart.height) view.height(chart.height);
  await view.runAsync();
  labelSvg();

  let frame = 0;
  const observer = new ResizeObserver(() => {
    cancelAnimationFrame(frame);
    frame = requestAnimationFrame(() => void fit());
  });
  observer.observe(container);

  let finalized = false;
  return {
    view,
    showTooltip: (x, y, entries) => place(x, y, entries, true),
    hideTooltip: () => {
      tooltip.hidden = true;
    },
    toSVG: () => view.toSVG(),
    toPNG: (scale = 2) => view.toImageURL('png', scale),
    finalize: () => {
      if (finalized) return;
      finalized = true;
      cancelAnimationFrame(frame);
      observer.disconnect();
      view.finalize();
      tooltip.remove();
      liveViews--;
    },
  };
}
