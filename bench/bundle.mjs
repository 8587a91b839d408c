// What each element's page downloads, chunk by chunk, and which source modules fill each chunk
// (from the source maps rollup writes next to dist/chunks/*.js: every generated character is given
// to the source it maps from). Run after `npm run build`:
//   node bench/bundle.mjs                   every element: chunks (gzip) and the 12 largest sources
//   node bench/bundle.mjs wellbeing-wheel   one element, every source
// Called from bench/run.mjs too (the `bundle` section of bench/results/latest.json).
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const gz = (bytes) => gzipSync(bytes, { level: 9 }).length;
const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = Object.fromEntries([...B64].map((c, i) => [c, i]));

/** Decodes one segment of a source map's `mappings` (base64 VLQ) into its numbers. */
function vlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const c of segment) {
    const digit = DIGIT[c];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Characters of generated code attributed to each source of a chunk (a package name or a lib/ path). */
export function sourcesOf(dist, file) {
  const code = readFileSync(join(dist, file), 'utf8').split('\n');
  const map = JSON.parse(readFileSync(join(dist, `${file}.map`), 'utf8'));
  const name = (source) => {
    const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
    return pkg ? pkg[1] : source.replace(/^(\.\.\/)+/, '');
  };
  const bytes = {};
  let source = 0;
  map.mappings.split(';').forEach((line, row) => {
    const segments = line ? line.split(',').map(vlq) : [];
    let column = 0;
    const starts = [];
    for (const s of segments) {
      column += s[0];
      if (s.length > 1) source += s[1];
      starts.push([column, s.length > 1 ? source : -1]);
      // the remaining fields (line, column, name) are not needed here, but their deltas must not be lost
    }
    const length = code[row]?.length ?? 0;
    starts.forEach(([at, src], i) => {
      if (src < 0) return;
      const end = i + 1 < starts.length ? starts[i + 1][0] : length;
      const key = name(map.sources[src]);
      bytes[key] = (bytes[key] ?? 0) + (end - at);
    });
  });
  return bytes;
}

/**
 * Chunks a page downloads only for some specs, languages or uses: an import() that reaches one of
 * them is not followed, and `analyse` lists what each would add. Every other import() is one the
 * page takes (the element's own chunk, the Vega runtime of a chart element, <wellbeing-chart>'s
 * embedding); a static import is always taken.
 */
export const ON_DEMAND = [
  { chunk: /^chunks\/cy-/, when: 'an element in Welsh (src/i18n/index.ts)' },
  { chunk: /^chunks\/fetch-/, when: 'a spec given by URL (`src`), or inline JSON that is broken (src/data/load.ts)' },
  { chunk: /^chunks\/data-files-/, when: 'a spec that names data files (src/data/load.ts)' },
  { chunk: /^chunks\/problem-words-/, when: 'a spec with a problem or a field the library does not know: the English words that say so (src/i18n/index.ts)' },
  { chunk: /^chunks\/panel-/, when: 'a wheel whose reader opens a domain, or with `selected` set (src/elements/wellbeing-wheel/panel.ts)' },
];
const onDemand = (file) => ON_DEMAND.some((o) => o.chunk.test(file));

/** The chunks `file` imports: `from "./x.js"` and `import "./x.js"` (static), `import("./x.js")` (dynamic). */
function importsOf(dist, file) {
  const text = readFileSync(join(dist, file), 'utf8');
  const dir = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  return [...text.matchAll(/(from|import(\()?)\s*"\.\/([\w.-]+\.js)"/g)].map(([, , dynamic, next]) => ({ file: dir + next, dynamic: !!dynamic }));
}

/**
 * The chunks an English page with `tag` downloads when its spec carries its rows (inline or as an
 * object): the loader, the element's chunk and every chunk they import, statically or by import(),
 * except through an import() of an ON_DEMAND chunk. With `{ all: true }`, those too.
 */
export function pageChunks(dist, tag, { all = false } = {}) {
  const seen = new Set(['wellbeing-widgets.js']);
  const visit = (file) => {
    if (seen.has(file)) return;
    seen.add(file);
    for (const next of importsOf(dist, file)) if (all || !next.dynamic || !onDemand(next.file)) visit(next.file);
  };
  const entry = new RegExp(`"${tag}":\\(\\)=>import\\("\\./(chunks/[\\w-]+\\.js)"\\)`).exec(readFileSync(join(dist, 'wellbeing-widgets.js'), 'utf8'))[1];
  visit(entry);
  return [...seen];
}

export function analyse(root, tags = ['wellbeing-wheel', 'indicator-trend', 'inequality-gap', 'area-map', 'wellbeing-chart']) {
  const dist = join(root, 'dist');
  const report = {};
  for (const tag of tags) {
    const chunks = pageChunks(dist, tag);
    const taken = new Set(chunks);
    const extra = pageChunks(dist, tag, { all: true }).filter((c) => !taken.has(c));
    const sources = {};
    for (const chunk of chunks) {
      for (const [source, n] of Object.entries(sourcesOf(dist, chunk))) sources[source] = (sources[source] ?? 0) + n;
    }
    report[tag] = {
      gzipKB: Number((chunks.reduce((sum, c) => sum + gz(readFileSync(join(dist, c))), 0) / 1024).toFixed(1)),
      chunks: Object.fromEntries(chunks.map((c) => [c, Number((gz(readFileSync(join(dist, c))) / 1024).toFixed(1))])),
      // Minified characters by source; packages summed, our modules by path.
      sources: Object.fromEntries(Object.entries(sources).sort((a, b) => b[1] - a[1])),
      // What the ON_DEMAND chunks this page can reach would add (gzip KB), when it takes them.
      onDemand: Object.fromEntries(extra.map((c) => [c, Number((gz(readFileSync(join(dist, c))) / 1024).toFixed(1))])),
      vegaLite: chunks.some((c) => /vega-lite/.test(c)) || Object.keys(sources).includes('vega-lite'),
    };
  }
  return report;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const root = resolve(import.meta.dirname, '..');
  const only = process.argv[2];
  const report = analyse(root, only ? [only] : undefined);
  for (const [tag, r] of Object.entries(report)) {
    console.log(`${tag}: ${r.gzipKB} KB gzip${r.vegaLite ? ' (includes vega-lite!)' : ''}`);
    for (const [chunk, kb] of Object.entries(r.chunks)) console.log(`  ${chunk.padEnd(44)} ${String(kb).padStart(7)} KB gzip`);
    for (const [chunk, kb] of Object.entries(r.onDemand)) {
      const when = ON_DEMAND.find((o) => o.chunk.test(chunk))?.when ?? 'as imported by an on-demand chunk';
      console.log(`  + ${chunk.padEnd(42)} ${String(kb).padStart(7)} KB gzip, only for ${when}`);
    }
    const sources = Object.entries(r.sources);
    for (const [source, n] of only ? sources : sources.slice(0, 12)) console.log(`    ${source.padEnd(60)} ${String(n).padStart(8)} chars`);
  }
}
