import { expect } from '@open-wc/testing';
import { compareArea, compareByQuintile, limitsAt, ntile, quintileStatus, wilsonInterval } from '../../src/stats/index.js';

describe('ntile: SQL Server NTILE(5), as FingertipsNext ranks quintiles', () => {
  it('30 areas: six in each fifth, by value ascending, whatever the input order', () => {
    // values 1..30 shuffled: value v is in group ceil(v / 6)
    const values = [17, 3, 29, 8, 22, 1, 14, 26, 5, 30, 11, 19, 2, 24, 9, 27, 13, 6, 21, 16, 28, 4, 10, 25, 18, 7, 23, 12, 20, 15];
    expect(ntile(values)).to.deep.equal(values.map((v) => Math.ceil(v / 6)));
  });

  it('32 areas: the first two groups take one more (7, 7, 6, 6, 6), as NTILE deals the remainder', () => {
    const values = Array.from({ length: 32 }, (_, i) => i + 1);
    const sizes = [1, 2, 3, 4, 5].map((g) => ntile(values).filter((x) => x === g).length);
    expect(sizes).to.deep.equal([7, 7, 6, 6, 6]);
    expect(ntile(values)[6]).to.equal(1);
    expect(ntile(values)[7]).to.equal(2);
  });

  it('names the fifths by polarity (Fingertips: worst … best, best … worst, lowest … highest)', () => {
    expect([1, 2, 3, 4, 5].map((g) => quintileStatus(g, 'higher-is-better'))).to.deep.equal([
      'quintile-worst', 'quintile-worse', 'quintile-middle-judged', 'quintile-better', 'quintile-best',
    ]);
    expect(quintileStatus(1, 'lower-is-better')).to.equal('quintile-best');
    expect(quintileStatus(5, 'no-judgement')).to.equal('quintile-highest');
  });

  it('fewer than 5 areas with a value: not compared', () => {
    const peers = [1, 2, 3, 4].map((v) => ({ code: `A${v}`, value: v })).concat([{ code: 'A5', value: null as unknown as number }]);
    expect(compareByQuintile('A1', peers, 'no-judgement')).to.deep.equal({ status: 'not-compared', reason: 'too-few-peers' });
  });

  it('gives each of 300 areas, asked one by one about the same peers, the fifth NTILE gives it (a repeated code: its first entry)', () => {
    const values = Array.from({ length: 300 }, (_, i) => ((i * 37) % 300) / 10);
    const peers = [...values.map((value, i) => ({ code: `A${i}`, value: i % 11 === 0 ? null : value })), { code: 'A1', value: -1 }];
    // NTILE over every value (the repeated A1 included), each code taking its first entry's fifth.
    const withValues = peers.filter((p) => p.value !== null);
    const groups = ntile(withValues.map((p) => p.value!));
    const expected = new Map(withValues.map((p, i): [string, string] => [p.code, quintileStatus(groups[i]!, 'higher-is-better')]).reverse());
    for (const { code } of peers.slice(0, 300)) {
      const result = compareByQuintile(code, peers, 'higher-is-better');
      expect(result, code).to.deep.equal(expected.has(code) ? { status: expected.get(code) } : { status: 'not-compared', reason: 'no-value' });
    }
  });
});

describe('compareArea: the benchmarking methods', () => {
  it('ci-overlap-99.8 uses the 99.8% limits, which can make "worse" at 95% "similar"', () => {
    const row = { value: 12, lower: 10.5, upper: 13.5, lower99_8: 9.6, upper99_8: 14.4 };
    expect(compareArea({ row, benchmarkValue: 10, polarity: 'lower-is-better' }).status).to.equal('worse');
    expect(compareArea({ method: 'ci-overlap-99.8', row, benchmarkValue: 10, polarity: 'lower-is-better' }).status).to.equal('similar');
  });

  it('computes missing limits from the count at the level asked (Wilson 99.8% for a proportion)', () => {
    const row = { value: 20, count: 200, denominator: 1000 };
    const w = wilsonInterval(200, 1000, 0.998);
    expect(limitsAt(row, 0.998, 'proportion', 100)).to.deep.equal({ lower: w.lower * 100, upper: w.upper * 100 });
    const result = compareArea({ method: 'ci-overlap-99.8', row, benchmarkValue: 17, polarity: 'higher-is-better', valueType: 'proportion' });
    expect(result.limits?.confidence).to.equal(0.998);
    // 99.8% Wilson for 200/1000 is 16.5% to 24.0%: 17 lies inside
    expect(result.status).to.equal('similar');
    // …while without a value type the limits cannot be computed
    expect(compareArea({ row, benchmarkValue: 17, polarity: 'higher-is-better' })).to.deep.equal({ status: 'not-compared', reason: 'no-interval' });
  });

  it('none: not compared, whatever the data', () => {
    expect(compareArea({ method: 'none', row: { value: 1, lower: 0, upper: 2 }, benchmarkValue: 5, polarity: 'higher-is-better' })).to.deep.equal({
      status: 'not-compared',
      reason: 'method-none',
    });
  });

  it('quintiles: the area among its peers', () => {
    const peers = Array.from({ length: 10 }, (_, i) => ({ code: `E${i}`, value: i * 1.5 }));
    expect(compareArea({ method: 'quintiles', row: { value: 13.5 }, benchmarkValue: null, polarity: 'lower-is-better', area: 'E9', peers }).status).to.equal(
      'quintile-worst',
    );
  });
});
