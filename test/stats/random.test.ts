import { expect } from '@open-wc/testing';
import { mulberry32, normalSampler } from '../../src/stats/index.js';

describe('mulberry32', () => {
  it('produces the reference sequence (checked against an independent Python port of the algorithm)', () => {
    const one = mulberry32(1);
    expect([one(), one(), one()]).to.deep.equal([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
    const answer = mulberry32(42);
    expect(answer()).to.equal(0.6011037519201636);
  });

  it('is reproducible for a seed and differs between seeds', () => {
    const a = mulberry32(7);
    const b = mulberry32(7);
    const c = mulberry32(8);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).to.deep.equal(first);
    expect(c()).to.not.equal(first[0]);
  });

  it('is uniform on [0, 1): mean 1/2 and variance 1/12 over 100,000 draws', () => {
    const next = mulberry32(2024);
    let sum = 0;
    let sumSquares = 0;
    let min = 1;
    let max = 0;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = next();
      sum += u;
      sumSquares += u * u;
      min = Math.min(min, u);
      max = Math.max(max, u);
    }
    const mean = sum / n;
    // standard error of the mean is √(1/12/n) = 0.0009: allow 5 of them
    expect(mean).to.be.closeTo(0.5, 0.0046);
    expect(sumSquares / n - mean * mean).to.be.closeTo(1 / 12, 0.002);
    expect(min).to.be.at.least(0);
    expect(max).to.be.below(1);
  });
});

describe('normalSampler (Box–Muller)', () => {
  it('gives mean 0, SD 1, and 95% of draws within ±1.96 over 100,000 draws', () => {
    const draw = normalSampler(mulberry32(99));
    const n = 100_000;
    let sum = 0;
    let sumSquares = 0;
    let inside = 0;
    for (let i = 0; i < n; i++) {
      const z = draw();
      sum += z;
      sumSquares += z * z;
      if (Math.abs(z) <= 1.959964) inside++;
    }
    const mean = sum / n;
    expect(mean).to.be.closeTo(0, 0.016); // 5 standard errors of 1/√n
    expect(Math.sqrt(sumSquares / n - mean * mean)).to.be.closeTo(1, 0.012);
    expect(inside / n).to.be.closeTo(0.95, 0.0035); // SE of a proportion √(0.95·0.05/n) = 0.0007
  });

  it('is reproducible with the same seed', () => {
    const a = normalSampler(mulberry32(5));
    const b = normalSampler(mulberry32(5));
    for (let i = 0; i < 5; i++) expect(a()).to.equal(b());
  });

  it('uses both numbers of a pair: the first two draws are cos and sin of the same angle', () => {
    const uniforms = [0.75, 0.125];
    let i = 0;
    const draw = normalSampler(() => uniforms[i++ % 2]!);
    const radius = Math.sqrt(-2 * Math.log(1 - 0.75)); // √(2 ln 4) = 1.66511
    expect(draw()).to.be.closeTo(radius * Math.cos(Math.PI / 4), 1e-12);
    expect(draw()).to.be.closeTo(radius * Math.sin(Math.PI / 4), 1e-12);
  });
});
