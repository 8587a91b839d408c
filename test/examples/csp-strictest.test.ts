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
});
