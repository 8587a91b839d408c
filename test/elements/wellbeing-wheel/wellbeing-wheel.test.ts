/**
 * <wellbeing-wheel> in Chromium: what is drawn, what a screen reader gets, what the keyboard does,
 * the events, the edge cases and axe. Data: the real example specs in examples/data — Walsall's and
 * County Durham's frameworks (../shared/data/frameworks) with ONS annual personal well-being
 * estimates (APS, release of 7 November 2023) and OHID Fingertips life expectancy (90366) and its
 * slope index of inequality (92901) mapped to domains; Islington: the ONS4 measures as domains.
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { html, type TemplateResult } from 'lit';
import '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import type { WellbeingWheel } from '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import { wheelStatusLetter } from '../../../src/elements/wellbeing-wheel/status.js';
import { defaultPalette } from '../../../src/render/theme.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { forcedColorsInEachTest, systemColor } from '../../commands.js';
import { contrast, eventWithin, exampleSpec, fixtureError, sameColour, shadow, textOf } from '../../helpers.js';

// ---- helpers ----

/** Mounts a template inside a sized container and waits until the wheel is drawn. */
async function mount(template: TemplateResult, width = 600): Promise<WellbeingWheel> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  const ready = eventWithin(container, 'wellbeing-ready');
  await fixture(html`<div>${template}</div>`, { parentNode: container });
  await ready;
  const wheel = container.querySelector('wellbeing-wheel')!;
  await wheel.updateComplete;
  return wheel;
}

const $ = <T extends Element = Element>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = <T extends Element = Element>(el: Element, selector: string) => [...shadow(el).querySelectorAll<T>(selector)];
const segments = (el: Element) => $$<SVGGElement>(el, '.segment');
const segment = (el: Element, id: string) => segments(el).find((g) => g.dataset['id'] === id)!;
/** A segment's status band (drawn in its own layer, over the segments). */
const band = (el: Element, id: string) => $$<SVGGElement>(el, '.band').find((g) => g.dataset['for'] === id)!;
const cellClasses = (el: Element, id: string) => [...band(el, id).querySelectorAll('.cell')].map((c) => c.getAttribute('class'));
const focusedSegmentId = (el: Element) => (shadow(el).activeElement as SVGGElement | null)?.dataset?.['id'];
const frame = () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** A node of the accessibility tree as puppeteer reports it. */
interface AXNode {
  role: string;
  name?: string;
  expanded?: boolean;
  focused?: boolean;
  children?: AXNode[];
}

/** The tree in reading order, one line per node: `role: name (states)`. */
function axLines(node: AXNode): string[] {
  const states = [node.expanded === true ? 'expanded' : node.expanded === false ? 'collapsed' : '', node.focused ? 'focused' : ''].filter(Boolean);
  const line = `${node.role}: ${node.name ?? ''}${states.length ? ` (${states.join(', ')})` : ''}`;
  return [line, ...(node.children ?? []).flatMap(axLines)];
}


/** Points round the edge of a text's box, for "is it inside its segment" checks. */
function edgePoints(box: DOMRect, inset = 0.5): DOMPoint[] {
  const left = box.x + inset;
  const right = box.x + box.width - inset;
  const top = box.y + inset;
  const bottom = box.y + box.height - inset;
  const points: DOMPoint[] = [];
  for (let i = 0; i <= 4; i++) {
    const x = left + ((right - left) * i) / 4;
    points.push(new DOMPoint(x, top), new DOMPoint(x, bottom));
    const y = top + ((bottom - top) * i) / 4;
    points.push(new DOMPoint(left, y), new DOMPoint(right, y));
  }
  return points;
}

/**
 * What a person sees: every horizontal label wholly inside its own segment and clear of the status
 * band, curved labels no longer than their arc, and no two labels overlapping.
 */
function expectLabelsReadable(el: WellbeingWheel): void {
  const boxes: Array<{ id: string; box: DOMRect }> = [];
  for (const g of segments(el)) {
    const shape = g.querySelector<SVGPathElement>('.segment-shape')!;
    const id = g.dataset['id']!;
    const cells = [...(band(el, id)?.querySelectorAll<SVGPathElement>('.cell:not(.status-domain-no-data)') ?? [])];
    const label = g.querySelector<SVGTextElement>('text.label:not(.curved)');
    const curved = g.querySelector<SVGTextElement>('text.label.curved');
    const marker = g.querySelector<SVGTextElement>('text.marker');
    expect(Boolean(label || curved || marker), `${g.dataset['id']} has a label or a number`).to.equal(true);
    if (label) {
      const box = label.getBBox();
      // A radial label is turned by its transform: check its box where it is drawn.
      const turn = label.transform.baseVal.consolidate()?.matrix;
      for (const p of edgePoints(box).map((q) => (turn ? q.matrixTransform(turn) : q))) {
        expect(shape.isPointInFill(p), `label of ${g.dataset['id']} inside its segment at ${p.x},${p.y}`).to.equal(true);
        expect(cells.some((c) => c.isPointInFill(p)), `label of ${g.dataset['id']} clear of its band`).to.equal(false);
      }
      if (!turn) boxes.push({ id: g.dataset['id']!, box });
    }
    if (curved) {
      for (const textPath of curved.querySelectorAll<SVGTextPathElement>('textPath')) {
        const arc = shadow(el).querySelector<SVGPathElement>(textPath.getAttribute('href')!)!;
        expect(textPath.getComputedTextLength(), `curved label of ${g.dataset['id']} fits its arc`).to.be.below(arc.getTotalLength());
      }
    }
  }
  for (let i = 0; i < boxes.length; i++) {
    for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i]!.box;
      const b = boxes[j]!.box;
      const overlap = a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
      expect(overlap, `${boxes[i]!.id} and ${boxes[j]!.id} overlap`).to.equal(false);
    }
  }
}

/** A spec with `n` domains over the four Islington ONS4 indicators (real values, repeated). */
async function manyDomains(n: number): Promise<SpecInput> {
  const spec = await exampleSpec('islington.json');
  const labels = ['Life satisfaction', 'Feeling worthwhile', 'Happiness yesterday', 'Anxiety yesterday'];
  const ids = ['life-satisfaction', 'worthwhile', 'happiness', 'anxiety'];
  (spec.framework as { domains: unknown[] }).domains = Array.from({ length: n }, (_, i) => ({
    id: `domain-${i + 1}`,
    label: `${labels[i % 4]} ${i + 1}`,
    statement: `Statement ${i + 1}`,
    indicators: [ids[i % 4]],
  }));
  return spec;
}

afterEach(async () => {
  await resetMouse();
  await emulateMedia({ reducedMotion: 'no-preference' });
});

// ---- drawing ----

describe('<wellbeing-wheel> drawing', function () {
  // Generous: axe and layout run slowly on a shared, loaded machine.
  this.timeout(30000);
  it('draws Walsall: centre, nine fundamentals, four core factors, a band per domain', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`);
    const svg = $<SVGSVGElement>(el, 'svg')!;
    expect(svg.getAttribute('role')).to.equal('group');
    // The title is the paragraph above; the drawing has a short name of its own so the title is read once.
    expect(textOf($(el, '.title'))).to.equal('Walsall Wellbeing Outcomes Framework: Walsall compared with England');
    expect(svg.getAttribute('aria-label')).to.equal('Wheel of 9 domains');
    expect(textOf($(el, '.centre'))).to.equal('Personal wellbeing');
    expect(segments(el).map((g) => g.dataset['id'])).to.have.length(9);
    expect($$(el, '.factor-label').map((t) => textOf(t))).to.deep.equal(['Health', 'Participation', 'Life Satisfaction', 'Resilience']);
    // Health: anxiety similar, life expectancy (no limits) not compared: three cells, S – –.
    expect(cellClasses(el, 'health')).to.deep.equal(['cell status-similar', 'cell status-not-compared', 'cell status-not-compared']);
    expect([...band(el, 'health').querySelectorAll('.cell-letter')].map((t) => t.textContent)).to.deep.equal(['S', '–', '–']);
    // Money has no indicators: a dashed "no data" band.
    expect(cellClasses(el, 'money')).to.deep.equal(['cell status-domain-no-data']);
    expect(textOf($(el, '.summary'))).to.equal(
      'Walsall, latest data (2022/23 and 2023 to 2025). Of 6 indicators, 4 are similar to England and 2 are not compared. 5 domains have no data.',
    );
    expect(textOf($(el, '.legend'))).to.contain('Similar to England').and.contain('Not compared').and.contain('Domain with no data');
  });

  it('draws County Durham as two rings; a domain without children spans both', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('county-durham.json')}></wellbeing-wheel>`);
    expect(segments(el).map((g) => g.dataset['id'])).to.deep.equal(['evidence', 'people-and-places', 'supporting-systems', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6']);
    expect(band(el, 'people-and-places')).to.equal(undefined);
    expect([...band(el, 'p3').querySelectorAll('.cell-letter')].map((t) => t.textContent)).to.deep.equal(['–', '–', '–', '–']);
    expect(band(el, 'evidence').querySelectorAll('.cell.status-similar')).to.have.length(4);
    expectLabelsReadable(el);
  });

  for (const width of [320, 480, 900]) {
    it(`labels are inside their segments and never overlap at ${width} px (Walsall, County Durham, 20 domains)`, async () => {
      for (const spec of [await exampleSpec('walsall-wwof.json'), await exampleSpec('county-durham.json'), await manyDomains(20)]) {
        const el = await mount(html`<wellbeing-wheel .spec=${spec}></wellbeing-wheel>`, width);
        expectLabelsReadable(el);
        // A label that became a number is listed in full in the key.
        for (const marker of $$(el, 'text.marker')) {
          const id = (marker.closest('.segment') as SVGGElement).dataset['id']!;
          const label = (spec.framework as { domains: Array<{ id: string; label: string }> }).domains.find((d) => d.id === id)?.label;
          const entry = $$(el, '.key li').find((li) => textOf(li).startsWith(`${textOf(marker)} `));
          if (label) expect(textOf(entry)).to.contain(label);
        }
      }
    });
  }

  it('at 320 px (a phone) the Walsall labels are words at 12 px or more, or numbers listed in a key', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`, 320);
    expect($(el, 'svg')!.getAttribute('viewBox')).to.equal('0 0 320 320');
    const inWords = segments(el).filter((g) => g.querySelector('text.label'));
    const numbered = segments(el).filter((g) => g.querySelector('text.marker'));
    // Words never go below 12 px (issue 15, item 1): on a 320 px wheel about half of the nine are
    // numbers; font metrics differ between systems.
    expect(inWords.length, `numbers: ${numbered.map((g) => g.dataset['id']).join(', ')}`).to.be.at.least(3);
    expect(inWords.length + numbered.length).to.equal(9);
    for (const g of numbered) expect(textOf($(el, '.key')), g.dataset['id']).to.include(textOf(g.querySelector('text.marker')));
    for (const g of inWords) expect(g.getAttribute('aria-label')).to.contain(textOf(g.querySelector('text.label')));
    // The words are big enough to read, and the key appears only if something is still a number.
    for (const text of $$<SVGTextElement>(el, 'text.label')) expect(parseFloat(text.getAttribute('font-size')!), textOf(text)).to.be.at.least(12);
    expect(Boolean($(el, '.key'))).to.equal(numbered.length > 0);
    expect(parseFloat($(el, '.centre-label')!.getAttribute('font-size')!)).to.be.at.least(12);
    expectLabelsReadable(el);
  });

  it('fits a 320 px container without sideways scrolling (only the table scrolls inside its own box)', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} selected="health"></wellbeing-wheel>`, 320);
    const right = el.getBoundingClientRect().right;
    expect($<SVGSVGElement>(el, 'svg')!.getBoundingClientRect().width).to.be.at.most(320);
    for (const node of $$(el, '*')) {
      if (node.closest('.table-wrap') || node.closest('details:not([open])')) continue;
      expect(node.getBoundingClientRect().right, node.tagName + '.' + node.getAttribute('class')).to.be.at.most(right + 0.5);
    }
    await expect(el).to.be.accessible();
  });

  it('on a wide page the panel sits beside the wheel; on a narrow one, under it', async () => {
    const wide = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} selected="health"></wellbeing-wheel>`, 1100);
    expect($(wide, '#panel')!.getBoundingClientRect().left).to.be.at.least($(wide, 'svg.wheel')!.getBoundingClientRect().right);
    const narrow = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} selected="health"></wellbeing-wheel>`, 600);
    expect($(narrow, '#panel')!.getBoundingClientRect().top).to.be.at.least($(narrow, 'svg.wheel')!.getBoundingClientRect().bottom);
  });

  it('follows its container: redraws at the new width (ResizeObserver)', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('islington.json')}></wellbeing-wheel>`, 700);
    expect($(el, 'svg')!.getAttribute('viewBox')).to.equal('0 0 640 640'); // 40rem cap
    el.parentElement!.parentElement!.style.width = '320px';
    await frame();
    await el.updateComplete;
    expect($(el, 'svg')!.getAttribute('viewBox')).to.equal('0 0 320 320');
    expectLabelsReadable(el);
  });

  it('shows the centre statement on request (inside the centre when it fits)', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('islington.json')} show-statements></wellbeing-wheel>`, 900);
    expect(textOf($(el, '.centre-statement'))).to.equal('How people rate their own lives: four questions, each answered from 0 to 10.');
    const narrow = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} show-statements></wellbeing-wheel>`, 320);
    expect($(narrow, '.centre-statement')).to.equal(null);
    expect(textOf($(narrow, '.centre-note'))).to.match(/^Personal wellbeing: Wellbeing is managing the quality of my life/);
  });

  it('never loads Vega', async () => {
    await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`);
    const loaded = performance.getEntriesByType('resource').map((e) => e.name);
    expect(loaded.some((url) => url.includes('wellbeing-wheel'))).to.equal(true);
    expect(loaded.filter((url) => /\/vega/.test(url))).to.deep.equal([]);
  });
});

// ---- screen readers ----

describe('<wellbeing-wheel> for screen readers', function () {
  // Generous: axe and layout run slowly on a shared, loaded machine.
  this.timeout(30000);
  it('exposes each domain as a button named with its status in words, the centre and the factors', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`, 900);
    const buttons = $$(el, '[role="button"]').map((n) => n.getAttribute('aria-label'));
    expect(buttons).to.deep.equal([
      'Access to Transport: no data',
      'Meaningful Activity: 1 indicator, 1 similar to England',
      'Where we live: 1 indicator, 1 similar to England',
      'Money: no data',
      'Co-creation: no data',
      'Health: 3 indicators, 1 similar to England and 2 not compared',
      'Education & Training: no data',
      'Digital: no data',
      'Meaningful Connections: 1 indicator, 1 similar to England',
    ]);
    // The visible label starts the name (voice control users say what they see: WCAG 2.5.3).
    for (const g of segments(el)) expect(g.getAttribute('aria-label')).to.contain(textOf(g.querySelector('.label')));
    expect($(el, '.factors')!.getAttribute('role')).to.equal('img');
    expect($(el, '.factors')!.getAttribute('aria-label')).to.equal('Outer band of factors: Health, Participation, Life Satisfaction and Resilience');
    expect($(el, '.centre')!.getAttribute('aria-label')).to.match(/^Centre: Personal wellbeing\. Wellbeing is managing the quality of my life\./);
    expect($(el, '.bands')!.getAttribute('aria-hidden')).to.equal('true');
    const svg = $(el, 'svg.wheel')!;
    expect(svg.getAttribute('aria-describedby')!.split(' ').map((id) => textOf($(el, `#${id}`)))).to.deep.equal([
      textOf($(el, '.summary')),
      'Use the arrow keys to move between domains. Press Enter to open a domain and Escape to close it.',
    ]);
    await expect(el).to.be.accessible();
  });

  it('the browser accessibility tree: the wheel named by its title, each domain with its status in words, the summary, the panel and the table', async () => {
    const el = await mount(html`<button id="before">Before</button><wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`);
    // What Chromium gives assistive technology, through the DevTools protocol. Puppeteer lists the
    // nodes a reader announces (text, images, controls, landmarks) and leaves out plain groups, so a
    // named region round the wheel (and the page's button before it) marks where to start.
    const holder = el.parentElement!;
    holder.id = 'wheel-under-test';
    holder.setAttribute('role', 'region');
    holder.setAttribute('aria-label', 'Wheel under test');
    const readOut = async () => {
      const root = (await a11ySnapshot({ selector: '#wheel-under-test' })) as unknown as AXNode;
      expect(root.role).to.equal('region');
      expect(axLines(root)[1]).to.equal('button: Before');
      return axLines(root).slice(2);
    };
    const domains = [
      'Access to Transport: no data',
      'Meaningful Activity: 1 indicator, 1 similar to England',
      'Where we live: 1 indicator, 1 similar to England',
      'Money: no data',
      'Co-creation: no data',
      'Health: 3 indicators, 1 similar to England and 2 not compared',
      'Education & Training: no data',
      'Digital: no data',
      'Meaningful Connections: 1 indicator, 1 similar to England',
    ];
    const summary = 'Walsall, latest data (2022/23 and 2023 to 2025). Of 6 indicators, 4 are similar to England and 2 are not compared. 5 domains have no data.';

    let lines = await readOut();
    // All of it, in reading order: the title (which names the wheel's group), the factors and the
    // centre as images, one button per domain with its status in words, the keyboard help, the
    // summary, the legend in words, the table behind a closed disclosure (its cells not in the tree
    // yet), the source. The status letters and the labels drawn in the SVG are not read twice.
    const source =
      "Walsall Together: Walsall Wellbeing Outcomes Framework (WWOF), 'Thriving individually and together'. Data: ONS annual personal well-being estimates; OHID Fingertips";
    expect(lines).to.deep.equal([
      'StaticText: Walsall Wellbeing Outcomes Framework: Walsall compared with England',
      'image: Outer band of factors: Health, Participation, Life Satisfaction and Resilience',
      "image: Centre: Personal wellbeing. Wellbeing is managing the quality of my life. It's the things I do and have that make me happy and make my life better.",
      ...domains.map((name) => `button: ${name} (collapsed)`),
      'StaticText: Use the arrow keys to move between domains. Press Enter to open a domain and Escape to close it.',
      `StaticText: ${summary}`,
      "StaticText: Each band shows how the domain's indicators compare with England:",
      'StaticText: Worse than England',
      'StaticText: Better than England',
      'StaticText: Similar to England',
      'StaticText: Not compared',
      'StaticText: Domain with no data',
      'DisclosureTriangle: Show the data as a table (collapsed)',
      'StaticText: Source',
      'StaticText: : ',
      `link: ${source}`,
      `StaticText: ${source}`,
    ]);

    // Keyboard: into the wheel, round to Health, open it.
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    lines = await readOut();
    expect(lines).to.include(`button: ${domains[5]} (expanded, focused)`);
    const panel = lines.indexOf('region: Health');
    expect(panel, 'the panel is a region named by its heading').to.be.above(-1);
    expect(lines.slice(panel + 1, panel + 6)).to.deep.equal([
      'heading: Health',
      'button: Close Health',
      'StaticText: I feel good and well',
      'StaticText: Indicators under this domain are an illustrative mapping made by wellbeing-widgets, not part of the published framework.',
      'StaticText: 3 indicators, 1 similar to England and 2 not compared',
    ]);
    expect(lines.slice(panel)).to.include.members([
      'button: Life expectancy at birth, males',
      'StaticText: 77.8 years',
      'StaticText: Not compared (no confidence interval)',
      'button: Anxiety (mean score, 0 to 10)',
      'StaticText: 2.96 to 3.75',
    ]);

    // Escape back to the domain, Tab to the disclosure, Enter opens the table.
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    lines = await readOut();
    expect(lines).to.include('DisclosureTriangle: Hide the table (expanded, focused)');
    const table = lines.indexOf('region: Walsall Wellbeing Outcomes Framework: Walsall, latest data (2022/23 and 2023 to 2025)');
    expect(table, 'the table is a region named by its caption').to.be.above(-1);
    const cells = lines.slice(table + 2).filter((line) => line.startsWith('StaticText: ')).map((line) => line.slice('StaticText: '.length));
    expect(cells.slice(0, 9)).to.deep.equal(['Domain', 'Statement', 'Indicator', 'Period', 'Value', '95% confidence interval', 'England', 'Compared with the benchmark', 'Recent trend']);
    // Health's rows as read, cell by cell (Fingertips 90366 for Walsall 2023 - 25; ONS APS 2022/23).
    const health = cells.indexOf('Health');
    expect(cells.slice(health, health + 9)).to.deep.equal([
      'Health',
      'I feel good and well',
      'Life expectancy at birth, males',
      '2023 to 2025',
      '77.8 years',
      'not available',
      '79.7 years',
      'Not compared (no confidence interval)',
      'Cannot be calculated',
    ]);
    const anxiety = cells.indexOf('Anxiety (mean score, 0 to 10)');
    expect(cells.slice(anxiety, anxiety + 7)).to.deep.equal(['Anxiety (mean score, 0 to 10)', '2022/23', '3.36', '2.96 to 3.75', '3.24', 'Similar to England', 'No significant change']);
    expect(cells.filter((cell) => cell === 'No indicators')).to.have.length(5);
  });

  it('has a data table with the same numbers (in a disclosure)', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`);
    const details = $<HTMLDetailsElement>(el, 'details')!;
    expect(details.open).to.equal(false);
    const toggled = oneEvent(details, 'toggle');
    $<HTMLElement>(el, 'summary')!.click();
    await toggled;
    await el.updateComplete;
    expect(details.open).to.equal(true);
    expect(textOf($(el, 'summary'))).to.equal('Hide the table');
    const headers = $$(el, 'thead th').map((th) => textOf(th));
    expect(headers).to.deep.equal(['Domain', 'Statement', 'Indicator', 'Period', 'Value', '95% confidence interval', 'England', 'Compared with the benchmark', 'Recent trend']);
    const rows = $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => textOf(c)));
    // Anxiety, Walsall 2022/23: 3.36 (2.96 to 3.75); England 3.24.
    const anxiety = rows.find((r) => r.includes('Anxiety (mean score, 0 to 10)'))!;
    expect(anxiety.slice(-6)).to.deep.equal(['2022/23', '3.36', '2.96 to 3.75', '3.24', 'Similar to England', anxiety[anxiety.length - 1]]);
    const money = $$(el, 'tbody').find((tb) => textOf(tb.querySelector('th')) === 'Money')!;
    expect(textOf(money)).to.contain('I have enough money to live comfortably').and.contain('No indicators');
    expect($$(el, 'tbody')).to.have.length(9);
    await expect(el).to.be.accessible();
  });

  it('says clearly when the area has no data', async () => {
    const spec = await exampleSpec('walsall-wwof.json');
    (spec.areas as Array<{ code: string; name: string }>).push({ code: 'E06000001', name: 'Hartlepool' });
    const el = await mount(html`<wellbeing-wheel .spec=${spec} area="E06000001"></wellbeing-wheel>`);
    expect(textOf($(el, '.summary'))).to.equal('There is no data for Hartlepool in this spec, so the wheel shows the framework only.');
    expect(segments(el).every((g) => g.getAttribute('aria-label')!.endsWith(': no data'))).to.equal(true);
    await expect(el).to.be.accessible();
  });
});

// ---- keyboard ----

describe('<wellbeing-wheel> keyboard', function () {
  // Generous: axe and layout run slowly on a shared, loaded machine.
  this.timeout(30000);
  async function withButtonBefore(spec: SpecInput, width = 600) {
    const el = await mount(html`<button id="before">Before</button><wellbeing-wheel .spec=${spec}></wellbeing-wheel>`, width);
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    return el;
  }

  it('one Tab stop: Tab enters on the first domain, the next Tab leaves the wheel', async () => {
    const el = await withButtonBefore(await exampleSpec('walsall-wwof.json'));
    expect(document.activeElement).to.equal(el);
    expect(focusedSegmentId(el)).to.equal('transport');
    expect(segments(el).filter((g) => g.getAttribute('tabindex') === '0')).to.have.length(1);
    await sendKeys({ press: 'Tab' });
    expect(focusedSegmentId(el)).to.equal(undefined);
    expect(shadow(el).activeElement?.tagName).to.equal('SUMMARY');
  });

  it('arrow keys go round the ring and wrap; Home and End; a visible focus ring follows', async () => {
    const el = await withButtonBefore(await exampleSpec('walsall-wwof.json'));
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedSegmentId(el)).to.equal('meaningful-activity');
    expect(segment(el, 'meaningful-activity').getAttribute('tabindex')).to.equal('0');
    expect(segment(el, 'transport').getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    expect(focusedSegmentId(el)).to.equal('meaningful-connections');
    await sendKeys({ press: 'Home' });
    expect(focusedSegmentId(el)).to.equal('transport');
    await sendKeys({ press: 'End' });
    expect(focusedSegmentId(el)).to.equal('meaningful-connections');
    await el.updateComplete;
    const ring = $<SVGPathElement>(el, '.focus-indicator')!;
    expect(getComputedStyle(ring).visibility).to.equal('visible');
    expect(ring.getAttribute('d')).to.equal(segment(el, 'meaningful-connections').querySelector('.segment-shape')!.getAttribute('d'));
    expect(getComputedStyle(ring).strokeWidth).to.equal('3.5px');
  });

  it('Down goes to the outer ring, Up back to the inner ring (County Durham)', async () => {
    const el = await withButtonBefore(await exampleSpec('county-durham.json'));
    expect(focusedSegmentId(el)).to.equal('evidence');
    await sendKeys({ press: 'ArrowDown' }); // no children: stays
    expect(focusedSegmentId(el)).to.equal('evidence');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focusedSegmentId(el)).to.equal('p1');
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    expect(focusedSegmentId(el)).to.equal('p4');
    await sendKeys({ press: 'ArrowUp' });
    expect(focusedSegmentId(el)).to.equal('supporting-systems');
  });

  it('Enter opens the panel and fires wellbeing-select; Escape closes it and focus stays on the domain', async () => {
    const el = await withButtonBefore(await exampleSpec('walsall-wwof.json'));
    for (let i = 0; i < 5; i++) await sendKeys({ press: 'ArrowRight' });
    expect(focusedSegmentId(el)).to.equal('health');
    const selected = oneEvent(el, 'wellbeing-select');
    await sendKeys({ press: 'Enter' });
    expect((await selected).detail).to.deep.equal({ domain: 'health' });
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('health');
    expect(segment(el, 'health').getAttribute('aria-expanded')).to.equal('true');
    expect(segment(el, 'health').getAttribute('aria-controls')).to.equal('panel');
    expect(textOf($(el, '#panel-heading'))).to.equal('Health');
    expect(focusedSegmentId(el)).to.equal('health');
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.hasAttribute('selected')).to.equal(false);
    expect($(el, '#panel')).to.equal(null);
    expect(focusedSegmentId(el)).to.equal('health');
  });

  it('Space opens too; from inside the panel Escape (or Close) returns focus to the domain', async () => {
    const el = await withButtonBefore(await exampleSpec('walsall-wwof.json'));
    await sendKeys({ press: 'End' });
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(el.selected).to.equal('meaningful-connections');
    await sendKeys({ press: 'Tab' }); // into the panel: its close button
    expect(shadow(el).activeElement?.classList.contains('close')).to.equal(true);
    await sendKeys({ press: 'Tab' }); // the indicator button
    expect(shadow(el).activeElement?.classList.contains('indicator-button')).to.equal(true);
    await sendKeys({ press: 'Escape' });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(focusedSegmentId(el)).to.equal('meaningful-connections');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' }); // Close
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(focusedSegmentId(el)).to.equal('meaningful-connections');
  });

  it('choosing the open domain again closes its panel (a disclosure) without an event', async () => {
    const el = await withButtonBefore(await exampleSpec('islington.json'));
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal('life-satisfaction');
    let fired = 0;
    el.addEventListener('wellbeing-select', () => fired++);
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.selected).to.equal(null);
    expect(fired).to.equal(0);
  });
});

// ---- pointer and selection ----

describe('<wellbeing-wheel> choosing', function () {
  // Generous: axe and layout run slowly on a shared, loaded machine.
  this.timeout(30000);
  it('a click on a domain opens its panel with the statement and each indicator’s numbers in words', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`);
    const label = segment(el, 'health').querySelector('text.label, text.marker')!.getBoundingClientRect();
    const selected = oneEvent(el, 'wellbeing-select');
    await sendMouse({ type: 'click', position: [Math.round(label.x + label.width / 2), Math.round(label.y + label.height / 2)] });
    expect((await selected).detail).to.deep.equal({ domain: 'health' });
    await el.updateComplete;
    const panel = $(el, '#panel')!;
    expect(panel.getAttribute('part')).to.equal('panel');
    expect(textOf(panel.querySelector('.statement'))).to.equal('I feel good and well');
    const items = [...panel.querySelectorAll('.indicators > li')];
    expect(items).to.have.length(3);
    const male = items.find((li) => textOf(li.querySelector('button')) === 'Life expectancy at birth, males')!;
    // Fingertips 90366, Walsall males 2023 - 25: 77.8 years; England 79.7 years.
    // Each fact as a screen reader reads it: the term, then its description (status chips are aria-hidden).
    const facts = (li: Element) =>
      Object.fromEntries(
        [...li.querySelectorAll('dt')].map((dt) => {
          const dd = dt.nextElementSibling!.cloneNode(true) as Element;
          dd.querySelectorAll('[aria-hidden="true"]').forEach((n) => n.remove());
          return [textOf(dt), textOf(dd)];
        }),
      );
    expect(facts(male)).to.deep.include({
      Value: '77.8 years',
      Period: '2023 to 2025',
      England: '79.7 years',
      'Compared with the benchmark': 'Not compared (no confidence interval)',
      'Recent trend': 'Cannot be calculated',
    });
    const anxiety = items.find((li) => textOf(li.querySelector('button')).startsWith('Anxiety'))!;
    expect(facts(anxiety)).to.deep.include({
      Value: '3.36',
      '95% confidence interval': '2.96 to 3.75',
      Period: '2022/23',
      England: '3.24',
      'Compared with the benchmark': 'Similar to England',
    });
    expect(anxiety.querySelector('a')!.getAttribute('href')).to.match(/^https:\/\/www\.ons\.gov\.uk\//);
    await expect(el).to.be.accessible();
  });

  it('choosing an indicator fires { indicator, area, period } for an <indicator-trend> to follow', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} selected="health"></wellbeing-wheel>`);
    const button = $$<HTMLButtonElement>(el, '.indicator-button').find((b) => textOf(b).startsWith('Anxiety'))!;
    const chosen = oneEvent(el, 'wellbeing-select');
    button.click();
    const event = await chosen;
    expect(event.detail).to.deep.equal({ indicator: 'anxiety', area: 'E08000030', period: '2022-04-01/P1Y' });
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('a parent with a second ring lists its parts; choosing one moves there', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('county-durham.json')} selected="people-and-places"></wellbeing-wheel>`);
    const parts = $$<HTMLButtonElement>(el, '.children button');
    expect(parts.map((b) => textOf(b))).to.deep.equal(['Principle 1', 'Principle 2', 'Principle 3']);
    const chosen = oneEvent(el, 'wellbeing-select');
    parts[2]!.click();
    expect((await chosen).detail).to.deep.equal({ domain: 'p3' });
    await el.updateComplete;
    expect(el.selected).to.equal('p3');
    expect(focusedSegmentId(el)).to.equal('p3');
    expect($$(el, '.indicators > li')).to.have.length(4);
  });

  it('status="trend" colours by recent trend (County Durham worthwhile: worsening)', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('county-durham.json')} status="trend"></wellbeing-wheel>`);
    expect(textOf($(el, '.title'))).to.equal("County Durham's Approach to Wellbeing: recent trends for County Durham");
    expect(cellClasses(el, 'evidence')).to.deep.equal(['cell status-worsening', 'cell status-no-change', 'cell status-no-change', 'cell status-no-change']);
    expect(new Set([...band(el, 'evidence').querySelectorAll('.cell-letter')].map((t) => t.textContent))).to.deep.equal(new Set(['W', '=']));
    expect(segment(el, 'evidence').getAttribute('aria-label')).to.equal(
      'Informed by Evidence and Local Conversations: 4 indicators, 1 getting worse and 3 no significant change',
    );
    expect(textOf($(el, '.legend'))).to.contain('Getting worse').and.contain('Getting better').and.contain('No significant change');
    await expect(el).to.be.accessible();
  });

  it('attributes reflect, and changing period redraws (period="2021/22")', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('islington.json')}></wellbeing-wheel>`);
    const ready = oneEvent(el, 'wellbeing-ready');
    el.period = '2021/22';
    await ready;
    expect(el.getAttribute('period')).to.equal('2021/22');
    // Islington 2021/22: all four within their intervals of England's value.
    expect(textOf($(el, '.summary'))).to.equal('Islington, 2021/22. Of 4 indicators, 4 are similar to England.');
    el.selected = 'anxiety';
    await el.updateComplete;
    expect(el.getAttribute('selected')).to.equal('anxiety');
    expect(textOf($(el, '#panel-heading'))).to.equal('Anxiety');
  });
});

// ---- edge cases ----

describe('<wellbeing-wheel> edge cases', function () {
  // Generous: axe and layout run slowly on a shared, loaded machine.
  this.timeout(30000);
  it('one domain: a whole ring that still works as a button', async () => {
    const spec = await exampleSpec('islington.json');
    const framework = spec.framework as { domains: unknown[] };
    framework.domains = framework.domains.slice(0, 1);
    const el = await mount(html`<wellbeing-wheel .spec=${spec}></wellbeing-wheel>`);
    expect(segments(el)).to.have.length(1);
    expectLabelsReadable(el);
    await expect(el).to.be.accessible();
  });

  it('20 domains at 320 px: labels or numbers with a key in words; axe-clean', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await manyDomains(20)}></wellbeing-wheel>`, 320);
    expect(segments(el)).to.have.length(20);
    expect($$(el, '.key li')).to.have.length(20);
    expect(textOf($$(el, '.key li')[0])).to.contain('Life satisfaction 1: 1 indicator, 1 similar to England');
    expectLabelsReadable(el);
    await expect(el).to.be.accessible();
  });

  it('40 indicators in one domain: a band per status with letters, all 40 listed in the panel', async () => {
    // The four Islington ONS4 indicators copied ten times each (same published values).
    const spec = await exampleSpec('islington.json');
    const base = spec.indicators as Array<{ id: string; title: string }>;
    const rows = spec.data as Array<{ indicator: string }>;
    const copies = Array.from({ length: 10 }, (_, k) => base.map((i) => ({ ...i, id: `${i.id}-${k}`, title: `${i.title} (copy ${k + 1})` }))).flat();
    spec.indicators = copies as never;
    spec.data = Array.from({ length: 10 }, (_, k) => rows.map((r) => ({ ...r, indicator: `${r.indicator}-${k}` }))).flat() as never;
    (spec.framework as { domains: unknown[] }).domains = [
      { id: 'all', label: 'Everything', statement: 'Forty indicators', indicators: copies.map((c) => c.id) },
      { id: 'none', label: 'Nothing yet' },
    ];
    const el = await mount(html`<wellbeing-wheel .spec=${spec} selected="all"></wellbeing-wheel>`, 480);
    expect(cellClasses(el, 'all')).to.deep.equal(['cell status-worse', 'cell status-similar']);
    expect(segment(el, 'all').getAttribute('aria-label')).to.equal('Everything: 40 indicators, 10 worse than England and 30 similar to England');
    expect($$(el, '.indicators > li')).to.have.length(40);
    expectLabelsReadable(el);
  });

  it('very long labels and statements stay inside the wheel or become numbers; the panel wraps them', async () => {
    const spec = await exampleSpec('islington.json');
    const long = 'Access to safe, affordable and reliable public transport, walking and cycling routes for everyone who lives or works here';
    const statement = 'I can get to the places and people that matter to me. '.repeat(12).trim();
    const domains = (spec.framework as { domains: Array<{ label: string; statement?: string }> }).domains;
    domains[0]!.label = long;
    domains[0]!.statement = statement;
    (spec.framework as { centre: { label: string; statement?: string } }).centre.statement = statement;
    const el = await mount(html`<wellbeing-wheel .spec=${spec} show-statements selected="life-satisfaction"></wellbeing-wheel>`, 360);
    expectLabelsReadable(el);
    expect(textOf($(el, '#panel-heading'))).to.equal(long);
    expect(textOf($(el, '#panel .statement'))).to.equal(statement);
    const panel = $(el, '#panel')!.getBoundingClientRect();
    expect(panel.right).to.be.at.most(el.getBoundingClientRect().right + 0.5);
    await expect(el).to.be.accessible();
  });

  it('text from the spec stays text', async () => {
    const spec = await exampleSpec('islington.json');
    (spec.framework as { domains: Array<{ label: string }> }).domains[0]!.label = '<img src=x onerror="window.__pwned=1">';
    const el = await mount(html`<wellbeing-wheel .spec=${spec} selected="life-satisfaction"></wellbeing-wheel>`);
    expect($$(el, 'img')).to.have.length(0);
    expect(textOf($(el, '#panel-heading'))).to.equal('<img src=x onerror="window.__pwned=1">');
  });

  for (const [attribute, value, message] of [
    ['area', 'E0000000X', 'area="E0000000X" is not one of the areas in the spec (E09000019, E12000007, E92000001).'],
    ['benchmark', 'nowhere', 'benchmark="nowhere" is not one of the areas in the spec (E09000019, E12000007, E92000001).'],
    ['selected', 'money', 'selected="money" is not one of the domains of the framework (life-satisfaction, worthwhile, happiness, anxiety).'],
    ['status', 'colour', 'status="colour" is not one of "benchmark" or "trend".'],
  ] as const) {
    it(`${attribute}="${value}": an error that names the attribute, and the rest of the page keeps working`, async () => {
      const spec = await exampleSpec('islington.json');
      const container = document.createElement('div');
      document.body.append(container);
      const good = document.createElement('wellbeing-wheel');
      good.spec = structuredClone(spec);
      const goodReady = eventWithin(good, 'wellbeing-ready');
      container.append(good);
      const { el, detail } = await fixtureError<WellbeingWheel>(
        attribute === 'area'
          ? html`<wellbeing-wheel .spec=${spec} area=${value}></wellbeing-wheel>`
          : attribute === 'benchmark'
            ? html`<wellbeing-wheel .spec=${spec} benchmark=${value}></wellbeing-wheel>`
            : attribute === 'selected'
              ? html`<wellbeing-wheel .spec=${spec} selected=${value}></wellbeing-wheel>`
              : html`<wellbeing-wheel .spec=${spec} status=${value}></wellbeing-wheel>`,
      );
      expect(detail.message).to.equal(message);
      expect(textOf($(el, '[role="alert"]'))).to.contain(message);
      await goodReady;
      expect(segments(good)).to.have.length(4);
      await expect(el).to.be.accessible();
    });
  }

  it('period="1990": says which periods there are', async () => {
    const { detail } = await fixtureError<WellbeingWheel>(html`<wellbeing-wheel .spec=${await exampleSpec('islington.json')} period="1990"></wellbeing-wheel>`);
    expect(detail.message).to.match(/^period="1990" is not a period in the data \(2011\/12, 2012\/13,/);
  });

  it('a spec without a framework: says so', async () => {
    const { detail } = await fixtureError<WellbeingWheel>(html`<wellbeing-wheel .spec=${await exampleSpec('ons-wellbeing.json')}></wellbeing-wheel>`);
    expect(detail.message).to.contain('The spec has no "framework"');
  });

  it('after an error, fixing the attribute and giving the spec again draws the wheel', async () => {
    const { el } = await fixtureError<WellbeingWheel>(html`<wellbeing-wheel .spec=${await exampleSpec('islington.json')} area="nope"></wellbeing-wheel>`);
    const ready = eventWithin(el, 'wellbeing-ready');
    // The base class keeps the error until the spec is given again; a CMS editor fixes the attribute and reloads.
    el.area = 'E09000019';
    el.spec = await exampleSpec('islington.json');
    await ready;
    expect(segments(el)).to.have.length(4);
  });

  it('reads a spec pasted inside the element (CMS), from <script type="application/json">', async () => {
    const spec = await exampleSpec('islington.json');
    const el = document.createElement('wellbeing-wheel');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(spec);
    el.append(script);
    const ready = eventWithin(el, 'wellbeing-ready');
    document.body.append(el);
    await ready;
    expect(segments(el)).to.have.length(4);
    el.remove();
  });

  it('survives being added and removed many times', async () => {
    const spec = await exampleSpec('walsall-wwof.json');
    const host = document.createElement('div');
    document.body.append(host);
    const el = document.createElement('wellbeing-wheel');
    el.spec = spec;
    for (let i = 0; i < 20; i++) {
      host.append(el);
      await el.updateComplete;
      el.remove();
    }
    const ready = eventWithin(el, 'wellbeing-ready');
    host.append(el);
    await ready;
    expect(segments(el)).to.have.length(9);
    host.remove();
  });
});

// ---- forced colours (Windows High Contrast), emulated through the DevTools protocol ----

describe('<wellbeing-wheel> in forced colours', function () {
  // Generous: axe and layout run slowly on a shared, loaded machine.
  this.timeout(30000);
  forcedColorsInEachTest();

  /** Each label or number with the shape it is drawn on. */
  function labelsOnShapes(el: Element): Array<[Element, Element]> {
    return [
      ...segments(el).flatMap((g) =>
        [...g.querySelectorAll('.label, .marker')].map((t) => [t, g.querySelector(t.classList.contains('marker') ? '.marker-ring' : '.segment-shape')!] as [Element, Element]),
      ),
      [$(el, '.centre-label')!, $(el, '.centre-shape')!],
      ...$$(el, '.factor-label').map((t) => [t, $(el, '.factor-shape')!] as [Element, Element]),
    ];
  }

  it('segments, centre and factors are Canvas with CanvasText edges and words; the chosen one is Highlight', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} selected="health"></wellbeing-wheel>`);
    const [canvas, canvasText, highlight] = [systemColor('Canvas'), systemColor('CanvasText'), systemColor('Highlight')];
    for (const g of segments(el)) {
      const shape = getComputedStyle(g.querySelector('.segment-shape')!);
      expect(shape.fill, g.dataset['id']).to.equal(g.dataset['id'] === 'health' ? highlight : canvas);
      expect(shape.stroke, g.dataset['id']).to.equal(canvasText);
    }
    for (const selector of ['.centre-shape', '.factor-shape']) {
      expect(getComputedStyle($(el, selector)!).fill).to.equal(canvas);
      expect(getComputedStyle($(el, selector)!).stroke).to.equal(canvasText);
    }
    // Edges show against Canvas; every word reads on what it is drawn on.
    expect(contrast(canvasText, canvas)).to.be.at.least(4.5);
    const pairs = labelsOnShapes(el);
    expect(pairs.length).to.be.above(10);
    for (const [text, shape] of pairs) {
      expect(contrast(getComputedStyle(text).fill, getComputedStyle(shape).fill), textOf(text)).to.be.at.least(4.5);
    }
    await expect(el).to.be.accessible();
  });

  it('status bands lose their colours but keep outlined cells with a different letter per status, in the wheel and the legend', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('county-durham.json')}></wellbeing-wheel>`);
    const [canvas, canvasText] = [systemColor('Canvas'), systemColor('CanvasText')];
    const letterOf = new Map<string, string>();
    const cells = $$(el, '.band .cell:not(.status-domain-no-data), .legend .cell:not(.status-domain-no-data)');
    expect(cells.length).to.be.above(10);
    for (const cell of cells) {
      const status = [...cell.classList].find((c) => c.startsWith('status-'))!.slice('status-'.length);
      const style = getComputedStyle(cell);
      expect(style.fill, status).to.equal(canvas);
      expect(style.stroke, status).to.equal(canvasText);
      expect(parseFloat(style.strokeWidth)).to.be.at.least(1);
      const letter = cell.nextElementSibling!;
      expect(letter.classList.contains('cell-letter'), `${status} has its letter`).to.equal(true);
      expect(getComputedStyle(letter).fill).to.equal(canvasText);
      expect(getComputedStyle(letter).visibility).to.equal('visible');
      letterOf.set(status, letter.textContent!);
    }
    // County Durham: similar and not compared in the bands; the legend adds better and worse.
    expect(Object.fromEntries(letterOf)).to.deep.equal({ similar: 'S', 'not-compared': '–', worse: 'W', better: 'B' });
    expect(new Set(letterOf.values()).size).to.equal(letterOf.size);
    // Domains without data keep their dashed outline.
    const empty = getComputedStyle($(el, '.band .cell.status-domain-no-data')!);
    expect(empty.stroke).to.equal(canvasText);
    expect(empty.strokeDasharray).to.not.equal('none');
    await expect(el).to.be.accessible();
  });

  it('a number in place of a label stays readable on a chosen segment (20 domains at 320 px)', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await manyDomains(20)}></wellbeing-wheel>`, 320);
    const numbered = segments(el).find((g) => g.querySelector('.marker'));
    expect(numbered, 'some label is a number at this size').to.not.equal(undefined);
    el.selected = numbered!.dataset['id']!;
    await el.updateComplete;
    const marker = numbered!.querySelector('.marker')!;
    expect(contrast(getComputedStyle(marker).fill, getComputedStyle(numbered!.querySelector('.marker-ring')!).fill)).to.be.at.least(4.5);
    for (const [text, shape] of labelsOnShapes(el)) {
      expect(contrast(getComputedStyle(text).fill, getComputedStyle(shape).fill), textOf(text)).to.be.at.least(4.5);
    }
  });

  it('the keyboard focus ring is Highlight, 3.5 px, and shows on a plain and on a chosen segment', async () => {
    const el = await mount(html`<button id="before">Before</button><wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`);
    (el.parentElement!.querySelector('#before') as HTMLButtonElement).focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'ArrowRight' });
    await el.updateComplete;
    expect(focusedSegmentId(el)).to.equal('meaningful-activity');
    const [canvas, highlight] = [systemColor('Canvas'), systemColor('Highlight')];
    const ring = getComputedStyle($(el, '.focus-indicator')!);
    const outer = getComputedStyle($(el, '.focus-indicator-outer')!);
    expect(ring.visibility).to.equal('visible');
    expect(ring.stroke).to.equal(highlight);
    expect(parseFloat(ring.strokeWidth)).to.equal(3.5);
    expect($(el, '.focus-indicator')!.getAttribute('d')).to.equal(segment(el, 'meaningful-activity').querySelector('.segment-shape')!.getAttribute('d'));
    // On a plain (Canvas) segment the ring is Highlight on Canvas …
    expect(contrast(highlight, canvas)).to.be.at.least(3);
    // … and on a chosen (Highlight) segment a Canvas edge round it keeps it apart.
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    const chosen = segment(el, 'meaningful-activity').querySelector('.segment-shape')!;
    await Promise.all(chosen.getAnimations().map((a) => a.finished)); // the fill's short transition
    expect(getComputedStyle(chosen).fill).to.equal(highlight);
    expect(getComputedStyle($(el, '.focus-indicator')!).visibility).to.equal('visible');
    expect(outer.stroke).to.equal(canvas);
    expect(parseFloat(outer.strokeWidth)).to.be.above(parseFloat(ring.strokeWidth));
    expect(contrast(canvas, highlight)).to.be.at.least(3);
  });

  it('the panel, its buttons, the chips and the table keep visible edges and system-coloured text; axe passes', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} selected="health"></wellbeing-wheel>`);
    const [canvas, canvasText] = [systemColor('Canvas'), systemColor('CanvasText')];
    const panel = getComputedStyle($(el, '#panel')!);
    expect(panel.color).to.equal(canvasText);
    expect(panel.borderTopColor).to.equal(canvasText);
    expect(parseFloat(panel.borderTopWidth)).to.equal(4);
    expect(parseFloat(panel.borderLeftWidth)).to.be.at.least(1);
    const close = getComputedStyle($(el, '.close')!);
    expect(contrast(close.borderTopColor, close.backgroundColor)).to.be.at.least(3);
    expect(contrast(close.color, close.backgroundColor)).to.be.at.least(4.5);
    const chips = $$(el, '#panel .chip');
    expect(chips.map((c) => textOf(c))).to.include.members(['S', '–']);
    for (const chip of chips) {
      const style = getComputedStyle(chip);
      expect(style.backgroundColor).to.equal(canvas);
      expect(style.color).to.equal(canvasText);
      expect(style.borderTopColor).to.equal(canvasText);
    }
    for (const button of $$(el, '.indicator-button')) {
      expect(contrast(getComputedStyle(button).color, canvas), textOf(button)).to.be.at.least(4.5);
    }
    $<HTMLDetailsElement>(el, 'details')!.open = true;
    await el.updateComplete;
    expect(contrast(getComputedStyle($(el, 'td')!).borderBottomColor, canvas)).to.be.at.least(3);
    await expect(el).to.be.accessible();
  });
});

// ---- colour, theme, motion ----

describe('<wellbeing-wheel> colour and theming', function () {
  // Generous: axe and layout run slowly on a shared, loaded machine.
  this.timeout(30000);
  it('status is never by colour alone: every coloured cell carries its letter', async () => {
    for (const [file, status] of [
      ['walsall-wwof.json', 'benchmark'],
      ['county-durham.json', 'trend'],
    ]) {
      const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec(file!)} status=${status!}></wellbeing-wheel>`, 320);
      for (const g of $$<SVGGElement>(el, '.band')) {
        for (const cell of g.querySelectorAll('.cell:not(.status-domain-no-data)')) {
          const status = [...cell.classList].find((c) => c.startsWith('status-'))!.slice('status-'.length);
          // The letter follows its own cell (letters of one status sit in that status's cells).
          const next = cell.nextElementSibling;
          expect(next?.classList.contains(`letter-${status}`), `${g.dataset['for']} ${status}`).to.equal(true);
        }
      }
    }
  });

  it('words in the drawing have 4.5:1 contrast; status letters pick black or white for their colour (default and dark themes)', async () => {
    // The dark theme of examples/themes.css lightens the status colours.
    const dark = '--wb-status-better:#6fcf97;--wb-status-similar:#f2c94c;--wb-status-worse:#ff7b6b;--wb-status-not-compared:#a9a9a9';
    const darkPage = `${dark};--wb-color-text:#f3f2f1;--wb-color-background:#1d1f21;--wb-color-muted:#b1b4b6;--wb-color-link:#8cb4ff`;
    // Words in the drawing (axe does not check SVG text): labels on segments (chosen or not), the centre, the factors.
    for (const style of ['', darkPage]) {
      const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} selected="health" style=${style}></wellbeing-wheel>`, 320);
      const pairs: Array<[Element, Element]> = [
        ...segments(el).flatMap((g) => [...g.querySelectorAll('.label, .marker')].map((t) => [t, g.querySelector(t.classList.contains('marker') ? '.marker-ring' : '.segment-shape')!] as [Element, Element])),
        [$(el, '.centre-label')!, $(el, '.centre-shape')!],
        ...$$(el, '.factor-label').map((t) => [t, $(el, '.factor-shape')!] as [Element, Element]),
      ];
      expect(pairs.length).to.be.above(10);
      for (const [text, shape] of pairs) {
        const ratio = contrast(getComputedStyle(text).fill, getComputedStyle(shape).fill);
        expect(ratio, `${textOf(text)} (${style ? 'dark' : 'light'})`).to.be.at.least(4.5);
      }
    }
    for (const [style, status] of [
      ['', 'benchmark'],
      [dark, 'benchmark'],
      ['', 'trend'],
      [dark, 'trend'],
    ]) {
      const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('county-durham.json')} status=${status!} style=${style!}></wellbeing-wheel>`);
      const letters = $$<SVGTextElement>(el, '.cell-letter');
      expect(letters.length).to.be.above(4);
      for (const letter of letters) {
        let cell = letter.previousElementSibling!;
        while (!cell.classList.contains('cell')) cell = cell.previousElementSibling!;
        const ratio = contrast(getComputedStyle(letter).fill, getComputedStyle(cell).fill);
        expect(ratio, `${letter.getAttribute('class')} on ${cell.getAttribute('class')} (${style ? 'dark' : 'default'})`).to.be.at.least(4.5);
      }
    }
  });

  it('--wb-status-* colours and ::part names reach the drawing', async () => {
    const el = await mount(
      html`<wellbeing-wheel .spec=${await exampleSpec('islington.json')} selected="worthwhile" style="--wb-status-worse: rgb(1, 2, 3)"></wellbeing-wheel>`,
    );
    expect(getComputedStyle(band(el, 'worthwhile').querySelector('.cell.status-worse')!).fill).to.equal('rgb(1, 2, 3)');
    for (const part of ['wheel', 'centre', 'segment', 'label', 'panel', 'table', 'legend', 'summary']) {
      expect($$(el, '[part]').some((n) => n.getAttribute('part')!.split(' ').includes(part)), part).to.equal(true);
    }
  });

  it('dark theme through the --wb-color-* tokens stays axe-clean', async () => {
    const el = await mount(
      html`<wellbeing-wheel
        .spec=${await exampleSpec('walsall-wwof.json')}
        selected="health"
        style="--wb-color-text:#f3f2f1;--wb-color-background:#0b0c0c;--wb-color-muted:#b1b4b6;--wb-color-link:#8fc1ff;--wb-color-border:#6f777b"
      ></wellbeing-wheel>`,
    );
    expect(getComputedStyle($(el, '.label')!).fill).to.equal('rgb(243, 242, 241)');
    await expect(el).to.be.accessible();
  });

  it('prefers-reduced-motion: no transitions', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('islington.json')}></wellbeing-wheel>`);
    const shape = segment(el, 'anxiety').querySelector('.segment-shape')!;
    expect(getComputedStyle(shape).transitionDuration).to.equal('0.12s');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(shape).transitionDuration).to.equal('0s');
  });

  it('default status colours are the shared palette: 3:1 on white, and each letter reads on its colour', async () => {
    // Islington's ONS4 measures with no judgement (higher/lower instead of better/worse), for London,
    // latest year: life satisfaction and worthwhile lower than England, anxiety higher. The legend
    // always lists better, similar, worse and not compared as well, and in trend mode the trends.
    const spec = await exampleSpec('islington.json');
    for (const indicator of spec.indicators as Array<{ polarity?: string }>) indicator.polarity = 'no-judgement';
    const seen = new Set<string>();
    for (const status of ['benchmark', 'trend']) {
      const el = await mount(html`<wellbeing-wheel .spec=${structuredClone(spec)} area="E12000007" status=${status}></wellbeing-wheel>`);
      for (const swatch of $$(el, '.legend .swatch')) {
        const cell = swatch.querySelector('.cell')!;
        const name = [...cell.classList].find((c) => c.startsWith('status-'))!.slice('status-'.length);
        if (name === 'domain-no-data' || name === 'no-data') continue;
        seen.add(name);
        const fill = getComputedStyle(cell).fill;
        expect(sameColour(fill, defaultPalette[name as keyof typeof defaultPalette]), `${name} is the palette's`).to.equal(true);
        expect(contrast(fill, '#ffffff'), `${name} on white`).to.be.at.least(3);
        const letter = swatch.querySelector('.cell-letter')!;
        expect(letter.textContent).to.equal(wheelStatusLetter(name as keyof typeof defaultPalette));
        expect(contrast(getComputedStyle(letter).fill, fill), `letter on ${name}`).to.be.at.least(4.5);
      }
    }
    expect([...seen].sort()).to.deep.equal(
      ['better', 'similar', 'worse', 'higher', 'lower', 'not-compared', 'improving', 'worsening', 'no-change', 'increasing', 'decreasing'].sort(),
    );
  });

  it('axe: every framework and state', async () => {
    for (const template of [
      html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')}></wellbeing-wheel>`,
      html`<wellbeing-wheel .spec=${await exampleSpec('county-durham.json')} selected="p3"></wellbeing-wheel>`,
      html`<wellbeing-wheel .spec=${await exampleSpec('islington.json')} status="trend" selected="anxiety"></wellbeing-wheel>`,
    ]) {
      const el = await mount(template);
      await expect(el).to.be.accessible();
    }
  });
});
