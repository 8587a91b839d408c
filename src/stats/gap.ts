/** Absolute gap between two values: a − b (in the indicator's units, e.g. percentage points). */
export function absoluteGap(a: number, b: number): number {
  return a - b;
}

/** Relative gap: a / b (a ratio, 1 = no gap); null when b is 0 because the ratio is undefined. */
export function relativeGap(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

export interface GapChange {
  /** The first non-null gap in the series. */
  first: number;
  /** The last non-null gap in the series. */
  last: number;
  /** |last| − |first|: positive when the gap widened, negative when it narrowed. */
  change: number;
  direction: 'widened' | 'narrowed' | 'unchanged';
}

/**
 * How a gap changed over time, from the first to the last non-null gap (oldest first).
 *
 * Method: compares the sizes |first| and |last|, so a gap of −3 becoming 2 has narrowed.
 * E.g. County Durham's employment gap for people with a long-term condition, 16.5 points (2014) to
 * 19.5 (2018): widened by 3.0. This is a description, not a significance test: it says nothing about
 * whether the change is beyond chance.
 * Sizes equal to within 1e-9 (relative) count as unchanged, so floating-point dust from subtracting
 * rounded values does not read as a change. Returns null with fewer than 2 finite gaps.
 */
export function gapChange(gaps: Array<number | null>): GapChange | null {
  const present = gaps.filter((gap): gap is number => typeof gap === 'number' && Number.isFinite(gap));
  if (present.length < 2) return null;
  const first = present[0]!;
  const last = present[present.length - 1]!;
  const change = Math.abs(last) - Math.abs(first);
  const tolerance = 1e-9 * Math.max(1, Math.abs(first), Math.abs(last));
  const direction = Math.abs(change) <= tolerance ? 'unchanged' : change > 0 ? 'widened' : 'narrowed';
  return { first, last, change: direction === 'unchanged' ? 0 : change, direction };
}
