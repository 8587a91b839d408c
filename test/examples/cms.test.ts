/**
 * The CMS page: specs only as inline <script type="application/json">, no page JavaScript, and
 * the pasted numbers are exactly those in examples/data (so the page cannot drift from the data).
 */
import { expect } from '@open-wc/testing';
import { exampleSpec } from '../helpers.js';
import { openExample, settled, shadowText, type ExamplePage, present } from './example-page.js';

interface Row {
  indicator: string;
  area: string;
  period: string;
  value: number | null;
  lower?: number | null;
  upper?: number | null;
  group?: { type: string; label: string };
}

const key = (r: Row) => [r.indicator, r.area, r.period, r.group?.type ?? '', r.group?.label ?? ''].join('|');

async function pageSource(): Promise<Document> {
  const text = await (await fetch('/examples/cms.html')).text();
  return new DOMParser().parseFromString(text, 'text/html');
}

describe('cms.html (pasted into a CMS)', function () {
  this.timeout(60000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it('has no page JavaScript: the only executable script is the library', async () => {
    const doc = await pageSource();
    const scripts = [...doc.querySelectorAll('script')];
    // The test server adds its own web-socket client to every HTML page it serves; npm start does not.
    const executable = scripts.filter((s) => s.type !== 'application/json' && !s.src.includes('/__web-dev-server__'));
    expect(executable.map((s) => s.getAttribute('src'))).to.deep.equal(['../dist/wellbeing-widgets.js']);
    expect(executable[0]!.textContent!.trim()).to.equal('');
    // No inline event handlers either.
    const handlers = [...doc.querySelectorAll('*')].flatMap((el) => [...el.attributes].filter((a) => a.name.startsWith('on')));
    expect(handlers.map((a) => a.name)).to.deep.equal([]);
  });

  it('gives every element its spec inline, and nothing else (no src)', async () => {
    const doc = await pageSource();
    const elements = [...doc.querySelectorAll('wellbeing-wheel, indicator-trend, inequality-gap')];
    expect(elements).to.have.length(3);
    for (const el of elements) {
      expect(el.hasAttribute('src'), el.localName).to.equal(false);
      present(el.querySelector(':scope > script[type="application/json"]'), `an inline spec in <${el.localName}>`);
    }
  });

  it('pastes the same numbers as examples/data (islington.json, life-expectancy.json)', async () => {
    const doc = await pageSource();
    const published = new Map<string, Row>();
    for (const file of ['islington.json', 'life-expectancy.json']) {
      for (const row of (await exampleSpec(file)).data as Row[]) published.set(key(row), row);
    }
    let compared = 0;
    for (const script of doc.querySelectorAll('script[type="application/json"]')) {
      const spec = JSON.parse(script.textContent!) as { data: Row[] };
      for (const row of spec.data) {
        const source = published.get(key(row));
        present(source, `row ${key(row)} to be in examples/data`);
        expect([row.value, row.lower, row.upper], key(row)).to.deep.equal([source!.value, source!.lower, source!.upper]);
        compared++;
      }
    }
    // Wheel: 4 measures × 12 years × Islington and England; trend: 12 years × 3 areas; gap: 9 periods × 2 sexes.
    expect(compared).to.equal(96 + 36 + 18);
  });

  it('draws each element from its inline spec', async () => {
    page = await openExample('cms.html');
    await settled(page);
    const [wheel, trend, gap] = page.elements();
    expect(page.failures.size).to.equal(0);
    expect(shadowText(wheel!)).to.include('Islington');
    expect(shadowText(trend!)).to.include('Islington');
    expect(shadowText(gap!)).to.match(/female/i);
    expect(page.errors).to.deep.equal([]);
  });
});
