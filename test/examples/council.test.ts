/**
 * The council page: the trend follows what a person chooses on the Walsall wheel
 * (examples/council.js, a same-origin file: the page has no inline script).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nextReady, openExample, present, settled, shadowText, type ExamplePage } from './example-page.js';

describe('council.html (Walsall)', function () {
  this.timeout(60000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it('has no inline script: its own JavaScript is a separate file', async () => {
    const text = await (await fetch('/examples/council.html')).text();
    const doc = new DOMParser().parseFromString(text, 'text/html');
    const inline = [...doc.querySelectorAll('script')].filter((s) => !s.src && s.type !== 'application/json');
    expect(inline).to.have.length(0);
  });

  it('starts with life satisfaction in Walsall, with the West Midlands and England', async () => {
    page = await openExample('council.html');
    await settled(page);
    const trend = page.doc.getElementById('trend')!;
    expect(trend.getAttribute('indicator')).to.equal('life-satisfaction');
    const text = shadowText(trend);
    expect(text).to.include('Walsall');
    expect(text).to.include('Life satisfaction');
  });

  it('with the keyboard: choosing Health on the wheel makes the trend show its first indicator', async () => {
    page = await openExample('council.html');
    await settled(page);
    const wheel = page.doc.getElementById('wheel')!;
    const trend = page.doc.getElementById('trend')!;
    // Tab stop of the wheel: one segment; the arrow keys move round the ring (real key presses).
    page.win.focus();
    const tabStop = present(wheel.shadowRoot!.querySelector<SVGElement>('[role="button"][tabindex="0"]'), 'a focusable wheel segment');
    tabStop.focus();
    const focusedName = () => wheel.shadowRoot!.activeElement?.getAttribute('aria-label') ?? '';
    for (let i = 0; i < 9 && !/Health/.test(focusedName()); i++) await sendKeys({ press: 'ArrowRight' });
    expect(focusedName()).to.match(/Health/);
    const redrawn = nextReady(page, trend);
    await sendKeys({ press: 'Enter' });
    await redrawn;
    expect(page.selections.at(-1)?.detail).to.deep.equal({ domain: 'health' });
    // In walsall-wwof.json, Health's indicators are life expectancy (males, females) and anxiety.
    expect(trend.getAttribute('indicator')).to.equal('life-expectancy-male');
    expect(page.doc.getElementById('trend-status')!.textContent).to.include('Life expectancy at birth, males');
    expect(shadowText(trend)).to.match(/life expectancy/i);
  });

  it('when a domain has no indicator yet, says so and keeps the chart', async () => {
    page = await openExample('council.html');
    await settled(page);
    const wheel = page.doc.getElementById('wheel')!;
    const trend = page.doc.getElementById('trend')!;
    wheel.dispatchEvent(new CustomEvent('wellbeing-select', { detail: { domain: 'transport' }, bubbles: true, composed: true }));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(trend.getAttribute('indicator')).to.equal('life-satisfaction');
    expect(page.doc.getElementById('trend-status')!.textContent).to.match(/Transport has no indicator/);
  });

  it('when an indicator is chosen on the wheel, the trend shows it', async () => {
    page = await openExample('council.html');
    await settled(page);
    const wheel = page.doc.getElementById('wheel')!;
    const trend = page.doc.getElementById('trend')!;
    const redrawn = nextReady(page, trend);
    wheel.dispatchEvent(
      new CustomEvent('wellbeing-select', { detail: { indicator: 'anxiety', area: 'E08000030' }, bubbles: true, composed: true }),
    );
    await redrawn;
    expect(trend.getAttribute('indicator')).to.equal('anxiety');
    expect(shadowText(trend)).to.match(/anxiety/i);
  });
});
