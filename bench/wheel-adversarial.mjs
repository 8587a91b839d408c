// Adversarial specs for <wellbeing-wheel> (issue 15, item 10 and the wheel part of 14): labels of
// 10,000 words, one word of 100,000 characters, long labels on every domain, hostile factors and
// centre statements, 60 domains (the most drawn) and 2,000 domains (shown as a table). Each must
// draw within 2 s of main-thread time. Measured here, never asserted in tests.
//
//   npm run build && node bench/wheel-adversarial.mjs      (bench/run.mjs also calls run())
import { resolve } from 'node:path';
import { launchChromium, serveBench } from './bench-server.mjs';

const BUDGET_MS = 2000;

/** Runs the cases in headless Chromium; returns { case: { mainThreadMs, wallMs, withinBudget } }. */
export async function run({ root = resolve(import.meta.dirname, '..') } = {}) {
  const { server, origin } = await serveBench(root, {
    '/adversarial.html': {
      type: 'text/html',
      csp: "script-src 'self'",
      body: '<!doctype html><html lang="en"><title>adversarial</title><script type="module" src="/dist/wellbeing-widgets.js"></script><body></body></html>',
    },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/adversarial.html`);
    // The loader defines an element when its tag appears on the page; load the wheel up front.
    await page.evaluate(() => import('/dist/wellbeing-widgets.js').then((m) => m.whenLoaded('wellbeing-wheel')));
    return await page.evaluate(async (budget) => {
      const walsall = await fetch('/examples/data/walsall-wwof.json').then((r) => r.json());
      const words = (n) => Array.from({ length: n }, (_, i) => `word${i}`).join(' ');
      const variant = (change) => {
        const spec = structuredClone(walsall);
        change(spec.framework);
        return spec;
      };
      const cases = {
        'label of 10,000 words': variant((f) => (f.domains[0].label = words(10000))),
        'one word of 100,000 characters': variant((f) => (f.domains[0].label = 'x'.repeat(100000))),
        '1,000 characters of words on every domain': variant((f) => f.domains.forEach((d) => (d.label = words(1000).slice(0, 1000)))),
        'factors of 100,000 characters': variant((f) => f.factors?.forEach((x) => (x.label = 'y'.repeat(100000)))),
        'centre statement of 10,000 words (show-statements)': variant((f) => (f.centre.statement = words(10000))),
        '60 domains with 160-character labels': variant((f) => {
          f.domains = Array.from({ length: 60 }, (_, i) => ({ ...f.domains[i % f.domains.length], id: `d${i}`, label: words(40).slice(0, 160) }));
        }),
        '2,000 domains (shown as a table)': variant((f) => {
          f.domains = Array.from({ length: 2000 }, (_, i) => ({ ...f.domains[i % f.domains.length], id: `d${i}`, label: `Domain ${i + 1}` }));
        }),
      };
      const out = {};
      for (const [name, spec] of Object.entries(cases)) {
        let longTasks = 0;
        const observer = new PerformanceObserver((list) => list.getEntries().forEach((e) => (longTasks += e.duration)));
        observer.observe({ type: 'longtask' });
        const el = document.createElement('wellbeing-wheel');
        el.style.width = '640px';
        if (name.includes('show-statements')) el.setAttribute('show-statements', '');
        const ready = new Promise((resolve, reject) => {
          el.addEventListener('wellbeing-ready', resolve, { once: true });
          el.addEventListener('wellbeing-error', (e) => reject(new Error(e.detail.message)), { once: true });
        });
        const start = performance.now();
        el.spec = spec;
        document.body.append(el);
        try {
          await ready;
        } catch (error) {
          out[name] = { error: String(error.message) };
          el.remove();
          continue;
        }
        const wallMs = performance.now() - start;
        await new Promise((r) => setTimeout(r, 50));
        observer.disconnect();
        el.remove();
        out[name] = { mainThreadMs: Math.round(longTasks), wallMs: Math.round(wallMs), withinBudget: longTasks <= budget && wallMs <= budget };
      }
      return out;
    }, BUDGET_MS);
  } finally {
    await browser.close();
    server.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const results = await run();
  for (const [name, r] of Object.entries(results)) {
    console.log(`  ${name.padEnd(52)} ${r.error ?? `${String(r.mainThreadMs).padStart(6)} ms main thread, ${String(r.wallMs).padStart(6)} ms to ready ${r.withinBudget ? '' : ' OVER 2 s'}`}`);
  }
}
