import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/wellbeing-chart/wellbeing-chart.js';
import type { WellbeingChart } from '../../../src/elements/wellbeing-chart/wellbeing-chart.js';
import type { DownloadDetail } from '../../../src/render/downloads.js';
import { defaultPalette } from '../../../src/render/theme.js';
import { liveViewCount } from '../../../src/render/vega.js';
import { eventWithin, exampleSpec, fixtureError, fixtureReady, shadow, textOf } from '../../helpers.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)];
const tableRows = (el: Element) => $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => textOf(c)));

async function exampleChart(name: string): Promise<Record<string, unknown>> {
  const response = await fetch(`/examples/charts/${name}`);
  return (await response.json()) as Record<string, unknown>;
}

const ENGLAND = 'E92000001';
const ISLINGTON = 'E09000019';

describe('<wellbeing-chart>', function () {
  this.timeout(20000);

  describe('a ranking of the areas of the ONS personal wellbeing release (7 November 2023), life satisfaction 2022/23', () => {
    let el: WellbeingChart;
    beforeEach(async () => {
      el = await fixtureReady<WellbeingChart>(
        html`<wellbeing-chart style="width:720px" .spec=${await exampleSpec('ons-wellbeing.json')} .chart=${await exampleChart('ranking.vl.json')}
          indicator="life-satisfaction" period="latest"></wellbeing-chart>`,
        15000,
      );
    });

    it('draws an SVG named by the chart’s title, described by its description', () => {
      const group = $(el, '.chart')!;
      expect(group.getAttribute('role')).to.equal('group');
      expect(group.getAttribute('aria-label')).to.equal('Life satisfaction by area, April 2022 to March 2023');
      expect(textOf($(el, '#summary'))).to.match(/^Eight areas ranked by their mean life satisfaction in 2022\/23/);
      const svg = $(el, '.chart svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('Life satisfaction by area, April 2022 to March 2023');
      // The axis shows every area's name, ranked.
      const labels = $$(el, '.role-axis-label text').map((t) => t.textContent);
      expect(labels).to.include.members(['Islington', 'Walsall', 'County Durham', 'England']);
    });

    it('binds the latest rows with names and comparisons: London 7.35 (7.29 to 7.41) is worse than England 7.44', () => {
      const rows = tableRows(el);
      expect(rows).to.have.length(8);
      expect(rows.find((r) => r[0] === 'London')).to.deep.equal(['London', '2022/23', '7.35', '7.29', '7.41', 'worse than England']);
      expect(rows.find((r) => r[0] === 'Islington')).to.deep.equal(['Islington', '2022/23', '7.25', '6.97', '7.54', 'similar to England']);
      expect(rows.find((r) => r[0] === 'England')!.at(-1)).to.equal('not compared with England');
      // London's point has the library's "worse" colour (the named range `comparison`).
      const worse = $$(el, '.chart .mark-symbol path').filter((p) => p.getAttribute('fill') === defaultPalette.worse);
      expect(worse.length).to.be.greaterThan(0);
    });

    it('moves between the marks with the keyboard, shows a tooltip inside the shadow root and reads it out', async () => {
      $(el, '.chart')!.focus();
      await sendKeys({ press: 'Home' });
      const tooltip = $(el, '.wb-tooltip')!;
      expect(tooltip.hidden).to.equal(false);
      expect(document.body.querySelector('#vg-tooltip-element')).to.equal(null);
      const first = textOf(tooltip);
      await sendKeys({ press: 'ArrowRight' });
      expect(textOf(tooltip)).not.to.equal(first);
      expect(textOf(tooltip)).to.match(/Area: .+Mean score: \d\.\d\d/);
      expect(textOf($(el, '[aria-live]'))).to.match(/^2 of 8: /);
      expect($(el, '.mark-focus')!.hidden).to.equal(false);
      const chosen = eventWithin(el, 'wellbeing-select');
      await sendKeys({ press: 'Enter' });
      const detail = ((await chosen) as CustomEvent<Record<string, string>>).detail;
      expect(detail.indicator).to.equal('life-satisfaction');
      expect(detail.period).to.equal('2022-04-01/P1Y');
      await sendKeys({ press: 'Escape' });
      expect(tooltip.hidden).to.equal(true);
    });

    it('downloads the rows as CSV and the chart as SVG', async () => {
      const files: DownloadDetail[] = [];
      el.addEventListener('wellbeing-download', (e) => {
        e.preventDefault();
        files.push((e as CustomEvent<DownloadDetail>).detail);
      });
      ($(el, 'button[data-format="csv"]') as HTMLButtonElement).click();
      await el.updateComplete;
      const csv = await files[0]!.blob.text();
      expect(csv.split('\r\n')[0]).to.equal('indicator,indicatorTitle,area,areaName,period,value,lower,upper,count,denominator,group,groupType,groupOrder,comparison');
      expect(csv).to.include(`life-satisfaction,"Life satisfaction (mean score, 0 to 10)",${ISLINGTON},Islington,2022-04-01/P1Y,7.25,6.97,7.54,,,,,,similar\r\n`);
      ($(el, 'button[data-format="svg"]') as HTMLButtonElement).click();
      await eventWithin(el, 'wellbeing-download', 5000).catch(() => undefined);
      await new Promise((r) => setTimeout(r, 200));
      const svg = await files[1]!.blob.text();
      expect(svg).to.match(/^<svg[^>]*><title>Life satisfaction by area/);
      expect(svg).to.include('Islington');
    });

    it('finalizes its view when removed', async () => {
      const before = liveViewCount();
      el.remove();
      expect(liveViewCount()).to.equal(before - 1);
    });
  });

  it('draws a scatter of two indicators from a child script (latest period of each)', async () => {
    const chart = JSON.stringify(await exampleChart('scatter.vl.json'));
    const el = await fixtureReady<WellbeingChart>(
      html`<wellbeing-chart style="width:640px" .spec=${await exampleSpec('ons-wellbeing.json')} indicator="life-satisfaction anxiety" period="latest"
        ><script type="application/vnd.vegalite+json">${chart}</script></wellbeing-chart>`,
      15000,
    );
    expect($$(el, '.chart .mark-symbol path')).to.have.length(8);
    expect($$(el, '.chart .mark-text text').map((t) => t.textContent)).to.include('Islington');
    expect(tableRows(el)).to.have.length(16);
  });

  describe('refuses what is not safe, saying where', () => {
    it('a chart that would load data from an address', async () => {
      const { el, detail } = await fixtureError<WellbeingChart>(
        html`<wellbeing-chart .spec=${await exampleSpec('ons-wellbeing.json')}
          .chart=${{ description: 'Steals data', layer: [{ mark: 'point', data: { url: 'https://evil.example/x.json' } }, { mark: { type: 'image' }, encoding: { url: { field: 'u' } } }] }}></wellbeing-chart>`,
      );
      expect(detail.message).to.equal('The chart (Vega-Lite) has 3 problems.');
      expect(detail.issues.map((i) => i.path)).to.deep.equal(['layer[0].data.url', 'layer[1].mark.type', 'layer[1].encoding.url']);
      expect(detail.issues[0]!.message).to.match(/^loads a file from an address/);
      expect(textOf($(el, '[role="alert"]'))).to.include('layer[0].data.url');
    });

    it('a link that is not http(s), and a chart without a description', async () => {
      const { detail } = await fixtureError<WellbeingChart>(
        html`<wellbeing-chart .spec=${await exampleSpec('ons-wellbeing.json')}
          .chart=${{ data: { name: 'rows' }, mark: 'point', encoding: { href: { value: 'javascript:alert(1)' } } }}></wellbeing-chart>`,
      );
      expect(detail.issues).to.deep.equal([
        { path: 'encoding.href.value', message: 'is a link that is not an http or https address' },
        { path: 'description', message: 'is missing: give the chart a "description", a sentence saying what it shows, for people who cannot see it (it is also the chart’s summary)' },
      ]);
    });

    it('a chart script that is not JSON, with its line', async () => {
      const { detail } = await fixtureError<WellbeingChart>(
        html`<wellbeing-chart .spec=${await exampleSpec('ons-wellbeing.json')}><script type="application/vnd.vegalite+json">{
  "mark": "bar",,
}</script></wellbeing-chart>`,
      );
      expect(detail.message).to.match(/^The chart inside <script type="application\/vnd.vegalite\+json"> is not valid JSON: line 2, column 17/);
    });

    it('an unknown indicator or area', async () => {
      const { detail } = await fixtureError<WellbeingChart>(
        html`<wellbeing-chart .spec=${await exampleSpec('ons-wellbeing.json')} area="E0000000X" .chart=${{ description: 'x', mark: 'point' }}></wellbeing-chart>`,
      );
      expect(detail.message).to.equal('There is no area "E0000000X" in the spec’s "areas".');
    });

    it('drops usermeta, so embed options cannot be smuggled in', async () => {
      const el = await fixtureReady<WellbeingChart>(
        html`<wellbeing-chart style="width:400px" .spec=${await exampleSpec('ons-wellbeing.json')} indicator="anxiety" area=${ENGLAND}
          .chart=${{ description: 'Anxiety in England', data: { name: 'rows' }, mark: 'line', encoding: { x: { field: 'period', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } }, usermeta: { embedOptions: { actions: true, defaultStyle: true } } }}></wellbeing-chart>`,
        15000,
      );
      expect($(el, '.vega-actions')).to.equal(null);
      expect(document.getElementById('vega-embed-style')).to.equal(null);
      expect($(el, 'style#vega-embed-style')).to.equal(null);
    });
  });
});
