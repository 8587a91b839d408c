import { expect } from '@open-wc/testing';
import { Model, parseAreaList } from '../../src/model/model.js';
import { parseSpec, parseSpecWithWarnings } from '../../src/spec/parse.js';
import { groupedRows } from '../../src/spec/rows.js';
import type { DataRow, Spec } from '../../src/spec/schema.js';
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

describe('Model from rows grouped while they were checked (as elements load a spec)', () => {
  /** Everything a model answers about each indicator and area, to compare two models. */
  const answers = (m: Model) =>
    m.spec.indicators.map(({ id }) => ({
      id,
      periods: m.periods,
      periodsOf: m.periodsOf(id),
      rows: m.rows(id),
      areasWith: m.areasWith(id),
      byArea: m.spec.areas.map(({ code }) => ({
        code,
        series: m.series(id, code),
        latest: m.latestPeriod(id, code),
        groupTypes: m.groupTypes(id, code),
        groups: m.periods.map((p) => m.groups(id, code, p)),
      })),
    }));

  for (const name of ['ons-wellbeing.json', 'county-durham.json', 'deprivation-england.json', 'cymraeg-caerdydd.json']) {
    it(`answers as a model that groups the rows itself (${name})`, async () => {
      const input = structuredClone(await exampleSpec(name));
      const { parsed } = parseSpecWithWarnings(input);
      if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
      const rows = parsed.spec.data as unknown[];
      // A copy of the list is not the list that was checked: that model groups the rows itself.
      const itself = new Model({ ...parsed.spec, data: rows.slice() } as Spec, 'cy');
      expect(answers(new Model(parsed.spec as Spec, 'cy'))).to.deep.equal(answers(itself));
    });
  }

  it('is used only for rows kept as given, with no text in several languages, and while the list keeps its length', async () => {
    const { parsed } = parseSpecWithWarnings(structuredClone(await exampleSpec('ons-wellbeing.json')));
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const rows = parsed.spec.data as DataRow[];
    expect(groupedRows(rows)?.byIndicator.get('life-satisfaction')).to.deep.equal(rows.filter((r) => r.indicator === 'life-satisfaction'));
    const withWelsh = parseSpecWithWarnings({ ...structuredClone(await exampleSpec('ons-wellbeing.json')), data: [{ ...rows[0]!, note: { en: 'Estimate', cy: 'Amcangyfrif' } }, ...rows.slice(1)] }).parsed;
    expect(withWelsh.ok && groupedRows(withWelsh.spec.data as unknown[])).to.equal(undefined);
    // A row added after the check: the model groups the rows itself, and sees it.
    const added = { ...rows[0]!, period: '2030-04-01/P1Y', value: 1 };
    rows.push(added);
    expect(groupedRows(rows)).to.equal(undefined);
    expect(new Model(parsed.spec as Spec).rows(added.indicator, added.area)).to.include(added);
  });
});
