import { expect } from '@open-wc/testing';
import {
  chiSquared1Survival,
  erfc,
  gammaQuantile,
  logGamma,
  normalCdf,
  normalQuantile,
  regularizedGammaP,
  regularizedGammaQ,
} from '../../src/stats/index.js';

// Reference values from Python 3 math / SciPy 1.17 (scipy.special.gammainc, scipy.stats.norm, scipy.stats.chi2),
// or exact identities where stated.

describe('special functions', () => {
  it('logGamma: ln Γ(1/2) = ln √π, ln Γ(5) = ln 24, and math.lgamma values', () => {
    expect(logGamma(0.5)).to.be.closeTo(0.5 * Math.log(Math.PI), 1e-14);
    expect(logGamma(5)).to.be.closeTo(Math.log(24), 1e-13);
    expect(logGamma(10.3)).to.be.closeTo(13.48203678613836, 1e-12);
    expect(logGamma(0.1)).to.be.closeTo(2.2527126517342055, 1e-13);
  });

  it('regularised incomplete gamma: P(1, x) = 1 − e^−x exactly, and SciPy values either side of a + 1', () => {
    expect(regularizedGammaP(1, 2)).to.be.closeTo(1 - Math.exp(-2), 1e-14);
    expect(regularizedGammaQ(1, 7)).to.be.closeTo(Math.exp(-7), 1e-16);
    expect(regularizedGammaP(3.5, 2)).to.be.closeTo(0.22022259152428406, 1e-13);
    expect(regularizedGammaQ(3.5, 10)).to.be.closeTo(0.005569683072945574, 1e-15);
  });

  it('erfc matches Python math.erfc, including negative arguments', () => {
    expect(erfc(0.5)).to.be.closeTo(0.4795001221869535, 1e-14);
    expect(erfc(3)).to.be.closeTo(2.2090496998585438e-5, 1e-18);
    expect(erfc(-1)).to.be.closeTo(1.842700792949715, 1e-14);
  });

  it('normalCdf: Φ(0) = 0.5 and Φ(1.959964) = 0.975', () => {
    expect(normalCdf(0)).to.equal(0.5);
    expect(normalCdf(1.959963984540054)).to.be.closeTo(0.975, 1e-14);
    expect(normalCdf(-3.090232306167813)).to.be.closeTo(0.001, 1e-15);
  });

  it('normalQuantile matches SciPy norm.ppf in the centre and both tails', () => {
    expect(normalQuantile(0.3)).to.be.closeTo(-0.5244005127080409, 1e-13);
    expect(normalQuantile(0.02425)).to.be.closeTo(-1.972961051311885, 1e-12);
    expect(normalQuantile(1e-10)).to.be.closeTo(-6.361340902404056, 1e-10);
    expect(normalQuantile(0.999999)).to.be.closeTo(4.753424308817087, 1e-9);
    expect(normalQuantile(0.5)).to.equal(0);
  });

  it('chiSquared1Survival: P(χ²₁ > 9.5495) = 0.002 and P(χ²₁ > 10) = 0.0015654', () => {
    expect(chiSquared1Survival(9.54953570608324)).to.be.closeTo(0.002, 1e-14);
    expect(chiSquared1Survival(10)).to.be.closeTo(0.001565402258002549, 1e-14);
    expect(chiSquared1Survival(0)).to.equal(1);
  });

  it('gammaQuantile inverts P: the 0.975 quantile with shape 1 is −ln(0.025)', () => {
    expect(gammaQuantile(0.975, 1)).to.be.closeTo(-Math.log(0.025), 1e-11);
    expect(regularizedGammaP(6, gammaQuantile(0.3, 6))).to.be.closeTo(0.3, 1e-12);
  });
});
