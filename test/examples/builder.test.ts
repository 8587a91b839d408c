/**
 * The builder page (examples/builder.html) as a web editor uses it, served under a strict Content
 * Security Policy: choose a real Fingertips file, get the HTML to paste at once, see the preview
 * draw; then that snippet, pasted into an empty page that loads the library, draws, and with
 * JavaScript off shows its fallback table.
 */
import { expect } from '@open-wc/testing';
import { openWithoutJavaScript, pastePage } from '../commands.js';
import { englishWordsIn } from '../i18n/english-words.js';
import { openExample, scrollsSideways, seriousAxeFindings, settled, type ExamplePage, present } from './example-page.js';

async function chooseFile(page: ExamplePage, path: string, name: string): Promise<void> {
  const text = await (await fetch(path)).text();
  const input = page.doc.getElementById('files') as HTMLInputElement;
  const transfer = new (page.win as unknown as typeof globalThis).DataTransfer();
  transfer.items.add(new (page.win as unknown as typeof globalThis).File([text], name, { type: 'text/csv' }));
  input.files = transfer.files;
  input.dispatchEvent(new (page.win as unknown as typeof globalThis).Event('change', { bubbles: true }));
}

async function until<T>(what: string, probe: () => T | undefined | null | false, timeoutMs = 15000): Promise<T> {
  const started = performance.now();
  for (;;) {
    const value = probe();
    if (value) return value;
    if (performance.now() - started > timeoutMs) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/**
 * Pastes a snippet into an empty page that loads nothing else, opens it in a frame, waits for its
 * `tag` to draw (without an error) and runs `check` on it while the frame is open. Returns the page's path.
 */
async function pasteAndDraw(snippet: string, tag: string, check: (el: Element, doc: Document) => void): Promise<string> {
  const path = await pastePage(`<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head>\n<body><main>\n${snippet}</main></body></html>`);
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:600px;border:0';
  document.body.append(iframe);
  try {
    iframe.src = path;
    const el = await until(`the pasted ${tag} to draw`, () => {
      const found = iframe.contentDocument?.querySelector(tag);
      return found?.shadowRoot?.querySelector('svg') ? found : undefined;
    });
    expect(el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
    check(el, iframe.contentDocument!);
  } finally {
    iframe.remove();
  }
  return path;
}

const snippetBox = (page: ExamplePage) => page.doc.getElementById('snippet') as HTMLTextAreaElement;

describe('builder.html', function () {
  this.timeout(90000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it('fills the HTML to paste as soon as a file is chosen, previews it, and follows later choices', async () => {
    page = await openExample('builder.html');
    const box = snippetBox(page);
    // The text box is labelled exactly "HTML to paste", with a Copy button.
    expect(box.labels[0]!.textContent!.trim()).to.equal('HTML to paste');
    expect(page.doc.getElementById('copy')!.textContent!.trim()).to.equal('Copy');
    expect(box.value).to.equal('');

    await chooseFile(page, '/data/raw/fingertips/variant_underscored_suicide_london.csv', 'suicide_london.csv');
    await until('the snippet', () => box.value);
    expect(box.value).to.include('<indicator-trend indicator="41001" area="E12000007">');
    expect(page.doc.getElementById('problems')!.textContent).to.include('No problems found.');

    const trend = await until('the preview', () => page!.doc.querySelector('#preview indicator-trend'));
    await settled(page);
    expect(page.failures.size, [...page.failures.values()].map((f) => f.message).join('; ')).to.equal(0);
    expect(trend.shadowRoot!.querySelector('svg')).to.exist;

    // Choosing another area rewrites the snippet.
    const area = page.doc.getElementById('area') as HTMLSelectElement;
    const other = present([...area.options].find((o) => o.value !== 'E12000007' && o.value !== 'E92000001'), 'another area');
    area.value = other.value;
    area.dispatchEvent(new (page.win as unknown as typeof globalThis).Event('change'));
    expect(box.value).to.include(`area="${other.value}"`);

    // Ticking the gap without groups in the data says why in words.
    const gap = page.doc.getElementById('el-gap') as HTMLInputElement;
    gap.click();
    expect(page.doc.getElementById('problems')!.textContent).to.match(/The gap chart needs groups/);
    gap.click();

    expect(page.errors).to.deep.equal([]);
    expect(page.violations).to.deep.equal([]);
    expect(await seriousAxeFindings(page)).to.deep.equal([]);
  });

  it('a file with several sexes and ages: offers each for the chosen indicator, and the snippet it writes draws that one', async () => {
    page = await openExample('builder.html');
    const win = page.win as unknown as typeof globalThis;
    const url = page.doc.getElementById('library-url') as HTMLInputElement;
    url.value = '/dist/wellbeing-widgets.js';
    url.dispatchEvent(new win.Event('input'));
    await chooseFile(page, '/data/raw/fingertips/healthdata_deprivation_categories.csv', 'deprivation.csv');
    const box = snippetBox(page);
    await until('the snippet', () => box.value);
    // Its rows are all by deprivation tenth: the page starts with a gap.
    expect(box.value).to.include('<inequality-gap indicator="20401" area="E92000001">');

    const indicator = page.doc.getElementById('indicator') as HTMLSelectElement;
    indicator.value = '93763';
    indicator.dispatchEvent(new win.Event('change'));
    const group = page.doc.getElementById('sex-age')!;
    expect(group.hidden).to.equal(false);
    const sex = page.doc.getElementById('sex') as HTMLSelectElement;
    const age = page.doc.getElementById('age') as HTMLSelectElement;
    expect(sex.labels[0]!.textContent).to.equal('Sex');
    expect([...sex.options].map((o) => o.textContent)).to.have.members(['Persons', 'Female', 'Male']);
    expect(sex.value).to.equal('Persons');
    expect([...age.options].map((o) => o.textContent)).to.deep.equal(['All ages']);
    expect(page.doc.getElementById('sex-age-hint')!.textContent).to.match(/several sexes or ages/);

    // Persons, then Male: the table in the snippet follows (alcohol-related mortality, most deprived tenth, 2023).
    const mostDeprived = () => {
      const doc = new DOMParser().parseFromString(box.value, 'text/html');
      return [...doc.querySelectorAll('inequality-gap tbody tr')].find((tr) => /^Most deprived decile/.test(tr.textContent!.trim()))!.querySelector('td')!.textContent!;
    };
    const persons = mostDeprived();
    sex.value = 'Male';
    sex.dispatchEvent(new win.Event('change'));
    expect(mostDeprived()).not.to.equal(persons);
    expect(page.doc.getElementById('problems')!.textContent).to.include('No problems found.');

    // Another indicator, with several ages: its own choice, from All ages.
    indicator.value = '93474';
    indicator.dispatchEvent(new win.Event('change'));
    expect(age.value).to.equal('All ages');
    expect([...age.options].map((o) => o.value)).to.include('85+ yrs');
    age.value = '85+ yrs';
    age.dispatchEvent(new win.Event('change'));
    expect(box.value).to.include('<inequality-gap indicator="93474" area="E92000001">');
    const oldest = /^[\d.]+/.exec(mostDeprived())![0];

    await pasteAndDraw(box.value, 'inequality-gap', (gap) => {
      // The element's own table has the 85+ value of the most deprived tenth, as the fallback table did.
      const own = [...gap.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.textContent!.replace(/\s+/g, ' '));
      expect(own.join(' | ')).to.include(oldest);
    });
    expect(page.errors).to.deep.equal([]);
    expect(await seriousAxeFindings(page)).to.deep.equal([]);
  });

  it('speaks Welsh: a language switch puts every label, hint and message in Welsh, and a Welsh title goes into the spec', async () => {
    page = await openExample('builder.html');
    const win = page.win as unknown as typeof globalThis;
    await chooseFile(page, '/data/raw/fingertips/variant_underscored_suicide_london.csv', 'suicide_london.csv');
    const box = snippetBox(page);
    await until('the snippet', () => box.value);

    // The indicator's title, in English and in Welsh.
    const en = page.doc.getElementById('ind-0-title') as HTMLInputElement;
    const cy = page.doc.getElementById('ind-0-title-cy') as HTMLInputElement;
    expect(en.labels![0]!.textContent).to.equal('Title, in English');
    expect(cy.labels![0]!.textContent).to.equal('Title, in Welsh (optional)');
    expect(en.value).to.equal('Suicide rate');
    cy.value = 'Cyfradd hunanladdiad';
    cy.dispatchEvent(new win.Event('change'));
    expect(box.value).to.include('"title":{"en":"Suicide rate","cy":"Cyfradd hunanladdiad"}');
    // The spec's own title, in English and in Welsh, as for the indicator.
    const specTitle = page.doc.getElementById('title') as HTMLInputElement;
    const specTitleCy = page.doc.getElementById('title-cy') as HTMLInputElement;
    expect(specTitle.labels![0]!.textContent).to.equal('Title of the spec, in English (optional)');
    expect(specTitleCy.labels![0]!.textContent).to.equal('Title of the spec, in Welsh (optional)');
    specTitle.value = 'Suicide in London';
    specTitle.dispatchEvent(new win.Event('input'));
    specTitleCy.value = 'Hunanladdiad yn Llundain';
    specTitleCy.dispatchEvent(new win.Event('input'));
    expect(box.value).to.include('"title": {"en":"Suicide in London","cy":"Hunanladdiad yn Llundain"}');

    // The switch, by keyboard: the page's own words in Welsh, the language in the address.
    const toWelsh = page.doc.querySelector<HTMLAnchorElement>('a.language-switch[hreflang="cy"]')!;
    expect(toWelsh.textContent).to.equal('Cymraeg');
    toWelsh.focus();
    toWelsh.click();
    expect(page.doc.documentElement.lang).to.equal('cy');
    expect(page.win.location.search).to.equal('?lang=cy');
    expect(page.doc.activeElement!.textContent).to.equal('English');
    expect(box.labels[0]!.textContent).to.equal('HTML i’w ludo');
    expect(page.doc.getElementById('copy')!.textContent).to.equal('Copïo');
    expect(page.doc.querySelector('h1')!.textContent).to.equal('Gwneud siart o’ch data');
    expect(page.doc.title).to.match(/^Gwneud siart/);
    expect((page!.doc.getElementById('ind-0-title-cy') as HTMLInputElement).labels![0]!.textContent).to.equal('Teitl, yn Gymraeg (dewisol)');
    expect(page.doc.getElementById('problems')!.textContent).to.include('Ni chafwyd hyd i broblemau.');
    expect(page.doc.getElementById('files-status')!.textContent).to.match(/^Darllenwyd 1 ffeil/);
    // The indicator list shows the Welsh title; the fallback table in the snippet is in Welsh.
    expect((page.doc.getElementById('indicator') as HTMLSelectElement).selectedOptions[0]!.textContent).to.equal('Cyfradd hunanladdiad (41001)');
    expect(box.value).to.include('<caption>Cyfradd hunanladdiad: ');
    // The frameworks to start from are named in Welsh.
    const frameworks = [...(page.doc.getElementById('framework') as HTMLSelectElement).options].map((o) => o.textContent!);
    expect(frameworks).to.include.members(['Dim un', 'Fframwaith Canlyniadau Llesiant Walsall', 'Dull Swydd Durham o Ymdrin â Llesiant', 'SYG: deg parth lles cenedlaethol']);
    expect(englishWordsIn(frameworks.join(' '))).to.deep.equal([]);
    // No word of the English catalogue is left in the page's own text (the data, the file's names and the spec aside).
    const main = page.doc.querySelector('main')!.cloneNode(true) as HTMLElement;
    for (const data of main.querySelectorAll('textarea, select, #preview, #indicator-editor legend, #files-status, option')) data.remove();
    // "ONS Explore Local Statistics" is the name of the ONS's service, which has no Welsh name.
    expect(englishWordsIn(main.textContent!.replace('ONS Explore Local Statistics', ''))).to.deep.equal([]);

    // The preview draws the trend in Welsh, with its Welsh title.
    const trend = await until('the preview', () => page!.doc.querySelector('#preview indicator-trend'));
    await settled(page);
    expect(trend.shadowRoot!.textContent).to.include('Cyfradd hunanladdiad');
    expect(page.errors).to.deep.equal([]);
    expect(await seriousAxeFindings(page)).to.deep.equal([]);

    // And back.
    (page.doc.activeElement as HTMLAnchorElement).click();
    expect(page.doc.documentElement.lang).to.equal('en');
    expect(box.labels[0]!.textContent).to.equal('HTML to paste');
  });

  it('a Welsh StatsWales view: its names stay in the Welsh title box when the author edits them', async () => {
    page = await openExample('builder.html');
    await chooseFile(page, '/data/raw/wales/statswales_HLTH1250_view_cy.csv', 'view_cy.csv');
    await until('the snippet', () => snippetBox(page!).value);
    const welshBox = () =>
      [...page!.doc.querySelectorAll<HTMLInputElement>('input[id$="-title-cy"]')].find((input) => input.value.startsWith('Nifer y cysylltiadau: Ymwelwyr iechyd'));
    const welsh = present(welshBox(), "the Welsh title box of the health visitors' indicator");
    const englishId = welsh.id.replace(/-cy$/, '');
    expect((page.doc.getElementById(englishId) as HTMLInputElement).value).to.equal('');
    // An edit of the Welsh name (the editor is drawn again) leaves the English box to the author.
    welsh.value = 'Nifer y cysylltiadau gan ymwelwyr iechyd';
    welsh.dispatchEvent(new (page.win as unknown as typeof globalThis).Event('change'));
    expect((page.doc.getElementById(englishId) as HTMLInputElement).value).to.equal('');
    expect((page.doc.getElementById(welsh.id) as HTMLInputElement).value).to.equal('Nifer y cysylltiadau gan ymwelwyr iechyd');
    expect(page.errors).to.deep.equal([]);
  });

  it('reflows at 320 px with a file chosen', async () => {
    page = await openExample('builder.html', { width: 320, height: 640 });
    await chooseFile(page, '/data/raw/fingertips/variant_underscored_suicide_london.csv', 'suicide_london.csv');
    await until('the snippet', () => snippetBox(page!).value);
    await settled(page);
    expect(scrollsSideways(page)).to.equal(false);
  });

  it('a snippet taken from it, pasted into an empty page that loads the library, draws; with JavaScript off it shows its table', async () => {
    page = await openExample('builder.html');
    const url = page.doc.getElementById('library-url') as HTMLInputElement;
    url.value = '/dist/wellbeing-widgets.js';
    url.dispatchEvent(new (page.win as unknown as typeof globalThis).Event('input'));
    await chooseFile(page, '/data/raw/fingertips/variant_underscored_suicide_london.csv', 'suicide_london.csv');
    const snippet = await until('the snippet', () => snippetBox(page!).value);
    expect(snippet).to.match(/^<script type="module" src="\/dist\/wellbeing-widgets.js"><\/script>/);
    const path = await pasteAndDraw(snippet, 'indicator-trend', (_trend, doc) => {
      const table = doc.querySelector('indicator-trend > table')!;
      expect(table.getClientRects().length, 'the fallback table is hidden once drawn').to.equal(0);
    });
    const off = await openWithoutJavaScript(path);
    expect(off.scriptsRan).to.equal(false);
    expect(off.text).to.include('Suicide rate: London region and England');
    expect(off.text).not.to.include('"version"');

    // Given where the file will be, the snippet reads it from there (format as the contract says), and still draws and has its table.
    const address = page.doc.getElementById('file-url-0') as HTMLInputElement;
    expect(address.labels![0]!.textContent).to.equal('Address of suicide_london.csv on your website');
    address.value = '/data/raw/fingertips/variant_underscored_suicide_london.csv';
    address.dispatchEvent(new (page.win as unknown as typeof globalThis).Event('input'));
    const hosted = snippetBox(page).value;
    expect(hosted).to.include('{"url":"/data/raw/fingertips/variant_underscored_suicide_london.csv","format":"fingertips-csv"}');
    expect(hosted).not.to.include('"value":');
    expect(page.doc.getElementById('problems')!.textContent).to.include('No problems found.');
    const hostedPath = await pasteAndDraw(hosted, 'indicator-trend', (trend) => {
      // The element's own table has the file's value for London, 2015 to 2017, as the fallback table did.
      expect(trend.shadowRoot!.textContent).to.include('13.142');
    });
    const hostedOff = await openWithoutJavaScript(hostedPath);
    expect(hostedOff.text).to.include('Suicide rate: London region and England');
    expect(await seriousAxeFindings(page)).to.deep.equal([]);
  });
});
