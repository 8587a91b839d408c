/**
 * <indicator-trend> compares by the indicator's `comparison` method (SPEC-v1), as the wheel and the map do:
 * 95% or 99.8% intervals against the benchmark, quintiles among areas of the same type, or none. Real data:
 * a Fingertips export (data/raw/fingertips, see its SOURCE note) and the England and Wales example
 * (examples/data/map-england-wales.json, ONS household income, which ONS publishes without intervals).
 */
import { expect } from '@open-wc/testing';
import { messagesFor } from '../../../src/i18n/index.js';
import { readDataFile } from '../../../src/data/read.js';
import { buildTrendView, type TrendView } from '../../../src/elements/indicator-trend/trend-model.js';
import { summaryText, trendCsv, trendTable, tooltipLines } from '../../../src/elements/indicator-trend/trend-text.js';
import { buildTrendSpec, defaultSeriesColours, valueDomain } from '../../../src/elements/indicator-trend/trend-spec.js';
import { statuses, type Status } from '../../../src/render/status.js';
import { defaultPalette } from '../../../src/render/theme.js';
import type { ComparisonMethod } from '../../../src/stats/benchmark.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { exampleSpec } from '../../helpers.js';
import { ENGLAND, fingertipsLetter, modelOf, WALSALL } from './trend-fixtures.js';
// Welsh synchronously, as the pure functions give it in Node (elements load it on demand).
import '../../../src/i18n/all.js';

const en = messagesFor('en');
const cy = messagesFor('cy');
const SELF_HARM = '90813';

/**
 * Fingertips' own export for the North West's 25 areas: indicator 90813 (hospital admissions for self-harm,
 * aged 10 to 24, a directly standardised rate) with 95% and 99.8% limits and Fingertips' "Compared to England".
 */
async function selfHarm(method: ComparisonMethod) {
  const path = 'fingertips/variant_underscored_cyp_mental_health_north_west.csv';
  const text = await (await fetch(`/data/raw/${path}`)).text();
  const file = readDataFile(text, { url: path, format: 'fingertips-csv' });
  expect(file.problems).to.deep.equal([]);
  const rows = file.rows.filter((r) => r.indicator === SELF_HARM);
  const indicator = file.indicators.find((i) => i.id === SELF_HARM)!;
  const spec: SpecInput = {
    version: 1,
    benchmark: ENGLAND,
    areas: file.areas.filter((a) => rows.some((r) => r.area === a.code)),
    indicators: [{ ...indicator, polarity: 'no-judgement', comparison: method }],
    data: rows,
  } as SpecInput;
  const published = file.published
    .filter((p) => file.rows[p.row]!.indicator === SELF_HARM)
    .map((p) => ({ row: file.rows[p.row]!, outcome: p.outcome.toLowerCase() }));
  return { model: modelOf(spec), rows, published };
}

/** The latest point's status for an area. */
const latestStatus = (view: TrendView) => view.latest.comparison;
const request = (area: string) => ({ indicator: SELF_HARM, area, locale: 'en-GB' });

describe('indicator-trend: the comparison method (SPEC-v1 `comparison`)', () => {
  describe('Fingertips 90813, North West (real export with 95% and 99.8% limits)', () => {
    it('ci-overlap-95 gives Fingertips\' own "Compared to England" for every compared area', async () => {
      const { model, published } = await selfHarm('ci-overlap-95');
      const compared = published.filter((p) => ['higher', 'similar', 'lower'].includes(p.outcome) && p.row.area !== ENGLAND);
      expect(compared.length).to.be.greaterThan(20);
      for (const { row, outcome } of compared) {
        expect(latestStatus(buildTrendView(model, request(row.area), en)), row.area).to.equal(outcome);
      }
    });

    it('ci-overlap-99.8 judges by the published 99.8% limits: fewer areas differ from England, and the words say 99.8%', async () => {
      const { model, rows, published } = await selfHarm('ci-overlap-99.8');
      const england = rows.find((r) => r.area === ENGLAND)!.value!;
      const letterOf: Record<string, string> = { higher: 'H', lower: 'L', similar: 'S' };
      let changed = 0;
      for (const { row, outcome } of published.filter((p) => p.outcome in letterOf && p.row.area !== ENGLAND)) {
        const view = buildTrendView(model, request(row.area), en);
        // The oracle: Fingertips' rule written out, on the file's own 99.8% columns.
        const expected = fingertipsLetter(row.value!, row.lower99_8!, row.upper99_8!, england, 'no-judgement');
        expect(letterOf[latestStatus(view)], row.area).to.equal(expected);
        if (expected !== letterOf[outcome]) changed++;
      }
      // At 99.8% some areas that Fingertips (at 95%) calls higher or lower are similar.
      expect(changed).to.be.greaterThan(0);
      const view = buildTrendView(model, request('E06000008'), en);
      expect(trendTable(view, en).headers.map((h) => h.text)).to.include('Compared with England (99.8% confidence)');
      expect(summaryText(view, en)).to.contain('Values are compared with England by their 99.8% confidence intervals.');
    });

    it('none: nothing is compared, no comparison column, and the summary says so in English and Welsh', async () => {
      const { model } = await selfHarm('none');
      const view = buildTrendView(model, request('E06000008'), en);
      expect(view.points.every((p) => p.comparison === 'not-compared')).to.equal(true);
      expect(view.anyCompared).to.equal(false);
      expect(trendTable(view, en).headers.map((h) => h.text)).not.to.include('Compared with England');
      expect(summaryText(view, en)).to.contain('This indicator is not compared with other areas.');
      expect(summaryText(buildTrendView(model, request('E06000008'), cy), cy)).to.contain('Nid yw’r dangosydd hwn yn cael ei gymharu ag ardaloedd eraill.');
      expect(trendCsv(view).rows[0]![8]).to.equal(null);
    });
  });

  describe('quintiles: household income per head, England and Wales (ONS, no intervals)', () => {
    let spec: SpecInput;
    before(async () => {
      spec = await exampleSpec('map-england-wales.json');
    });

    /** SQL Server's NTILE(5) written out: sorted ascending, the first (n mod 5) fifths have one more area. */
    function fifthOf(area: string, period: string): number {
      const type = spec.areas!.find((a) => a.code === area)!.type;
      const peers = new Set(spec.areas!.filter((a) => a.type === type).map((a) => a.code));
      const values = (spec.data as Array<{ indicator: string; area: string; period: string; value: number | null }>)
        .filter((r) => r.indicator === 'household-income' && r.period === period && peers.has(r.area) && r.value !== null)
        .map((r) => ({ area: r.area, value: r.value! }))
        .sort((a, b) => a.value - b.value);
      const rank = values.findIndex((v) => v.area === area);
      const n = values.length;
      let end = 0;
      for (let fifth = 1; fifth <= 5; fifth++) {
        end += Math.floor(n / 5) + (fifth <= n % 5 ? 1 : 0);
        if (rank < end) return fifth;
      }
      throw new Error('not ranked');
    }

    it('each period is the area\'s fifth among areas of its type (NTILE), with the vocabulary\'s words, letters and shapes', () => {
      const model = modelOf(spec);
      const view = buildTrendView(model, { indicator: 'household-income', area: WALSALL, locale: 'en-GB' }, en);
      const fifths: Status[] = ['quintile-lowest', 'quintile-low', 'quintile-middle', 'quintile-high', 'quintile-highest'];
      const withValues = view.points.filter((p) => p.value !== null);
      expect(withValues.length).to.be.greaterThan(3);
      for (const point of withValues) expect(point.comparison, point.label).to.equal(fifths[fifthOf(WALSALL, point.period) - 1]);

      // The table's column, the tooltip and the chart's key use the status vocabulary's words and letters.
      const table = trendTable(view, en);
      const column = table.headers.findIndex((h) => h.text === 'Fifth among areas of the same type');
      expect(column).to.be.greaterThan(0);
      const words: Record<string, string> = {
        'quintile-lowest': 'In the lowest fifth',
        'quintile-low': 'In the second-lowest fifth',
        'quintile-middle': 'In the middle fifth',
        'quintile-high': 'In the second-highest fifth',
        'quintile-highest': 'In the highest fifth',
      };
      view.points.forEach((point, i) => {
        if (point.value === null) return;
        const cell = table.rows[i]![column]!;
        expect(cell.status).to.equal(point.comparison);
        expect(cell.text).to.equal(words[point.comparison]);
      });
      expect(tooltipLines(view, view.latest, en)).to.deep.include(['Fifth among areas of the same type', words[view.latest.comparison]]);
      expect(summaryText(view, en)).to.match(/; in \S+ it was in the [a-z-]+ fifth of the \d+ areas of its type\./);

      const present = [...new Set(withValues.map((p) => p.comparison))];
      const statusWords = Object.fromEntries(present.map((s) => [s, words[s]!]));
      const chart = buildTrendSpec(view, {
        theme: { palette: defaultPalette, seriesColours: defaultSeriesColours, text: '#000', muted: '#555', grid: '#eee', pointOutline: '#000', target: '#000', fontFamily: 'sans-serif', background: '#fff' },
        words: { axisTitle: '£', status: statusWords as never, statusTitle: 'Fifth among areas of the same type', target: '' },
        mode: 'screen',
        domain: valueDomain(view),
      });
      const names = chart.signals['statusNames'] as string[];
      expect(names.length).to.equal(present.length);
      for (const [i, name] of names.entries()) {
        const status = present.find((s) => words[s] === name)!;
        expect(chart.signals['statusShapes']).to.have.nested.property(String(i), statuses[status].shape);
        expect(chart.signals['statusColours']).to.have.nested.property(String(i), statuses[status].colour);
      }
    });

    it('an area with fewer than 5 peers of its type is not placed, and the summary says why', () => {
      // Only Walsall, Birmingham, Coventry and Dudley keep their type: four areas, the area included.
      const few = structuredClone(spec);
      const kept = new Set([WALSALL, 'E08000025', 'E08000026', 'E08000027']);
      few.areas = few.areas!.map((a) => (kept.has(a.code) ? a : { ...a, type: 'other' }));
      const view = buildTrendView(modelOf(few), { indicator: 'household-income', area: WALSALL, locale: 'en-GB' }, en);
      expect(view.latest).to.include({ comparison: 'not-compared', notComparedBecause: 'too-few-peers' });
      expect(summaryText(view, en)).to.contain('it was not placed in a fifth because fewer than 5 areas of its type have a value');
    });
  });
});
