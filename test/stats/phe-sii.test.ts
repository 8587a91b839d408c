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

type Case = { name: string; group: Array<Record<string, string>> };

function casesOf(rows: Array<Record<string, string>>, keep: (description: string) => boolean): Case[] {
  const cases = new Map<string, Array<Record<string, string>>>();
  for (const row of rows.filter((r) => keep(r.TestDescription!))) {
    const key = `${row.TestDescription} | ${row.Area}`;
    cases.set(key, [...(cases.get(key) ?? []), row]);
  }
  return [...cases].map(([name, group]) => ({ name, group }));
}

/** One case against PHE's numbers: points to 1e-6 relative, limits within 2% of the interval's width. */
function check({ name, group }: Case, options: { transform: boolean; valueType: 'normal' | 'rate' | 'proportion'; multiplier: number; levels: number[]; simulations: number }): void {
  const first = group[0]!;
  options.levels.forEach((confidence, k) => {
    const result = slopeIndexOfInequality(
      group.map((r) => ({ order: num(r.Quantile), value: num(r.Value), population: num(r.Population), lower: num(r.LowerCL), upper: num(r.UpperCL) })),
      { valueType: options.valueType, transform: options.transform, multiplier: options.multiplier, confidence, simulations: options.simulations, minimumGroups: 5 },
    );
    if (!result.ok) throw new Error(`${name}: ${result.reason}`);
    const relative = (got: number, want: number, what: string) => expect(Math.abs(got - want) / Math.abs(want), `${name} ${what}`).to.be.below(1e-6);
    relative(result.sii, num(first.sii), 'sii');
    if (first.rii) relative(result.rii, num(first.rii), 'rii');
    if (first.Intercept) relative(result.intercept, num(first.Intercept), 'intercept');
    const suffix = k === 0 ? '1' : '2';
    if (!first[`sii_lowercl_${suffix}`]) return; // the quintiles case gives the SII alone
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

const valueTypeOf = (code: string) => (code === '1' ? 'rate' : code === '2' ? 'proportion' : 'normal') as 'normal' | 'rate' | 'proportion';

describe('phe_sii: every case of PHEindicatormethods\' sheet (sii.csv) that has results', () => {
  it('transform = TRUE, log (rates) and logit (proportions): SII, RII and intercept to 1e-6; limits within simulation noise', async () => {
    const rows = parseCsv(await (await fetch('/test/stats/phe-tests/sii.csv')).text());
    const cases = casesOf(rows, (d) => d.includes('transform'));
    expect(cases.length).to.equal(10); // the 10 transform tests, one area of 10 deciles each
    for (const c of cases) {
      const multiplier = c.name.includes('negative multiplier') ? -1 : 1;
      // The sheet's Confidence column says 95 throughout; the levels are in testSII.R (and the case's name).
      const both = /95 and 98|95% and 98%/.test(c.name);
      const levels = both ? [0.95, 0.98] : /98%/i.test(c.name) ? [0.98] : [0.95];
      check(c, { transform: true, valueType: c.group[0]!.ValueType === '1' ? 'rate' : 'proportion', multiplier, levels, simulations: 100_000 });
    }
  });

  // 24 cases: 20,000 draws each (Monte Carlo error about 0.45% of the width, still well inside 2%), and time to run them.
  it('untransformed (normal, rate, proportion; 99% and two levels; multipliers 100 and -100; quintiles; intercept): the same agreement', async function () {
    this.timeout(120_000);
    const rows = parseCsv(await (await fetch('/test/stats/phe-tests/sii.csv')).text());
    // Error and warning cases have no results (PHE stops or warns), so they are not comparisons.
    const cases = casesOf(rows, (d) => !d.includes('transform') && !d.startsWith('error') && !d.startsWith('warning'));
    expect(cases.length).to.equal(24);
    for (const c of cases) {
      const multiplier = c.name.includes('x -100') ? -100 : c.name.includes('x 100') ? 100 : 1;
      // testSII.R: "99% confidence" at 0.99; "multiple CIs" at 95 and 99.
      const levels = c.name.includes('multiple CIs') ? [0.95, 0.99] : c.name.includes('99%') ? [0.99] : [0.95];
      check(c, { transform: false, valueType: valueTypeOf(c.group[0]!.ValueType!), multiplier, levels, simulations: 20_000 });
    }
  });
});
