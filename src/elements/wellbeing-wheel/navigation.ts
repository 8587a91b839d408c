/**
 * Keyboard movement between the wheel's segments (a composite widget with one Tab stop):
 * Right/Left go clockwise/anticlockwise round the current ring (wrapping), Home/End to its first
 * and last segment, Down to the outer ring (the first child), Up to the inner ring (the parent).
 * No DOM.
 */

export interface NavigableDomain {
  id: string;
  parentId: string | undefined;
  childIds: readonly string[];
}

export const NAVIGATION_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type NavigationKey = (typeof NAVIGATION_KEYS)[number];

export function isNavigationKey(key: string): key is NavigationKey {
  return (NAVIGATION_KEYS as readonly string[]).includes(key);
}

/** The segment to move to from `currentId` on `key`, or undefined when there is nowhere to go. */
export function nextSegment(rings: ReadonlyArray<ReadonlyArray<NavigableDomain>>, currentId: string, key: NavigationKey): string | undefined {
  const ringIndex = rings.findIndex((ring) => ring.some((d) => d.id === currentId));
  if (ringIndex < 0) return rings[0]?.[0]?.id;
  const ring = rings[ringIndex]!;
  const position = ring.findIndex((d) => d.id === currentId);
  const current = ring[position]!;
  switch (key) {
    case 'ArrowRight':
      return ring[(position + 1) % ring.length]!.id;
    case 'ArrowLeft':
      return ring[(position - 1 + ring.length) % ring.length]!.id;
    case 'Home':
      return ring[0]!.id;
    case 'End':
      return ring[ring.length - 1]!.id;
    case 'ArrowDown': {
      const outer = rings[ringIndex + 1];
      return current.childIds.find((id) => outer?.some((d) => d.id === id));
    }
    case 'ArrowUp':
      return ringIndex > 0 && current.parentId && rings[ringIndex - 1]!.some((d) => d.id === current.parentId) ? current.parentId : undefined;
  }
}
