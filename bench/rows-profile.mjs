// Where the 20,000-row spec's drawing time goes in the browser: bench/compare.mjs's `bigSpec` measure
// (one trend from the text of a spec with every area's rows, against `JSON.parse` of the same text),
// run on an unminified bundle of <indicator-trend> (esbuild, on the fly: no build needed, functions
// keep their names) or, with `dist`, on the built files. Prints each round split into its phases:
// the spec's `JSON.parse`; checking it and making the model (until the element renders); rendering;
// until the chart is asked for; until the browser says the element is on screen (its first style,
// layout and paint, then the observer's callback); drawing the chart. Twice: in wall time (what the
// bench measures), and in the main thread's CPU time (read from the thread clock of the marks in a
// trace: on a loaded machine the wall time mostly measures the others' work). With PROFILE=1, the
// same rounds again under a Chrome CPU profile (DevTools protocol): the functions with the most self
// and total time. A tool for speed work, not part of `npm run bench`.
//
//   node bench/rows-profile.mjs [rounds] [src|dist]
import { resolve } from 'node:path';
import { bundleUnminified, launchChromium, serveBench } from './bench-server.mjs';
import { bigSpecInPage } from './compare.mjs';
import { printProfile } from './profile-summary.mjs';

const root = resolve(import.meta.dirname, '..');
const rounds = Number(process.argv[2] ?? 9);
const from = process.argv[3] ?? 'src';

const pages = {};
let script = '/dist/wellbeing-widgets.js';
if (from === 'src') {
  script = '/trend.js';
  pages[script] = { type: 'text/javascript', body: await bundleUnminified(root, `import './src/elements/indicator-trend/indicator-trend.ts';`) };
}
pages['/rows.html'] = {
  type: 'text/html',
  body: `<!doctype html><html lang="en"><title>rows profile</title><script type="module" src="${script}"></script><body style="margin:0;width:1280px"></body></html>`,
};

/**
 * In the page: marks (performance.mark) when each <indicator-trend> gets its spec, renders, asks
 * for its chart, hears it is on screen, and is ready, beside compare.mjs's own marks.
 */
const watchPhases = () => {
  const Trend = customElements.get('indicator-trend').prototype;
  const spec = Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Trend), 'spec') ?? Object.getOwnPropertyDescriptor(Trend, 'spec');
  Object.defineProperty(Trend, 'spec', {
    get: spec.get,
    set(value) {
      if (value) performance.mark('spec'); // (the constructor sets null)
      spec.set.call(this, value);
    },
    configurable: true,
  });
  for (const method of ['renderView', 'draw']) {
    const original = Trend[method];
    Trend[method] = function (...args) {
      performance.mark(method);
      const result = original.apply(this, args);
      if (method === 'renderView') performance.mark('rendered');
      return result;
    };
  }
  const Observer = window.IntersectionObserver;
  window.IntersectionObserver = class extends Observer {
    constructor(callback, options) {
      super((entries, observer) => {
        performance.mark('onScreen');
        callback(entries, observer);
      }, options);
    }
  };
};

/** The marks of each round, in order, from a trace: the first of each name after the round's start. */
function roundsOfMarks(trace) {
  const marks = trace.traceEvents.filter((e) => e.cat?.includes('user_timing') && e.ph === 'I' && e.tts !== undefined).sort((a, b) => a.ts - b.ts);
  const rounds = [];
  for (const mark of marks) {
    if (mark.name === 'big-spec-parse') rounds.push({});
    const round = rounds[rounds.length - 1];
    if (round && !round[mark.name]) round[mark.name] = mark;
  }
  return rounds;
}

/** A round's phases in ms, by the marks' wall clock (`ts`) or thread clock (`tts`). */
function phasesOf(m, clock) {
  const ms = (a, b) => (m[a] && m[b] ? (m[b][clock] - m[a][clock]) / 1000 : NaN);
  const parse = ms('big-spec-parse', 'big-spec-parsed');
  const drawn = ms('big-spec-draw', 'big-spec-drawn');
  return {
    'JSON.parse': parse,
    'check+model': ms('big-spec-draw', 'renderView') - parse,
    render: ms('renderView', 'rendered'),
    'to draw': ms('rendered', 'draw'),
    'on screen': ms('draw', 'onScreen'),
    chart: ms('onScreen', 'big-spec-drawn'),
    drawn,
    ratio: drawn / parse,
  };
}

function printPhases(title, phases) {
  const names = Object.keys(phases[0]);
  const median = (name) => phases.map((p) => p[name]).filter((x) => !Number.isNaN(x)).sort((a, b) => a - b)[Math.floor(phases.length / 2)] ?? NaN;
  console.log(`-- ${title} ('check+model' also holds the spec's own JSON.parse beyond the first's time)`);
  console.log(`${'ms'.padEnd(8)}${names.map((n) => n.padStart(12)).join('')}`);
  for (const [i, p] of phases.entries()) console.log(`${`#${i + 1}`.padEnd(8)}${names.map((n) => p[n].toFixed(1).padStart(12)).join('')}`);
  console.log(`${'median'.padEnd(8)}${names.map((n) => median(n).toFixed(1).padStart(12)).join('')}`);
}

/** `profile` with only the samples inside `windows` ([from, to] in the trace's microseconds). */
function profileWithin(profile, windows) {
  const samples = [];
  const timeDeltas = [];
  let at = profile.startTime;
  let kept = at;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i];
    if (windows.some(([from, to]) => at >= from && at <= to)) {
      samples.push(id);
      timeDeltas.push(at - kept);
      kept = at;
    }
  });
  // summariseProfile counts each sample with the delta after it: give each sample its own interval.
  return { ...profile, samples, timeDeltas: [0, ...samples.map(() => 50)] };
}

const { server, origin } = await serveBench(root, pages);
const browser = await launchChromium();
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(`${origin}/rows.html`);
  if (from === 'dist') await page.evaluate(() => import('/dist/wellbeing-widgets.js').then((m) => m.loadAll()));
  await page.waitForFunction(() => customElements.get('indicator-trend'));
  await page.evaluate(watchPhases);
  await page.evaluate(bigSpecInPage, 2); // warm up
  await page.tracing.start({ categories: ['blink.user_timing'] });
  const measured = await page.evaluate(bigSpecInPage, rounds);
  const marks = roundsOfMarks(JSON.parse(Buffer.from(await page.tracing.stop()).toString()));
  const beyondParse = measured.rounds.map((r) => r.drawn - r.parse).sort((a, b) => a - b)[Math.floor(measured.rounds.length / 2)];
  console.log(`${measured.rows} rows, ${(measured.bytes / 1e6).toFixed(1)} MB, ${from}: median ratio ${measured.ratio.toFixed(2)}x (${measured.drawMs.toFixed(0)} ms against JSON.parse ${measured.parseMs.toFixed(0)} ms); drawing beyond one parse ${beyondParse.toFixed(1)} ms (median)`);
  printPhases('wall time', marks.map((m) => phasesOf(m, 'ts')));
  printPhases('main thread CPU time', marks.map((m) => phasesOf(m, 'tts')));

  if (process.env.PROFILE === 'phases') {
    // The rounds again, traced and profiled together (one clock): each phase's own CPU profile.
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 50 });
    await page.tracing.start({ categories: ['blink.user_timing'] });
    await cdp.send('Profiler.start');
    await page.evaluate(bigSpecInPage, rounds);
    const { profile } = await cdp.send('Profiler.stop');
    const phaseMarks = roundsOfMarks(JSON.parse(Buffer.from(await page.tracing.stop()).toString()));
    const spans = { 'check+model': ['big-spec-parsed', 'renderView'], render: ['renderView', 'rendered'], 'to draw': ['rendered', 'draw'], 'on screen': ['draw', 'onScreen'], chart: ['onScreen', 'big-spec-drawn'] };
    for (const [phase, [from, to]] of Object.entries(spans)) {
      const windows = phaseMarks.filter((m) => m[from] && m[to]).map((m) => [m[from].ts, m[to].ts]);
      printProfile((s) => `\n== ${phase}: ${s.totalMs} ms sampled over ${windows.length} rounds, idle ${s.idleMs} ms`, profileWithin(profile, windows), { self: 25, total: 40 });
    }
  } else if (process.env.PROFILE) {
    const cdp = await page.createCDPSession();
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    await cdp.send('Profiler.start');
    const profiled = await page.evaluate(bigSpecInPage, rounds);
    const { profile } = await cdp.send('Profiler.stop');
    printProfile((s) => `\n== profiled: median ${profiled.ratio.toFixed(2)}x; ${s.totalMs} ms sampled over ${rounds} rounds (with building the text), of which idle ${s.idleMs} ms`, profile, { self: 35, total: 70 });
  }
} finally {
  await browser.close();
  server.close();
}
