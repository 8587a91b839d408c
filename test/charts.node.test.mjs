// The built-in charts are compiled from their Vega-Lite templates at build time: the committed
// Vega must be what the templates compile to now, and no built chunk an element loads holds
// Vega-Lite (checked after `npm run build`).
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import process from 'node:process';
import { describe, it } from 'node:test';

describe('compiled charts', () => {
  it('are up to date with their templates (scripts/compile-charts.mjs --check)', () => {
    try {
      execFileSync(process.execPath, ['scripts/compile-charts.mjs', '--check'], { cwd: new URL('..', import.meta.url), stdio: 'pipe' });
    } catch (error) {
      assert.fail(String(error.stderr || error.message));
    }
  });
});
