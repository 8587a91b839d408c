/**
 * The spec endpoint (/api/spec/<area>.json, scripts/example-routes.mjs, served the same by npm start
 * and the test server) and the page whose elements load from it.
 */
import { expect } from '@open-wc/testing';
import { parseSpec } from '../../src/spec/parse.js';
import { exampleSpec } from '../helpers.js';
import { openExample, settled, shadowText, type ExamplePage, present } from './example-page.js';

interface Row {
  indicator: string;
  area: string;
  period: string;
  value: number | null;
  group?: { label: string };
}

describe('the spec endpoint', () => {
  it('builds a valid spec for Walsall from examples/data: Walsall, the West Midlands and England', async () => {
    const response = await fetch('/api/spec/E08000030.json');
    expect(response.status).to.equal(200);
    expect(response.headers.get('content-type')).to.match(/^application\/json/);
    const spec = (await response.json()) as { areas: Array<{ code: string }>; data: Row[]; framework: unknown };
    const parsed = parseSpec(spec);
    expect(parsed.ok, JSON.stringify(!parsed.ok && parsed.issues.slice(0, 3))).to.equal(true);
    expect(spec.areas.map((a) => a.code)).to.deep.equal(['E08000030', 'E12000005', 'E92000001']);
    present(spec.framework, 'the spec to have a framework (for the wheel)');

    // Every row is copied from examples/data, and every row there for these areas is included.
    const wellbeing = (await exampleSpec('ons-wellbeing.json')).data as Row[];
    const lifeExpectancy = (await exampleSpec('life-expectancy.json')).data as Row[];
    const codes = new Set(spec.areas.map((a) => a.code));
    const expected = [...wellbeing, ...lifeExpectancy].filter((r) => codes.has(r.area));
    expect(spec.data).to.deep.equal(expected);
    // e.g. Walsall's life satisfaction in 2022/23 as ONS published it: 7.35.
    const latest = spec.data.find((r) => r.indicator === 'life-satisfaction' && r.area === 'E08000030' && r.period === '2022-04-01/P1Y');
    expect(latest?.value).to.equal(7.35);
  });

  it('answers 404 with a JSON message naming the area when it does not know it', async () => {
    const response = await fetch('/api/spec/E08000099.json');
    expect(response.status).to.equal(404);
    const body = (await response.json()) as { error: string; areas: Array<{ code: string }> };
    expect(body.error).to.include('E08000099');
    expect(body.areas.map((a) => a.code)).to.include('E08000030');
  });

  it('does not treat odd input as an area code', async () => {
    const response = await fetch('/api/spec/%3Cscript%3E.json');
    expect(response.status).to.equal(404);
    expect(((await response.json()) as { error: string }).error).to.include('<script>');
  });
});

describe('endpoint.html', function () {
  this.timeout(60000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it('draws the wheel, the trend and the gap from the endpoint', async () => {
    page = await openExample('endpoint.html');
    await settled(page);
    const elements = page.elements();
    expect(elements.map((el) => el.getAttribute('src'))).to.deep.equal(Array(3).fill('../api/spec/E08000030.json'));
    expect([...page.failures.values()].map((f) => f.message)).to.deep.equal([]);
    for (const el of elements) expect(shadowText(el), el.localName).to.include('Walsall');
    expect(page.errors).to.deep.equal([]);
  });
});
