import { expect } from '@open-wc/testing';
import { buildChartRows } from '../../../src/elements/wellbeing-chart/chart-rows.js';
import { buildTrendView } from '../../../src/elements/indicator-trend/trend-model.js';
import { checkAuthorChart, isSafeLink, titleText } from '../../../src/elements/wellbeing-chart/chart-safety.js';
import { refusingLoader } from '../../../src/elements/wellbeing-chart/chart-embed.js';
import { messagesFor } from '../../../src/i18n/index.js';
import { Model } from '../../../src/model/model.js';
import { parseSpec } from '../../../src/spec/parse.js';
import type { Spec } from '../../../src/spec/schema.js';
import { exampleSpec } from '../../helpers.js';

const en = messagesFor('en');

async function model(name: string): Promise<Model> {
  const result = parseSpec(await exampleSpec(name));
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return new Model(result.spec as Spec); // these example files hold their rows inline
}

describe('the rows of <wellbeing-chart>', () => {
  it('filters by indicators, areas and the latest period of each indicator', async () => {
    const m = await model('ons-wellbeing.json');
    const { rows, benchmarkName } = buildChartRows(m, { indicator: 'anxiety happiness', area: 'E08000030,E92000001', period: 'latest' }, en);
    expect(benchmarkName).to.equal('England');
    expect(rows.map((r) => `${r.indicator} ${r.area} ${r.period}`)).to.have.members([
      'anxiety E08000030 2022-04-01/P1Y',
      'anxiety E92000001 2022-04-01/P1Y',
      'happiness E08000030 2022-04-01/P1Y',
      'happiness E92000001 2022-04-01/P1Y',
    ]);
    const walsall = rows.find((r) => r.indicator === 'anxiety' && r.area === 'E08000030')!;
    expect(walsall).to.include({ areaName: 'Walsall', periodLabel: '2022/23', group: null, groupOrder: null, count: null });
    expect(rows.find((r) => r.area === 'E92000001')!.comparison).to.equal('not-compared');
  });

  it("compares by the indicator's comparison method, as the trend does: 99.8% limits (given or computed), and none", async () => {
    const m = await model('ons-wellbeing.json');
    const request = { indicator: 'life-satisfaction', area: 'E09000019,E08000030', benchmark: 'E92000001' };
    const at95 = buildChartRows(m, request, en).rows;
    for (const method of ['ci-overlap-99.8', 'none'] as const) {
      let changed = false;
      const spec = structuredClone(m.spec);
      spec.indicators.find((i) => i.id === 'life-satisfaction')!.comparison = method;
      const byMethod = new Model(spec);
      const rows = buildChartRows(byMethod, request, en).rows;
      for (const row of rows) {
        const trend = buildTrendView(byMethod, { indicator: 'life-satisfaction', area: row.area, benchmark: 'E92000001', locale: 'en' }, en);
        const point = trend.points.find((p) => p.period === row.period)!;
        expect(row.comparison, `${method} ${row.area} ${row.period}`).to.equal(point.comparison);
        changed ||= row.comparison !== at95.find((r) => r.area === row.area && r.period === row.period)!.comparison;
      }
      expect(changed, method).to.equal(true);
      if (method === 'none') expect(new Set(rows.map((r) => r.comparison))).to.deep.equal(new Set(['not-compared']));
    }
    // At 95% some rows differ from England, so a method that changed nothing would fail `changed` above.
    expect(at95.some((r) => r.comparison === 'worse' || r.comparison === 'better')).to.equal(true);
  });

  it('gives every period without a period, and says which periods exist when one is unknown', async () => {
    const m = await model('ons-wellbeing.json');
    expect(buildChartRows(m, { indicator: 'anxiety', area: 'E09000019' }, en).rows).to.have.length(12);
    expect(() => buildChartRows(m, { period: '2030' }, en)).to.throw(/There is no period "2030" in the data \(it has 2011-04-01\/P1Y, /);
    expect(() => buildChartRows(m, { indicator: 'nope' }, en)).to.throw('There is no indicator "nope" in the spec (it has life-satisfaction, worthwhile, happiness, anxiety).');
  });

  it('carries groups with their order (deprivation deciles)', async () => {
    const m = await model('deprivation-england.json');
    const { rows } = buildChartRows(m, { indicator: 'alcohol-related-mortality', period: 'latest' }, en);
    const grouped = rows.filter((r) => r.group !== null);
    expect(grouped.length).to.be.greaterThan(4);
    expect(grouped.every((r) => typeof r.groupOrder === 'number' && typeof r.groupType === 'string')).to.equal(true);
  });
});

describe('the safety check of an author’s chart', () => {
  it('names every fetch by its JSON path, keeps the rest, drops usermeta and binds rows', () => {
    const input = {
      description: 'A chart',
      usermeta: { embedOptions: { loader: { baseURL: 'https://evil.example/' } } },
      transform: [{ lookup: 'area', from: { data: { url: 'https://evil.example/areas.csv' }, key: 'code' } }],
      vconcat: [{ mark: 'geoshape', data: { url: 'boundaries.json', format: { type: 'topojson' } } }],
      datasets: { rows: [{ fake: true }], other: [{ a: 1 }] },
    };
    const { chart, issues } = checkAuthorChart(input, [{ area: 'x' }], en);
    expect(issues.map((i) => i.path)).to.deep.equal(['transform[0].from.data.url', 'vconcat[0].data.url']);
    expect(chart).not.to.have.property('usermeta');
    expect(chart!['datasets']).to.deep.equal({ rows: [{ area: 'x' }], other: [{ a: 1 }] });
    expect(input).to.have.property('usermeta'); // the page's object is not changed
  });

  it('allows http(s) and relative links only; reads titles of every form', () => {
    expect(['https://a.gov.uk', 'http://a', '/x', 'page.html'].every(isSafeLink)).to.equal(true);
    expect(['javascript:alert(1)', ' JavaScript:x', 'data:text/html,x', 'vbscript:x'].some(isSafeLink)).to.equal(false);
    expect(titleText({ text: ['Two', 'lines'] })).to.equal('Two lines');
    expect(titleText('Plain')).to.equal('Plain');
    expect(titleText(undefined)).to.equal('');
  });

  it('is not an object: says so', () => {
    expect(checkAuthorChart([1], [], en).issues).to.deep.equal([{ path: '(the chart)', message: en.wellbeingChart.notAnObject }]);
  });
});

describe('the loader vega-embed is given', () => {
  it('refuses every request and lets only http(s) links through', async () => {
    const refused: string[] = [];
    const loader = refusingLoader('https://council.example/page', (url) => `refused ${url}`, refused);
    let error: unknown;
    await loader.load('data.csv').catch((e: unknown) => (error = e));
    expect((error as Error).message).to.equal('refused data.csv');
    await loader.sanitize('https://x.example/i.png', { context: 'image' } as never).catch(() => undefined);
    expect(await loader.sanitize('/about', { context: 'href' } as never)).to.include({ href: 'https://council.example/about' });
    await loader.sanitize('javascript:alert(1)', { context: 'href' } as never).catch(() => undefined);
    expect(refused).to.deep.equal(['data.csv', 'https://x.example/i.png', 'javascript:alert(1)']);
  });
});
