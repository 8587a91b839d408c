// Measures size, speed and memory. Numbers are reported, never asserted: machines differ, and a
// test that fails on a busy CI machine teaches nothing. Run after `npm run build`.
//   npm run bench            all measurements
//   npm run bench -- --quick  fewer repetitions
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const root = resolve(import.meta.dirname, '..');
const quick = process.argv.includes('--quick');
const results = { date: new Date().toISOString(), node: process.version, size: {}, speed: {}, browser: {} };

if (!existsSync(join(root, 'dist/wellbeing-widgets.js'))) {
  console.error('Run `npm run build` first: the benchmarks measure the built files.');
  process.exit(1);
}

// --- Size: what a page downloads -------------------------------------------------------------
function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}
for (const file of walk(join(root, 'dist')).filter((f) => f.endsWith('.js'))) {
  const bytes = readFileSync(file);
  results.size[file.slice(root.length + 1)] = { bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

// --- Speed of the pure parts (Node) ------------------------------------------------------------
const pure = await import(join(root, 'lib/pure.js'));
const spec = JSON.parse(readFileSync(join(root, 'examples/data/ons-wellbeing.json'), 'utf8'));
const deprivation = JSON.parse(readFileSync(join(root, 'examples/data/deprivation-england.json'), 'utf8'));

function time(name, runs, fn) {
  fn(); // warm up
  const start = performance.now();
  for (let i = 0; i < runs; i++) fn();
  const ms = (performance.now() - start) / runs;
  results.speed[name] = { msPerRun: Number(ms.toFixed(3)), runs };
}

time(`parseSpec (ons-wellbeing.json, ${spec.data.length} rows)`, quick ? 20 : 100, () => pure.parseSpec(spec));
const parsed = pure.parseSpec(spec).spec;
time('new Model (same spec)', quick ? 50 : 300, () => new pure.Model(parsed));
// A large spec: 50,000 rows, to see how parsing scales.
const big = { ...spec, data: Array.from({ length: 50_000 }, (_, i) => ({ ...spec.data[i % spec.data.length] })) };
big.data.forEach((row, i) => (row.period = String(1000 + Math.floor(i / spec.data.length))));
time('parseSpec (50,000 rows)', quick ? 2 : 5, () => pure.parseSpec(big));
const csv = readFileSync(join(root, 'examples/data/ons-wellbeing.csv'), 'utf8');
time('csvToRows (ons-wellbeing.csv)', quick ? 50 : 300, () => pure.csvToRows(csv, 'ons-wellbeing.csv'));
const deciles = deprivation.data
  .filter((r) => r.indicator === 'children-low-income' && r.period === '2022/23' && r.group)
  .map((r) => ({ order: r.group.order, value: r.value, population: r.denominator, lower: r.lower, upper: r.upper }));
if (typeof pure.slopeIndexOfInequality === 'function') {
  time('slopeIndexOfInequality (10 deciles, default simulations)', quick ? 3 : 10, () => pure.slopeIndexOfInequality(deciles));
}

// --- Browser: time to draw and memory after many elements come and go -------------------------
const types = { '.html': 'text/html', '.js': 'text/javascript', '.json': 'application/json', '.csv': 'text/csv', '.map': 'application/json' };
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://127.0.0.1');
  if (url.pathname === '/bench.html') {
    res.writeHead(200, { 'content-type': 'text/html', 'content-security-policy': "script-src 'self'" });
    res.end('<!doctype html><html lang="en"><title>bench</title><script type="module" src="/dist/wellbeing-widgets.js"></script><body></body></html>');
    return;
  }
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(root) || !existsSync(path) || statSync(path).isDirectory()) {
    res.writeHead(404).end();
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' });
  res.end(readFileSync(path));
});
await new Promise((done) => server.listen(0, '127.0.0.1', done));
const base = `http://127.0.0.1:${server.address().port}`;

const { default: puppeteer } = await import('puppeteer-core');
const browser = await puppeteer.launch({
  executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--js-flags=--expose-gc'],
});
try {
  const page = await browser.newPage();
  const violations = [];
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/.test(message.text())) violations.push(message.text());
  });
  await page.goto(`${base}/bench.html`);
  // The loader defines an element when its tag appears; load all three up front for timing.
  await page.evaluate(() => import('/dist/wellbeing-widgets.js').then((m) => m.loadAll()));
  const rounds = quick ? 10 : 30;
  const { defineThreeElementsInPage, exposeHeapAfterGc } = await import('./three-elements.mjs');
  await exposeHeapAfterGc(page);
  await page.evaluate(defineThreeElementsInPage);
  const measured = await page.evaluate(async (rounds) => {
    const cases = globalThis.benchCases;
    const heap = async () => {
      const { js, blink } = await globalThis.benchHeapAfterGc();
      return js + blink;
    };
    const out = {};
    for (const [tag, setUp] of Object.entries(cases)) {
      const times = [];
      const draw = async () => {
        const el = document.createElement(tag);
        el.style.width = '640px';
        const ready = new Promise((resolve, reject) => {
          el.addEventListener('wellbeing-ready', resolve, { once: true });
          el.addEventListener('wellbeing-error', (e) => reject(new Error(e.detail.message)), { once: true });
        });
        const start = performance.now();
        setUp(el);
        document.body.append(el);
        await ready;
        times.push(performance.now() - start);
        el.remove();
      };
      await draw(); // first draw loads chunks; measured separately
      const first = times.pop();
      const before = await heap();
      for (let i = 0; i < rounds; i++) await draw();
      await new Promise((r) => setTimeout(r, 200));
      const after = await heap();
      times.sort((a, b) => a - b);
      out[tag] = {
        firstDrawMs: Number(first.toFixed(1)),
        medianDrawMs: Number(times[Math.floor(times.length / 2)].toFixed(1)),
        heapGrowthKBAfterRounds: Math.round((after - before) / 1024),
        rounds,
      };
    }
    // Memory: the three elements added and removed together, 50 warm-up rounds, then 100 more;
    // the heap after garbage collection should not grow (timing buffers, caches) round after round.
    const [warmRounds, measuredRounds] = rounds < 30 ? [10, 20] : [50, 100];
    for (let i = 0; i < warmRounds; i++) await globalThis.benchRound();
    await new Promise((r) => setTimeout(r, 200));
    const heapBefore = await globalThis.benchHeapAfterGc();
    for (let i = 0; i < measuredRounds; i++) await globalThis.benchRound();
    await new Promise((r) => setTimeout(r, 200));
    const heapAfter = await globalThis.benchHeapAfterGc();
    const kb = (bytes) => Math.round(bytes / 1024);
    out.allThree = {
      warmRounds,
      measuredRounds,
      heapGrowthKB: kb(heapAfter.js + heapAfter.blink - heapBefore.js - heapBefore.blink),
      jsHeapGrowthKB: kb(heapAfter.js - heapBefore.js),
      blinkHeapGrowthKB: kb(heapAfter.blink - heapBefore.blink),
    };
    return out;
  }, rounds);
  results.browser = { ...measured, cspViolations: violations.length };
  // This library against raw vega-embed, Highcharts and Chart.js on the same 30 trends (bench/compare.mjs).
  results.compare = await (await import('./compare.mjs')).compareLibraries({ browser, base, root, quick });
} catch (error) {
  results.browser = { error: String(error?.message ?? error) };
} finally {
  await browser.close();
  server.close();
}

// Adversarial wheel specs: each must draw within 2 s of main-thread time (bench/wheel-adversarial.mjs).
try {
  results.wheelAdversarial = await (await import('./wheel-adversarial.mjs')).run({ root });
} catch (error) {
  results.wheelAdversarial = { error: String(error?.message ?? error) };
}

results.map = await (await import('./map.mjs')).run({ root, rounds: quick ? 2 : 5 }).catch((error) => ({ error: String(error?.message ?? error) })); // <area-map> vs raw d3-geo, map-only page bytes (bench/map.mjs)

// Data readers: rows/s, 20 MB file vs JSON.parse (bench/readers.mjs), in a Node process of their own,
// as a page or the command line reads a file: in this process, after the browser and map measures,
// the heap the bench itself holds made the 20 MB read 6.2x JSON.parse where a fresh process gives 2-2.5x.
results.readers = (() => {
  const child = spawnSync(process.execPath, [join(root, 'bench/readers.mjs'), ...(quick ? ['--quick'] : [])], { encoding: 'utf8', maxBuffer: 1 << 20 });
  try {
    return JSON.parse(child.stdout);
  } catch {
    return { error: `bench/readers.mjs exited ${child.status}: ${child.stderr.trim().split('\n').pop()}` };
  }
})();

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Size (bytes, gzip):');
for (const [file, s] of Object.entries(results.size)) console.log(`  ${file.padEnd(48)} ${String(s.bytes).padStart(9)} ${String(s.gzip).padStart(8)}`);
console.log('Speed (ms a run):');
for (const [name, s] of Object.entries(results.speed)) console.log(`  ${name.padEnd(58)} ${String(s.msPerRun).padStart(9)}`);
console.log('Browser:');
console.log(JSON.stringify(results.browser, null, 2).replace(/^/gm, '  '));
if (results.compare) {
  const c = results.compare;
  const cell = (x) => (typeof x === 'number' ? x.toFixed(2) : String(x));
  console.log('Against other libraries (same 30 trends):');
  console.log(`  ${''.padEnd(52)} ${['ours', 'vega-embed', 'highcharts', 'chartjs'].map((k) => k.padStart(11)).join('')}`);
  for (const [row, values] of Object.entries(c.table)) {
    console.log(`  ${row.padEnd(52)} ${['ours', 'vega-embed', 'highcharts', 'chartjs'].map((k) => cell(values[k]).padStart(11)).join('')}`);
  }
  console.log(`  page with only a wheel: ${c.wheelPageKB.toFixed(1)} KB gzip; with only a gap: ${c.gapPageKB.toFixed(1)} KB gzip`);
  if (c.bigSpec) console.log(`  ${c.bigSpec.rows}-row spec: drawn in ${c.bigSpec.drawMs.toFixed(0)} ms, JSON.parse ${c.bigSpec.parseMs.toFixed(0)} ms: ${c.bigSpec.ratio.toFixed(1)}x`);
}
console.log('Wheel, adversarial specs (2 s budget):');
console.log(JSON.stringify(results.wheelAdversarial, null, 2).replace(/^/gm, '  '));
const twenty = results.readers?.twentyMegabytes;
if (twenty) console.log(`Readers: a ${twenty.megabytes} MB Fingertips file (${twenty.rows} rows) read in ${twenty.readMs} ms, JSON.parse ${twenty.jsonParseMs} ms: ${twenty.ratio}x (CPU time ${twenty.cpu.ratio}x; goal: under 3x)`);
else console.log(`Readers: ${results.readers?.error ?? 'not measured'}`);
console.log('\nWritten to bench/results/latest.json');
