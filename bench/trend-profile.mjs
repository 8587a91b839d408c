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
//
// With AB=<git ref>, a third page draws the same 30 trends with <indicator-trend> as it was at that
// commit ("before": its src/ taken with `git archive` into bench/.build/), in the same alternating
// rounds, and each round's main-thread CPU time is read too (the thread clock of compare.mjs's marks,
// from a trace): on a shared machine the CPU time of a change against its commit before, both in one
// browser, is the steadier figure. It ends with counts of the work (DOM nodes and SVG elements of
// the 30 trends) for both.
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
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
const base = process.env.AB;
if (base) {
  const commit = execFileSync('git', ['rev-parse', '--short', base], { cwd: root, encoding: 'utf8' }).trim();
  const dir = resolve(root, 'bench/.build', `ab-${commit}`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${commit} src | tar -x -C ${dir}`], { cwd: root });
  // Its own package scope: the worktree's package.json lists no side effects there, so esbuild would drop the import.
  writeFileSync(resolve(dir, 'package.json'), '{ "sideEffects": true }\n');
  // Resolved from bench/.build/ab-*/src, its packages are found up the tree (the worktree's node_modules).
  libraries.before = await bundle(`import './bench/.build/ab-${commit}/src/elements/indicator-trend/indicator-trend.ts';`);
  console.log(`before: ${base} (${commit}); ours: the working tree`);
}
/** The drawer compare.mjs's drawInPage uses for each page. */
const drawer = (library) => (library === 'before' ? 'ours' : library);

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
const round = (page, library) => page.evaluate(drawInPage, drawer(library), 1);

/** A round, with its main-thread CPU time (`cpu`, ms) from the thread clock of drawInPage's marks. */
async function timedRound(page, library) {
  await page.tracing.start({ categories: ['blink.user_timing'] });
  const times = await round(page, library);
  const trace = JSON.parse(Buffer.from(await page.tracing.stop()).toString());
  const mark = (name) => trace.traceEvents.find((e) => e.name === name && e.ph === 'I' && e.tts !== undefined);
  const [start, end] = [mark('trends-start'), mark('trends-end')];
  return { ...times, cpu: start && end ? (end.tts - start.tts) / 1000 : NaN };
}

/** In the page: the 30 trends drawn once more and kept, counting their DOM nodes and SVG elements. */
const countWork = async () => {
  const ons = await (await fetch('/examples/data/ons-wellbeing.json')).json();
  const pairs = ons.indicators.flatMap((i) => ons.areas.filter((a) => a.code !== ons.benchmark).map((a) => [i.id, a.code])).slice(0, 30);
  const box = document.createElement('div');
  document.body.append(box);
  await Promise.all(
    pairs.map(([indicator, area]) => {
      const el = document.createElement('indicator-trend');
      el.setAttribute('indicator', indicator);
      el.setAttribute('area', area);
      const ready = new Promise((done) => el.addEventListener('wellbeing-ready', done, { once: true }));
      el.spec = ons;
      box.append(el);
      return ready;
    }),
  );
  const count = (root) => [...root.querySelectorAll('*')].reduce((n, e) => n + 1 + (e.shadowRoot ? count(e.shadowRoot) : 0), root.childNodes.length);
  const els = [...box.children];
  const result = {
    'DOM elements (with shadow roots)': count(box),
    'SVG elements in the charts': els.reduce((n, e) => n + e.shadowRoot.querySelectorAll('.vega svg *').length, 0),
    'elements outside the charts': els.reduce((n, e) => n + e.shadowRoot.querySelectorAll('*').length - e.shadowRoot.querySelectorAll('.vega svg *').length, 0),
  };
  box.remove();
  return result;
};

try {
  const opened = {};
  for (const library of Object.keys(libraries)) {
    const page = (opened[library] = await browser.newPage());
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(`${origin}/${library}.html`);
    if (drawer(library) === 'ours') await page.waitForFunction(() => customElements.get('indicator-trend'));
    else await page.waitForFunction(() => window.vegaEmbed);
    await round(page, library); // warm up: chunks, compiled code
  }
  for (const library of Object.keys(libraries).filter((l) => drawer(l) === 'ours')) {
    await opened[library].bringToFront();
    await round(opened[library], library);
  }
  // Alternating rounds, so both libraries meet the same load on a shared machine.
  const times = Object.fromEntries(Object.keys(libraries).map((library) => [library, []]));
  for (let i = 0; i < rounds; i++) {
    // Every other round in the reverse order: the library drawn first in a round was seen to gain (an A/A run gave 0.82).
    const order = i % 2 ? Object.keys(libraries).reverse() : Object.keys(libraries);
    for (const library of order) {
      await opened[library].bringToFront(); // a page in the background gets no frames
      times[library].push(base ? await timedRound(opened[library], library) : await round(opened[library], library));
    }
  }
  const median = (list, key) => list.map((t) => t[key]).sort((a, b) => a - b)[Math.floor(list.length / 2)];
  const ours = median(times.ours, 'all');
  const vega = median(times['vega-embed'], 'all');
  console.log(`30 charts, median of ${rounds} alternating rounds: ours ${ours.toFixed(0)} ms, raw vega-embed ${vega.toFixed(0)} ms: ${(ours / vega).toFixed(2)}x; ours' first screen ${(median(times.ours, 'firstScreen') / ours).toFixed(2)} of all 30`);
  console.log(`  ratios round by round: ${times.ours.map((t, i) => (t.all / times['vega-embed'][i].all).toFixed(2)).join(' ')}`);
  if (base) {
    const ratio = (key, a, b) => times[a].map((t, i) => t[key] / times[b][i][key]);
    const med = (list) => [...list].sort((x, y) => x - y)[Math.floor(list.length / 2)];
    for (const [key, what] of [['cpu', 'main-thread CPU'], ['all', 'wall']]) {
      const line = (library) => `${library} ${med(times[library].map((t) => t[key])).toFixed(0)} ms`;
      console.log(`${what} time, medians: ${Object.keys(libraries).map(line).join(', ')}`);
      for (const [a, b] of [['ours', 'before'], ['ours', 'vega-embed'], ['before', 'vega-embed']]) {
        const list = ratio(key, a, b);
        console.log(`  ${a}/${b}: median ${med(list).toFixed(3)} (${list.map((r) => r.toFixed(2)).join(' ')})`);
      }
    }
    for (const library of ['before', 'ours']) {
      await opened[library].bringToFront();
      console.log(`work, ${library}: ${JSON.stringify(await opened[library].evaluate(countWork))}`);
    }
  }

  for (const library of Object.keys(libraries).filter((l) => only && l === only)) {
    const page = opened[library];
    await page.bringToFront();
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    for (let i = 0; i < rounds; i++) await round(page, library);
    const { profile } = await cdp.send('Profiler.stop');
    if (process.env.PROFILE_OUT) writeFileSync(process.env.PROFILE_OUT, JSON.stringify(profile)); // for DevTools
    printProfile((s) => `\n== ${library}: ${s.totalMs} ms sampled over ${rounds} rounds, of which idle ${s.idleMs} ms`, profile, { self: 30, total: 60 });
    if (process.env.TRACE) {
      // Where the browser's own time goes (style, layout, paint), from a performance trace of one more round.
      await page.tracing.start({ categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.stack'] });
      await round(page, library);
      const traceText = Buffer.from(await page.tracing.stop()).toString();
      if (process.env.TRACE_OUT) writeFileSync(process.env.TRACE_OUT, traceText); // for DevTools
      const trace = JSON.parse(traceText);
      const mains = new Set(trace.traceEvents.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain').map((e) => `${e.pid}:${e.tid}`));
      const byName = new Map();
      for (const e of trace.traceEvents) {
        if (e.ph !== 'X' || !mains.has(`${e.pid}:${e.tid}`) || !e.dur) continue;
        const entry = byName.get(e.name) ?? { ms: 0, count: 0 };
        entry.ms += e.dur / 1000;
        entry.count++;
        byName.set(e.name, entry);
      }
      if (process.env.TRACE === 'layout') {
        // Who forced each layout and style recalculation (the first frame of the script's stack).
        const forced = new Map();
        for (const e of trace.traceEvents) {
          if (!mains.has(`${e.pid}:${e.tid}`) || !['Layout', 'UpdateLayoutTree', 'PrePaint', 'Paint'].includes(e.name)) continue;
          const frame = (e.args?.beginData?.stackTrace ?? e.args?.data?.stackTrace ?? [])[0];
          const key = `${e.name} ${frame ? `${frame.functionName || '(anonymous)'}:${frame.lineNumber}` : '(frame)'}`;
          const entry = forced.get(key) ?? { ms: 0, count: 0 };
          entry.ms += (e.dur ?? 0) / 1000;
          entry.count++;
          forced.set(key, entry);
        }
        for (const [key, { ms, count }] of [...forced].sort((a, b) => b[1].ms - a[1].ms).slice(0, 15)) console.log(`${ms.toFixed(1).padStart(8)} ms ${String(count).padStart(6)}x  ${key}`);
      }
      console.log(`-- trace of one round (${library}): main-thread events by total duration (nested events overlap)`);
      for (const [name, { ms, count }] of [...byName].sort((a, b) => b[1].ms - a[1].ms).slice(0, 18)) console.log(`${ms.toFixed(1).padStart(8)} ms ${String(count).padStart(6)}x  ${name}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
