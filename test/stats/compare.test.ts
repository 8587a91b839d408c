import { expect } from '@open-wc/testing';
import { applyPolarity, compareWithBenchmark } from '../../src/stats/index.js';

// Real rows from shared/data/ons-wellbeing/wellbeing_focus_areas.csv (ONS APS personal wellbeing, release of
// 7 November 2023): mean score with its 95% confidence limits; England's mean is the benchmark.
const walsall = {
  satisfaction2012: { value: 7.58, lower: 7.44, upper: 7.73 }, // England 2012-13: 7.44, equal to the lower limit
  satisfaction2017: { value: 7.52, lower: 7.36, upper: 7.67 }, // England 2017-18: 7.68, above the upper limit
  satisfaction2022: { value: 7.35, lower: 7.09, upper: 7.62 }, // England 2022-23: 7.44, inside
  worthwhile2012: { value: 7.83, lower: 7.7, upper: 7.97 }, // England 2012-13: 7.69, below the lower limit
  anxiety2012: { value: 2.78, lower: 2.56, upper: 2.99 }, // England 2012-13: 3.04, above the upper limit
  anxiety2017: { value: 3.23, lower: 2.97, upper: 3.48 }, // England 2017-18: 2.90, below the lower limit
};
const england = { satisfaction2012: 7.44, satisfaction2017: 7.68, satisfaction2022: 7.44, worthwhile2012: 7.69, anxiety2012: 3.04, anxiety2017: 2.9 };
// West Midlands worthwhile 2015-16: 7.79 (7.75 to 7.83); England 7.83, equal to the upper limit.
const westMidlandsWorthwhile2015 = { value: 7.79, lower: 7.75, upper: 7.83 };

describe('compareWithBenchmark (Fingertips: benchmark inside the 95% interval = similar)', () => {
  it('similar when the benchmark lies inside the interval: Walsall life satisfaction 2022-23 vs England', () => {
    expect(compareWithBenchmark(walsall.satisfaction2022, england.satisfaction2022, 'higher-is-better')).to.equal('similar');
  });

  it('similar when the benchmark equals the lower limit (inclusive): Walsall life satisfaction 2012-13 vs England 7.44', () => {
    expect(compareWithBenchmark(walsall.satisfaction2012, england.satisfaction2012, 'higher-is-better')).to.equal('similar');
    // a hair below the limit is outside: the boundary really is the edge
    expect(compareWithBenchmark(walsall.satisfaction2012, 7.4399, 'higher-is-better')).to.equal('better');
  });

  it('similar when the benchmark equals the upper limit (inclusive): West Midlands worthwhile 2015-16 vs England 7.83', () => {
    expect(compareWithBenchmark(westMidlandsWorthwhile2015, 7.83, 'higher-is-better')).to.equal('similar');
    expect(compareWithBenchmark(westMidlandsWorthwhile2015, 7.8301, 'higher-is-better')).to.equal('worse');
  });

  it('higher-is-better: lower than England is worse (Walsall life satisfaction 2017-18, 7.52 vs 7.68)', () => {
    expect(compareWithBenchmark(walsall.satisfaction2017, england.satisfaction2017, 'higher-is-better')).to.equal('worse');
  });

  it('higher-is-better: higher than England is better (Walsall worthwhile 2012-13, 7.83 vs 7.69)', () => {
    expect(compareWithBenchmark(walsall.worthwhile2012, england.worthwhile2012, 'higher-is-better')).to.equal('better');
  });

  it('lower-is-better: higher anxiety than England is worse (Walsall 2017-18, 3.23 vs 2.90)', () => {
    expect(compareWithBenchmark(walsall.anxiety2017, england.anxiety2017, 'lower-is-better')).to.equal('worse');
  });

  it('lower-is-better: lower anxiety than England is better (Walsall 2012-13, 2.78 vs 3.04)', () => {
    expect(compareWithBenchmark(walsall.anxiety2012, england.anxiety2012, 'lower-is-better')).to.equal('better');
  });

  it('no-judgement keeps higher and lower, and similar stays similar', () => {
    expect(compareWithBenchmark(walsall.anxiety2017, england.anxiety2017, 'no-judgement')).to.equal('higher');
    expect(compareWithBenchmark(walsall.anxiety2012, england.anxiety2012, 'no-judgement')).to.equal('lower');
    expect(compareWithBenchmark(walsall.satisfaction2022, england.satisfaction2022, 'no-judgement')).to.equal('similar');
  });

  it('not compared without both confidence limits', () => {
    const { value, lower, upper } = walsall.satisfaction2017;
    expect(compareWithBenchmark({ value }, 7.68, 'higher-is-better')).to.equal('not-compared');
    expect(compareWithBenchmark({ value, lower }, 7.68, 'higher-is-better')).to.equal('not-compared');
    expect(compareWithBenchmark({ value, upper }, 7.68, 'higher-is-better')).to.equal('not-compared');
    expect(compareWithBenchmark({ value, lower: null, upper }, 7.68, 'higher-is-better')).to.equal('not-compared');
  });

  it('not compared without a value or without a benchmark value', () => {
    expect(compareWithBenchmark({ ...walsall.satisfaction2017, value: null }, 7.68, 'higher-is-better')).to.equal('not-compared');
    expect(compareWithBenchmark(walsall.satisfaction2017, null, 'higher-is-better')).to.equal('not-compared');
    expect(compareWithBenchmark(walsall.satisfaction2017, undefined, 'higher-is-better')).to.equal('not-compared');
    expect(compareWithBenchmark(walsall.satisfaction2017, Number.NaN, 'higher-is-better')).to.equal('not-compared');
  });

  it('reads reversed limits the right way round', () => {
    expect(compareWithBenchmark({ value: 7.52, lower: 7.67, upper: 7.36 }, 7.68, 'higher-is-better')).to.equal('worse');
    expect(compareWithBenchmark({ value: 7.52, lower: 7.67, upper: 7.36 }, 7.5, 'higher-is-better')).to.equal('similar');
  });
});

describe('applyPolarity', () => {
  it('maps every direction for every polarity', () => {
    expect(applyPolarity('higher', 'higher-is-better')).to.equal('better');
    expect(applyPolarity('lower', 'higher-is-better')).to.equal('worse');
    expect(applyPolarity('higher', 'lower-is-better')).to.equal('worse');
    expect(applyPolarity('lower', 'lower-is-better')).to.equal('better');
    expect(applyPolarity('higher', 'no-judgement')).to.equal('higher');
    expect(applyPolarity('lower', 'no-judgement')).to.equal('lower');
  });
});
