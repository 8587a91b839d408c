// The command line (`wellbeing-widgets`, lib/cli after `npm run build`) run as a user runs it, on
// the real files in data/raw (see data/SOURCES.md) through the specs in test/cli/specs.
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import process from 'node:process';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'lib/cli/index.js');
const spec = (name) => `test/cli/specs/${name}`;
const out = mkdtempSync(join(tmpdir(), 'wellbeing-cli-'));
after(() => rmSync(out, { recursive: true, force: true }));

/** Runs the CLI; resolves with its exit code and what it wrote. */
function run(...args) {
  return new Promise((resolve) => {
    execFile(process.execPath, [cli, ...args], { cwd: root }, (error, stdout, stderr) => {
      resolve({ code: error ? error.code : 0, stdout, stderr });
    });
  });
}

describe('wellbeing-widgets validate', () => {
  for (const [name, summary] of [
    ['fingertips-suicide.json', '175 rows, 35 areas, 5 indicators'],
    ['ons-two-files.json', '33522 rows, 647 areas, 3 indicators'],
    ['wide-london.json', '1504 rows, 47 areas, 4 indicators'],
    ['fingertips-api.json', '22 rows, 2 areas, 1 indicators'],
    ['statswales-en.json', '1416 rows, 23 areas, 6 indicators'],
  ]) {
    it(`says ${name} is valid and exits 0`, async () => {
      const { code, stdout } = await run('validate', spec(name));
      assert.equal(code, 0);
      assert.equal(stdout.trim(), `${spec(name)} is valid: ${summary}.`);
    });
  }

  it('names the file, line and column of a decimal comma, warns of a typo with a suggestion, exits 1', async () => {
    const { code, stderr } = await run('validate', spec('typo.json'));
    assert.equal(code, 1);
    assert.match(stderr, /indicators\[0\]\.polarty: is not a field this library knows, so it is ignored; did you mean "polarity"\?/);
    // Line 4: the quoted line break in line 2's note counts, as an editor shows it.
    assert.match(stderr, /decimal-comma\.csv, line 4, column 4 \(value\): "7,4" is not a number; if it means 7\.4, write it with a point/);
  });

  it('says where JSON breaks', async () => {
    const { code, stderr } = await run('validate', spec('broken.json'));
    assert.equal(code, 1);
    assert.match(stderr, /broken\.json is not valid JSON: line 1, column 33: unexpected "}"/);
  });

  it('says a missing file is missing', async () => {
    const { code, stderr } = await run('validate', 'test/cli/specs/nothing-here.json');
    assert.equal(code, 1);
    assert.match(stderr, /Could not read test\/cli\/specs\/nothing-here\.json: no such file\./);
  });

  it('answers in Welsh when asked', async () => {
    const { code, stdout } = await run('validate', spec('wide-london.json'), '--lang', 'cy');
    assert.equal(code, 0);
    assert.match(stdout, /yn ddilys: 1504 rhes/);
  });
});

describe('wellbeing-widgets build', () => {
  it('writes one self-contained spec that validates on its own, with the file\'s areas and indicators and the spec\'s fields winning', async () => {
    const file = join(out, 'suicide.json');
    const { code, stderr } = await run('build', spec('fingertips-suicide.json'), '-o', file);
    assert.equal(code, 0, stderr);
    assert.match(stderr, /Wrote .*suicide\.json: 175 rows, 35 areas, 5 indicators\./);
    const built = JSON.parse(readFileSync(file, 'utf8'));
    assert.ok(Array.isArray(built.data));
    assert.deepEqual(built.indicators[0], { id: '41001', title: 'Suicide rate', unit: 'per 100,000', polarity: 'lower-is-better' });
    assert.deepEqual(built.areas.find((a) => a.code === 'E09000019'), { code: 'E09000019', name: 'Islington', type: 'County & UA', parent: 'E12000007' });
    // Fingertips line 22: Islington, males, 2015 - 17.
    assert.deepEqual(
      built.data.find((r) => r.indicator === '41001' && r.area === 'E09000019' && r.period === '2015 - 17'),
      { indicator: '41001', area: 'E09000019', period: '2015 - 17', value: 11.9467668820457, lower: 7.798736431849, upper: 17.306735023143, count: 34, denominator: 309748 },
    );
    const again = await run('validate', file);
    assert.equal(again.code, 0, again.stderr);
  });

  it('builds a StatsWales download, English or Welsh: council names as GSS codes, periods from the start and end dates', async () => {
    const en = JSON.parse((await run('build', spec('statswales-en.json'))).stdout);
    const cy = await run('build', spec('statswales-cy.json'));
    assert.equal(cy.code, 0, cy.stderr);
    const welsh = JSON.parse(cy.stdout);
    assert.deepEqual(en.areas.find((a) => a.code === 'W06000015'), { code: 'W06000015', name: 'Cardiff' });
    assert.deepEqual(welsh.areas.find((a) => a.code === 'W06000015'), { code: 'W06000015', name: 'Caerdydd' });
    // Line 711: 5.9,Contacts per child,2013-14,01/04/2013,31/03/2014,Isle of Anglesey,Health Visitor
    const anglesey = (spec, id) => spec.data.find((r) => r.indicator === id && r.area === 'W06000001' && r.period === '2013-04-01/P1Y');
    assert.equal(anglesey(en, 'Contacts per child: Health Visitor').value, 5.9);
    assert.equal(anglesey(welsh, 'Cysylltiadau fesul plentyn: Ymwelwyr iechyd').value, 5.9);
    assert.equal((await run('validate', spec('statswales-cy.json'), '--lang', 'cy')).stdout.trim(), `Mae ${spec('statswales-cy.json')} yn ddilys: 1416 rhes, 23 ardal, 6 dangosydd.`);
  });

  it('writes to the standard output without -o, with < escaped for pasting inside a script element', async () => {
    const { code, stdout } = await run('build', spec('fingertips-api.json'));
    assert.equal(code, 0);
    const built = JSON.parse(stdout);
    assert.equal(built.indicators[0].polarity, 'lower-is-better');
    assert.ok(!stdout.includes('<'));
  });
});

describe('wellbeing-widgets and a data service that misbehaves', () => {
  // A local server: a redirect loop and a 204 answer, where the spec's data file should be.
  let server;
  let base;
  before(async () => {
    server = createServer((request, response) => {
      if (request.url.startsWith('/loop')) response.writeHead(302, { Location: `/loop?n=${Math.random()}` }).end();
      else response.writeHead(204).end();
    });
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${server.address().port}`;
  });
  after(() => server.close());

  const specFor = (url) => {
    const file = join(out, `service-${Math.random().toString(36).slice(2)}.json`);
    writeFileSync(file, JSON.stringify({ version: 1, data: { url, format: 'ons-csv' } }));
    return file;
  };

  it('says a redirect loop is one, not that the server cannot be reached', async () => {
    const { code, stderr } = await run('validate', specFor(`${base}/loop`));
    assert.equal(code, 1);
    assert.match(stderr, /\/loop sends the browser on again and again \(too many redirects\), so loading stopped\./);
  });

  it('refuses a URL template with a reason: the element fills it in, the command line cannot', async () => {
    const { code, stderr } = await run('build', specFor('https://data.example.gov.uk/api/{indicator}/{area}.csv'));
    assert.equal(code, 1);
    assert.match(stderr, /has \{indicator\}, \{area\} or \{period\} in it: the element fills those in as it draws, so the command line cannot read it\. Give a file instead\./);
  });

  it('says a 204 answer has no data', async () => {
    const { code, stderr } = await run('validate', specFor(`${base}/empty.csv`));
    assert.equal(code, 1);
    assert.match(stderr, /The server answered 204 No Content for http:\/\/127\.0\.0\.1:\d+\/empty\.csv: no data\./);
  });
});

describe('wellbeing-widgets usage', () => {
  it('prints help and exits 0 for --help, 2 with no command', async () => {
    const help = await run('--help');
    assert.equal(help.code, 0);
    assert.match(help.stdout, /wellbeing-widgets validate <spec\.json>/);
    assert.match(help.stdout, /wellbeing-widgets build <spec\.json> \[-o out\.json\]/);
    assert.equal((await run()).code, 2);
  });

  it('exits 2 for an unknown command or missing arguments', async () => {
    const unknown = await run('draw', 'x.json');
    assert.equal(unknown.code, 2);
    assert.match(unknown.stderr, /"draw" is not a command \(the commands: validate, build/);
    assert.equal((await run('validate')).code, 2);
    assert.equal((await run('build', spec('wide-london.json'), '-o')).code, 2);
  });
});

describe('the JSON Schema', () => {
  it('flags unknown fields in an editor: every object closes with additionalProperties false', () => {
    const schema = JSON.parse(readFileSync(join(root, 'wellbeing-spec.schema.json'), 'utf8'));
    assert.equal(schema.additionalProperties, false);
    assert.equal(schema.properties.indicators.items.additionalProperties, false);
    const formats = JSON.stringify(schema.properties.data);
    for (const format of ['fingertips-csv', 'fingertips-json', 'ons-csv', 'wide-csv']) assert.ok(formats.includes(format), format);
  });
});
