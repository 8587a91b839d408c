import { expect } from '@open-wc/testing';
import { parseSpec, suggestField, unknownFields } from '../../src/spec/parse.js';

const base = { version: 1, indicators: [{ id: 'x', title: 'X' }], areas: [{ code: 'A', name: 'A' }] };

function nested(depth: number) {
  const root: { id: string; label: string; children?: unknown[] } = { id: 'd0', label: 'd0' };
  let node = root;
  for (let i = 1; i < depth; i++) {
    const child = { id: `d${i}`, label: `d${i}` };
    node.children = [child];
    node = child;
  }
  return { ...base, framework: { id: 'f', title: 'F', centre: { label: 'C' }, domains: [root] } };
}

describe('parseSpec hardening', () => {
  it('refuses domains nested deeper than the two rings a wheel draws, at the right path, without throwing', () => {
    expect(parseSpec(nested(2)).ok).to.equal(true);
    expect(parseSpec(nested(3))).to.deep.equal({
      ok: false,
      issues: [{ path: 'framework.domains[0].children[0].children', message: 'domains nest at most 2 deep (the wheel draws 2 rings): this list is one level too deep' }],
    });
    // 2,000 deep used to throw "Maximum call stack size exceeded".
    const deep = parseSpec(nested(2000));
    expect(deep.ok).to.equal(false);
    expect(unknownFields(nested(2000))).to.deep.equal([]);
  });

  it('treats "data": null like "areas": null: a problem, never "no data"', () => {
    const data = parseSpec({ ...base, data: null });
    const areas = parseSpec({ ...base, areas: null });
    expect(data.ok).to.equal(false);
    expect(areas.ok).to.equal(false);
    if (!data.ok) expect(data.issues[0]!.path).to.equal('data');
    if (!areas.ok) expect(areas.issues[0]!.path).to.equal('areas');
  });

  it('never throws, whatever it is given', () => {
    const hostile = [undefined, 0, 'spec', [], { version: 1, framework: { domains: 'x' } }, Object.create(null), { version: 1, data: [{ url: 1 }] }];
    for (const input of hostile) expect(() => parseSpec(input)).to.not.throw();
    const getter = { version: 1, get indicators(): never { throw new Error('boom'); } };
    const result = parseSpec(getter);
    expect(result.ok).to.equal(false);
  });

  it('reports unknown fields with a suggestion, at their JSON path', () => {
    const warnings = unknownFields({
      ...base,
      titel: 'Wellbeing',
      indicators: [{ id: 'x', title: 'X', polarty: 'higher-is-better' }],
      data: [{ indicator: 'x', area: 'A', period: '2019', value: 1, lowr: 0.5, colour: 'red' }],
    });
    expect(warnings).to.deep.equal([
      { path: 'data[0].colour', message: 'is not a field this library knows, so it is ignored' },
      { path: 'data[0].lowr', message: 'is not a field this library knows, so it is ignored; did you mean "lower"?' },
      { path: 'indicators[0].polarty', message: 'is not a field this library knows, so it is ignored; did you mean "polarity"?' },
      { path: 'titel', message: 'is not a field this library knows, so it is ignored; did you mean "title"?' },
    ]);
    // A data file reference is told from rows by its fields.
    expect(unknownFields({ ...base, data: { url: 'd.csv', format: 'wide-csv', indicatr: 'x' } })).to.deep.equal([
      { path: 'data.indicatr', message: 'is not a field this library knows, so it is ignored; did you mean "indicator"?' },
    ]);
    expect(suggestField('zzzzzz', ['polarity', 'title'])).to.equal(undefined);
  });

  it('accepts a list of data files, and areas and indicators given only in part when the files name them', () => {
    const result = parseSpec({
      version: 1,
      benchmark: 'E92000001',
      indicators: [{ id: '41001', polarity: 'lower-is-better' }],
      data: [
        { url: 'a.csv', format: 'fingertips-csv', filter: { sex: 'Persons' } },
        { url: 'b.csv', format: 'ons-csv' },
      ],
    });
    expect(result.ok).to.equal(true);
    const plain = parseSpec({ version: 1, indicators: [{ id: 'x' }], data: { url: 'rows.json' } });
    expect(plain.ok).to.equal(false);
  });
});
