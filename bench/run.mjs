// Measures size, speed and memory. Numbers are reported, never asserted: machines differ, and a
// test that fails on a busy CI machine teaches nothing. Run after `npm run build`.
//   npm run bench            all measurements
//   npm run bench -- --quick  fewer repetitions
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
  await page.waitForFunction(() => customElements.get('wellbeing-wheel') && customElements.get('indicator-trend'));
  const rounds = quick ? 10 : 30;
  const measured = await page.evaluate(async (rounds) => {
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
    const heap = () => {
      globalThis.gc?.();
      return performance.memory?.usedJSHeapSize ?? 0;
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
      const before = heap();
      for (let i = 0; i < rounds; i++) await draw();
      await new Promise((r) => setTimeout(r, 200));
      const after = heap();
      times.sort((a, b) => a - b);
      out[tag] = {
        firstDrawMs: Number(first.toFixed(1)),
        medianDrawMs: Number(times[Math.floor(times.length / 2)].toFixed(1)),
        heapGrowthKBAfterRounds: Math.round((after - before) / 1024),
        rounds,
      };
    }
    return out;
  }, rounds);
  results.browser = { ...measured, cspViolations: violations.length };
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

mkdirSync(join(root, 'bench/results'), { recursive: true });
writeFileSync(join(root, 'bench/results/latest.json'), `${JSON.stringify(results, null, 2)}\n`);
console.log('Size (bytes, gzip):');
for (const [file, s] of Object.entries(results.size)) console.log(`  ${file.padEnd(48)} ${String(s.bytes).padStart(9)} ${String(s.gzip).padStart(8)}`);
console.log('Speed (ms a run):');
for (const [name, s] of Object.entries(results.speed)) console.log(`  ${name.padEnd(58)} ${String(s.msPerRun).padStart(9)}`);
console.log('Browser:');
console.log(JSON.stringify(results.browser, null, 2).replace(/^/gm, '  '));
console.log('Wheel, adversarial specs (2 s budget):');
console.log(JSON.stringify(results.wheelAdversarial, null, 2).replace(/^/gm, '  '));
console.log('\nWritten to bench/results/latest.json');
