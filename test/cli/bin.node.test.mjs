// The package's bin (bin/wellbeing-widgets.mjs) in a fresh clone: no lib/, only src/ and the
// installed dev dependencies. It compiles the command line on first use and runs it; with nothing
// to compile from, it says exactly what to run. Each case is a copy of the clone's layout in a
// temporary folder (src and node_modules linked), so the real lib/ is never touched.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const made = [];
after(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function clone({ withSource }) {
  const dir = mkdtempSync(join(tmpdir(), 'ww-clone-'));
  made.push(dir);
  cpSync(join(root, 'bin'), join(dir, 'bin'), { recursive: true });
  cpSync(join(root, 'package.json'), join(dir, 'package.json'));
  if (withSource) {
    symlinkSync(join(root, 'src'), join(dir, 'src'));
    symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'));
  }
  return dir;
}
const run = (dir, args) => spawnSync(process.execPath, [join(dir, 'bin/wellbeing-widgets.mjs'), ...args], { encoding: 'utf8', cwd: dir });

test('from a clone with no lib/: validate runs, on a real spec, with its exit code', { timeout: 120000 }, () => {
  const dir = clone({ withSource: true });
  const ok = run(dir, ['validate', join(root, 'examples/data/walsall-wwof.json')]);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /walsall-wwof\.json is valid: \d+ rows/);
  const bad = run(dir, ['validate', join(root, 'package.json')]);
  assert.equal(bad.status, 1, bad.stderr);
  const wrong = run(dir, ['no-such-command']);
  assert.equal(wrong.status, 2);
});

test('with nothing to run or compile, it says what to run and exits 2', () => {
  const dir = clone({ withSource: false });
  const result = run(dir, ['--help']);
  assert.equal(result.status, 2);
  assert.match(result.stderr, /the command line is not built/);
  assert.match(result.stderr, /npm install/);
  assert.match(result.stderr, /npm run build/);
});
