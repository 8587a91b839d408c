/**
 * The Welsh council page (examples/cymraeg.html): Cardiff's ONS4 personal well-being and StatsWales
 * health visitor contacts. It opens in Welsh, every element speaks Welsh with the spec's Welsh names;
 * the language switch (a real click) redraws every element, and the page's own words, in English.
 */
import { expect } from '@open-wc/testing';
import { englishWordsIn, specTexts } from '../i18n/english-words.js';
import { nextReady, openExample, present, settled, shadowText, type ExamplePage } from './example-page.js';

let specWelsh: ReadonlySet<string> = new Set();

/** English words of the catalogue in an element's text, other than the spec's own Welsh words (ONS4, HLTH1250). */
function englishIn(el: Element): string[] {
  return englishWordsIn(shadowText(el)).filter((word) => !specWelsh.has(word));
}

/** The page's own visible words (the elements' text is checked on its own). */
function visiblePageText(page: ExamplePage): string {
  return page.doc.body.innerText;
}

describe('cymraeg.html (a Welsh council page)', function () {
  this.timeout(60000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());
  before(async () => {
    const spec: unknown = await (await fetch('/examples/data/cymraeg-caerdydd.json')).json();
    specWelsh = new Set(specTexts(spec).join(' ').toLowerCase().split(/[^a-z0-9âêîôûŵŷ’']+/));
  });

  it('opens in Welsh: every element draws in Welsh, with the Welsh names from the spec', async () => {
    page = await openExample('cymraeg.html');
    await settled(page);
    const elements = page.elements();
    expect(elements.length).to.equal(4);
    expect(page.doc.documentElement.lang).to.equal('cy');
    for (const el of elements) {
      expect(page.readyCount.has(el), `${el.localName} drew`).to.equal(true);
      expect(el.shadowRoot!.querySelector('.wb-lang')!.getAttribute('lang')).to.equal('cy');
      expect(englishIn(el), `${el.localName} ${el.getAttribute('indicator') ?? ''}: English words`).to.deep.equal([]);
      expect(shadowText(el)).to.include('Caerdydd');
      expect(shadowText(el)).to.not.include('Cardiff');
    }
    const [wheel, satisfaction, , visitors] = elements;
    expect(shadowText(wheel!)).to.include('Boddhad â bywyd');
    expect(shadowText(satisfaction!)).to.include('Cymru');
    expect(shadowText(visitors!)).to.include('Bro Morgannwg');
    expect(visiblePageText(page)).to.include('Llesiant yng Nghaerdydd');
    expect(visiblePageText(page)).to.not.include('Well-being in Cardiff');
    expect(page.errors).to.deep.equal([]);
  });

  it('the switch shows the same page in English, every element redrawn, and back in Welsh', async () => {
    page = await openExample('cymraeg.html');
    await settled(page);
    const elements = page.elements();
    const redrawn = elements.map((el) => nextReady(page!, el));
    const toEnglish = present(page.doc.querySelector<HTMLAnchorElement>('a.language-switch[hreflang="en"]'), 'the switch to English');
    expect(toEnglish.textContent).to.equal('English');
    toEnglish.click();
    await Promise.all(redrawn);
    expect(page.doc.documentElement.lang).to.equal('en');
    expect(page.doc.title).to.equal('Well-being in Cardiff (example council page)');
    expect(page.win.location.search).to.equal('?lang=en');
    expect(visiblePageText(page)).to.include('Well-being in Cardiff');
    expect(visiblePageText(page)).to.not.include('Llesiant yng Nghaerdydd');
    for (const el of elements) {
      expect(el.shadowRoot!.querySelector('.wb-lang')!.getAttribute('lang')).to.equal('en');
      expect(shadowText(el)).to.include('Cardiff');
      expect(shadowText(el)).to.not.include('Caerdydd');
      expect(englishIn(el).length, `${el.localName} writes English`).to.be.greaterThan(3);
    }
    expect(shadowText(elements[0]!)).to.include('Life satisfaction');
    // The keyboard stays on the switch, now offering Welsh.
    const toWelsh = page.doc.querySelector<HTMLAnchorElement>('a.language-switch[hreflang="cy"]')!;
    expect(page.doc.activeElement).to.equal(toWelsh);

    const back = elements.map((el) => nextReady(page!, el));
    toWelsh.click();
    await Promise.all(back);
    for (const el of elements) expect(englishIn(el)).to.deep.equal([]);
    expect(page.errors).to.deep.equal([]);
  });
});
