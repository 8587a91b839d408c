// What the npm package promises, checked in Node after `npm run build`: the pure entry point works
// without a DOM, the JSON Schema and the manifest are generated, and every `exports` target exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

describe('the npm package', () => {
  it('resolves every exports target to a built file', () => {
    for (const [entry, target] of Object.entries(pkg.exports)) {
      const files = typeof target === 'string' ? [target] : Object.values(target);
      for (const file of files) assert.ok(existsSync(new URL(`../${file}`, import.meta.url)), `${entry} → ${file} is missing`);
    }
  });

  it('parses a spec and computes statistics in Node, with no DOM (wellbeing-widgets/pure)', async () => {
    const pure = await import('wellbeing-widgets/pure');
    const result = pure.parseSpec({ version: 1, indicators: [{ id: 'x' }] });
    assert.equal(result.ok, false);
    assert.deepEqual(result.issues, [{ path: 'indicators[0].title', message: 'is missing (expected text)' }]);
    // ONS APS 2022/23: Walsall life satisfaction 7.35 (7.09 to 7.62) against England 7.44.
    assert.equal(pure.compareWithBenchmark({ value: 7.35, lower: 7.09, upper: 7.62 }, 7.44, 'higher-is-better'), 'similar');
  });

  it('ships a JSON Schema generated from the zod schema that knows the spec fields', () => {
    const schema = JSON.parse(readFileSync(new URL('../wellbeing-spec.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'areas', 'benchmark', 'data', 'framework', 'indicators', 'lang', 'note', 'source', 'title', 'version']);
    assert.deepEqual(schema.properties.indicators.items.properties.polarity.enum, ['higher-is-better', 'lower-is-better', 'no-judgement']);
  });

  it('ships a custom-elements manifest naming all three elements', () => {
    const manifest = JSON.parse(readFileSync(new URL(`../${pkg.customElements}`, import.meta.url), 'utf8'));
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)).sort();
    assert.deepEqual(tags, ['indicator-trend', 'inequality-gap', 'wellbeing-wheel']);
  });

  it('builds one script that defines every element, with Vega in a chunk of its own', () => {
    const main = readFileSync(new URL('../dist/wellbeing-widgets.js', import.meta.url), 'utf8');
    for (const tag of ['wellbeing-wheel', 'indicator-trend', 'inequality-gap']) assert.ok(main.includes(`"${tag}"`), tag);
    // Error messages of Vega's parser and scales mark where its code went.
    for (const vegaText of ['Unrecognized scale type', 'Unrecognized transform type']) {
      assert.ok(!main.includes(vegaText), `Vega's code ("${vegaText}") must not be in the main bundle`);
    }
    const chunk = /import\(["']\.\/(chunks\/vega-[\w-]+\.js)["']\)/.exec(main);
    assert.ok(chunk, 'the main bundle loads Vega with import()');
    assert.ok(readFileSync(new URL(`../dist/${chunk[1]}`, import.meta.url), 'utf8').includes('Unrecognized scale type'));
  });
});
