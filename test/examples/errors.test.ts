/**
 * The errors page: each broken element says, in its own place, what is wrong and where; the
 * wellbeing-error event carries the same words and the problems by JSON path; and the one correct
 * element on the page still draws.
 */
import { expect } from '@open-wc/testing';
import { parseSpec } from '../../src/spec/parse.js';
import { openExample, settled, shadowText, type ExamplePage, present } from './example-page.js';

describe('errors.html (what an editor sees when a spec is wrong)', function () {
  this.timeout(60000);
  let page: ExamplePage;
  before(async () => {
    page = await openExample('errors.html');
    await settled(page);
  });
  after(() => page.close());

  const inSection = (id: string) => page.doc.querySelector(`#${id} :is(wellbeing-wheel, indicator-trend, inequality-gap)`)!;
  const alertText = (el: Element) => (el.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ');

  it('broken JSON: says the inline JSON is not valid, and where', () => {
    const el = inSection('broken-json');
    const failure = page.failures.get(el);
    present(failure, 'wellbeing-error to have fired');
    expect(alertText(el)).to.include('is not valid JSON');
    expect(alertText(el)).to.match(/line \d+, column \d+/);
  });

  it('mistakes in the spec: lists each problem by its JSON path', () => {
    const el = inSection('spec-problems');
    const failure = page.failures.get(el)!;
    present(failure, 'wellbeing-error to have fired');
    const paths = failure.issues.map((issue) => issue.path);
    expect(paths).to.include.members(['indicators[0].polarity', 'data[1].value']);
    const text = alertText(el);
    expect(text).to.include('indicators[0].polarity');
    expect(text).to.include('data[1].value');
    expect(text).to.include('"higher is better"');
  });

  it('mistakes in the spec: once the first two are fixed, the misspelt area code is the one left (as the page says)', () => {
    const script = page.doc.querySelector('#spec-problems indicator-trend > script[type="application/json"]')!;
    const spec = JSON.parse(script.textContent!) as { indicators: Array<{ polarity: string }>; data: Array<{ value: unknown }> };
    spec.indicators[0]!.polarity = 'higher-is-better';
    spec.data[1]!.value = 7.35;
    const result = parseSpec(spec);
    expect(result.ok ? [] : result.issues.map((i) => i.path)).to.deep.equal(['data[2].area']);
  });

  it('a missing file: gives the address and the 404 status', () => {
    const el = inSection('missing-file');
    const failure = page.failures.get(el)!;
    expect(failure.status).to.equal(404);
    expect(failure.url).to.match(/\/examples\/data\/walsall\.json$/);
    expect(alertText(el)).to.include('404');
    expect(alertText(el)).to.include('walsall.json');
  });

  it('an attribute that names nothing: names the attribute and the value', () => {
    const el = inSection('unknown-indicator');
    const text = alertText(el);
    present(page.failures.get(el), 'wellbeing-error to have fired');
    expect(text).to.include('wellbeing');
    expect(text).to.match(/indicator/);
  });

  it('an area the endpoint does not know: gives the address and the 404 status', () => {
    const el = inSection('unknown-area');
    const failure = page.failures.get(el)!;
    expect(failure.status).to.equal(404);
    expect(alertText(el)).to.include('E08000099');
    // The endpoint explains itself in JSON; the editor reads its words.
    expect(alertText(el)).to.include('The server said: “There is no area with the code "E08000099" in the example data.”');
  });

  it('the correct element on the same page still draws', () => {
    const el = inSection('still-working');
    expect(page.readyCount.get(el)).to.be.greaterThan(0);
    expect(page.failures.has(el)).to.equal(false);
    present(el.shadowRoot!.querySelector('svg'), 'the correct element to draw an SVG');
    expect(shadowText(el)).to.include('Walsall');
  });

  it('shows each alert where the element is, for people and for screen readers', () => {
    for (const id of ['broken-json', 'spec-problems', 'missing-file', 'unknown-indicator', 'unknown-area']) {
      const el = inSection(id);
      const alert = el.shadowRoot!.querySelector('[role="alert"]') as HTMLElement | null;
      present(alert, `an alert in #${id}`);
      expect(alert!.getBoundingClientRect().height, `${id} alert is visible`).to.be.greaterThan(20);
    }
    expect(page.errors).to.deep.equal([]);
  });
});
