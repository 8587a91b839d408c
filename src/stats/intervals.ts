import { gammaQuantile, normalQuantile } from './distributions.js';
import type { Interval } from './types.js';

/** Below this count PHEindicatormethods' `phe_rate` uses exact Poisson limits instead of Byar's (R/Rates.R: `if_else(x < 10, qchisq(...), byars_...)`). */
export const BYARS_EXACT_BELOW = 10;

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be between 0 and 1 (exclusive), e.g. 0.95; got ${confidence}`);
  }
}

function checkCount(count: number, denominator: number): void {
  if (!Number.isFinite(count) || count < 0) throw new RangeError(`count must be a number >= 0; got ${count}`);
  if (!Number.isFinite(denominator) || denominator <= 0) {
    throw new RangeError(`denominator must be a number > 0; got ${denominator}`);
  }
}

/**
 * The two-sided normal critical value for a confidence level: Φ⁻¹(c + (1 - c) / 2).
 * 0.95 → 1.959963985, 0.998 → 3.090232306.
 *
 * Method: as PHEindicatormethods `qnorm(confidence + (1 - confidence) / 2)` (R/Wilson.R, R/utils.R),
 * with the normal quantile from Acklam's approximation refined by one Halley step (see distributions.ts).
 * Assumes 0 < confidence < 1 (throws RangeError otherwise; PHE's "95" form is not accepted).
 */
export function zForConfidence(confidence: number): number {
  checkConfidence(confidence);
  return normalQuantile(confidence + (1 - confidence) / 2);
}

/**
 * Wilson score interval for a proportion, on the 0..1 scale (multiply by 100 for a percentage).
 *
 * Method: Wilson (1927), as in PHEindicatormethods `wilson_lower`/`wilson_upper` (R/utils.R):
 * (2x + z² ∓ z·√(z² + 4x(1 − x/n))) / (2(n + z²)).
 * Assumptions: 0 ≤ count ≤ denominator, denominator > 0 (throws RangeError otherwise). Limits are clamped to
 * [0, 1] only to remove rounding dust at count 0 or count = denominator.
 */
export function wilsonInterval(count: number, denominator: number, confidence = 0.95): Interval {
  checkConfidence(confidence);
  checkCount(count, denominator);
  if (count > denominator) throw new RangeError(`count (${count}) must not exceed denominator (${denominator})`);
  const z = zForConfidence(confidence);
  const z2 = z * z;
  const spread = z * Math.sqrt(z2 + 4 * count * (1 - count / denominator));
  const divisor = 2 * (denominator + z2);
  return {
    lower: Math.max(0, (2 * count + z2 - spread) / divisor),
    upper: Math.min(1, (2 * count + z2 + spread) / divisor),
  };
}

/**
 * Byar's approximate Poisson confidence limits for an observed count (not divided by a denominator).
 *
 * Method: Breslow & Day (1987), as PHEindicatormethods `byars_lower`/`byars_upper` (R/utils.R):
 * lower = x(1 − 1/(9x) − z/(3√x))³, upper = (x+1)(1 − 1/(9(x+1)) + z/(3√(x+1)))³.
 * This is the raw formula for every count; `byarsInterval` switches to exact limits below 10 as PHE does.
 * A lower limit that would be negative (tiny counts) is returned as 0 (PHE returns NA there).
 */
export function byarsCountLimits(count: number, confidence = 0.95): Interval {
  checkConfidence(confidence);
  checkCount(count, 1);
  const z = zForConfidence(confidence);
  const lower = count === 0 ? 0 : count * (1 - 1 / (9 * count) - z / (3 * Math.sqrt(count))) ** 3;
  const next = count + 1;
  const upper = next * (1 - 1 / (9 * next) + z / (3 * Math.sqrt(next))) ** 3;
  return { lower: Math.max(0, lower), upper };
}

/**
 * Exact Poisson confidence limits for an observed count.
 *
 * Method: Armitage & Berry (2002), as PHEindicatormethods `phe_rate` for counts below 10 (R/Rates.R):
 * lower = qchisq((1−c)/2, 2x)/2, upper = qchisq(c + (1−c)/2, 2x+2)/2, i.e. gamma quantiles with shapes x and x+1.
 * The lower limit of a zero count is 0.
 */
export function exactPoissonCountLimits(count: number, confidence = 0.95): Interval {
  checkConfidence(confidence);
  checkCount(count, 1);
  const alpha = 1 - confidence;
  return {
    lower: count === 0 ? 0 : gammaQuantile(alpha / 2, count),
    upper: gammaQuantile(confidence + alpha / 2, count + 1),
  };
}

/**
 * Exact Poisson interval for a rate: the exact count limits divided by the denominator, times `multiplier`.
 */
export function exactPoissonInterval(count: number, denominator: number, confidence = 0.95, multiplier = 1): Interval {
  checkCount(count, denominator);
  const limits = exactPoissonCountLimits(count, confidence);
  return { lower: (limits.lower / denominator) * multiplier, upper: (limits.upper / denominator) * multiplier };
}

/**
 * Confidence interval for a crude rate (count / denominator × multiplier), the way PHE publishes rates.
 *
 * Method: PHEindicatormethods `phe_rate` (R/Rates.R): Byar's method for counts ≥ 10, exact Poisson limits
 * for counts < 10 ("for small numerators Byar's method is less accurate"). References: Breslow & Day (1987);
 * Armitage & Berry (2002).
 * Assumptions: count ≥ 0 (need not be an integer, e.g. a DSR's event count), denominator > 0.
 */
export function byarsInterval(count: number, denominator: number, confidence = 0.95, multiplier = 1): Interval {
  checkCount(count, denominator);
  const limits = count < BYARS_EXACT_BELOW ? exactPoissonCountLimits(count, confidence) : byarsCountLimits(count, confidence);
  return { lower: (limits.lower / denominator) * multiplier, upper: (limits.upper / denominator) * multiplier };
}

/**
 * Standard error recovered from a symmetric confidence interval: (upper − lower) / (2z).
 *
 * Method: as PHEindicatormethods `phe_sii` (`se_calc = (upper_cl - lower_cl) / z / 2`, z = qnorm(0.975)).
 * Assumes the interval is symmetric on the scale given (transform first, e.g. log for rates) and lower ≤ upper.
 */
export function standardErrorFromInterval(lower: number, upper: number, confidence = 0.95): number {
  return (upper - lower) / (2 * zForConfidence(confidence));
}
