import { expect } from '@open-wc/testing';
import { absoluteGap, gapChange, relativeGap } from '../../src/stats/index.js';

describe('absoluteGap and relativeGap', () => {
  it('absolute gap is a − b, keeping its sign', () => {
    // Walsall vs England life satisfaction 2017-18 (ONS): 7.52 − 7.68 = −0.16
    expect(absoluteGap(7.52, 7.68)).to.be.closeTo(-0.16, 1e-12);
    expect(absoluteGap(7.68, 7.52)).to.be.closeTo(0.16, 1e-12);
  });

  it('relative gap is a / b', () => {
    // alcohol-related mortality 2023, most vs least deprived decile (Fingertips 93763): 52.777 / 30.998 = 1.702568
    expect(relativeGap(52.77703072, 30.99847859)).to.be.closeTo(1.702568, 1e-6);
    expect(relativeGap(3, 4)).to.equal(0.75);
  });

  it('relative gap is null when b is 0', () => {
    expect(relativeGap(5, 0)).to.equal(null);
    expect(relativeGap(0, 5)).to.equal(0);
  });
});

describe('gapChange', () => {
  it("County Durham's employment gap widened from 16.5 points (2014) to 19.5 (2018)", () => {
    expect(gapChange([16.5, 17.2, null, 18.1, 19.5])).to.deep.equal({ first: 16.5, last: 19.5, change: 3, direction: 'widened' });
  });

  it('narrowed when the last gap is smaller', () => {
    const result = gapChange([4, 3.5, 2]);
    expect(result?.direction).to.equal('narrowed');
    expect(result?.change).to.equal(-2);
  });

  it('compares sizes, so a negative gap that shrinks has narrowed and one that grows has widened', () => {
    expect(gapChange([-3, -1])?.direction).to.equal('narrowed');
    expect(gapChange([-1, -3])?.direction).to.equal('widened');
    // changing sides: |−3| → |2| is smaller
    expect(gapChange([-3, 2])).to.deep.equal({ first: -3, last: 2, change: -1, direction: 'narrowed' });
  });

  it('unchanged when the sizes are equal, even with floating-point dust', () => {
    expect(gapChange([2, 5, 2])?.direction).to.equal('unchanged');
    expect(gapChange([0.1 + 0.2, 0.3])).to.deep.equal({ first: 0.1 + 0.2, last: 0.3, change: 0, direction: 'unchanged' });
  });

  it('uses the first and last non-null gaps', () => {
    expect(gapChange([null, 2, 9, 1, null])).to.deep.equal({ first: 2, last: 1, change: -1, direction: 'narrowed' });
  });

  it('is null with fewer than 2 gaps', () => {
    expect(gapChange([])).to.equal(null);
    expect(gapChange([null, 4, null])).to.equal(null);
    expect(gapChange([Number.NaN, 4])).to.equal(null);
  });
});
