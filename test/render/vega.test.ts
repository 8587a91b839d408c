import { expect } from '@open-wc/testing';
import { liveViewCount, loadVega, renderChart } from '../../src/render/vega.js';
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

  it('fits a chart to its box both ways in one dataflow pass when a chart of its kind was drawn in a box that size, and still fits one whose axes need more room', async () => {
    // A line chart filling its box both ways (as the trend's), its rows given at run time. Vega's
    // autosize "fit" runs the dataflow a second time (view.run) once it knows the axes' room.
    const fitted = compiledChart({
      data: { name: 'rows' },
      mark: { type: 'line', point: true },
      encoding: { x: { field: 'period', type: 'ordinal' }, y: { field: 'value', type: 'quantitative', scale: { zero: false } } },
      width: 300,
      height: 200,
      autosize: { type: 'fit', contains: 'padding' },
    }).vega;
    // ONS APS life satisfaction, Walsall (short labels); then the same periods in thousands (long labels).
    const small = [{ period: '2020/21', value: 7.13 }, { period: '2021/22', value: 7.26 }, { period: '2022/23', value: 7.35 }];
    const large = small.map((row) => ({ ...row, value: row.value * 1000 }));
    const { View } = await loadVega();
    const run = View.prototype.run;
    let reruns = 0;
    View.prototype.run = function (this: typeof View.prototype, ...args: Parameters<typeof run>) {
      reruns++;
      return run.apply(this, args);
    } as typeof run;
    const charts: Awaited<ReturnType<typeof renderChart>>[] = [];
    const boxes: HTMLElement[] = [];
    const draw = async (vega: typeof fitted, rows: object[]) => {
      const box = document.createElement('div');
      box.style.cssText = 'width: 400px; height: 260px';
      document.body.append(box);
      boxes.push(box);
      reruns = 0;
      const chart = await renderChart(box, { vega, data: { rows }, signals: {} }, { label: 'Life satisfaction in Walsall' });
      charts.push(chart);
      return { reruns, width: chart.view.width(), height: chart.view.height(), svg: new XMLSerializer().serializeToString(box.querySelector('svg')!) };
    };
    try {
      // Each spec object is parsed on its own: a copy is a kind never drawn before.
      const largeFirst = await draw({ ...fitted }, large);
      expect(largeFirst.reruns, 'the first of its kind: laid out, then drawn again').to.equal(1);
      const smallFirst = await draw(fitted, small);
      expect(smallFirst.reruns).to.equal(1);
      const smallAgain = await draw(fitted, small);
      expect(smallAgain.reruns, 'started at the last plot size of its kind and box: one pass').to.equal(0);
      expect(smallAgain.svg).to.equal(smallFirst.svg);
      // Started at the small labels' plot size, the long labels need more room: Vega's second pass gives it.
      const largeAfterSmall = await draw(fitted, large);
      expect(largeAfterSmall.reruns).to.equal(1);
      expect(largeAfterSmall.width).to.be.below(smallFirst.width);
      expect([largeAfterSmall.width, largeAfterSmall.height]).to.deep.equal([largeFirst.width, largeFirst.height]);
      expect(largeAfterSmall.svg).to.equal(largeFirst.svg);
      for (const box of boxes) {
        const svg = box.querySelector('svg')!;
        expect([svg.getAttribute('width'), svg.getAttribute('height')]).to.deep.equal(['400', '260']);
        // Every label inside the drawing.
        const edge = svg.getBoundingClientRect();
        for (const text of svg.querySelectorAll('text')) {
          const r = text.getBoundingClientRect();
          expect(r.left).to.be.at.least(edge.left - 0.5);
          expect(r.right).to.be.at.most(edge.right + 0.5);
        }
      }
      // A seeded chart still follows its box.
      boxes[2]!.style.width = '320px';
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(boxes[2]!.querySelector('svg')!.getAttribute('width')).to.equal('320');
      expect(charts[2]!.view.width()).to.be.below(smallAgain.width);
    } finally {
      View.prototype.run = run;
      for (const chart of charts) chart.finalize();
      for (const box of boxes) box.remove();
    }
  });
});
