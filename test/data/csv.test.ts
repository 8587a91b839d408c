import { expect } from '@open-wc/testing';
import { csvToRows, splitCsv } from '../../src/data/csv.js';
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

  it('names the URL, the line and the column of a value that is not a number', () => {
    try {
      csvToRows('indicator,area,period,value\nx,A,2019,seven', 'https://example.org/d.csv');
      expect.fail('should throw');
    } catch (error) {
      expect(error).to.be.instanceOf(LoadError);
      expect((error as LoadError).message).to.equal('https://example.org/d.csv, line 2: the value column should be a number, got "seven".');
    }
  });

  it('names a missing column', () => {
    expect(() => csvToRows('indicator,area,value\nx,A,1', 'd.csv')).to.throw('d.csv has no "period" column.');
  });
});
