import { expect } from '@open-wc/testing';
import { csvToRows } from '../../../src/data/csv.js';
import { messagesFor } from '../../../src/i18n/index.js';
import { toCsv } from '../../../src/render/downloads.js';
import { buildTrendView, titleForSentence, type TrendRequest } from '../../../src/elements/indicator-trend/trend-model.js';
import {
  announcement,
  axisTitle,
  chartLabel,
  summaryText,
  tooltipLines,
  trendCsv,
  trendTable,
  unitTitle,
} from '../../../src/elements/indicator-trend/trend-text.js';
import { wrapWords } from '../../../src/render/chart-text.js';
import {
  ENGLAND,
  ISLINGTON,
  lifeExpectancy,
  LONDON,
  modelOf,
  onsWellbeing,
  onsWithMissingPeriod,
  onsWithTarget,
  WALSALL,
  WEST_MIDLANDS,
} from './trend-fixtures.js';

const en = messagesFor('en');
const request = (r: Partial<TrendRequest> = {}): TrendRequest => ({ locale: 'en-GB', ...r });

describe('indicator-trend words (trend-text.ts)', () => {
  it('the summary of Islington life satisfaction (ONS APS: 7.09 in 2011/12, 7.25 in 2022/23, England 7.44)', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON, indicator: 'life-satisfaction' }), en);
    expect(summaryText(view, en)).to.equal(
      'Life satisfaction in Islington was 7.09 in 2011/12 and 7.25 in 2022/23; in 2022/23 it was similar to England (7.44). ' +
        'Recent trend (latest 5 periods): no significant change.',
    );
  });

  it('the summary of a worse latest value, lower being better (Walsall anxiety up to 2017/18)', async () => {
    const spec = await onsWellbeing();
    // Cut the series at 2017/18 so that year is the latest: Walsall 3.23 (2.97 to 3.48) against England 2.90.
    spec.data = (spec.data as Array<{ period: string }>).filter((r) => r.period < '2018') as never;
    const view = buildTrendView(modelOf(spec), request({ area: WALSALL, indicator: 'anxiety' }), en);
    expect(summaryText(view, en)).to.equal(
      'Anxiety in Walsall was 3.15 in 2011/12 and 3.23 in 2017/18; in 2017/18 it was worse than England (2.90). ' +
        'Recent trend (latest 5 periods): no significant change.',
    );
  });

  it('the summary names gaps, and the trend over the 5 most recent values around them (gaps allowed, as FingertipsNext)', async () => {
    const view = buildTrendView(modelOf(await onsWithMissingPeriod()), request({ area: WALSALL, indicator: 'anxiety' }), en);
    expect(summaryText(view, en)).to.equal(
      'Anxiety in Walsall was 3.15 in 2011/12 and 3.36 in 2022/23; in 2022/23 it was similar to England (3.24). There is no value for 2020/21. Recent trend (latest 5 periods): no significant change.',
    );
  });

  it('the summary says why values without intervals are not compared, with the unit', async () => {
    const view = buildTrendView(modelOf(await lifeExpectancy()), request({ area: WALSALL }), en);
    expect(summaryText(view, en)).to.equal(
      'Life expectancy at birth, males in Walsall was 77.4 years in 2015 to 2017 and 77.8 years in 2023 to 2025; ' +
        'it was not compared with England because the data have no confidence intervals.',
    );
  });

  it('the summary gives the target', async () => {
    const view = buildTrendView(modelOf(await onsWithTarget()), request({ area: ISLINGTON }), en);
    expect(summaryText(view, en)).to.match(/ The target is 7\.50\.$/);
  });

  it('the chart name lists the comparators and the period range', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: WALSALL, compare: WEST_MIDLANDS }), en);
    expect(chartLabel(view, en)).to.equal(
      'Chart of Life satisfaction (mean score, 0 to 10) in Walsall, compared with England and West Midlands, 2011/12 to 2022/23',
    );
  });

  it('the y axis title says where it starts when that is not zero', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: WALSALL }), en);
    expect(axisTitle(view, 6.5, false, en)).to.equal('Score (axis starts at 6.50, not zero)');
    expect(axisTitle(view, 0, true, en)).to.equal('Score');
  });

  it('the table: per period the value, limits, comparison in words and each comparator (Islington, ONS)', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON, compare: LONDON }), en);
    const table = trendTable(view, en);
    expect(table.headers.map((h) => h.text)).to.deep.equal(['Period', 'Islington', 'Lower 95% limit', 'Upper 95% limit', 'Compared with England', 'England', 'London']);
    expect(table.rows).to.have.length(12);
    expect(table.rows[0]!.map((c) => c.text)).to.deep.equal(['2011/12', '7.09', '6.88', '7.30', 'Worse', '7.41', '7.25']);
    expect(table.rows[11]!.map((c) => c.text)).to.deep.equal(['2022/23', '7.25', '6.97', '7.54', 'Similar', '7.44', '7.35']);
    expect(table.rows[11]![4]!.status).to.equal('similar');
  });

  it('the table of a series with a gap says "no value", never 0', async () => {
    const view = buildTrendView(modelOf(await onsWithMissingPeriod()), request({ area: WALSALL, indicator: 'anxiety' }), en);
    const row = trendTable(view, en).rows.find((r) => r[0]!.text === '2020/21')!;
    expect(row.map((c) => c.text)).to.deep.equal(['2020/21', 'no value', 'no value', 'no value', 'no value', '3.31']);
  });

  it('the table without intervals has no limit columns and shows notes (Fingertips comparisons in the extract)', async () => {
    const view = buildTrendView(modelOf(await lifeExpectancy()), request({ area: WALSALL }), en);
    const table = trendTable(view, en);
    expect(table.headers.map((h) => h.text)).to.deep.equal(['Period', 'Walsall', 'Compared with England', 'England', 'Note']);
    expect(table.rows[0]!.map((c) => c.text)).to.deep.equal([
      '2015 to 2017',
      '77.4',
      'Not compared (the data have no confidence intervals)',
      '79.5',
      'Fingertips comparison with England: worse',
    ]);
  });

  it('a tooltip and its announcement give every series at the period', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON, compare: LONDON }), en);
    const lines = tooltipLines(view, view.points[11]!, en);
    expect(lines).to.deep.equal([
      ['', '2022/23'],
      ['Islington', '7.25 (6.97 to 7.54)'],
      ['Compared with England', 'Similar'],
      ['England', '7.44'],
      ['London', '7.35'],
    ]);
    expect(announcement(lines)).to.equal('2022/23. Islington: 7.25 (6.97 to 7.54). Compared with England: Similar. England: 7.44. London: 7.35.');
  });

  it('the CSV has the shown rows, unrounded, and reads back as spec data', async () => {
    const view = buildTrendView(modelOf(await onsWithMissingPeriod()), request({ area: WALSALL, indicator: 'anxiety', compare: WEST_MIDLANDS }), en);
    const { header, rows } = trendCsv(view);
    expect(header).to.deep.equal(['indicator', 'area', 'area_name', 'period', 'period_label', 'value', 'lower', 'upper', 'comparison', 'benchmark', 'note']);
    expect(rows).to.have.length(36); // 12 periods × (Walsall, England, West Midlands)
    expect(rows[0]).to.deep.equal(['anxiety', WALSALL, 'Walsall', '2011-04-01/P1Y', '2011/12', 3.15, 2.93, 3.37, 'similar', ENGLAND, null]);
    const back = csvToRows(toCsv(header, rows), 'download.csv');
    expect(back[9]).to.deep.include({ indicator: 'anxiety', area: WALSALL, period: '2020-04-01/P1Y', value: null });
    expect(back[12]).to.deep.include({ area: ENGLAND, period: '2011-04-01/P1Y', value: 3.14 });
  });

  it('long source notes wrap at spaces for a downloaded chart', () => {
    expect(wrapWords('Source: Office for National Statistics: Annual personal well-being estimates', 30)).to.deep.equal([
      'Source: Office for National',
      'Statistics: Annual personal',
      'well-being estimates',
    ]);
    expect(wrapWords('', 10)).to.deep.equal([]);
  });

  it('titles and units', () => {
    expect(titleForSentence({ id: 'a', title: 'Life satisfaction (mean score, 0 to 10)', polarity: 'no-judgement' })).to.equal('Life satisfaction');
    expect(titleForSentence({ id: 'a', title: 'Thing', shortTitle: 'Short', polarity: 'no-judgement' })).to.equal('Short');
    expect(unitTitle('score', 'Value')).to.equal('Score');
    expect(unitTitle('', 'Value')).to.equal('Value');
  });
});
