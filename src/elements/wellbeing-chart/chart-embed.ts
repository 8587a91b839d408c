/**
 * Draws an author's Vega-Lite with vega-embed. This module is reached only by a dynamic import()
 * from <wellbeing-chart>, so vega-embed and Vega-Lite land in chunks a page downloads only when it
 * has that element.
 *
 * vega-embed is told: SVG renderer; the expression interpreter (`ast: true`: no eval under a
 * strict CSP); no actions menu and no injected style sheet; no tooltip of Vega's (the chart
 * controller shows the marks' tooltips, by keyboard and pointer); the library theme as config; the element's number and date formats (on its own view); and a loader that
 * refuses every request (data, images) while letting only http(s) links through, so nothing the
 * safety check did not foresee can fetch either.
 */
import embed, { vega } from 'vega-embed';
import type { Loader, View } from 'vega';
import { nameChartSvg, noTooltip, trackView, type TooltipEntry } from '../../render/vega.js';
import { plotOrigin, type ChartPoint } from '../../render/chart-points.js';
import { provideRealGeo } from '../../render/vega-geo-full.js';
import { isSafeLink } from './chart-safety.js';
import { numberLocale, timeLocale } from './chart-theme.js';

// Authors' charts may draw maps: the bundle gives the built-in charts' Vega runtime stand-ins for d3-geo.
provideRealGeo();

export interface EmbedChartOptions {
  /** The accessible name of the SVG. */
  label: string;
  /** The library theme as a Vega-Lite config (the author's own config goes over it). */
  config: Record<string, unknown>;
  locale: string;
  /** Says why a request was refused, in the element's language. */
  refusedMessage: (url: string) => string;
  baseUrl: string;
}

/** A mark the keyboard and pointer can reach: where it is (in the SVG's pixels), what it says, its series (scenegraph mark). */
export interface ChartMark {
  box: ChartPoint['box'];
  entries: TooltipEntry[];
  datum: Record<string, unknown>;
  series: number;
}

export interface EmbeddedChart {
  readonly view: View;
  /** URLs the chart tried to load (all refused). */
  readonly refused: readonly string[];
  /** The data marks, in the SVG's pixels. */
  marks(): ChartMark[];
  /** The chart as standalone SVG or a PNG data URL, on `background` (files are not transparent). */
  toSVG(background: string): Promise<string>;
  toPNG(background: string, scale?: number): Promise<string>;
  finalize(): void;
}

/** A Vega loader that loads nothing: every data or image request is refused; links must be http(s). */
export function refusingLoader(baseUrl: string, message: (url: string) => string, refused: string[]): Loader {
  const refuse = (uri: string) => {
    refused.push(uri);
    return Promise.reject(new Error(message(uri)));
  };
  return {
    options: {},
    load: (uri: string) => refuse(uri),
    sanitize: (uri: string, options?: { context?: string }) =>
      options?.context === 'href' && isSafeLink(uri) ? Promise.resolve({ href: new URL(uri, baseUrl).href, rel: 'noopener noreferrer' }) : refuse(uri),
    http: (uri: string) => refuse(uri),
    file: (uri: string) => refuse(uri),
  } as unknown as Loader;
}

/** A tooltip value (what Vega-Lite's `tooltip` encoding makes) as plain lines. */
export function tooltipEntries(value: unknown): TooltipEntry[] {
  if (value === undefined || value === null || value === '') return [];
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .map(([k, v]) => [k, v === null ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v)]);
  }
  return [['', String(value)]];
}

/** What a row of `rows` says when its mark has no tooltip of its own. */
function datumEntries(datum: Record<string, unknown>): TooltipEntry[] {
  const known = ['areaName', 'indicatorTitle', 'periodLabel', 'group', 'value', 'comparisonLabel'];
  if (known.some((k) => k in datum)) {
    return known.filter((k) => datum[k] !== null && datum[k] !== undefined).map((k) => ['', String(datum[k])]);
  }
  return tooltipEntries(
    Object.fromEntries(Object.entries(datum).filter(([k, v]) => !k.startsWith('_') && (typeof v === 'string' || typeof v === 'number'))),
  );
}

interface SceneItem {
  x?: number;
  y?: number;
  datum?: Record<string, unknown>;
  tooltip?: unknown;
  bounds?: { x1: number; y1: number; x2: number; y2: number };
  items?: SceneNode[];
  mark?: { group?: SceneItem };
}
interface SceneNode {
  marktype?: string;
  role?: string;
  aria?: boolean;
  items?: SceneItem[];
}

/** The data marks of a view's scenegraph (not axes, legends or titles), in reading order, one per datum. */
function dataMarks(view: View, offset: { x: number; y: number }): ChartMark[] {
  const found: { item: SceneItem; x: number; y: number; series: number }[] = [];
  const series = new Map<SceneNode, number>();
  const visitNode = (node: SceneNode, gx: number, gy: number) => {
    for (const item of node.items ?? []) {
      if (node.marktype === 'group') {
        for (const child of item.items ?? []) visitNode(child, gx + (item.x ?? 0), gy + (item.y ?? 0));
      } else if (node.role === 'mark' && node.aria !== false && item.datum && item.bounds) {
        if (!series.has(node)) series.set(node, series.size);
        found.push({ item, x: gx, y: gy, series: series.get(node)! });
      }
    }
  };
  visitNode((view.scenegraph() as unknown as { root: SceneNode }).root, 0, 0);
  const withTooltips = found.filter((f) => f.item.tooltip !== undefined && f.item.tooltip !== null);
  const chosen = withTooltips.length ? withTooltips : found;
  const seen = new Set<string>();
  const marks: ChartMark[] = [];
  for (const { item, x, y, series: mark } of chosen) {
    const b = item.bounds!;
    const entries = withTooltips.length ? tooltipEntries(item.tooltip) : datumEntries(item.datum!);
    const key = JSON.stringify(entries);
    if (seen.has(key)) continue;
    seen.add(key);
    marks.push({
      box: { x: offset.x + x + b.x1, y: offset.y + y + b.y1, width: Math.max(1, b.x2 - b.x1), height: Math.max(1, b.y2 - b.y1) },
      entries,
      datum: item.datum!,
      series: mark,
    });
  }
  return marks.sort((a, b) => a.box.x + a.box.width / 2 - (b.box.x + b.box.width / 2) || a.box.y - b.box.y);
}

/** Runs an export on a background, then puts the live chart's own back. */
async function withBackground<T>(view: View, background: string, make: () => Promise<T>): Promise<T> {
  const live = view.background();
  view.background(background);
  try {
    return await make();
  } finally {
    view.background(live);
  }
}

/**
 * vega-embed empties its container with `innerHTML = ''`, which a page enforcing Trusted Types
 * (`require-trusted-types-for 'script'`) refuses even for an empty string, so no chart would draw.
 * On this one container, that assignment becomes `replaceChildren()`; any other HTML is refused.
 */
function clearsWithoutHtml(container: HTMLElement): void {
  if (Object.prototype.hasOwnProperty.call(container, 'innerHTML')) return;
  Object.defineProperty(container, 'innerHTML', {
    configurable: true,
    get: () => Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!.get!.call(container) as string,
    set: (html: unknown) => {
      if (html !== '') throw new TypeError('wellbeing-chart: only clearing the chart container is allowed');
      container.replaceChildren();
    },
  });
}

/** Vega's View, made with a locale of its own (Vega's View takes `locale: { number, time }`). */
function viewWithLocale(locale: { number: object; time: object }): typeof vega.View {
  return class extends vega.View {
    constructor(runtime: ConstructorParameters<typeof vega.View>[0], options?: ConstructorParameters<typeof vega.View>[1]) {
      // vega-typings call the option a formatter; the runtime takes the { number, time } specs.
      super(runtime, { ...options, locale: locale as never });
    }
  };
}

/** Draws `chart` (already checked by chart-safety.ts) into `container`. */
export async function embedChart(container: HTMLElement, chart: Record<string, unknown>, options: EmbedChartOptions): Promise<EmbeddedChart> {
  const refused: string[] = [];
  clearsWithoutHtml(container);
  const result = await embed(container, chart as never, {
    mode: 'vega-lite',
    renderer: 'svg',
    // vega-embed then runs expressions with vega-interpreter (its own dependency): no eval, no Function.
    ast: true,
    actions: false,
    defaultStyle: false,
    hover: true,
    config: options.config as never,
    loader: refusingLoader(options.baseUrl, options.refusedMessage, refused),
    // The element's number and date formats on this view only: vega-embed's formatLocale option would
    // set Vega's page-wide default, and a Welsh chart beside an English one would change its formats.
    viewClass: viewWithLocale({ number: numberLocale(options.locale), time: timeLocale(options.locale) }),
    // Vega-Lite writes warnings (an unused field…) for authors, not readers: keep the console quiet.
    logLevel: vega.Error,
    tooltip: noTooltip,
  });
  const release = trackView();
  const view = result.view;
  // A data load vega refused is logged, not thrown: wait for the dataflow, then report it.
  await view.runAsync();
  nameChartSvg(container, options.label);

  let finalized = false;
  const finalize = () => {
    if (finalized) return;
    finalized = true;
    result.finalize();
    release();
  };
  return {
    view,
    refused,
    marks: () => {
      const [ox, oy] = plotOrigin(view);
      return dataMarks(view, { x: ox, y: oy });
    },
    toSVG: (background) => withBackground(view, background, () => view.toSVG()),
    toPNG: (background, scale = 2) => withBackground(view, background, () => view.toImageURL('png', scale)),
    finalize,
  };
}
