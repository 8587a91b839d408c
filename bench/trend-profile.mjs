// Where the 30 trends' drawing time goes: the same 30 charts as bench/compare.mjs, drawn by
// <indicator-trend> and by raw vega-embed, each from an unminified bundle (esbuild, on the fly: no
// build needed) so functions keep their names, under a Chrome CPU profile (DevTools protocol).
// Prints the ratio of the two over alternating rounds (so both meet the same load on a shared
// machine); with a library named, its CPU profile too: the time the main thread was idle (waiting:
// idle callbacks, frames, timers) and the functions with the most self and total time; with TRACE=1,
// the browser's own work (style, layout, paint) from a performance trace. A tool for speed work, not
// part of `npm run bench` (bench/compare.mjs measures, on the built files).
//
//   node bench/trend-profile.mjs [rounds] [ours|vega-embed]
import { resolve } from 'node:path';
import { bundleUnminified, launchChromium, serveBench } from './bench-server.mjs';
import { drawInPage } from './compare.mjs';
import { printProfile } from './profile-summary.mjs';

const root = resolve(import.meta.dirname, '..');
const rounds = Number(process.argv[2] ?? 3);
const only = process.argv[3];

const bundle = (contents, loader) => bundleUnminified(root, contents, loader);

const libraries = {
  ours: await bundle(`import './src/elements/indicator-trend/indicator-trend.ts';`),
  'vega-embed': await bundle(`import embed from 'vega-embed'; window.vegaEmbed = embed;`, 'js'),
};

const pages = {};
for (const [name, text] of Object.entries(libraries)) {
  pages[`/${name}.js`] = { type: 'text/javascript', body: text };
  pages[`/${name}.html`] = {
    type: 'text/html',
    body: `<!doctype html><html lang="en"><title>trend profile</title><script type="module" src="/${name}.js"></script><body style="margin:0;width:1280px"></body></html>`,
  };
}
const { server, origin } = await serveBench(root, pages);
const browser = await launchChromium();

/** One round of the 30 charts in the page (after a warm-up chart): bench/compare.mjs's own drawing. */
const round = (page, library) => page.evaluate(drawInPage, library, 1);

try {
  const opened = {};
  for (const library of Object.keys(libraries)) {
    const page = (opened[library] = await browser.newPage());
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${origin}/${library}.html`);
    if (library === 'ours') await page.waitForFunction(() => customElements.get('indicator-trend'));
    else await page.waitForFunction(() => window.vegaEmbed);
    await round(page, library); // warm up: chunks, compiled code
  }
  await opened.ours.bringToFront();
  await round(opened.ours, 'ours');
  // Alternating rounds, so both libraries meet the same load on a shared machine.
  const times = { ours: [], 'vega-embed': [] };
  for (let i = 0; i < rounds; i++) {
    for (const library of Object.keys(libraries)) {
      await opened[library].bringToFront(); // a page in the background gets no frames
      times[library].push(await round(opened[library], library));
    }
  }
  const median = (list, key) => list.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const ours = median(times.ours, 'all');
  const vega = median(times['vega-embed'], 'all');
  console.log(`30 charts, median of ${rounds} alternating rounds: ours ${ours.toFixed(0)} ms, raw vega-embed ${vega.toFixed(0)} ms: ${(ours / vega).toFixed(2)}x; ours' first screen ${(median(times.ours, 'firstScreen') / ours).toFixed(2)} of all 30`);
  console.log(`  ratios round by round: ${times.ours.map((t, i) => (t.all / times['vega-embed'][i].all).toFixed(2)).join(' ')}`);

  for (const library of Object.keys(libraries).filter((l) => only && l === only)) {
    const page = opened[library];
    await page.bringToFront();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < rounds; i++) await round(page, library);
    const { profile } = await cdp.send('Profiler.stop');
    printProfile((s) => `\n== ${library}: ${s.totalMs} ms sampled over ${rounds} rounds, of which idle ${s.idleMs} ms`, profile, { self: 30, total: 60 });
    if (process.env.TRACE) {
      // Where the browser's own time goes (style, layout, paint), from a performance trace of one more round.
      await page.tracing.start({ categories: ['devtools.timeline'] });
      await round(page, library);
      const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
      const mains = new Set(trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const byName = new Map();
      for (const e of trace.traceEvents) {
        if (e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`) || !e.dur) continue;
        const entry = byName.get(e.name) ?? { ms: 0, count: 0 };
        entry.ms += e.dur / 1000;
        entry.count++;
        byName.set(e.name, entry);
      }
      console.log(`-- trace of one round (${library}): main-thread events by total duration (nested events overlap)`);
      for (const [name, { ms, count }] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 18)) console.log(`${ms.toFixed(1).padStart(8)} ms ${String(count).padStart(6)}x  ${name}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
