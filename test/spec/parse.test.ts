import { expect } from '@open-wc/testing';
import { checkReferences, parseRows, parseSpec } from '../../src/spec/parse.js';
import { formatPath } from '../../src/spec/issues.js';
import { exampleSpec } from '../helpers.js';

/** A small valid spec: Walsall and England life satisfaction, 2022/23 (ONS APS, release of 7 Nov 2023). */
function walsallSpec(): Record<string, unknown> {
  return {
    version: 1,
    areas: [
      { code: 'E08000030', name: 'Walsall' },
      { code: 'E92000001', name: 'England' },
    ],
    benchmark: 'E92000001',
    indicators: [{ id: 'life-satisfaction', title: 'Life satisfaction', polarity: 'higher-is-better' }],
    data: [
      { indicator: 'life-satisfaction', area: 'E08000030', period: '2022-04-01/P1Y', value: 7.35, lower: 7.09, upper: 7.62 },
      { indicator: 'life-satisfaction', area: 'E92000001', period: '2022-04-01/P1Y', value: 7.44, lower: 7.42, upper: 7.46 },
    ],
  };
}

describe('parseSpec', () => {
  it('accepts every example spec shipped in examples/data', async () => {
    for (const name of ['ons-wellbeing.json', 'life-expectancy.json', 'deprivation-england.json', 'walsall-wwof.json', 'county-durham.json', 'islington.json', 'ons-wellbeing-csv.json']) {
      const result = parseSpec(await exampleSpec(name));
      expect(result.ok, `${name}: ${result.ok ? '' : JSON.stringify(result.issues.slice(0, 3))}`).to.equal(true);
    }
  });

  it('fills defaults: polarity no-judgement, empty lists', () => {
    const result = parseSpec({ version: 1, indicators: [{ id: 'x', title: 'X' }] });
    expect(result.ok).to.equal(true);
    if (!result.ok) return;
    expect(result.spec.indicators[0]!.polarity).to.equal('no-judgement');
    expect(result.spec.areas).to.deep.equal([]);
    expect(result.spec.data).to.deep.equal([]);
  });

  it('reads a numeric period as text', () => {
    const spec = walsallSpec();
    (spec.data as Array<Record<string, unknown>>)[0]!.period = 2019;
    const result = parseSpec(spec);
    expect(result.ok && result.spec.data).to.satisfy((data: unknown) => Array.isArray(data) && data[0].period === '2019');
  });

  it('names the JSON path and what was found, in plain words', () => {
    const spec = walsallSpec();
    (spec.data as Array<Record<string, unknown>>)[1]!.value = 'seven';
    const result = parseSpec(spec);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.deep.include({ path: 'data[1].value', message: 'expected a number, got "seven"' });
  });

  it('reports a missing field, a wrong version, a bad polarity and an empty label together', () => {
    const result = parseSpec({
      version: 2,
      indicators: [{ id: 'x', polarity: 'up' }],
      framework: { id: 'f', title: 'F', centre: { label: '' }, domains: [] },
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const byPath = Object.fromEntries(result.issues.map((i) => [i.path, i.message]));
    expect(byPath.version).to.equal('expected 1, got 2');
    expect(byPath['indicators[0].title']).to.equal('is missing (expected text)');
    expect(byPath['indicators[0].polarity']).to.contain('"higher-is-better"').and.contain('got "up"');
    expect(byPath['framework.centre.label']).to.equal('must not be empty');
    expect(byPath['framework.domains']).to.equal('must not be empty');
  });

  it('says what kind of thing a spec must be when given a list or text', () => {
    for (const input of [[], 'spec', null, 3]) {
      const result = parseSpec(input);
      expect(result.ok).to.equal(false);
      if (!result.ok) expect(result.issues[0]!.message).to.contain('expected a JSON object');
    }
  });

  it('checks a data reference separately from inline rows', () => {
    const result = parseSpec({ version: 1, data: { url: 3, format: 'xls' } });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.path)).to.have.members(['data.url', 'data.format']);
  });

  it('rejects Infinity and NaN values', () => {
    const spec = walsallSpec();
    (spec.data as Array<Record<string, unknown>>)[0]!.lower = Number.NaN;
    const result = parseSpec(spec);
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.issues[0]!.path).to.equal('data[0].lower');
  });
});

describe('references between parts of a spec', () => {
  it('reports a data row naming an unknown indicator or area', () => {
    const spec = walsallSpec();
    (spec.data as Array<Record<string, unknown>>).push({ indicator: 'happiness', area: 'E06000047', period: '2022', value: 7.4 });
    const result = parseSpec(spec);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.deep.include({ path: 'data[2].indicator', message: 'names the indicator "happiness", which is not in "indicators"' });
    expect(result.issues).to.deep.include({ path: 'data[2].area', message: 'names the area "E06000047", which is not in "areas"' });
  });

  it('reports duplicate ids with where each was first used', () => {
    const spec = walsallSpec();
    (spec.areas as unknown[]).push({ code: 'E08000030', name: 'Walsall again' });
    spec.framework = {
      id: 'f',
      title: 'F',
      centre: { label: 'Wellbeing' },
      domains: [
        { id: 'money', label: 'Money', children: [{ id: 'money', label: 'Money again' }] },
      ],
    };
    const result = parseSpec(spec);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.deep.include({ path: 'areas[2].code', message: 'repeats the area code "E08000030" (first used at areas[0].code)' });
    expect(result.issues).to.deep.include({
      path: 'framework.domains[0].children[0].id',
      message: 'repeats the domain id "money" (first used at framework.domains[0].id)',
    });
  });

  it('reports a domain naming an unknown indicator and a benchmark that is not an area', () => {
    const spec = walsallSpec();
    spec.benchmark = 'E12000005';
    spec.framework = { id: 'f', title: 'F', centre: { label: 'Wellbeing' }, domains: [{ id: 'd', label: 'D', indicators: ['life-satisfaction', 'anxiety'] }] };
    const result = parseSpec(spec);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues).to.deep.include({ path: 'benchmark', message: 'is "E12000005", which is not one of the areas in "areas"' });
    expect(result.issues).to.deep.include({ path: 'framework.domains[0].indicators[1]', message: 'names the indicator "anxiety", which is not in "indicators"' });
  });

  it('checks rows fetched from a data URL against the spec', () => {
    const parsed = parseSpec({ ...walsallSpec(), data: { url: 'rows.json' } });
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    const bad = parseRows(parsed.spec, [{ indicator: 'life-satisfaction', area: 'nowhere', period: '2020', value: 1 }]);
    expect(bad.ok).to.equal(false);
    if (!bad.ok) expect(bad.issues[0]).to.deep.equal({ path: 'data[0].area', message: 'names the area "nowhere", which is not in "areas"' });
    expect(checkReferences(parsed.spec)).to.deep.equal([]);
  });
});

describe('formatPath', () => {
  it('writes paths as a web editor would read them', () => {
    expect(formatPath(['data', 3, 'value'])).to.equal('data[3].value');
    expect(formatPath(['framework', 'domains', 0, 'children', 2, 'id'])).to.equal('framework.domains[0].children[2].id');
    expect(formatPath(['a key'])).to.equal('["a key"]');
    expect(formatPath([])).to.equal('(the spec)');
  });
});
