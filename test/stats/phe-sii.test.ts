/**
 * PHEindicatormethods' own test cases of `phe_sii` (tests/testthat/testSII.R and its sheet, copied as
 * test/stats/phe-tests/sii.csv; see test/stats/phe-tests/SOURCE.md): every case with `transform = TRUE`.
 * Point estimates (SII, RII, intercept) must agree to 1e-6 relative. The limits come from 100,000 simulated
 * draws in R and in this library with different random numbers, so they agree only within simulation noise:
 * each limit within 2% of the interval's width (the Monte Carlo error of a 2.5% quantile at 100,000 draws is
 * about 0.2% of the width; 2% leaves room without hiding a wrong method, which moves limits by far more).
 */
import { expect } from '@open-wc/testing';
import { slopeIndexOfInequality } from '../../src/stats/index.js';
import { num, parseCsv } from './phe-csv.js';

describe('phe_sii(transform = TRUE): every transform case of PHEindicatormethods (sii.csv)', () => {
  it('log (rates) and logit (proportions): SII, RII and intercept to 1e-6; limits within simulation noise', async () => {
    const rows = parseCsv(await (await fetch('/test/stats/phe-tests/sii.csv')).text());
    const cases = new Map<string, Array<Record<string, string>>>();
    for (const row of rows.filter((r) => r.TestDescription!.includes('transform'))) {
      const key = `${row.TestDescription} | ${row.Area}`;
      cases.set(key, [...(cases.get(key) ?? []), row]);
    }
    expect(cases.size).to.equal(10); // the 10 transform tests, one area of 10 deciles each
    for (const [name, group] of cases) {
      const first = group[0]!;
      const valueType = first.ValueType === '1' ? 'rate' : 'proportion';
      const multiplier = name.includes('negative multiplier') ? -1 : 1;
      // The sheet's Confidence column says 95 throughout; the levels are in testSII.R (and the case's name).
      const both = /95 and 98|95% and 98%/.test(name);
      const levels = both ? [0.95, 0.98] : /98%/i.test(name) ? [0.98] : [0.95];
      levels.forEach((confidence, k) => {
        const result = slopeIndexOfInequality(
          group.map((r) => ({ order: num(r.Quantile), value: num(r.Value), population: num(r.Population), lower: num(r.LowerCL), upper: num(r.UpperCL) })),
          { valueType, transform: true, multiplier, confidence, simulations: 100_000, minimumGroups: 5 },
        );
        if (!result.ok) throw new Error(`${name}: ${result.reason}`);
        const relative = (got: number, want: number, what: string) => expect(Math.abs(got - want) / Math.abs(want), `${name} ${what}`).to.be.below(1e-6);
        relative(result.sii, num(first.sii), 'sii');
        if (first.rii) relative(result.rii, num(first.rii), 'rii');
        if (first.Intercept) relative(result.intercept, num(first.Intercept), 'intercept');
        const suffix = k === 0 ? '1' : '2';
        const [lo, hi] = [num(first[`sii_lowercl_${suffix}`]), num(first[`sii_uppercl_${suffix}`])];
        const width = Math.abs(hi - lo);
        expect(Math.abs(result.siiLower - lo), `${name} sii lower at ${confidence}`).to.be.below(0.02 * width);
        expect(Math.abs(result.siiUpper - hi), `${name} sii upper at ${confidence}`).to.be.below(0.02 * width);
        if (first[`rii_lowercl_${suffix}`]) {
          const [rlo, rhi] = [num(first[`rii_lowercl_${suffix}`]), num(first[`rii_uppercl_${suffix}`])];
          const rwidth = Math.abs(rhi - rlo);
          expect(Math.abs(result.riiLower - rlo), `${name} rii lower`).to.be.below(0.02 * rwidth);
          expect(Math.abs(result.riiUpper - rhi), `${name} rii upper`).to.be.below(0.02 * rwidth);
        }
      });
    }
  });
});
