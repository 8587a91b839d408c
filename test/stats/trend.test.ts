import { expect } from '@open-wc/testing';
import { judgeTrend, recentTrend, RECENT_TREND_POINTS, type TrendPoint } from '../../src/stats/index.js';

/** Fingertips' test for indicators compared by "SPC for proportions". */
const chi = { test: 'chi-squared-for-trend' } as const;

/** Proportion points: value in %, with count and a denominator of 1,000 (no confidence limits needed). */
const proportions = (counts: number[]): TrendPoint[] =>
  counts.map((count) => ({ value: count / 10, count, denominator: 1000 }));

/** Mean-like points with 95% limits value ± 1.96, so Fingertips' SE = 3.92 / 3.92 = 1 exactly. */
const withUnitSe = (values: number[]): TrendPoint[] =>
  values.map((value) => ({ value, lower: value - 1.96, upper: value + 1.96 }));

// ONS annual personal wellbeing, shared/data/ons-wellbeing/wellbeing_focus_areas.csv, 2011-12 to 2022-23.
// Anxiety: mean score 0-10, lower is better. [value, lower 95%, upper 95%]
const englandAnxiety: Array<[number, number, number]> = [
  [3.14, 3.12, 3.16], [3.04, 3.02, 3.06], [2.93, 2.91, 2.95], [2.86, 2.84, 2.88], [2.87, 2.85, 2.89], [2.91, 2.89, 2.93],
  [2.9, 2.88, 2.92], [2.87, 2.84, 2.89], [3.04, 3.02, 3.07], [3.31, 3.28, 3.33], [3.13, 3.1, 3.16], [3.24, 3.21, 3.28],
];
const walsallAnxiety: Array<[number, number, number]> = [
  [3.15, 2.93, 3.37], [2.78, 2.56, 2.99], [2.77, 2.54, 3.01], [2.77, 2.55, 2.99], [2.85, 2.63, 3.06], [2.76, 2.54, 2.98],
  [3.23, 2.97, 3.48], [3.14, 2.91, 3.37], [3.15, 2.9, 3.41], [3.37, 3.05, 3.69], [3.3, 2.91, 3.69], [3.36, 2.96, 3.75],
];
const series = (rows: Array<[number, number, number]>): TrendPoint[] =>
  rows.map(([value, lower, upper]) => ({ value, lower, upper }));

describe('recentTrend: chi-squared test for trend in proportions (Fingertips, 99.8%)', () => {
  it('finds a known increasing proportion: 10%, 12%, 14%, 16%, 18% of 1,000 (χ² = 33.2226 by hand)', () => {
    // N = 5000, R = 700, Σrt = 2300, Σnt = 15000, Σnt² = 55000:
    // χ² = 5000·(5000·2300 − 700·15000)² / (700·4300·(5000·55000 − 15000²)) = 5e15 / 1.505e14 = 33.2226
    // (SciPy: R's prop.trend.test formula gives 33.22259136; p = 8.219e-9)
    const result = recentTrend(proportions([100, 120, 140, 160, 180]), 'higher-is-better', chi);
    expect(result.method).to.equal('chi-squared-for-trend');
    expect(result.statistic).to.be.closeTo(33.22259136212621, 1e-9);
    expect(result.pValue).to.be.closeTo(8.219009100893003e-9, 1e-15);
    expect(result.direction).to.equal('increasing');
    expect(result.judgement).to.equal('improving');
    expect(result.pointsUsed).to.equal(5);
    expect(result.slopesAgree).to.equal(true);
    // least-squares slope of logit(p) on t = 1..5 (numpy.polyfit): 0.16959563
    expect(result.slope).to.be.closeTo(0.1695956264022939, 1e-12);
  });

  it('finds a decreasing proportion, with the same χ² (the series reversed)', () => {
    const result = recentTrend(proportions([180, 160, 140, 120, 100]), 'higher-is-better', chi);
    expect(result.statistic).to.be.closeTo(33.22259136212621, 1e-9);
    expect(result.direction).to.equal('decreasing');
    expect(result.judgement).to.equal('worsening');
  });

  it('reports no change for a flat series: 150, 148, 152, 149, 151 per 1,000 (χ² = 0.00706 by hand)', () => {
    // Σrt = 2253, R = 750: 5000·2253 − 750·15000 = 15000; χ² = 5000·15000² / (750·4250·5e7) = 0.0070588
    const result = recentTrend(proportions([150, 148, 152, 149, 151]), 'higher-is-better', chi);
    expect(result.statistic).to.be.closeTo(0.007058823529412431, 1e-12);
    expect(result.direction).to.equal('no-change');
    expect(result.judgement).to.equal('no-change');
  });

  it('uses the 99.8% level: χ² = 9.4697 is no change at 99.8% (critical 9.5495) but increasing at 95% (3.8415)', () => {
    // 10%, 11%, …, 14%: 5000·1900 − 600·15000 = 500000; χ² = 5000·500000² / (600·4400·5e7) = 9.469697
    const points = proportions([100, 110, 120, 130, 140]);
    const strict = recentTrend(points, 'higher-is-better', chi);
    expect(strict.statistic).to.be.closeTo(9.469696969697026, 1e-9);
    expect(strict.direction).to.equal('no-change');
    expect(recentTrend(points, 'higher-is-better', { ...chi, confidence: 0.95 }).direction).to.equal('increasing');
  });

  it("applies Fingertips' outlier check: one jump makes χ² large (93.78) but a leave-one-out slope turns negative", () => {
    // logit slopes (numpy.polyfit): all points +0.2067; without the last point −0.1070 → signs disagree → no change
    const result = recentTrend(proportions([120, 110, 100, 90, 300]), 'higher-is-better', chi);
    expect(result.statistic).to.be.closeTo(93.78245067497396, 1e-8);
    expect(result.slopesAgree).to.equal(false);
    expect(result.direction).to.equal('no-change');
  });

  it('tests only the most recent 5 points', () => {
    // a long fall, then the rising 5 of the first test: the result is the rising one
    const result = recentTrend(proportions([400, 350, 300, 250, 100, 120, 140, 160, 180]), 'higher-is-better', chi);
    expect(result.statistic).to.be.closeTo(33.22259136212621, 1e-9);
    expect(result.direction).to.equal('increasing');
  });
});

describe('recentTrend: weighted regression for values with confidence limits', () => {
  it('gives χ² = 10 for values 10..14 with SE 1 (hand: slope 1, Var = Σw/(Σw·Σwt² − (Σwt)²) = 5/50)', () => {
    const result = recentTrend(withUnitSe([10, 11, 12, 13, 14]), 'higher-is-better');
    expect(result.method).to.equal('weighted-regression');
    expect(result.slope).to.be.closeTo(1, 1e-12);
    // exactly 10 only because SE = (upper − lower)/3.92 as Fingertips does (with 2·1.959964 it would be 9.99963)
    expect(result.statistic).to.be.closeTo(10, 1e-9);
    expect(result.pValue).to.be.closeTo(0.001565402258002549, 1e-12);
    expect(result.direction).to.equal('increasing');
  });

  it('reports no change for a flat series (slope −0.01, χ² = 0.001)', () => {
    const result = recentTrend(withUnitSe([10, 10.2, 9.9, 10.1, 10]), 'higher-is-better');
    expect(result.statistic).to.be.closeTo(0.001, 1e-9);
    expect(result.direction).to.equal('no-change');
  });

  it('real ONS data: England anxiety 2018-19 to 2022-23 rose significantly (χ² = 395.6), which is worsening', () => {
    // numpy weighted least squares, weights 1/((u − l)/3.92)²: slope 0.0936251 per year, χ² = 395.60176
    const result = recentTrend(series(englandAnxiety), 'lower-is-better');
    expect(result.method).to.equal('weighted-regression');
    expect(result.pointsUsed).to.equal(5);
    expect(result.slope).to.be.closeTo(0.09362511246993149, 1e-10);
    expect(result.statistic).to.be.closeTo(395.60175862675817, 1e-6);
    expect(result.direction).to.equal('increasing');
    expect(result.judgement).to.equal('worsening');
  });

  it('real ONS data: England anxiety 2011-12 to 2015-16 fell (χ² = 497.87), which is improving', () => {
    const result = recentTrend(series(englandAnxiety.slice(0, 5)), 'lower-is-better');
    expect(result.statistic).to.be.closeTo(497.8713599999912, 1e-6);
    expect(result.direction).to.equal('decreasing');
    expect(result.judgement).to.equal('improving');
  });

  it('real ONS data: Walsall anxiety 2018-19 to 2022-23 shows no significant change (χ² = 1.62)', () => {
    const result = recentTrend(series(walsallAnxiety), 'lower-is-better');
    expect(result.statistic).to.be.closeTo(1.62130517516116, 1e-8);
    expect(result.direction).to.equal('no-change');
    expect(result.judgement).to.equal('no-change');
  });

  it('cannot calculate without confidence limits (means with no interval)', () => {
    const points = englandAnxiety.map(([value]) => ({ value }));
    const result = recentTrend(points, 'lower-is-better');
    expect(result).to.deep.equal({
      direction: 'cannot-calculate',
      judgement: 'cannot-calculate',
      method: 'none',
      pointsUsed: 0,
      reason: 'missing-intervals',
    });
  });

  it('skips a point that lacks a limit and takes the 5 most recent that have both (GetMostRecentData)', () => {
    const points = series(englandAnxiety);
    points[10] = { value: 3.13, lower: 3.1 };
    const without = series(englandAnxiety).filter((_, i) => i !== 10);
    expect(recentTrend(points, 'lower-is-better').statistic).to.equal(recentTrend(without, 'lower-is-better').statistic);
    // …and cannot calculate when fewer than 5 have limits
    const few = series(englandAnxiety).map((p, i) => (i > 7 ? p : { value: p.value }));
    expect(recentTrend(few, 'lower-is-better').reason).to.equal('missing-intervals');
  });

  it('falls back to the limits when counts cannot enter the logit (a zero count)', () => {
    const points: TrendPoint[] = [0, 1, 2, 3, 4].map((i) => ({
      value: 10 + i,
      lower: 8.04 + i,
      upper: 11.96 + i,
      count: i, // 0 in the first period
      denominator: 1000,
    }));
    const result = recentTrend(points, 'higher-is-better');
    expect(result.method).to.equal('weighted-regression');
    expect(result.statistic).to.be.closeTo(10, 1e-9);
  });
});

describe('recentTrend: points and judgements', () => {
  it('needs 5 points', () => {
    expect(RECENT_TREND_POINTS).to.equal(5);
    const result = recentTrend(proportions([100, 120, 140, 160]), 'higher-is-better', chi);
    expect(result.direction).to.equal('cannot-calculate');
    expect(result.judgement).to.equal('cannot-calculate');
    expect(result.reason).to.equal('too-few-points');
    expect(result.method).to.equal('none');
    expect(recentTrend([], 'higher-is-better').reason).to.equal('too-few-points');
  });

  it('allows gaps between the 5 most recent points, as FingertipsNext does ("years don\'t need to be consecutive")', () => {
    const points = series(englandAnxiety);
    points[9] = { value: null }; // 2020-21 missing: the 5 points are 2017-18, 2018-19, 2019-20, 2021-22, 2022-23
    const skipped = series(englandAnxiety).filter((_, i) => i !== 9);
    expect(recentTrend(points, 'lower-is-better').statistic).to.equal(recentTrend(skipped, 'lower-is-better').statistic);
    expect(recentTrend(points.slice(-5), 'lower-is-better').reason).to.equal('too-few-points');
    // a gap before the last 5 does not matter
    const earlyGap = series(englandAnxiety);
    earlyGap[3] = { value: null };
    expect(recentTrend(earlyGap, 'lower-is-better').statistic).to.be.closeTo(395.60175862675817, 1e-6);
  });

  it('polarity flips the judgement of the same direction', () => {
    const rising = proportions([100, 120, 140, 160, 180]);
    expect(recentTrend(rising, 'higher-is-better', chi).judgement).to.equal('improving');
    expect(recentTrend(rising, 'lower-is-better', chi).judgement).to.equal('worsening');
  });

  it('no-judgement indicators are not judged when they move, and no-change stays no-change', () => {
    const rising = recentTrend(proportions([100, 120, 140, 160, 180]), 'no-judgement', chi);
    expect(rising.direction).to.equal('increasing');
    expect(rising.judgement).to.equal('increasing');
    expect(recentTrend(proportions([180, 160, 140, 120, 100]), 'no-judgement', chi).judgement).to.equal('decreasing');
    expect(recentTrend(proportions([150, 148, 152, 149, 151]), 'no-judgement', chi).judgement).to.equal('no-change');
    expect(recentTrend(proportions([150]), 'no-judgement', chi).judgement).to.equal('cannot-calculate');
  });

  it('judgeTrend maps every direction and polarity', () => {
    expect(judgeTrend('increasing', 'higher-is-better')).to.equal('improving');
    expect(judgeTrend('decreasing', 'higher-is-better')).to.equal('worsening');
    expect(judgeTrend('increasing', 'lower-is-better')).to.equal('worsening');
    expect(judgeTrend('decreasing', 'lower-is-better')).to.equal('improving');
    expect(judgeTrend('decreasing', 'no-judgement')).to.equal('decreasing');
    expect(judgeTrend('no-change', 'lower-is-better')).to.equal('no-change');
    expect(judgeTrend('cannot-calculate', 'higher-is-better')).to.equal('cannot-calculate');
  });

  it('a window option tests more points', () => {
    // six rising points: 10..15 with SE 1 → slope 1, Var = 6/(6·91 − 21²) = 6/105, χ² = 17.5
    const result = recentTrend(withUnitSe([10, 11, 12, 13, 14, 15]), 'higher-is-better', { window: 6 });
    expect(result.pointsUsed).to.equal(6);
    expect(result.statistic).to.be.closeTo(17.5, 1e-9);
    expect(() => recentTrend([], 'higher-is-better', { window: 2 })).to.throw(RangeError);
  });
});

describe("recentTrend: Fingertips' rule by value type (the examples of issue 13)", () => {
  // Proportions: 47/326, 90/421, 91/388, 100/432, 80/334 (%); limits from the counts (Wilson, 95%).
  const proportion: TrendPoint[] = [[47, 326], [90, 421], [91, 388], [100, 432], [80, 334]].map(([count, denominator]) => ({
    value: (count! / denominator!) * 100,
    count,
    denominator,
  }));
  // Crude rate per 100,000: 401, 417, 408, 438, 496 of 98,777; limits from the counts (Byar's, 95%).
  const crudeRate: TrendPoint[] = [401, 417, 408, 438, 496].map((count) => ({ value: (count / 98777) * 100000, count, denominator: 98777 }));

  it('a proportion reads "increasing", as Fingertips reads it (weighted regression on Wilson limits, χ² = 10.99)', () => {
    const result = recentTrend(proportion, 'no-judgement', { valueType: 'proportion', multiplier: 100 });
    expect(result.method).to.equal('weighted-regression');
    expect(result.statistic).to.be.closeTo(10.99, 0.01);
    expect(result.direction).to.equal('increasing');
    expect(result.judgement).to.equal('increasing');
    // the chi-squared test for trend (SPC for proportions) would say no change: χ² = 8.37 < 9.5495
    expect(recentTrend(proportion, 'no-judgement', chi).direction).to.equal('no-change');
  });

  it('a crude rate reads "no significant change", as Fingertips reads it (χ² = 9.12 < 9.5495)', () => {
    const result = recentTrend(crudeRate, 'lower-is-better', { valueType: 'crude-rate', multiplier: 100000 });
    expect(result.method).to.equal('weighted-regression');
    expect(result.statistic).to.be.closeTo(9.12, 0.01);
    expect(result.judgement).to.equal('no-change');
    // the multiplier is inferred from value ÷ (count ÷ denominator) when the spec leaves it out
    expect(recentTrend(crudeRate, 'lower-is-better', { valueType: 'crude-rate' }).statistic).to.equal(result.statistic);
  });

  it('cannot calculate for value types Fingertips has no trend for, for missing counts, or a count equal to its denominator', () => {
    expect(recentTrend(proportion, 'no-judgement', { valueType: 'mean' }).reason).to.equal('value-type');
    expect(recentTrend(proportion, 'no-judgement', { valueType: 'life-expectancy' }).reason).to.equal('value-type');
    const noCounts = proportion.map((p) => ({ value: p.value, lower: 1, upper: 50 }));
    expect(recentTrend(noCounts, 'no-judgement', { valueType: 'proportion' }).reason).to.equal('too-few-points');
    const all = proportion.map((p, i) => (i === 2 ? { ...p, count: 388, value: 100 } : p));
    expect(recentTrend(all, 'no-judgement', { valueType: 'proportion' }).reason).to.equal('count-equals-denominator');
  });
});
