/**
 * The CSP page is served with `Content-Security-Policy: script-src 'self'` (by npm start and by the
 * test server, from the same route table) and draws everything without one violation.
 */
import { expect } from '@open-wc/testing';
import { openExample, settled, type ExamplePage, present } from './example-page.js';

describe('csp.html (strict Content Security Policy)', function () {
  this.timeout(60000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it("is served with script-src 'self'", async () => {
    const response = await fetch('/examples/csp.html');
    expect(response.headers.get('content-security-policy')).to.equal("script-src 'self'");
  });

  it('draws a wheel, a chart from CSV data and a gap chart without a CSP violation', async () => {
    page = await openExample('csp.html');
    await settled(page);
    expect([...page.failures.values()].map((f) => f.message)).to.deep.equal([]);
    expect(page.elements().every((el) => page!.readyCount.has(el))).to.equal(true);
    // Charts are drawn (Vega ran with the interpreter, not eval).
    for (const el of page.elements()) present(el.shadowRoot!.querySelector('svg'), `${el.localName} to draw an SVG`);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('also draws under a stricter policy (default-src, style-src and connect-src all limited to the page’s origin)', async () => {
    const response = await fetch('/examples/csp.html?policy=strict');
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).to.include("default-src 'self'");
    expect(policy).to.include("style-src 'self'");
    page = await openExample('csp.html?policy=strict');
    await settled(page);
    expect([...page.failures.values()].map((f) => f.message)).to.deep.equal([]);
    for (const el of page.elements()) present(el.shadowRoot!.querySelector('svg'), `${el.localName} to draw an SVG`);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('also draws with Trusted Types enforced (only the lit-html policy allowed)', async () => {
    const response = await fetch('/examples/csp.html?policy=trusted-types');
    expect(response.headers.get('content-security-policy')).to.include("require-trusted-types-for 'script'");
    page = await openExample('csp.html?policy=trusted-types');
    await settled(page);
    expect([...page.failures.values()].map((f) => f.message)).to.deep.equal([]);
    for (const el of page.elements()) present(el.shadowRoot!.querySelector('svg'), `${el.localName} to draw an SVG`);
    expect(page.violations).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });

  it('would notice a violation: an inline script on this page is blocked and reported', async () => {
    // The control for the test above: the recorder does hear violations on this page.
    page = await openExample('csp.html');
    const script = page.doc.createElement('script');
    script.textContent = 'window.inlineRan = true';
    page.doc.body.append(script);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((page.win as unknown as { inlineRan?: boolean }).inlineRan).to.equal(undefined);
    expect(page.violations.join('\n')).to.include('script-src');
  });
});
