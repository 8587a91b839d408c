/**
 * Which area an arrow key moves to: the nearest area in that direction, preferring the areas that
 * share a border with the current one, so Right from Cardiff goes to Newport, not across the sea.
 * No DOM: works on centroids (map units, y down) and an adjacency list.
 */

export type Direction = 'left' | 'right' | 'up' | 'down';

const VECTORS: Record<Direction, readonly [number, number]> = { left: [-1, 0], right: [1, 0], up: [0, -1], down: [0, 1] };

/** The arrow key's direction, or undefined for any other key. */
export function directionOfKey(key: string): Direction | undefined {
  return ({ ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' } as Record<string, Direction>)[key];
}

/**
 * How far `to` is from `from` in a direction, or undefined when it is not that way. An area counts
 * as "that way" within 60° either side of the arrow; straighter and nearer is better (sideways
 * distance counts double).
 */
function cost(from: { x: number; y: number }, to: { x: number; y: number }, direction: Direction): number | undefined {
  const [dx, dy] = VECTORS[direction];
  const vx = to.x - from.x;
  const vy = to.y - from.y;
  const along = vx * dx + vy * dy;
  const across = Math.abs(vx * dy - vy * dx);
  if (along <= 0 || across > along * Math.sqrt(3)) return undefined;
  return along + 2 * across;
}

/**
 * The position of the area to move to from `from` with an arrow key, or undefined when there is
 * none that way. Areas sharing a border come first; when none lies that way (an island, a coast),
 * any area that way.
 */
export function neighbourInDirection(
  points: readonly { x: number; y: number }[],
  from: number,
  direction: Direction,
  adjacency: readonly (readonly number[])[] = [],
): number | undefined {
  const origin = points[from];
  if (!origin) return undefined;
  const best = (candidates: Iterable<number>) => {
    let found: number | undefined;
    let lowest = Infinity;
    for (const i of candidates) {
      if (i === from || !points[i]) continue;
      const c = cost(origin, points[i], direction);
      if (c !== undefined && c < lowest) [found, lowest] = [i, c];
    }
    return found;
  };
  return best(adjacency[from] ?? []) ?? best(points.keys());
}
