// `wellbeing-widgets render` (lib/cli after `npm run build`) run as a user runs it, on the example
// specs (real published data, see data/SOURCES.md): a file for every element, in Node with no
// browser; problems named with their file and exit codes 1 (the input) and 2 (the command).
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'lib/cli/index.js');
const data = 'examples/data';
const out = mkdtempSync(join(tmpdir(), 'wellbeing-render-'));
after(() => rmSync(out, { recursive: true, force: true }));

function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

/** The file's title, description and every text, read without a browser. */
function read(path) {
  const svg = readFileSync(path, 'utf8');
  const decode = (t) => t.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
  return {
    svg,
    title: decode(/<title id="wb-file-title">([^<]*)<\/title>/.exec(svg)?.[1] ?? ''),
    desc: decode(/<desc id="wb-file-desc">([^<]*)<\/desc>/.exec(svg)?.[1] ?? ''),
    texts: [...svg.matchAll(/<(?:text|tspan|textPath)[^>]*>([^<]+)</g)].map((m) => decode(m[1])),
  };
}

describe('wellbeing-widgets render', () => {
  const cases = [
    ['wellbeing-wheel', [`${data}/walsall-wwof.json`, '--area', 'E08000030'], 'Walsall Wellbeing Outcomes Framework: Walsall compared with England', 'Personal wellbeing'],
    ['indicator-trend', [`${data}/walsall-wwof.json`, '--indicator', 'life-satisfaction', '--area', 'E08000030'], 'Chart of Life satisfaction', '2022/23'],
    ['inequality-gap', [`${data}/life-expectancy.json`, '--indicator', 'life-expectancy', '--area', 'E06000047'], 'Life expectancy at birth', 'Female'],
    [
      'area-map',
      [`${data}/map-wales-wellbeing.json`, '--indicator', 'life-satisfaction', '--within', 'W92000004', '--boundaries', `${data}/boundaries/ltla-england-wales.topo.json`],
      'Life satisfaction (mean score, 0 to 10), 2022/23: areas in Wales',
      'Contains OS data',
    ],
    ['wellbeing-chart', [`${data}/ons-wellbeing.json`, '--indicator', 'life-satisfaction', '--period', 'latest', '--chart', 'examples/charts/ranking.vl.json'], 'Life satisfaction by area', 'Islington'],
  ];
  for (const [element, args, title, word] of cases) {
    it(`writes ${element} as a standalone SVG with its title, summary and words, and exits 0`, async () => {
      const file = join(out, `${element}.svg`);
      const { code, stderr } = await run('render', ...args, '--element', element, '-o', file);
      assert.equal(code, 0, stderr);
      assert.match(stderr, new RegExp(`^Wrote ${file.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')} \\(\\d+ by \\d+ pixels\\): `));
      const drawn = read(file);
      assert.match(drawn.svg, /^<\?xml version="1.0" encoding="UTF-8"\?>\n<svg [^>]*role="img" lang="en"/);
      assert.ok(drawn.title.startsWith(title), drawn.title);
      assert.ok(drawn.desc.length > 30, drawn.desc);
      assert.ok(drawn.texts.join(' ').includes(word), `"${word}" is drawn as text`);
      assert.match(drawn.svg, /font-family="[^"]*sans-serif/);
      assert.doesNotMatch(drawn.svg, /<script|<foreignObject|<image/);
    });
  }

  it('draws in Welsh with --lang cy, and writes to the standard output without -o', async () => {
    const { code, stdout } = await run('render', `${data}/walsall-wwof.json`, '--element', 'wellbeing-wheel', '--area', 'E08000030', '--lang', 'cy', '--width', '480');
    assert.equal(code, 0);
    assert.match(stdout, /<svg [^>]*width="480"[^>]*lang="cy"/);
    assert.match(stdout, /<title id="wb-file-title">Walsall Wellbeing Outcomes Framework: Walsall o’i gymharu ag England<\/title>/);
  });

  it('says --help with every option, and exit codes', async () => {
    const { code, stdout } = await run('render', '--help');
    assert.equal(code, 0);
    assert.match(stdout, /^wellbeing-widgets render <spec\.json> --element <tag>/);
    for (const option of ['--element', '--indicator', '--boundaries', '--chart', '--width', '-o out.svg', '--lang cy']) assert.ok(stdout.includes(option), option);
    const all = await run('--help');
    assert.match(all.stdout, /wellbeing-widgets render .*Draw an element as a standalone SVG file/);
  });

  it('exits 2 when the command is used wrongly, saying what to do', async () => {
    const spec = `${data}/walsall-wwof.json`;
    for (const [args, message] of [
      [[spec], /Say which element to draw with --element \(one of: wellbeing-wheel, indicator-trend, inequality-gap, area-map, wellbeing-chart\)/],
      [[spec, '--element', 'pie-chart'], /"pie-chart" is not an element render can draw/],
      [[spec, '--element', 'indicator-trend', '--width', 'wide'], /--width must be a whole number of pixels from 240 to 4000, not "wide"/],
      [[spec, '--element', 'wellbeing-chart'], /give its file with --chart chart\.json/],
      [[spec, '--element', 'area-map'], /give a TopoJSON or GeoJSON file with --boundaries/],
      [[spec, '--element', 'indicator-trend', '-o', 'chart.png'], /render writes SVG only/],
      [[spec, '--element', 'indicator-trend', '--colour', 'red'], /^Usage: wellbeing-widgets render/],
    ]) {
      const { code, stderr } = await run('render', ...args);
      assert.equal(code, 2, args.join(' '));
      assert.match(stderr, message);
    }
  });

  it('exits 1 for a problem in the input, naming the file (and the JSON path)', async () => {
    const spec = `${data}/walsall-wwof.json`;
    const missing = await run('render', 'nothing-here.json', '--element', 'wellbeing-wheel');
    assert.equal(missing.code, 1);
    assert.match(missing.stderr, /Could not read nothing-here\.json: no such file\./);

    const unknown = await run('render', spec, '--element', 'indicator-trend', '--indicator', 'happiness-index');
    assert.equal(unknown.code, 1);
    assert.match(unknown.stderr, new RegExp(`^${spec.replace(/[./]/g, '\\$&')}: .*happiness-index`));

    const fetching = join(out, 'fetching.vl.json');
    writeFileSync(fetching, JSON.stringify({ description: 'A chart that loads a file', data: { url: 'https://example.com/x.csv' }, mark: 'bar' }));
    const refused = await run('render', `${data}/ons-wellbeing.json`, '--element', 'wellbeing-chart', '--chart', fetching);
    assert.equal(refused.code, 1);
    assert.match(refused.stderr, new RegExp(`${fetching.replace(/[./]/g, '\\$&')}: The chart \\(Vega-Lite\\) has a problem\\.\\n  data\\.url: loads a file from an address`));

    const broken = join(out, 'broken.vl.json');
    writeFileSync(broken, '{ "mark": "bar", }');
    const notJson = await run('render', `${data}/ons-wellbeing.json`, '--element', 'wellbeing-chart', '--chart', broken);
    assert.equal(notJson.code, 1);
    assert.match(notJson.stderr, /broken\.vl\.json is not valid JSON: line 1, column 18/);

    const noLayer = await run('render', `${data}/map-wales-wellbeing.json`, '--element', 'area-map', '--indicator', 'life-satisfaction', '--boundaries', `${data}/boundaries/ltla-england-wales.topo.json`, '--layer', 'wards');
    assert.equal(noLayer.code, 1);
    assert.match(noLayer.stderr, /ltla-england-wales\.topo\.json: .*wards/);
  });
});
