import { expect } from '@open-wc/testing';
import { cy } from '../../src/i18n/cy.js';
import { en } from '../../src/i18n/en.js';
import { languageOf, listInWords, messagesFor } from '../../src/i18n/index.js';
import { plural } from '../../src/i18n/plural.js';
import { inName, than, to } from '../../src/i18n/welsh.js';
import { catalogueTexts, englishWordsIn } from './english-words.js';
// Welsh synchronously, as the pure functions give it in Node (elements load it on demand).
import '../../src/i18n/all.js';

function keyPaths(node: unknown, path = ''): string[] {
  if (!node || typeof node !== 'object') return [path];
  return Object.entries(node).flatMap(([key, value]) => keyPaths(value, path ? `${path}.${key}` : key));
}

describe('catalogues (src/i18n)', () => {
  it('the Welsh catalogue has exactly the English keys (the type says so; this checks nothing slipped past it)', () => {
    expect(keyPaths(cy)).to.deep.equal(keyPaths(en));
  });

  it('no Welsh text contains a word of the English catalogue', () => {
    const found = catalogueTexts(cy)
      .map(({ path, text }) => ({ path, text, english: englishWordsIn(text) }))
      .filter((entry) => entry.english.length);
    expect(found, JSON.stringify(found, null, 1)).to.deep.equal([]);
  });

  it('the builder page\'s sentences name the same products in Welsh as in English, from their parameters', () => {
    // Each product's name is a marker: a sentence that writes a name itself rather than its parameter
    // (cy's filesHint wrote "StatsCymru") loses the marker.
    const names = new Proxy({}, { get: (_, key) => `«${String(key)}»` }) as never;
    const markers = (entry: unknown) => (typeof entry === 'function' ? String((entry as (p: never) => unknown)(names)).match(/«\w+»/g) ?? [] : []).sort();
    for (const [key, entry] of Object.entries(en.builder.page)) {
      expect(markers(cy.builder.page[key as keyof typeof cy.builder.page]), `builder.page.${key}`).to.deep.equal(markers(entry));
    }
  });

  it('a language tag chooses a whole catalogue: exact tag, then primary subtag, else English', () => {
    expect(languageOf('cy')).to.equal('cy');
    expect(languageOf('CY-gb')).to.equal('cy');
    expect(languageOf('en-GB')).to.equal('en');
    expect(languageOf('fr')).to.equal('en');
    expect(languageOf('')).to.equal('en');
    expect(messagesFor('cy-GB')).to.equal(cy);
    expect(messagesFor(undefined)).to.equal(en);
  });

  it('Welsh plurals use all six forms of Intl.PluralRules', () => {
    const forms = { zero: 'z', one: 'o', two: 't', few: 'f', many: 'm', other: '{n}' };
    expect([0, 1, 2, 3, 4, 6, 11].map((n) => plural('cy', n, forms))).to.deep.equal(['z', 'o', 't', 'f', '4', 'm', '11']);
    expect(plural('en', 0, { one: 'one', other: '{n} others' })).to.equal('0 others');
    expect(cy.spec.invalid({ count: 2 })).to.equal('Mae dwy broblem gyda’r fanyleb.');
    expect(cy.spec.invalid({ count: 6 })).to.equal('Mae 6 phroblem gyda’r fanyleb.');
  });

  it('lists are whole phrases in the language: "and" is a or ac, with the mutation Welsh writes', () => {
    expect(listInWords(['Caerdydd', 'Casnewydd', 'Torfaen'], cy)).to.equal('Caerdydd, Casnewydd a Thorfaen');
    expect(listInWords(['Powys', 'Abertawe'], cy)).to.equal('Powys ac Abertawe');
    expect(listInWords(['Powys', 'Abertawe'], en)).to.equal('Powys and Abertawe');
    expect(listInWords(['Bolton', 'Tyneside'], cy)).to.equal('Bolton a Tyneside'); // not a Welsh name: not mutated
  });

  it('Welsh names mutate after i, na and yn; other names are written as given', () => {
    expect(inName('Cymru')).to.equal('yng Nghymru');
    expect(inName('Powys')).to.equal('ym Mhowys');
    expect(inName('Merthyr Tudful')).to.equal('ym Merthyr Tudful');
    expect(inName('Abertawe')).to.equal('yn Abertawe');
    expect(inName('Bolton')).to.equal('yn Bolton');
    expect(to('Cymru')).to.equal('i Gymru');
    expect(than('Cymru')).to.equal('na Chymru');
    expect(than('Ynys Môn')).to.equal('nag Ynys Môn');
    expect(cy.indicatorTrend.status.better({ benchmark: 'Cymru' })).to.equal('Gwell na Chymru');
  });
});
