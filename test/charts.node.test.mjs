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

// The built-in charts' lean Vega runtime registers only some transforms (src/render/vega-runtime.ts):
// every operator a compiled spec parses to must be among them (or Vega's core `operator`).
describe('the built-in charts’ Vega runtime (lib/, after `npm run build`)', () => {
  const operatorTypes = (runtime, types = new Set()) => {
    if (Array.isArray(runtime)) runtime.forEach((item) => operatorTypes(item, types));
    else if (runtime && typeof runtime === 'object') {
      for (const op of Array.isArray(runtime.operators) ? runtime.operators : []) types.add(op.type);
      Object.values(runtime).forEach((value) => operatorTypes(value, types));
    }
    return types;
  };
  const specs = {
    'indicator-trend/trend-chart.vega.js': ['trendChartScreen', 'trendChartExport'],
    'inequality-gap/gap-chart.vega.js': ['gapOrdered', 'gapOverTime', 'gapUnordered'],
  };
  for (const [file, names] of Object.entries(specs)) {
    for (const name of names) {
      it(`registers every transform ${name} parses to`, async () => {
        const { parse } = await import('vega');
        const { builtInTransforms } = await import('../lib/render/vega-runtime.js');
        const spec = (await import(`../lib/elements/${file}`))[name];
        assert.ok(spec?.marks, `${file} exports the compiled spec ${name}`);
        const missing = [...operatorTypes(parse(spec, {}, { ast: true }))].filter((type) => type !== 'operator' && !(type in builtInTransforms));
        assert.deepEqual(missing, [], `${name} needs transforms src/render/vega-runtime.ts does not register`);
      });
    }
  }
});
