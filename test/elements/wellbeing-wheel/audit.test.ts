/**
 * What the accessibility audit of issue 15 found in <wellbeing-wheel>, one test per finding: mark
 * contrast (item 2), the panel out of sight at 400% zoom or on a phone (3), instructions that promise
 * only what happens (5), the wheel's structure for screen readers (6) and touch instructions (8).
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot, resetMouse, sendKeys, sendMouse, setViewport } from '@web/test-runner-commands';
import { html, render, type TemplateResult } from 'lit';
import '../../../src/index.js';
import type { WellbeingWheel } from '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import { contrast, eventWithin, exampleSpec, shadow, textOf } from '../../helpers.js';

const mounted: HTMLElement[] = [];
afterEach(async () => {
  for (const node of mounted.splice(0)) node.remove();
  window.scrollTo(0, 0);
  await resetMouse();
  await setViewport({ width: 800, height: 600 });
});

async function mount(template: TemplateResult, width: number): Promise<HTMLElement> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  mounted.push(container);
  const ready = eventWithin(container, 'wellbeing-ready', 20000);
  render(template, container);
  await ready;
  const el = container.firstElementChild as HTMLElement & { updateComplete: Promise<boolean> };
  await el.updateComplete;
  return el;
}

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}
const find = (node: AXNode, test: (n: AXNode) => boolean): AXNode[] => [...(test(node) ? [node] : []), ...(node.children ?? []).flatMap((c) => find(c, test))];

describe('<wellbeing-wheel> audit findings', function () {
  this.timeout(60000);

  it('item 2: every status cell has an edge of 3:1 or more against the cell, the segment and the factor band; buttons 3:1', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} area="E08000030"></wellbeing-wheel>`, 640);
    const segmentFill = getComputedStyle(shadow(el).querySelector('.segment-shape')!).fill;
    const factorFill = getComputedStyle(shadow(el).querySelector('.factor-shape')!).fill;
    const cells = [...shadow(el).querySelectorAll<SVGPathElement>('.band .cell:not(.status-domain-no-data)')];
    expect(cells.length).to.be.greaterThan(0);
    for (const cell of cells) {
      const style = getComputedStyle(cell);
      expect(Number.parseFloat(style.strokeWidth), 'a visible edge').to.be.at.least(1.5);
      for (const [what, against] of [['cell', style.fill], ['segment', segmentFill], ['factor band', factorFill]] as const) {
        expect(contrast(style.stroke, against), `${cell.getAttribute('class')} edge against the ${what}`).to.be.at.least(3);
      }
    }
    const trend = await mount(html`<indicator-trend .spec=${await exampleSpec('ons-wellbeing.json')} indicator="life-satisfaction" area="E08000030"></indicator-trend>`, 640);
    // Buttons and the download menu's summary, which looks like a button.
    for (const button of shadow(trend).querySelectorAll<HTMLElement>('button, .wb-downloads > summary')) {
      const style = getComputedStyle(button);
      if (style.borderTopStyle === 'none' || Number.parseFloat(style.borderTopWidth) === 0) continue;
      expect(contrast(style.borderTopColor, getComputedStyle(trend).backgroundColor), `${button.className} border`).to.be.at.least(3);
    }
  });

  for (const [what, viewport] of [
    ['400% zoom (320 x 256)', { width: 320, height: 256 }],
    ['a 375 px phone', { width: 375, height: 667 }],
  ] as const) {
    it(`item 3: at ${what}, a tap on a domain brings its panel into view with focus; from the keyboard, into view`, async () => {
      await setViewport(viewport);
      const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('walsall-wwof.json')} area="E08000030"></wellbeing-wheel>`, viewport.width);
      const panelInView = () => {
        const box = shadow(el).querySelector<HTMLElement>('#panel')!.getBoundingClientRect();
        return box.top >= -1 && box.top < window.innerHeight;
      };
      const segment = shadow(el).querySelector<SVGGElement>('.segment[data-id="health"]')!;
      segment.scrollIntoView({ block: 'center' });
      const shape = segment.querySelector('.segment-shape')!.getBoundingClientRect();
      await sendMouse({ type: 'click', position: [Math.round(shape.x + shape.width / 2), Math.round(shape.y + shape.height / 2)] });
      await (el as WellbeingWheel).updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect((el as WellbeingWheel).selected).to.equal('health');
      expect(panelInView(), 'panel in view after a tap').to.equal(true);
      expect(shadow(el).activeElement, 'focus in the panel').to.equal(shadow(el).querySelector('#panel'));
      await sendKeys({ press: 'Escape' });
      await (el as WellbeingWheel).updateComplete;
      expect((shadow(el).activeElement as SVGGElement | null)?.dataset['id'], 'Escape returns to the domain').to.equal('health');
      // From the keyboard: the next domain opens, and its panel comes into view.
      segment.scrollIntoView({ block: 'center' });
      await sendKeys({ press: 'ArrowRight' });
      await sendKeys({ press: 'Enter' });
      await (el as WellbeingWheel).updateComplete;
      await new Promise((r) => setTimeout(r, 100));
      expect((el as WellbeingWheel).selected).to.not.equal(null);
      expect(panelInView(), 'panel in view after Enter').to.equal(true);
    });
  }

  it('item 5: the panel promises nothing about choosing an indicator unless the page says what it does', async () => {
    const spec = await exampleSpec('walsall-wwof.json');
    const plain = await mount(html`<wellbeing-wheel .spec=${spec} area="E08000030" selected="health"></wellbeing-wheel>`, 800);
    expect(shadow(plain).querySelector('#panel .hint')).to.equal(null);
    expect(textOf(shadow(plain).querySelector('#panel'))).to.not.include('elsewhere on the page');
    const told = await mount(
      html`<wellbeing-wheel .spec=${structuredClone(spec)} area="E08000030" selected="health" indicator-hint="Choose an indicator to see its trend below."></wellbeing-wheel>`,
      800,
    );
    expect(textOf(shadow(told).querySelector('#panel .hint'))).to.equal('Choose an indicator to see its trend below.');
  });

  it('item 6: the title is read once (the drawing has its own short name), and two rings are exposed as rings with parents', async () => {
    const el = await mount(html`<wellbeing-wheel .spec=${await exampleSpec('county-durham.json')}></wellbeing-wheel>`, 800);
    const title = textOf(shadow(el).querySelector('.title'));
    const svg = shadow(el).querySelector('svg.wheel')!;
    expect(svg.getAttribute('aria-label')).to.not.equal(title);
    expect(svg.hasAttribute('aria-labelledby')).to.equal(false);
    // Puppeteer's snapshot leaves out plain groups, so the rings are checked in the DOM (role and
    // name on the SVG groups) and the buttons' names in the accessibility tree.
    const tree = (await a11ySnapshot({})) as unknown as AXNode;
    expect(find(tree, (n) => n.name === title).length, 'the title once in the tree').to.equal(1);
    const ring = (name: string) => shadow(el).querySelector(`svg.wheel g[role="group"][aria-label="${name}"]`)!;
    expect(ring('Inner ring'), 'an inner ring group').to.not.equal(null);
    expect(ring('Outer ring'), 'an outer ring group').to.not.equal(null);
    const names = (group: Element) => [...group.querySelectorAll('.segment')].map((g) => g.getAttribute('aria-label')!);
    const parents = names(ring('Inner ring')).map((name) => name.split(':')[0]!.replace(/^\d+ /, ''));
    expect(parents.length).to.be.greaterThan(0);
    expect(names(ring('Outer ring')).length).to.be.greaterThan(0);
    for (const name of names(ring('Outer ring'))) expect(parents.some((p) => name.endsWith(`part of ${p}`)), name).to.equal(true);
    const buttons = find(tree, (n) => n.role === 'button' && /part of/.test(n.name ?? ''));
    expect(buttons.length, 'read out with their parent').to.equal(names(ring('Outer ring')).length);
  });

  it('item 4 and 8: short help sentences; a touch instruction only on a touch screen', async () => {
    const spec = await exampleSpec('walsall-wwof.json');
    const plain = await mount(html`<wellbeing-wheel .spec=${spec}></wellbeing-wheel>`, 800);
    const help = textOf(shadow(plain).querySelector('.keyboard-help'));
    for (const sentence of help.split(/(?<=\.)\s+/)) expect(sentence.split(/\s+/).length, sentence).to.be.at.most(20);
    expect(help).to.not.include('Tap');
    const original = window.matchMedia;
    window.matchMedia = ((query: string) => (query === '(pointer: coarse)' ? { matches: true, media: query } : original.call(window, query))) as typeof window.matchMedia;
    try {
      const touch = await mount(html`<wellbeing-wheel .spec=${structuredClone(spec)}></wellbeing-wheel>`, 800);
      expect(textOf(shadow(touch).querySelector('.keyboard-help'))).to.include('Tap a domain to open it.');
    } finally {
      window.matchMedia = original;
    }
  });
});
