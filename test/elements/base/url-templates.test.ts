/**
 * An element fills `{indicator}` and `{area}` in a data URL and asks a data service only for its
 * slice: one request per URL for the whole page, the newest choice wins, and a failure names the
 * URL and the status. The service is the test server's copy of the FingertipsNext API, answering
 * with the real responses in data/raw.
 */
import { expect, html } from '@open-wc/testing';
import '../../../src/elements/indicator-trend/indicator-trend.js';
import '../../../src/elements/inequality-gap/inequality-gap.js';
import type { InequalityGap } from '../../../src/elements/inequality-gap/inequality-gap.js';
import type { IndicatorTrend } from '../../../src/elements/indicator-trend/indicator-trend.js';
import { eventWithin, fixtureError, mount, shadow, textOf } from '../../helpers.js';

/** A spec whose data is the API, with a run id so each test counts (and caches) its own requests. */
function apiSpec(run: string, query = '') {
  return {
    version: 1,
    data: { url: `/__fixtures/fingertips-api/{indicator}/{area}.json?${query}${query ? '&' : ''}run=${run}`, format: 'fingertips-json', filter: { sex: 'Persons' } },
  };
}
const newRun = () => Math.random().toString(36).slice(2);
async function requests(run: string): Promise<Record<string, number>> {
  return (await fetch(`/__fixtures/fingertips-api/requests?run=${run}`)).json() as Promise<Record<string, number>>;
}
const summary = (el: Element) => textOf(shadow(el).querySelector('[part="summary"]'));
const caption = (el: Element) => textOf(shadow(el).querySelector('caption'));

describe('data URL templates', function () {
  // The first draw loads the chart runtime: slow on a loaded machine.
  this.timeout(30000);
  it('fills the indicator and area from the element and draws the service’s answer', async () => {
    const run = newRun();
    const container = mount(html`<indicator-trend indicator="41101" area="E12000007" .spec=${apiSpec(run)}></indicator-trend>`);
    const el = container.querySelector<IndicatorTrend>('indicator-trend')!;
    await eventWithin(container, 'wellbeing-ready', 20000);
    expect(caption(el)).to.contain('Emergency readmissions within 30 days of discharge from hospital, London Region');
    // 11 financial years for London, as the response gives them (in the table, once opened).
    shadow(el).querySelector<HTMLButtonElement>('[part="table-button"]')!.click();
    await el.updateComplete;
    expect(shadow(el).querySelectorAll('tbody tr')).to.have.length(11);
    expect(await requests(run)).to.deep.equal({ '41101/E12000007.json': 1 });
  });

  it('elements on one page share an answer: the same URL is asked for once', async () => {
    const run = newRun();
    const spec = apiSpec(run);
    const container = mount(html`
      <indicator-trend indicator="41101" area="E12000007" .spec=${spec}></indicator-trend>
      <indicator-trend indicator="41101" area="E12000007" .spec=${{ ...spec }}></indicator-trend>
      <indicator-trend indicator="383" area="A84022" .spec=${{ ...spec }}></indicator-trend>
    `);
    const elements = [...container.querySelectorAll<IndicatorTrend>('indicator-trend')];
    await Promise.all(elements.map((el) => eventWithin(el, 'wellbeing-ready', 20000)));
    expect(caption(elements[2]!)).to.contain('Coquet Medical Group');
    expect(await requests(run)).to.deep.equal({ '41101/E12000007.json': 1, '383/A84022.json': 1 });
  });

  it('the newest choice wins: a slow answer for an older area never replaces a newer one', async () => {
    const run = newRun();
    // London's answer takes 800 ms; the practice's comes at once.
    const container = mount(html`<indicator-trend indicator="41101" area="E12000007" .spec=${apiSpec(run, 'slow=E12000007&ms=800')}></indicator-trend>`);
    const el = container.querySelector<IndicatorTrend>('indicator-trend')!;
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 100));
    const ready = eventWithin(container, 'wellbeing-ready', 20000);
    el.indicator = '383';
    el.area = 'A84022';
    await ready;
    expect(caption(el)).to.contain('Coquet Medical Group');
    // Wait past London's answer: what is drawn does not change.
    await new Promise((resolve) => setTimeout(resolve, 1000));
    expect(caption(el)).to.contain('Coquet Medical Group');
    expect(summary(el)).not.to.contain('London');
    expect(el.getAttribute('aria-busy')).to.equal(null);
  });

  it('a failed slice names the filled URL and the status, and what the server said', async () => {
    const run = newRun();
    const { el, detail } = await fixtureError<IndicatorTrend>(html`<indicator-trend indicator="41101" area="E08000030" .spec=${apiSpec(run)}></indicator-trend>`);
    expect(detail.status).to.equal(404);
    expect(detail.url).to.contain(`/__fixtures/fingertips-api/41101/E08000030.json?run=${run}`);
    const alert = textOf(shadow(el).querySelector('[role="alert"]'));
    expect(alert).to.contain('The server answered 404 Not Found for');
    expect(alert).to.contain('41101/E08000030.json');
    expect(alert).to.contain('No data for indicator 41101 in area E08000030');
  });

  it('one failed slice shared by an English and a Welsh element: asked once, each says why in its own language', async () => {
    const run = newRun();
    // The answer takes 500 ms, so both elements are waiting for the one request when it fails.
    const spec = apiSpec(run, 'slow=E08000030&ms=500');
    const container = mount(html`
      <indicator-trend indicator="41101" area="E08000030" .spec=${spec}></indicator-trend>
      <section lang="cy"><indicator-trend indicator="41101" area="E08000030" .spec=${{ ...spec }}></indicator-trend></section>
    `);
    const [english, welsh] = [...container.querySelectorAll<IndicatorTrend>('indicator-trend')];
    await Promise.all([english!, welsh!].map((el) => eventWithin(el, 'wellbeing-error', 20000)));
    await Promise.all([english!.updateComplete, welsh!.updateComplete]);
    const said = (el: Element) => textOf(shadow(el).querySelector('[role="alert"]'));
    expect(said(english!)).to.contain('The server answered 404 Not Found for');
    expect(said(welsh!)).to.contain('Atebodd y gweinydd gyda chod 404');
    expect(said(welsh!)).not.to.contain('The server answered');
    // Both name the URL and what the server said; the service was asked once.
    for (const el of [english!, welsh!]) {
      expect(said(el)).to.contain('41101/E08000030.json');
      expect(said(el)).to.contain('No data for indicator 41101 in area E08000030');
    }
    expect(await requests(run)).to.deep.equal({ '41101/E08000030.json': 1 });
  });

  it('an element that does not say which period is told so, and setting it loads', async () => {
    const run = newRun();
    // The API's answer for London, by sex: the gap between women and men in one year.
    const spec = { version: 1, data: { url: `/__fixtures/fingertips-api/41101/E12000007.json?period={period}&run=${run}`, format: 'fingertips-json' } };
    const { el, detail } = await fixtureError<InequalityGap>(html`<inequality-gap indicator="41101" area="E12000007" .spec=${spec}></inequality-gap>`);
    expect(detail.message).to.contain('has {period} in it, but nothing says which period to ask for');
    expect(detail.url).to.contain('period={period}');
    expect(await requests(run)).to.deep.equal({});
    const ready = eventWithin(el, 'wellbeing-ready', 20000);
    el.setAttribute('period', '2019-04-01/P1Y');
    await ready;
    expect(textOf(shadow(el).querySelector('table'))).to.contain('Female');
    expect(await requests(run)).to.deep.equal({ '41101/E12000007.json': 1 });
  });
});
