/**
 * URL templates (SPEC-v1, "Data files"): `{indicator}`, `{area}` and `{period}` in a data URL are
 * filled from what the element shows, one URL for each area (and indicator) it needs.
 */
import { expect } from '@open-wc/testing';
import { LoadError } from '../../src/data/errors.js';
import { expandDataRefs, fillUrlTemplate, isUrlTemplate } from '../../src/data/url-template.js';
import { parseSpec } from '../../src/spec/parse.js';
import type { ParsedSpec } from '../../src/spec/schema.js';
// Welsh synchronously, as the pure functions give it in Node (elements load it on demand).
import '../../src/i18n/all.js';

function spec(input: object): ParsedSpec {
  const parsed = parseSpec({ version: 1, ...input });
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return parsed.spec;
}
const api = { url: 'https://data.example.gov.uk/api/{indicator}/{area}.json', format: 'fingertips-json' as const };
const urls = (refs: Array<{ url: string }>) => refs.map((ref) => ref.url);

describe('URL templates', () => {
  it('fills each placeholder, URL-encoded, and leaves plain URLs alone', () => {
    expect(isUrlTemplate('data/{area}.csv')).to.equal(true);
    expect(isUrlTemplate('data/{areas}.csv')).to.equal(false);
    expect(fillUrlTemplate('/api/{indicator}/{area}?p={period}', { indicator: 'life expectancy', area: 'E08000030', period: '2019/20' })).to.equal(
      '/api/life%20expectancy/E08000030?p=2019%2F20',
    );
  });

  it('asks for the element’s area and the spec’s benchmark, one URL each', () => {
    const refs = expandDataRefs([api], spec({ benchmark: 'E92000001', data: api }), { indicator: '41101', areas: ['E12000007'], usesSpecBenchmark: true });
    expect(urls(refs)).to.deep.equal(['https://data.example.gov.uk/api/41101/E12000007.json', 'https://data.example.gov.uk/api/41101/E92000001.json']);
    expect(refs[0]!.format).to.equal('fingertips-json');
  });

  it('a trend’s comparators replace the benchmark; an area named twice is asked for once', () => {
    const refs = expandDataRefs([api], spec({ benchmark: 'E92000001', data: api }), { indicator: '1', areas: ['E08000030', 'E12000005', 'E08000030'] });
    expect(urls(refs)).to.deep.equal(['https://data.example.gov.uk/api/1/E08000030.json', 'https://data.example.gov.uk/api/1/E12000005.json']);
  });

  it('a wheel (no indicator attribute) asks for every indicator of its framework, both rings', () => {
    const framework = {
      id: 'f',
      title: 'F',
      centre: { label: 'C' },
      domains: [{ id: 'a', label: 'A', indicators: ['i1'], children: [{ id: 'b', label: 'B', indicators: ['i2', 'i1'] }] }],
    };
    const refs = expandDataRefs([api], spec({ framework, data: api }), { areas: ['W06000015'] });
    expect(urls(refs)).to.deep.equal(['https://data.example.gov.uk/api/i1/W06000015.json', 'https://data.example.gov.uk/api/i2/W06000015.json']);
  });

  it('an element that names no area (a map) asks for every area the spec lists', () => {
    const s = spec({ areas: [{ code: 'E1', name: 'One' }, { code: 'E2', name: 'Two' }], data: { url: '/v/{area}.csv', format: 'csv' } });
    expect(urls(expandDataRefs([{ url: '/v/{area}.csv', format: 'csv' }], s, { indicator: 'x', areas: [] }))).to.deep.equal(['/v/E1.csv', '/v/E2.csv']);
  });

  it('says which URL and which attribute is missing, in the reader’s language', () => {
    const s = spec({ data: { url: '/v/{indicator}/{period}.csv', format: 'csv' } });
    const attempt = (lang?: string) => {
      try {
        expandDataRefs([{ url: '/v/{indicator}/{period}.csv', format: 'csv' }], s, { indicator: 'x' }, lang);
      } catch (error) {
        return error as LoadError;
      }
      throw new Error('no error');
    };
    const en = attempt();
    expect(en).to.be.instanceOf(LoadError);
    expect(en.url).to.equal('/v/{indicator}/{period}.csv');
    expect(en.message).to.equal(
      'The data address /v/{indicator}/{period}.csv has {period} in it, but nothing says which period to ask for. Give the element a "period" attribute: the latest period is not known before the data is read.',
    );
    expect(attempt('cy').message).to.contain('Rhowch briodoledd "period" i’r elfen');
  });

  it('a wide-csv file’s "indicator" may be the same placeholder', () => {
    const ref = { url: '/wide/{indicator}.csv', format: 'wide-csv' as const, indicator: '{indicator}' };
    const refs = expandDataRefs([ref], spec({ data: ref }), { indicator: 'life-satisfaction', areas: ['E1'] });
    expect(refs).to.deep.equal([{ url: '/wide/life-satisfaction.csv', format: 'wide-csv', indicator: 'life-satisfaction' }]);
  });
});
