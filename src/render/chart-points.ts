/**
 * The pure part of the shared chart controller (src/render/chart-controller.ts): the points a chart
 * offers to the keyboard and the pointer, where the arrow keys go from one to the next, which point
 * answers a pointer (the nearest within 24 px, WCAG 2.5.8), where a tooltip goes so it never covers
 * its point, where a view's plot sits in its SVG, and how large chart text is for the reader's text
 * size. No DOM, no Vega code (its types only).
 */

import type { View } from 'vega';

/** One line of a tooltip: a label and its value, both plain text (an empty label for a heading line). */
export type TooltipEntry = [label: string, value: string];

/** A rectangle in the chart's pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A point of a chart the keyboard and the pointer can reach. `series` is its line (0: the area,
 * then the benchmark, then other comparators; or the mark of an author's chart), `order` its place
 * along the line (a period's index, a group's, or a position in pixels).
 */
export interface ChartPoint {
  series: number;
  order: number;
  /** The mark's box in the chart's pixels (zero width and height for a point mark: its centre). */
  box: Box;
  /** The tooltip's lines. */
  lines: TooltipEntry[];
  /** What the live region says when the keyboard reaches the point. */
  sentence: string;
  /** The detail of `wellbeing-select` when the point is chosen; none: it cannot be chosen. */
  select?: Record<string, string>;
  /** False for a point only the keyboard reaches (a period with no value, anchored on another line). */
  pointer?: boolean;
}

/** The smallest target a pointer needs (WCAG 2.5.8, target size minimum): 24 px. */
/**
 * Where a Vega view's plot (its scales' 0,0) sits in its SVG: the padding plus the origin. Vega's
 * `view.origin()` alone leaves the padding out (it draws at padding + origin), which put the
 * keyboard's ring and the pointer's targets 4–5 px off the points.
 */
export function plotOrigin(view: Pick<View, 'origin' | 'padding'>): [number, number] {
  const [x = 0, y = 0] = view.origin();
  const padding = view.padding();
  return typeof padding === 'number' ? [x + padding, y + padding] : [x + (padding.left ?? 0), y + (padding.top ?? 0)];
}

export const TARGET_SIZE = 24;

export type NavigationKey = 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown' | 'Home' | 'End';

export const isNavigationKey = (key: string): key is NavigationKey =>
  key === 'ArrowLeft' || key === 'ArrowRight' || key === 'ArrowUp' || key === 'ArrowDown' || key === 'Home' || key === 'End';

const centre = (box: Box) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 });

/**
 * Which way a chart's lines run: along x (periods left to right) or along y (a ranked list of rows).
 * Left and Right move along x-lines, Up and Down along y-lines.
 */
export function lineDirection(points: readonly ChartPoint[]): 'x' | 'y' {
  if (points.length < 2) return 'x';
  const xs = points.map((p) => centre(p.box).x);
  const ys = points.map((p) => centre(p.box).y);
  const spread = (values: number[]) => Math.max(...values) - Math.min(...values);
  return spread(ys) > spread(xs) ? 'y' : 'x';
}

/**
 * The point the key moves to from `current` (−1: none yet, then it moves from `start`, where focus
 * would have put it), or `current` when there is nowhere to go. Along a line (Left/Right, or Up/Down for rows) the keys move
 * to the previous or next point of the same series; across (Up/Down, or Left/Right for rows) to the
 * nearest point of the previous or next series. With one series every arrow moves along it. Home and
 * End go to the first and last point of the series.
 */
export function nextPoint(points: readonly ChartPoint[], current: number, key: NavigationKey, start = 0, direction: 'x' | 'y' = 'x'): number {
  if (points.length === 0) return -1;
  if (current < 0 || current >= points.length) current = Math.min(Math.max(0, start), points.length - 1);
  const here = points[current]!;
  const seriesIds = [...new Set(points.map((p) => p.series))].sort((a, b) => a - b);
  const line = (series: number) =>
    points
      .map((p, index) => ({ p, index }))
      .filter((e) => e.p.series === series)
      .sort((a, b) => a.p.order - b.p.order || a.index - b.index);
  const own = line(here.series);
  const at = own.findIndex((e) => e.index === current);
  const along = (step: number) => own[Math.min(own.length - 1, Math.max(0, at + step))]!.index;
  const backKey = direction === 'x' ? 'ArrowLeft' : 'ArrowUp';
  const forwardKey = direction === 'x' ? 'ArrowRight' : 'ArrowDown';
  switch (key) {
    case 'Home':
      return own[0]!.index;
    case 'End':
      return own[own.length - 1]!.index;
    case backKey:
      return along(-1);
    case forwardKey:
      return along(1);
  }
  // Across: Up (or Left for rows) to the series before, Down (or Right) to the one after.
  const step = key === 'ArrowUp' || key === 'ArrowLeft' ? -1 : 1;
  if (seriesIds.length === 1) return along(step);
  const target = seriesIds[seriesIds.indexOf(here.series) + step];
  if (target === undefined) return current;
  let best = current;
  let bestDistance = Infinity;
  for (const { p, index } of line(target)) {
    const distance = Math.abs(p.order - here.order);
    if (distance < bestDistance) [best, bestDistance] = [index, distance];
  }
  return best;
}

/**
 * The point of a chart drawn again (the reader's text size or the width changed) that is `kept`, the
 * point the keyboard had reached: the same series with the same words (its period and value), else
 * the same series at the same place along its line; −1 when it no longer exists.
 */
export function samePoint(points: readonly ChartPoint[], kept: Pick<ChartPoint, 'series' | 'order' | 'sentence'>): number {
  const index = points.findIndex((p) => p.series === kept.series && p.sentence === kept.sentence);
  return index >= 0 ? index : points.findIndex((p) => p.series === kept.series && p.order === kept.order);
}

/** Distance from (x, y) to a box (0 inside it). */
export function distanceToBox(box: Box, x: number, y: number): number {
  const dx = Math.max(box.x - x, 0, x - (box.x + box.width));
  const dy = Math.max(box.y - y, 0, y - (box.y + box.height));
  return Math.hypot(dx, dy);
}

/**
 * The point that answers a pointer at (x, y): the nearest whose mark is within `radius` px (24 by
 * default, so a tiny mark is still a 24 px target), or −1. Points only the keyboard reaches are skipped.
 */
export function nearestPoint(points: readonly ChartPoint[], x: number, y: number, radius = TARGET_SIZE): number {
  let best = -1;
  let bestDistance = radius;
  points.forEach((p, index) => {
    if (p.pointer === false) return;
    const distance = distanceToBox(p.box, x, y);
    if (distance <= bestDistance) {
      // On a tie (a point inside a bar's box), the nearer centre wins.
      if (distance === bestDistance && best >= 0) {
        const a = centre(p.box);
        const b = centre(points[best]!.box);
        if (Math.hypot(a.x - x, a.y - y) >= Math.hypot(b.x - x, b.y - y)) return;
      }
      best = index;
      bestDistance = distance;
    }
  });
  return best;
}

/** Gap between a point and its tooltip, in px. */
const TOOLTIP_GAP = 12;

/**
 * Where a tooltip of `size` goes for a mark `box`, inside a layer of `layer` size: 12 px right of
 * the mark's centre and above the mark; below it when there is no room above; against the right
 * edge when it would overflow. Above or below, it never covers the mark it describes.
 */
export function tooltipPlace(box: Box, size: { width: number; height: number }, layer: { width: number; height: number }): { left: number; top: number } {
  const middle = centre(box);
  const left = Math.max(0, Math.min(middle.x + TOOLTIP_GAP, layer.width - size.width));
  const above = box.y - size.height - TOOLTIP_GAP / 2;
  const top = above >= 0 ? above : box.y + box.height + TOOLTIP_GAP;
  return { left, top };
}

/** Chart text never goes below 12 px (issue 15: readable at 320 px wide). */
export const MIN_CHART_TEXT = 12;

/**
 * Chart text size from the element's font size: three quarters of it (12 px at the usual 16 px), so
 * a reader's larger text (200% in the browser: 32 px) makes the chart's text larger too (24 px).
 */
export function chartTextSize(fontSizePx: number): number {
  if (!Number.isFinite(fontSizePx) || fontSizePx <= 0) return MIN_CHART_TEXT;
  return Math.max(MIN_CHART_TEXT, Math.round(fontSizePx * 0.75));
}

/** Tooltip lines as one sentence for a live region: "2022/23. Islington: 7.25. England: 7.44." */
export function linesSentence(lines: readonly TooltipEntry[]): string {
  return lines.map(([label, value]) => (label ? `${label}: ${value}.` : `${value}.`)).join(' ');
}
