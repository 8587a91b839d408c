// What the npm package promises, checked in Node after `npm run build`: the pure entry point works
// without a DOM, the JSON Schema and the manifest are generated, and every `exports` target exists.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { describe, it } from 'node:test';

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));

// The built files a page downloads (dist/, after `npm run build`), followed from import to import.
const dist = new URL('../dist/', import.meta.url);
const read = (file) => readFileSync(new URL(file, dist), 'utf8');
// Static imports (`import … from "./x.js"`) and dynamic ones (`import("./x.js")`) of a built file.
const edges = (file) => {
  const text = read(file);
  const base = new URL(file, dist);
  const resolve = (spec) => new URL(spec, base).href.slice(dist.href.length);
  const dynamic = [...text.matchAll(/import\(["'](\.{1,2}\/[^"']+)["']\)/g)].map((m) => resolve(m[1]));
  const all = [...text.matchAll(/(?:from|import)\s*\(?["'](\.{1,2}\/[^"']+)["']/g)].map((m) => resolve(m[1]));
  return { dynamic, static: all.filter((f) => !dynamic.includes(f)) };
};
/** Every file a page may download once `file` is loaded (`file` first): its static imports, and with `lazy` its import()s too. */
const closure = (file, lazy, seen = new Set()) => {
  if (seen.has(file)) return seen;
  seen.add(file);
  const { static: direct, dynamic } = edges(file);
  for (const next of lazy ? [...direct, ...dynamic] : direct) closure(next, lazy, seen);
  return seen;
};
/** The chunk of the element `tag`, which the loader imports when the tag is on the page. */
const chunkOf = (tag) => {
  const match = new RegExp(`"${tag}":\\(\\)=>import\\("\\./(chunks/[\\w-]+\\.js)"\\)`).exec(read('wellbeing-widgets.js'));
  assert.ok(match, `the loader imports <${tag}> from a chunk of its own`);
  return match[1];
};

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

  it('wellbeing-widgets (for bundlers) exports what /pure does, without loading Welsh up front', async () => {
    const [index, pure] = await Promise.all([import('wellbeing-widgets'), import('wellbeing-widgets/pure')]);
    assert.deepEqual(Object.keys(pure).filter((name) => !(name in index)), []);
    // What importing lib/index.js loads (its static imports, followed): never the Welsh catalogue.
    const seen = new Set();
    const visit = (url) => {
      if (seen.has(url.href)) return;
      seen.add(url.href);
      const code = readFileSync(url, 'utf8').replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, '');
      for (const [, spec] of code.matchAll(/(?:\bfrom|^import)\s*'(\.{1,2}\/[^']+)'/gm)) visit(new URL(spec, url));
    };
    visit(new URL('../lib/index.js', import.meta.url));
    assert.ok([...seen].some((file) => file.endsWith('/lib/i18n/en.js')), 'the walk follows imports');
    assert.deepEqual([...seen].filter((file) => /\/lib\/i18n\/(cy|all)\.js$/.test(file)), []);
  });

  it('ships a JSON Schema generated from the zod schema that knows the spec fields', () => {
    const schema = JSON.parse(readFileSync(new URL('../wellbeing-spec.schema.json', import.meta.url), 'utf8'));
    assert.deepEqual(Object.keys(schema.properties).sort(), ['$schema', 'areas', 'benchmark', 'data', 'framework', 'indicators', 'lang', 'note', 'source', 'title', 'version']);
    assert.deepEqual(schema.properties.indicators.items.properties.polarity.enum, ['higher-is-better', 'lower-is-better', 'no-judgement']);
  });

  it('ships a custom-elements manifest naming every element', () => {
    const manifest = JSON.parse(readFileSync(new URL(`../${pkg.customElements}`, import.meta.url), 'utf8'));
    const tags = manifest.modules.flatMap((m) => (m.declarations ?? []).map((d) => d.tagName).filter(Boolean)).sort();
    assert.deepEqual(tags, ['area-map', 'indicator-trend', 'inequality-gap', 'wellbeing-chart', 'wellbeing-wheel']);
    // Only the elements: no module of view models, specs or styles, and every declaration an element.
    for (const module of manifest.modules) {
      assert.ok(module.declarations.length > 0 && module.declarations.every((d) => d.customElement && d.tagName), `${module.path} is not an element`);
    }
    // Typed events, inherited attributes listed.
    const trend = manifest.modules.flatMap((m) => m.declarations).find((d) => d.tagName === 'indicator-trend');
    const events = Object.fromEntries(trend.events.map((e) => [e.name, e.type?.text]));
    assert.equal(events['wellbeing-error'], 'CustomEvent<WellbeingErrorDetail>');
    assert.equal(events['wellbeing-download'], 'CustomEvent<DownloadDetail>');
    assert.ok(trend.attributes.some((a) => a.name === 'src'), 'the base class attributes are listed');
  });

  it('builds one small script that defines every element, each from its own chunk, with Vega apart', () => {
    const main = read('wellbeing-widgets.js');
    // Error messages of Vega's parser and scales, and Lit's, mark where their code went.
    const vegaTexts = ['Unrecognized scale type', 'Unrecognized transform type'];
    for (const text of [...vegaTexts, 'CSSResult is not constructable']) assert.ok(!main.includes(text), `"${text}" must not be in the loader`);
    const imports = (file, seen) => closure(file, false, seen);
    const chunks = Object.fromEntries(['wellbeing-wheel', 'indicator-trend', 'inequality-gap'].map((tag) => [tag, chunkOf(tag)]));
    assert.equal(new Set(Object.values(chunks)).size, 3, 'one chunk per element');
    // A page with only a wheel never downloads Vega: nothing the wheel's chunk imports statically holds it.
    for (const file of imports(chunks['wellbeing-wheel'])) {
      for (const text of vegaTexts) assert.ok(!read(file).includes(text), `${file} (loaded for a wheel) holds Vega`);
    }
    // A trend draws from Vega compiled at build time: what it loads (its chunks, then the Vega
    // runtime chunk) holds Vega but not Vega-Lite (whose compiler says "Dropping … channel").
    const trendFiles = imports(chunks['indicator-trend']);
    const runtime = [...trendFiles].map((f) => /import\("\.\/(vega-runtime-[\w-]+\.js)"\)/.exec(read(f))?.[1]).find(Boolean);
    assert.ok(runtime, 'the trend loads the Vega runtime chunk with import()');
    const loaded = imports(`chunks/${runtime}`, trendFiles);
    assert.ok([...loaded].some((f) => read(f).includes('Unrecognized scale type')), 'the runtime chunk holds Vega');
    for (const file of loaded) assert.ok(!read(file).includes('Dropping'), `${file} (loaded for a trend) holds Vega-Lite`);
  });
});

describe('<wellbeing-chart> loads vega-embed and Vega-Lite only when it is on the page', () => {
  // Strings found only in each library's code (the class vega-embed puts on its container; Vega-Lite's compile error).
  const isVegaEmbed = (file) => read(file).includes('classList.add("vega-embed")');
  const isVegaLite = (file) => read(file).includes('Invalid specification');

  it('the loader itself holds neither, nor loads either up front', () => {
    const upFront = [...closure('wellbeing-widgets.js', false)];
    assert.deepEqual(upFront.filter(isVegaEmbed), []);
    assert.deepEqual(upFront.filter(isVegaLite), []);
  });

  it('no other element ever reaches vega-embed, even through import(); the wheel reaches neither', () => {
    for (const tag of ['wellbeing-wheel', 'indicator-trend', 'inequality-gap']) {
      const reachable = [...closure(chunkOf(tag), true)];
      assert.deepEqual(reachable.filter(isVegaEmbed), [], `<${tag}> can reach vega-embed`);
    }
    // The trend and the gap still compile their own Vega-Lite in the browser (src/render/vega.ts);
    // once they are compiled at build time, this list grows to all three.
    assert.deepEqual([...closure(chunkOf('wellbeing-wheel'), true)].filter(isVegaLite), []);
  });

  it('<wellbeing-chart> reaches vega-embed only through the import() it makes when it draws', () => {
    const chart = chunkOf('wellbeing-chart');
    assert.deepEqual([...closure(chart, false)].filter(isVegaEmbed), [], 'not when its own chunk loads');
    const lazy = edges(chart).dynamic.filter((target) => [...closure(target, false)].some(isVegaEmbed));
    assert.equal(lazy.length, 1, 'one import() leads to vega-embed');
    assert.ok([...closure(lazy[0], false)].some(isVegaLite), 'and to Vega-Lite');
  });
});

describe('each chart page loads only the packages it draws with (from the source maps of what it can load)', () => {
  /** Every file a page with `tag` may download, import()s included (the element's chunk onwards). */
  const pageFiles = (tag) => [...closure(chunkOf(tag), true)];
  /** The npm packages whose code is in the files (as the source maps rollup writes name them). */
  const packagesIn = (files) => {
    const names = new Set();
    for (const file of files) {
      for (const source of JSON.parse(read(`${file}.map`)).sources) {
        const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
        if (pkg) names.add(pkg[1]);
      }
    }
    return names;
  };

  it('the trend and the gap never download d3-geo or topojson-client (the map\'s) nor Vega-Lite', () => {
    for (const tag of ['indicator-trend', 'inequality-gap']) {
      const packages = packagesIn(pageFiles(tag));
      assert.ok(packages.has('vega-scenegraph'), `<${tag}> draws with Vega`);
      for (const name of ['d3-geo', 'topojson-client', 'vega-lite', 'vega-embed']) assert.ok(!packages.has(name), `<${tag}> can download ${name}`);
    }
  });

  it('the map never reaches Vega, not even through import() (docs/maps.md)', () => {
    const packages = packagesIn(pageFiles('area-map'));
    assert.ok(packages.has('d3-geo'), '<area-map> draws with d3-geo');
    for (const name of ['vega-scenegraph', 'vega-view', 'vega-lite']) assert.ok(!packages.has(name), `<area-map> can download ${name}`);
  });

  it('an element whose spec carries its rows downloads no data reader and no fetch code: they come by import() (src/data/load.ts)', () => {
    /** The files a page with `tag` loads before any import() of its own: the element's chunk and its static imports. */
    const staticFiles = (tag) => [...closure(chunkOf(tag), false)];
    const modulesIn = (files) => files.flatMap((file) => JSON.parse(read(`${file}.map`)).sources);
    const onDemand = /lib\/data\/(fetch|read|resolve|csv-records|fingertips|ons|wide|url-template|shared-fetch)\.js$/;
    for (const tag of ['wellbeing-wheel', 'indicator-trend', 'inequality-gap']) {
      assert.deepEqual(modulesIn(staticFiles(tag)).filter((m) => onDemand.test(m)), [], `<${tag}> loads readers or fetch code up front`);
      assert.ok(modulesIn(pageFiles(tag)).some((m) => /lib\/data\/fingertips\.js$/.test(m)), `<${tag}> can still read a Fingertips file`);
    }
  });

  it("a page downloads the English words of the elements it shows, not the others' (scripts/rollup-words.mjs)", async () => {
    const { en } = await import('../lib/i18n/en.js');
    // Every plain sentence of a section (no quote or backslash, so the minified text holds it as written).
    const sentences = (section) => {
      const found = [];
      const walk = (value) => {
        if (typeof value === 'string' && value.length > 12 && !/['"\\`$]/.test(value)) found.push(value);
        else if (value && typeof value === 'object') Object.values(value).forEach(walk);
      };
      walk(en[section]);
      return found;
    };
    const pages = {
      'wellbeing-wheel': { has: ['common', 'wheel'], not: ['indicatorTrend', 'inequalityGap', 'areaMap', 'wellbeingChart', 'builder', 'cli', 'render', 'chart'] },
      'indicator-trend': { has: ['common', 'indicatorTrend', 'chart'], not: ['inequalityGap', 'areaMap', 'wellbeingChart', 'builder', 'cli', 'render'] },
      'inequality-gap': { has: ['common', 'inequalityGap', 'chart'], not: ['areaMap', 'wellbeingChart', 'builder', 'cli', 'render'] },
      'area-map': { has: ['common', 'areaMap'], not: ['inequalityGap', 'wellbeingChart', 'builder', 'cli', 'render'] },
    };
    for (const [tag, { has, not }] of Object.entries(pages)) {
      const text = pageFiles(tag).map(read).join('\n');
      for (const section of has) assert.ok(sentences(section).every((s) => text.includes(s)), `<${tag}>'s page lacks words of en.${section}`);
      // A sentence another section also writes (a status word, "95% confidence interval") proves nothing.
      const elsewhere = (section) => Object.keys(en).filter((other) => other !== section).flatMap(sentences).join('\n');
      for (const section of not) {
        const own = sentences(section).filter((s) => !elsewhere(section).includes(s));
        assert.ok(own.length > 0);
        assert.deepEqual(own.filter((s) => text.includes(s)), [], `<${tag}>'s page holds words of en.${section}`);
      }
    }
  });

  it('no element page downloads zod: the spec is checked by hand (src/spec/check.ts), zod only writes the JSON Schema', () => {
    for (const tag of ['wellbeing-wheel', 'indicator-trend', 'inequality-gap', 'area-map', 'wellbeing-chart']) {
      assert.ok(!packagesIn(pageFiles(tag)).has('zod'), `<${tag}> can download zod`);
    }
  });

  it('the map has its geography; the wheel has neither Vega nor geography', () => {
    assert.ok(packagesIn(pageFiles('area-map')).has('d3-geo'));
    const wheel = packagesIn(pageFiles('wellbeing-wheel'));
    for (const name of ['d3-geo', 'topojson-client', 'vega-scenegraph', 'vega-lite']) assert.ok(!wheel.has(name), `the wheel can download ${name}`);
  });
});
