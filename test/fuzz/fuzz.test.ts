/**
 * Property-based fuzzing (fast-check) of the spec parser, every data reader and period parsing:
 * no uncaught exception, no hang, every problem with a path. A fixed seed and a bounded number of
 * runs keep it repeatable and quick; a failure prints the smallest input that breaks a property.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import { readDataFile } from '../../src/data/read.js';
import { parsePeriod, periodLabel } from '../../src/model/period.js';
import { parseSpec, unknownFields } from '../../src/spec/parse.js';
import type { DataFormat } from '../../src/spec/schema.js';

const settings = { seed: 20261128, numRuns: 300 };
const FORMATS: DataFormat[] = ['json', 'csv', 'fingertips-csv', 'fingertips-json', 'ons-csv', 'wide-csv', 'statswales-csv'];

/** Text made of the characters that matter to CSV and numbers, so breakage is likely. */
const csvish = fc.string({ unit: fc.constantFrom(',', '"', '\n', '\r', '7', '4', '.', '-', 'x', 'e', ' ', 'a', '0', '\ufffd'), maxLength: 200 });

const HEADERS: Record<string, string> = {
  csv: 'indicator,area,period,value,lower,upper,note\n',
  'fingertips-csv': 'Indicator ID,Indicator Name,Area Code,Area Name,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Count,Value note,Compared to England value or percentiles\n',
  'ons-csv': 'areacd,areanm,geography,indicator,period,observation,measure,unit,lci_95,uci_95,status,notes\n',
  'wide-csv': 'Code,Name,2019,2020/21,2022 Q1\n',
  'statswales-csv': 'Data Values,Measure,Year,Start Date,End Date,Local Authority,Notes\n',
};

describe('fuzzing (fast-check, fixed seed)', () => {
  it('parseSpec never throws, and every problem has a path and words', () => {
    const specLike = fc.record(
      {
        version: fc.oneof(fc.constant(1), fc.anything()),
        indicators: fc.oneof(fc.array(fc.record({ id: fc.string(), title: fc.anything(), polarity: fc.string() }, { requiredKeys: [] }), { maxLength: 4 }), fc.anything()),
        areas: fc.oneof(fc.array(fc.record({ code: fc.string(), name: fc.anything() }, { requiredKeys: [] }), { maxLength: 4 }), fc.anything()),
        data: fc.oneof(fc.anything(), fc.array(fc.record({ url: fc.string(), format: fc.constantFrom(...FORMATS, 'x') }), { maxLength: 3 })),
        framework: fc.anything(),
        benchmark: fc.anything(),
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(fc.oneof(fc.anything(), specLike), (input) => {
        const result = parseSpec(input);
        if (!result.ok) for (const issue of result.issues) expect(issue.path && issue.message, JSON.stringify(issue)).to.be.ok;
        for (const warning of unknownFields(input)) expect(warning.path && warning.message).to.be.ok;
      }),
      settings,
    );
  });

  it('every reader returns (never throws) on any text, and every problem names the file', () => {
    fc.assert(
      fc.property(fc.constantFrom(...FORMATS), fc.boolean(), csvish, (format, withHeader, body) => {
        const text = (withHeader ? (HEADERS[format] ?? '') : '') + body;
        const result = readDataFile(text, { format, url: 'fuzz.data', indicator: 'x' });
        for (const problem of [...result.problems, ...result.warnings]) {
          expect(problem.path.startsWith('fuzz.data'), problem.path).to.equal(true);
          expect(problem.message).to.be.a('string').and.not.equal('');
        }
        for (const row of result.rows) if (row.value !== null && format !== 'json') expect(Number.isFinite(row.value)).to.equal(true);
      }),
      settings,
    );
  });

  it('fingertips-json and json readers take any JSON value', () => {
    fc.assert(
      fc.property(fc.constantFrom<DataFormat>('json', 'fingertips-json'), fc.jsonValue(), (format, json) => {
        const result = readDataFile(JSON.stringify(json) ?? 'null', { format, url: 'fuzz.json' });
        for (const problem of result.problems) expect(problem.path.startsWith('fuzz.json')).to.equal(true);
      }),
      settings,
    );
  });

  it('a CSV problem names the line an editor shows, whatever quoted line breaks come before it', () => {
    const cell = fc.string({ unit: fc.constantFrom('a', ' ', ',', '"', '\n', '\r\n', '1'), maxLength: 12 });
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 8 }), fc.constantFrom('\n', '\r\n'), (notes, newline) => {
        const quote = (s: string) => `"${s.replace(/"/g, '""')}"`;
        const lines = notes.map((note, i) => `x,A,${2000 + i},1,${quote(note)}`);
        lines.push('x,A,1999,"7,4",');
        const text = `indicator,area,period,value,note${newline}${lines.join(newline)}${newline}`;
        // The bad record starts after every line break before it, quoted or not.
        const before = text.slice(0, text.indexOf('x,A,1999'));
        const expectedLine = before.split(/\r\n|\r|\n/).length;
        const problems = readDataFile(text, { format: 'csv', url: 'f.csv' }).problems;
        expect(problems.map((p) => p.path)).to.deep.equal([`f.csv, line ${expectedLine}, column 4 (value)`]);
      }),
      settings,
    );
  });

  it('period parsing never throws, and what it reads has a start, a positive length and a label', () => {
    const periodish = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.string({ unit: fc.constantFrom('1', '2', '0', '9', '-', '/', ' ', 'P', 'Y', 'M', 'Q', 'T'), maxLength: 20 }),
      fc.tuple(fc.integer({ min: 1000, max: 9999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('-', '/', ' - ', ' Q', '-Q')).map(([y, n, s]) => `${y}${s}${String(n).padStart(2, '0')}`),
      fc.tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 30 }), fc.constantFrom('Y', 'M', 'Q')).map(
        ([y, m, n, u]) => `${y}-${String(m).padStart(2, '0')}-01/P${n}${u}`,
      ),
    );
    fc.assert(
      fc.property(periodish, fc.constantFrom('en', 'cy'), (period, lang) => {
        const parsed = parsePeriod(period, lang);
        if (parsed) {
          expect(Number.isFinite(parsed.start)).to.equal(true);
          expect(parsed.length).to.be.greaterThan(0);
          expect(parsed.label).to.not.equal('');
          // Never a bare dash between years, which reads as "minus".
          expect(parsed.label).to.not.match(/\d - \d/);
        }
        expect(periodLabel(period, lang)).to.be.a('string');
      }),
      { ...settings, numRuns: 1000 },
    );
  });
});
