// Where <area-map>'s drawing time goes: a Chrome CPU profile (through the DevTools protocol) of the
// element drawn from a spec and of a change of year, from an unminified bundle of the sources, so
// the functions keep their names. Prints the functions with the most self time and the most total
// time. A tool for speed work, not part of `npm run bench` (bench/map.mjs measures).
//
//   node bench/map-profile.mjs [rounds]        (no build needed: esbuild bundles src/ on the fly)
import { resolve } from 'node:path';
import { bundleUnminified, launchChromium, serveBench } from './bench-server.mjs';
import { printProfile } from './profile-summary.mjs';

const root = resolve(import.meta.dirname, '..');
const rounds = Number(process.argv[2] ?? 5);
const BOUNDARIES = '/examples/data/boundaries/ltla-england-wales.topo.json';
const SPEC = '/examples/data/map-england-wales.json';

const bundle = await bundleUnminified(root, `import './src/elements/area-map/area-map.ts';`);

const { server, origin } = await serveBench(root, {
  '/profile.html': {
    type: 'text/html',
    body: '<!doctype html><html lang="en"><title>map profile</title><script type="module" src="/area-map.js"></script><body><div id="box" style="width:900px"></div></body></html>',
  },
  '/area-map.js': { type: 'text/javascript', body: bundle },
});
const browser = await launchChromium();

try {
  const page = await browser.newPage();
  await page.goto(`${origin}/profile.html`);
  await page.waitForFunction(() => customElements.get('area-map'));
  const cdp = await page.createCDPSession();
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await page.evaluate(
    async (boundaries, specUrl) => {
      window.topology = await fetch(boundaries).then((r) => r.json());
      window.benchSpec = await fetch(specUrl).then((r) => r.json());
      const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
      window.drawMap = async (change) => {
        const box = document.getElementById('box');
        const el = document.createElement('area-map');
        el.setAttribute('boundaries', boundaries);
        el.setAttribute('indicator', 'employment-rate');
        let ready = new Promise((r) => el.addEventListener('wellbeing-ready', r, { once: true }));
        const start = performance.now();
        el.spec = structuredClone(window.benchSpec);
        box.append(el);
        await ready;
        await frame();
        let ms = performance.now() - start;
        if (change) {
          const again = new Promise((r) => el.addEventListener('wellbeing-ready', r, { once: true }));
          const t = performance.now();
          change(el);
          await again;
          await frame();
          ms = performance.now() - t;
        }
        el.remove();
        return ms;
      };
      await window.drawMap();
    },
    BOUNDARIES,
    SPEC,
  );
  for (const [label, change] of [
    ['from a spec', undefined],
    ['change of year', ['period', '2022']],
    ['change of indicator', ['indicator', 'household-income']],
  ]) {
    await cdp.send('Profiler.start');
    const ms = await page.evaluate(
      async (n, change) => {
        const times = [];
        const fn = change ? (el) => el.setAttribute(...change) : undefined;
        for (let i = 0; i < n; i++) times.push(await window.drawMap(fn));
        return times.sort((a, b) => a - b)[Math.floor(n / 2)];
      },
      rounds,
      change,
    );
    const { profile } = await cdp.send('Profiler.stop');
    printProfile((s) => `\n== ${label}: median ${ms.toFixed(0)} ms per draw; ${s.totalMs} ms sampled over ${rounds} rounds (with setup outside the timed part)`, profile);
  }
} finally {
  await browser.close();
  server.close();
}
