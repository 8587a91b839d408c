// What the heap keeps when the three elements come and go: bench/run.mjs's memory measure (50 warm-up
// rounds of the wheel, the trend and the gap added, drawn and removed together, then 100 more), run on
// its own in a fresh browser each time, on the built files. Prints the heap after garbage collection
// every 25 rounds (V8's and Blink's); with SNAPSHOT=1, takes a heap snapshot after the warm-up and one
// at the end and lists what grew between them by constructor (size and count), the compiled code
// by function, and the browser's buffered timing entries. A tool for memory work, not part of `npm run bench`.
//
//   node bench/heap-profile.mjs [repeats] [warm-up rounds] [measured rounds]
import { launchChromium, serveBench } from './bench-server.mjs';
import { defineThreeElementsInPage, exposeHeapAfterGc } from './three-elements.mjs';
import { resolve } from 'node:path';

const root = resolve(import.meta.dirname, '..');
const [repeats, warmRounds, measuredRounds] = [3, 50, 100].map((fallback, i) => Number(process.argv[2 + i] ?? fallback));
const STEP = 25;

const page = `<!doctype html><html lang="en"><title>heap</title><script type="module" src="/dist/wellbeing-widgets.js"></script><body></body></html>`;
const { server, origin } = await serveBench(root, { '/heap.html': { type: 'text/html', body: page, csp: "script-src 'self'" } });
const kb = (bytes) => `${Math.round(bytes / 1024)} KB`;

/** A heap snapshot, read into its nodes (type, name, id, self size) and edges. */
async function snapshot(cdp) {
  const chunks = [];
  const take = (e) => chunks.push(e.chunk);
  cdp.on('HeapProfiler.addHeapSnapshotChunk', take);
  await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
  cdp.off('HeapProfiler.addHeapSnapshotChunk', take);
  const s = JSON.parse(chunks.join(''));
  const { node_fields: nodeFields, edge_fields: edgeFields, node_types: [nodeTypes], edge_types: [edgeTypes] } = s.snapshot.meta;
  const nf = nodeFields.length;
  const ef = edgeFields.length;
  const nodes = [];
  for (let i = 0, e = 0; i < s.nodes.length; i += nf) {
    const node = { type: nodeTypes[s.nodes[i]], name: s.strings[s.nodes[i + 1]], id: s.nodes[i + 2], size: s.nodes[i + 3], edges: [] };
    for (let k = 0; k < s.nodes[i + 4]; k++, e += ef) {
      const type = edgeTypes[s.edges[e]];
      node.edges.push({ type, name: type === 'element' || type === 'hidden' ? s.edges[e + 1] : s.strings[s.edges[e + 1]], to: s.edges[e + 2] / nf });
    }
    nodes.push(node);
  }
  return nodes;
}

/** Size and count by constructor (objects, native objects, closures) or kind (code, arrays…). */
function byConstructor(nodes) {
  const groups = new Map();
  for (const n of nodes) {
    const key = ['object', 'native', 'closure'].includes(n.type) ? `${n.type} ${n.name.slice(0, 90)}` : n.type === 'code' ? `code ${n.name.slice(0, 40)}` : n.type;
    const g = groups.get(key) ?? { size: 0, count: 0 };
    g.size += n.size;
    g.count++;
    groups.set(key, g);
  }
  return groups;
}

/** Bytes of compiled code (machine code and its tables) held by each function, by its name. */
function codeByFunction(nodes) {
  const held = new Map();
  for (const n of nodes) {
    for (const e of n.edges) {
      const code = nodes[e.to];
      if (code.name !== 'system / Code' || !(e.name === 'code' || e.name === 'trusted_function_data')) continue;
      if (n.type !== 'closure' && !n.name.startsWith('system / SharedFunctionInfo')) continue;
      const stream = code.edges.find((c) => c.name === 'instruction_stream');
      const name = (n.type === 'closure' ? n.name : n.name.replace(/^system \/ SharedFunctionInfo( \/ )?/, '')) || '(anonymous)';
      held.set(name, (held.get(name) ?? 0) + code.size + (stream ? nodes[stream.to].size : 0));
    }
  }
  return held;
}

function printDiff(title, before, after, count = 25) {
  const rows = [];
  for (const [key, b] of after) {
    const a = before.get(key) ?? { size: 0, count: 0 };
    const size = (b.size ?? b) - (a.size ?? a);
    if (size) rows.push([key, size, (b.count ?? 0) - (a.count ?? 0)]);
  }
  for (const [key, a] of before) if (!after.has(key)) rows.push([key, -(a.size ?? a), -(a.count ?? 0)]);
  rows.sort((x, y) => y[1] - x[1]);
  const total = rows.reduce((sum, r) => sum + r[1], 0);
  console.log(`-- ${title}: ${kb(total)} net`);
  for (const [key, size, n] of rows.slice(0, count)) console.log(`${String(size).padStart(9)} B ${n ? String(n).padStart(6) : ''.padStart(6)}  ${key}`);
}

const growths = [];
try {
  for (let r = 0; r < repeats; r++) {
    const browser = await launchChromium();
    try {
      const tab = await browser.newPage();
      await tab.goto(`${origin}/heap.html`);
      await tab.evaluate(() => import('/dist/wellbeing-widgets.js').then((m) => m.loadAll()));
      const { cdp, heapAfterGc } = await exposeHeapAfterGc(tab);
      await tab.evaluate(defineThreeElementsInPage);
      const rounds = (n) =>
        tab.evaluate(async (n) => {
          for (let i = 0; i < n; i++) await globalThis.benchRound();
          await new Promise((done) => setTimeout(done, 200));
        }, n);
      await rounds(warmRounds);
      const start = await heapAfterGc();
      const first = process.env.SNAPSHOT ? await snapshot(cdp) : undefined;
      const line = [];
      for (let done = 0; done < measuredRounds; done += STEP) {
        await rounds(Math.min(STEP, measuredRounds - done));
        const now = await heapAfterGc();
        line.push(`+${Math.min(done + STEP, measuredRounds)}: ${kb(now.js - start.js)} + ${kb(now.blink - start.blink)}`);
      }
      const end = await heapAfterGc();
      const growth = end.js + end.blink - start.js - start.blink;
      growths.push(growth);
      console.log(`run ${r + 1}: ${kb(growth)} over ${measuredRounds} rounds after ${warmRounds} (V8 + Blink): ${line.join(', ')}`);
      if (first) {
        const last = await snapshot(cdp);
        printDiff('what grew, by constructor (self sizes)', byConstructor(first), byConstructor(last));
        printDiff('compiled code, by function', codeByFunction(first), codeByFunction(last), 15);
        // The browser buffers long tasks and long animation frames (up to a limit) for observers that ask for past entries.
        const entries = await tab.evaluate(() =>
          Promise.all(
            ['longtask', 'long-animation-frame'].map(
              (type) =>
                new Promise((done) => {
                  const observer = new PerformanceObserver((list) => {
                    observer.disconnect();
                    done(`${type}: ${list.getEntries().length}`);
                  });
                  observer.observe({ type, buffered: true });
                  setTimeout(() => done(`${type}: 0`), 500);
                }),
            ),
          ),
        );
        console.log(`-- timing entries the browser holds: ${entries.join(', ')}`);
      }
    } finally {
      await browser.close();
    }
  }
  const sorted = [...growths].sort((a, b) => a - b);
  console.log(`median of ${repeats}: ${kb(sorted[Math.floor(sorted.length / 2)])} (${growths.map(kb).join(', ')})`);
} finally {
  server.close();
}
