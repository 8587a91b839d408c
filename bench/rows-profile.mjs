// Where the 20,000-row spec's drawing time goes in the browser: bench/compare.mjs's `bigSpec` measure
// (one trend from the text of a spec with every area's rows, against `JSON.parse` of the same text),
// run on an unminified bundle of <indicator-trend> (esbuild, on the fly: no build needed, functions
// keep their names) or, with `dist`, on the built files. Prints each round, split into its phases:
// the spec's `JSON.parse`; checking it and making the model (until the element renders); rendering;
// until the chart is asked for; the wait for the browser to say the element is on screen (a frame);
// drawing the chart. With PROFILE=1, the same rounds again under a Chrome CPU profile (DevTools
// protocol): the functions with the most self and total time. A tool for speed work, not part of
// `npm run bench`.
//
//   node bench/rows-profile.mjs [rounds] [src|dist]
import { join, resolve } from 'node:path';
import { launchChromium, serveBench } from './bench-server.mjs';
import { bigSpecInPage } from './compare.mjs';
import { summariseProfile } from './profile-summary.mjs';

const root = resolve(import.meta.dirname, '..');
const rounds = Number(process.argv[2] ?? 9);
const from = process.argv[3] ?? 'src';

const pages = {};
let script = '/dist/wellbeing-widgets.js';
if (from === 'src') {
  const { build } = await import('esbuild');
  const result = await build({
    stdin: { contents: `import './src/elements/indicator-trend/indicator-trend.ts';`, resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    write: false,
    minify: false,
    tsconfig: join(root, 'tsconfig.json'),
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  });
  script = '/trend.js';
  pages[script] = { type: 'text/javascript', body: result.outputFiles[0].text };
}
pages['/rows.html'] = {
  type: 'text/html',
  body: `<!doctype html><html lang="en"><title>rows profile</title><script type="module" src="${script}"></script><body style="margin:0;width:1280px"></body></html>`,
};

/** In the page: notes when each <indicator-trend> gets its spec, renders, asks for its chart, hears it is on screen, and is ready. */
const watchPhases = () => {
  const marks = [];
  const now = (name) => {
    const last = marks[marks.length - 1];
    if (last && last[name] === undefined) last[name] = performance.now();
  };
  const Trend = customElements.get('indicator-trend').prototype;
  const spec = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Trend), 'spec') ?? Object.getOwnPropertyDescriptor(Trend, 'spec');
  Object.defineProperty(Trend, 'spec', {
    get: spec.get,
    set(value) {
      if (value) marks.push({ spec: performance.now() }); // (the constructor sets null)
      spec.set.call(this, value);
    },
    configurable: true,
  });
  for (const method of ['renderView', 'draw']) {
    const original = Trend[method];
    Trend[method] = function (...args) {
      now(method);
      const result = original.apply(this, args);
      if (method === 'renderView') now('rendered');
      return result;
    };
  }
  const Observer = window.IntersectionObserver;
  window.IntersectionObserver = class extends Observer {
    constructor(callback, options) {
      super((entries, observer) => {
        now('onScreen');
        callback(entries, observer);
      }, options);
    }
  };
  document.addEventListener('wellbeing-ready', () => now('ready'));
  globalThis.phaseMarks = marks;
};

const { server, origin } = await serveBench(root, pages);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${origin}/rows.html`);
  if (from === 'dist') await page.evaluate(() => import('/dist/wellbeing-widgets.js').then((m) => m.loadAll()));
  await page.waitForFunction(() => customElements.get('indicator-trend'));
  await page.evaluate(watchPhases);
  const measured = await page.evaluate(bigSpecInPage, rounds);
  const marks = await page.evaluate(() => globalThis.phaseMarks);
  const phases = measured.rounds.map(({ parse, drawn }, i) => {
    const m = marks[i];
    return {
      'JSON.parse': parse,
      'its spec': drawn - (m.ready - m.spec),
      'check+model': m.renderView - m.spec,
      render: m.rendered - m.renderView,
      'to draw': m.draw - m.rendered,
      'on screen': m.onScreen - m.draw,
      chart: m.ready - m.onScreen,
      drawn,
      ratio: drawn / parse,
    };
  });
  const names = Object.keys(phases[0]);
  const median = (name) => phases.map((p) => p[name]).sort((a, b) => a - b)[Math.floor(phases.length / 2)];
  console.log(`${measured.rows} rows, ${(measured.bytes / 1e6).toFixed(1)} MB, ${from}: median ratio ${measured.ratio.toFixed(2)}x (${measured.drawMs.toFixed(0)} ms against JSON.parse ${measured.parseMs.toFixed(0)} ms)`);
  console.log(`${'ms'.padEnd(8)}${names.map((n) => n.padStart(12)).join('')}`);
  for (const [i, p] of phases.entries()) console.log(`${`#${i + 1}`.padEnd(8)}${names.map((n) => p[n].toFixed(1).padStart(12)).join('')}`);
  console.log(`${'median'.padEnd(8)}${names.map((n) => median(n).toFixed(1).padStart(12)).join('')}`);

  if (process.env.PROFILE) {
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const profiled = await page.evaluate(bigSpecInPage, rounds);
    const { profile } = await cdp.send('Profiler.stop');
    const s = summariseProfile(profile, { self: 35, total: 70 });
    console.log(`\n== profiled: median ${profiled.ratio.toFixed(2)}x; ${s.totalMs} ms sampled over ${rounds} rounds (with building the text), of which idle ${s.idleMs} ms`);
    console.log('-- self time');
    console.log(s.self.join('\n'));
    console.log('-- total time');
    console.log(s.total.join('\n'));
  }
} finally {
  await browser.close();
  server.close();
}
