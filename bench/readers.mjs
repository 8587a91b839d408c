// Data readers (issue 9): rows per second for each reader on the real files in data/raw, and a
// 20 MB Fingertips export read against JSON.parse of the same rows. Measured, never asserted.
// Called from bench/run.mjs; run alone with `node bench/readers.mjs` after `npm run build`.
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';

const FILES = [
  ['fingertips-csv', 'fingertips/variant_underscored_suicide_london.csv'],
  ['fingertips-csv', 'fingertips/healthdata_deprivation_categories.csv'],
  ['fingertips-json', 'fingertips/fingertipsnext_api_healthdata_benchmark_rag_response.json'],
  ['ons-csv', 'ons-els/employment-rate.csv'],
  ['ons-csv', 'ons-els/gross-disposable-household-income-per-head.csv'],
  ['wide-csv', 'wide/london_datastore_personal-well-being-borough_summary-mean-scores.csv'],
];

/**
 * Best of `rounds` runs of `fn`: the least wall time and the least CPU time (user + system, all of
 * the process's threads), in milliseconds (the machine is shared: the best run is the least disturbed).
 */
function best(rounds, fn) {
  const fastest = { ms: Infinity, cpuMs: Infinity };
  for (let i = 0; i < rounds; i++) {
    const cpu = process.cpuUsage();
    const start = performance.now();
    fn();
    fastest.ms = Math.min(fastest.ms, performance.now() - start);
    const used = process.cpuUsage(cpu);
    fastest.cpuMs = Math.min(fastest.cpuMs, (used.user + used.system) / 1000);
  }
  return fastest;
}

export async function run({ root, quick = false }) {
  const { readDataFile } = await import(pathToFileURL(join(root, 'lib/pure.js')).href);
  const rounds = quick ? 3 : 10;
  const readers = {};
  for (const [format, file] of FILES) {
    const text = readFileSync(join(root, 'data/raw', file), 'utf8');
    const options = { format, url: file };
    const rows = readDataFile(text, options).rows.length;
    const { ms } = best(rounds, () => readDataFile(text, options));
    readers[`${format} ${file.split('/').pop()}`] = { rows, ms: Number(ms.toFixed(1)), rowsPerSecond: Math.round(rows / (ms / 1000)) };
  }

  // A 20 MB Fingertips export: the suicide file's rows repeated under new area codes.
  const source = readFileSync(join(root, 'data/raw/fingertips/variant_underscored_suicide_london.csv'), 'utf8');
  const [header, ...lines] = source.split('\n').filter(Boolean);
  const parts = [header];
  let size = header.length;
  for (let copy = 0; size < 20 * 1024 * 1024; copy++) {
    for (const line of lines) {
      const renamed = line.replace(/E09(\d{6})/g, (_, digits) => `X${String(copy).padStart(4, '0')}${digits.slice(0, 4)}`);
      parts.push(renamed);
      size += renamed.length + 1;
    }
  }
  const big = parts.join('\n');
  const options = { format: 'fingertips-csv', url: 'big.csv' };
  const result = readDataFile(big, options);
  const json = JSON.stringify(result.rows);
  // The best of each, in wall time and in the CPU time the process spent (which other work on a
  // shared machine inflates less). All reads, then all parses: taking turns would leave each one's
  // garbage to be collected in the other's time.
  const read = best(quick ? 2 : 5, () => readDataFile(big, options));
  const parse = best(quick ? 2 : 5, () => JSON.parse(json));
  const readMs = read.ms;
  const parseMs = parse.ms;
  return {
    readers,
    twentyMegabytes: {
      megabytes: Number((big.length / 1024 / 1024).toFixed(1)),
      rows: result.rows.length,
      readMs: Math.round(readMs),
      jsonParseMs: Math.round(parseMs),
      ratio: Number((readMs / parseMs).toFixed(2)),
      cpu: { readMs: Math.round(read.cpuMs), jsonParseMs: Math.round(parse.cpuMs), ratio: Number((read.cpuMs / parse.cpuMs).toFixed(2)) },
      goal: 'under 3x JSON.parse of the same rows',
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const results = await run({ root: resolve(import.meta.dirname, '..'), quick: process.argv.includes('--quick') });
  console.log(JSON.stringify(results, null, 2));
}
