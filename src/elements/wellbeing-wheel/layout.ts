/**
 * The wheel's geometry for a given size: the centre, one or two rings of domain segments, each
 * segment's status band (one cell per indicator, or one per status when cells get too thin) with
 * its letters, each label placed (wrapped, shrunk, or replaced by a number listed in a key), and the
 * optional outer band of factors with text along its arcs. Below 480 px the bands and the centre
 * get thinner so that labels stay words on a phone. Pure: sizes are in CSS pixels and text
 * widths come from the `measure` function, so it is tested without a browser.
 */
import { boxInCircle, boxInSector, polar, sectorPath, textArcPath, TAU, type Sector } from './geometry.js';
import { ellipsize, fitAlongArc, fitInCircle, fitInSector, fitRadial, MAX_FIT_CHARS, wrappings, type CurvedText, type Measure, type PlacedText } from './labels.js';
import type { IndicatorStatus } from './status.js';

/** What the layout needs of a domain (a `DomainView` has all of it). */
export interface LayoutDomain {
  id: string;
  label: string;
  childIds: string[];
  parentId: string | undefined;
  counts: ReadonlyArray<{ status: IndicatorStatus; count: number; letter: string }>;
  hasData: boolean;
  isGroupOnly: boolean;
}

export interface LayoutInput {
  /** Width (and height) of the drawing, in CSS pixels. */
  size: number;
  /** Rings from the inside out (ring 2, when present, holds the children of ring 1's domains). */
  rings: ReadonlyArray<ReadonlyArray<LayoutDomain>>;
  centre: { label: string; statement?: string | undefined };
  showStatement?: boolean;
  factors: ReadonlyArray<{ id: string; label: string }>;
  measure: Measure;
  /**
   * The reader's text size as a multiple of the usual 16 px (at least 1): every size of text in the
   * wheel, and the bands that hold text, grow with it, so the wheel follows the browser's text setting.
   */
  textScale?: number;
}

export interface CellLayout {
  /** `domain-no-data`: the whole band of a domain without data (drawn dashed). */
  status: IndicatorStatus | 'domain-no-data';
  count: number;
  path: string;
  sector: Sector;
  /** The status letter, repeated along long cells so it is never far from any part of the colour. */
  letters: Array<{ text: string; x: number; y: number; fontSize: number }>;
}

export interface SegmentLayout {
  id: string;
  ring: number;
  sector: Sector;
  path: string;
  band: { r0: number; r1: number; cells: CellLayout[]; lettersComplete: boolean } | undefined;
  /** The whole label, horizontal or along the radius (`rotate`); undefined when it does not fit either way. */
  label: PlacedText | undefined;
  /** Else the whole label along the ring's arc; when neither fits, `marker` holds its number. */
  curvedLabel: CurvedText | undefined;
  marker: { text: string; x: number; y: number; fontSize: number } | undefined;
  /** Number in the key when the label did not fit. */
  keyNumber: number | undefined;
}

export interface FactorLayout {
  id: string;
  label: string;
  /** What is drawn: the label, or the label shortened with "…" (then the key lists it in full). */
  text: string;
  truncated: boolean;
  path: string;
  textPath: string;
  fontSize: number;
  sector: Sector;
}

export interface WheelLayout {
  size: number;
  cx: number;
  cy: number;
  centre: { r: number; label: PlacedText | undefined; statement: PlacedText | undefined };
  segments: SegmentLayout[];
  factors: FactorLayout[];
  factorBand: { r0: number; r1: number } | undefined;
  /** Some label or letter could not be drawn: the element shows a key in words. */
  needsKey: boolean;
}

/**
 * Most domains drawn as segments. Beyond this a wheel cannot be read (each segment is a sliver too
 * thin for a word or a 24 px target) and laying it out costs seconds: the wheel says so and opens its
 * table instead.
 */
export const MAX_DRAWN_DOMAINS = 60;

const clamp = (x: number, low: number, high: number) => Math.min(high, Math.max(low, x));

/** Room outside the outermost ring for the focus ring. */
export const EDGE = 6;
/** Status letters are capitals or symbols: their ink is about this fraction of the font size tall. */
const CAP_HEIGHT = 0.8;
const MIN_LETTER_FONT = 12;
/** Letters repeat along a cell about this far apart (pixels of arc). */
const LETTER_SPACING = 64;
/** Smallest text in the wheel at the usual text size, in pixels: below it a number and a key are clearer than tiny words. */
export const MIN_FONT = 12;
/** Outer radius of a wheel in a 320 px container (a phone), and of one in a 480 px container. */
const NARROW_RADIUS = 160 - EDGE;
const ROOMY_RADIUS = 240 - EDGE;
/**
 * At NARROW_RADIUS: the factor band's depth (room for 12 px text) and its gap to the rings, the status
 * band's depth (room for a 12 px letter), and the smallest centre (a fraction of the rings' radius) for one ring.
 */
const NARROW = { factorWidth: 20, factorGap: 2, bandWidth: 19, centre: 0.28 };

export function layoutWheel(input: LayoutInput): WheelLayout {
  const size = Math.max(120, input.size);
  const cx = size / 2;
  const cy = size / 2;
  const radius = size / 2 - EDGE;
  const twoRings = input.rings.length > 1 && input.rings[1]!.length > 0;
  const scale = Math.max(1, input.textScale ?? 1);
  const minFont = MIN_FONT * scale;

  // On a phone the domains' words need every pixel: the factor band, the status band and the centre
  // get thinner as the wheel narrows (from ROOMY_RADIUS down to NARROW_RADIUS), never below what
  // their own text needs. From ROOMY_RADIUS up nothing changes.
  const roomy = clamp((radius - NARROW_RADIUS) / (ROOMY_RADIUS - NARROW_RADIUS), 0, 1);
  const lerp = (narrow: number, wide: number) => narrow + (wide - narrow) * roomy;
  const factorWidth = input.factors.length ? clamp(Math.min(radius * 0.12, lerp(NARROW.factorWidth, 30) * scale), NARROW.factorWidth * scale, 30 * scale) : 0;
  const ringsOuter = radius - (factorWidth ? factorWidth + lerp(NARROW.factorGap, 4) : 0);
  const maxFont = clamp(radius * 0.075, minFont, 16 * scale);
  const centreRadius = layoutCentreRadius(input, ringsOuter * (twoRings ? 0.27 : 0.33), ringsOuter * lerp(twoRings ? 0.27 : NARROW.centre, 0.33), maxFont, minFont);
  const ring1Outer = twoRings ? centreRadius + (ringsOuter - centreRadius) * 0.5 : ringsOuter;
  const bandWidth = clamp(radius * 0.095, NARROW.bandWidth * scale, 24 * scale);
  const gap = 3;

  const segments: SegmentLayout[] = [];
  const angles = new Map<string, { start: number; end: number }>();
  const ring0 = input.rings[0] ?? [];
  const span = TAU / Math.max(1, ring0.length);
  ring0.forEach((domain, i) => {
    const start = -span / 2 + i * span;
    angles.set(domain.id, { start, end: start + span });
  });
  // Children share their parent's angle equally.
  for (const domain of ring0) {
    const parent = angles.get(domain.id)!;
    const step = (parent.end - parent.start) / Math.max(1, domain.childIds.length);
    domain.childIds.forEach((id, j) => angles.set(id, { start: parent.start + j * step, end: parent.start + (j + 1) * step }));
  }

  let keyNumber = 0;
  let needsKey = false;
  input.rings.forEach((ring, ringIndex) => {
    for (const domain of ring) {
      const a = angles.get(domain.id);
      if (!a) continue; // A grandchild (not drawn in SPEC-v1's picture) has no place of its own.
      const r0 = ringIndex === 0 ? centreRadius + gap : ring1Outer;
      // A top-level domain without children reaches across the outer ring too.
      const r1 = ringIndex === 0 && (!twoRings || domain.childIds.length) ? ring1Outer : ringsOuter;
      const sector: Sector = { cx, cy, r0, r1, start: a.start, end: a.end };
      const band = domain.isGroupOnly ? undefined : layoutBand(sector, Math.max(r0 + 4, r1 - bandWidth), domain, input.measure, scale);
      const labelSector: Sector = { ...sector, r1: band ? band.r0 : r1 };
      const labelOptions = { maxFont, minFont, maxLines: 3, pad: 3, weight: 'bold' as const };
      // Horizontal first (easiest to read), then along the ring, then along the radius, else a number.
      const horizontal = fitInSector(domain.label, labelSector, input.measure, labelOptions);
      const curvedLabel = horizontal ? undefined : fitAlongArc(domain.label, labelSector, input.measure, labelOptions);
      const label = horizontal ?? (curvedLabel ? undefined : fitRadial(domain.label, labelSector, input.measure, labelOptions));
      let marker: SegmentLayout['marker'];
      let number: number | undefined;
      if (!label && !curvedLabel) {
        number = ++keyNumber;
        needsKey = true;
        const text = String(number);
        const fit = fitInSector(text, labelSector, input.measure, { maxFont: Math.max(minFont, maxFont - 1), minFont, maxLines: 1, pad: 1, weight: 'bold' });
        const fallback = polar(cx, cy, (labelSector.r0 + labelSector.r1) / 2, (a.start + a.end) / 2);
        marker = { text, x: fit?.x ?? fallback.x, y: fit?.y ?? fallback.y, fontSize: fit?.fontSize ?? minFont };
      }
      if (band && !band.lettersComplete) needsKey = true;
      segments.push({ id: domain.id, ring: ringIndex, sector, path: sectorPath(sector), band, label, curvedLabel, marker, keyNumber: number });
    }
  });

  const centre = layoutCentre(input, cx, cy, centreRadius, maxFont, minFont);
  const factorBand = factorWidth ? { r0: radius - factorWidth, r1: radius } : undefined;
  const factors = factorBand ? layoutFactors(input, cx, cy, factorBand, minFont) : [];
  if (factors.some((f) => f.truncated)) needsKey = true;

  return { size, cx, cy, centre, segments, factors, factorBand, needsKey };
}

function layoutBand(sector: Sector, bandInner: number, domain: LayoutDomain, measure: Measure, scale: number): NonNullable<SegmentLayout['band']> {
  const band = { ...sector, r0: bandInner };
  const bandWidth = band.r1 - band.r0;
  if (!domain.hasData) {
    return { r0: band.r0, r1: band.r1, cells: [{ status: 'domain-no-data', count: 0, path: sectorPath(band), sector: band, letters: [] }], lettersComplete: true };
  }
  const letterFont = clamp(bandWidth * 0.72, MIN_LETTER_FONT * scale, 15 * scale);
  const middle = (band.r0 + band.r1) / 2;
  const gapAngle = Math.min(1.5 / middle, (band.end - band.start) / 20);
  const total = domain.counts.reduce((sum, c) => sum + c.count, 0);

  const makeCells = (parts: Array<{ status: IndicatorStatus; count: number; letter: string; weight: number }>) => {
    const weightSum = parts.reduce((sum, p) => sum + p.weight, 0);
    let at = band.start;
    return parts.map((part) => {
      const width = ((band.end - band.start) * part.weight) / weightSum;
      const cell: Sector = { ...band, start: at + (parts.length > 1 ? gapAngle / 2 : 0), end: at + width - (parts.length > 1 ? gapAngle / 2 : 0) };
      at += width;
      const arcLength = middle * (cell.end - cell.start);
      const repeats = Math.max(1, Math.floor(arcLength / LETTER_SPACING));
      const letters: CellLayout['letters'] = [];
      for (let k = 0; k < repeats; k++) {
        const centre = polar(band.cx, band.cy, middle, cell.start + ((cell.end - cell.start) * (k + 0.5)) / repeats);
        // Upright letters take more of the band's depth on the diagonals: shrink them there rather than drop them.
        for (let fontSize = letterFont; fontSize >= MIN_LETTER_FONT * scale; fontSize -= 0.5) {
          const box = { x: centre.x, y: centre.y, width: measure(part.letter, fontSize, 'bold') + 1, height: fontSize * CAP_HEIGHT };
          if (boxInSector(box, cell, 0.5)) {
            letters.push({ text: part.letter, x: centre.x, y: centre.y, fontSize });
            break;
          }
        }
      }
      return { status: part.status, count: part.count, path: sectorPath(cell), sector: cell, letters } satisfies CellLayout;
    });
  };

  // One cell per indicator reads as a count at a glance; when cells get too thin, one per status.
  if (total <= 12) {
    const perIndicator = makeCells(domain.counts.flatMap((c) => Array.from({ length: c.count }, () => ({ status: c.status, count: 1, letter: c.letter, weight: 1 }))));
    if (perIndicator.every((cell) => cell.letters.length)) return { r0: band.r0, r1: band.r1, cells: perIndicator, lettersComplete: true };
  }
  // Grouped: proportional, but each status gets enough arc for its letter where the segment allows.
  const minWeight = total * Math.min(1 / domain.counts.length, (letterFont * 1.4) / (middle * (band.end - band.start)));
  const grouped = makeCells(domain.counts.map((c) => ({ status: c.status, count: c.count, letter: c.letter, weight: Math.max(c.count, minWeight) })));
  return { r0: band.r0, r1: band.r1, cells: grouped, lettersComplete: grouped.every((cell) => cell.letters.length) };
}

/**
 * The centre's radius: `preferred`, or as little as `smallest` when the wheel is narrow, but never so
 * small that the centre's label gets smaller than it would at `preferred` size (or than 11 px).
 */
function layoutCentreRadius(input: LayoutInput, preferred: number, smallest: number, maxFont: number, minFont: number): number {
  if (smallest >= preferred) return preferred;
  const options = { maxFont: maxFont + 1, minFont, maxLines: 3, pad: 4, weight: 'bold' as const };
  const fitsAt = (r: number) => fitInCircle(input.centre.label, { cx: 0, cy: 0, r }, { x: 0, y: 0 }, input.measure, options)?.fontSize ?? 0;
  const atPreferred = fitsAt(preferred);
  // A label that does not fit even at the preferred size: keep the usual proportions.
  if (!atPreferred) return preferred;
  const wanted = Math.min(atPreferred, minFont);
  for (let r = smallest; r < preferred; r += 1) if (fitsAt(r) >= wanted) return r;
  return preferred;
}

function layoutCentre(input: LayoutInput, cx: number, cy: number, r: number, maxFont: number, minFont: number): WheelLayout['centre'] {
  const circle = { cx, cy, r };
  const labelOptions = { maxFont: maxFont + 1, minFont, maxLines: 3, pad: 4, weight: 'bold' as const };
  const alone = fitInCircle(input.centre.label, circle, { x: cx, y: cy }, input.measure, labelOptions);
  const statement = input.centre.statement?.trim();
  // A statement longer than a centre can hold goes under the wheel without being tried (see MAX_FIT_CHARS).
  if (!input.showStatement || !statement || !alone || statement.length > 2 * MAX_FIT_CHARS) return { r, label: alone, statement: undefined };

  // The label above the statement, the pair centred; shrink both until they fit (else the statement goes under the wheel).
  const statementFonts = [...new Set([Math.min(alone.fontSize - 1, (13 / MIN_FONT) * minFont), minFont])].filter((f) => f >= minFont);
  const statementWraps = new Map(statementFonts.map((font) => [font, wrappings(statement, font, { maxLines: 10, weight: 'normal' }, input.measure)]));
  for (let labelFont = alone.fontSize; labelFont >= minFont; labelFont -= 1) {
    for (const label of wrappings(input.centre.label, labelFont, { maxLines: 3, weight: 'bold' }, input.measure)) {
      const labelHeight = label.lines.length * labelFont * 1.15;
      for (const statementFont of statementFonts.filter((f) => f < labelFont)) {
        for (const wrapped of statementWraps.get(statementFont)!) {
          const statementHeight = wrapped.lines.length * statementFont * 1.2;
          const total = labelHeight + 4 + statementHeight;
          const labelBox = { x: cx, y: cy - total / 2 + labelHeight / 2, width: label.width + 2, height: labelHeight };
          const statementBox = { x: cx, y: cy + total / 2 - statementHeight / 2, width: wrapped.width + 2, height: statementHeight };
          if (boxInCircle(labelBox, cx, cy, r, 4) && boxInCircle(statementBox, cx, cy, r, 4)) {
            return {
              r,
              label: { lines: label.lines, fontSize: labelFont, lineHeight: 1.15, ...labelBox },
              statement: { lines: wrapped.lines, fontSize: statementFont, lineHeight: 1.2, ...statementBox },
            };
          }
        }
      }
    }
  }
  return { r, label: alone, statement: undefined };
}

function layoutFactors(input: LayoutInput, cx: number, cy: number, band: { r0: number; r1: number }, minFont: number): FactorLayout[] {
  const count = input.factors.length;
  const span = TAU / count;
  const width = band.r1 - band.r0;
  const middle = (band.r0 + band.r1) / 2;
  const maxFont = clamp(width * 0.6, minFont, (14 / MIN_FONT) * minFont);
  return input.factors.map((factor, i) => {
    const start = -span / 2 + i * span;
    const end = start + span;
    const sector: Sector = { cx, cy, r0: band.r0, r1: band.r1, start: start + 0.004, end: end - 0.004 };
    const available = middle * (end - start) - 12;
    let fontSize = maxFont;
    // Only a prefix longer than the arc can hold is measured: the rest is cut anyway.
    const measured = factor.label.slice(0, MAX_FIT_CHARS);
    while (fontSize > minFont && input.measure(measured, fontSize) > available) fontSize = Math.max(minFont, fontSize - 0.5);
    const text = ellipsize(factor.label, available, fontSize, input.measure);
    return {
      id: factor.id,
      label: factor.label,
      text,
      truncated: text !== factor.label,
      path: sectorPath(sector),
      textPath: textArcPath(cx, cy, middle, start, end),
      fontSize,
      sector,
    };
  });
}
