/**
 * <inequality-gap> in the browser, with the real Fingertips data of examples/data (see gap-fixtures.ts):
 * what is drawn, what a screen reader gets, what the keyboard does, the errors, axe, narrow screens,
 * downloads and leaks.
 */
import { expect, html } from '@open-wc/testing';
import { emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/inequality-gap/inequality-gap.js';
import type { InequalityGap } from '../../../src/elements/inequality-gap/inequality-gap.js';
import { liveViewCount } from '../../../src/render/vega.js';
import { withForcedColors } from '../../commands.js';
import { eventWithin, fixtureError, fixtureReady, shadow, textOf } from '../../helpers.js';
import {
  COUNTY_DURHAM,
  deprivation,
  deprivationWithOverall,
  deprivationWithoutPopulations,
  employmentGapSpec,
  lifeExpectancy,
  lifeExpectancyOneGroupLatest,
  rowsOf,
} from './gap-fixtures.js';

const $ = (el: Element, selector: string) => shadow(el).querySelector(selector);

// Plain containers made by hand: open-wc's fixture() waits an animation frame for non-Lit elements,
// which never comes in a background tab when test files run side by side.
const holders: HTMLElement[] = [];
function holder(width?: string): HTMLDivElement {
  const div = document.createElement('div');
  if (width) div.style.width = width;
  document.body.append(div);
  holders.push(div);
  return div;
}
afterEach(() => holders.splice(0).forEach((h) => h.remove()));

/** Waits until a condition holds (Vega redraws a frame after a signal changes). */
async function waitFor(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)];
const summaryOf = (el: Element) => textOf($(el, '.summary'));
const tooltipOf = (el: Element) => $(el, '.wb-tooltip') as HTMLElement;
const liveRegionOf = (el: Element) => textOf($(el, '[aria-live="polite"]'));

async function focusChart(el: InequalityGap): Promise<HTMLElement> {
  const chart = $(el, '.chart') as HTMLElement;
  chart.focus();
  expect(shadow(el).activeElement).to.equal(chart);
  return chart;
}

describe('<inequality-gap> groups view', () => {
  it('draws one mark per decile with whiskers and the fitted SII line, named for screen readers', async () => {
    const spec = await deprivation();
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${spec} indicator="alcohol-related-mortality" area="E92000001"></inequality-gap>`);
    // The focusable chart is named and described by the element; Vega's SVG is hidden from assistive technology.
    const chart = $(el, '.chart')!;
    expect(chart.getAttribute('aria-label')).to.equal('Alcohol-related mortality by group, England, 2023');
    const described = chart.getAttribute('aria-describedby')!.split(' ').map((id) => textOf(shadow(el).getElementById(id)));
    expect(described[0]).to.equal('Dot chart, with Deprivation decile (1 = most deprived) along the bottom and per 100,000 up the side.');
    expect(described[1]).to.equal(summaryOf(el));
    expect($(el, '.chart > .vega')!.getAttribute('aria-hidden')).to.equal('true');
    expect($$(el, '.mark-symbol path')).to.have.length(10);
    // Ten whiskers (the overall-value rule is absent: the export has no England value).
    expect($$(el, '.mark-rule.role-mark line')).to.have.length(10);
    expect($$(el, '.mark-line path')).to.have.length(1);
    expect(textOf($(el, 'figcaption'))).to.equal('Alcohol-related mortality England, 2023 · Gap between groups');
    expect(summaryOf(el)).to.match(
      /^In England in 2023, the value was 51\.3 per 100,000 in the most deprived tenth and 30\.0 per 100,000 in the least deprived tenth: a gap of 21\.2 per 100,000\. The slope index of inequality was -22\.5 per 100,000 \(95% limits -\d\d\.\d to -\d\d\.\d\)\./,
    );
    const figures = $$(el, '.figures dt').map((dt) => `${textOf(dt)}: ${textOf(dt.nextElementSibling)}`);
    expect(figures[0]).to.equal('Gap (the most deprived tenth minus the least deprived tenth): 21.2 per 100,000');
    expect(figures[1]).to.equal('Ratio (the most deprived tenth divided by the least deprived tenth): 1.71');
    expect(figures[3]).to.match(/^Relative index of inequality \(RII\): 0\.57 \(95% limits 0\.\d\d to 0\.\d\d\)$/);
    // Reflected attributes (SPEC-v1).
    expect(el.getAttribute('indicator')).to.equal('alcohol-related-mortality');
  });

  it('has a data table with the same numbers, behind a disclosure a keyboard can open', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const details = $(el, 'details.table-details') as HTMLDetailsElement;
    expect(details.open).to.equal(false);
    const summary = details.querySelector('summary')!;
    summary.focus();
    await sendKeys({ press: 'Enter' });
    expect(details.open).to.equal(true);
    expect(textOf(details.querySelector('caption'))).to.equal('Alcohol-related mortality, England, 2023: the data');
    const rows = [...details.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => textOf(c)));
    expect(rows).to.have.length(10);
    expect(rows[0]!.slice(0, 5)).to.deep.equal(['Most deprived decile', '51.3', '49.6', '53.0', '7,919,358']);
    expect(rows[9]!.slice(0, 2)).to.deep.equal(['Least deprived decile', '30.0']);
    expect(details.querySelectorAll('tbody th[scope="row"]')).to.have.length(10);
  });

  it('a keyboard move lays nothing out to size the chart box again (each key read the box width, a layout of the page)', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const container = $(el, '.chart > .vega') as HTMLElement;
    const height = getComputedStyle($(el, 'figure')!).getPropertyValue('--_gap-chart-height');
    let widthReads = 0;
    const clientWidth = Object.getOwnPropertyDescriptor(Element.prototype, 'clientWidth')!;
    Object.defineProperty(container, 'clientWidth', {
      configurable: true,
      get() {
        widthReads++;
        return clientWidth.get!.call(this);
      },
    });
    try {
      await focusChart(el);
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      // (Focus may resize the chart box once: the resize observer reads the width then, laid out already.)
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      widthReads = 0;
      for (const key of ['ArrowRight', 'ArrowRight', 'End']) {
        await sendKeys({ press: key });
        await el.updateComplete;
      }
      expect(liveRegionOf(el)).to.match(/^Least deprived decile/);
      expect(widthReads).to.equal(0);
      expect(getComputedStyle($(el, 'figure')!).getPropertyValue('--_gap-chart-height')).to.equal(height);
    } finally {
      delete (container as { clientWidth?: number }).clientWidth;
    }
  });

  it('moves between groups with the arrow keys, showing a tooltip and saying it in a live region', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const chart = await focusChart(el);
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(tooltipOf(el).hidden).to.equal(false);
    expect(textOf(tooltipOf(el))).to.contain('Most deprived decile');
    expect(textOf(tooltipOf(el))).to.contain('Value: 51.3 per 100,000');
    expect(liveRegionOf(el)).to.match(/^Most deprived decile; Value: 51\.3 per 100,000; 95% limits 49\.6 to 53\.0; Population: 7,919,358/);
    // The tooltip sits over the first mark (left of the chart), inside the shadow root.
    const first = tooltipOf(el).getBoundingClientRect().left;
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(textOf(tooltipOf(el))).to.contain('Second most deprived decile');
    await sendKeys({ press: 'End' });
    await el.updateComplete;
    expect(textOf(tooltipOf(el))).to.contain('Least deprived decile');
    expect(tooltipOf(el).getBoundingClientRect().left).to.be.greaterThan(first);
    await sendKeys({ press: 'ArrowRight' }); // stays on the last
    await el.updateComplete;
    expect(textOf(tooltipOf(el))).to.contain('Least deprived decile');
    await sendKeys({ press: 'Home' });
    await el.updateComplete;
    expect(textOf(tooltipOf(el))).to.contain('Most deprived decile');
    // The focused mark is drawn larger (a circle's path starts at its radius: "M4.472,0A…").
    const radii = () => $$(el, '.mark-symbol path').map((p) => Number(/^M([\d.]+),0/.exec(p.getAttribute('d')!)![1]));
    await waitFor(() => radii()[0]! > 6);
    expect(radii().slice(1).every((r) => r < 5)).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(tooltipOf(el).hidden).to.equal(true);
    expect(shadow(el).activeElement, 'Escape leaves focus on the chart').to.equal(chart);
    await waitFor(() => radii()[0]! < 5);
    expect(document.querySelector('.wb-tooltip')).to.equal(null); // never in document.body
  });

  it('shows a tooltip on hover and fires wellbeing-select on click', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const last = $$(el, '.mark-symbol path').at(-1)!.getBoundingClientRect();
    const position: [number, number] = [Math.round(last.x + last.width / 2), Math.round(last.y + last.height / 2)];
    await sendMouse({ type: 'move', position });
    await waitFor(() => !tooltipOf(el).hidden);
    expect(textOf(tooltipOf(el))).to.contain('Least deprived decile');
    const selected = eventWithin(el, 'wellbeing-select');
    await sendMouse({ type: 'click', position });
    expect(((await selected) as CustomEvent).detail).to.deep.equal({
      indicator: 'alcohol-related-mortality',
      area: 'E92000001',
      period: '2023',
      group: 'Least deprived decile',
    });
    await resetMouse();
  });

  it('fires wellbeing-select for the focused group on Enter', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    await focusChart(el);
    await sendKeys({ press: 'End' }); // the last group
    const selected = eventWithin(el, 'wellbeing-select');
    await sendKeys({ press: 'Enter' });
    const event = (await selected) as CustomEvent;
    expect(event.detail).to.deep.equal({ indicator: 'alcohol-related-mortality', area: 'E92000001', period: '2023', group: 'Least deprived decile' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('redraws for another period or group kind when the attribute changes', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const ready = eventWithin(el, 'wellbeing-ready');
    el.setAttribute('period', '2019');
    await ready;
    expect(summaryOf(el)).to.match(/^In England in 2019, the value was /);
    expect($(el, 'svg')!.getAttribute('aria-label')).to.equal('Alcohol-related mortality by group, England, 2019');
    const again = eventWithin(el, 'wellbeing-ready');
    el.indicator = 'emergency-readmissions';
    el.period = null;
    await again;
    expect($$(el, '.mark-symbol path')).to.have.length(5);
    expect(summaryOf(el)).to.contain('in the most deprived fifth');
  });

  it('colours groups by comparison with the overall value, with a letter and a key in words', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivationWithOverall()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const texts = $$(el, '.mark-text.role-mark text').map((t) => t.textContent);
    // The reference line is labelled on the chart; each group has its letter.
    expect(texts.filter((t) => t === 'England overall')).to.have.length(1);
    expect(texts.filter((t) => t !== 'England overall')).to.deep.equal(['W', 'W', 'W', 'W', 'S', 'B', 'B', 'B', 'B', 'B']);
    const key = $$(el, '.key li').map((li) => textOf(li));
    expect(key).to.include('Dotted line: England overall.');
    expect(key).to.include('W worse than England overall');
    expect(key).to.include('S similar to England overall');
    expect(key).to.include('B better than England overall');
    const cells = $$(el, 'tbody tr:first-child td').map((td) => textOf(td));
    expect(cells.at(-1)).to.equal('W worse');
    await expect(el).to.be.accessible();
  });

  it('says why there is no SII when the data have no populations, and still shows the gap', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivationWithoutPopulations()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const sii = $$(el, '.figures dt').find((dt) => textOf(dt) === 'Slope index of inequality (SII)')!;
    expect(textOf(sii.nextElementSibling)).to.match(/^not calculated: it needs each group's population \(the row's "denominator"\), and "Most deprived decile", /);
    expect($$(el, '.mark-line path')).to.have.length(0);
    expect(summaryOf(el)).to.contain('a gap of 21.2 per 100,000');
  });

  it('says the SII needs ordered groups for sexes, and draws them as rows (life expectancy, County Durham)', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await lifeExpectancy()} indicator="life-expectancy" area=${COUNTY_DURHAM}></inequality-gap>`);
    expect(summaryOf(el)).to.equal(
      'In County Durham in 2023 to 2025, the value was 81.7 years for Female and 78.0 years for Male: a gap of 3.7 years. Higher is better for this indicator: the value is better for Female.',
    );
    const sii = $$(el, '.figures dt').find((dt) => textOf(dt) === 'Slope index of inequality (SII)')!;
    expect(textOf(sii.nextElementSibling)).to.contain('it needs groups in order');
    const axisLabels = $$(el, '.role-axis-label text').map((t) => t.textContent);
    expect(axisLabels).to.include.members(['Female', 'Male']);
    // Two rows: the chart is as tall as what is drawn, with no empty space kept below it.
    const svg = $(el, '.chart svg')!.getBoundingClientRect();
    const box = $(el, '.chart')!.getBoundingClientRect();
    expect(svg.height, 'two rows drawn in less than the 200 px kept while loading').to.be.below(200);
    expect(Math.abs(box.height - svg.height), 'the chart sized to its drawing').to.be.below(2);
  });

  it('keeps text from the spec as text', async () => {
    const spec = await deprivation();
    rowsOf(spec).forEach((r) => {
      if (r.group?.order === 1) r.group.label = '<img src=x onerror="window.__gapInjected=1">Most deprived';
    });
    (spec.indicators as Array<{ id: string; source?: { name: string; url?: string } }>).find((i) => i.id === 'alcohol-related-mortality')!.source = {
      name: 'Evil source',
      url: 'javascript:alert(1)',
    };
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${spec} indicator="alcohol-related-mortality"></inequality-gap>`);
    expect(shadow(el).querySelector('img')).to.equal(null);
    expect(textOf($(el, 'tbody tr'))).to.contain('<img src=x');
    expect((window as { __gapInjected?: number }).__gapInjected).to.equal(undefined);
    expect(textOf($(el, '.source'))).to.equal('Source: Evil source');
    expect($(el, '.source a')).to.equal(null);
  });

  it('is accessible (axe), with the table open', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    ($(el, 'details.table-details') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });
});

describe('<inequality-gap> over-time view', () => {
  it('draws both series, shades the gap and writes it per period (life expectancy by sex, County Durham)', async () => {
    const el = await fixtureReady<InequalityGap>(
      html`<inequality-gap .spec=${await lifeExpectancy()} indicator="life-expectancy" area=${COUNTY_DURHAM} view="over-time"></inequality-gap>`,
    );
    expect($(el, 'svg')!.getAttribute('aria-label')).to.equal(
      'Life expectancy at birth, males and females: Female and Male over time, County Durham, with the gap between them shaded',
    );
    expect($$(el, '.mark-line path')).to.have.length(2);
    expect($$(el, '.mark-area path')).to.have.length(1);
    expect($$(el, '.mark-symbol.role-mark path')).to.have.length(18);
    const gaps = $$(el, '.mark-text.role-mark text').map((t) => t.textContent);
    expect(gaps).to.deep.equal(['3.1', '3.2', '3.5', '3.6', '3.6', '3.3', '3.6', '3.5', '3.7']);
    expect(summaryOf(el)).to.contain('From the first to the last period the gap widened by 0.6 years.');
    const legend = $$(el, '.role-legend-label text').map((t) => t.textContent);
    expect(legend).to.deep.equal(['Female', 'Male']);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => textOf(c)));
    expect(rows[8]).to.deep.equal(['2023 to 2025', '81.7', '78.0', '3.7']);
  });

  it('moves between periods with the keyboard', async () => {
    const el = await fixtureReady<InequalityGap>(
      html`<inequality-gap .spec=${await lifeExpectancy()} indicator="life-expectancy" area=${COUNTY_DURHAM} view="over-time" groups="Male,Female"></inequality-gap>`,
    );
    await focusChart(el);
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(liveRegionOf(el)).to.equal('2016 to 2018; Male: 78.2 years; Female: 81.4 years; Gap: -3.2 years');
    expect(textOf(tooltipOf(el))).to.equal('2016 to 2018Male: 78.2 yearsFemale: 81.4 yearsGap: -3.2 years');
    // Down moves to the other series in the same period: its value is said first.
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(liveRegionOf(el)).to.equal('2016 to 2018; Female: 81.4 years; Male: 78.2 years; Gap: -3.2 years');
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(liveRegionOf(el)).to.match(/^2017 to 2019; Female: /);
    await sendKeys({ press: 'ArrowUp' });
    await el.updateComplete;
    expect(liveRegionOf(el)).to.match(/^2017 to 2019; Male: /);
  });

  it('compares a group with the overall value (employment rate with a long-term condition, County Durham shape)', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${employmentGapSpec()} view="over-time" groups="Long-term condition,overall"></inequality-gap>`);
    expect(summaryOf(el)).to.contain('From the first to the last period the gap widened by 3.0 percentage points.');
    await expect(el).to.be.accessible();
  });

  it('chooses the over-time view by default when the latest period has one group', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await lifeExpectancyOneGroupLatest()} indicator="life-expectancy" area=${COUNTY_DURHAM}></inequality-gap>`);
    expect(textOf($(el, 'figcaption .subtitle'))).to.equal('County Durham · Gap over time');
    expect($$(el, '.mark-line path')).to.have.length(2);
  });

  it('is accessible (axe)', async () => {
    const el = await fixtureReady<InequalityGap>(
      html`<inequality-gap .spec=${await lifeExpectancy()} indicator="life-expectancy" area=${COUNTY_DURHAM} view="over-time"></inequality-gap>`,
    );
    ($(el, 'details.table-details') as HTMLDetailsElement).open = true;
    await expect(el).to.be.accessible();
  });
});

describe('<inequality-gap> errors', () => {
  it('names an unknown indicator, and a neighbour on the page keeps working', async () => {
    const spec = await deprivation();
    const page = holder();
    const good = document.createElement('inequality-gap') as InequalityGap;
    good.spec = spec;
    good.indicator = 'alcohol-related-mortality';
    const goodReady = eventWithin(good, 'wellbeing-ready');
    page.append(good);
    const { el, detail } = await fixtureError<InequalityGap>(html`<inequality-gap .spec=${spec} indicator="foo"></inequality-gap>`);
    expect(detail.message).to.match(/^indicator="foo" is not one of the indicators in the spec \("children-low-income", /);
    const alert = $(el, '[role="alert"]')!;
    expect(textOf(alert)).to.contain('indicator="foo" is not one of the indicators in the spec');
    await goodReady;
    expect($(good, 'svg')).not.to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('says a gap needs two groups when asked for groups with only one', async () => {
    const { el, detail } = await fixtureError<InequalityGap>(
      html`<inequality-gap .spec=${await lifeExpectancyOneGroupLatest()} indicator="life-expectancy" area=${COUNTY_DURHAM} view="groups"></inequality-gap>`,
    );
    expect(detail.message).to.contain('Only one group ("Female") has a value in County Durham in 2023 to 2025: a gap needs at least two groups.');
    expect(textOf($(el, '[role="alert"]'))).to.contain('a gap needs at least two groups');
  });

  it('names the groups attribute when a group is not in the data', async () => {
    const { detail } = await fixtureError<InequalityGap>(
      html`<inequality-gap .spec=${await lifeExpectancy()} indicator="life-expectancy" area=${COUNTY_DURHAM} view="over-time" groups="Female,Other"></inequality-gap>`,
    );
    expect(detail.message).to.equal('groups="Female,Other" names "Other", which is not one of the groups here ("Female" and "Male", or "overall").');
  });

  it('recovers when the attribute is corrected, without loading the spec again', async () => {
    const { el } = await fixtureError<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality" period="1999"></inequality-gap>`);
    expect($(el, '[role="alert"]')).not.to.equal(null);
    const ready = eventWithin(el, 'wellbeing-ready');
    el.setAttribute('period', '2020');
    await ready;
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(summaryOf(el)).to.match(/^In England in 2020,/);
    // And a second wrong value is an error again.
    const failed = eventWithin(el, 'wellbeing-error');
    el.setAttribute('indicator', 'nope');
    expect(((await failed) as CustomEvent<{ message: string }>).detail.message).to.match(/^indicator="nope" is not one of the indicators/);
  });

  it('shows a load error for a spec that does not parse, with the JSON path', async () => {
    const spec = await deprivation();
    (spec.data as Array<{ value: unknown }>)[3]!.value = 'high';
    const { el, detail } = await fixtureError<InequalityGap>(html`<inequality-gap .spec=${spec} indicator="alcohol-related-mortality"></inequality-gap>`);
    expect(detail.issues.map((i) => i.path)).to.include('data[3].value');
    // Changing an attribute does not hide a problem in the spec itself.
    el.setAttribute('period', '2020');
    await el.updateComplete;
    expect($(el, '[role="alert"]')).not.to.equal(null);
  });
});

describe('<inequality-gap> layout, media and memory', function () {
  this.timeout(20000);
  it('reflows in a 320 px container without scrolling sideways', async () => {
    const narrow = holder('320px');
    const el = document.createElement('inequality-gap') as InequalityGap;
    el.spec = await deprivation();
    el.indicator = 'alcohol-related-mortality';
    const ready = eventWithin(el, 'wellbeing-ready');
    narrow.append(el);
    await ready;
    expect(el.getBoundingClientRect().width).to.equal(320);
    expect(el.scrollWidth).to.be.at.most(320);
    const svg = $(el, 'svg')!;
    expect(svg.getBoundingClientRect().width).to.be.at.most(320);
    expect(Number(svg.getAttribute('width'))).to.be.at.most(320);
    const figure = $(el, 'figure')!;
    expect(figure.scrollWidth).to.be.at.most(320);
  });

  const kinds = [
    { kind: 'groups in order (ten deciles)', spec: deprivation, attributes: { indicator: 'alcohol-related-mortality', area: 'E92000001' } },
    { kind: 'groups in rows (two sexes)', spec: lifeExpectancy, attributes: { indicator: 'life-expectancy', area: COUNTY_DURHAM } },
    { kind: 'over time', spec: lifeExpectancy, attributes: { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' } },
  ];
  for (const fontSize of ['16px', '32px']) {
    for (const { kind, spec, attributes } of kinds) {
      it(`keeps the chart's place while it loads: drawing it moves nothing below (${kind}, text at ${fontSize})`, async () => {
        // The reader's text size (the browser's setting: the root's font size).
        document.documentElement.style.fontSize = fontSize;
        const page = holder('720px');
        const el = document.createElement('inequality-gap') as InequalityGap;
        for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
        const below = document.createElement('p');
        below.textContent = 'Below the chart';
        const ready = eventWithin(el, 'wellbeing-ready', 20000);
        el.spec = await spec();
        // Where the paragraph below is once the words are written, before the chart is drawn.
        let before: number | undefined;
        const watch = new MutationObserver(() => {
          if (before === undefined && $(el, '.chart > .vega') && !$(el, '.chart svg')) before = below.getBoundingClientRect().top;
        });
        page.append(el, below);
        watch.observe(shadow(el), { childList: true, subtree: true });
        try {
          await ready;
          watch.disconnect();
          expect(before, 'the words came before the chart').to.be.a('number');
          expect(below.getBoundingClientRect().top).to.equal(before);
          const svg = $(el, '.chart svg')!;
          expect(Number(svg.getAttribute('height')), 'the chart fills its box').to.equal(Math.floor($(el, '.chart > .vega')!.clientHeight));
        } finally {
          watch.disconnect();
          document.documentElement.style.fontSize = '';
        }
      });
    }
  }

  it('forced colours (Windows High Contrast): marks, fitted line, whiskers and letters take system colours; axe passes', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivationWithOverall()} indicator="alcohol-related-mortality"></inequality-gap>`);
    await withForcedColors(async ({ canvasText }) => {
      const symbols = [...shadow(el).querySelectorAll('.mark-symbol path')];
      expect(symbols.length).to.be.greaterThan(0);
      expect(new Set(symbols.map((p) => getComputedStyle(p).stroke))).to.deep.equal(new Set([canvasText]));
      expect(getComputedStyle($(el, '.mark-line path')!).stroke).to.equal(canvasText);
      expect(getComputedStyle($(el, '.mark-rule.role-mark line')!).stroke).to.equal(canvasText);
      expect(getComputedStyle($(el, '.mark-text.role-mark text')!).fill).to.equal(canvasText);
      await expect(el).to.be.accessible();
    });
  });

  it('has no transitions when reduced motion is asked for', async () => {
    await emulateMedia({ reducedMotion: 'reduce' });
    try {
      const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
      await focusChart(el);
      await sendKeys({ press: 'ArrowRight' });
      expect(getComputedStyle(tooltipOf(el)).transitionDuration).to.equal('0s');
      expect(getComputedStyle($(el, '.chart')!).animationName).to.equal('none');
    } finally {
      await emulateMedia({ reducedMotion: 'no-preference' });
    }
  });

  it('finalizes its chart when removed: 20 adds and removes leave no live Vega view', async function () {
    this.timeout(60000); // 20 charts: slow when the machine is shared
    const spec = await deprivation();
    const before = liveViewCount();
    const page = holder();
    for (let i = 0; i < 20; i++) {
      const el = document.createElement('inequality-gap') as InequalityGap;
      el.spec = spec;
      el.indicator = 'alcohol-related-mortality';
      const ready = eventWithin(el, 'wellbeing-ready');
      page.append(el);
      await ready;
      expect(liveViewCount()).to.equal(before + 1);
      el.remove();
    }
    expect(liveViewCount()).to.equal(before);
  });

  it('draws again when moved elsewhere on the page', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const before = liveViewCount();
    const elsewhere = holder();
    const ready = eventWithin(el, 'wellbeing-ready');
    elsewhere.append(el);
    await ready;
    expect(liveViewCount()).to.equal(before);
    expect($(el, 'svg')).not.to.equal(null);
  });
});

describe('<inequality-gap> downloads', function () {
  this.timeout(20000);
  it('offers the data as CSV with unrounded numbers and the SII', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const offered = eventWithin(el, 'wellbeing-download');
    el.addEventListener('wellbeing-download', (e) => e.preventDefault(), { once: true });
    ($(el, 'button[data-format="csv"]') as HTMLButtonElement).click();
    const event = (await offered) as CustomEvent<{ filename: string; blob: Blob }>;
    expect(event.detail.filename).to.equal('alcohol-related-mortality-E92000001-2023-gap.csv');
    const text = await event.detail.blob.text();
    const lines = text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).to.equal('indicator,area,area_name,period,group_type,group,order,value,lower,upper,population,fitted');
    expect(lines[1]).to.match(/^alcohol-related-mortality,E92000001,England,2023,deprivation-decile,Most deprived decile,1,51\.27809784,49\.56767047,53\.03224439,7919358,/);
    expect(text).to.contain('slope index of inequality,,-22.457452784555');
    await el.updateComplete;
    expect(textOf($(el, '.wb-downloads-status'))).to.equal('Downloaded alcohol-related-mortality-E92000001-2023-gap.csv.');
  });

  it('names a file after the period without doubled dashes', async () => {
    const el = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await lifeExpectancy()} indicator="life-expectancy" area=${COUNTY_DURHAM}></inequality-gap>`);
    const offered = eventWithin(el, 'wellbeing-download');
    el.addEventListener('wellbeing-download', (e) => e.preventDefault(), { once: true });
    ($(el, 'button[data-format="csv"]') as HTMLButtonElement).click();
    expect(((await offered) as CustomEvent<{ filename: string }>).detail.filename).to.equal('life-expectancy-E06000047-2023-to-2025-gap.csv');
  });

  it('offers the chart as SVG with a title', async () => {
    const el = await fixtureReady<InequalityGap>(
      html`<inequality-gap .spec=${await lifeExpectancy()} indicator="life-expectancy" area=${COUNTY_DURHAM} view="over-time"></inequality-gap>`,
    );
    const before = liveViewCount();
    const offered = eventWithin(el, 'wellbeing-download', 15000);
    el.addEventListener('wellbeing-download', (e) => e.preventDefault(), { once: true });
    ($(el, 'button[data-format="svg"]') as HTMLButtonElement).click();
    const event = (await offered) as CustomEvent<{ filename: string; blob: Blob }>;
    expect(event.detail.filename).to.equal('life-expectancy-E06000047-gap.svg');
    const svg = await event.detail.blob.text();
    expect(svg).to.contain('<title>Life expectancy at birth, males and females: Female and Male over time, County Durham, with the gap between them shaded</title>');
    expect(svg).to.contain('County Durham');
    expect(liveViewCount()).to.equal(before);
  });
});
