import { expect, fixture, html } from '@open-wc/testing';
import type { WellbeingErrorDetail } from '../../../src/elements/base/wellbeing-element.js';
import { eventWithin, exampleSpec, fixtureError, fixtureReady, mount, shadow, textOf } from '../../helpers.js';
import type { TestWidget } from './test-element.js';
import './test-element.js';

const origin = `${location.protocol}//${location.host}`;
const echo = (spec: unknown, delay = 0) => `/__fixtures/echo?delay=${delay}&body=${encodeURIComponent(JSON.stringify(spec))}`;
const small = (title: string) => ({ version: 1, title, areas: [{ code: 'E92000001', name: 'England' }] });
const alertText = (el: Element) => textOf(shadow(el).querySelector('[role="alert"]'));

describe('the shared element base', () => {
  describe('giving an element its spec', () => {
    it('waits quietly with no spec, then draws when the spec property is set', async () => {
      const el = await fixture<TestWidget>(html`<test-widget></test-widget>`);
      expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      const ready = eventWithin(el, 'wellbeing-ready');
      el.spec = small('Set later');
      await ready;
      expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Set later');
    });

    it('reads a child <script type="application/json"> (for CMS editors)', async () => {
      const el = await fixtureReady<TestWidget>(html`<test-widget
        ><script type="application/json">
          { "version": 1, "title": "Inline spec" }
        </script></test-widget
      >`);
      expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Inline spec');
    });

    it('fetches src, showing a busy placeholder that keeps its size meanwhile', async () => {
      const el = await fixture<TestWidget>(html`<test-widget src=${echo(small('From a URL'), 300)}></test-widget>`);
      expect(el.getAttribute('aria-busy')).to.equal('true');
      const placeholder = shadow(el).querySelector('.placeholder') as HTMLElement;
      expect(placeholder.getBoundingClientRect().height).to.be.at.least(300);
      await eventWithin(el, 'wellbeing-ready');
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('From a URL');
    });

    it('loads data kept in a CSV file next to the spec (real ONS rows)', async () => {
      const el = await fixtureReady<TestWidget>(html`<test-widget src="/examples/data/ons-wellbeing-csv.json"></test-widget>`);
      const inline = await exampleSpec('ons-wellbeing.json');
      expect(textOf(shadow(el).querySelector('.summary'))).to.equal(`${(inline.data as unknown[]).length} rows`);
    });

    it('lets the newest load win over an older one still in flight', async () => {
      const el = await fixture<TestWidget>(html`<test-widget src=${echo(small('Old and slow'), 700)}></test-widget>`);
      el.src = echo(small('New and fast'), 0);
      await eventWithin(el, 'wellbeing-ready');
      await new Promise((resolve) => setTimeout(resolve, 900));
      expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('New and fast');
    });

    it('prefers the spec property over src', async () => {
      const el = await fixture<TestWidget>(html`<test-widget src=${echo(small('From src'), 200)}></test-widget>`);
      const ready = eventWithin(el, 'wellbeing-ready');
      el.spec = small('From the property');
      await ready;
      await new Promise((resolve) => setTimeout(resolve, 400));
      expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('From the property');
    });

    it('redraws when a listed attribute changes, without reloading', async () => {
      const el = await fixtureReady<TestWidget>(html`<test-widget .spec=${{ ...small('x'), indicators: [{ id: 'a', title: 'A' }] }}></test-widget>`);
      const before = el.draws;
      const ready = eventWithin(el, 'wellbeing-ready');
      el.indicator = 'a';
      await ready;
      expect(el.draws).to.equal(before + 1);
    });
  });

  describe('errors: each says what went wrong and where', () => {
    it('a spec with a wrong value: lists the JSON path', async () => {
      const { el, detail } = await fixtureError<TestWidget>(html`<test-widget
        .spec=${{ version: 1, indicators: [{ id: 'x', title: 'X' }], areas: [{ code: 'A', name: 'A' }], data: [{ indicator: 'x', area: 'A', period: '2019', value: 'seven' }] }}
      ></test-widget>`);
      expect(detail.issues).to.deep.equal([{ path: 'data[0].value', message: 'expected a number, got "seven"' }]);
      expect(alertText(el)).to.contain('The spec has a problem.').and.contain('data[0].value: expected a number, got "seven"');
    });

    it('a spec naming an area it does not define', async () => {
      const { el, detail } = await fixtureError<TestWidget>(html`<test-widget
        .spec=${{ version: 1, indicators: [{ id: 'x', title: 'X' }], data: [{ indicator: 'x', area: 'E08000030', period: '2019', value: 1 }] }}
      ></test-widget>`);
      expect(detail.issues[0]!.path).to.equal('data[0].area');
      expect(alertText(el)).to.contain('names the area "E08000030", which is not in "areas"');
    });

    it('404: names the URL and the status', async () => {
      const { el, detail } = await fixtureError<TestWidget>(html`<test-widget src="/__fixtures/status/404"></test-widget>`);
      expect(detail.status).to.equal(404);
      expect(detail.url).to.equal(`${origin}/__fixtures/status/404`);
      expect(alertText(el)).to.contain(`The server answered 404 Not Found for ${origin}/__fixtures/status/404.`).and.contain('Check the address');
    });

    it('an API error with a JSON explanation: quotes what the server said', async () => {
      const { detail } = await fixtureError<TestWidget>(html`<test-widget src="/__fixtures/status/404?error=Unknown%20area%20E99999999"></test-widget>`);
      expect(detail.status).to.equal(404);
      expect(detail.message).to.contain('answered 404').and.contain('The server said: “Unknown area E99999999”');
    });

    it('500: says the server had a problem', async () => {
      const { el, detail } = await fixtureError<TestWidget>(html`<test-widget src="/__fixtures/status/500"></test-widget>`);
      expect(detail.status).to.equal(500);
      expect(alertText(el)).to.contain('answered 500').and.contain('The server had a problem');
    });

    it('an HTML page where JSON was expected', async () => {
      const { el, detail } = await fixtureError<TestWidget>(html`<test-widget src="/__fixtures/html"></test-widget>`);
      expect(detail.message).to.equal(`${origin}/__fixtures/html sent a web page (HTML), not JSON data. Check the address points at the data file itself.`);
      expect(alertText(el)).to.contain('sent a web page (HTML)');
    });

    it('broken JSON: says where it breaks', async () => {
      const { el } = await fixtureError<TestWidget>(html`<test-widget src="/__fixtures/broken-json"></test-widget>`);
      expect(alertText(el)).to.match(/broken-json is not valid JSON: line 1, column 33: unexpected "}"/);
    });

    it('broken inline JSON', async () => {
      const { el } = await fixtureError<TestWidget>(html`<test-widget><script type="application/json">{ "version": 1, }</script></test-widget>`);
      expect(alertText(el)).to.contain('<script type="application/json"> is not valid JSON');
    });

    it('a server slower than the time limit', async () => {
      const { el, detail } = await fixtureError<TestWidget>(html`<test-widget timeout="0.3" src="/__fixtures/slow?ms=3000"></test-widget>`);
      expect(detail.message).to.equal(`${origin}/__fixtures/slow?ms=3000 took longer than 0.3 seconds to answer, so loading stopped.`);
      expect(el.hasAttribute('aria-busy')).to.equal(false);
    });

    it('a file larger than the size cap', async () => {
      const { detail } = await fixtureError<TestWidget>(html`<test-widget max-size="0.001" src="/__fixtures/big?bytes=50000"></test-widget>`);
      expect(detail.message).to.contain('is larger than the 0.001 MB limit');
    });

    it('a network failure (nothing listening)', async () => {
      const { detail } = await fixtureError<TestWidget>(html`<test-widget src="http://127.0.0.1:9/spec.json"></test-widget>`);
      expect(detail.message).to.contain('Could not reach http://127.0.0.1:9/spec.json').and.contain('CORS');
    });

    it('a 204 answer is no data, not broken JSON (a spec, and a data file, in English and Welsh)', async () => {
      const { el, detail } = await fixtureError<TestWidget>(html`<test-widget src="/__fixtures/status/204"></test-widget>`);
      expect(detail.status).to.equal(204);
      expect(alertText(el)).to.contain(`The server answered 204 No Content for ${origin}/__fixtures/status/204: no data.`).and.not.contain('JSON');
      const data = { version: 1, data: { url: '/__fixtures/status/204', format: 'csv' } };
      const { detail: fromData } = await fixtureError<TestWidget>(html`<test-widget lang="cy" .spec=${data}></test-widget>`);
      expect(fromData.message).to.equal(
        `Atebodd y gweinydd 204 (dim cynnwys) ar gyfer ${origin}/__fixtures/status/204: dim data. Gwiriwch y cyfeiriad, neu gofynnwch i gyhoeddwr y data pam nad yw’n anfon dim.`,
      );
    });

    it('a redirect loop is told apart from a server that cannot be reached', async () => {
      const { el, detail } = await fixtureError<TestWidget>(html`<test-widget src="/__fixtures/redirect-loop"></test-widget>`);
      expect(detail.message).to.equal(
        `${origin}/__fixtures/redirect-loop sends the browser on to another address, and following it failed. The redirects may go round in a loop, or end at a server that does not allow this page to read it (CORS).`,
      );
      expect(alertText(el)).not.to.contain('Could not reach');
    });

    it('a view the spec cannot support (an unknown indicator attribute)', async () => {
      const { el } = await fixtureError<TestWidget>(html`<test-widget indicator="nope" .spec=${small('x')}></test-widget>`);
      expect(alertText(el)).to.contain('indicator="nope" is not one of the indicators in the spec.');
    });

    it('fires wellbeing-error that bubbles out of the shadow root, composed', async () => {
      const container = mount(html``);
      const seen = eventWithin(document.body, 'wellbeing-error') as Promise<CustomEvent<WellbeingErrorDetail>>;
      const el = document.createElement('test-widget') as TestWidget;
      el.spec = { version: 3 };
      container.append(el);
      const event = await seen;
      expect(event.composed && event.bubbles).to.equal(true);
      expect(event.detail.issues[0]!.path).to.equal('version');
    });

    it('keeps the rest of the page working when one element fails', async () => {
      const container = mount(html`
        <test-widget id="bad" src="/__fixtures/status/404"></test-widget>
        <test-widget id="good" .spec=${small('Still fine')}></test-widget>
      `);
      const good = container.querySelector('#good') as TestWidget;
      const bad = container.querySelector('#bad') as TestWidget;
      await eventWithin(bad, 'wellbeing-error').catch(() => undefined);
      await good.updateComplete;
      expect(shadow(good).querySelector('svg')!.getAttribute('aria-label')).to.equal('Still fine');
      expect(shadow(bad).querySelector('[role="alert"]')).not.to.equal(null);
    });

    it('shows text from a spec as text, never markup', async () => {
      const el = await fixtureReady<TestWidget>(html`<test-widget .spec=${small('<img src=x onerror="window.__owned=1">')}></test-widget>`);
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(textOf(shadow(el).querySelector('svg'))).to.equal('<img src=x onerror="window.__owned=1">');
      expect((window as { __owned?: number }).__owned).to.equal(undefined);
    });
  });

  describe('accessibility of the states', () => {
    it('the error state passes axe', async () => {
      const { el } = await fixtureError<TestWidget>(html`<test-widget src="/__fixtures/status/404"></test-widget>`);
      await expect(el).to.be.accessible();
    });

    it('the drawn state passes axe', async () => {
      const el = await fixtureReady<TestWidget>(html`<test-widget .spec=${small('A chart')}></test-widget>`);
      await expect(el).to.be.accessible();
    });
  });
});

describe('recovering from a view error', () => {
  it('draws again when the attribute that was wrong is fixed, without a new spec', async () => {
    const { el } = await fixtureError<TestWidget>(
      html`<test-widget indicator="nope" .spec=${{ version: 1, title: 'Fixed', indicators: [{ id: 'a', title: 'A' }] }}></test-widget>`,
    );
    const ready = eventWithin(el, 'wellbeing-ready');
    el.indicator = 'a';
    await ready;
    expect(shadow(el).querySelector('[role="alert"]')).to.equal(null);
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Fixed');
  });
});

describe('moving an element within the page', () => {
  it('draws again after being removed and added back', async () => {
    const el = await fixtureReady<TestWidget>(html`<test-widget .spec=${small('Moved')}></test-widget>`);
    const parent = el.parentElement!;
    const draws = el.draws;
    el.remove();
    const ready = eventWithin(el, 'wellbeing-ready');
    parent.append(el);
    await ready;
    expect(el.draws).to.equal(draws + 1);
  });
});

describe('attributes the element writes on itself', () => {
  it('never writes an empty lang="" (screen readers would treat the language as unknown), but reflects one that is set', async () => {
    const el = await fixtureReady<TestWidget>(html`<test-widget .spec=${small('x')}></test-widget>`);
    expect(el.hasAttribute('lang')).to.equal(false);
    expect(el.getAttributeNames().filter((n) => n !== 'aria-busy')).to.deep.equal([]);
    el.lang = 'cy';
    await el.updateComplete;
    expect(el.getAttribute('lang')).to.equal('cy');
  });
});

describe('a spec pasted inside the element', () => {
  it('reloads when the pasted JSON changes, and not when something else inside changes', async () => {
    const el = await fixtureReady<TestWidget>(html`<test-widget><script type="application/json">{ "version": 1, "title": "First" }</script></test-widget>`);
    const draws = el.draws;
    el.append(document.createTextNode('\n  '));
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(el.draws).to.equal(draws);
    expect(el.hasAttribute('aria-busy')).to.equal(false);
    const ready = eventWithin(el, 'wellbeing-ready');
    el.querySelector('script')!.textContent = '{ "version": 1, "title": "Second" }';
    await ready;
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Second');
  });
});
