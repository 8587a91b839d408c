/**
 * The text of <inequality-gap>'s chart at the reader's text size (issue 11): at 320 px wide with 200%
 * text (root font 32 px) every label, title and key entry of the SVG is whole, inside the SVG and
 * clear of every other; at 720 px with usual text the same, and drawn as before. Real Fingertips
 * data (gap-fixtures.ts).
 */
import { expect } from '@open-wc/testing';
import '../../../src/elements/inequality-gap/inequality-gap.js';
import type { InequalityGap } from '../../../src/elements/inequality-gap/inequality-gap.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { eventWithin, shadow, textOf } from '../../helpers.js';
import { COUNTY_DURHAM, deprivation, lifeExpectancy } from './gap-fixtures.js';

/** A unit as long as some publishers write (the data's own are 'per 100,000' and 'years'). */
const LONG_UNIT = 'deaths per 100,000 people, directly age-standardised';
async function withLongUnit(spec: Promise<SpecInput>, indicator: string): Promise<SpecInput> {
  const copy = await spec;
  for (const i of copy.indicators as Array<{ id: string; unit?: string }>) if (i.id === indicator) i.unit = LONG_UNIT;
  return copy;
}

const holders: HTMLElement[] = [];
afterEach(() => {
  holders.splice(0).forEach((h) => h.remove());
  document.documentElement.style.fontSize = '';
});

/** A gap drawn in a box `width` px wide, with the reader's text size `rootFontSize` (the root's font size). */
async function gap(spec: () => Promise<SpecInput>, attributes: Record<string, string>, width: number, rootFontSize: string): Promise<InequalityGap> {
  document.documentElement.style.fontSize = rootFontSize;
  const holder = document.createElement('div');
  holder.style.width = `${width}px`;
  document.body.append(holder);
  holders.push(holder);
  const el = document.createElement('inequality-gap') as InequalityGap;
  for (const [name, value] of Object.entries(attributes)) el.setAttribute(name, value);
  el.spec = await spec();
  const ready = eventWithin(el, 'wellbeing-ready', 20000);
  holder.append(el);
  await ready;
  return el;
}

interface DrawnText {
  text: string;
  /** Its lines when Vega writes it in several (tspans), else []. */
  lines: string[];
  box: DOMRect;
  role: string;
  fontSize: number;
}

/** Every text the reader sees in the chart's SVG (Vega hides a label that would overlap with opacity 0). */
function drawnTexts(el: Element): DrawnText[] {
  return [...shadow(el).querySelectorAll('.chart svg text')]
    .filter((t) => t.getAttribute('opacity') !== '0' && textOf(t) !== '')
    .map((t) => ({
      text: textOf(t),
      lines: [...t.querySelectorAll('tspan')].map((s) => textOf(s)),
      box: t.getBoundingClientRect(),
      role: [...(t.closest('g[class*="role-"]')?.classList ?? [])].find((c) => c.startsWith('role-')) ?? '',
      fontSize: parseFloat(getComputedStyle(t).fontSize),
    }));
}

const overlap = (a: DOMRect, b: DOMRect) => Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Each text whole (not cut with an ellipsis), inside the SVG, and clear of every other text. */
function expectWholeInsideApart(el: Element): DrawnText[] {
  const svg = shadow(el).querySelector('.chart svg')!.getBoundingClientRect();
  const texts = drawnTexts(el);
  expect(texts.length).to.be.greaterThan(3);
  for (const { text, box } of texts) {
    expect(text, `'${text}' is whole`).not.to.match(/…$/);
    expect(box.left, `'${text}' starts inside the SVG`).to.be.at.least(svg.left);
    expect(box.right, `'${text}' ends inside the SVG`).to.be.at.most(svg.right);
    expect(box.top, `'${text}' is below the SVG's top`).to.be.at.least(svg.top);
    expect(box.bottom, `'${text}' is above the SVG's bottom`).to.be.at.most(svg.bottom);
  }
  texts.forEach((a, i) =>
    texts.slice(i + 1).forEach((b) => {
      expect(overlap(a.box, b.box), `'${a.text}' (${a.role}) and '${b.text}' (${b.role}) do not overlap`).to.equal(false);
    }),
  );
  return texts;
}

/** Every text at the reader's chart text size (three quarters of the element's): none stays at a fixed smaller size. */
function expectReadersSize(texts: DrawnText[], px: number): void {
  for (const t of texts) expect(t.fontSize, `'${t.text}' (${t.role}) at ${px} px`).to.be.at.least(px);
}

const ORDERED = { spec: deprivation, attributes: { indicator: 'alcohol-related-mortality', area: 'E92000001' } };
const ROWS = { spec: lifeExpectancy, attributes: { indicator: 'life-expectancy', area: COUNTY_DURHAM } };
const OVER_TIME = { spec: lifeExpectancy, attributes: { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' } };
const DECILE_TITLE = 'Deprivation decile (1 = most deprived)';

/** The period labels a reader sees, left to right. */
const periodLabels = (el: Element) =>
  drawnTexts(el)
    .filter((t) => t.role === 'role-axis-label' && / to /.test(t.text))
    .sort((a, b) => a.box.left - b.box.left);

/** The points of the first series, left to right. */
const seriesPoints = (el: Element) =>
  [...shadow(el).querySelectorAll('.chart svg .mark-symbol.role-mark path')]
    .map((p) => p.getBoundingClientRect())
    .sort((a, b) => a.left - b.left);

const centre = (box: DOMRect) => (box.left + box.right) / 2;

describe('<inequality-gap> chart text at 320 px with 200% text', function () {
  this.timeout(30000);

  it('groups in order: every text whole, inside and apart; the axis title whole, in lines; text at 24 px', async () => {
    const el = await gap(ORDERED.spec, ORDERED.attributes, 320, '32px');
    const texts = expectWholeInsideApart(el);
    expectReadersSize(texts, 24); // the status letters and the overall value's label too
    const title = texts.find((t) => t.text.startsWith('Deprivation'))!;
    expect(title.lines.length, 'in more than one line').to.be.greaterThan(1);
    expect(title.lines.join(' ')).to.equal(DECILE_TITLE);
    expect(title.fontSize).to.equal(24);
  });

  it('groups in rows: every text whole, inside and apart', async () => {
    const el = await gap(ROWS.spec, ROWS.attributes, 320, '32px');
    const texts = expectWholeInsideApart(el);
    expect(texts.map((t) => t.text)).to.include.members(['Female', 'Male', 'Sex', 'years']);
    expectReadersSize(texts, 24); // the status letters and the overall value's label too
  });

  it('over time: every text whole, inside and apart (the key, the value axis title, the periods), the latest period labelled', async () => {
    const el = await gap(OVER_TIME.spec, OVER_TIME.attributes, 320, '32px');
    const texts = expectWholeInsideApart(el);
    expect(texts.map((t) => t.text)).to.include.members(['Female', 'Male', 'years']);
    // The gaps written on the chart at the reader's size: the first and the latest, inside the plot.
    expectReadersSize(texts, 24);
    const gaps = texts.filter((t) => t.role === 'role-mark' && /^\d+(\.\d+)?$/.test(t.text));
    expect(gaps.length, 'the first and the latest gap').to.equal(2);
    // Two labels of this width do not fit side by side in this plot: the latest alone is written.
    const labels = periodLabels(el);
    expect(labels.map((l) => l.text)).to.deep.equal(['2023 to 2025']);
    // It ends at the latest point (centred, it would run out of the chart).
    expect(Math.abs(labels[0]!.box.right - centre(seriesPoints(el).at(-1)!))).to.be.below(1.5);
  });
});

describe('<inequality-gap> a long value axis title at 320 px with 200% text', function () {
  this.timeout(30000);

  const expectTitleInLines = (el: Element, texts: DrawnText[]) => {
    const title = texts.find((t) => t.text.startsWith('deaths'))!;
    expect(title.lines.length, 'in more than one line').to.be.greaterThan(1);
    expect(title.lines.join(' ')).to.equal(LONG_UNIT);
    const grid = [...shadow(el).querySelectorAll('.chart svg .role-axis-grid line')].map((l) => l.getBoundingClientRect().top);
    expect(title.box.bottom, 'above the plot').to.be.at.most(Math.min(...grid));
    return title;
  };

  it("groups in order: the value axis's title is whole, in lines above the plot; every text whole, inside and apart", async () => {
    const el = await gap(() => withLongUnit(ORDERED.spec(), ORDERED.attributes.indicator), ORDERED.attributes, 320, '32px');
    expectTitleInLines(el, expectWholeInsideApart(el));
  });

  it("over time: the value axis's title is whole, in lines above the plot; every text whole, inside and apart, the latest period labelled", async () => {
    const el = await gap(() => withLongUnit(OVER_TIME.spec(), OVER_TIME.attributes.indicator), OVER_TIME.attributes, 320, '32px');
    expectTitleInLines(el, expectWholeInsideApart(el));
    // Where the first and the latest period's labels would not fit side by side, only the latest is written.
    expect(periodLabels(el).at(-1)?.text).to.equal('2023 to 2025');
  });
});

describe('<inequality-gap> chart text at 720 px with usual text', function () {
  this.timeout(30000);

  it('groups in order: every text whole, inside and apart; the axis title on one line under the middle of the plot, as before', async () => {
    const el = await gap(ORDERED.spec, ORDERED.attributes, 720, '16px');
    const texts = expectWholeInsideApart(el);
    const title = texts.find((t) => t.text === DECILE_TITLE)!;
    expect(title.lines, 'one line, no tspans').to.deep.equal([]);
    expect(title.fontSize).to.equal(12);
    const grid = shadow(el).querySelector('.chart svg .role-axis-grid')!.getBoundingClientRect();
    const plot = shadow(el).querySelector('.chart svg .role-axis-domain line, .chart svg .role-axis-domain path')!.getBoundingClientRect();
    expect(Math.abs(centre(title.box) - centre(grid.width ? grid : plot)), 'centred under the plot').to.be.below(1);
    // Every decile is labelled.
    expect(texts.filter((t) => t.role === 'role-axis-label' && /^\d+$/.test(t.text) && Number(t.text) <= 10).map((t) => t.text)).to.include.members(['1', '5', '10']);
  });

  it('groups in rows: every text whole, inside and apart', async () => {
    const el = await gap(ROWS.spec, ROWS.attributes, 720, '16px');
    expectWholeInsideApart(el);
  });

  it('over time: every text whole, inside and apart; period labels centred under their points, the first starting and the latest ending at theirs', async () => {
    const el = await gap(OVER_TIME.spec, OVER_TIME.attributes, 720, '16px');
    expectWholeInsideApart(el);
    const labels = periodLabels(el);
    expect(labels.map((l) => l.text)).to.deep.equal(['2015 to 2017', '2017 to 2019', '2019 to 2021', '2021 to 2023', '2023 to 2025']);
    const points = seriesPoints(el);
    const xs = [...new Set(points.map((p) => Math.round(centre(p))))];
    // Centred under the first point, the first label would reach past the plot's edge onto the
    // value axis's labels (in the element's font): it starts at its point instead, and the latest
    // ends at the latest point.
    expect(Math.abs(labels[0]!.box.left - xs[0]!), 'the first label starts at the first point').to.be.below(1.5);
    expect(Math.abs(labels.at(-1)!.box.right - xs.at(-1)!), 'the latest label ends at the latest point').to.be.below(1.5);
    // The others under a point each (every other period is labelled).
    for (const label of labels.slice(1, -1)) {
      expect(Math.min(...xs.map((x) => Math.abs(x - centre(label.box)))), `${label.text} is centred under its point`).to.be.below(1.5);
    }
  });
});

describe('<inequality-gap> chart text in the page\'s font', function () {
  this.timeout(30000);

  it('--wb-font-family is the font of every text in each kind of chart', async () => {
    // Set on the page, as an author's stylesheet would.
    document.documentElement.style.setProperty('--wb-font-family', 'Georgia, serif');
    try {
      for (const { spec, attributes } of [ORDERED, ROWS, OVER_TIME]) {
        const el = await gap(spec, attributes, 720, '16px');
        const texts = [...shadow(el).querySelectorAll('.chart svg text')];
        expect(texts.length).to.be.greaterThan(5);
        for (const text of texts) expect(getComputedStyle(text).fontFamily, `'${textOf(text)}' (${Object.values(attributes).join(' ')})`).to.equal('Georgia, serif');
      }
    } finally {
      document.documentElement.style.removeProperty('--wb-font-family');
    }
  });
});
