import { expect } from '@open-wc/testing';
import { loadMessages, messagesFor } from '../../src/i18n/index.js';
import { checkRows } from '../../src/spec/rows.js';
import fc from 'fast-check';
import { checkReferences, parseSpec, parseSpecWithWarnings, unknownFields } from '../../src/spec/parse.js';
import type { ParsedSpec } from '../../src/spec/schema.js';
import { dataRowSchema } from '../../src/spec/schema.js';
import { LocalText } from '../../src/spec/local-text.js';
import { z } from '../../src/spec/zod.js';
import { toIssues } from '../../src/spec/zod-issues.js';
import { check, dataRowNode, specWithoutDataNode } from '../../src/spec/check.js';

// Data rows are checked by hand in one pass (for speed); the schema stays the one description of a
// row (it writes the JSON Schema). These tests hold the two to the same answers, message for message.
const row = { indicator: 'x', area: 'A', period: '2020', value: 1 };
const rowsBySchema = z.array(dataRowSchema);

function bySchema(rows: unknown, lang: string) {
  const result = rowsBySchema.safeParse(rows, { reportInput: true });
  return result.success ? { ok: true, rows: result.data } : { ok: false, issues: toIssues(result.error, ['data'], messagesFor(lang)) };
}

const badRows: unknown[] = [
  null,
  'a row',
  [row],
  undefined,
  {},
  { ...row, indicator: undefined },
  { ...row, indicator: 7 },
  { ...row, indicator: '   ' },
  { ...row, area: null },
  { ...row, area: '' },
  { ...row, period: undefined },
  { ...row, period: '  ' },
  { ...row, period: true },
  { ...row, period: null },
  { ...row, period: { from: 2019 } },
  { ...row, period: [2019] },
  { ...row, period: Number.NaN },
  { ...row, period: Infinity },
  { ...row, value: undefined },
  { ...row, value: 'seven' },
  { ...row, value: '' },
  { ...row, value: Infinity },
  { ...row, value: Number.NaN },
  { ...row, value: {} },
  { ...row, lower: 'low' },
  { ...row, upper: -Infinity },
  { ...row, lower99_8: [] },
  { ...row, upper99_8: false },
  { ...row, count: -1 },
  { ...row, count: '3' },
  { ...row, denominator: -0.5 },
  { ...row, denominator: Infinity },
  { ...row, group: null },
  { ...row, group: 'men' },
  { ...row, group: [] },
  { ...row, group: {} },
  { ...row, group: { type: ' ', label: ' ' } },
  { ...row, group: { type: 3, label: 4, order: 'first' } },
  { ...row, group: { type: 'sex', label: null } },
  { ...row, group: { type: 'sex', label: ['Men'] } },
  { ...row, group: { type: 'sex', label: {} } },
  { ...row, group: { type: 'sex', label: { 'not a tag!': 'Men' } } },
  { ...row, group: { type: 'sex', label: { en: 7 } } },
  { ...row, group: { type: 'sex', label: 'Men', order: Infinity } },
  { ...row, group: { type: 'sex', label: 'Men', order: null } },
  { ...row, note: null },
  { ...row, note: 5 },
  { ...row, note: [] },
  { ...row, note: {} },
  { ...row, note: { en: 'ok', xx_bad: 'no' } },
  { indicator: '', area: 3, period: false, value: 'v', count: -2, group: { label: '' }, note: 1 },
];

const goodRows: unknown[] = [
  row,
  { ...row, period: 2019, value: null, extra: 'dropped' },
  { indicator: ' x ', area: ' A', period: ' 2019/20 ', value: -1.5, lower: null, upper: 3, lower99_8: -2, upper99_8: 4, count: 0, denominator: null },
  { ...row, group: { type: ' sex ', label: ' Men ', order: 2, colour: 'red' } },
  { ...row, group: { type: 'sex', label: { en: 'Women', cy: 'Menywod' } }, note: { en: 'Provisional', cy: 'Dros dro' } },
  { ...row, note: '  kept as written  ' },
  { ...row, lower: undefined, group: undefined, note: undefined },
];

describe('data rows checked in one pass', () => {
  before(() => loadMessages('cy'));

  for (const lang of ['en', 'cy']) {
    it(`says what the schema would say about every kind of bad row, at the same path (${lang})`, () => {
      for (const bad of badRows) {
        const rows = [row, bad, row];
        const expected = bySchema(rows, lang);
        expect(expected.ok, JSON.stringify(bad)).to.equal(false);
        expect(checkRows(rows, 'data', messagesFor(lang)), JSON.stringify(bad) ?? 'undefined').to.deep.equal(expected);
      }
    });
  }

  it('gives the schema’s answer on random row lists, and groups the rows it keeps by indicator as a walk of them would (fast-check, fixed seed)', () => {
    // Runs of rows with the same fields, in the same or another order, then one more or one unknown: the
    // check remembers the last row's field names, so a change of names within a run must still be seen.
    const field = fc.constantFrom('indicator', 'area', 'period', 'value', 'lower', 'count', 'note', 'group', 'valeu', 'colour');
    const value = fc.oneof(fc.constantFrom('x', 'y', 'A', 'B', ' A ', '', '2020', '2021', 2020, 1, null, undefined), fc.record({ type: fc.constantFrom('sex', ' '), label: fc.constantFrom('Men', 3), ordre: fc.constant(1) }, { requiredKeys: [] }));
    const reordered = ({ value: v, period, area, indicator }: typeof row) => ({ value: v, period, area, indicator });
    const aRow = fc.oneof(fc.constant(row), fc.constant(reordered(row)), fc.constant({ ...row, indicator: 'y', period: '2021' }), fc.dictionary(field, value, { maxKeys: 4 }).map((changes) => ({ ...row, ...changes })));
    const known = { indicators: new Set(['x']), areas: new Set(['A']) };
    fc.assert(
      fc.property(fc.array(aRow, { maxLength: 14 }), (rows) => {
        const noted = { reworked: [], unknownIds: [], grouped: { byIndicator: new Map(), periods: [] as string[] } };
        const result = checkRows(rows, 'data', messagesFor('en'), known, noted);
        expect(result, JSON.stringify(rows)).to.deep.equal(bySchema(rows, 'en'));
        expect(checkRows(rows, 'data', messagesFor('en')), JSON.stringify(rows)).to.deep.equal(result);
        if (!result.ok) return;
        const byIndicator = new Map<string, unknown[]>();
        for (const r of result.rows) byIndicator.set(r.indicator, [...(byIndicator.get(r.indicator) ?? []), r]);
        expect(noted.grouped.byIndicator).to.deep.equal(byIndicator);
        expect(noted.grouped.periods).to.deep.equal([...new Set(result.rows.map((r) => r.period))]);
        expect(noted.unknownIds).to.deep.equal(result.rows.flatMap((r, i) => (known.indicators.has(r.indicator) && known.areas.has(r.area) ? [] : [i])));
      }),
      { seed: 20261129, numRuns: 400 },
    );
  });

  it('notes every period once in the order first seen, whether the areas repeat them in the same order or not', () => {
    const years = ['2018', '2019', '2020', '2021'];
    const lists = [
      ['A', 'B', 'C'].flatMap((area) => years.map((period) => ({ ...row, area, period }))),
      ['A', 'B', 'C'].flatMap((area, i) => [...years.slice(i), ...years.slice(0, i)].map((period) => ({ ...row, area, period }))),
      [...years, '2017', ...years.slice(1), '2016', '2018', '2017'].map((period) => ({ ...row, period })),
    ];
    for (const rows of lists) {
      const noted = { reworked: [], unknownIds: [], grouped: { byIndicator: new Map(), periods: [] as string[] } };
      expect(checkRows(rows, 'data', messagesFor('en'), undefined, noted).ok).to.equal(true);
      expect(noted.grouped.periods).to.deep.equal([...new Set(rows.map((r) => r.period))]);
    }
  });

  it('knows every field of a row the schema knows (rows.ts reads them by name: a new field must be taught there too)', () => {
    expect(Object.keys(dataRowNode.shape!)).to.deep.equal(['indicator', 'area', 'period', 'value', 'lower', 'upper', 'lower99_8', 'upper99_8', 'count', 'denominator', 'group', 'note']);
    const full = { indicator: 'x', area: 'A', period: '2020', value: 1, lower: 0, upper: 2, lower99_8: null, upper99_8: 3, count: 4, denominator: 5, group: { type: 'sex', label: 'Men', order: 1 }, note: 'n' };
    const result = checkRows([full], 'data', messagesFor('en'));
    expect(result.ok && result.rows[0]).to.equal(full);
  });

  it('gives the rows the schema would give (trimmed ids, periods as text, only known fields, text in several languages)', () => {
    const expected = bySchema(goodRows, 'en');
    const result = checkRows(goodRows, 'data', messagesFor('en'));
    expect(result).to.deep.equal(expected);
    if (!result.ok) throw new Error('expected rows');
    expect(result.rows[1]).to.deep.equal({ indicator: 'x', area: 'A', period: '2019', value: null });
    expect(result.rows[4]!.note).to.be.instanceOf(LocalText);
    expect(result.rows[4]!.group!.label).to.be.instanceOf(LocalText);
  });

  it('refuses data that is not a list, as the schema does', () => {
    for (const value of ['rows', 7, undefined, { 0: row }]) {
      expect(checkRows(value, 'data', messagesFor('en'))).to.deep.equal(bySchema(value, 'en'));
    }
    expect(checkRows('rows', 'data', messagesFor('en'))).to.deep.equal({ ok: false, issues: [{ path: 'data', message: 'expected a list [ … ], got "rows"' }] });
  });

  it('names each problem in words a reader understands, with its JSON path', () => {
    const result = parseSpec({
      version: 1,
      areas: [{ code: 'A', name: 'A' }],
      indicators: [{ id: 'x', title: 'X' }],
      data: [row, { ...row, period: '  ', count: -1 }, { ...row, period: true, group: { type: 'sex' } }],
    });
    expect(result).to.deep.equal({
      ok: false,
      issues: [
        { path: 'data[1].period', message: 'must not be empty' },
        { path: 'data[1].count', message: 'must be at least 0' },
        { path: 'data[2].period', message: 'expected text or a number, got true' },
        { path: 'data[2].group.label', message: 'is missing (expected text)' },
      ],
    });
  });
});

describe('unknown fields in data rows', () => {
  it('names each unknown field of a row and of its group, with a suggestion, sorted by path', () => {
    const spec = {
      version: 1,
      data: [row, { ...row, uper: 1, colour: 'red' }, { ...row, group: { type: 'sex', label: 'Men', ordre: 1 }, note: { en: 'fine' } }],
    };
    expect(unknownFields(spec)).to.deep.equal([
      { path: 'data[1].colour', message: 'is not a field this library knows, so it is ignored' },
      { path: 'data[1].uper', message: 'is not a field this library knows, so it is ignored; did you mean "upper"?' },
      { path: 'data[2].group.ordre', message: 'is not a field this library knows, so it is ignored; did you mean "order"?' },
    ]);
  });

  it('stops at 50 warnings, keeping the first rows’ (a file of typos is not 20,000 warnings)', () => {
    const data = Array.from({ length: 20000 }, (_, i) => ({ ...row, period: String(i), valeu: 1 }));
    const warnings = unknownFields({ version: 1, data });
    expect(warnings).to.have.length(50);
    expect(warnings.map((w) => w.path)).to.include('data[0].valeu').and.to.include('data[49].valeu').and.not.to.include('data[50].valeu');
  });

  it('still checks the fields of file references and of the rest of the spec', () => {
    expect(unknownFields({ version: 1, data: { url: 'x.csv', formt: 'csv' }, areas: [{ code: 'A', name: 'A', parnet: 'B' }] })).to.deep.equal([
      { path: 'areas[0].parnet', message: 'is not a field this library knows, so it is ignored; did you mean "parent"?' },
      { path: 'data.formt', message: 'is not a field this library knows, so it is ignored; did you mean "format"?' },
    ]);
  });
});

describe('checking a spec and warning of unknown fields at once (parseSpecWithWarnings, as elements load)', () => {
  const spec = (data: unknown) => ({ version: 1, indicators: [{ id: 'x', title: 'X' }], areas: [{ code: 'A', name: 'A' }, { code: 'B', name: 'B' }], data });
  const same = (input: unknown): void => {
    expect(parseSpecWithWarnings(input), JSON.stringify(input)?.slice(0, 200)).to.deep.equal({ parsed: parseSpec(input), warnings: unknownFields(input) });
  };

  it('gives parseSpec’s result and unknownFields’ warnings: good, bad, untrimmed and unknown rows, unknown ids, 50 warnings at most', () => {
    same(spec([row]));
    same(spec([...goodRows, row]));
    same(spec([row, ...badRows, { ...row, uper: 1 }]));
    same(spec([row, { ...row, area: 'Z' }, { ...row, indicator: 'y', colour: 'red' }, { ...row, area: ' B ' }, { ...row, area: ' Z ' }]));
    same(spec(Array.from({ length: 3000 }, (_, i) => (i % 7 ? { ...row, period: String(i) } : { ...row, period: String(i), valeu: 1, area: i % 2 ? 'Z' : 'A' }))));
    same(spec(Array.from({ length: 300 }, (_, i) => ({ ...row, group: { type: 'sex', label: 'Men', ordre: i } }))));
    same({ ...spec([{ ...row, valeu: 1 }]), areas: 'not a list' });
    same({ ...spec([{ ...row, valeu: 1 }]), framework: { domains: [{ id: 'd', name: 'D', children: [{ id: 'e', name: 'E', children: [{ id: 'f', name: 'F' }] }] }] } });
    same(spec({ url: 'x.csv', formt: 'csv' }));
    same(spec([{ url: 'x.csv' }, { url: 'y.csv', format: 'csv', colour: 1 }]));
    same(null);
  });

  it('keeps areas as given only where the general check gives the same, and finds every problem it finds', () => {
    const variants: unknown[][] = [
      [{ code: 'A', name: 'A' }, { code: 'B', name: 'Bee', type: 'region', parent: 'A' }, { code: 'C', name: 'C', type: '' }],
      [{ code: 'A', name: 'A' }, { code: ' B ', name: 'B' }],
      [{ code: 'A', name: 'A', colour: 'red' }],
      [{ code: 'A', name: { en: 'A', cy: 'A' } }],
      [{ code: 'A', name: 'A', type: 3 }],
      [{ code: 'A', name: 'A', parent: '' }],
      [{ code: 'A', name: 'A', type: undefined }],
      [{ name: 'A' }],
      [null],
      [['A']],
      [Object.assign(Object.create({ inherited: 1 }), { code: 'A', name: 'A' })],
    ];
    for (const areas of variants) {
      const input = { version: 1, indicators: [{ id: 'x', title: 'X' }], areas, data: [] };
      const general = check(specWithoutDataNode, input);
      const parsed = parseSpec(input);
      const label = JSON.stringify(areas);
      if (general.success) {
        expect(parsed.ok, label).to.equal(true);
        if (parsed.ok) expect(parsed.spec.areas, label).to.deep.equal((general.data as ParsedSpec).areas);
      } else expect(parsed, label).to.deep.equal({ ok: false, issues: toIssues(general, [], messagesFor('en')) });
    }
    same({ ...spec([row]), areas: [{ code: 'A', name: 'A' }, { code: 'B', name: 'B', colour: 'red' }] });
    same({ ...spec([row]), areas: [{ code: 'A', name: 'A', type: 'region' }, { code: 'B', name: 'B' }] });
  });

  it('finds the same rows naming unknown ids as a walk of every row', () => {
    const rows = [row, { ...row, area: 'Z' }, { ...row, indicator: 'y', area: 'B' }, { ...row, area: ' Z ', indicator: 'q' }, row];
    const input = spec(rows);
    const result = parseSpec(input);
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.issues.map((issue) => issue.path)).to.deep.equal(['data[1].area', 'data[2].indicator', 'data[3].indicator', 'data[3].area']);
    const asChecked = { ...input, data: rows.map((r) => ({ ...r, area: r.area.trim() })) } as unknown as ParsedSpec;
    expect(result.issues).to.deep.equal(checkReferences(asChecked));
  });

  it('agrees with the two apart on random rows (fast-check, fixed seed)', () => {
    const field = fc.constantFrom('indicator', 'area', 'period', 'value', 'lower', 'upper', 'count', 'note', 'group', 'valeu', 'colour');
    const value = fc.oneof(fc.constantFrom('x', 'A', 'B', 'Z', ' A ', '', '2020', 2020, 1, -1, null, undefined, true), fc.record({ type: fc.constantFrom('sex', ' '), label: fc.constantFrom('Men', 3), ordre: fc.constant(1) }, { requiredKeys: [] }));
    const aRow = fc.oneof(fc.constant(row), fc.dictionary(field, value, { maxKeys: 6 }).map((changes) => ({ ...row, ...changes })), fc.anything());
    fc.assert(
      fc.property(fc.array(aRow, { maxLength: 12 }), (rows) => same(spec(rows))),
      { seed: 20261129, numRuns: 400 },
    );
  });
});
