/**
 * Fitting text into the wheel's shapes: wrapping a label into balanced lines, finding the largest
 * font size at which it fits a sector or a circle, and shortening a label with an ellipsis when
 * nothing else works. Text is always horizontal (never rotated) so it stays easy to read.
 * Widths come from a `measure` function (the element passes one backed by canvas text metrics;
 * tests may pass the approximate one). No DOM.
 */
import { boxInCircle, boxInSector, polar, textArcPath, TAU, type Box, type Sector } from './geometry.js';

/** Width in pixels of `text` at `fontSize` pixels (in the element's font, at a given weight). */
export type Measure = (text: string, fontSize: number, weight?: 'normal' | 'bold') => number;

/** A generous estimate for tests and for before fonts are known: wider than most real fonts. */
export const approximateMeasure: Measure = (text, fontSize, weight = 'normal') =>
  [...text].length * fontSize * (weight === 'bold' ? 0.64 : 0.6);

export interface PlacedText {
  lines: string[];
  fontSize: number;
  lineHeight: number;
  /** Centre of the block. */
  x: number;
  y: number;
  width: number;
  height: number;
  /** Degrees the block is turned clockwise about its centre (radial labels); 0 or absent: horizontal. */
  rotate?: number;
}

export interface FitOptions {
  maxFont: number;
  minFont: number;
  maxLines: number;
  /** Space to keep from the shape's edges, in pixels. */
  pad: number;
  weight?: 'normal' | 'bold';
  /** Line height as a multiple of the font size. */
  lineHeight?: number;
}

/** Splits text into the words a line may break between (spaces; also after a hyphen or slash in a long word). */
export function words(text: string): string[] {
  return text
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .flatMap((word) => (word.length > 12 ? word.split(/(?<=[-/])/) : [word]));
}

const joinWords = (list: string[]) => list.reduce((line, word) => (line === '' ? word : /[-/]$/.test(line) ? line + word : `${line} ${word}`), '');

/**
 * The longest text (in characters) the wheel tries to fit into a shape. No segment, centre or band of
 * a wheel holds more at a readable size, and fitting longer text only costs time (a label of 10,000
 * words once blocked the page for 90 s): longer text is not drawn in the wheel but shown in full in
 * the key, the panel, the table and the accessible names.
 */
export const MAX_FIT_CHARS = 160;

/** Whether `text` is short enough for the wheel to try to fit it (see MAX_FIT_CHARS). */
export const fittable = (text: string): boolean => text.length <= MAX_FIT_CHARS;

/** Greedy wrap: as many words on each line as fit `maxWidth`. A word wider than the line gets its own line. */
export function wrap(text: string, maxWidth: number, fontSize: number, measure: Measure, weight: 'normal' | 'bold' = 'normal'): string[] {
  return wrapWords(words(text), maxWidth, fontSize, measure, weight);
}

function wrapWords(list: readonly string[], maxWidth: number, fontSize: number, measure: Measure, weight: 'normal' | 'bold'): string[] {
  const lines: string[] = [];
  let current = '';
  for (const word of list) {
    const candidate = joinWords([current, word].filter(Boolean));
    if (current && measure(candidate, fontSize, weight) > maxWidth) {
      lines.push(current);
      current = word;
    } else current = candidate;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * The narrowest wrapping of `text` into at most `lineCount` lines (balanced lines read better than
 * a long line followed by a short one), with its width. The greedy wrap needs fewer lines as the
 * width grows, so the narrowest width is found by bisecting between the widest word and the whole
 * text: about 24 wraps, each linear in the words (measuring every run of words was cubic).
 */
export function balancedWrap(
  text: string,
  lineCount: number,
  fontSize: number,
  measure: Measure,
  weight: 'normal' | 'bold' = 'normal',
): { lines: string[]; width: number } {
  const list = words(text);
  const widthOf = (lines: string[]) => Math.max(0, ...lines.map((l) => measure(l, fontSize, weight)));
  let high = measure(joinWords(list), fontSize, weight) + 0.01;
  let low = Math.max(0, ...list.map((w) => measure(w, fontSize, weight)));
  if (lineCount <= 1 || list.length <= 1) {
    const lines = list.length ? [joinWords(list)] : [];
    return { lines, width: widthOf(lines) };
  }
  // Invariant: `high` wraps into at most lineCount lines; `low` (unless it is the widest word) does not.
  if (wrapWords(list, low + 0.01, fontSize, measure, weight).length <= lineCount) high = low + 0.01;
  for (let i = 0; i < 24 && high - low > 0.05; i++) {
    const mid = (low + high) / 2;
    if (wrapWords(list, mid, fontSize, measure, weight).length <= lineCount) high = mid;
    else low = mid;
  }
  const lines = wrapWords(list, high, fontSize, measure, weight);
  return { lines, width: widthOf(lines) };
}

/** Font sizes to try, largest first, in half-pixel steps. */
function fontSteps(max: number, min: number): number[] {
  const steps: number[] = [];
  for (let size = max; size >= min - 1e-9; size -= 0.5) steps.push(Math.round(size * 2) / 2);
  return steps;
}

type Wrapping = { lines: string[]; width: number };
/** Wrappings already worked out, per measure: the same label is tried in many places and sizes. */
const wrapCache = new WeakMap<Measure, Map<string, Wrapping[]>>();

/** Candidate wrappings from fewest lines to most, dropping repeats. */
export function wrappings(text: string, fontSize: number, options: { maxLines: number; weight?: 'normal' | 'bold' | undefined }, measure: Measure): Wrapping[] {
  let cache = wrapCache.get(measure);
  if (!cache) wrapCache.set(measure, (cache = new Map()));
  const key = `${options.weight ?? 'normal'}|${fontSize}|${options.maxLines}|${text}`;
  let found = cache.get(key);
  if (!found) {
    if (cache.size > 5000) cache.clear();
    found = uniqueWrappings(text, fontSize, options, measure);
    cache.set(key, found);
  }
  return found;
}

function uniqueWrappings(text: string, fontSize: number, options: { maxLines: number; weight?: 'normal' | 'bold' | undefined }, measure: Measure): Wrapping[] {
  const seen = new Set<string>();
  const out: Array<{ lines: string[]; width: number }> = [];
  for (let n = 1; n <= options.maxLines; n++) {
    const wrapped = balancedWrap(text, n, fontSize, measure, options.weight);
    const key = wrapped.lines.join('\n');
    if (!seen.has(key)) {
      seen.add(key);
      out.push(wrapped);
    }
  }
  return out;
}

/** Radii (as fractions of the sector's depth) to try the label's centre at: the middle first. */
const RADIAL_TRIES = [0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82];
/**
 * Angles (as fractions of the sector's span) to try: the bisector first. A wide segment on the
 * left or right of the wheel has more horizontal room near its top or bottom edge.
 */
const ANGULAR_TRIES = [0.5, 0.38, 0.62, 0.26, 0.74, 0.15, 0.85];

/**
 * The largest, fewest-line placement of `text` wholly inside a sector, centred on the sector's
 * bisector; undefined when it does not fit even at the smallest font and most lines.
 */
export function fitInSector(text: string, sector: Sector, measure: Measure, options: FitOptions): PlacedText | undefined {
  if (!fittable(text)) return undefined;
  const lineHeight = options.lineHeight ?? 1.15;
  const span = sector.end - sector.start;
  // Off the bisector only when the segment is wide enough for that to look deliberate.
  const angles = span >= Math.PI / 3 ? ANGULAR_TRIES : [0.5];
  for (const fontSize of fontSteps(options.maxFont, options.minFont)) {
    for (const { lines, width } of wrappings(text, fontSize, options, measure)) {
      const height = lines.length * fontSize * lineHeight;
      for (const u of angles) {
        const angle = sector.start + span * u;
        for (const t of RADIAL_TRIES) {
          const r = sector.r0 + (sector.r1 - sector.r0) * t;
          const centre = polar(sector.cx, sector.cy, r, angle);
          const box: Box = { x: centre.x, y: centre.y, width: width + 2, height };
          if (boxInSector(box, sector, options.pad)) return { lines, fontSize, lineHeight, x: centre.x, y: centre.y, width: box.width, height };
        }
      }
    }
  }
  return undefined;
}

/** The largest placement of `text` inside a circle, centred at (x, y) (which may sit off the circle's centre). */
export function fitInCircle(
  text: string,
  circle: { cx: number; cy: number; r: number },
  at: { x: number; y: number },
  measure: Measure,
  options: FitOptions,
): PlacedText | undefined {
  if (!fittable(text)) return undefined;
  const lineHeight = options.lineHeight ?? 1.15;
  for (const fontSize of fontSteps(options.maxFont, options.minFont)) {
    for (const { lines, width } of wrappings(text, fontSize, options, measure)) {
      const height = lines.length * fontSize * lineHeight;
      const box: Box = { x: at.x, y: at.y, width: width + 2, height };
      if (boxInCircle(box, circle.cx, circle.cy, circle.r, options.pad)) return { lines, fontSize, lineHeight, x: at.x, y: at.y, width: box.width, height };
    }
  }
  return undefined;
}

/**
 * `text` cut and ended with "…" so it is at most `maxWidth` wide. Only a prefix is looked at (no
 * character is narrower than a fifth of the font size), and the cut is found by bisection.
 */
export function ellipsize(text: string, maxWidth: number, fontSize: number, measure: Measure, weight: 'normal' | 'bold' = 'normal'): string {
  const chars = [...text.slice(0, Math.ceil(maxWidth / (fontSize * 0.2)) + 2)];
  if (chars.length === [...text].length && measure(text, fontSize, weight) <= maxWidth) return text;
  const cut = (n: number) => `${chars.slice(0, n).join('').trimEnd()}…`;
  let low = 0; // cut(low) fits (or low is 0)
  let high = chars.length; // cut(high) does not fit, or is the whole prefix
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (measure(cut(mid), fontSize, weight) <= maxWidth) low = mid;
    else high = mid;
  }
  return low > 0 ? cut(low) : '…';
}

export interface CurvedText {
  fontSize: number;
  /** One arc per line, each with the text that runs along it (centred), outermost line first on the upper half. */
  lines: Array<{ text: string; path: string; radius: number; length: number }>;
}

/**
 * Text running along arcs of a sector (one or two concentric lines), upright on both halves of the
 * wheel: the fallback for segments too shallow for horizontal text but long enough along the ring.
 */
export function fitAlongArc(text: string, sector: Sector, measure: Measure, options: FitOptions): CurvedText | undefined {
  if (!fittable(text)) return undefined;
  const lineHeight = options.lineHeight ?? 1.15;
  const span = sector.end - sector.start;
  if (span <= 0 || span >= Math.PI) return undefined;
  const mid = (((sector.start + sector.end) / 2) % TAU + TAU) % TAU;
  const lowerHalf = mid > Math.PI / 2 && mid < (3 * Math.PI) / 2;
  const centreRadius = (sector.r0 + sector.r1) / 2;
  for (const fontSize of fontSteps(options.maxFont, options.minFont)) {
    for (const { lines } of wrappings(text, fontSize, { ...options, maxLines: Math.min(2, options.maxLines) }, measure)) {
      const step = fontSize * lineHeight;
      const height = lines.length * step;
      if (height + 2 * options.pad > sector.r1 - sector.r0) continue;
      const placed = lines.map((line, i) => {
        // Reading order top to bottom: outward-in on the upper half, inward-out on the lower half.
        const offset = -height / 2 + (i + 0.5) * step;
        const radius = lowerHalf ? centreRadius + offset : centreRadius - offset;
        const available = (radius - fontSize / 2) * span - 2 * options.pad;
        const length = measure(line, fontSize, options.weight);
        return { text: line, radius, length, fits: length <= available };
      });
      if (placed.every((p) => p.fits)) {
        return {
          fontSize,
          lines: placed.map((p) => ({ text: p.text, radius: p.radius, length: p.length, path: textArcPath(sector.cx, sector.cy, p.radius, sector.start, sector.end) })),
        };
      }
    }
  }
  return undefined;
}

/**
 * Text running along a narrow segment's radius (the last resort before a number): turned so it
 * reads outwards on the right half of the wheel and inwards on the left, never upside down.
 */
export function fitRadial(text: string, sector: Sector, measure: Measure, options: FitOptions): PlacedText | undefined {
  if (!fittable(text)) return undefined;
  const lineHeight = options.lineHeight ?? 1.15;
  const mid = sector.start + (sector.end - sector.start) / 2;
  const angle = ((mid % TAU) + TAU) % TAU;
  const degrees = (angle * 180) / Math.PI;
  // Along the radius: −90° turns left-to-right text to point outwards at twelve o'clock.
  const turned = angle <= Math.PI ? degrees - 90 : degrees + 90;
  const rotate = ((turned + 180) % 360 + 360) % 360 - 180;
  for (const fontSize of fontSteps(options.maxFont, options.minFont)) {
    for (const { lines, width } of wrappings(text, fontSize, { ...options, maxLines: Math.min(2, options.maxLines) }, measure)) {
      const height = lines.length * fontSize * lineHeight;
      const box = { width: width + 2, height };
      for (const t of RADIAL_TRIES) {
        const r = sector.r0 + (sector.r1 - sector.r0) * t;
        const centre = polar(sector.cx, sector.cy, r, mid);
        const placed = { x: centre.x, y: centre.y, ...box };
        if (boxInSector(placed, sector, options.pad, rotate)) return { lines, fontSize, lineHeight, ...placed, rotate };
      }
    }
  }
  return undefined;
}
