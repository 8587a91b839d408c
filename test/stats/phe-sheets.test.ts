/**
 * PHEindicatormethods' own test sheets (ukhsa-collaboration/PHEindicatormethods @ 093fd28,
 * tests/testthat/*.xlsx, copied as CSV into test/stats/phe-tests/; see SOURCE.md), every row that maps to
 * a function of the library: Byar's and Wilson limits (testByars.R, testWilson.R), `phe_proportion`
 * (testProportions.R), `phe_rate` (testRates.R) and `phe_mean` (testMeans.R). The SII sheet is in
 * phe-sii.test.ts.
 *
 * Precision: the sheets hold R's doubles in full; PHE's own tests compare with testthat's `expect_equal`,
 * whose tolerance is √(machine epsilon) ≈ 1.5e-8 relative. We hold ourselves to the same: every number
 * within 1.5e-8 relative of PHE's. Rows PHE computes as NA (a missing count or denominator) must give no
 * interval here. Deviations are listed in docs/statistics.md.
 */
import { expect } from '@open-wc/testing';
import { byarsCountLimits, byarsInterval, BYARS_EXACT_BELOW, limitsAt, meanInterval, pheMean, studentTQuantile, wilsonInterval } from '../../src/stats/index.js';
import { num, sheet } from './phe-csv.js';

/** testthat's default tolerance (√ of the double's machine epsilon), relative. */
const TOLERANCE = Math.sqrt(2.220446049250313e-16);

function close(got: number | undefined, want: number, what: string): void {
  expect(got, what).to.be.a('number');
  const error = want === 0 ? Math.abs(got!) : Math.abs(got! - want) / Math.abs(want);
  expect(error, `${what}: ${got} against PHE's ${want}`).to.be.at.most(TOLERANCE);
}

const level = (text: string) => (text === '99.8%' ? 0.998 : 0.95);

/**
 * A row of an ungrouped sheet (both levels in one row) against `limitsAt` for a value type: each level's
 * limits, or none where PHE gives NA; and the value PHE computed from the count.
 */
function checkBothLevels(row: Record<string, string>, valueType: 'proportion' | 'crude-rate'): void {
  const multiplier = num(row.multiplier);
  const data = { value: num(row.value), count: num(row.Numerator), denominator: num(row.Denominator) };
  for (const [confidence, lower, upper] of [
    [0.95, row.lower95_0cl, row.upper95_0cl],
    [0.998, row.lower99_8cl, row.upper99_8cl],
  ] as const) {
    const what = `${row.Area} ${row.statistic} ${confidence}`;
    const limits = limitsAt(data, confidence, valueType, multiplier);
    if (lower === '') {
      expect(limits, what).to.equal(undefined);
      continue;
    }
    close(limits?.lower, num(lower), `${what} lower`);
    close(limits?.upper, num(upper), `${what} upper`);
    close((data.count / data.denominator) * multiplier, num(row.value), `${what} value`);
  }
}

describe("PHEindicatormethods' test sheets", () => {
  it('byars-wilson.csv: Byar\'s count limits and Wilson proportion limits at 95% and 99.8% (testByars.R, testWilson.R)', async () => {
    const rows = await sheet('byars-wilson.csv');
    expect(rows).to.have.length(13);
    for (const row of rows) {
      const confidence = level(row.confidence!);
      const what = `${row.method} x=${row.x} n=${row.n} ${row.confidence}`;
      if (row.method === 'Byars') {
        const limits = byarsCountLimits(num(row.x), confidence);
        // PHE leaves the lower limit of a count of 1 at 99.8% blank (its formula goes below zero); we give 0.
        if (row.lowercl === '') expect(limits.lower, what).to.equal(0);
        else close(limits.lower, num(row.lowercl), `${what} lower`);
        close(limits.upper, num(row.uppercl), `${what} upper`);
      } else {
        const limits = wilsonInterval(num(row.x), num(row.n), confidence);
        close(limits.lower, num(row.lowercl), `${what} lower`);
        close(limits.upper, num(row.uppercl), `${what} upper`);
      }
    }
  });

  it('proportion.csv: phe_proportion at 95% and 99.8%, as a proportion of 1 and as a percentage; no interval without a count', async () => {
    const rows = await sheet('proportion.csv');
    expect(rows).to.have.length(19);
    for (const row of rows) checkBothLevels(row, 'proportion');
  });

  it('proportion-grouped.csv: phe_proportion of numerators summed by area (95%)', async () => {
    const rows = await sheet('proportion-grouped.csv');
    expect(rows).to.have.length(11);
    for (const row of rows) {
      const data = { value: num(row.value), count: num(row.Numerator), denominator: num(row.Denominator) };
      const limits = limitsAt(data, 0.95, 'proportion', num(row.multiplier));
      if (row.lowercl === '') {
        expect(limits, row.Area).to.equal(undefined);
        continue;
      }
      close(limits?.lower, num(row.lowercl), `${row.Area} lower`);
      close(limits?.upper, num(row.uppercl), `${row.Area} upper`);
    }
  });

  it('rate.csv: phe_rate at 95% and 99.8%, per 100 and per 100,000: exact Poisson below a count of 10, Byar\'s from 10', async () => {
    const rows = await sheet('rate.csv');
    expect(rows).to.have.length(20);
    for (const row of rows) {
      if (row.method) expect(num(row.Numerator) < BYARS_EXACT_BELOW ? 'Exact' : 'Byars', row.Area).to.equal(row.method);
      checkBothLevels(row, 'crude-rate');
    }
  });

  it('rate-grouped.csv: phe_rate of numerators summed by area (95%), including a count above its denominator', async () => {
    const rows = await sheet('rate-grouped.csv');
    expect(rows).to.have.length(12);
    for (const row of rows) {
      if (row.lowercl === '') {
        expect(limitsAt({ value: num(row.value), count: num(row.Numerator), denominator: num(row.Denominator) }, 0.95, 'crude-rate', 100000), row.Area).to.equal(undefined);
        continue;
      }
      const limits = byarsInterval(num(row.Numerator), num(row.Denominator), 0.95, num(row.multiplier));
      close(limits.lower, num(row.lowercl), `${row.Area} lower`);
      close(limits.upper, num(row.uppercl), `${row.Area} upper`);
    }
  });

  it('mean.csv and mean-results.csv: phe_mean (Student\'s t) by area and ungrouped, at 95% and 99.8%', async () => {
    const values = await sheet('mean.csv');
    const results = await sheet('mean-results.csv');
    expect(results).to.have.length(3);
    for (const expected of results) {
      const group = expected.area === 'No grouping' ? values : values.filter((v) => v.area === expected.area);
      const sample = group.map((v) => num(v.values));
      const at95 = pheMean(sample, 0.95);
      const at998 = pheMean(sample, 0.998);
      const what = expected.area!;
      expect(at95.count, what).to.equal(num(expected.value_count));
      close(at95.sum, num(expected.value_sum), `${what} sum`);
      close(at95.standardDeviation, num(expected.stdev), `${what} sd`);
      close(at95.value, num(expected.value), `${what} mean`);
      close(at95.lower, num(expected.lower95_0cl), `${what} lower 95%`);
      close(at95.upper, num(expected.upper95_0cl), `${what} upper 95%`);
      close(at998.lower, num(expected.lower99_8cl), `${what} lower 99.8%`);
      close(at998.upper, num(expected.upper99_8cl), `${what} upper 99.8%`);
      // The same interval from the summary alone (mean, sd, count), for data published that way.
      const summary = meanInterval(at95.value, at95.standardDeviation, at95.count, 0.998);
      close(summary.lower, num(expected.lower99_8cl), `${what} lower 99.8% from the summary`);
    }
  });
});

describe('phe_mean: Student\'s t quantile and problems', () => {
  it('the t quantile equals the closed forms for 1 and 2 degrees of freedom (Cauchy; t₂ = (2p − 1)/√(2p(1 − p)))', () => {
    for (const p of [0.001, 0.025, 0.3, 0.975, 0.999]) {
      expect(studentTQuantile(p, 1), `df 1, p ${p}`).to.be.closeTo(Math.tan(Math.PI * (p - 0.5)), 1e-9 * Math.abs(Math.tan(Math.PI * (p - 0.5))));
      const t2 = (2 * p - 1) / Math.sqrt(2 * p * (1 - p));
      expect(studentTQuantile(p, 2), `df 2, p ${p}`).to.be.closeTo(t2, 1e-12 * Math.abs(t2));
    }
    expect(studentTQuantile(0.5, 3)).to.equal(0);
  });

  it('says what is wrong: one value, a value that is not a number, a confidence level out of range', () => {
    expect(() => pheMean([4.2])).to.throw(RangeError, 'needs at least 2 values; got 1');
    expect(() => pheMean([1, Number.NaN, 3])).to.throw(RangeError, 'value 1 must be a finite number');
    expect(() => pheMean([1, 2, 3], 95)).to.throw(RangeError, 'confidence must be between 0 and 1');
  });
});
