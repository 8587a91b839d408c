/**
 * Every example page loads in Chromium with every element drawn (or, on the errors page,
 * explained), no uncaught errors, no serious axe findings, and no sideways scrolling at 320 px.
 * The pages load dist/wellbeing-widgets.js, so run `npm run build` first (npm test does).
 */
import { expect } from '@open-wc/testing';
import { describeElement, openExample, scrollsSideways, seriousAxeFindings, settled, type ExamplePage, present } from './example-page.js';

/** The pages, and how many elements each must draw (the errors page: how many must explain an error). */
const PAGES = [
  { name: 'council.html', drawn: 2, explained: 0 },
  { name: 'county-durham.html', drawn: 6, explained: 0 },
  { name: 'cms.html', drawn: 3, explained: 0 },
  { name: 'endpoint.html', drawn: 3, explained: 0 },
  { name: 'csp.html', drawn: 4, explained: 0 },
  { name: 'charts.html', drawn: 2, explained: 1 },
  { name: 'errors.html', drawn: 1, explained: 5 },
  { name: 'map.html', drawn: 3, explained: 0 },
  { name: 'map-linked.html', drawn: 3, explained: 0 },
  { name: 'cymraeg.html', drawn: 4, explained: 0 },
  { name: 'your-files.html', drawn: 3, explained: 0 },
] as const;

describe('example pages', function () {
  this.timeout(60000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it('the index links every example page, and is accessible', async () => {
    page = await openExample('index.html');
    const links = [...page.doc.querySelectorAll<HTMLAnchorElement>('main a')].map((a) => a.getAttribute('href'));
    expect(links).to.include.members(PAGES.map((p) => p.name));
    expect(page.errors).to.deep.equal([]);
    expect(await seriousAxeFindings(page)).to.deep.equal([]);
  });

  for (const { name, drawn, explained } of PAGES) {
    describe(name, () => {
      it(`draws ${drawn} element(s)${explained ? ` and explains ${explained} error(s)` : ''}, with no uncaught errors`, async () => {
        page = await openExample(name);
        await settled(page);
        const elements = page.elements();
        const failed = elements.filter((el) => page!.failures.has(el));
        const ready = elements.filter((el) => page!.readyCount.has(el) && !page!.failures.has(el));
        expect(
          failed.map((el) => `${describeElement(el)}: ${page!.failures.get(el)!.message}`),
          'elements that failed',
        ).to.have.length(explained);
        expect(ready.length, 'elements drawn').to.equal(drawn);
        // Drawn means a visual with a name a screen reader reads, not a placeholder.
        for (const el of ready) {
          const svg = el.shadowRoot?.querySelector('svg');
          present(svg, `${describeElement(el)} to draw an SVG`);
          expect(el.hasAttribute('aria-busy'), `${describeElement(el)} is no longer busy`).to.equal(false);
        }
        // Explained means an alert in the element's place, in words.
        for (const el of failed) {
          const alert = el.shadowRoot?.querySelector('[role="alert"]');
          present(alert, `${describeElement(el)} to show an alert`);
          expect(alert!.textContent!.trim().length).to.be.greaterThan(20);
        }
        expect(page.errors, 'uncaught errors').to.deep.equal([]);
        expect(page.violations, 'CSP violations').to.deep.equal([]);
      });

      it('has no serious or critical axe findings', async () => {
        page = await openExample(name);
        await settled(page);
        expect(await seriousAxeFindings(page)).to.deep.equal([]);
      });

      it('reflows at 320 px wide: no sideways scrolling, every element still drawn', async () => {
        page = await openExample(name, { width: 320, height: 640 });
        await settled(page);
        expect(page.elements().filter((el) => page!.readyCount.has(el) && !page!.failures.has(el)).length).to.equal(drawn);
        expect(scrollsSideways(page), `${name} scrolls sideways at 320 px (scrollWidth ${page.doc.documentElement.scrollWidth})`).to.equal(false);
        expect(page.errors).to.deep.equal([]);
      });
    });
  }
});
