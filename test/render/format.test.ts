import { expect } from '@open-wc/testing';
import { loadMessages } from '../../src/i18n/index.js';
import { fileSlug } from '../../src/render/downloads.js';
import { formatNumber, formatValue, inferDecimals, numberStyle, safeHref } from '../../src/render/format.js';

describe('numbers and links (src/render/format.ts)', () => {
  describe('numbers', () => {
    it('decimals and units as an indicator asks, in the language', () => {
      expect(formatValue(7.2, { decimals: 2, unit: 'score', locale: 'en-GB' })).to.equal('7.20');
      expect(formatValue(36.4, { decimals: 1, unit: '%', locale: 'en-GB' })).to.equal('36.4%');
      expect(formatValue(1234.56, { decimals: 1, unit: 'per 100,000', locale: 'en-GB' })).to.equal('1,234.6 per 100,000');
      expect(formatValue(79.5, { decimals: 1, unit: 'years', locale: 'not a language!' })).to.equal('79.5 years');
      expect(formatValue(1234.5, { decimals: 1, unit: '', locale: 'de' })).to.equal('1.234,5');
      // One unit rule for every element: % attached, words after a space, score-like units not written.
      expect(formatValue(7.35, { decimals: 2, unit: 'Score', locale: 'en' })).to.equal('7.35'); // ONS APS life satisfaction
      expect(formatValue(101.2, { decimals: 1, unit: 'index', locale: 'en' })).to.equal('101.2');
      expect(formatValue(1.71, { decimals: 2, unit: 'ratio', locale: 'en' })).to.equal('1.71');
      expect(formatValue(12034, { decimals: 0, unit: 'count', locale: 'en' })).to.equal('12,034');
      // The same units in Welsh, as a bilingual spec gives them ({ "en": "score", "cy": "sgôr" }): examples/data/cymraeg-caerdydd.json.
      expect(formatValue(7.15, { decimals: 2, unit: 'sgôr', locale: 'cy' })).to.equal('7.15');
      expect(formatValue(101.2, { decimals: 1, unit: 'Mynegai', locale: 'cy' })).to.equal('101.2');
      expect(formatValue(4.3, { decimals: 1, unit: 'cysylltiadau fesul plentyn', locale: 'cy' })).to.equal('4.3 cysylltiadau fesul plentyn');
      // Money as people write it: the symbol first, after any minus sign (ONS household income per head).
      expect(formatValue(21345, { decimals: 0, unit: '£', locale: 'en-GB' })).to.equal('£21,345');
      expect(formatValue(21345, { decimals: 0, unit: '£', locale: 'cy' })).to.equal('£21,345');
      expect(formatValue(-1200, { decimals: 0, unit: '£', locale: 'en-GB' })).to.equal('-£1,200');
    });

    it('the number alone, with fixed decimals; English digits with grouping for en and en-GB', () => {
      expect(formatNumber(7.35, { decimals: 2, locale: 'en' })).to.equal('7.35');
      expect(formatNumber(7.4, { decimals: 2, locale: 'en-GB' })).to.equal('7.40');
      expect(formatNumber(77.84, { decimals: 1, locale: 'en' })).to.equal('77.8');
      expect(formatNumber(1234567.891, { decimals: 1, locale: 'en' })).to.equal('1,234,567.9');
      expect(formatNumber(1234.5, { decimals: 1, locale: 'cy' })).to.equal('1,234.5');
    });

    it('an invalid or empty language tag falls back to English digits, never an error', () => {
      expect(formatNumber(1234.5, { decimals: 1, locale: 'not a language!' })).to.equal('1,234.5');
      expect(formatNumber(1234.5, { decimals: 1, locale: '' })).to.equal('1,234.5');
      expect(formatNumber(1234.5, { decimals: 1, locale: 'en_GB' })).to.equal('1,234.5');
      expect(formatValue(79.5, { decimals: 1, unit: 'years', locale: '12' })).to.equal('79.5 years');
    });

    it('a value that rounds to zero is zero, never -0', () => {
      expect(formatNumber(-0, { decimals: 1, locale: 'en' })).to.equal('0.0');
      expect(formatNumber(-0.04, { decimals: 1, locale: 'en' })).to.equal('0.0');
      expect(formatNumber(-0.004, { decimals: 2, locale: 'de' })).to.equal('0,00');
      expect(formatValue(-0.02, { decimals: 1, unit: '%', locale: 'en' })).to.equal('0.0%');
      expect(formatNumber(-0.06, { decimals: 1, locale: 'en' })).to.equal('-0.1');
      expect(formatNumber(-3.2, { decimals: 1, locale: 'en' })).to.equal('-3.2');
    });

    it('decimals are inferred from the data when the indicator does not say', () => {
      expect(inferDecimals([{ value: 7, lower: 6.88, upper: null }, { value: 7.1 }])).to.equal(2);
      expect(inferDecimals([{ value: 1e-7 }])).to.equal(3);
      expect(inferDecimals([{ value: null }])).to.equal(0);
      expect(inferDecimals([{ value: 79.5, lower: 79.12, upper: 79.875 }])).to.equal(3);
    });

    it("an indicator's own decimals win over the data's; the unit is trimmed", () => {
      const rows = [{ value: 7.35, lower: 7.215, upper: 7.49 }];
      expect(numberStyle({ decimals: 1, unit: ' years ' }, rows, 'en-GB')).to.deep.equal({ decimals: 1, unit: 'years', locale: 'en-GB' });
      expect(numberStyle({ unit: 'score' }, rows, 'en')).to.deep.equal({ decimals: 3, unit: 'score', locale: 'en' });
      expect(numberStyle({}, [], 'en')).to.deep.equal({ decimals: 0, unit: '', locale: 'en' });
    });

    it('a plain English unit on a Welsh page: a known one in Welsh, any other as the spec wrote it', async () => {
      await loadMessages('cy');
      const rows = [{ value: 79.5 }];
      expect(formatValue(79.5, numberStyle({ unit: 'years' }, rows, 'cy'))).to.equal('79.5 o flynyddoedd');
      expect(formatValue(1234.5, numberStyle({ unit: 'Per 100,000 ' }, rows, 'cy-GB'))).to.equal('1,234.5 fesul 100,000');
      expect(formatValue(2.5, numberStyle({ unit: 'percentage points' }, rows, 'cy'))).to.equal('2.5 pwynt canran');
      expect(formatValue(3.5, numberStyle({ unit: 'widgets per household' }, rows, 'cy'))).to.equal('3.5 widgets per household');
      // The spec's own Welsh (a bilingual unit, already chosen) and English pages are left alone.
      expect(numberStyle({ unit: 'o flynyddoedd' }, rows, 'cy').unit).to.equal('o flynyddoedd');
      expect(numberStyle({ unit: 'years' }, rows, 'en').unit).to.equal('years');
    });
  });

  describe('file names', () => {
    it('ids, codes and periods become letters, digits and dashes', () => {
      expect(fileSlug('life-satisfaction')).to.equal('life-satisfaction');
      expect(fileSlug('E08000030')).to.equal('E08000030');
      expect(fileSlug('2023 - 25')).to.equal('2023-25');
      expect(fileSlug('2022/23')).to.equal('2022-23');
      expect(fileSlug('Ynys Môn')).to.equal('Ynys-Mon');
      expect(fileSlug('../../etc')).to.equal('etc');
      expect(fileSlug('')).to.equal('data');
      expect(fileSlug('x'.repeat(80))).to.have.length(60);
    });
  });

  describe('links', () => {
    it('only http(s) links from a spec are kept', () => {
      expect(safeHref('https://www.ons.gov.uk/x', 'https://example.org/')).to.equal('https://www.ons.gov.uk/x');
      expect(safeHref('docs/a.html', 'https://example.org/p/')).to.equal('https://example.org/p/docs/a.html');
      expect(safeHref('javascript:alert(1)', 'https://example.org/')).to.equal(undefined);
      expect(safeHref(' JAVASCRIPT:alert(1)', 'https://example.org/')).to.equal(undefined);
      expect(safeHref('data:text/html,<b>', 'https://example.org/')).to.equal(undefined);
    });

    it('no address, or one that cannot be read, is no link', () => {
      expect(safeHref(undefined, 'https://example.org/')).to.equal(undefined);
      expect(safeHref('', 'https://example.org/')).to.equal(undefined);
      expect(safeHref('http://[bad', 'https://example.org/')).to.equal(undefined);
      expect(safeHref('vbscript:msgbox(1)', 'https://example.org/')).to.equal(undefined);
      expect(safeHref('http://fingertips.phe.org.uk/', 'https://example.org/')).to.equal('http://fingertips.phe.org.uk/');
    });
  });
});
