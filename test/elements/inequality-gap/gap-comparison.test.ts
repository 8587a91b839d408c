/**
 * <inequality-gap> compares each group with the whole area by the indicator's `comparison` method
 * (SPEC-v1), through the same src/stats `compareArea` as every element. Real data: children in absolute
 * low income families by deprivation decile (Fingertips, examples/data/deprivation-england.json), with
 * England's overall value made from the deciles' own counts (the deciles cover England).
 */
import { expect } from '@open-wc/testing';
import { messagesFor } from '../../../src/i18n/index.js';
import { buildGapView, type GroupsView } from '../../../src/elements/inequality-gap/gap-model.js';
import type { ComparisonMethod } from '../../../src/stats/benchmark.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { deprivation, ENGLAND, modelOf, rowsOf } from './gap-fixtures.js';

const en = messagesFor('en');
const INDICATOR = 'children-low-income';

async function lowIncome(method: ComparisonMethod): Promise<{ spec: SpecInput; overall: number }> {
  const spec = await deprivation();
  spec.indicators = spec.indicators!.map((i) => (i.id === INDICATOR ? { ...i, comparison: method, valueType: 'proportion' as const, multiplier: 100 } : i));
  const deciles = rowsOf(spec).filter((r) => r.indicator === INDICATOR && r.period === '2018/19' && r.group?.type === 'deprivation-decile');
  const count = deciles.reduce((sum, r) => sum + r.count!, 0);
  const denominator = deciles.reduce((sum, r) => sum + r.denominator!, 0);
  const overall = (100 * count) / denominator;
  rowsOf(spec).push({ indicator: INDICATOR, area: ENGLAND, period: '2018/19', value: overall, count, denominator });
  return { spec, overall };
}

const view = (spec: SpecInput) =>
  buildGapView(modelOf(spec), { indicator: INDICATOR, period: '2018/19', groupType: 'deprivation-decile' }, { messages: en, lang: 'en' }) as GroupsView;

/** Wilson's 99.8% interval written out (z = 3.090232306), in percent: the oracle. */
function wilson998(count: number, n: number): [number, number] {
  const z = 3.090232306;
  const centre = 2 * count + z * z;
  const spread = z * Math.sqrt(z * z + 4 * count * (1 - count / n));
  return [(100 * (centre - spread)) / (2 * (n + z * z)), (100 * (centre + spread)) / (2 * (n + z * z))];
}

describe('inequality-gap: the comparison method (SPEC-v1 `comparison`)', () => {
  it('ci-overlap-99.8: each decile against England by its 99.8% Wilson interval from its counts; the column and a note say 99.8%', async () => {
    const { spec, overall } = await lowIncome('ci-overlap-99.8');
    const v = view(spec);
    expect(v.compared).to.equal(true);
    const deciles = rowsOf(spec).filter((r) => r.indicator === INDICATOR && r.period === '2018/19' && r.group?.type === 'deprivation-decile');
    v.groups.forEach((g, i) => {
      const row = deciles[i]!;
      const [lower, upper] = wilson998(row.count!, row.denominator!);
      const expected = lower <= overall && overall <= upper ? 'similar' : row.value! > overall ? 'worse' : 'better';
      expect(g.comparison, g.label).to.equal(expected);
    });
    expect(new Set(v.groups.map((g) => g.comparison))).to.have.property('size').greaterThan(1);
    expect(v.table.head.at(-1)!.text).to.equal('Compared with England overall (99.8% confidence)');
    expect(v.notes).to.include('Each group is compared with England overall by its 99.8% confidence interval.');
  });

  it('quintiles: groups are not placed in fifths; no comparison column, no status marks, and a note says why', async () => {
    const { spec } = await lowIncome('quintiles');
    const v = view(spec);
    expect(v.compared).to.equal(false);
    expect(v.groups.every((g) => g.comparison === undefined)).to.equal(true);
    expect(v.table.head.map((h) => h.text).some((t) => t.startsWith('Compared with'))).to.equal(false);
    expect(v.notes.join(' ')).to.contain('this indicator is compared by quintiles, which place an area among areas of its type, not a group within an area');
  });

  it('none: nothing is compared, and a note says so', async () => {
    const { spec } = await lowIncome('none');
    const v = view(spec);
    expect(v.compared).to.equal(false);
    expect(v.groups.every((g) => g.comparison === undefined)).to.equal(true);
    expect(v.notes).to.include('This indicator is not compared, so groups are not compared with the whole area.');
  });
});
