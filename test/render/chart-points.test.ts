import { expect } from '@open-wc/testing';
import { chartTextSize, lineDirection, nearestPoint, nextPoint, samePoint, tooltipPlace, type ChartPoint } from '../../src/render/chart-points.js';

/** A chart of two lines (series 0 and 1) over three periods, 100 px apart; series 1 has no middle point. */
const at = (series: number, order: number, x: number, y: number, pointer = true): ChartPoint => ({
  series,
  order,
  box: { x, y, width: 0, height: 0 },
  lines: [['', `${series}/${order}`]],
  sentence: `${series}/${order}`,
  pointer,
});
const points = [at(0, 0, 0, 50), at(0, 1, 100, 40), at(0, 2, 200, 30), at(1, 0, 0, 80), at(1, 2, 200, 90)];
const words = (index: number) => points[index]!.sentence;

describe('chart-points (the pure part of the chart controller)', () => {
  it('Left and Right move along a line, Home and End to its ends; they stop at the ends', () => {
    expect(words(nextPoint(points, 1, 'ArrowRight'))).to.equal('0/2');
    expect(words(nextPoint(points, 2, 'ArrowRight'))).to.equal('0/2');
    expect(words(nextPoint(points, 1, 'ArrowLeft'))).to.equal('0/0');
    expect(words(nextPoint(points, 4, 'Home'))).to.equal('1/0');
    expect(words(nextPoint(points, 0, 'End'))).to.equal('0/2');
    // Along the second line, the missing middle period is skipped.
    expect(words(nextPoint(points, 3, 'ArrowRight'))).to.equal('1/2');
  });

  it('Up and Down move between lines, to the nearest period; nothing above the first or below the last', () => {
    expect(words(nextPoint(points, 0, 'ArrowDown'))).to.equal('1/0');
    expect(words(nextPoint(points, 3, 'ArrowUp'))).to.equal('0/0');
    expect(words(nextPoint(points, 0, 'ArrowUp'))).to.equal('0/0');
    expect(words(nextPoint(points, 3, 'ArrowDown'))).to.equal('1/0');
    // From the middle period (none on the second line) Down goes to the nearest: the first found.
    expect(nextPoint(points, 1, 'ArrowDown')).to.be.oneOf([3, 4]);
  });

  it('with nothing chosen yet, a key moves from the start point', () => {
    expect(words(nextPoint(points, -1, 'ArrowLeft', 2))).to.equal('0/1');
    expect(words(nextPoint(points, -1, 'Home', 2))).to.equal('0/0');
    expect(nextPoint([], -1, 'ArrowRight')).to.equal(-1);
  });

  it('a single line (or a ranked list running down the page) is walked with every arrow', () => {
    const rows = [at(0, 0, 10, 0), at(0, 1, 12, 30), at(0, 2, 11, 60)];
    expect(lineDirection(rows)).to.equal('y');
    expect(nextPoint(rows, 0, 'ArrowDown', 0, 'y')).to.equal(1);
    expect(nextPoint(rows, 1, 'ArrowRight', 0, 'y')).to.equal(2);
    expect(nextPoint(rows, 1, 'ArrowUp', 0, 'y')).to.equal(0);
    expect(lineDirection(points)).to.equal('x');
  });

  it('after a redraw the keyboard\'s point is found again: same line and words, else same place; gone: none', () => {
    const redrawn = points.map((p) => ({ ...p, box: { ...p.box, x: p.box.x * 1.5 } })).reverse();
    expect(words(redrawn.length - 1 - samePoint(redrawn, points[1]!))).to.equal('0/1');
    expect(samePoint(redrawn, { series: 1, order: 2, sentence: 'other words' })).to.equal(0);
    expect(samePoint(redrawn, { series: 1, order: 1, sentence: '1/1' })).to.equal(-1);
  });

  it('the nearest point within 24 px answers a pointer; farther, none; keyboard-only points never', () => {
    expect(nearestPoint(points, 110, 40)).to.equal(1); // 10 px from the mark
    expect(nearestPoint(points, 100, 63)).to.equal(1); // 23 px
    expect(nearestPoint(points, 150, 120)).to.equal(-1);
    expect(nearestPoint([at(0, 0, 0, 0, false), at(0, 1, 20, 0)], 0, 0)).to.equal(1);
    // Inside a bar, the bar (distance 0) wins over a point 5 px away.
    const bar: ChartPoint = { ...at(2, 0, 0, 0), box: { x: 0, y: 0, width: 40, height: 100 } };
    expect(nearestPoint([at(0, 0, 45, 50), bar], 30, 50)).to.equal(1);
  });

  it('a tooltip goes above its point, below when there is no room, never past the right edge', () => {
    const size = { width: 100, height: 40 };
    const layer = { width: 300, height: 300 };
    const above = tooltipPlace({ x: 50, y: 100, width: 0, height: 0 }, size, layer);
    expect(above.left).to.equal(62);
    expect(above.top + size.height).to.be.below(100);
    const below = tooltipPlace({ x: 50, y: 20, width: 0, height: 0 }, size, layer);
    expect(below.top).to.be.above(20);
    expect(tooltipPlace({ x: 280, y: 100, width: 0, height: 0 }, size, layer).left).to.equal(200);
  });

  it('chart text follows the element font size (three quarters) and never goes below 12 px', () => {
    expect(chartTextSize(16)).to.equal(12);
    expect(chartTextSize(24)).to.equal(18);
    expect(chartTextSize(32)).to.equal(24);
    expect(chartTextSize(10)).to.equal(12);
    expect(chartTextSize(Number.NaN)).to.equal(12);
  });
});
