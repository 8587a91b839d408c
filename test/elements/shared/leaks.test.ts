/**
 * Every element is created, drawn and removed many times without leaking (issue 15, item 15):
 * the shared `testForMemoryLeaks` helper over every element and `<wellbeing-chart>`, and the control that proves the helper
 * notices a leak (an element kept by a ResizeObserver that is never disconnected).
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { exampleSpec } from '../../helpers.js';
import { createElement, createWellbeingChart, EVERY_ELEMENT, mountReady } from './every-element.js';
import { testForMemoryLeaks } from './leaks.js';

describe('no memory leaks', function () {
  this.timeout(180000);

  for (const c of EVERY_ELEMENT) {
    it(`<${c.tag}>: added and removed 10 times, nothing is kept`, async () => {
      const spec = await exampleSpec(c.specFile);
      await testForMemoryLeaks(async () => {
        const el = await createElement(c, {}, structuredClone(spec));
        const container = await mountReady(el, 480);
        container.remove();
        return el;
      });
    });
  }

  it('<wellbeing-chart> (an author\'s chart through vega-embed): added and removed 10 times, nothing is kept', async () => {
    // vega-embed compiles each author's chart with Vega-Lite: its code and caches settle over the
    // first rounds (about 0.9 MB; 25 rounds after 2 warm-ups grew 1.37 MB, 10 grew 1.05 MB).
    await testForMemoryLeaks(async () => {
      const el = await createWellbeingChart();
      const container = await mountReady(el, 480);
      container.remove();
      return el;
    }, { warmUp: 10 });
  });

  it('the wheel releases its ResizeObserver when removed, and observes again when put back', async () => {
    const c = EVERY_ELEMENT.find((x) => x.tag === 'wellbeing-wheel')!;
    const el = await createElement(c);
    const container = await mountReady(el, 480);
    const observer = () => (el as unknown as { resizeObserver?: ResizeObserver }).resizeObserver;
    expect(observer()).to.be.instanceOf(ResizeObserver);
    el.remove();
    expect(observer()).to.equal(undefined);
    container.append(el);
    await el.updateComplete;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(observer()).to.be.instanceOf(ResizeObserver);
    container.remove();
  });

  it('control: the helper fails when an element is kept alive by a forgotten ResizeObserver', async () => {
    const kept: ResizeObserver[] = [];
    let failed = false;
    try {
      await testForMemoryLeaks(
        async () => {
          const el = document.createElement('div');
          document.body.append(el);
          const observer = new ResizeObserver(() => el.getBoundingClientRect());
          observer.observe(el);
          kept.push(observer);
          el.remove();
          return el;
        },
        { rounds: 3 },
      );
    } catch {
      failed = true;
    }
    kept.forEach((o) => o.disconnect());
    expect(failed, 'the leak was noticed').to.equal(true);
  });
});
