import { expect, html } from '@open-wc/testing';
import '../../../src/elements/indicator-trend/indicator-trend.js';
import type { IndicatorTrend } from '../../../src/elements/indicator-trend/indicator-trend.js';
import { buildTrendView } from '../../../src/elements/indicator-trend/trend-model.js';
import { buildTrendSpec, chartPeriods, MAX_CHART_PERIODS } from '../../../src/elements/indicator-trend/trend-spec.js';
import { trendSpecOptions, defaultTrendTheme } from '../../../src/elements/indicator-trend/trend-export.js';
import { messagesFor } from '../../../src/i18n/index.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { fixtureReady, shadow } from '../../helpers.js';
import { ENGLAND, modelOf, onsWellbeing, WALSALL } from './trend-fixtures.js';

/**
 * A series longer than any publication (issue 15: a trend of 25,000 periods stalled the page for
 * seconds): Walsall's and England's real ONS life satisfaction values (with their intervals), repeated
 * over `count` months from January 1000, one row per area and month.
 */
async function longSeries(count: number): Promise<SpecInput> {
  const spec = await onsWellbeing();
  const rows = spec.data as Array<Record<string, unknown>>;
  const series = (area: string) => rows.filter((r) => r.indicator === 'life-satisfaction' && r.area === area && r.value !== null);
  const walsall = series(WALSALL);
  const england = series(ENGLAND);
  const data: Array<Record<string, unknown>> = [];
  for (let i = 0; i < count; i++) {
    // ISO months, as the ONS writes them (`1000-01` alone would read as the financial year 1000/01).
    const period = `${1000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01/P1M`;
    data.push({ ...walsall[i % walsall.length], period }, { ...england[i % england.length], period });
  }
  return { ...spec, data } as SpecInput;
}

const viewOf = (spec: SpecInput) =>
  buildTrendView(modelOf(spec), { indicator: 'life-satisfaction', area: WALSALL, locale: 'en' }, messagesFor('en'));

describe('<indicator-trend> with very many periods (issue 15)', () => {
  it('draws at most 500 periods of a 25,000-period series, keeping the first, the latest, the lowest and the highest', async () => {
    const view = viewOf(await longSeries(25_000));
    expect(view.points).to.have.length(25_000);
    const drawn = chartPeriods(view);
    expect(drawn.points.length).to.be.at.most(MAX_CHART_PERIODS + 2).and.at.least(MAX_CHART_PERIODS / 2);
    expect(drawn.points).to.include(view.first).and.include(view.latest);
    const values = view.points.map((p) => p.value!);
    const drawnValues = drawn.points.map((p) => p.value);
    expect(drawnValues).to.include(Math.min(...values)).and.include(Math.max(...values));
    // In time order, as the table.
    const order = drawn.points.map((p) => view.points.indexOf(p));
    expect(order).to.deep.equal([...order].sort((a, b) => a - b));

    // Every dataset the chart draws is bounded by the periods drawn.
    const chart = buildTrendSpec(view, trendSpecOptions(view, messagesFor('en'), defaultTrendTheme, 'screen', undefined));
    for (const rows of Object.values(chart.data)) expect(rows.length).to.be.at.most(2 * (MAX_CHART_PERIODS + 2));
    expect((chart.signals.periodLabels as string[]).length).to.equal(drawn.points.length);
  });

  it('draws a series of 500 periods or fewer whole', async () => {
    const view = viewOf(await longSeries(MAX_CHART_PERIODS));
    expect(chartPeriods(view)).to.equal(view);
  });

  it('a 25,000-period trend draws a bounded number of marks; its words keep the latest period', async () => {
    const spec = await longSeries(25_000);
    const el = await fixtureReady<IndicatorTrend>(
      html`<indicator-trend style="width: 720px" .spec=${spec} indicator="life-satisfaction" area=${WALSALL}></indicator-trend>`,
      9000,
    );
    const root = shadow(el);
    const marks = root.querySelectorAll('.chart svg path, .chart svg line, .chart svg text').length;
    expect(marks).to.be.above(MAX_CHART_PERIODS / 2).and.at.most(8 * (MAX_CHART_PERIODS + 2));
    expect(root.querySelectorAll('.chart .mark-symbol path')).to.have.length.at.most(2 * (MAX_CHART_PERIODS + 2));
    expect(root.querySelector('[part="latest"]')!.textContent).to.contain('April 3083');
    expect(root.querySelector('[part="summary"]')!.textContent).to.contain('April 3083');
  });

  it('the table of a series longer than the chart draws is written when opened, with every period', async () => {
    const spec = await longSeries(2_000);
    const el = await fixtureReady<IndicatorTrend>(
      html`<indicator-trend style="width: 720px" .spec=${spec} indicator="life-satisfaction" area=${WALSALL}></indicator-trend>`,
    );
    const root = shadow(el);
    // The area's points and England's: two for each period drawn.
    expect(root.querySelectorAll('.chart .mark-symbol path')).to.have.length.at.most(2 * (MAX_CHART_PERIODS + 2));
    root.querySelector<HTMLButtonElement>('[part="table-button"]')!.click();
    await el.updateComplete;
    expect(root.querySelectorAll('#table tbody tr')).to.have.length(2_000);
    expect(root.querySelector('#table tbody tr:first-child th')!.textContent).to.contain('January 1000');
    expect(root.querySelector('#table tbody tr:last-child th')!.textContent).to.contain('August 1166');
  });
});
