/**
 * The wheel's layout maths, without a browser's text: the approximate measure is wider than real
 * fonts, so what fits here fits on the page. Frameworks are the real ones in examples/data.
 */
import { expect } from '@open-wc/testing';
import {
  boxesOverlap,
  boxInSector,
  pointInSector,
  sectorPath,
  textArcPath,
  TAU,
  type Box,
  type Sector,
} from '../../../src/elements/wellbeing-wheel/geometry.js';
import { approximateMeasure, balancedWrap, ellipsize, fitAlongArc, fitInSector, wrap } from '../../../src/elements/wellbeing-wheel/labels.js';
import { layoutWheel, type LayoutDomain, type LayoutInput, type WheelLayout } from '../../../src/elements/wellbeing-wheel/layout.js';
import { buildWheelViewModel } from '../../../src/elements/wellbeing-wheel/view-model.js';
import { messagesFor } from '../../../src/i18n/index.js';
import { Model } from '../../../src/model/model.js';
import { parseSpec } from '../../../src/spec/parse.js';
import type { Spec } from '../../../src/spec/schema.js';
import { exampleSpec } from '../../helpers.js';

const measure = approximateMeasure;

async function layoutOf(file: string, size: number, extra: Partial<LayoutInput> = {}): Promise<WheelLayout> {
  const parsed = parseSpec(await exampleSpec(file));
  if (!parsed.ok) throw new Error('bad spec');
  const view = buildWheelViewModel(new Model(parsed.spec as Spec), {}, messagesFor('en'));
  return layoutWheel({ size, rings: view.rings, centre: view.centre, factors: view.factors, measure, ...extra });
}

const domain = (id: string, label: string, counts: LayoutDomain['counts'] = [], childIds: string[] = [], parentId?: string): LayoutDomain => ({
  id,
  label,
  childIds,
  parentId,
  counts,
  hasData: counts.length > 0,
  isGroupOnly: counts.length === 0 && childIds.length > 0,
});

/** Every horizontal label lies inside its own segment (above its band) and no two labels overlap. */
function expectLabelsInside(layout: WheelLayout): void {
  const boxes: Box[] = [];
  for (const s of layout.segments) {
    const labelArea: Sector = { ...s.sector, r1: s.band ? s.band.r0 : s.sector.r1 };
    if (s.label) {
      const box = { x: s.label.x, y: s.label.y, width: s.label.width, height: s.label.height };
      expect(boxInSector(box, labelArea, 0, s.label.rotate ?? 0), `label of ${s.id} inside its segment`).to.equal(true);
      // Radial labels are turned inside their own segment, so containment alone rules out overlaps.
      if (!s.label.rotate) boxes.push(box);
    } else if (s.curvedLabel) {
      for (const line of s.curvedLabel.lines) {
        const arc = (line.radius - s.curvedLabel.fontSize / 2) * (s.sector.end - s.sector.start);
        expect(line.length, `curved label of ${s.id} shorter than its arc`).to.be.at.most(arc);
        expect(line.radius + s.curvedLabel.fontSize / 2).to.be.at.most(labelArea.r1);
        expect(line.radius - s.curvedLabel.fontSize / 2).to.be.at.least(labelArea.r0);
      }
    } else {
      expect(s.marker, `${s.id} has a number instead`).to.not.equal(undefined);
      expect(s.keyNumber).to.be.a('number');
    }
  }
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i]!, boxes[j]!)).to.equal(false);
}

describe('wellbeing-wheel geometry and labels', () => {
  const sector: Sector = { cx: 100, cy: 100, r0: 40, r1: 90, start: 0, end: Math.PI / 2 };

  it('a point is in a sector only within its radii and angles, with padding', () => {
    expect(pointInSector({ x: 150, y: 50 }, sector)).to.equal(true); // up and right: inside the first quarter
    expect(pointInSector({ x: 50, y: 50 }, sector)).to.equal(false); // up and left: outside the angle
    expect(pointInSector({ x: 110, y: 95 }, sector)).to.equal(false); // too near the centre
    expect(pointInSector({ x: 100 + 41, y: 99 }, sector, 2)).to.equal(false); // 1 px from the start edge... at pad 2
  });

  it('a box that bulges into the inner circle does not fit, though its corners do', () => {
    // A wide flat box straddling the bisector at the inner radius: corners outside r0, middle inside.
    const wide: Sector = { cx: 0, cy: 0, r0: 50, r1: 200, start: -Math.PI / 2, end: Math.PI / 2 };
    // Bottom corners (±30, −49) are 57 px out, but the bottom edge's middle (0, −49) is inside r0 = 50.
    expect(boxInSector({ x: 0, y: -51, width: 60, height: 4 }, wide)).to.equal(false);
    expect(boxInSector({ x: 0, y: -70, width: 20, height: 10 }, wide)).to.equal(true);
  });

  it('sector paths: one arc each way for a segment, two half circles each way for a whole ring', () => {
    expect(sectorPath(sector).match(/A/g)).to.have.length(2);
    const ring = sectorPath({ ...sector, start: 0, end: TAU });
    expect(ring.match(/A/g)).to.have.length(4);
    expect(ring.match(/Z/g)).to.have.length(2);
  });

  it('text arcs run clockwise on the upper half and anticlockwise on the lower half (upright text)', () => {
    expect(textArcPath(0, 0, 10, -0.5, 0.5)).to.match(/ 0 0 1 /);
    expect(textArcPath(0, 0, 10, Math.PI - 0.5, Math.PI + 0.5)).to.match(/ 0 0 0 /);
  });

  it('wraps into balanced lines and shortens with an ellipsis', () => {
    expect(wrap('Meaningful Connections here', 70, 10, measure)).to.deep.equal(['Meaningful', 'Connections', 'here']);
    expect(balancedWrap('Informed by Evidence and Local Conversations', 2, 10, measure).lines).to.deep.equal([
      'Informed by Evidence',
      'and Local Conversations',
    ]);
    const short = ellipsize('Strength and quality of relationships', 60, 10, measure);
    expect(short.endsWith('…')).to.equal(true);
    expect(measure(short, 10)).to.be.at.most(60);
  });

  it('fits a label at the largest size that fits, else gives up', () => {
    const options = { maxFont: 16, minFont: 10, maxLines: 3, pad: 3 };
    const placed = fitInSector('Health', sector, measure, options)!;
    expect(placed.fontSize).to.be.within(10, 16);
    expect(boxInSector({ x: placed.x, y: placed.y, width: placed.width, height: placed.height }, sector, 3)).to.equal(true);
    // The largest that fits: half a pixel more does not.
    expect(fitInSector('Health', sector, measure, { ...options, minFont: placed.fontSize + 0.5 })).to.equal(undefined);
    const tiny: Sector = { ...sector, r0: 40, r1: 46 };
    expect(fitInSector('Health', tiny, measure, { maxFont: 16, minFont: 10, maxLines: 3, pad: 3 })).to.equal(undefined);
    // Along the arc it fits where horizontal text cannot: a shallow but long segment.
    const shallow: Sector = { cx: 0, cy: 0, r0: 120, r1: 140, start: 0.3, end: 1.0 };
    expect(fitAlongArc('Principle 1', shallow, measure, { maxFont: 12, minFont: 10, maxLines: 2, pad: 2 })?.lines).to.have.length(1);
  });
});

describe('wellbeing-wheel layout', () => {
  for (const size of [320, 480, 800]) {
    it(`Walsall (9 domains, 4 factors) at ${size} px: labels inside their segments, never overlapping`, async () => {
      const layout = await layoutOf('walsall-wwof.json', size);
      expect(layout.segments).to.have.length(9);
      expect(layout.factors).to.have.length(4);
      expectLabelsInside(layout);
      // Every cell with a status shows its letter (status never by colour alone).
      for (const s of layout.segments) for (const cell of s.band?.cells ?? []) if (cell.status !== 'domain-no-data') expect(cell.letters.length, s.id).to.be.above(0);
    });

    it(`County Durham (3 + 6 domains) at ${size} px: two rings, labels inside`, async () => {
      const layout = await layoutOf('county-durham.json', size);
      expect(layout.segments.filter((s) => s.ring === 0)).to.have.length(3);
      expect(layout.segments.filter((s) => s.ring === 1)).to.have.length(6);
      // A parent without children (evidence) reaches across both rings; parents with children stop at the first.
      const evidence = layout.segments.find((s) => s.id === 'evidence')!;
      const people = layout.segments.find((s) => s.id === 'people-and-places')!;
      const p1 = layout.segments.find((s) => s.id === 'p1')!;
      expect(evidence.sector.r1).to.equal(p1.sector.r1);
      expect(people.sector.r1).to.equal(p1.sector.r0);
      expect(people.band).to.equal(undefined); // no indicators of its own: no band
      expectLabelsInside(layout);
    });
  }

  it('every Walsall label is written out from 480 px up; on a phone, words at 12 px or more, else numbers in order with a key', async () => {
    const phone = await layoutOf('walsall-wwof.json', 320);
    for (const s of phone.segments) {
      const size = s.label?.fontSize ?? s.curvedLabel?.fontSize;
      if (size !== undefined) expect(size, s.id).to.be.at.least(12);
      else expect(s.keyNumber, s.id).to.be.a('number');
    }
    for (const size of [480, 800]) {
      const layout = await layoutOf('walsall-wwof.json', size);
      expect(layout.segments.filter((s) => !s.label && !s.curvedLabel).map((s) => s.id), `${size} px`).to.deep.equal([]);
      expect(layout.needsKey, `${size} px`).to.equal(false);
    }
    const tiny = await layoutOf('walsall-wwof.json', 240);
    const numbered = tiny.segments.filter((s) => s.keyNumber);
    expect(numbered.length).to.be.above(0);
    expect(numbered.map((s) => s.keyNumber)).to.deep.equal(numbered.map((_, i) => i + 1));
    expect(tiny.needsKey).to.equal(true);
  });

  it('on a phone the centre gets smaller, each band still holding its own text at 12 px or more', async () => {
    const share = (layout: WheelLayout) => {
      const radius = layout.size / 2;
      const s = layout.segments.find((x) => x.id === 'health')!;
      return { words: (s.band!.r0 - s.sector.r0) / radius, factors: (layout.factorBand!.r1 - layout.factorBand!.r0) / radius, centre: layout.centre.r / radius };
    };
    const phone = await layoutOf('walsall-wwof.json', 320);
    const page = await layoutOf('walsall-wwof.json', 480);
    expect(share(phone).centre).to.be.below(share(page).centre);
    // What the squeeze must not cost: the centre's words at 12 px or more, factor names whole at 12 px
    // or more inside their band, and a letter in every status cell.
    expect(phone.centre.label?.lines.join(' ')).to.equal('Personal wellbeing');
    expect(phone.centre.label!.fontSize).to.be.at.least(12);
    for (const f of phone.factors) {
      expect(f.truncated, f.label).to.equal(false);
      expect(f.fontSize).to.be.at.least(12).and.at.most(phone.factorBand!.r1 - phone.factorBand!.r0);
    }
    for (const s of phone.segments) for (const cell of s.band?.cells ?? []) if (cell.status !== 'domain-no-data') expect(cell.letters.length, s.id).to.be.above(0);
  });

  it('from 480 px up the layout is unchanged by the phone squeeze: 33% centre, full factor and status bands', async () => {
    for (const size of [480, 800]) {
      const layout = await layoutOf('walsall-wwof.json', size);
      const radius = size / 2 - 6;
      const factorWidth = Math.min(30, radius * 0.12);
      expect(layout.factorBand!.r1 - layout.factorBand!.r0).to.be.closeTo(factorWidth, 1e-9);
      expect(layout.centre.r).to.be.closeTo((radius - factorWidth - 4) * 0.33, 1e-9);
      const health = layout.segments.find((s) => s.id === 'health')!;
      expect(health.band!.r1 - health.band!.r0).to.be.closeTo(Math.min(24, Math.max(17, radius * 0.095)), 1e-9);
    }
  });

  it('one domain: a whole ring', () => {
    const layout = layoutWheel({ size: 400, rings: [[domain('only', 'Everything', [{ status: 'similar', count: 1, letter: 'S' }])]], centre: { label: 'Wellbeing' }, factors: [], measure });
    expect(layout.segments).to.have.length(1);
    expect(layout.segments[0]!.sector.end - layout.segments[0]!.sector.start).to.be.closeTo(TAU, 1e-9);
    expect(layout.segments[0]!.label?.lines).to.deep.equal(['Everything']);
  });

  it('20 domains: narrow segments take their labels along the radius, upright on both halves', () => {
    const rings = [Array.from({ length: 20 }, (_, i) => domain(`d${i}`, `Happiness yesterday ${i + 1}`, [{ status: 'similar', count: 1, letter: 'S' }]))];
    const layout = layoutWheel({ size: 600, rings, centre: { label: 'Personal wellbeing' }, factors: [], measure });
    expectLabelsInside(layout);
    const radial = layout.segments.filter((s) => s.label?.rotate !== undefined);
    // Near three and nine o'clock horizontal text already runs along the radius; elsewhere labels turn.
    expect(radial.length).to.be.above(4);
    expect(layout.segments.filter((s) => s.keyNumber)).to.have.length(0);
    // Never upside down: the turn stays within a quarter either side of horizontal.
    for (const s of radial) expect(Math.abs(s.label!.rotate!)).to.be.at.most(90);
  });

  it('20 domains at 320 px: every segment has a label or a number, and numbers are unique', () => {
    const rings = [Array.from({ length: 20 }, (_, i) => domain(`d${i}`, `Domain number ${i + 1} with a long name`, [{ status: 'worse', count: 1, letter: 'W' }]))];
    const layout = layoutWheel({ size: 320, rings, centre: { label: 'Personal wellbeing' }, factors: [], measure });
    expect(layout.segments).to.have.length(20);
    expectLabelsInside(layout);
    const numbers = layout.segments.flatMap((s) => (s.keyNumber ? [s.keyNumber] : []));
    expect(new Set(numbers).size).to.equal(numbers.length);
  });

  it('40 indicators in a domain: one cell per status, each with its letter', () => {
    const counts = [
      { status: 'worse' as const, count: 3, letter: 'W' },
      { status: 'similar' as const, count: 30, letter: 'S' },
      { status: 'not-compared' as const, count: 7, letter: '–' },
    ];
    const rings = [[domain('big', 'Big', counts), domain('b', 'B', [{ status: 'better', count: 1, letter: 'B' }]), domain('c', 'C')]];
    const layout = layoutWheel({ size: 480, rings, centre: { label: 'Wellbeing' }, factors: [], measure });
    const cells = layout.segments[0]!.band!.cells;
    expect(cells.map((c) => [c.status, c.count])).to.deep.equal([
      ['worse', 3],
      ['similar', 30],
      ['not-compared', 7],
    ]);
    expect(cells.every((c) => c.letters.length > 0)).to.equal(true);
    // A domain without data gets one dashed "no data" band.
    expect(layout.segments[2]!.band!.cells.map((c) => c.status)).to.deep.equal(['domain-no-data']);
  });

  it('a few indicators: one cell per indicator, so the count can be read off the band', async () => {
    const layout = await layoutOf('walsall-wwof.json', 480);
    const health = layout.segments.find((s) => s.id === 'health')!;
    expect(health.band!.cells.map((c) => c.status)).to.deep.equal(['similar', 'not-compared', 'not-compared']);
  });

  it('a factor label too long for its arc is shortened with "…" and the key lists it in full', () => {
    const factors = [
      { id: 'f1', label: 'A factor whose name goes on and on far beyond what a quarter of the outer band can hold' },
      { id: 'f2', label: 'Short' },
    ];
    const layout = layoutWheel({ size: 320, rings: [[domain('a', 'A'), domain('b', 'B')]], centre: { label: 'C' }, factors, measure });
    expect(layout.factors[0]!.truncated).to.equal(true);
    expect(layout.factors[0]!.text.endsWith('…')).to.equal(true);
    expect(layout.factors[1]!.text).to.equal('Short');
    expect(layout.needsKey).to.equal(true);
  });

  it('the centre statement goes inside the centre when there is room, and not when there is not', async () => {
    const wide = await layoutOf('islington.json', 900, { showStatement: true });
    expect(wide.centre.statement?.lines.join(' ')).to.equal('How people rate their own lives: four questions, each answered from 0 to 10.');
    const narrow = await layoutOf('walsall-wwof.json', 320, { showStatement: true });
    expect(narrow.centre.statement).to.equal(undefined);
    expect(narrow.centre.label?.lines.join(' ')).to.equal('Personal wellbeing');
  });
});
