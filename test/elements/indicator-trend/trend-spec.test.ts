import { expect } from '@open-wc/testing';
import { messagesFor } from '../../../src/i18n/index.js';
import { defaultPalette } from '../../../src/render/theme.js';
import { liveViewCount, renderChart } from '../../../src/render/vega.js';
import { buildTrendView, type TrendRequest, type TrendView } from '../../../src/elements/indicator-trend/trend-model.js';
import {
  buildTrendSpec,
  defaultSeriesColours,
  FOCUS_SIGNAL,
  seriesNames,
  valueDomain,
  type TrendSpecOptions,
} from '../../../src/elements/indicator-trend/trend-spec.js';
import type { Comparison } from '../../../src/stats/types.js';
import { ISLINGTON, lifeExpectancy, modelOf, onsWellbeing, onsWithMissingPeriod, onsWithTarget, WALSALL, WEST_MIDLANDS } from './trend-fixtures.js';

const en = messagesFor('en');
const request = (r: Partial<TrendRequest> = {}): TrendRequest => ({ locale: 'en-GB', ...r });
const statusWords = { better: 'Better', similar: 'Similar', worse: 'Worse', higher: 'Higher', lower: 'Lower', 'not-compared': 'Not compared' } as Record<Comparison, string>;

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

describe('indicator-trend Vega-Lite spec (trend-spec.ts)', () => {
  it('lines: every series at every period, null kept (not filtered, not zero) and breaking the path', async () => {
    const view = buildTrendView(modelOf(await onsWithMissingPeriod()), request({ indicator: 'anxiety', area: WALSALL, compare: WEST_MIDLANDS }), en);
    const line = layersOf(buildTrendSpec(view, options(view))).find((l) => l.mark.type === 'line')!;
    expect(line.mark.invalid).to.equal('break-paths-show-domains');
    expect(line.data!.values).to.have.length(36);
    expect(line.data!.values.find((r) => r.series === 'Walsall' && r.label === '2020/21')).to.deep.equal({
      period: '2020-04-01/P1Y',
      label: '2020/21',
      series: 'Walsall',
      value: null,
    });
    expect(line.encoding.strokeDash.scale).to.deep.equal({ domain: ['Walsall', 'England', 'West Midlands'], range: [[], [6, 4], [2, 3]] });
    expect(line.encoding.stroke.scale.range).to.deep.equal(defaultSeriesColours.slice(0, 3));
  });

  it('points: shape and colour by comparison, from the palette, with the statuses present only', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ indicator: 'anxiety', area: WALSALL }), en);
    const points = layersOf(buildTrendSpec(view, options(view))).at(-1)!;
    expect(points.mark.type).to.equal('point');
    // Walsall anxiety: similar, better (2012/13) and worse (2017/18, 2018/19).
    expect(points.encoding.shape.scale).to.deep.equal({ domain: ['Better', 'Similar', 'Worse'], range: ['circle', 'square', 'diamond'] });
    expect(points.encoding.fill.scale).to.deep.equal({ domain: ['Better', 'Similar', 'Worse'], range: [defaultPalette.better, '#abcdef', defaultPalette.worse] });
    expect(points.data!.values[1]).to.deep.include({ label: '2012/13', value: 2.78, status: 'Better' });
    expect(points.encoding.tooltip).to.deep.equal({ field: 'period' });
  });

  it('error bars from the limits; none, and plain points, for data without intervals', async () => {
    const ons = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON }), en);
    const rules = layersOf(buildTrendSpec(ons, options(ons))).filter((l) => l.mark.type === 'rule' && l.encoding.y2);
    expect(rules).to.have.length(1);
    expect(rules[0]!.data!.values[0]).to.deep.equal({ period: '2011-04-01/P1Y', label: '2011/12', lower: 6.88, upper: 7.3 });

    const le = buildTrendView(modelOf(await lifeExpectancy()), request({ area: WALSALL }), en);
    const layers = layersOf(buildTrendSpec(le, options(le)));
    expect(layers.some((l) => l.encoding.y2)).to.equal(false);
    expect(layers.at(-1)!.encoding.shape).to.deep.equal({ value: 'circle' });
  });

  it('a target is a dashed rule with a label', async () => {
    const view = buildTrendView(modelOf(await onsWithTarget()), request({ area: ISLINGTON }), en);
    const layers = layersOf(buildTrendSpec(view, options(view)));
    expect(layers.filter((l) => l.mark.type === 'rule' && l.encoding.y?.datum === 7.5)).to.have.length(1);
    expect(layers.find((l) => l.mark.type === 'text')!.mark).to.include({ text: 'Target 7.50' });
  });

  it('legends: in HTML on screen (none in the chart), in the chart with a title for export', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: ISLINGTON }), en);
    const screen = JSON.stringify(buildTrendSpec(view, options(view)));
    expect(screen).not.to.contain('"orient":"bottom"');
    const exported = buildTrendSpec(view, { ...options(view, 'export'), title: { text: 'T', subtitle: ['S'] } }) as unknown as { title: object; layer: unknown };
    expect(exported.title).to.include({ text: 'T' });
    expect(JSON.stringify(exported.layer)).to.contain('"title":"Compared with England"');
    expect(JSON.stringify(exported.layer)).not.to.contain(FOCUS_SIGNAL);
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
    const chart = await renderChart(container, buildTrendSpec(view, options(view)), { label: 'test', tooltipLayer: holder });
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
      expect(liveViewCount()).to.equal(before + 1);
    } finally {
      chart.finalize();
      holder.remove();
    }
    expect(liveViewCount()).to.equal(before);
  });
});
