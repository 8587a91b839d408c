import { chiSquared1Survival } from './distributions.js';
import { zForConfidence } from './intervals.js';
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
  reason?: 'too-few-points' | 'missing-intervals';
}

export interface RecentTrendOptions {
  /** How many of the most recent points to test (Fingertips: 5). */
  window?: number;
  /** Confidence level of the test (Fingertips: 0.998, critical chi-squared 9.5495). */
  confidence?: number;
}

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
const hasInterval = (p: TrendPoint) => isNumber(p.lower) && isNumber(p.upper) && p.upper > p.lower;

/**
 * Fingertips' "recent trend" for an indicator: is there a significant trend over the most recent points?
 *
 * Method (ukhsa-collaboration/fingertips-open, PholioVisualisationWS/Analysis/TrendMarkers/TrendMarkerCalculator.cs
 * and TrendRequest.cs; the same code is kept in dhsc-govuk/FingertipsNext trend-analysis/.../Legacy/TrendMarkerCalculator.cs):
 * 1. Points: the unbroken run of points with a value ending at the most recent one ("sequence of valid data should
 *    be unbroken by missing points"); the last `window` (5) of them are tested, at periods t = 1..5.
 *    Fewer than 5 → cannot be calculated ('too-few-points'), including when the latest point is a gap.
 * 2. Proportions (every tested point has 0 < count < denominator): chi-squared test for trend in proportions
 *    (Fingertips "SPC for proportions"; the Cochran–Armitage statistic, same as R's prop.trend.test):
 *    χ² = N(N·Σrt − R·Σnt)² / (R(N − R)(N·Σnt² − (Σnt)²)), with r = count, n = denominator, N = Σn, R = Σr.
 *    The direction is the sign of the least-squares slope of logit(r / n) on t.
 * 3. Otherwise (means, rates, …): weighted least squares of value on t with weights 1/SE², SE = (upper − lower)/3.92;
 *    χ² = (slope / SE(slope))², SE(slope)² = Σw / (Σw·Σwt² − (Σwt)²). Points without both limits →
 *    cannot be calculated ('missing-intervals').
 * 4. Significant when χ² > z² for the confidence (99.8% → 9.5495, Fingertips' constant) **and** the slope keeps its
 *    sign when each point in turn is left out (Fingertips' NoOutliersCheck; a zero slope counts as positive there and here).
 *    Significant → increasing/decreasing by the slope's sign; otherwise no-change.
 *
 * Deviations, on purpose:
 * - The method is chosen from the data (counts present → chi-squared), not from the indicator's Fingertips
 *   comparator method; points whose counts cannot enter the logit (0 or equal to the denominator, which Fingertips
 *   refuses to calculate) fall back to the interval method if they have limits.
 * - The chi-squared method does not require confidence limits (Fingertips only takes points that have them).
 * - Fingertips only calculates trends for proportions and crude rates with one-year periods; the interval method
 *   here is also applied to means (e.g. ONS personal wellbeing), as the project brief asks.
 * Assumes points are in time order, oldest first, one per period.
 */
export function recentTrend(points: TrendPoint[], polarity: Polarity, options: RecentTrendOptions = {}): TrendResult {
  const window = options.window ?? RECENT_TREND_POINTS;
  if (!Number.isInteger(window) || window < 3) throw new RangeError(`window must be an integer >= 3; got ${window}`);
  const critical = zForConfidence(options.confidence ?? RECENT_TREND_CONFIDENCE) ** 2;

  const recent: TrendPoint[] = [];
  for (let i = points.length - 1; i >= 0 && recent.length < window; i--) {
    if (!hasValue(points[i])) break;
    recent.unshift(points[i]!);
  }
  if (recent.length < window) return cannotCalculate('too-few-points');

  let outcome: TestOutcome;
  let method: TrendResult['method'];
  if (recent.every(hasUsableCounts)) {
    method = 'chi-squared-for-trend';
    outcome = chiSquaredForTrend(recent);
  } else if (recent.every(hasInterval)) {
    method = 'weighted-regression';
    outcome = weightedRegressionTrend(recent);
  } else {
    return cannotCalculate('missing-intervals');
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
    pointsUsed: recent.length,
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
