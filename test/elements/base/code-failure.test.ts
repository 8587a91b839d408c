/**
 * A part of the library's own code that cannot be downloaded (a chunk answered 404, as after a new
 * release): the reader is told, in the element's language, which part failed and from where, instead
 * of the browser's English "Failed to fetch dynamically imported module …"; the page's other elements
 * keep working. The chunks are made to fail in this test page only (`failRequests`, DevTools' Fetch),
 * before the loader (src/loader.ts) fetches them: this file imports no element itself.
 */
import { expect } from '@open-wc/testing';
import { failRequests } from '../../commands.js';
import { exampleSpec, shadow, textOf } from '../../helpers.js';

type Element_ = HTMLElement & { spec: unknown; selected?: string | null; updateComplete?: Promise<boolean> };

async function until<T>(value: () => T | undefined | null | false, what: string, timeoutMs = 20000): Promise<T> {
  const start = performance.now();
  for (;;) {
    const found = value();
    if (found) return found;
    if (performance.now() - start > timeoutMs) throw new Error(`not in time: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const whenReady = (el: HTMLElement) => new Promise((resolve) => el.addEventListener('wellbeing-ready', resolve, { once: true }));
const whenError = (el: HTMLElement) =>
  new Promise<string>((resolve) => el.addEventListener('wellbeing-error', (e) => resolve((e as CustomEvent<{ message: string }>).detail.message), { once: true }));

async function make(tag: string, attributes: Record<string, string>, spec?: string): Promise<Element_> {
  const el = document.createElement(tag) as Element_;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  if (spec) el.spec = await exampleSpec(spec);
  return el;
}

describe('a part of the library that cannot be downloaded', function () {
  this.timeout(60000);
  const page = document.createElement('div');
  page.style.width = '720px';

  before(async () => {
    await failRequests(['*/src/elements/area-map/area-map.*', '*/src/render/vega-runtime.*', '*/src/elements/wellbeing-wheel/panel.*', '*/src/data/fetch.*']);
    document.body.append(page);
    await import('../../../src/loader.js');
  });
  after(async () => {
    page.remove();
    await failRequests([]);
  });

  it('an element whose own code fails says so inside it, in its language (Welsh), with the URL; the others draw', async () => {
    const welsh = document.createElement('div');
    welsh.lang = 'cy';
    const map = await make('area-map', { indicator: 'life-satisfaction', within: 'W92000004' });
    welsh.append(map);
    const wheel = await make('wellbeing-wheel', { area: 'E08000030' }, 'walsall-wwof.json');
    const wheelReady = whenReady(wheel);
    page.append(welsh, wheel);
    const alert = await until(() => map.querySelector('[role="alert"]'), 'the map says its code failed');
    expect(textOf(alert)).to.match(
      /^Nid oedd modd lawrlwytho rhan o god y dudalen hon \(yr elfen hon\) o http:\/\/127\.0\.0\.1:\d+\/src\/elements\/area-map\/area-map\.[jt]s\. Gwiriwch y cysylltiad, yna ail-lwythwch y dudalen\.$/,
    );
    expect(customElements.get('area-map')).to.equal(undefined);
    await wheelReady; // the wheel on the same page is drawn
    expect(shadow(wheel).querySelectorAll('.segment').length).to.be.greaterThan(3);
  });

  it('the chart code: the trend shows our error in Welsh, naming the part and the URL, not the browser’s English', async () => {
    const welsh = document.createElement('div');
    welsh.lang = 'cy';
    const trend = await make('indicator-trend', { indicator: 'life-satisfaction', area: 'E08000030' }, 'ons-wellbeing.json');
    const failed = whenError(trend);
    welsh.append(trend);
    page.append(welsh);
    const message = await failed;
    expect(message).to.match(/^Nid oedd modd lawrlwytho rhan o god y dudalen hon \(y cod sy’n llunio siartiau\) o http:\/\/127\.0\.0\.1:\d+\/src\/render\/vega-runtime\.[jt]s\./);
    const shown = textOf(shadow(trend).querySelector('[role="alert"]'));
    expect(shown).to.contain(message);
    expect(shown).to.not.contain('dynamically imported');
  });

  it('the code that fetches a spec (an element given `src`): said in English on an English page', async () => {
    const gap = await make('inequality-gap', { indicator: 'alcohol-related-mortality', src: '/examples/data/deprivation-england.json' });
    const failed = whenError(gap);
    page.append(gap);
    expect(await failed).to.match(
      /^Part of this page's code \(the code that fetches a spec\) could not be downloaded from http:\/\/127\.0\.0\.1:\d+\/src\/data\/fetch\.[jt]s\. Check the connection, then reload the page\.$/,
    );
  });

  it('the wheel’s panel: choosing a domain says in the panel’s place that its details did not download', async () => {
    const wheel = await make('wellbeing-wheel', { area: 'E08000030' }, 'walsall-wwof.json');
    const ready = whenReady(wheel);
    page.append(wheel);
    await ready;
    const id = shadow(wheel).querySelector<SVGGElement>('.segment')!.dataset['id']!;
    wheel.selected = id;
    const alert = await until(() => shadow(wheel).querySelector('#panel[role="alert"]'), 'the panel’s place says it failed');
    expect(textOf(alert)).to.match(/^Part of this page's code \(the details of a domain\) could not be downloaded from http:\/\/127\.0\.0\.1:\d+\/src\/elements\/wellbeing-wheel\/panel\.[jt]s\./);
    // The wheel itself still works: its segments are there and another domain can be chosen.
    expect(shadow(wheel).querySelectorAll('.segment').length).to.be.greaterThan(3);
  });
});
