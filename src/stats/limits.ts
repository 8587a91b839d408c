import { byarsInterval, wilsonInterval } from './intervals.js';
import type { Interval } from './types.js';

/** What an indicator's values are (SPEC-v1 `valueType`): it decides the statistical methods, never the unit text. */
export type ValueType =
  | 'proportion'
  | 'crude-rate'
  | 'standardised-rate'
  | 'life-expectancy'
  | 'mean'
  | 'score'
  | 'count'
  | 'ratio'
  | 'other';

/** The confidence levels the Fingertips comparisons use. */
export type ConfidenceLevel = 0.95 | 0.998;

/** A data row as the statistics read it: its limits at both levels, and its count and denominator. */
export interface RowLimits {
  value: number | null;
  lower?: number | null;
  upper?: number | null;
  lower99_8?: number | null;
  upper99_8?: number | null;
  count?: number | null;
  denominator?: number | null;
}

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * The multiplier between `count / denominator` and `value` when the spec does not give one: the power of
 * ten nearest to value ÷ (count ÷ denominator) (a percentage → 100, per 100,000 → 100000), else 1.
 */
export function inferMultiplier(row: RowLimits): number {
  if (!isNumber(row.value) || !isNumber(row.count) || !isNumber(row.denominator) || row.count <= 0 || row.denominator <= 0) return 1;
  const ratio = row.value / (row.count / row.denominator);
  if (!(ratio > 0)) return 1;
  return 10 ** Math.round(Math.log10(ratio));
}

/**
 * A row's confidence limits at a level: the limits it gives (`lower`/`upper` at 95%, `lower99_8`/`upper99_8`
 * at 99.8%), else — for a `proportion` or a `crude-rate` with a count and a denominator — computed as
 * PHEindicatormethods does: Wilson for proportions (`phe_proportion`), Byar's for crude rates with exact
 * Poisson limits below a count of 10 (`phe_rate`), times the multiplier. Otherwise undefined (the row
 * cannot be compared at that level).
 */
export function limitsAt(row: RowLimits, confidence: ConfidenceLevel, valueType?: ValueType, multiplier?: number): Interval | undefined {
  const [lower, upper] = confidence === 0.95 ? [row.lower, row.upper] : [row.lower99_8, row.upper99_8];
  if (isNumber(lower) && isNumber(upper)) return { lower, upper };
  const { count, denominator } = row;
  if (!isNumber(count) || !isNumber(denominator) || count < 0 || denominator <= 0) return undefined;
  const scale = multiplier ?? inferMultiplier(row);
  if (valueType === 'proportion' && count <= denominator) {
    const interval = wilsonInterval(count, denominator, confidence);
    return { lower: interval.lower * scale, upper: interval.upper * scale };
  }
  if (valueType === 'crude-rate') return byarsInterval(count, denominator, confidence, scale);
  return undefined;
}
