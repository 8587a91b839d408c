import { expect } from '@open-wc/testing';
import { messagesFor } from '../../../src/i18n/index.js';
import { defaultPalette } from '../../../src/render/theme.js';
import { liveViewCount, renderChart } from '../../../src/render/vega.js';
import { buildTrendView, type TrendRequest, type TrendView } from '../../../src/elements/indicator-trend/trend-model.js';
import {
  buildTrendSpec,
  defaultSeriesColours,
  seriesNames,
  valueDomain,
  type TrendSpecOptions,
} from '../../../src/elements/indicator-trend/trend-spec.js';
import { FOCUS_SIGNAL, TREND_DATASETS, trendChartTemplate } from '../../../src/elements/indicator-trend/trend-chart.js';
import { trendChartExport, trendChartScreen } from '../../../src/elements/indicator-trend/trend-chart.vega.js';
import type { CompiledChart } from '../../../src/render/chart-source.js';
import type { AreaComparison } from '../../../src/stats/benchmark.js';
import { ISLINGTON, lifeExpectancy, modelOf, onsWellbeing, onsWithMissingPeriod, onsWithTarget, WALSALL, WEST_MIDLANDS } from './trend-fixtures.js';

const en = messagesFor('en');
const request = (r: Partial<TrendRequest> = {}): TrendRequest => ({ locale: 'en-GB', ...r });
const statusWords = { better: 'Better', similar: 'Similar', worse: 'Worse', higher: 'Higher', lower: 'Lower', 'not-compared': 'Not compared' } as Record<AreaComparison, string>;

function options(view: TrendView, mode: 'screen' | 'export' = 'screen'): TrendSpecOptions {
  return {
    theme: {
      palette: { ...defaultPalette, similar: '#abcdef' },
      seriesColours: defaultSeriesColours,
      text: '#0b0c0c',
      muted: '#505a5f',
      grid: '#e1e3e3',
      pointOutline: '#0b0c0c',
      target: '#0b0c0c',
      fontFamily: 'sans-serif',
      background: '#ffffff',
    },
    words: { axisTitle: 'Score', status: statusWords, statusTitle: 'Compared with England', target: 'Target 7.50' },
    mode,
    domain: valueDomain(view),
  };
}

// Loosely typed on purpose: the tests read the spec's JSON shape, not Vega-Lite's types.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Layer = { mark: { type: string; invalid?: string }; data?: { values: Array<Record<string, unknown>> }; encoding: Record<string, any> };
const layersOf = (spec: unknown) => (spec as { layer: Layer[] }).layer;
type Row = Record<string, unknown>;

describe('indicator-trend chart (trend-chart.ts compiled at build time, trend-spec.ts data)', () => {
  it('lines: every series at every period, null kept (not filtered, not zero) and breaking the path', async () => {
    const view = buildTrendView(modelOf(await onsWithMissingPeriod()), request({ indicator: 'anxiety', area: WALSALL, compare: WEST_MIDLANDS }), en);
    const chart = buildTrendSpec(view, options(view));
    const line = layersOf(trendChartTemplate('screen')).find((l) => l.mark.type === 'line')!;
    expect(line.mark.invalid).to.equal('break-paths-show-domains');
    expect(chart.data.lines).to.have.length(36);
    expect(chart.data.lines!.find((r) => (r as Row).series === 'Walsall' && (r as Row).label === '2020/21')).to.deep.equal({
      period: '2020-04-01/P1Y',
      label: '2020/21',
      series: 'Walsall',
      value: null,
    });
    expect(chart.signals).to.deep.include({ seriesNames: ['Walsall', 'England', 'West Midlands'], seriesDashes: [[], [6, 4], [2, 3]] });
    expect(chart.signals.seriesColours).to.deep.equal(defaultSeriesColours.slice(0, 3));
  });

  it('points: shape and colour by comparison, from the palette, with the statuses present only', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ indicator: 'anxiety', area: WALSALL }), en);
    const chart = buildTrendSpec(view, options(view));
    // Walsall anxiety: similar, better (2012/13) and worse (2017/18, 2018/19).
    expect(chart.signals).to.deep.include({
      statusNames: ['Better', 'Similar', 'Worse'],
      statusShapes: ['circle', 'square', 'diamond'],
      statusColours: [defaultPalette.better, '#abcdef', defaultPalette.worse],
    });
    expect(chart.data.points![1]).to.deep.include({ label: '2012/13', value: 2.78, status: 'Better' });
  });

  it('error bars from the limits; none, and plain points, for data without intervals', async () => {
    const ons = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON }), en);
    expect(buildTrendSpec(ons, options(ons)).data.intervals![0]).to.deep.equal({ period: '2011-04-01/P1Y', label: '2011/12', lower: 6.88, upper: 7.3 });

    const le = buildTrendView(modelOf(await lifeExpectancy()), request({ area: WALSALL }), en);
    const chart = buildTrendSpec(le, options(le));
    expect(chart.data.intervals).to.equal(undefined);
    expect(chart.signals).to.deep.include({ statusShapes: ['circle'], statusColours: [defaultSeriesColours[0]] });
  });

  it('leaves out the layers with nothing to draw (no target, no intervals), sharing one lean spec between charts', async () => {
    const names = (spec: CompiledChart['vega']) => ({
      data: (spec.data ?? []).map((d) => d.name),
      marks: (spec.marks ?? []).map((m) => (m.from as { data?: string } | undefined)?.data),
    });
    const ons = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON }), en);
    const withTarget = buildTrendView(modelOf(await onsWithTarget()), request({ area: ISLINGTON }), en);
    const le = buildTrendView(modelOf(await lifeExpectancy()), request({ area: WALSALL }), en);
    const plain = buildTrendSpec(ons, options(ons)).vega;
    expect(names(plain).data).to.not.include('target');
    expect(names(plain).marks).to.not.include('target');
    expect(names(plain).marks).to.include('intervals');
    expect(names(buildTrendSpec(withTarget, options(withTarget)).vega).marks.filter((m) => m === 'target')).to.have.length(2);
    const noIntervals = names(buildTrendSpec(le, options(le)).vega);
    expect(noIntervals.marks).to.not.include('intervals');
    expect(noIntervals.data).to.not.include('intervals');
    // The same object for every chart with the same empty layers: one parse for a page's charts.
    expect(buildTrendSpec(ons, options(ons)).vega).to.equal(plain);
  });

  it('a target is a dashed rule with a label', async () => {
    const view = buildTrendView(modelOf(await onsWithTarget()), request({ area: ISLINGTON }), en);
    expect(buildTrendSpec(view, options(view)).data.target).to.deep.equal([{ value: 7.5, text: 'Target 7.50' }]);
    const layers = layersOf(trendChartTemplate('screen'));
    expect(layers.filter((l) => l.mark.type === 'rule' && (l.data as unknown as { name: string }).name === 'target')).to.have.length(1);
  });

  it('legends: in HTML on screen (none in the chart), in the chart with a title for export', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON }), en);
    const screen = buildTrendSpec(view, options(view));
    expect(screen.vega.legends ?? []).to.deep.equal([]);
    const exported = buildTrendSpec(view, { ...options(view, 'export'), title: { text: 'T', subtitle: ['S'] } });
    expect(exported.vega.legends).to.have.length(2);
    expect(exported.signals).to.deep.include({ titleText: 'T', subtitleLines: ['S'], statusTitle: 'Compared with England' });
    expect(JSON.stringify(exported.vega)).not.to.contain(`=== ${FOCUS_SIGNAL}`);
  });

  it('is compiled from its template: named datasets, signals for every word and colour, Vega ARIA off', () => {
    for (const mode of ['screen', 'export'] as const) {
      const { vega } = buildTrendSpec({ points: [], comparators: [], area: { name: 'A', code: 'A' } } as unknown as TrendView, options({ points: [], comparators: [] } as unknown as TrendView, mode));
      // Every dataset in the compiled spec (a view leaves out those with nothing to draw).
      const names = ((mode === 'screen' ? trendChartScreen : trendChartExport).data ?? []).map((d) => d.name);
      for (const dataset of TREND_DATASETS) if (mode === 'screen' || dataset !== 'periods') expect(names).to.include(dataset);
      expect(names.some((n) => /^source_/.test(n))).to.equal(false);
      expect(JSON.stringify(vega)).not.to.contain('@signal:');
      expect(vega.config).to.deep.include({ aria: false });
    }
  });

  it('two areas with the same name stay apart', async () => {
    const spec = await onsWellbeing();
    spec.areas = spec.areas!.map((a) => (a.code === WEST_MIDLANDS ? { ...a, name: 'Walsall' } : a));
    const view = buildTrendView(modelOf(spec), request({ area: WALSALL, compare: WEST_MIDLANDS }), en);
    expect(seriesNames(view)).to.deep.equal(['Walsall (E08000030)', 'England', 'Walsall (E12000005)']);
  });

  describe('the value axis', () => {
    it('scores of 6.6 to 7.7 do not start at zero, and say so', async () => {
      const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON }), en);
      const { domain, startsAtZero } = valueDomain(view);
      expect(startsAtZero).to.equal(false);
      expect(domain[0]).to.be.above(6).and.at.most(6.66);
      expect(domain[1]).to.be.at.least(7.71).and.below(8.2);
    });

    it('starts at zero when the values are far from their spread (e.g. 10 to 40)', () => {
      const view = { points: [{ value: 10, lower: null, upper: null, comparatorValues: [40] }], target: undefined } as unknown as TrendView;
      expect(valueDomain(view)).to.deep.equal({ domain: [0, 50], startsAtZero: true });
    });

    it('never goes below zero for data that are not negative, and spans data that cross zero', () => {
      const positive = { points: [{ value: 1, lower: 0.9, upper: 1.1, comparatorValues: [1.5] }], target: undefined } as unknown as TrendView;
      expect(valueDomain(positive).domain[0]).to.be.at.least(0);
      const crossing = { points: [{ value: -2, lower: -3, upper: 1, comparatorValues: [] }], target: undefined } as unknown as TrendView;
      const { domain, startsAtZero } = valueDomain(crossing);
      expect(domain[0]).to.be.at.most(-3);
      expect(domain[1]).to.be.at.least(1);
      expect(startsAtZero).to.equal(true);
    });
  });

  it('compiles and draws with Vega: the line of a series with a missing period has two pieces', async () => {
    const view = buildTrendView(modelOf(await onsWithMissingPeriod()), request({ indicator: 'anxiety', area: WALSALL }), en);
    const holder = document.createElement('div');
    holder.style.cssText = 'position:relative;width:600px';
    const container = document.createElement('div');
    holder.append(container);
    document.body.append(holder);
    const before = liveViewCount();
    const chart = await renderChart(container, buildTrendSpec(view, options(view)), { label: 'test' });
    try {
      const paths = [...container.querySelectorAll('.mark-line path')];
      const walsall = paths.find((p) => p.getAttribute('stroke') === defaultSeriesColours[0])!;
      const england = paths.find((p) => p.getAttribute('stroke') === defaultSeriesColours[1])!;
      // "M" starts a piece of path: Walsall breaks at 2020/21, England does not.
      expect(walsall.getAttribute('d')!.match(/M/g)).to.have.length(2);
      expect(england.getAttribute('d')!.match(/M/g)).to.have.length(1);
      // 11 points for Walsall (12 periods, one gap): none drawn for the gap, none at zero.
      const symbols = container.querySelectorAll('.mark-symbol path');
      expect(symbols.length).to.equal(11 + 12);
      // Each of Walsall's 11 intervals is one path: a cap 8 px wide at each end and the line between,
      // from the lower to the upper limit, at its point's x, in the interval colour.
      const y = chart.view.scale('y') as (value: number) => number;
      const intervals = [...container.querySelectorAll<SVGPathElement>('.intervals_marks path')];
      expect(intervals).to.have.length(11);
      const drawn = chart.view.data('intervals') as { lower: number; upper: number }[];
      intervals.forEach((path, i) => {
        const ends = path.getAttribute('d')!.match(/^M-4,([\d.]+)h8m-4,0V([\d.]+)m-4,0h8$/);
        expect(ends, path.getAttribute('d')!).to.not.equal(null);
        expect(Number(ends![1])).to.be.closeTo(y(drawn[i]!.lower), 0.01);
        expect(Number(ends![2])).to.be.closeTo(y(drawn[i]!.upper), 0.01);
        expect(path.getAttribute('stroke')).to.equal('#505a5f');
        const box = path.getBBox();
        expect(box.width).to.equal(8);
        expect(box.height).to.be.greaterThan(1);
      });
      expect(liveViewCount()).to.equal(before + 1);
    } finally {
      chart.finalize();
      holder.remove();
    }
    expect(liveViewCount()).to.equal(before);
  });
});

describe('indicator-trend value axis at the edges of numbers', () => {
  it('values of 1e308 give a finite domain (no NaN in the axis text)', () => {
    const huge = { points: [{ value: 1e308, lower: 9e307, upper: 1.7e308, comparatorValues: [1.5e308] }], target: undefined } as unknown as TrendView;
    const { domain } = valueDomain(huge);
    expect(domain.every(Number.isFinite)).to.equal(true);
    expect(domain[0]).to.be.at.most(9e307);
    expect(domain[1]).to.be.at.least(1.7e308);
    const same = { points: [{ value: -1e308, lower: null, upper: null, comparatorValues: [] }], target: undefined } as unknown as TrendView;
    expect(valueDomain(same).domain.every(Number.isFinite)).to.equal(true);
  });
});
