/**
 * Every element under the strictest policy a council might run: Trusted Types enforced
 * (`require-trusted-types-for 'script'`, only Lit's policy) together with `style-src 'self'` (no
 * inline styles) and everything else from the page's own origin. The elements draw, are used
 * (a domain opened, the dark theme, another heading level, the table shown) and no violation is
 * reported. A probe found them clean; this keeps them so (issue 15, item 15).
 */
import { expect } from '@open-wc/testing';
import { openExample, settled, type ExamplePage, present } from './example-page.js';
import { EVERY_ELEMENT } from '../elements/shared/every-element.js';

describe('csp.html?policy=strict-trusted-types', function () {
  this.timeout(90000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it('is served with Trusted Types and style-src self together', async () => {
    const policy = (await fetch('/examples/csp.html?policy=strict-trusted-types')).headers.get('content-security-policy') ?? '';
    expect(policy).to.include("require-trusted-types-for 'script'");
    expect(policy).to.include("style-src 'self'");
    expect(policy).to.not.include('unsafe-inline');
  });

  it('every element draws and is used without a violation', async () => {
    page = await openExample('csp.html?policy=strict-trusted-types');
    await settled(page);
    const tags = new Set(page.elements().map((el) => el.localName));
    for (const c of EVERY_ELEMENT) expect(tags.has(c.tag), `csp.html has a <${c.tag}>`).to.equal(true);
    expect([...page.failures.values()].map((f) => f.message)).to.deep.equal([]);
    for (const el of page.elements()) present(el.shadowRoot!.querySelector('svg'), `${el.localName} to draw an SVG`);

    for (const el of page.elements()) {
      el.setAttribute('theme', 'dark');
      el.setAttribute('heading-level', '3');
      if (el.localName === 'wellbeing-wheel') {
        const first = el.shadowRoot!.querySelector<SVGGElement>('.segment')!;
        el.setAttribute('selected', first.dataset['id']!);
      }
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
      for (const details of el.shadowRoot!.querySelectorAll('details')) (details as HTMLDetailsElement).open = true;
      el.shadowRoot!.querySelector<HTMLButtonElement>('.table-button')?.click();
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('<wellbeing-chart> (vega-embed) draws authors’ charts under Trusted Types, and still refuses a chart that fetches', async () => {
    const policy = (await fetch('/examples/charts.html?policy=strict-trusted-types')).headers.get('content-security-policy') ?? '';
    expect(policy).to.include("require-trusted-types-for 'script'");
    page = await openExample('charts.html?policy=strict-trusted-types');
    await settled(page);
    const charts = page.elements().filter((el) => el.localName === 'wellbeing-chart');
    expect(charts.length).to.be.greaterThan(1);
    const drawn = charts.filter((el) => !page!.failures.has(el));
    // The ranking and the scatter draw; the page's third chart asks for a file and is refused with a message.
    expect(drawn.length).to.equal(charts.length - 1);
    for (const el of drawn) {
      present(el.shadowRoot!.querySelector('svg[role="img"]'), 'a drawn chart');
      present(el.shadowRoot!.querySelector('table'), 'its table');
    }
    const refused = [...page.failures.values()].map((f) => f.message);
    expect(refused).to.have.length(1);
    expect(refused[0]).to.match(/The chart \(Vega-Lite\) has a problem/);
    for (const el of drawn) {
      el.setAttribute('theme', 'dark');
      await (el as HTMLElement & { updateComplete: Promise<boolean> }).updateComplete;
    }
    await new Promise((resolve) => setTimeout(resolve, 1500));
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});
