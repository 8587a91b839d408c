/**
 * Plane geometry for the wheel: polar points, annular sectors as SVG paths, and whether a box fits
 * inside a sector or a circle. Angles are in radians, 0 at twelve o'clock, increasing clockwise
 * (the way people read a clock face). No DOM.
 */

export const TAU = Math.PI * 2;

export interface Point {
  x: number;
  y: number;
}

/** An annular sector (a ring segment) around (cx, cy); `r0` may be 0 (a pie slice). */
export interface Sector {
  cx: number;
  cy: number;
  r0: number;
  r1: number;
  start: number;
  end: number;
}

/** An axis-aligned box given by its centre. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function polar(cx: number, cy: number, r: number, angle: number): Point {
  return { x: cx + r * Math.sin(angle), y: cy - r * Math.cos(angle) };
}

/** The angle of a point as seen from (cx, cy), in [0, 2π). */
export function angleOf(cx: number, cy: number, p: Point): number {
  const a = Math.atan2(p.x - cx, cy - p.y);
  return a < 0 ? a + TAU : a;
}

const isFullCircle = (s: Sector) => s.end - s.start >= TAU - 1e-9;

/** The SVG path of a sector (use `fill-rule: evenodd` for a full ring). */
export function sectorPath(s: Sector): string {
  const { cx, cy, r0, r1, start, end } = s;
  const p = (r: number, a: number) => {
    const q = polar(cx, cy, r, a);
    return `${round(q.x)} ${round(q.y)}`;
  };
  if (isFullCircle(s)) {
    // Two half circles per edge: one arc cannot start and end at the same point.
    const outer = `M${p(r1, 0)}A${round(r1)} ${round(r1)} 0 1 1 ${p(r1, Math.PI)}A${round(r1)} ${round(r1)} 0 1 1 ${p(r1, 0)}Z`;
    if (r0 <= 0) return outer;
    return `${outer}M${p(r0, 0)}A${round(r0)} ${round(r0)} 0 1 0 ${p(r0, Math.PI)}A${round(r0)} ${round(r0)} 0 1 0 ${p(r0, 0)}Z`;
  }
  const large = end - start > Math.PI ? 1 : 0;
  const outer = `M${p(r1, start)}A${round(r1)} ${round(r1)} 0 ${large} 1 ${p(r1, end)}`;
  if (r0 <= 0) return `${outer}L${round(cx)} ${round(cy)}Z`;
  return `${outer}L${p(r0, end)}A${round(r0)} ${round(r0)} 0 ${large} 0 ${p(r0, start)}Z`;
}

/**
 * An arc at radius r from `start` to `end` for text to run along. On the lower half of the wheel
 * the arc runs the other way so the text reads left to right, upright.
 */
export function textArcPath(cx: number, cy: number, r: number, start: number, end: number): string {
  const mid = (start + end) / 2;
  const normalised = ((mid % TAU) + TAU) % TAU;
  const lowerHalf = normalised > Math.PI / 2 && normalised < (3 * Math.PI) / 2;
  const large = end - start > Math.PI ? 1 : 0;
  const from = polar(cx, cy, r, lowerHalf ? end : start);
  const to = polar(cx, cy, r, lowerHalf ? start : end);
  return `M${round(from.x)} ${round(from.y)}A${round(r)} ${round(r)} 0 ${large} ${lowerHalf ? 0 : 1} ${round(to.x)} ${round(to.y)}`;
}

/** Whether a point lies inside a sector, at least `pad` pixels from each of its edges. */
export function pointInSector(p: Point, s: Sector, pad = 0): boolean {
  const r = Math.hypot(p.x - s.cx, p.y - s.cy);
  if (r > s.r1 - pad || r < s.r0 + pad) return false;
  if (isFullCircle(s)) return true;
  let a = angleOf(s.cx, s.cy, p);
  while (a < s.start) a += TAU;
  while (a >= s.start + TAU) a -= TAU;
  if (a > s.end) return false;
  // Distance to each straight edge: r·sin(angle between), or the whole radius beyond a right angle.
  const fromStart = a - s.start;
  const toEnd = s.end - a;
  const distance = (angle: number) => (angle >= Math.PI / 2 ? r : r * Math.sin(angle));
  return distance(fromStart) >= pad && distance(toEnd) >= pad;
}

/** Points round a box's edge, no more than `step` apart (corners included), turned `degrees` about its centre. */
export function perimeter(box: Box, degrees = 0, step = 3): Point[] {
  const points: Point[] = [];
  const nx = Math.max(1, Math.ceil(box.width / step));
  const ny = Math.max(1, Math.ceil(box.height / step));
  const halfW = box.width / 2;
  const halfH = box.height / 2;
  for (let i = 0; i <= nx; i++) {
    const dx = -halfW + (box.width * i) / nx;
    points.push({ x: dx, y: -halfH }, { x: dx, y: halfH });
  }
  for (let j = 1; j < ny; j++) {
    const dy = -halfH + (box.height * j) / ny;
    points.push({ x: -halfW, y: dy }, { x: halfW, y: dy });
  }
  const radians = (degrees * Math.PI) / 180;
  const cos = Math.cos(radians);
  const sin = Math.sin(radians);
  return points.map((p) => ({ x: box.x + p.x * cos - p.y * sin, y: box.y + p.x * sin + p.y * cos }));
}

/**
 * Whether a box (optionally turned `degrees` clockwise about its centre) lies wholly inside a sector
 * with `pad` to spare. Checking points all round the box's edge (not only its corners) catches the
 * inner circle bulging into a box's side.
 */
export function boxInSector(box: Box, s: Sector, pad = 0, degrees = 0): boolean {
  return perimeter(box, degrees).every((p) => pointInSector(p, s, pad));
}

/** Whether a box lies inside a circle of radius r around (cx, cy), `pad` from its edge. */
export function boxInCircle(box: Box, cx: number, cy: number, r: number, pad = 0): boolean {
  const left = box.x - box.width / 2;
  const top = box.y - box.height / 2;
  const corners: Point[] = [
    { x: left, y: top },
    { x: left + box.width, y: top },
    { x: left, y: top + box.height },
    { x: left + box.width, y: top + box.height },
  ];
  return corners.every((c) => Math.hypot(c.x - cx, c.y - cy) <= r - pad);
}

/** Whether two boxes overlap (touching edges do not count). */
export function boxesOverlap(a: Box, b: Box): boolean {
  return Math.abs(a.x - b.x) * 2 < a.width + b.width && Math.abs(a.y - b.y) * 2 < a.height + b.height;
}
