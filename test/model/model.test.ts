import { expect } from '@open-wc/testing';
import { Model, parseAreaList } from '../../src/model/model.js';
import { parseSpec } from '../../src/spec/parse.js';
import type { Spec } from '../../src/spec/schema.js';
import { exampleSpec } from '../helpers.js';

async function model(name: string): Promise<Model> {
  const parsed = parseSpec(await exampleSpec(name));
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return new Model(parsed.spec as Spec);
}

describe('Model', () => {
  it('orders ONS periods by time and labels them as financial years', async () => {
    const m = await model('ons-wellbeing.json');
    const series = m.series('life-satisfaction', 'E09000019');
    expect(series[0]!.period).to.equal('2011-04-01/P1Y');
    expect(series[0]!.label).to.equal('2011/12');
    expect(series.at(-1)!.label).to.equal('2022/23');
    // ONS APS: Islington life satisfaction 7.09 in 2011/12 and 7.25 in 2022/23.
    expect(series[0]!.row!.value).to.equal(7.09);
    expect(series.at(-1)!.row!.value).to.equal(7.25);
  });

  it('finds the latest period with a value, skipping a trailing gap', async () => {
    const spec = await exampleSpec('ons-wellbeing.json');
    const rows = spec.data as Array<{ indicator: string; area: string; period: string; value: number | null }>;
    const last = rows.find((r) => r.indicator === 'anxiety' && r.area === 'E08000030' && r.period === '2022-04-01/P1Y')!;
    last.value = null;
    const parsed = parseSpec(spec);
    if (!parsed.ok) throw new Error('spec should parse');
    const m = new Model(parsed.spec as Spec);
    expect(m.latestPeriod('anxiety', 'E08000030')).to.equal('2021-04-01/P1Y');
    expect(m.latestPeriod('anxiety', 'E92000001')).to.equal('2022-04-01/P1Y');
  });

  it('keeps a period missing for one area as a gap in its series', () => {
    const parsed = parseSpec({
      version: 1,
      areas: [
        { code: 'A', name: 'A' },
        { code: 'B', name: 'B' },
      ],
      indicators: [{ id: 'x', title: 'X' }],
      data: [
        { indicator: 'x', area: 'A', period: '2019', value: 1 },
        { indicator: 'x', area: 'B', period: '2020', value: 2 },
        { indicator: 'x', area: 'A', period: '2021', value: 3 },
      ],
    });
    if (!parsed.ok) throw new Error('spec should parse');
    const series = new Model(parsed.spec as Spec).series('x', 'A');
    expect(series.map((p) => [p.period, p.row?.value ?? null])).to.deep.equal([
      ['2019', 1],
      ['2020', null],
      ['2021', 3],
    ]);
  });

  it('orders deprivation deciles from most to least deprived', async () => {
    const m = await model('deprivation-england.json');
    const period = m.latestPeriod('children-low-income', 'E92000001', { grouped: true })!;
    expect(period).to.equal('2022/23');
    const groups = m.groups('children-low-income', 'E92000001', period);
    expect(groups).to.have.length(10);
    expect(groups.map((g) => g.group!.order)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(groups[0]!.group!.label).to.match(/most deprived/i);
    expect(m.groupTypes('children-low-income')).to.deep.equal(['deprivation-decile']);
  });

  it('resolves the benchmark from the attribute, then the spec', async () => {
    const m = await model('ons-wellbeing.json');
    expect(m.benchmark()).to.equal('E92000001');
    expect(m.benchmark('E12000005')).to.equal('E12000005');
    expect(m.benchmark('nowhere')).to.equal(undefined);
    expect(m.areaName('E08000030')).to.equal('Walsall');
  });

  it('reads compare lists separated by spaces or commas', () => {
    expect(parseAreaList('E12000005, E92000001  K02000001')).to.deep.equal(['E12000005', 'E92000001', 'K02000001']);
    expect(parseAreaList(null)).to.deep.equal([]);
  });
});
