import { studentTQuantile } from './distributions.js';
import type { Interval } from './types.js';

/** A mean with its confidence limits, as PHEindicatormethods' `phe_mean` returns it. */
export interface MeanResult {
  /** The arithmetic mean. */
  value: number;
  /** `value_sum`, `value_count` and `stdev` (the sample standard deviation, n − 1). */
  sum: number;
  count: number;
  standardDeviation: number;
  lower: number;
  upper: number;
  confidence: number;
}

/**
 * The mean of a set of values with Student's t confidence limits, as PHEindicatormethods' `phe_mean`
 * (R/Means.R): value ± |qt((1 − c)/2, n − 1)| · sd / √n, with sd the sample standard deviation (n − 1).
 * For `<wellbeing-chart>` authors and the builder who hold individual values (survey scores, say) and
 * want the interval Fingertips would publish.
 *
 * Assumptions: at least two finite values (one value has no standard deviation: PHE returns NA limits;
 * here a RangeError names the problem, as does a value that is not a finite number); 0 < confidence < 1
 * (PHE's "95" form is not accepted; `phe_mean` also accepts only levels from 0.9).
 */
export function pheMean(values: readonly number[], confidence = 0.95): MeanResult {
  checkConfidence(confidence);
  values.forEach((x, i) => {
    if (typeof x !== 'number' || !Number.isFinite(x)) throw new RangeError(`value ${i} must be a finite number; got ${String(x)}`);
  });
  const count = values.length;
  if (count < 2) throw new RangeError(`a mean's confidence interval needs at least 2 values; got ${count}`);
  const sum = values.reduce((total, x) => total + x, 0);
  const value = sum / count;
  const squares = values.reduce((total, x) => total + (x - value) ** 2, 0);
  const standardDeviation = Math.sqrt(squares / (count - 1));
  const half = meanHalfWidth(standardDeviation, count, confidence);
  return { value, sum, count, standardDeviation, lower: value - half, upper: value + half, confidence };
}

/**
 * The Student's t interval of a mean from its summary (mean, sample standard deviation, count), when the
 * individual values are not at hand: the same formula as `pheMean`.
 */
export function meanInterval(mean: number, standardDeviation: number, count: number, confidence = 0.95): Interval {
  checkConfidence(confidence);
  if (!(count >= 2)) throw new RangeError(`a mean's confidence interval needs a count of at least 2; got ${count}`);
  if (!(standardDeviation >= 0)) throw new RangeError(`standard deviation must be a number >= 0; got ${standardDeviation}`);
  const half = meanHalfWidth(standardDeviation, count, confidence);
  return { lower: mean - half, upper: mean + half };
}

function meanHalfWidth(standardDeviation: number, count: number, confidence: number): number {
  return (Math.abs(studentTQuantile((1 - confidence) / 2, count - 1)) * standardDeviation) / Math.sqrt(count);
}

function checkConfidence(confidence: number): void {
  if (!(confidence > 0 && confidence < 1)) {
    throw new RangeError(`confidence must be between 0 and 1 (exclusive), e.g. 0.95; got ${confidence}`);
  }
}
