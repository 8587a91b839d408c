/**
 * The files `wellbeing-widgets render` writes are drawn by the same code as the elements: for each
 * element, the file drawn here (src/cli/render-element.ts, the code the command line runs in Node)
 * is compared with what the live element draws for the same spec: the chart elements and the map
 * with their own SVG download (same width, same export options), the wheel with its live drawing.
 * Same marks, same words, same colours; and each file names itself (<title>, <desc>).
 */
import { expect } from '@open-wc/testing';
import { html } from 'lit';
import '../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import '../../src/elements/indicator-trend/indicator-trend.js';
import '../../src/elements/inequality-gap/inequality-gap.js';
import '../../src/elements/area-map/area-map.js';
import '../../src/elements/wellbeing-chart/wellbeing-chart.js';
import type { WellbeingElement } from '../../src/elements/base/wellbeing-element.js';
import { renderElementSvg, type RenderRequest } from '../../src/cli/render-element.js';
import { parseSpec } from '../../src/spec/parse.js';
import type { LoadedSpec } from '../../src/spec/schema.js';
import type { DownloadDetail } from '../../src/render/downloads.js';
import { eventWithin, exampleSpec, fixtureReady, shadow } from '../helpers.js';

const BOUNDARIES = '/examples/data/boundaries/ltla-england-wales.topo.json';

async function loaded(name: string): Promise<LoadedSpec> {
  const parsed = parseSpec(await exampleSpec(name), 'en');
  if (!parsed.ok) throw new Error(`${name} does not parse`);
  return parsed.spec as LoadedSpec;
}

const json = async (url: string): Promise<unknown> => (await fetch(url)).json();

/** The element's SVG download, as a document. */
async function downloadSvg(el: WellbeingElement): Promise<Document> {
  const got = eventWithin(el, 'wellbeing-download', 15000);
  el.addEventListener('wellbeing-download', (e) => e.preventDefault(), { once: true });
  shadow(el).querySelector<HTMLButtonElement>('button[data-format="svg"]')!.click();
  const detail = ((await got) as CustomEvent<DownloadDetail>).detail;
  return parse(await detail.blob.text());
}

function parse(text: string): Document {
  const doc = new DOMParser().parseFromString(text.replace(/^<\?xml[^>]*>\s*/, ''), 'image/svg+xml');
  expect(doc.querySelector('parsererror'), 'well-formed SVG').to.equal(null);
  return doc;
}

/** Vega's marks by type: how many items each kind of mark group holds (symbols, rules, lines, text…). */
function vegaMarks(doc: Document): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const group of doc.querySelectorAll('g.role-mark')) {
    const type = [...group.classList].find((c) => c.startsWith('mark-'))!;
    counts[type] = (counts[type] ?? 0) + group.children.length;
  }
  return counts;
}

/** Every text drawn, in document order, spaces folded. */
const texts = (root: ParentNode, selector = 'text') =>
  [...root.querySelectorAll(selector)].map((t) => (t.textContent ?? '').replace(/\s+/g, ' ').trim()).filter(Boolean);

/** The fill colours of the data marks (not text), as a sorted set of lower-case values. */
const markFills = (doc: Document) =>
  [...new Set([...doc.querySelectorAll('g.role-mark:not(.mark-text) > path, g.role-mark:not(.mark-text) > rect, g.role-mark:not(.mark-text) > circle')].map((p) => (p.getAttribute('fill') ?? '').toLowerCase()))].sort();

/** A colour as the browser paints it (hex, rgb() and oklch() written differently read the same). */
function painted(colour: string): string {
  const context = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
  context.clearRect(0, 0, 1, 1);
  context.fillStyle = colour;
  context.fillRect(0, 0, 1, 1);
  return context.getImageData(0, 0, 1, 1).data.join(',');
}

/** The file, checked to name itself and to be text, not outlines. */
async function file(spec: LoadedSpec, request: RenderRequest): Promise<Document> {
  const drawn = await renderElementSvg(spec, request);
  expect(drawn.svg.startsWith('<?xml')).to.equal(true);
  const doc = parse(drawn.svg);
  const root = doc.documentElement;
  expect(root.getAttribute('role')).to.equal('img');
  expect(root.getAttribute('lang')).to.equal(request.lang);
  expect(root.firstElementChild!.tagName).to.equal('title');
  expect(root.firstElementChild!.textContent).to.equal(drawn.title);
  expect(root.children[1]!.tagName).to.equal('desc');
  expect(root.children[1]!.textContent).to.equal(drawn.description);
  expect(drawn.description.length).to.be.greaterThan(20);
  expect(doc.querySelectorAll('text').length).to.be.greaterThan(3);
  expect(root.getAttribute('font-family') ?? drawn.svg).to.match(/sans-serif/);
  return doc;
}

function expectSameChart(ours: Document, browser: Document): void {
  expect(vegaMarks(ours)).to.deep.equal(vegaMarks(browser));
  expect(texts(ours)).to.deep.equal(texts(browser));
  expect(markFills(ours)).to.deep.equal(markFills(browser));
}

describe('render: the files equal what the browser draws', function () {
  this.timeout(60000);

  it('<indicator-trend>: the same marks, words and colours as its SVG download', async () => {
    const spec = await loaded('walsall-wwof.json');
    const el = await fixtureReady<WellbeingElement>(
      html`<indicator-trend style="width:800px" .spec=${await exampleSpec('walsall-wwof.json')} indicator="life-satisfaction" area="E08000030"></indicator-trend>`,
      20000,
    );
    const ours = await file(spec, { element: 'indicator-trend', lang: 'en', indicator: 'life-satisfaction', area: 'E08000030' });
    const browser = await downloadSvg(el);
    expectSameChart(ours, browser);
    // Status by shape and words, not colour alone: the key names each status.
    expect(texts(ours)).to.include('Similar to England');
    expect(vegaMarks(ours)['mark-symbol']).to.be.greaterThan(10);
    // The 95% intervals, each one path with its caps, in the file too.
    expect(vegaMarks(ours)['mark-path']).to.be.greaterThan(5);
  });

  for (const view of ['groups', 'over-time']) {
    it(`<inequality-gap> (${view}): the same marks, words and colours as its SVG download`, async () => {
      const spec = await loaded('life-expectancy.json');
      const el = await fixtureReady<WellbeingElement>(
        html`<inequality-gap style="width:800px" .spec=${await exampleSpec('life-expectancy.json')} indicator="life-expectancy" area="E06000047" view=${view}></inequality-gap>`,
        20000,
      );
      const ours = await file(spec, { element: 'inequality-gap', lang: 'en', indicator: 'life-expectancy', area: 'E06000047', view });
      expectSameChart(ours, await downloadSvg(el));
    });
  }

  it('<wellbeing-chart>: the author’s chart, with the same marks, words and colours as its SVG download', async () => {
    const spec = await loaded('ons-wellbeing.json');
    const chart = await json('/examples/charts/ranking.vl.json');
    const el = await fixtureReady<WellbeingElement>(
      html`<wellbeing-chart style="width:800px" .spec=${await exampleSpec('ons-wellbeing.json')} .chart=${chart} indicator="life-satisfaction" period="latest"></wellbeing-chart>`,
      20000,
    );
    const browser = await downloadSvg(el);
    // The element's chart takes its container's width; the file is drawn at the same width.
    const width = Number(browser.documentElement.getAttribute('width'));
    const ours = await file(spec, { element: 'wellbeing-chart', lang: 'en', indicator: 'life-satisfaction', period: 'latest', chart, width });
    expectSameChart(ours, browser);
  });

  it('<area-map>: the same areas, textures, letters and notes as its SVG download', async () => {
    const spec = await loaded('map-wales-wellbeing.json');
    const boundaries = await json(BOUNDARIES);
    const el = await fixtureReady<WellbeingElement>(
      html`<area-map style="width:700px" .spec=${await exampleSpec('map-wales-wellbeing.json')} indicator="life-satisfaction" within="W92000004" boundaries=${BOUNDARIES}></area-map>`,
      20000,
    );
    const ours = await file(spec, { element: 'area-map', lang: 'en', indicator: 'life-satisfaction', within: 'W92000004', boundaries: { json: boundaries, name: 'ltla.topo.json' } });
    const browser = await downloadSvg(el);
    const areas = (doc: Document) => [...doc.querySelectorAll('path[fill^="url(#p-"]')].map((p) => `${p.getAttribute('fill')} ${p.querySelector('title')!.textContent}`);
    expect(areas(ours)).to.have.length(22);
    expect(areas(ours)).to.deep.equal(areas(browser));
    // Each texture: its tile, and every shape in it with its colours as painted.
    const patterns = (doc: Document) =>
      [...doc.querySelectorAll('pattern')].map((p) => [
        p.id,
        p.getAttribute('patternTransform'),
        ...[...p.children].map((c) => [c.tagName, c.getAttribute('d'), c.getAttribute('r'), ...['fill', 'stroke'].map((a) => c.getAttribute(a)).map((v) => (v && v !== 'none' ? painted(v) : v))].join(' ')),
      ]);
    expect(patterns(ours)).to.deep.equal(patterns(browser));
    expect(texts(ours)).to.deep.equal(texts(browser));
  });

  for (const lang of ['en', 'cy']) {
    it(`<wellbeing-wheel> (${lang}): the same cells, colours, letters and words as the live wheel`, async () => {
      const spec = await loaded('walsall-wwof.json');
      const el = await fixtureReady<WellbeingElement>(
        html`<wellbeing-wheel style="width:640px" lang=${lang} .spec=${await exampleSpec('walsall-wwof.json')} area="E08000030"></wellbeing-wheel>`,
        20000,
      );
      const ours = await file(spec, { element: 'wellbeing-wheel', lang, area: 'E08000030' });
      const live = shadow(el);
      const cells = (root: ParentNode) => [...root.querySelectorAll('.band path.cell')].map((c) => [...c.classList].find((k) => k.startsWith('status-')));
      expect(cells(ours)).to.have.length.greaterThan(5);
      expect(cells(ours)).to.deep.equal(cells(live));
      // Colours: each cell's fill, and each letter's ink, as the browser's CSS works them out.
      const liveCells = [...live.querySelectorAll('.band path.cell')];
      [...ours.querySelectorAll('.band path.cell')].forEach((cell, i) => {
        const fill = cell.getAttribute('fill')!;
        if (fill !== 'none') expect(painted(fill), `cell ${i}`).to.equal(painted(getComputedStyle(liveCells[i]!).fill));
      });
      const liveLetters = [...live.querySelectorAll('.band text.cell-letter')];
      const ourLetters = [...ours.querySelectorAll('.band text.cell-letter')];
      expect(ourLetters.map((t) => t.textContent)).to.deep.equal(liveLetters.map((t) => t.textContent));
      ourLetters.forEach((t, i) => expect(painted(t.getAttribute('fill')!), `letter ${i}`).to.equal(painted(getComputedStyle(liveLetters[i]!).fill)));
      // Words: the title, the centre, the factors, every domain (in the wheel or, numbered, in the key), the key to the colours.
      const ourWords = texts(ours).join(' ');
      const words = (list: string[]) => new Set(list.join(' ').split(/\s+/));
      const ourWordSet = words(texts(ours));
      expect(ourWords).to.include(live.querySelector('[part="title"]')!.textContent!.trim());
      expect(ourWords).to.include(live.querySelector('[part="summary"]')!.textContent!.trim());
      for (const text of texts(live, '.centre-label, .factor-label')) expect(ourWords).to.include(text);
      for (const word of words(texts(live, '.label'))) expect(ourWordSet.has(word), `the word "${word}" of a domain`).to.equal(true);
      for (const entry of texts(live, '[part="legend"] li span')) expect(ourWords).to.include(entry);
    });
  }
});
