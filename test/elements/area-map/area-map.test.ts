import { expect, fixture } from '@open-wc/testing';
import { a11ySnapshot, sendKeys } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../../src/elements/area-map/area-map.js';
import type { AreaMap } from '../../../src/elements/area-map/area-map.js';
import { mapStatusLetter, type MapStatus } from '../../../src/elements/area-map/map-model.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { withForcedColors } from '../../commands.js';
import { contrast, eventWithin, exampleSpec, fixtureError, shadow, textOf } from '../../helpers.js';

// Real data: ONS boundaries of English and Welsh councils and ONS Explore Local Statistics values
// (examples/data; built by scripts/build-map-data.mjs, sources in data/SOURCES.md).
const BOUNDARIES = '/examples/data/boundaries/ltla-england-wales.topo.json';
const CARDIFF = 'W06000015';

async function mount(template: TemplateResult, width = 700): Promise<AreaMap> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const ready = eventWithin(container, 'wellbeing-ready', 15000);
  await fixture(html`<div>${template}</div>`, { parentNode: container });
  await ready;
  const map = container.querySelector('area-map')!;
  await map.updateComplete;
  return map;
}

const $ = <T extends Element = Element>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = Element>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const areas = (el: Element) => $$<SVGPathElement>(el, 'path.area');
const area = (el: Element, code: string) => areas(el).find((p) => p.dataset['code'] === code)!;
const focusedCode = (el: Element) => (shadow(el).activeElement as SVGPathElement | null)?.dataset?.['code'];
const nameOf = (el: Element, code: string) => area(el, code).getAttribute('aria-label')!.split(':')[0];

let wales: SpecInput;
let englandWales: SpecInput;
before(async () => {
  wales = await exampleSpec('map-wales-wellbeing.json');
  englandWales = await exampleSpec('map-england-wales.json');
});

const walesMap = (extra: Partial<Record<'selected' | 'period', string>> = {}, width = 700) =>
  mount(
    html`<area-map .spec=${wales} indicator="life-satisfaction" within="W92000004" boundaries=${BOUNDARIES} selected=${extra.selected ?? ''}
      period=${extra.period ?? ''}></area-map>`,
    width,
  );

describe('<area-map>', function () {
  this.timeout(30000);

  it('draws every lower-tier council of England and Wales, each with its status as colour, texture and (where there is room) a letter', async () => {
    const el = await mount(
      html`<area-map .spec=${englandWales} indicator="employment-rate" boundaries=${BOUNDARIES} layer="ltla"></area-map>`,
      900,
    );
    const councils = (englandWales.areas ?? []).filter((a) => a.type === 'lower-tier-authority');
    expect(areas(el)).to.have.length(councils.length);
    const rows = $$(el, 'tbody tr');
    expect(rows).to.have.length(councils.length);
    // The map and the table agree area by area.
    const tableStatus = new Map(rows.map((r) => [r.getAttribute('data-code'), textOf(r.querySelector('.chip'))]));
    for (const path of areas(el)) {
      const status = path.dataset['status'] as MapStatus;
      expect(path.getAttribute('fill')).to.equal(`url(#texture-${status})`);
      expect(tableStatus.get(path.dataset['code']!)).to.equal(mapStatusLetter[status]);
    }
    // Hatched and named as having no data.
    const noData = areas(el).filter((p) => p.dataset['status'] === 'no-data');
    expect(noData.length).to.be.greaterThan(0);
    for (const p of noData) expect(p.getAttribute('aria-label')).to.match(/: no data$/);
    expect($(el, '#texture-no-data path.texture')).to.exist;
    // Letters on the big areas only, each its area's status letter.
    const letters = $$(el, 'text.letter');
    expect(letters.length).to.be.within(10, councils.length - 1);
    for (const t of letters) expect(Object.values(mapStatusLetter)).to.include(textOf(t));
    expect(textOf($(el, '[part="summary"]'))).to.match(/^Of \d+ areas, \d+ are better than England and Wales, \d+ similar, \d+ worse and \d+ with no data\. The highest is .+ \(\d+\.\d%\) and the lowest is .+ \(\d+\.\d%\)\.$/);
    expect(textOf($(el, '[part="attribution"]'))).to.contain('Contains OS data © Crown copyright and database right 2025');
    expect(textOf($(el, '[part="attribution"]'))).to.contain('Contains National Statistics data © Crown copyright and database right 2025');
  });

  it('the table is sorted by value, highest first, with the same words as the map', async () => {
    const el = await walesMap();
    const values = $$(el, 'tbody tr td:nth-of-type(3)').map((td) => Number(textOf(td)));
    expect(values).to.have.length(22);
    expect(values).to.deep.equal([...values].sort((a, b) => b - a));
    for (const row of $$(el, 'tbody tr')) {
      const cell = row.querySelector('td:last-child')!;
      const letter = textOf(cell.querySelector('.chip'));
      const words = textOf(cell).slice(letter.length).trim();
      const path = area(el, row.getAttribute('data-code')!);
      expect(mapStatusLetter[path.dataset['status'] as MapStatus]).to.equal(letter);
      expect(path.getAttribute('aria-label')!.toLowerCase()).to.match(new RegExp(`, ${words.toLowerCase()}$`));
    }
  });

  it('keyboard: one Tab stop, arrows to the neighbour that way, Home/End, Enter chooses and fires wellbeing-select', async () => {
    const el = await walesMap();
    const before = document.createElement('button');
    before.textContent = 'Before';
    el.parentElement!.before(before);
    before.focus();
    // Tab goes to the search box, then the map (one stop), then out to the next control.
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    expect(focusedCode(el)).to.equal('W06000019'); // Blaenau Gwent, first alphabetically
    expect(areas(el).filter((p) => p.tabIndex === 0)).to.have.length(1);
    await sendKeys({ press: 'End' });
    expect(nameOf(el, focusedCode(el)!)).to.equal('Wrexham');
    await sendKeys({ press: 'Home' });
    // From Blaenau Gwent: right is Monmouthshire, down (south) Caerphilly's neighbour... read it from the names.
    await sendKeys({ press: 'ArrowRight' });
    expect(nameOf(el, focusedCode(el)!)).to.equal('Monmouthshire');
    await sendKeys({ press: 'ArrowUp' });
    expect(nameOf(el, focusedCode(el)!)).to.equal('Powys');
    // Positions agree with the keys: up went north.
    const selected = eventWithin(el, 'wellbeing-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as CustomEvent;
    expect(event.detail).to.deep.equal({ area: 'W06000023' });
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('W06000023');
    expect(area(el, 'W06000023').getAttribute('aria-current')).to.equal('true');
    expect(area(el, 'W06000023').getAttribute('aria-label')).to.match(/^Powys: .* \(chosen\)$/);
    expect($(el, '.selected-outline')!.getAttribute('d')).to.equal(area(el, 'W06000023').getAttribute('d'));
    // Space chooses too.
    await sendKeys({ press: 'ArrowDown' });
    const again = eventWithin(el, 'wellbeing-select');
    await sendKeys({ press: ' ' });
    expect(((await again) as CustomEvent).detail.area).to.equal(focusedCode(el));
    // Tab leaves the map in one step.
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.tagName).not.to.equal('path');
  });

  it('the search box moves focus to an area by name (accents and case ignored), and says when none or many match', async () => {
    const el = await walesMap();
    const input = $<HTMLInputElement>(el, '#search')!;
    input.focus();
    await sendKeys({ type: 'vále OF glamorgan' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(nameOf(el, focusedCode(el)!)).to.equal('Vale of Glamorgan');
    expect(textOf($(el, '.search-status'))).to.equal('Vale of Glamorgan is now focused on the map.');
    // Part of a name that only one area has.
    input.focus();
    input.value = 'rhondda';
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(nameOf(el, focusedCode(el)!)).to.equal('Rhondda Cynon Taf');
    input.focus();
    input.value = 'Atlantis';
    $<HTMLButtonElement>(el, '.search button')!.click();
    await el.updateComplete;
    expect(textOf($(el, '.search-status'))).to.equal('No area on this map is called “Atlantis”.');
    input.value = 'shire';
    $<HTMLButtonElement>(el, '.search button')!.click();
    await el.updateComplete;
    expect(textOf($(el, '.search-status'))).to.match(/^More than one area matches “shire”: .*Monmouthshire/);
  });

  it('the accessibility tree: a group named by the title, each area a button named with its value and comparison', async () => {
    const el = await walesMap({ selected: CARDIFF });
    const holder = el.parentElement!;
    holder.id = 'map-under-test';
    holder.setAttribute('role', 'region');
    holder.setAttribute('aria-label', 'Map under test');
    interface AXNode {
      role: string;
      name?: string;
      children?: AXNode[];
    }
    const flat = (n: AXNode): AXNode[] => [n, ...(n.children ?? []).flatMap(flat)];
    const nodes = flat((await a11ySnapshot({ selector: '#map-under-test' })) as unknown as AXNode);
    const buttons = nodes.filter((n) => n.role === 'button' && /^[A-Z].*: /.test(n.name ?? ''));
    expect(buttons).to.have.length(22);
    const cardiff = buttons.find((b) => b.name!.startsWith('Cardiff'))!;
    expect(cardiff.name).to.match(/^Cardiff: \d\.\d\d, (better than|similar to|worse than) Wales \(chosen\)$/);
    const texts = nodes.map((n) => n.name ?? '');
    expect(texts.some((t) => t.startsWith('Of 22 areas in Wales, '))).to.equal(true);
    // Letters drawn on the map are not read a second time.
    expect(texts.filter((t) => t === 'S' || t === 'B' || t === 'W')).to.deep.equal([]);
  });

  it('passes axe, drawn and with the table open', async () => {
    const el = await walesMap({ selected: CARDIFF });
    await expect(el).to.be.accessible();
    $<HTMLElement>(el, 'details.data > summary')!.click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('fits 320 px without scrolling sideways', async () => {
    const el = await walesMap({}, 320);
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.scrollWidth).to.be.at.most(320);
    expect($(el, 'svg.map')!.getBoundingClientRect().width).to.be.at.most(320);
    $<HTMLElement>(el, 'details.data > summary')!.click();
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
  });

  it('an older period draws the boundaries of its year', async () => {
    const el = await mount(
      html`<area-map .spec=${englandWales} indicator="employment-rate" period="2017" within="E12000009" boundaries=${BOUNDARIES}></area-map>`,
    );
    // ONS gives Dorset's 2017 figures for the 2019 councils: they are drawn with their nearest outline.
    expect(areas(el).map((p) => p.dataset['code'])).to.include('E06000059');
    expect(textOf($(el, '[part="title"]'))).to.equal('Employment rate (people aged 16 to 64), 2017: areas in South West');
  });

  describe('errors', () => {
    it('a boundaries URL that answers 404: says so, with the URL', async () => {
      const { el, detail } = await fixtureError<AreaMap>(html`<area-map .spec=${wales} boundaries="/__fixtures/status/404"></area-map>`);
      expect(detail.message).to.contain("The map's boundaries could not be loaded.");
      expect(detail.message).to.contain('404');
      expect(detail.message).to.contain('/__fixtures/status/404');
      expect(textOf($(el, '[role="alert"]'))).to.contain('404');
    });

    it('a layer that is not in the file: lists the layers it has; fixing the attribute draws', async () => {
      const { el, detail } = await fixtureError<AreaMap>(html`<area-map .spec=${wales} within="W92000004" boundaries=${BOUNDARIES} layer="wards"></area-map>`);
      expect(detail.message).to.equal(`layer="wards" is not a layer of ${BOUNDARIES} (its layers: ltla).`);
      const ready = eventWithin(el, 'wellbeing-ready');
      el.layer = 'ltla';
      await ready;
      expect(areas(el)).to.have.length(22);
    });

    it('no boundaries attribute, a spec file instead of boundaries, an unknown selected area', async () => {
      let failed = await fixtureError<AreaMap>(html`<area-map .spec=${wales}></area-map>`);
      expect(failed.detail.message).to.contain('set boundaries="…"');
      failed = await fixtureError<AreaMap>(html`<area-map .spec=${wales} boundaries="/examples/data/map-wales-wellbeing.json"></area-map>`);
      expect(failed.detail.message).to.contain('is not a boundary file');
      failed = await fixtureError<AreaMap>(html`<area-map .spec=${wales} within="W92000004" boundaries=${BOUNDARIES} selected="E06000001"></area-map>`);
      expect(failed.detail.message).to.equal('selected="E06000001" is not one of the areas on this map.');
    });
  });

  it('an indicator compared by quintiles: each council drawn in its fifth, with a texture, and the key and table in the same words', async () => {
    const el = await mount(
      html`<area-map .spec=${englandWales} indicator="household-income" period="2022" boundaries=${BOUNDARIES} layer="ltla"></area-map>`,
      900,
    );
    const drawn = new Set(areas(el).map((p) => p.dataset['status']));
    expect(drawn).to.deep.equal(new Set(['quintile-lowest', 'quintile-low', 'quintile-middle', 'quintile-high', 'quintile-highest']));
    // Each fifth has its own texture tile, so no two fifths differ by colour alone (the middle one is plain).
    for (const status of ['quintile-lowest', 'quintile-low', 'quintile-high', 'quintile-highest']) {
      expect($(el, `#texture-${status} .texture, #texture-${status} .dot`), status).to.not.equal(null);
    }
    const key = $$(el, '[data-status]').filter((e) => e.tagName === 'LI').map((li) => textOf(li));
    expect(key.some((t) => t.includes('In the highest fifth'))).to.equal(true);
    const richest = [...(englandWales.data as Array<{ indicator: string; area: string; period: string; value: number | null }>)]
      .filter((r) => r.indicator === 'household-income' && r.period === '2022-01-01/P1Y' && r.value !== null)
      .filter((r) => (englandWales.areas ?? []).some((a) => a.code === r.area && a.type === 'lower-tier-authority'))
      .sort((a, b) => b.value! - a.value!)[0]!;
    expect(area(el, richest.area).getAttribute('aria-label')).to.match(/, in the highest fifth$/);
  });

  it('forced colours (Windows High Contrast): areas on Canvas, textures and letters in CanvasText, the chosen area outlined; axe passes', async () => {
    const el = await walesMap({ selected: CARDIFF });
    await withForcedColors(async ({ canvas, canvasText }) => {
      const backgrounds = $$(el, '.pattern-bg');
      expect(backgrounds.length).to.be.greaterThan(0);
      for (const bg of backgrounds) expect(getComputedStyle(bg).fill).to.equal(canvas);
      const inks = $$(el, '.texture, .dot');
      expect(inks.length).to.be.greaterThan(0);
      for (const ink of inks) expect(getComputedStyle(ink).stroke).to.equal(canvasText);
      const letters = $$(el, 'text.letter');
      expect(letters.length).to.be.greaterThan(0);
      for (const letter of letters) expect(getComputedStyle(letter).fill).to.equal(canvasText);
      expect(getComputedStyle($(el, '.selected-outline')!).stroke).to.equal(canvasText);
      await expect(el).to.be.accessible();
    });
  });

  it("its buttons' edges have 3:1 against the background (WCAG 1.4.11)", async () => {
    const el = await walesMap();
    const buttons = $$(el, 'button, .wb-downloads > summary');
    expect(buttons.length).to.be.greaterThan(1);
    let checked = 0;
    for (const button of buttons) {
      const style = getComputedStyle(button);
      if (style.borderTopStyle === 'none' || Number.parseFloat(style.borderTopWidth) === 0) continue;
      expect(contrast(style.borderTopColor, getComputedStyle(el).backgroundColor), `${button.className || button.textContent} border`).to.be.at.least(3);
      checked++;
    }
    expect(checked, 'buttons with an edge').to.be.greaterThan(0);
  });

  it('downloads the table as CSV, and the map as SVG and PNG', async () => {
    const el = await walesMap();
    const files: { format: string; filename: string; blob: Blob }[] = [];
    el.addEventListener('wellbeing-download', (e) => {
      e.preventDefault();
      files.push((e as CustomEvent).detail);
    });
    for (const format of ['csv', 'svg', 'png']) {
      $<HTMLButtonElement>(el, `button[data-format="${format}"]`)!.click();
      await new Promise((r) => setTimeout(r, 50));
    }
    expect(files.map((f) => f.filename)).to.deep.equal(['life-satisfaction-2022-23-W92000004-map.csv', 'life-satisfaction-2022-23-W92000004-map.svg', 'life-satisfaction-2022-23-W92000004-map.png']);
    const csv = await files[0]!.blob.text();
    expect(csv.split('\r\n')[0]).to.equal('area_code,area_name,indicator,period,value,lower_95,upper_95,benchmark,comparison');
    expect(csv.split('\r\n').filter(Boolean)).to.have.length(23);
    const svgText = await files[1]!.blob.text();
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).to.equal(null);
    expect(doc.querySelectorAll('path[fill^="url(#p-"]')).to.have.length(22);
    expect(doc.querySelector('title')!.textContent).to.equal('Life satisfaction (mean score, 0 to 10), 2022/23: areas in Wales');
    expect(svgText).to.contain('Contains OS data');
    // Colours a file viewer can read: sRGB hex, never the page's oklch() or color() (many viewers know neither).
    expect(svgText).not.to.match(/oklch\(|color\(|var\(/);
    const colours = [...svgText.matchAll(/(?:fill|stroke)="([^"]+)"/g)].map((m) => m[1]!);
    expect(colours.length).to.be.greaterThan(22);
    for (const c of colours) expect(c).to.match(/^(#[0-9a-f]{6}|url\(#[\w-]+\)|none)$/);
    const png = new Uint8Array(await files[2]!.blob.arrayBuffer());
    expect([...png.slice(1, 4)].map((c) => String.fromCharCode(c)).join('')).to.equal('PNG');
  });
});
