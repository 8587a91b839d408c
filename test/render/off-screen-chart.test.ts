import { expect } from '@open-wc/testing';
import '../../src/elements/indicator-trend/indicator-trend.js';
import { loadVega } from '../../src/render/vega.js';
import { shadow } from '../helpers.js';
import { onsWellbeing, WALSALL } from '../elements/indicator-trend/trend-fixtures.js';

before(async function () {
  this.timeout(60_000);
  await loadVega();
});

/**
 * The browser skips laying out a chart's SVG while it is off screen (content-visibility: auto on the
 * chart box); the chart keeps its drawn height, so nothing on the page moves when the reader reaches it.
 */
describe('a chart drawn off screen', () => {
  it('is drawn, keeps its height until the reader scrolls to it, and the page below does not move', async () => {
    const page = document.createElement('div');
    const spacer = document.createElement('div');
    spacer.style.height = `${innerHeight * 3}px`;
    const trend = document.createElement('indicator-trend');
    trend.setAttribute('area', WALSALL);
    trend.style.width = '600px';
    const after = document.createElement('p');
    after.textContent = 'After the chart';
    page.append(spacer, trend, after);
    const ready = new Promise((resolve) => trend.addEventListener('wellbeing-ready', resolve, { once: true }));
    (trend as unknown as { spec: unknown }).spec = await onsWellbeing();
    document.body.append(page);
    try {
      await ready;
      const svg = shadow(trend).querySelector('.chart svg')!;
      expect(svg, 'the SVG is drawn off screen').to.exist;
      const below = after.getBoundingClientRect().top + scrollY;
      expect(trend.getBoundingClientRect().top, 'off screen').to.be.greaterThan(innerHeight);

      trend.scrollIntoView();
      // The browser lays the chart out once it knows it is near (a frame or two), then the page is final.
      for (let i = 0; i < 4; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(after.getBoundingClientRect().top + scrollY).to.equal(below);
      expect(shadow(trend).querySelector('.vega')!.getBoundingClientRect().height, 'the chart box holds the SVG').to.equal(Number(svg.getAttribute('height')));
    } finally {
      page.remove();
      scrollTo(0, 0);
    }
  });
});
