import { expect } from '@open-wc/testing';
import * as z from 'zod/mini';
import { Model } from '../../src/model/model.js';
import { LocalText, textFor } from '../../src/spec/local-text.js';
import { parseSpec } from '../../src/spec/parse.js';
import { specSchema } from '../../src/spec/schema.js';
// Welsh synchronously, as the pure functions give it in Node (elements load it on demand).
import '../../src/i18n/all.js';

// Conwy (W06000003), ONS annual population survey, life satisfaction 2022-23 (see data/SOURCES.md).
const bilingual = {
  version: 1,
  title: { en: 'Personal well-being', cy: 'Lles personol' },
  areas: [
    { code: 'W06000003', name: { en: 'Conwy', cy: 'Conwy' } },
    { code: 'W92000004', name: { en: 'Wales', cy: 'Cymru' } },
  ],
  benchmark: 'W92000004',
  indicators: [
    {
      id: 'life-satisfaction',
      title: { en: 'Life satisfaction', cy: 'Boddhad â bywyd' },
      unit: { en: 'score', cy: 'sgôr' },
      source: { name: { en: 'Office for National Statistics', cy: 'Swyddfa Ystadegau Gwladol' } },
    },
  ],
  data: [{ indicator: 'life-satisfaction', area: 'W06000003', period: '2022-23', value: 7.4, group: { type: 'sex', label: { en: 'Female', cy: 'Benywod' } } }],
};

describe('text in more than one language (src/spec/local-text.ts)', () => {
  it('chooses the exact tag, then the primary subtag, else en, else the first entry', () => {
    expect(textFor({ en: 'Money', cy: 'Arian' }, 'cy')).to.equal('Arian');
    expect(textFor({ en: 'Money', cy: 'Arian' }, 'cy-GB')).to.equal('Arian');
    expect(textFor({ en: 'Money', 'cy-GB': 'Arian' }, 'cy')).to.equal('Arian');
    expect(textFor({ 'en-GB': 'Colour', 'en-US': 'Color' }, 'en-US')).to.equal('Color');
    expect(textFor({ en: 'Money', cy: 'Arian' }, 'fr')).to.equal('Money');
    expect(textFor({ cy: 'Arian', ga: 'Airgead' }, 'en')).to.equal('Arian');
  });

  it('a parsed spec keeps every language; the model has plain text in its language', () => {
    const parsed = parseSpec(bilingual);
    expect(parsed.ok).to.equal(true);
    if (!parsed.ok) return;
    expect(parsed.spec.title).to.be.instanceOf(LocalText);
    expect(JSON.parse(JSON.stringify(parsed.spec)).title).to.deep.equal(bilingual.title);
    const spec = { ...parsed.spec, data: parsed.spec.data as [] };
    const welsh = new Model(spec, 'cy');
    expect(welsh.spec.title).to.equal('Lles personol');
    expect(welsh.areaName('W92000004')).to.equal('Cymru');
    expect(welsh.indicator('life-satisfaction')!.unit).to.equal('sgôr');
    expect(welsh.indicator('life-satisfaction')!.source!.name).to.equal('Swyddfa Ystadegau Gwladol');
    expect(welsh.spec.data[0]!.group!.label).to.equal('Benywod');
    const english = new Model(spec, 'en-GB');
    expect(english.spec.title).to.equal('Personal well-being');
    expect(english.areaName('W92000004')).to.equal('Wales');
    expect(english.spec.data[0]!.group!.label).to.equal('Female');
  });

  it('a spec without bilingual text is used as it is (no copy of its rows)', () => {
    const parsed = parseSpec({ version: 1, areas: [{ code: 'A', name: 'A' }], data: [{ indicator: 'x', area: 'A', period: '2020', value: 1 }], indicators: [{ id: 'x', title: 'X' }] });
    if (!parsed.ok) throw new Error('expected a valid spec');
    const spec = { ...parsed.spec, data: parsed.spec.data as [] };
    expect(new Model(spec, 'cy').spec.data).to.equal(spec.data);
  });

  it('a bad language map says what is wrong, in the reader’s language', () => {
    const input = { version: 1, title: { 'not a tag!': 'x' }, areas: [{ code: 'A', name: {} }] };
    const en = parseSpec(input, 'en');
    const cy = parseSpec(input, 'cy');
    if (en.ok || cy.ok) throw new Error('expected problems');
    const byPath = (issues: typeof en.issues) => Object.fromEntries(issues.map((i) => [i.path, i.message]));
    expect(byPath(en.issues)['title["not a tag!"]']).to.equal('must be a language tag such as "en" or "cy"');
    expect(byPath(cy.issues)['title["not a tag!"]']).to.equal('rhaid iddo fod yn dag iaith fel "en" neu "cy"');
    expect(byPath(en.issues)['areas[0].name']).to.equal('needs at least one language, e.g. { "en": "…", "cy": "…" }');
    expect(byPath(cy.issues)['areas[0].name']).to.contain('mae angen o leiaf un iaith');
  });

  it('the JSON Schema allows a string or an object of language tags for text, and only a string for ids', () => {
    type Node = { type?: string; anyOf?: Node[]; properties?: Record<string, Node>; items?: Node; propertyNames?: { pattern?: string } };
    const schema = z.toJSONSchema(specSchema, { io: 'input', unrepresentable: 'any' }) as Node;
    const area = schema.properties!.areas!.items!;
    const name = area.properties!.name!;
    expect(name.anyOf!.map((s) => s.type)).to.deep.equal(['string', 'object']);
    expect(name.anyOf![1]!.propertyNames!.pattern).to.contain('[A-Za-z]{2,3}');
    expect(area.properties!.code!.type).to.equal('string');
    expect(schema.properties!.lang!.type).to.equal('string');
  });
});
