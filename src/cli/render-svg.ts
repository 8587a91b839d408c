/**
 * Standalone SVG files of any element, drawn without a browser (the command line's `render`), from
 * the same pure code the elements draw with: the view models, the wheel's layout, the map's
 * projection and file, the compiled trend chart, the gap chart's and the author's Vega-Lite. Vega
 * renders headless (`renderer: 'none'`, then `toSVG()`), with the expression interpreter.
 *
 * Every file has a <title> (the element's name) and a <desc> (its summary), real <text> (never
 * paths), a font list that falls back to Arial and sans-serif, and the browser's colours, letters and
 * textures. No Node and no DOM here, so a browser test can draw the same file and compare.
 */
import type { Messages } from '../i18n/index.js';
import type { CompiledChart } from '../render/chart-source.js';
import type { SpecIssue } from '../spec/issues.js';

/** The elements `render` draws. */
export const RENDERED_ELEMENTS = ['wellbeing-wheel', 'indicator-trend', 'inequality-gap', 'area-map', 'wellbeing-chart'] as const;
export type RenderedElement = (typeof RENDERED_ELEMENTS)[number];

/** The font of every file: the library's own list, ending in fonts every system has. */
export const FILE_FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, Helvetica, sans-serif';

/** A problem with what was asked (an unknown indicator, a chart that fetches…), in the reader's language. */
export class RenderError extends Error {
  /** Which input it is about: `spec`, `chart` or `boundaries`. */
  readonly input: 'spec' | 'chart' | 'boundaries';
  readonly issues: SpecIssue[];
  constructor(input: 'spec' | 'chart' | 'boundaries', message: string, issues: SpecIssue[] = []) {
    super(message);
    this.name = 'RenderError';
    this.input = input;
    this.issues = issues;
  }
}

/** A drawn file: the SVG text, and its name and summary (also inside it, as <title> and <desc>). */
export interface RenderedSvg {
  svg: string;
  title: string;
  description: string;
}

export const escapeXml = (text: string): string =>
  text.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!);

/**
 * Makes an SVG a document that names itself: `role="img"`, its language, and <title> and <desc> as
 * its first children (any <title> the drawing had is replaced), so a screen reader, a browser tab
 * and Word's alternative text all read the element's name and summary.
 */
export function standaloneSvg(svgText: string, options: { title: string; description: string; lang: string }): string {
  const open = svgText.indexOf('<svg');
  const end = svgText.indexOf('>', open);
  // not for readers: every caller passes the SVG Vega or an element wrote; this guards the code.
  if (open < 0 || end < 0) throw new Error('not an SVG');
  let head = svgText.slice(open, end).replace(/\s(role|lang|xml:lang|aria-labelledby|aria-label)="[^"]*"/g, '');
  if (!/\sxmlns=/.test(head)) head += ' xmlns="http://www.w3.org/2000/svg"';
  let body = svgText.slice(end + 1);
  // A title the drawing already had (the map's) is replaced, not repeated.
  body = body.replace(/^\s*<title>[\s\S]*?<\/title>/, '');
  const lang = escapeXml(options.lang);
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n` +
    `${head} role="img" lang="${lang}" xml:lang="${lang}" aria-labelledby="wb-file-title wb-file-desc">` +
    `<title id="wb-file-title">${escapeXml(options.title)}</title><desc id="wb-file-desc">${escapeXml(options.description)}</desc>` +
    body
  );
}

/** Number and date formats of a language, as Vega takes them (the element's, so numbers read the same). */
export interface VegaLocale {
  number?: Record<string, unknown>;
  time?: Record<string, unknown>;
}

/** Vega-Lite's warnings (a dropped fit-y…) are for authors at their desk, not for a file's log. */
export const quietLogger = { level: () => quietLogger, error: () => quietLogger, warn: () => quietLogger, info: () => quietLogger, debug: () => quietLogger };

/**
 * A chart as SVG text, drawn by Vega with no browser, as src/render/vega.ts draws it on a page: the
 * compiled chart with its datasets and signals set, its width (else `width`) and height. Requests
 * (data, images) are refused: every file is drawn from the spec's own rows.
 */
export async function chartSvg(compiled: CompiledChart, options: { width?: number; locale?: VegaLocale; refuse?: (url: string) => Error } = {}): Promise<string> {
  const { loadVega } = await import('../render/vega.js');
  const vega = await loadVega();
  await measureTextWithoutCanvas();
  const refuse = options.refuse ?? ((url: string) => new Error(url));
  const loader = {
    options: {},
    load: (uri: string) => Promise.reject(refuse(uri)),
    sanitize: (uri: string) => Promise.reject(refuse(uri)),
    http: (uri: string) => Promise.reject(refuse(uri)),
    file: (uri: string) => Promise.reject(refuse(uri)),
  };
  const view = new vega.View(vega.parse(compiled.vega, compiled.config, { ast: true }), {
    renderer: 'none',
    expr: vega.expressionInterpreter,
    loader,
    ...(options.locale ? { locale: options.locale } : {}),
  } as never);
  try {
    for (const [name, rows] of Object.entries(compiled.data)) view.data(name, rows as object[]);
    for (const [name, value] of Object.entries(compiled.signals)) view.signal(name, value);
    const width = compiled.width ?? options.width;
    if (width) view.width(width);
    if (compiled.height) view.height(compiled.height);
    await view.runAsync();
    return await view.toSVG();
  } finally {
    view.finalize();
  }
}

/**
 * Without a canvas (Node) Vega guesses every text to be 0.8 em a character, which makes long titles
 * squeeze the plot; give it Arial's widths instead (the fonts of a file end in Arial). A browser
 * keeps measuring with its canvas.
 */
async function measureTextWithoutCanvas(): Promise<void> {
  const { textMetrics } = await import('vega-scenegraph');
  if (textMetrics.width !== textMetrics.estimateWidth) return;
  textMetrics.width = (item, text) => {
    const weight = item.fontWeight === 'bold' || Number(item.fontWeight) >= 600 ? 'bold' : 'normal';
    return fileMeasure(text === null || text === undefined ? '' : String(text).trim(), item.fontSize ?? 11, weight);
  };
}

// ---- colours: CSS the browser works out, worked out here ----

const channels = (hex: string): [number, number, number] => {
  let h = hex.replace('#', '');
  if (h.length === 3) h = [...h].map((c) => c + c).join('');
  return [0, 2, 4].map((i) => Number.parseInt(h.slice(i, i + 2), 16)) as [number, number, number];
};
const toHex = (rgb: number[]) => `#${rgb.map((c) => Math.round(Math.min(255, Math.max(0, c))).toString(16).padStart(2, '0')).join('')}`;

/** `color-mix(in srgb, a p%, b)`. */
export function mixSrgb(a: string, percent: number, b: string): string {
  const x = channels(a);
  const y = channels(b);
  return toHex(x.map((c, i) => (c * percent + y[i]! * (100 - percent)) / 100));
}

/** OKLab lightness (0 to 1) of an sRGB colour. */
export function oklchLightness(hex: string): number {
  const [r, g, b] = channels(hex).map((c) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  const l = Math.cbrt(0.4122214708 * r + 0.5363325363 * g + 0.0514459929 * b);
  const m = Math.cbrt(0.2119034982 * r + 0.6806995451 * g + 0.1073969566 * b);
  const s = Math.cbrt(0.0883024619 * r + 0.2817188376 * g + 0.6299787005 * b);
  return 0.2104542553 * l + 0.793617785 * m - 0.0040720468 * s;
}

/**
 * The letter drawn on a status colour, as the elements' CSS chooses it (src/render/theme.ts,
 * `statusTextCss`): white on a colour darker than OKLCH lightness 0.565, else black.
 */
export const inkOn = (colour: string): string => (oklchLightness(colour) < 0.565 ? '#ffffff' : '#000000');

// ---- text ----

/** Advance widths of Arial (metric-compatible with Helvetica and Liberation Sans), 1/1000 em, for characters 32 to 126. */
const ARIAL = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/**
 * Text width with no browser to measure it: Arial's widths (accents take their letter's; bold about
 * 7% wider), plus 10% so a wider fallback font (DejaVu Sans on Linux) still fits. The fonts of a file end in Arial.
 */
export function fileMeasure(text: string, fontSize: number, weight: 'normal' | 'bold' = 'normal'): number {
  let units = 0;
  for (const char of text.normalize('NFD')) {
    const code = char.codePointAt(0)!;
    if (code >= 0x300 && code <= 0x36f) continue;
    units += code >= 32 && code <= 126 ? ARIAL[code - 32]! : 600;
  }
  return (units / 1000) * fontSize * (weight === 'bold' ? 1.07 : 1) * 1.1;
}

/** Greedy lines of at most `width` pixels. */
export function wrapText(text: string, width: number, fontSize: number, weight: 'normal' | 'bold' = 'normal'): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && fileMeasure(next, fontSize, weight) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** What every element's renderer is given. */
export interface RenderContext {
  messages: Messages;
  lang: string;
  /** Width of the file in pixels. */
  width: number;
}
