// <area-map> speed and size (issue 14, item 5): every lower-tier council of England and Wales drawn
// by the element, against a raw d3-geo + SVG baseline drawing the same outlines with the same colours
// in the same page and run (target: under 2x); and the bytes a page with only a map downloads.
// Measured here, never asserted in tests.
//
//   npm run build && node bench/map.mjs      (bench/run.mjs also calls run())
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { launchChromium, serveBench } from './bench-server.mjs';
import { gzipSync } from 'node:zlib';

const BOUNDARIES = '/examples/data/boundaries/ltla-england-wales.topo.json';
const SPEC = '/examples/data/map-england-wales.json';

/** The baseline: topojson-client and d3-geo straight into SVG paths, bundled by esbuild for the page. */
async function baselineScript(root) {
  const { build } = await import('esbuild');
  const source = `
    import { geoPath, geoTransverseMercator } from 'd3-geo';
    import { feature } from 'topojson-client';
    window.drawBaseline = (topology, layer, codes, colourOf, parent) => {
      const all = feature(topology, topology.objects[layer]).features.filter((f) => codes.has(f.properties.areacd));
      const collection = { type: 'FeatureCollection', features: all };
      const projection = geoTransverseMercator().rotate([2, 0]).fitWidth(1000, collection);
      const path = geoPath(projection);
      const ns = 'http://www.w3.org/2000/svg';
      const svg = document.createElementNS(ns, 'svg');
      svg.setAttribute('viewBox', '0 0 1000 1200');
      // Drawn the size the element draws its map (its CSS), with the same thin borders between areas.
      svg.style.cssText = 'display: block; width: 100%; height: auto; max-height: 40rem';
      svg.setAttribute('stroke', '#ffffff');
      svg.setAttribute('stroke-width', '0.5px');
      svg.setAttribute('vector-effect', 'non-scaling-stroke');
      for (const f of all) {
        const p = document.createElementNS(ns, 'path');
        p.setAttribute('d', path(f));
        p.setAttribute('fill', colourOf(f.properties.areacd));
        svg.append(p);
      }
      parent.append(svg);
      return all.length;
    };`;
  const out = await build({ stdin: { contents: source, resolveDir: root }, bundle: true, format: 'esm', write: false, minify: true });
  return out.outputFiles[0].text;
}

/** Bytes of the JavaScript a page with only an <area-map> loads: the loader and the chunks the map's chunk imports. */
function mapPageBytes(root) {
  const dist = join(root, 'dist');
  const loader = readFileSync(join(dist, 'wellbeing-widgets.js'), 'utf8');
  const mapChunk = /["']\.\/(chunks\/area-map-[\w-]+\.js)["']/.exec(loader)?.[1];
  if (!mapChunk) return { error: 'no area-map chunk in the loader' };
  const files = new Set(['wellbeing-widgets.js']);
  const visit = (file) => {
    if (files.has(file)) return;
    files.add(file);
    const text = readFileSync(join(dist, file), 'utf8');
    // Static imports only (a dynamic import, e.g. of Vega, is not loaded by drawing a map).
    for (const [, next] of text.matchAll(/from\s*["']\.\/([\w.-]+\.js)["']/g)) visit(join(file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '', next));
  };
  visit(mapChunk);
  const sizes = [...files].map((file) => {
    const bytes = readFileSync(join(dist, file));
    return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const sum = (key, list) => list.reduce((n, s) => n + s[key], 0);
  const data = [BOUNDARIES, SPEC].map((url) => {
    const bytes = readFileSync(join(root, url));
    return { file: url.slice(1), bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  return {
    javascript: { bytes: sum('bytes', sizes), gzip: sum('gzip', sizes), files: sizes.map((s) => s.file) },
    loadsVega: [...files].some((f) => /vega/.test(f)),
    data: { bytes: sum('bytes', data), gzip: sum('gzip', data), files: data.map((d) => d.file) },
  };
}

export async function run({ root = resolve(import.meta.dirname, '..'), rounds = 5 } = {}) {
  const results = { size: mapPageBytes(root) };
  const baseline = await baselineScript(root);
  const { server, origin } = await serveBench(root, {
    '/map-bench.html': {
      type: 'text/html',
      csp: "script-src 'self'",
      body:
        '<!doctype html><html lang="en"><title>map bench</title><script type="module" src="/dist/wellbeing-widgets.js"></script>' +
        '<script type="module" src="/baseline.js"></script><body><div id="box" style="width:900px"></div></body></html>',
    },
    '/baseline.js': { type: 'text/javascript', body: baseline },
  });
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.goto(`${origin}/map-bench.html`);
    await page.waitForFunction(() => typeof window.drawBaseline === 'function');
    const timings = await page.evaluate(
      async (boundaries, specUrl, rounds) => {
        const topology = await fetch(boundaries).then((r) => r.json());
        const spec = await fetch(specUrl).then((r) => r.json());
        const box = document.getElementById('box');
        const councils = spec.areas.filter((a) => a.type === 'lower-tier-authority').map((a) => a.code);
        const codes = new Set(councils);
        const palette = ['#1b7837', '#b8860b', '#c0392b'];
        const colourOf = (code) => palette[code.charCodeAt(code.length - 1) % 3];
        const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 0)));
        const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
        await import('/dist/wellbeing-widgets.js').then((m) => m.whenLoaded('area-map'));

        async function element(change) {
          const el = document.createElement('area-map');
          el.setAttribute('boundaries', boundaries);
          el.setAttribute('indicator', 'employment-rate');
          const ready = new Promise((r) => el.addEventListener('wellbeing-ready', r, { once: true }));
          el.spec = structuredClone(spec);
          box.append(el);
          await ready;
          let ms;
          if (change) {
            const start = performance.now();
            const again = new Promise((r) => el.addEventListener('wellbeing-ready', r, { once: true }));
            change(el);
            await again;
            await frame();
            ms = performance.now() - start;
          }
          const drawn = el.shadowRoot.querySelectorAll('path.area').length;
          el.remove();
          return { ms, drawn };
        }

        // Warm both up (boundary file cached, code compiled).
        window.drawBaseline(topology, 'ltla', codes, colourOf, box);
        box.replaceChildren();
        await element();

        const baselineMs = [];
        const elementMs = [];
        const redrawMs = [];
        const reprojectMs = [];
        let drawn = 0;
        for (let i = 0; i < rounds; i++) {
          let start = performance.now();
          drawn = window.drawBaseline(topology, 'ltla', codes, colourOf, box);
          await frame();
          baselineMs.push(performance.now() - start);
          box.replaceChildren();

          // The whole element from a spec object: parse, model, view, projection, SVG, summary, table.
          const el = document.createElement('area-map');
          el.setAttribute('boundaries', boundaries);
          el.setAttribute('indicator', 'employment-rate');
          const ready = new Promise((r) => el.addEventListener('wellbeing-ready', r, { once: true }));
          start = performance.now();
          el.spec = structuredClone(spec);
          box.append(el);
          await ready;
          await frame();
          elementMs.push(performance.now() - start);
          el.remove();

          // A drawn map changing its indicator (no new spec): the view, the colours, the table.
          redrawMs.push((await element((e) => e.setAttribute('indicator', 'household-income'))).ms);
          // A drawn map changing its period to another year: boundaries of that year projected
          // again and every area drawn again, without parsing the spec (the drawing itself).
          reprojectMs.push((await element((e) => e.setAttribute('period', '2022'))).ms);
        }
        return {
          areas: drawn,
          elementAreas: (await element()).drawn,
          baselineMs: median(baselineMs),
          elementMs: median(elementMs),
          elementIndicatorChangeMs: median(redrawMs),
          elementYearChangeMs: median(reprojectMs),
        };
      },
      BOUNDARIES,
      SPEC,
      rounds,
    );
    const round = (n) => Math.round(n * 10) / 10;
    results.draw = {
      areas: timings.areas,
      elementAreas: timings.elementAreas,
      baselineMs: round(timings.baselineMs),
      // From a spec object: includes validating its 4,950 rows (zod), which the baseline does not do.
      elementFromSpecMs: round(timings.elementMs),
      fromSpecRatio: round(timings.elementMs / timings.baselineMs),
      targetRatio: 2,
      // The drawing alone (a new year: outlines chosen, projected, drawn; no spec parsing): the target.
      elementYearChangeMs: round(timings.elementYearChangeMs),
      drawRatio: round(timings.elementYearChangeMs / timings.baselineMs),
      elementIndicatorChangeMs: round(timings.elementIndicatorChangeMs),
      indicatorChangeRatio: round(timings.elementIndicatorChangeMs / timings.baselineMs),
    };
  } finally {
    await browser.close();
    server.close();
  }
  return results;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  console.log(JSON.stringify(await run(), null, 2));
}
