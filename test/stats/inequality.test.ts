import { expect } from '@open-wc/testing';
import {
  cumulativeMidpoints,
  slopeIndexOfInequality,
  SII_DEFAULT_SIMULATIONS,
  type InequalityGroup,
  type SlopeIndexOk,
} from '../../src/stats/index.js';

function ok(result: ReturnType<typeof slopeIndexOfInequality>): SlopeIndexOk {
  if (!result.ok) throw new Error(`expected an SII, got failure '${result.reason}'`);
  return result;
}

/** Ten equal deciles, value 100 + i² for decile i, standard error `se` each. */
const squareDeciles = (se = 1): InequalityGroup[] =>
  Array.from({ length: 10 }, (_, k) => ({ order: k + 1, value: 100 + (k + 1) ** 2, population: 1000, standardError: se }));

// Fingertips 93763, alcohol-related mortality (directly standardised rate per 100,000), persons, England, 2023, by
// County & UA deprivation decile (IMD2019, 4/23 geography), from shared/data/fingertips/healthdata_deprivation_categories.csv.
// CategoryId 1 = most deprived decile. [value, lower 95%, upper 95%, denominator]
const alcoholMortality2023: Array<[number, number, number, number]> = [
  [52.77703072, 50.65031227, 54.9696085, 5489288],
  [49.08129968, 46.70404874, 51.54785649, 3581837],
  [44.74761719, 42.74669853, 46.81764591, 4898306],
  [46.39070582, 44.32218033, 48.53030452, 4860985],
  [42.86804074, 41.10721546, 44.68476493, 5397559],
  [41.58342421, 39.85311505, 43.3693071, 5166273],
  [39.49802765, 38.14264227, 40.88908999, 7861335],
  [35.72000269, 34.37295612, 37.10612383, 7270560],
  [34.8443601, 33.62848674, 36.09281237, 8566809],
  [30.99847859, 29.38605432, 32.67615016, 4597371],
];
const alcoholGroups = (): InequalityGroup[] =>
  alcoholMortality2023.map(([value, lower, upper, population], i) => ({ order: i + 1, value, lower, upper, population }));

// Fingertips 41101, emergency readmissions within 30 days (%), persons, England, 2023, by LSOA11 deprivation quintile.
const readmissionQuintiles2023: InequalityGroup[] = [
  { order: 1, value: 15.5, lower: 15.5, upper: 15.6, population: 1527575 },
  { order: 2, value: 15.1, lower: 15.0, upper: 15.1, population: 1302280 },
  { order: 3, value: 14.8, lower: 14.7, upper: 14.9, population: 1229820 },
  { order: 4, value: 14.5, lower: 14.4, upper: 14.5, population: 1155185 },
  { order: 5, value: 14.1, lower: 14.0, upper: 14.2, population: 1044335 },
];

describe('cumulativeMidpoints (PHEindicatormethods FindXValues)', () => {
  it("follows PHE's documented example: 12% then 10% of the population give 0.06 and 0.17", () => {
    const [first, second] = cumulativeMidpoints([12, 10, 78]);
    expect(first).to.be.closeTo(0.06, 1e-12);
    expect(second).to.be.closeTo(0.17, 1e-12);
  });

  it('gives 0.05, 0.15, …, 0.95 for equal deciles', () => {
    cumulativeMidpoints(Array(10).fill(7)).forEach((x, i) => expect(x).to.be.closeTo((2 * i + 1) / 20, 1e-12));
  });
});

describe('slopeIndexOfInequality: the point estimate', () => {
  it('equal deciles, hand-derived: values 100 + i² give SII 110, intercept 83.5, RII 193.5/83.5', () => {
    // x = (i − 0.5)/10, equal weights: Sxx = Σ(x − 0.5)² = Σ(i − 5.5)²/100 = 82.5/100;
    // Sxy = Σ(x − 0.5)·y = Σ(i − 5.5)·i²/10 = (Σi³ − 5.5·Σi²)/10 = (3025 − 2117.5)/10 = 90.75
    // slope = 90.75 / 0.825 = 110; intercept = ȳ − slope·x̄ = 138.5 − 55 = 83.5; RII = (83.5 + 110)/83.5 = 2.317365
    const result = ok(slopeIndexOfInequality(squareDeciles()));
    expect(result.sii).to.be.closeTo(110, 1e-9);
    expect(result.slope).to.equal(result.sii);
    expect(result.intercept).to.be.closeTo(83.5, 1e-9);
    expect(result.rii).to.be.closeTo(193.5 / 83.5, 1e-12);
    expect(result.groups[0]).to.deep.include({ order: 1, value: 101, population: 1000 });
    expect(result.groups[0]!.midpoint).to.be.closeTo(0.05, 1e-12);
    expect(result.groups[0]!.fitted).to.be.closeTo(83.5 + 110 * 0.05, 1e-9);
    expect(result.groups[9]!.fitted).to.be.closeTo(83.5 + 110 * 0.95, 1e-9);
  });

  it('sorts the groups by order (1 = most deprived) whatever order they come in', () => {
    const shuffled = squareDeciles();
    shuffled.reverse();
    [shuffled[2], shuffled[7]] = [shuffled[7]!, shuffled[2]!];
    const result = ok(slopeIndexOfInequality(shuffled));
    expect(result.sii).to.be.closeTo(110, 1e-9);
    expect(result.groups.map((g) => g.order)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
  });

  it('unequal populations: a line through the true midpoints is recovered exactly (50 + 20x)', () => {
    // populations 1, 2, 3, 2, 2 (tenths): cumulative 0.1, 0.3, 0.6, 0.8, 1.0 → midpoints 0.05, 0.2, 0.45, 0.7, 0.9
    const groups = [1, 2, 3, 2, 2].map((population, i) => {
      const x = [0.05, 0.2, 0.45, 0.7, 0.9][i]!;
      return { order: i + 1, value: 50 + 20 * x, population, standardError: 0.5 };
    });
    const result = ok(slopeIndexOfInequality(groups));
    expect(result.sii).to.be.closeTo(20, 1e-9);
    expect(result.intercept).to.be.closeTo(50, 1e-9);
    [0.05, 0.2, 0.45, 0.7, 0.9].forEach((x, i) => expect(result.groups[i]!.midpoint).to.be.closeTo(x, 1e-12));
  });

  it('unequal populations, hand-derived weighted fit: SII −8.544304, intercept 10.372152', () => {
    // weights w = 0.1, 0.2, 0.3, 0.2, 0.2; x as above; y = 10, 8, 7, 5, 2
    // x̄w = 0.5, ȳw = 1 + 1.6 + 2.1 + 1.0 + 0.4 = 6.1
    // Sxy = Σw(x − 0.5)(y − 6.1) = −0.1755 − 0.114 − 0.0135 − 0.044 − 0.328 = −0.675
    // Sxx = Σw(x − 0.5)² = 0.02025 + 0.018 + 0.00075 + 0.008 + 0.032 = 0.079
    // slope = −0.675 / 0.079 = −8.5443038; intercept = 6.1 + 0.5·8.5443038 = 10.3721519; RII = 1.8278481/10.3721519
    const groups = [10, 8, 7, 5, 2].map((value, i) => ({ order: i + 1, value, population: [1000, 2000, 3000, 2000, 2000][i]!, standardError: 0.5 }));
    const result = ok(slopeIndexOfInequality(groups));
    expect(result.sii).to.be.closeTo(-0.675 / 0.079, 1e-9);
    expect(result.intercept).to.be.closeTo(6.1 + 0.5 * (0.675 / 0.079), 1e-9);
    expect(result.rii).to.be.closeTo((6.1 - 0.5 * (0.675 / 0.079)) / (6.1 + 0.5 * (0.675 / 0.079)), 1e-9);
  });

  it('quintiles, real data: emergency readmissions 2023 by LSOA deprivation quintile, SII −1.70 points', () => {
    // expected from numpy.linalg.lstsq on PHE's own form Y√a = β₀√a + β₁·x√a (R/SII_function.R)
    const result = ok(slopeIndexOfInequality(readmissionQuintiles2023));
    expect(result.sii).to.be.closeTo(-1.7042076345071764, 1e-9);
    expect(result.intercept).to.be.closeTo(15.71319737640936, 1e-9);
    expect(result.rii).to.be.closeTo(0.8915429117522734, 1e-12);
    const midpoints = [0.12202647, 0.3480823, 0.55035272, 0.74087283, 0.91657593];
    result.groups.forEach((g, i) => expect(g.midpoint).to.be.closeTo(midpoints[i]!, 1e-8));
  });

  it('deciles, real data: alcohol-related mortality 2023 by deprivation decile, SII −21.26 per 100,000', () => {
    // numpy.linalg.lstsq on PHE's form: β₀ = 51.669899, β₁ = −21.258655, RII = 0.588568
    const result = ok(slopeIndexOfInequality(alcoholGroups()));
    expect(result.sii).to.be.closeTo(-21.258655370272688, 1e-9);
    expect(result.intercept).to.be.closeTo(51.6698990567059, 1e-9);
    expect(result.rii).to.be.closeTo(0.5885678942987278, 1e-12);
  });
});

describe('slopeIndexOfInequality: simulated confidence limits', () => {
  it('defaults to 10,000 simulations at 95%', () => {
    const result = ok(slopeIndexOfInequality(squareDeciles()));
    expect(SII_DEFAULT_SIMULATIONS).to.equal(10_000);
    expect(result.simulations).to.equal(10_000);
    expect(result.confidence).to.equal(0.95);
  });

  it('bracket the point estimates', () => {
    for (const groups of [squareDeciles(), alcoholGroups(), readmissionQuintiles2023]) {
      const result = ok(slopeIndexOfInequality(groups));
      expect(result.siiLower).to.be.below(result.sii);
      expect(result.siiUpper).to.be.above(result.sii);
      expect(result.riiLower).to.be.below(result.rii);
      expect(result.riiUpper).to.be.above(result.rii);
    }
  });

  it('agree with the analytic regression SE for a linear fit: SII ± 1.959964·SE/√Sxx (100,000 simulations)', () => {
    // equal deciles, SE 1 each: Var(slope) = SE² / Σ(x − x̄)² = 1 / 0.825 → half-width 1.959964/√0.825 = 2.157849
    // Monte Carlo error of a 2.5% quantile with 100,000 draws is about 0.01.
    const result = ok(slopeIndexOfInequality(squareDeciles(1), { simulations: 100_000 }));
    expect(result.siiLower).to.be.closeTo(110 - 2.1578493279312823, 0.04);
    expect(result.siiUpper).to.be.closeTo(110 + 2.1578493279312823, 0.04);
  });

  it('real deciles: limits agree with the analytic interval and an independent 2,000,000-draw NumPy simulation', () => {
    // analytic (normal, linear in y): −23.2020 to −19.3153; NumPy simulation: −23.2017 to −19.3160; RII 0.55992 to 0.61833.
    // With 10,000 draws the Monte Carlo SD of each limit is about 0.027 (SII) and 0.0004 (RII).
    const result = ok(slopeIndexOfInequality(alcoholGroups()));
    expect(result.siiLower).to.be.closeTo(-23.202, 0.12);
    expect(result.siiUpper).to.be.closeTo(-19.3153, 0.12);
    expect(result.riiLower).to.be.closeTo(0.55992, 0.002);
    expect(result.riiUpper).to.be.closeTo(0.61833, 0.002);
  });

  it("real deciles as a rate (PHE value_type 1, log scale): NumPy reference −23.218 to −19.330", () => {
    const result = ok(slopeIndexOfInequality(alcoholGroups(), { valueType: 'rate' }));
    expect(result.sii).to.be.closeTo(-21.258655370272688, 1e-9); // the point estimate is unchanged
    expect(result.siiLower).to.be.closeTo(-23.2181, 0.12);
    expect(result.siiUpper).to.be.closeTo(-19.3298, 0.12);
    expect(result.riiLower).to.be.closeTo(0.55981, 0.002);
    expect(result.riiUpper).to.be.closeTo(0.61827, 0.002);
  });

  it('real quintiles as percentages (PHE value_type 2, logit scale): NumPy reference −1.8145 to −1.5935', () => {
    const result = ok(slopeIndexOfInequality(readmissionQuintiles2023, { valueType: 'proportion', proportionScale: 100 }));
    expect(result.sii).to.be.closeTo(-1.7042076345071764, 1e-9);
    expect(result.siiLower).to.be.closeTo(-1.81447, 0.01);
    expect(result.siiUpper).to.be.closeTo(-1.59348, 0.01);
    expect(result.riiLower).to.be.closeTo(0.884856, 0.0006);
    expect(result.riiUpper).to.be.closeTo(0.898297, 0.0006);
  });

  it('widen with the confidence level (99%: NumPy reference −23.811 to −18.707)', () => {
    const result = ok(slopeIndexOfInequality(alcoholGroups(), { confidence: 0.99 }));
    expect(result.confidence).to.equal(0.99);
    expect(result.siiLower).to.be.closeTo(-23.8107, 0.2);
    expect(result.siiUpper).to.be.closeTo(-18.7072, 0.2);
  });

  it('narrow as the standard errors shrink: half the SE, half the width (same seed, same draws)', () => {
    const wide = ok(slopeIndexOfInequality(squareDeciles(2)));
    const narrow = ok(slopeIndexOfInequality(squareDeciles(1)));
    const tiny = ok(slopeIndexOfInequality(squareDeciles(0.01)));
    const width = (r: SlopeIndexOk) => r.siiUpper - r.siiLower;
    expect(width(narrow)).to.be.closeTo(width(wide) / 2, 1e-9);
    expect(width(tiny)).to.be.closeTo(width(wide) / 200, 1e-9);
    // and the width is about 2 · 1.959964 · 0.01 / √0.825 = 0.0432 (Var(slope) = SE² / Σ(x − x̄)²)
    expect(width(tiny)).to.be.closeTo(0.04316, 0.002);
  });

  it('are reproducible with the same seed and change with another', () => {
    const a = ok(slopeIndexOfInequality(alcoholGroups(), { seed: 123 }));
    const b = ok(slopeIndexOfInequality(alcoholGroups(), { seed: 123 }));
    const c = ok(slopeIndexOfInequality(alcoholGroups(), { seed: 124 }));
    expect(b).to.deep.equal(a);
    expect(c.siiLower).to.not.equal(a.siiLower);
    expect(c.siiLower).to.be.closeTo(a.siiLower, 0.2); // a different draw of the same distribution
  });

  it('give the same limits from a standard error as from the 95% limits it came from (as PHE documents)', () => {
    const fromLimits = ok(slopeIndexOfInequality(alcoholGroups()));
    const fromSe = ok(
      slopeIndexOfInequality(
        alcoholGroups().map((g) => ({ ...g, lower: null, upper: null, standardError: (g.upper! - g.lower!) / (2 * 1.959963984540054) })),
      ),
    );
    expect(fromSe.siiLower).to.be.closeTo(fromLimits.siiLower, 1e-9);
    expect(fromSe.riiUpper).to.be.closeTo(fromLimits.riiUpper, 1e-12);
  });

  it('refuse fewer than 1,000 simulations, as PHE does', () => {
    expect(() => slopeIndexOfInequality(squareDeciles(), { simulations: 999 })).to.throw(RangeError);
    expect(ok(slopeIndexOfInequality(squareDeciles(), { simulations: 1000 })).simulations).to.equal(1000);
  });
});

describe('slopeIndexOfInequality: failures', () => {
  it('too few groups: 1 group, and fewer than PHE’s minimum of 5 by default', () => {
    expect(slopeIndexOfInequality([{ order: 1, value: 70, population: 100, standardError: 1 }])).to.deep.equal({
      ok: false,
      reason: 'too-few-groups',
    });
    expect(slopeIndexOfInequality(squareDeciles().slice(0, 4))).to.deep.equal({ ok: false, reason: 'too-few-groups' });
    expect(slopeIndexOfInequality([])).to.deep.equal({ ok: false, reason: 'too-few-groups' });
  });

  it('a lower minimum can be asked for, but never below 2 groups', () => {
    const two = ok(slopeIndexOfInequality(squareDeciles().slice(0, 2), { minimumGroups: 2 }));
    // two equal groups at x = 0.25 and 0.75 with values 101 and 104: slope 3 / 0.5 = 6
    expect(two.sii).to.be.closeTo(6, 1e-9);
    expect(slopeIndexOfInequality(squareDeciles().slice(0, 1), { minimumGroups: 1 })).to.deep.equal({ ok: false, reason: 'too-few-groups' });
  });

  it('missing population: null, zero or negative', () => {
    for (const population of [null, 0, -5]) {
      const groups = squareDeciles();
      groups[3] = { ...groups[3]!, population };
      expect(slopeIndexOfInequality(groups)).to.deep.equal({ ok: false, reason: 'missing-population' });
    }
  });

  it('missing value', () => {
    const groups = squareDeciles();
    groups[0] = { ...groups[0]!, value: null };
    expect(slopeIndexOfInequality(groups)).to.deep.equal({ ok: false, reason: 'missing-value' });
  });

  it('missing interval: no standard error and not both limits', () => {
    const groups = alcoholGroups();
    groups[5] = { ...groups[5]!, upper: null };
    expect(slopeIndexOfInequality(groups)).to.deep.equal({ ok: false, reason: 'missing-interval' });
    const noLimits = squareDeciles().map((g) => ({ ...g, standardError: null }));
    expect(slopeIndexOfInequality(noLimits)).to.deep.equal({ ok: false, reason: 'missing-interval' });
  });

  it('invalid value: a rate of 0 cannot be logged, a proportion of 100% cannot take a logit', () => {
    const rates = alcoholGroups();
    rates[9] = { ...rates[9]!, value: 0, lower: 0 };
    expect(slopeIndexOfInequality(rates, { valueType: 'rate' })).to.deep.equal({ ok: false, reason: 'invalid-value' });
    expect(ok(slopeIndexOfInequality(rates)).ok).to.equal(true); // fine on the normal scale
    const shares = readmissionQuintiles2023.map((g) => ({ ...g }));
    shares[0]!.upper = 100;
    expect(slopeIndexOfInequality(shares, { valueType: 'proportion', proportionScale: 100 })).to.deep.equal({
      ok: false,
      reason: 'invalid-value',
    });
  });
});
