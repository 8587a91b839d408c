#!/usr/bin/env node
// The package's `bin`: runs the command line of src/cli. The published package carries it compiled
// (lib/cli/index.js, from `npm run build`). A clone has no lib/ until it is built, so there the
// command line alone is compiled from src/ with esbuild (a dev dependency; about a second) into
// node_modules/.cache/wellbeing-widgets/, and compiled again only when a file in src/ is newer.
// `npx wellbeing-widgets` therefore works from a fresh clone after `npm install`, with no build.
import { existsSync, mkdirSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import process from 'node:process';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const compiled = join(root, 'lib/cli/index.js');
const source = join(root, 'src/cli/index.ts');
const cached = join(root, 'node_modules/.cache/wellbeing-widgets/cli.mjs');

/** The newest modification time of any file under `folder`. */
function newest(folder) {
  let latest = 0;
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    latest = Math.max(latest, entry.isDirectory() ? newest(path) : statSync(path).mtimeMs);
  }
  return latest;
}

async function entry() {
  if (existsSync(compiled)) return compiled;
  if (!existsSync(source)) return undefined;
  if (existsSync(cached) && statSync(cached).mtimeMs >= newest(join(root, 'src'))) return cached;
  let esbuild;
  try {
    esbuild = await import('esbuild');
  } catch {
    return undefined;
  }
  mkdirSync(dirname(cached), { recursive: true });
  await esbuild.build({
    entryPoints: [source],
    outfile: cached,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'error',
  });
  return cached;
}

const found = await entry();
if (!found) {
  process.stderr.write(
    `wellbeing-widgets: the command line is not built in ${root}.\n` +
      'Run `npm install` there (it brings esbuild, which compiles it on first use), or `npm run build`.\n',
  );
  process.exit(2);
}
const { main } = await import(pathToFileURL(found).href);
process.exitCode = await main(process.argv.slice(2), {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
});
