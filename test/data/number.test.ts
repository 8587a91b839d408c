import { expect } from '@open-wc/testing';
import { scanCsv } from '../../src/data/csv-records.js';
import { readNumber } from '../../src/data/number.js';

/** What the readers make of each cell: the fast path for plain decimals, else the strict rules. */
function readCells(cells: string[]): Array<{ fast: number; strict: number }> {
  const out: Array<{ fast: number; strict: number }> = [];
  scanCsv(`${cells.map((cell) => (/[",\n\r]/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell)).join(',')}\n`, (record) => {
    for (let at = 0; at < record.length; at++) {
      const raw = record.trimmed(at);
      out.push({ fast: record.plainNumber(at), strict: raw === '' ? NaN : readNumber(raw) });
    }
  });
  return out;
}

describe('numbers in data files', () => {
  it('reads a cell by the strict rules: decimals and thousands in their place, nothing guessed', () => {
    const read = (cell: string) => readNumber(cell);
    expect(read('7.4')).to.equal(7.4);
    expect(Object.is(read('-0'), -0)).to.equal(true);
    expect(read('1.')).to.equal(1);
    expect(read('.5')).to.equal(0.5);
    expect(read('1e3')).to.equal(1000);
    expect(read('00.1')).to.equal(0.1);
    expect(read('+1')).to.equal(1);
    expect(read('1,234')).to.equal(1234);
    expect(read('12,345.6')).to.equal(12345.6);
    for (const refused of ['7,4', ',', '0x1F', '0b1', '0o7', '1,23', '12,34,567', 'Infinity', '-', '.', '1.2.3', '--1', '1e', 'NaN']) {
      expect(read(refused), refused).to.be.NaN;
    }
  });

  it('gives the value of the strict rules for every cell its fast path reads, and leaves the rest to them', () => {
    const tricky = ['7.4', '-0', '0', '1.', '.5', '-.5', '1e3', '1E-3', '00.1', '1,234', '7,4', ' 7', '7 ', '\u00a07', '+1', '-', '.', '',
      '1.2.3', '--1', '0x1F', '123456789012345', '1234567890123456', '0.1234567890123456', '9007199254740993', '-12.50', '3.141592653589793',
      '0.30000000000000004', '1,234.5', 'x', '7.4"', 'Infinity',
      // Leading zeros are not counted against the 15 exact digits: 0.546348899099911 is a real lower limit
      // (suicide, London, City of London 2013-17); 22 decimals is the most an exact power of ten divides.
      '0.546348899099911', '-0.000123', '000123.5', '0.0000000000000000000001', '0.00000000000000000000001', '0.0000000000000001234567890123456'];
    const random: string[] = [];
    for (let i = 0; i < 2000; i++) {
      const whole = String(Math.floor(Math.random() * 10 ** Math.floor(Math.random() * 10)));
      const fraction = String(Math.floor(Math.random() * 10 ** Math.floor(Math.random() * 8))).padStart(Math.floor(Math.random() * 8), '0');
      random.push(`${Math.random() < 0.3 ? '-' : ''}${whole}${fraction ? `.${fraction}` : ''}`);
    }
    const cells = [...tricky, ...random];
    const read = readCells(cells);
    let fast = 0;
    read.forEach(({ fast: quick, strict }, i) => {
      if (Number.isNaN(quick)) return;
      fast++;
      expect(Object.is(quick, strict), `${JSON.stringify(cells[i])}: ${quick} against ${strict}`).to.equal(true);
    });
    // The fast path must read the common cells, or it only adds work.
    expect(fast).to.be.greaterThan(cells.length * 0.9);
    for (const cell of ['1e3', '1,234', '7,4', '+1', '.5', '1.', '\u00a07', '', '1234567890123456', '0.00000000000000000000001', '0.0000000000000001234567890123456']) {
      expect(read[cells.indexOf(cell)]!.fast, cell).to.be.NaN;
    }
    for (const cell of ['0.546348899099911', '-0.000123', '0.0000000000000000000001']) expect(read[cells.indexOf(cell)]!.fast, cell).to.equal(Number(cell));
  });
});
