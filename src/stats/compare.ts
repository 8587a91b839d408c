import type { Comparison, Estimate, Polarity } from './types.js';

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * Compare an area with a benchmark value (Fingertips "confidence intervals overlapping reference value").
 *
 * Method: Fingertips `SingleOverlappingCIsComparer` (ukhsa-collaboration/fingertips-open,
 * PholioVisualisationWS/Analysis/SingleOverlappingCIsComparer.cs): *similar* when
 * `lower <= benchmark <= upper` (inclusive), otherwise *higher* or *lower*; `AdjustForPolarity` turns those
 * into *better* or *worse*. Indicators with no judgement (Fingertips "BOB" polarity) keep higher/lower.
 *
 * Assumptions and choices:
 * - The interval is the area's (normally 95%) confidence interval; the benchmark's own interval is not used.
 * - Without a value, a benchmark value, or both limits → `not-compared` (SPEC-v1).
 * - Fingertips decides higher/lower from `value < benchmark`; here the side of the interval the benchmark
 *   lies on decides. The two agree whenever lower ≤ value ≤ upper; this way a malformed row
 *   (value outside its own interval) still gets a consistent answer. Swapped limits are reordered.
 */
export function compareWithBenchmark(
  area: Estimate,
  benchmarkValue: number | null | undefined,
  polarity: Polarity,
): Comparison {
  const { value, lower, upper } = area;
  if (!isNumber(value) || !isNumber(benchmarkValue) || !isNumber(lower) || !isNumber(upper)) return 'not-compared';
  const low = Math.min(lower, upper);
  const high = Math.max(lower, upper);
  if (benchmarkValue >= low && benchmarkValue <= high) return 'similar';
  const areaIsHigher = benchmarkValue < low;
  return applyPolarity(areaIsHigher ? 'higher' : 'lower', polarity);
}

/** Turn a significant higher/lower into better/worse for an indicator's polarity (no-judgement keeps it). */
export function applyPolarity(direction: 'higher' | 'lower', polarity: Polarity): Comparison {
  if (polarity === 'higher-is-better') return direction === 'higher' ? 'better' : 'worse';
  if (polarity === 'lower-is-better') return direction === 'higher' ? 'worse' : 'better';
  return direction;
}
