/**
 * The wheel's words follow the reader's text size and never get too small, and no label or framework
 * size can freeze the page (issue 15, items 1, 10 and the wheel part of 14). Work is counted in calls
 * of the text measure, not in seconds (timings are measured in `npm run bench`, never asserted here).
 */
import { expect } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import { MAX_DRAWN_DOMAINS, type WellbeingWheel } from '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import { approximateMeasure, balancedWrap, ellipsize, fitInSector, wrap, type Measure } from '../../../src/elements/wellbeing-wheel/labels.js';
import { layoutWheel } from '../../../src/elements/wellbeing-wheel/layout.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { eventWithin, exampleSpec, shadow, textOf } from '../../helpers.js';

type Domain = { id: string; label: string; statement?: string; indicators?: string[]; children?: Domain[] };
const domainsOf = (spec: SpecInput) => (spec.framework as { domains: Domain[] }).domains;

/** A measure that counts its calls. */
function counting(): { measure: Measure; calls: () => number } {
  let calls = 0;
  return { measure: (text, size, weight) => (calls++, approximateMeasure(text, size, weight)), calls: () => calls };
}

const mounted: HTMLElement[] = [];
afterEach(() => {
  for (const node of mounted.splice(0)) node.remove();
  document.documentElement.style.removeProperty('font-size');
});

async function mount(template: TemplateResult, width: number): Promise<WellbeingWheel> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  document.body.append(container);
  mounted.push(container);
  const ready = eventWithin(container, 'wellbeing-ready', 15000);
  render(template, container);
  await ready;
  const wheel = container.querySelector('wellbeing-wheel')!;
  await wheel.updateComplete;
  return wheel;
}

/** Font sizes (px) of every piece of text drawn in the wheel, by class. */
function drawnFontSizes(el: WellbeingWheel): Array<{ what: string; size: number; text: string }> {
  return [...shadow(el).querySelectorAll<SVGTextElement>('svg.wheel text')].map((t) => ({
    what: t.getAttribute('class') ?? '',
    size: Number.parseFloat(getComputedStyle(t).fontSize),
    text: textOf(t),
  }));
}

describe('<wellbeing-wheel> text size', function () {
  this.timeout(40000);

  for (const [file, width] of [
    ['walsall-wwof.json', 320],
    ['county-durham.json', 320],
    ['walsall-wwof.json', 720],
  ] as const) {
    it(`${file} at ${width} px: no text drawn below 12 px; what is cut or numbered is in the key in full`, async () => {
      const spec = await exampleSpec(file);
      const el = await mount(html`<wellbeing-wheel .spec=${spec}></wellbeing-wheel>`, width);
      const small = drawnFontSizes(el).filter((t) => t.size < 12);
      expect(small, 'text under 12 px').to.deep.equal([]);
      const key = textOf(shadow(el).querySelector('.key'));
      for (const text of drawnFontSizes(el).filter((t) => t.text.endsWith('…'))) {
        const full = [...domainsOf(spec).flatMap((d) => [d, ...(d.children ?? [])]).map((d) => d.label), ...((spec.framework as { factors?: Array<{ label: string }> }).factors ?? []).map((f) => f.label)].find((label) =>
          label.startsWith(text.text.slice(0, -1).trim()),
        );
        expect(full, `the cut text "${text.text}" is a label`).to.be.a('string');
        expect(key, `"${full}" in full in the key`).to.include(full!);
      }
      for (const marker of shadow(el).querySelectorAll('text.marker')) {
        expect(key, 'a numbered segment is in the key').to.include(textOf(marker));
      }
    });
  }

  it('follows the browser text size: at 32 px the labels are drawn larger (and still never below 12 px × 2)', async () => {
    const spec = await exampleSpec('walsall-wwof.json');
    const normal = await mount(html`<wellbeing-wheel .spec=${structuredClone(spec)}></wellbeing-wheel>`, 720);
    const normalLabels = drawnFontSizes(normal).filter((t) => t.what.startsWith('label'));
    const normalLargest = Math.max(...normalLabels.map((t) => t.size));
    for (const node of mounted.splice(0)) node.remove();

    document.documentElement.style.fontSize = '32px';
    const large = await mount(html`<wellbeing-wheel .spec=${structuredClone(spec)}></wellbeing-wheel>`, 720);
    const sizes = drawnFontSizes(large);
    expect(sizes.filter((t) => t.size < 24), 'nothing under 24 px at 32 px text').to.deep.equal([]);
    const labels = sizes.filter((t) => t.what.startsWith('label'));
    if (labels.length) expect(Math.max(...labels.map((t) => t.size))).to.be.greaterThan(normalLargest);
    // Whatever did not fit at that size is numbered, and the key says it in words at the reader's size.
    const key = shadow(large).querySelector('.key');
    expect(key, 'a key in words').to.not.equal(null);
    expect(Number.parseFloat(getComputedStyle(key!).fontSize)).to.be.at.least(24);
  });
});

describe('<wellbeing-wheel> bounded work for any label or size', function () {
  this.timeout(40000);

  it('balancedWrap measures linearly in the words, not every run of words (cubic)', () => {
    const text = Array.from({ length: 200 }, (_, i) => `word${i % 10}`).join(' ');
    const { measure, calls } = counting();
    const result = balancedWrap(text, 3, 12, measure);
    expect(result.lines).to.have.length(3);
    // The lines are balanced: no line wider than needed by more than one word.
    const greedy = wrap(text, result.width + 0.01, 12, approximateMeasure);
    expect(greedy.length).to.be.at.most(3);
    expect(calls()).to.be.below(200 * 30);
  });

  it('a label of 10,000 words or one word of 100,000 characters is not fitted at all (a few calls)', () => {
    const sector = { cx: 200, cy: 200, r0: 60, r1: 190, start: 0, end: Math.PI / 3 };
    for (const text of ['wellbeing '.repeat(10000), 'x'.repeat(100000)]) {
      const { measure, calls } = counting();
      expect(fitInSector(text, sector, measure, { maxFont: 16, minFont: 12, maxLines: 3, pad: 3 })).to.equal(undefined);
      expect(calls()).to.be.below(10);
    }
  });

  it('ellipsize looks at a bounded prefix and bisects (a 100,000-character label)', () => {
    const { measure, calls } = counting();
    const cut = ellipsize('Support in our neighbourhoods '.repeat(4000), 200, 12, measure);
    expect(cut.endsWith('…')).to.equal(true);
    expect(approximateMeasure(cut, 12)).to.be.at.most(200);
    expect(calls()).to.be.below(40);
  });

  it('a whole layout with hostile labels stays within a bounded number of measurements', () => {
    const { measure, calls } = counting();
    const hostile = ['a '.repeat(5000), 'x'.repeat(100000), 'Support in our neighbourhoods and communities '.repeat(30)];
    const ring = Array.from({ length: 30 }, (_, i) => ({
      id: `d${i}`,
      label: hostile[i % 3]!,
      childIds: [],
      parentId: undefined,
      counts: [],
      hasData: false,
      isGroupOnly: false,
    }));
    const layout = layoutWheel({ size: 640, rings: [ring], centre: { label: hostile[0]!, statement: hostile[2] }, showStatement: true, factors: ring.map((d) => ({ id: d.id, label: d.label })), measure });
    expect(layout.segments.every((s) => s.keyNumber !== undefined)).to.equal(true);
    expect(layout.needsKey).to.equal(true);
    expect(calls()).to.be.below(50000);
  });

  it('a domain label of 10,000 words draws, numbered, with its full text in the key and its name', async () => {
    const spec = await exampleSpec('islington.json');
    const long = Array.from({ length: 10000 }, (_, i) => `word${i}`).join(' ');
    domainsOf(spec)[0]!.label = long;
    const el = await mount(html`<wellbeing-wheel .spec=${spec}></wellbeing-wheel>`, 600);
    const first = shadow(el).querySelector<SVGGElement>('.segment')!;
    expect(first.querySelector('text.marker'), 'drawn as a number').to.not.equal(null);
    expect(first.getAttribute('aria-label')).to.include(long);
    expect(textOf(shadow(el).querySelector('.key'))).to.include(long);
  });

  it(`a framework of 2,000 domains is not drawn as a wheel: it says why and opens the table`, async () => {
    const spec = await exampleSpec('islington.json');
    const domains = domainsOf(spec);
    const template = domains[0]!;
    (spec.framework as { domains: Domain[] }).domains = Array.from({ length: 2000 }, (_, i) => ({ ...template, id: `domain-${i}`, label: `Domain ${i + 1}` }));
    const el = await mount(html`<wellbeing-wheel .spec=${spec}></wellbeing-wheel>`, 600);
    expect(shadow(el).querySelector('svg.wheel')).to.equal(null);
    expect(textOf(shadow(el).querySelector('.too-many'))).to.equal(
      `This framework has 2000 domains. A wheel can only show up to ${MAX_DRAWN_DOMAINS} in a way people can read, so the table below lists them all.`,
    );
    const details = shadow(el).querySelector('details.data') as HTMLDetailsElement;
    expect(details.open).to.equal(true);
    expect(shadow(el).querySelectorAll('table tbody')).to.have.length(2000);
  });
});
