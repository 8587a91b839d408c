import { expect } from '@open-wc/testing';
import {
  BYARS_EXACT_BELOW,
  byarsCountLimits,
  byarsInterval,
  exactPoissonCountLimits,
  exactPoissonInterval,
  standardErrorFromInterval,
  wilsonInterval,
  zForConfidence,
} from '../../src/stats/index.js';

describe('zForConfidence (two-sided normal critical value)', () => {
  // Reference values: scipy.stats.norm.ppf(c + (1 - c) / 2), and the familiar table values 1.96 / 2.576 / 3.090.
  it('gives 1.959964 for 95% and 3.090232 for 99.8% (accurate to 1e-9)', () => {
    expect(zForConfidence(0.95)).to.be.closeTo(1.959963984540054, 1e-9);
    expect(zForConfidence(0.998)).to.be.closeTo(3.090232306167813, 1e-9);
  });

  it('gives 1.644854 for 90% and 2.575829 for 99%', () => {
    expect(zForConfidence(0.9)).to.be.closeTo(1.6448536269514722, 1e-9);
    expect(zForConfidence(0.99)).to.be.closeTo(2.5758293035489004, 1e-9);
  });

  it("squares to Fingertips' 99.8% chi-squared critical value 9.54953570608324 (Excel CHIINV(0.002, 1))", () => {
    expect(zForConfidence(0.998) ** 2).to.be.closeTo(9.54953570608324, 1e-9);
  });

  it('refuses levels outside (0, 1), including the percentage form', () => {
    expect(() => zForConfidence(95)).to.throw(RangeError);
    expect(() => zForConfidence(0)).to.throw(RangeError);
    expect(() => zForConfidence(1)).to.throw(RangeError);
  });
});

describe('wilsonInterval (PHEindicatormethods wilson_lower / wilson_upper)', () => {
  // Newcombe RG (1998) "Two-sided confidence intervals for the single proportion: comparison of seven methods",
  // Stat Med 17:857-872, Table II, method 3 (Wilson score), published to 4 decimal places.
  const newcombe: Array<[number, number, number, number]> = [
    [81, 263, 0.2553, 0.3662],
    [15, 148, 0.0624, 0.1605],
    [0, 20, 0, 0.1611],
    [1, 29, 0.0061, 0.1718],
  ];
  for (const [count, n, lower, upper] of newcombe) {
    it(`matches Newcombe's published interval for ${count}/${n}: ${lower} to ${upper}`, () => {
      const interval = wilsonInterval(count, n);
      expect(interval.lower).to.be.closeTo(lower, 0.00005);
      expect(interval.upper).to.be.closeTo(upper, 0.00005);
    });
  }

  it("matches PHEindicatormethods' documented example wilson_lower(65, 100) by hand calculation", () => {
    // z = 1.959964, z² = 3.841459; √(z² + 4·65·(1 − 0.65)) = √(3.841459 + 91) = 9.738658;
    // lower = (130 + 3.841459 − 1.959964·9.738658) / (2·103.841459) = 114.754 / 207.683 = 0.552544
    // upper = (130 + 3.841459 + 19.087422) / 207.682918 = 0.736358
    const interval = wilsonInterval(65, 100);
    expect(interval.lower).to.be.closeTo(0.5525444, 1e-6);
    expect(interval.upper).to.be.closeTo(0.7363575, 1e-6);
  });

  it('widens at 99.8% (PHE test inputs 65/100 and 1045/5000; values from the same formula in SciPy)', () => {
    const a = wilsonInterval(65, 100, 0.998);
    expect(a.lower).to.be.closeTo(0.49549465740704474, 1e-9);
    expect(a.upper).to.be.closeTo(0.7783540614089685, 1e-9);
    const b = wilsonInterval(1045, 5000, 0.998);
    expect(b.lower).to.be.closeTo(0.19179381799015258, 1e-9);
    expect(b.upper).to.be.closeTo(0.22731562902525795, 1e-9);
  });

  it('stays inside [0, 1] at both extremes', () => {
    expect(wilsonInterval(0, 20).lower).to.equal(0);
    const all = wilsonInterval(29, 29, 0.998);
    expect(all.upper).to.equal(1);
    expect(all.lower).to.be.closeTo(0.7522788399089255, 1e-9);
  });

  it('refuses impossible inputs', () => {
    expect(() => wilsonInterval(-1, 10)).to.throw(RangeError);
    expect(() => wilsonInterval(11, 10)).to.throw(RangeError);
    expect(() => wilsonInterval(1, 0)).to.throw(RangeError);
  });
});

describe('byarsCountLimits (Breslow & Day; PHEindicatormethods byars_lower / byars_upper)', () => {
  it("gives 50.16 to 82.85 for 65 events (PHE's documented example byars_lower(65)), by hand", () => {
    // lower: 1 − 1/(9·65) − 1.959964/(3·√65) = 1 − 0.0017094 − 0.0810345 = 0.9172561; ³ = 0.7717413; ·65 = 50.1632
    // upper: 66·(1 − 1/594 + 1.959964/(3·√66))³ = 66·(1 − 0.0016835 + 0.0804183)³ = 66·1.2552900 = 82.8491
    const limits = byarsCountLimits(65);
    expect(limits.lower).to.be.closeTo(50.16318771045943, 1e-8);
    expect(limits.upper).to.be.closeTo(82.84913854593984, 1e-8);
  });

  it('gives the PHE test cases 1045 (95%) and 65, 1045 at 99.8%', () => {
    const a = byarsCountLimits(1045);
    expect(a.lower).to.be.closeTo(982.5932018073325, 1e-8);
    expect(a.upper).to.be.closeTo(1110.33121298565, 1e-8);
    const b = byarsCountLimits(65, 0.998);
    expect(b.lower).to.be.closeTo(42.8802614714802, 1e-8);
    expect(b.upper).to.be.closeTo(94.000290844318, 1e-8);
    const c = byarsCountLimits(1045, 0.998);
    expect(c.lower).to.be.closeTo(947.9407035610374, 1e-8);
    expect(c.upper).to.be.closeTo(1148.806160988033, 1e-8);
  });

  it('returns 0 where the formula goes negative (1 event at 99.8%; PHE returns NA there)', () => {
    expect(byarsCountLimits(1, 0.998).lower).to.equal(0);
    expect(byarsCountLimits(1).lower).to.be.closeTo(0.013072132901504331, 1e-12);
  });
});

describe('exactPoissonCountLimits (qchisq(α/2, 2x)/2 and qchisq(1 − α/2, 2x + 2)/2)', () => {
  it('gives the textbook upper limit for 0 events: −ln(0.025) = 3.6889 (P(X = 0 | μ) = e^−μ = 0.025)', () => {
    const limits = exactPoissonCountLimits(0);
    expect(limits.lower).to.equal(0);
    expect(limits.upper).to.be.closeTo(-Math.log(0.025), 1e-10);
  });

  it('gives the lower limit for 1 event by hand: P(X ≥ 1 | μ) = 1 − e^−μ = 0.025, so μ = −ln(0.975) = 0.025318', () => {
    expect(exactPoissonCountLimits(1).lower).to.be.closeTo(-Math.log(0.975), 1e-10);
  });

  it('matches SciPy chi2.ppf for 5 and 9 events at 95% and 99.8%', () => {
    const five = exactPoissonCountLimits(5);
    expect(five.lower).to.be.closeTo(1.623486390118421, 1e-9);
    expect(five.upper).to.be.closeTo(11.66833207932267, 1e-9);
    const nine = exactPoissonCountLimits(9, 0.998);
    expect(nine.lower).to.be.closeTo(2.452424404363775, 1e-9);
    expect(nine.upper).to.be.closeTo(22.65737330906293, 1e-9);
  });
});

describe('byarsInterval (PHEindicatormethods phe_rate: exact below 10 events, Byars from 10)', () => {
  it('switches method at 10 events, as phe_rate does', () => {
    expect(BYARS_EXACT_BELOW).to.equal(10);
    // 9 events: exact limits (SciPy: 4.115373 to 17.084803), not Byars (4.106885 to 17.085781)
    const nine = byarsInterval(9, 1);
    expect(nine.lower).to.be.closeTo(4.115373097378334, 1e-9);
    expect(nine.upper).to.be.closeTo(17.084803451419166, 1e-9);
    // 10 events: Byars (4.787450 to 18.391459), not exact (SciPy: 4.795389 to 18.390356)
    const ten = byarsInterval(10, 1);
    expect(ten.lower).to.be.closeTo(4.787449913967563, 1e-9);
    expect(ten.upper).to.be.closeTo(18.391458605756473, 1e-9);
  });

  it('divides by the denominator and scales by the multiplier: 65 events in 100,000 people per 100,000', () => {
    const rate = byarsInterval(65, 100_000, 0.95, 100_000);
    expect(rate.lower).to.be.closeTo(50.16318771045943, 1e-7);
    expect(rate.upper).to.be.closeTo(82.84913854593984, 1e-7);
    const perThousand = byarsInterval(65, 5_000, 0.95, 1_000);
    expect(perThousand.lower).to.be.closeTo(50.16318771045943 / 5, 1e-8);
  });

  it('defaults to a multiplier of 1 (a rate per person)', () => {
    expect(byarsInterval(65, 1000).lower).to.be.closeTo(0.05016318771045943, 1e-12);
  });

  it('exactPoissonInterval scales the same way', () => {
    const rate = exactPoissonInterval(0, 2_000, 0.95, 1_000);
    expect(rate.lower).to.equal(0);
    expect(rate.upper).to.be.closeTo((-Math.log(0.025) / 2_000) * 1_000, 1e-10);
  });

  it('refuses a negative count or a zero denominator', () => {
    expect(() => byarsInterval(-1, 100)).to.throw(RangeError);
    expect(() => byarsInterval(5, 0)).to.throw(RangeError);
  });
});

describe('standardErrorFromInterval', () => {
  it('is the interval width over 2z: 3.92 wide at 95% is an SE of 1.96/1.959964 = 1.0000184', () => {
    expect(standardErrorFromInterval(8.04, 11.96)).to.be.closeTo(1.96 / 1.959963984540054, 1e-9);
  });

  it('uses the z of the given confidence level', () => {
    expect(standardErrorFromInterval(0, 2 * 3.090232306167813, 0.998)).to.be.closeTo(1, 1e-9);
  });
});
