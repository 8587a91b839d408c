import { expect } from '@open-wc/testing';
import { liveViewCount, renderChart } from '../../src/render/vega.js';
import { compiledChart } from './compiled.js';

// ONS APS life satisfaction, Walsall, 2020/21 to 2022/23.
const spec = compiledChart({
  data: { values: [{ period: '2020/21', value: 7.13 }, { period: '2021/22', value: 7.26 }, { period: '2022/23', value: 7.35 }] },
  mark: { type: 'line', point: true },
  encoding: { x: { field: 'period', type: 'ordinal' }, y: { field: 'value', type: 'quantitative' } },
  width: 300,
  height: 120,
  autosize: { type: 'fit-x', contains: 'padding' },
});

describe('renderChart (the one module that owns Vega)', () => {
  it('draws a named SVG that fills its container, leaves the container unmarked, makes no tooltip of its own, and finalizes once', async () => {
    const layer = document.createElement('div');
    const container = document.createElement('div');
    container.style.width = '400px';
    layer.append(container);
    document.body.append(layer);
    const before = liveViewCount();
    const chart = await renderChart(container, spec, { label: 'Life satisfaction in Walsall' });
    try {
      const svg = container.querySelector('svg')!;
      expect(svg.getAttribute('role')).to.equal('img');
      expect(svg.getAttribute('aria-label')).to.equal('Life satisfaction in Walsall');
      expect(Number(svg.getAttribute('width'))).to.equal(400);
      // Vega's own "graphics-document" role would override the name the element gives the chart.
      expect(container.hasAttribute('role')).to.equal(false);
      expect(container.hasAttribute('aria-roledescription')).to.equal(false);
      // Tooltips are the chart controller's: Vega sets no native title on hover.
      expect(container.hasAttribute('title')).to.equal(false);
      expect(liveViewCount()).to.equal(before + 1);
    } finally {
      chart.finalize();
      chart.finalize();
      layer.remove();
    }
    expect(liveViewCount()).to.equal(before);
  });

  it('draws once, then follows its container\'s width; two charts of one spec (one parse) stay apart', async () => {
    const frames = (n: number) => new Promise<void>((resolve) => {
      const step = (left: number) => (left === 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
      step(n);
    });
    const containers = [document.createElement('div'), document.createElement('div')];
    for (const c of containers) c.style.width = '400px';
    document.body.append(...containers);
    const charts = await Promise.all(containers.map((c) => renderChart(c, spec, { label: 'Life satisfaction in Walsall' })));
    try {
      const [chart, other] = charts as [Awaited<ReturnType<typeof renderChart>>, Awaited<ReturnType<typeof renderChart>>];
      let runs = 0;
      chart.view.addSignalListener('width', () => runs++);
      await frames(3);
      // Drawn once: the observer's first report (the same width) draws nothing again.
      expect(runs).to.equal(0);
      expect(Number(containers[0]!.querySelector('svg')!.getAttribute('width'))).to.equal(400);
      containers[0]!.style.width = '300px';
      await frames(4);
      expect(Number(containers[0]!.querySelector('svg')!.getAttribute('width'))).to.equal(300);
      expect(Number(containers[1]!.querySelector('svg')!.getAttribute('width'))).to.equal(400);
      expect(other.view).to.not.equal(chart.view);
    } finally {
      for (const c of charts) c.finalize();
      for (const c of containers) c.remove();
    }
  });
});
