/**
 * The linked map page: choosing a Welsh council on the map (with real key presses) points the trend
 * and the wheel at it (examples/map-linked.js, a same-origin file: the page has no inline script).
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { nextReady, openExample, present, settled, shadowText, type ExamplePage } from './example-page.js';

describe('map-linked.html (Welsh councils)', function () {
  this.timeout(60000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it('choosing Powys on the map with the keyboard shows its trend and its wheel', async () => {
    page = await openExample('map-linked.html');
    await settled(page);
    const map = page.doc.getElementById('map')!;
    const trend = page.doc.getElementById('trend')!;
    const wheel = page.doc.getElementById('wheel')!;
    expect(shadowText(trend)).to.include('Cardiff');
    page.win.focus();
    const tabStop = present(map.shadowRoot!.querySelector<SVGElement>('path.area[tabindex="0"]'), 'the map’s Tab stop');
    tabStop.focus();
    // Cardiff is chosen to begin with; north of it (up) lies Rhondda Cynon Taf or Caerphilly, then Powys.
    const focusedName = () => map.shadowRoot!.activeElement?.getAttribute('aria-label') ?? '';
    expect(focusedName()).to.match(/^Cardiff: /);
    for (let i = 0; i < 4 && !/^Powys: /.test(focusedName()); i++) await sendKeys({ press: 'ArrowUp' });
    expect(focusedName()).to.match(/^Powys: /);
    const trendRedrawn = nextReady(page, trend);
    const wheelRedrawn = nextReady(page, wheel);
    await sendKeys({ press: 'Enter' });
    await Promise.all([trendRedrawn, wheelRedrawn]);
    expect(page.selections.at(-1)?.detail).to.deep.equal({ area: 'W06000023' });
    expect(trend.getAttribute('area')).to.equal('W06000023');
    expect(wheel.getAttribute('area')).to.equal('W06000023');
    expect(shadowText(trend)).to.include('Powys');
    expect(shadowText(wheel)).to.include('Powys');
    expect(page.doc.getElementById('chosen-status')!.textContent).to.equal('The trend and the wheel below now show Powys.');
    expect(map.getAttribute('selected')).to.equal('W06000023');
  });

  it('the measure chosen above the map changes the map and the trend', async () => {
    page = await openExample('map-linked.html');
    await settled(page);
    const map = page.doc.getElementById('map')!;
    const trend = page.doc.getElementById('trend')!;
    const select = page.doc.getElementById('measure') as HTMLSelectElement;
    const mapRedrawn = nextReady(page, map);
    select.value = 'anxiety';
    select.dispatchEvent(new Event('change'));
    await mapRedrawn;
    expect(shadowText(map)).to.include('Anxiety yesterday');
    expect(trend.getAttribute('indicator')).to.equal('anxiety');
  });
});
