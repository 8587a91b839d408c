/**
 * Vega's number and date formats follow each element's language, per view, never page-wide (issue 10):
 * an English and a Welsh <wellbeing-chart> side by side each write their own month names on a time
 * axis, and drawing the Welsh one leaves Vega's page-wide default (what any other Vega on the page
 * uses) as it was. Chromium's Intl has no Welsh month names, so the Welsh ones come from the catalogue.
 * Data: examples/data/cymraeg-caerdydd.json (ONS annual personal wellbeing, Cardiff, April to March years).
 */
import { expect } from '@open-wc/testing';
import { vega } from 'vega-embed';
import '../../../src/elements/wellbeing-chart/wellbeing-chart.js';
import { exampleSpec } from '../../helpers.js';

const CARDIFF = 'W06000015';
const ENGLISH_MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec'];
/** CLDR's Welsh short month names. */
const WELSH_MONTHS = ['Ion', 'Chw', 'Maw', 'Ebr', 'Mai', 'Meh', 'Gor', 'Awst', 'Medi', 'Hyd', 'Tach', 'Rhag'];

/** Life satisfaction over time: each year placed at its first month (April), labelled by month and year. */
const overTime = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: 'Life satisfaction in Cardiff',
  description: 'Mean life satisfaction in Cardiff, each year from April to March.',
  data: { name: 'rows' },
  transform: [{ calculate: 'datetime(toNumber(slice(datum.period, 0, 4)), toNumber(slice(datum.period, 5, 7)) - 1, 1)', as: 'start' }],
  mark: { type: 'line', point: true },
  encoding: {
    x: { field: 'start', type: 'temporal', title: null, axis: { format: '%b %Y', labelOverlap: false, tickCount: { interval: 'year', step: 3 } } },
    y: { field: 'value', type: 'quantitative', scale: { zero: false }, title: null },
  },
};

function ready(el: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no wellbeing-ready within 30 s')), 30000);
    el.addEventListener('wellbeing-ready', () => (clearTimeout(timer), resolve()), { once: true });
    el.addEventListener('wellbeing-error', (e) => (clearTimeout(timer), reject(new Error((e as CustomEvent<{ message: string }>).detail.message))), { once: true });
  });
}

/** The time axis's labels: texts of the SVG that end in a year. */
const yearLabels = (el: HTMLElement) =>
  [...el.shadowRoot!.querySelectorAll('svg text')].map((t) => t.textContent ?? '').filter((text) => /\b(19|20)\d\d$/.test(text));

describe('<wellbeing-chart>: Vega formats per view, in each element’s language', function () {
  this.timeout(60000);
  let page: HTMLElement;
  afterEach(() => page?.remove());

  it('an English and a Welsh chart side by side write their own month names', async () => {
    const spec = await exampleSpec('cymraeg-caerdydd.json');
    page = document.createElement('div');
    page.style.display = 'flex';
    document.body.append(page);
    const charts = (['cy', 'en'] as const).map((lang) => {
      const el = document.createElement('wellbeing-chart') as HTMLElement & { spec: unknown; chart: unknown };
      el.setAttribute('lang', lang);
      el.setAttribute('indicator', 'life-satisfaction');
      el.setAttribute('area', CARDIFF);
      el.style.width = '480px';
      el.spec = spec;
      el.chart = overTime;
      return el;
    });
    const drawn = Promise.all(charts.map(ready));
    page.append(...charts);
    await drawn;

    const [welsh, english] = charts.map(yearLabels);
    expect(welsh!.length, 'the Welsh chart has a time axis').to.be.greaterThan(1);
    expect(english!.length, 'the English chart has a time axis').to.equal(welsh!.length);
    // The same ticks, each month in its language: "Ion 2013" beside "Jan 2013".
    const toEnglish = Object.fromEntries(WELSH_MONTHS.map((month, i) => [month, ENGLISH_MONTHS[i]]));
    expect(welsh!.map((label) => label.replace(/^\S+/, (month) => toEnglish[month] ?? `(not Welsh: ${month})`))).to.deep.equal(english);
    expect(english!.every((label) => ENGLISH_MONTHS.includes(label.split(' ')[0]!)), english!.join(', ')).to.equal(true);
    // Vega's page-wide default is untouched: the Welsh chart did not set it.
    // (Called with no argument, vega.timeFormatLocale gives the default; vega-typings know only the setter.)
    const pageDefault = (vega.timeFormatLocale as unknown as () => { utcFormat(specifier: string): (date: Date) => string })();
    expect(pageDefault.utcFormat('%B')(new Date(Date.UTC(2023, 3, 15)))).to.equal('April');
  });
});
