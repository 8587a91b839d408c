// The three elements of the memory measure, for `page.evaluate` (bench/run.mjs, bench/heap-profile.mjs):
// in the page, loads the example specs and defines `globalThis.benchCases` (how to set up each
// element) and `globalThis.benchRound()` (the three added together, drawn, and removed).
export const defineThreeElementsInPage = async () => {
  const load = (name) => fetch(`/examples/data/${name}`).then((r) => r.json());
  const [ons, walsall, deprivation] = await Promise.all([load('ons-wellbeing.json'), load('walsall-wwof.json'), load('deprivation-england.json')]);
  const cases = {
    'wellbeing-wheel': (el) => {
      el.spec = walsall;
    },
    'indicator-trend': (el) => {
      el.setAttribute('indicator', 'life-satisfaction');
      el.setAttribute('area', 'E08000030');
      el.spec = ons;
    },
    'inequality-gap': (el) => {
      el.setAttribute('indicator', 'children-low-income');
      el.setAttribute('area', 'E92000001');
      el.spec = deprivation;
    },
  };
  globalThis.benchCases = cases;
  globalThis.benchRound = async () => {
    const els = Object.entries(cases).map(([tag, setUp]) => {
      const el = document.createElement(tag);
      el.style.width = '640px';
      const ready = new Promise((resolve) => {
        el.addEventListener('wellbeing-ready', resolve, { once: true });
        el.addEventListener('wellbeing-error', resolve, { once: true });
      });
      setUp(el);
      document.body.append(el);
      return [el, ready];
    });
    await Promise.all(els.map(([, ready]) => ready));
    for (const [el] of els) el.remove();
  };
};

/**
 * Exposes `globalThis.benchHeapAfterGc()` to `page`: the heap after a full garbage collection, V8's
 * (`js`, JavaScript) and Blink's (`blink`: DOM, timing entries), in bytes, read over the DevTools
 * protocol. (`performance.memory` is rounded to buckets of hundreds of KB: it gave 540 KB of growth
 * where the heap had grown by 340 KB.)
 */
export async function exposeHeapAfterGc(page) {
  const cdp = await page.createCDPSession();
  const heapAfterGc = async () => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    return { js: usage.usedSize, blink: usage.embedderHeapUsedSize ?? 0 };
  };
  await page.exposeFunction('benchHeapAfterGc', heapAfterGc);
  return { cdp, heapAfterGc };
}
