import { chiSquared1Survival } from './distributions.js';
import { zForConfidence } from './intervals.js';
import { limitsAt, type ValueType } from './limits.js';
import { weightedLinearFit } from './regression.js';
import type { Estimate, Polarity } from './types.js';

export type TrendDirection = 'increasing' | 'decreasing' | 'no-change' | 'cannot-calculate';
/**
 * What the trend means for the indicator: getting better or worse with a polarity; for a no-judgement
 * indicator only its direction (Fingertips TrendMarkerLabelProvider: "Increasing", "Decreasing").
 */
export type TrendJudgement = 'improving' | 'worsening' | 'increasing' | 'decreasing' | 'no-change' | 'cannot-calculate';

export interface TrendPoint extends Estimate {
  count?: number | null;
  denominator?: number | null;
}

export interface TrendResult {
  direction: TrendDirection;
  /** From the polarity; the direction itself for no-judgement indicators. */
  judgement: TrendJudgement;
  method: 'chi-squared-for-trend' | 'weighted-regression' | 'none';
  /** Points the test used (the window), 0 when it could not be calculated. */
  pointsUsed: number;
  /**
   * Slope per period: of logit(proportion) for the chi-squared method (it gives the direction),
   * of the value itself for the weighted regression.
   */
  slope?: number;
  /** Chi-squared statistic on 1 degree of freedom (for the regression: (slope / SE(slope))²). */
  statistic?: number;
  /** Two-sided p-value of the statistic. */
  pValue?: number;
  /**
   * Fingertips' outlier check: the slope keeps its sign when each point in turn is left out.
   * A trend is only reported when this holds as well as the statistic being significant.
   */
  slopesAgree?: boolean;
  reason?: 'value-type' | 'too-few-points' | 'missing-intervals' | 'count-equals-denominator';
}

export interface RecentTrendOptions {
  /** How many of the most recent points to test (Fingertips: 5). */
  window?: number;
  /** Confidence level of the test (Fingertips: 0.998, critical chi-squared 9.5495). */
  confidence?: number;
  /** The indicator's value type: which value types have a trend, and how missing limits are computed. */
  valueType?: ValueType | undefined;
  /** How value relates to count / denominator (for computed limits); inferred when absent. */
  multiplier?: number | undefined;
  /**
   * The test: Fingertips' weighted regression on the 95% intervals (default), or the chi-squared test for trend
   * in proportions, which Fingertips uses only for indicators compared by "SPC for proportions".
   */
  test?: 'weighted-regression' | 'chi-squared-for-trend';
}

/** Value types Fingertips calculates a recent trend for (fingertips-open: proportion, crude rate; FingertipsNext adds DSRs). */
export const TREND_VALUE_TYPES: readonly ValueType[] = ['proportion', 'crude-rate', 'standardised-rate'];

/** Fingertips TrendMarkerCalculator.PointsToUse. */
export const RECENT_TREND_POINTS = 5;
/** Fingertips TrendMarkerCalculator.ChiSquareConfidence = 9.54953570608324 = CHIINV(0.002, 1), i.e. 99.8%. */
export const RECENT_TREND_CONFIDENCE = 0.998;
/**
 * Fingertips recovers the standard error as (upper − lower) / 3.92 (TrendMarkerCalculator.IsSignificant);
 * kept here, rather than 2 × 1.959964, so statistics match Fingertips to the last digit.
 */
const FINGERTIPS_INTERVAL_WIDTH_IN_SE = 3.92;

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);
const hasValue = (p: TrendPoint | undefined) => p !== undefined && isNumber(p.value);
const hasUsableCounts = (p: TrendPoint) =>
  isNumber(p.count) && isNumber(p.denominator) && p.count > 0 && p.count < p.denominator;
const hasCountAndDenominator = (p: TrendPoint) => isNumber(p.count) && isNumber(p.denominator) && p.count >= 0 && p.denominator > 0;
const hasInterval = (p: TrendPoint) => isNumber(p.lower) && isNumber(p.upper) && p.upper > p.lower;

/**
 * Fingertips' "recent trend" for an indicator: is there a significant trend over the five most recent points?
 *
 * Method (dhsc-govuk/FingertipsNext trend-analysis/TrendAnalysisApp/Calculator/Legacy/TrendRequest.cs and
 * TrendMarkerCalculator.cs, the same code as ukhsa-collaboration/fingertips-open
 * PholioVisualisationWS/Analysis/TrendMarkers/, except for gaps):
 * 1. Value type: only proportions, crude rates and directly standardised rates have a trend
 *    (TrendRequest.IsValueTypeValid); any other declared `valueType` → cannot be calculated ('value-type').
 *    Without a `valueType` the test below is applied to whatever has limits (this library's extension, for
 *    means such as ONS personal wellbeing).
 * 2. Points: every point with a value (and, for a declared value type, a count and a denominator:
 *    TrendRequest.IsDataValid), newest first; gaps between them are allowed ("Years don't need to be
 *    consecutive", FingertipsNext GetValidDataList; fingertips-open stopped at the first gap). Fewer than
 *    5 → cannot be calculated ('too-few-points'). A count equal to its denominator → cannot be calculated
 *    ('count-equals-denominator', TrendRequest.IsPossibleDivideByZeroErrors).
 * 3. Of those, the 5 most recent with both 95% limits (TrendMarkerCalculator.GetMostRecentData), at t = 1..5.
 *    Missing limits of a proportion or crude rate are computed from the count (Wilson, Byar's: `limitsAt`).
 *    Fewer than 5 with limits → cannot be calculated ('missing-intervals').
 * 4. Test (TrendMarkerCalculator.IsSignificant): weighted least squares of value on t, weights 1/SE²,
 *    SE = (upper − lower)/3.92; χ² = (slope / SE(slope))². With `test: 'chi-squared-for-trend'`, the
 *    chi-squared test for trend in proportions instead (IsSignificantForProportions).
 * 5. Significant when χ² > 9.5495 (99.8%) **and** the slope keeps its sign when each point in turn is left
 *    out (NoOutliersCheck; a zero slope counts as positive). Then increasing/decreasing by the slope's sign;
 *    otherwise no significant change.
 * Assumes points are in time order, oldest first, one per period (a missing period is simply absent or null).
 */
export function recentTrend(points: TrendPoint[], polarity: Polarity, options: RecentTrendOptions = {}): TrendResult {
  const window = options.window ?? RECENT_TREND_POINTS;
  if (!Number.isInteger(window) || window < 3) throw new RangeError(`window must be an integer >= 3; got ${window}`);
  const critical = zForConfidence(options.confidence ?? RECENT_TREND_CONFIDENCE) ** 2;
  const { valueType, multiplier } = options;
  if (valueType && !TREND_VALUE_TYPES.includes(valueType)) return cannotCalculate('value-type');

  const valid = points.filter((p) => hasValue(p) && (!valueType || hasCountAndDenominator(p)));
  if (valid.length < window) return cannotCalculate('too-few-points');
  if (valueType && valid.some((p) => p.count === p.denominator)) return cannotCalculate('count-equals-denominator');

  const withLimits: TrendPoint[] = [];
  for (const point of valid) {
    const limits = hasInterval(point) ? point : limitsAt(point, 0.95, valueType, multiplier);
    if (limits && limits.upper! > limits.lower!) withLimits.push({ ...point, lower: limits.lower, upper: limits.upper });
  }
  const recent = withLimits.slice(-window);

  let outcome: TestOutcome;
  let method: TrendResult['method'];
  if (options.test === 'chi-squared-for-trend') {
    const counted = valid.slice(-window);
    if (!counted.every(hasUsableCounts)) return cannotCalculate('count-equals-denominator');
    method = 'chi-squared-for-trend';
    outcome = chiSquaredForTrend(counted);
  } else {
    if (recent.length < window) return cannotCalculate('missing-intervals');
    method = 'weighted-regression';
    outcome = weightedRegressionTrend(recent);
  }

  const significant = outcome.slopesAgree && outcome.statistic > critical;
  const direction: TrendDirection = !significant
    ? 'no-change'
    : outcome.slope > 0
      ? 'increasing'
      : outcome.slope < 0
        ? 'decreasing'
        : 'no-change';
  return {
    direction,
    judgement: judge(direction, polarity),
    method,
    pointsUsed: window,
    slope: outcome.slope,
    statistic: outcome.statistic,
    pValue: chiSquared1Survival(outcome.statistic),
    slopesAgree: outcome.slopesAgree,
  };
}

/** The judgement of a trend direction for an indicator's polarity. */
export function judgeTrend(direction: TrendDirection, polarity: Polarity): TrendJudgement {
  return judge(direction, polarity);
}

interface TestOutcome {
  slope: number;
  statistic: number;
  slopesAgree: boolean;
}

function judge(direction: TrendDirection, polarity: Polarity): TrendJudgement {
  if (direction === 'cannot-calculate' || direction === 'no-change') return direction;
  if (polarity === 'no-judgement') return direction;
  const up = direction === 'increasing';
  return up === (polarity === 'higher-is-better') ? 'improving' : 'worsening';
}

function cannotCalculate(reason: NonNullable<TrendResult['reason']>): TrendResult {
  return { direction: 'cannot-calculate', judgement: 'cannot-calculate', method: 'none', pointsUsed: 0, reason };
}

const periods = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

/** Slope with all points, then with each point left out in turn: do all the signs agree? */
function slopeSignsAgree(t: number[], y: number[], weights: number[]): boolean {
  const sign = (slope: number) => (slope < 0 ? -1 : 1);
  const overall = sign(weightedLinearFit(t, y, weights).slope);
  for (let leaveOut = 0; leaveOut < t.length; leaveOut++) {
    const keep = (_: number, i: number) => i !== leaveOut;
    if (sign(weightedLinearFit(t.filter(keep), y.filter(keep), weights.filter(keep)).slope) !== overall) return false;
  }
  return true;
}

function chiSquaredForTrend(recent: TrendPoint[]): TestOutcome {
  const t = periods(recent.length);
  let total = 0; // N
  let events = 0; // R
  let eventsByT = 0; // Σ r·t
  let totalByT = 0; // Σ n·t
  let totalByT2 = 0; // Σ n·t²
  const logits: number[] = [];
  recent.forEach((point, i) => {
    const r = point.count!;
    const n = point.denominator!;
    total += n;
    events += r;
    eventsByT += r * t[i]!;
    totalByT += n * t[i]!;
    totalByT2 += n * t[i]! * t[i]!;
    logits.push(Math.log(r / (n - r)));
  });
  const difference = total * eventsByT - events * totalByT;
  const statistic = (total * difference * difference) / (events * (total - events) * (total * totalByT2 - totalByT * totalByT));
  const unweighted = t.map(() => 1);
  return {
    slope: weightedLinearFit(t, logits, unweighted).slope,
    statistic,
    slopesAgree: slopeSignsAgree(t, logits, unweighted),
  };
}

function weightedRegressionTrend(recent: TrendPoint[]): TestOutcome {
  const t = periods(recent.length);
  const values = recent.map((p) => p.value!);
  const weights = recent.map((p) => {
    const se = (p.upper! - p.lower!) / FINGERTIPS_INTERVAL_WIDTH_IN_SE;
    return 1 / (se * se);
  });
  const fit = weightedLinearFit(t, values, weights);
  return {
    slope: fit.slope,
    statistic: (fit.slope * fit.slope) / fit.slopeVariance,
    slopesAgree: slopeSignsAgree(t, values, weights),
  };
}
