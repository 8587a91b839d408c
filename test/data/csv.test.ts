import { expect } from '@open-wc/testing';
import { csvToRows, eachCsvRecord, readTidyCsv, splitCsv } from '../../src/data/csv.js';
import { LoadError } from '../../src/data/errors.js';

describe('splitCsv', () => {
  it('reads quoted fields, doubled quotes, commas and line breaks inside quotes', () => {
    const text = 'a,b,c\r\n"x, y","say ""hi""","two\nlines"\n';
    expect(splitCsv(text).records).to.deep.equal([
      ['a', 'b', 'c'],
      ['x, y', 'say "hi"', 'two\nlines'],
    ]);
  });

  it('drops a byte-order mark and blank lines, keeps empty fields', () => {
    expect(splitCsv('\ufeffa,b\n\n1,\n').records).to.deep.equal([
      ['a', 'b'],
      ['1', ''],
    ]);
  });

  it('reads plain and quoted lines mixed, with LF, CRLF and lone CR line ends, in a file of many lines', () => {
    // Lines without quotes are split in one go and lines with quotes cell by cell: the same records either way.
    const lines = Array.from({ length: 300 }, (_, i) => (i % 7 === 3 ? `"E0${i}, quoted",${i}," ${i}.5 "` : `E0${i},${i}, ${i}.5`));
    const ends = ['\n', '\r\n', '\r'];
    const text = lines.map((line, i) => line + ends[i % 3]).join('');
    expect(splitCsv(text).records).to.deep.equal(lines.map((_, i) => (i % 7 === 3 ? [`E0${i}, quoted`, String(i), ` ${i}.5 `] : [`E0${i}`, String(i), ` ${i}.5`])));
  });

  it('keeps text after a closing quote and counts lines inside quotes, for each cell', () => {
    const text = 'a,b,c\n"x"y,"say ""hi"" "there,"two\r\nlines",3\n"end",4\n';
    const records: Array<{ cells: string[]; lines: number[] }> = [];
    eachCsvRecord(text, (cells, lines) => records.push({ cells, lines }));
    expect(records).to.deep.equal([
      { cells: ['a', 'b', 'c'], lines: [1, 1, 1] },
      { cells: ['xy', 'say "hi" there', 'two\r\nlines', '3'], lines: [2, 2, 2, 3] },
      { cells: ['end', '4'], lines: [4, 4] },
    ]);
  });

  it('reports the line where an unclosed quote opened', () => {
    expect(splitCsv('a,b\n1,2\n3,"never closed\n4,5').unclosedQuoteLine).to.equal(3);
  });
});

describe('csvToRows', () => {
  // Real rows: ONS annual personal wellbeing, Walsall, release of 7 November 2023.
  const csv = [
    'indicator,area,period,value,lower,upper,note',
    'life-satisfaction,E08000030,2021-04-01/P1Y,7.26,7.02,7.5,',
    'anxiety,E08000030,2022-04-01/P1Y,,,,Not available',
  ].join('\n');

  it('turns a tidy CSV into spec rows, with an empty value as a gap', () => {
    const rows = csvToRows(csv, 'data.csv');
    expect(rows[0]).to.deep.equal({ indicator: 'life-satisfaction', area: 'E08000030', period: '2021-04-01/P1Y', value: 7.26, lower: 7.02, upper: 7.5 });
    expect(rows[1]).to.deep.equal({ indicator: 'anxiety', area: 'E08000030', period: '2022-04-01/P1Y', value: null, note: 'Not available' });
  });

  it('reads groups from group_type, group_label and group_order', () => {
    const rows = csvToRows('indicator,area,period,value,group_type,group_label,group_order\nx,E92000001,2019,20.46,deprivation-decile,Most deprived decile,1', 'g.csv');
    expect(rows[0]!.group).to.deep.equal({ type: 'deprivation-decile', label: 'Most deprived decile', order: 1 });
  });

  it('names the file, the line and the column of a value that is not a number', () => {
    try {
      csvToRows('indicator,area,period,value\nx,A,2019,seven', 'https://example.org/d.csv');
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(LoadError);
      expect((error as LoadError).message).to.equal('https://example.org/d.csv, line 2, column 4 (value): "seven" is not a number.');
    }
  });

  it('names a missing column', () => {
    expect(() => csvToRows('indicator,area,value\nx,A,1', 'd.csv')).to.throw('d.csv, line 1: there is no "period" column in the header line.');
  });

  const valueOf = (cell: string) => readTidyCsv(`indicator,area,period,value\nx,A,2019,${cell}`, 'd.csv');

  it('reads numbers strictly: a decimal comma is a problem, not a tenfold value', () => {
    expect(valueOf('"7,4"').problems).to.deep.equal([
      { path: 'd.csv, line 2, column 4 (value)', message: '"7,4" is not a number; if it means 7.4, write it with a point' },
    ]);
    expect(valueOf('"1,234"').rows[0]!.value).to.equal(1234);
    expect(valueOf('"12,345.6"').rows[0]!.value).to.equal(12345.6);
    expect(valueOf('-0.5').rows[0]!.value).to.equal(-0.5);
    expect(valueOf('1e-3').rows[0]!.value).to.equal(0.001);
    for (const refused of ['0x1F', '0b101', '0o7', '","', 'Infinity', '"1,23"', '"1,2345"', '7.4.1']) {
      expect(valueOf(refused).problems, refused).to.have.length(1);
    }
    // A gap is never zero.
    expect(valueOf('').rows[0]!.value).to.equal(null);
  });

  it('names the line a person sees in an editor, counting line breaks inside quotes', () => {
    const text = 'indicator,area,period,value,note\r\nx,A,2019,1,"two\r\nlines"\r\nx,A,2020,"three\nlines\nhere",\r\nx,A,2021,bad,';
    const problems = readTidyCsv(text, 'd.csv').problems;
    expect(problems.map((p) => p.path)).to.deep.equal(['d.csv, line 4, column 4 (value)', 'd.csv, line 7, column 4 (value)']);
  });
  it('follows a quoted line break in a column it does not read, and counts it', () => {
    // Cells after the last known column are skipped unless a quote there may hide a line break.
    const text = 'indicator,area,period,value,comment\nx,A,2019,1,"see\r\nbelow, and ""more"""\nx,A,2020,2,plain\r\nx,A,2021,bad,"one\ntwo"\nx,A,2022,"3",\n';
    const { rows, problems } = readTidyCsv(text, 'd.csv');
    expect(rows.map((row) => [row.period, row.value])).to.deep.equal([
      ['2019', 1],
      ['2020', 2],
      ['2021', null],
      ['2022', 3],
    ]);
    expect(problems.map((p) => p.path)).to.deep.equal(['d.csv, line 5, column 4 (value)']);
  });

  it('reads cells trimmed (tabs and no-break spaces too), quoted cells with commas and doubled quotes, and only the columns it knows', () => {
    const text = 'indicator,area,period,value,ignored,note\n x ,\tA\u00a0,2019, 1.5 ,"a, b",\nx,A,2020,2,,"said ""no"""\n';
    const { rows, problems } = readTidyCsv(text, 'd.csv');
    expect(problems).to.deep.equal([]);
    expect(rows).to.deep.equal([
      { indicator: 'x', area: 'A', period: '2019', value: 1.5 },
      { indicator: 'x', area: 'A', period: '2020', value: 2, note: 'said "no"' },
    ]);
  });

});
