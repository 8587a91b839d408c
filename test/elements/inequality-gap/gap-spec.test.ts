/**
 * The charts of <inequality-gap>: the Vega compiled at build time (gap-chart.ts → gap-chart.vega.ts)
 * with the datasets and signals gap-spec.ts gives for the view model of the real example data
 * (gap-fixtures.ts), checked for what they hold and for what Vega draws from them.
 */
import { expect } from '@open-wc/testing';
import { buildGapView, type GapView, type GroupsView, type OverTimeView } from '../../../src/elements/inequality-gap/gap-model.js';
import { buildGapChartSpec, chartBoxHeight, MAX_GAP_LABELS, stopAnchor, type GapChartStyle } from '../../../src/elements/inequality-gap/gap-spec.js';
import { gapChartTemplate } from '../../../src/elements/inequality-gap/gap-chart.js';
import { en } from '../../../src/i18n/en.js';
import { defaultPalette, statusLetter } from '../../../src/render/theme.js';
import { liveViewCount, loadVega, renderChart } from '../../../src/render/vega.js';
import type { CompiledChart } from '../../../src/render/chart-source.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import {
  COUNTY_DURHAM,
  deprivation,
  deprivationWithOverall,
  deprivationWithoutPopulations,
  lifeExpectancy,
  lifeExpectancyWithGap,
  modelOf,
  rowsOf,
} from './gap-fixtures.js';

const style: GapChartStyle = {
  palette: defaultPalette,
  letters: statusLetter,
  series: ['#1f4e9c', '#b35806'],
  mark: '#1f4e9c',
  text: '#0b0c0c',
  muted: '#505a5f',
  grid: '#dddddd',
  shade: '#c9d7ea',
  font: 'system-ui',
};

type Row = Record<string, unknown>;
const rows = (chart: CompiledChart, name: string) => (chart.data[name] ?? []) as Row[];
const view = async (spec: Promise<SpecInput> | SpecInput, request: Parameters<typeof buildGapView>[1]): Promise<GapView> =>
  buildGapView(modelOf(await spec), request, { messages: en, lang: 'en' });

/** Draws the chart as the element does (SVG, expression interpreter) and returns the SVG's text parts; finalizes the view. */
async function drawn(chart: CompiledChart): Promise<{ texts: string[]; symbols: number; svg: SVGSVGElement }> {
  const layer = document.createElement('div');
  const container = document.createElement('div');
  container.style.width = '600px';
  layer.append(container);
  document.body.append(layer);
  const before = liveViewCount();
  const drawnChart = await renderChart(container, chart, { label: 'gap' });
  try {
    const svg = container.querySelector('svg')!.cloneNode(true) as SVGSVGElement;
    const texts = [...svg.querySelectorAll('text')].map((t) => t.textContent ?? '');
    const symbols = svg.querySelectorAll('.mark-symbol path').length;
    return { texts, symbols, svg };
  } finally {
    drawnChart.finalize();
    layer.remove();
    expect(liveViewCount()).to.equal(before);
  }
}

// The Vega runtime arrives as many modules from the test server: load it once, with time to spare.
before(async function () {
  this.timeout(60_000);
  await loadVega();
});

describe('gap-spec: ordered groups', () => {
  it('draws one point and whisker per decile at its population midpoint, and the fitted SII line from x = 0 to 1', async () => {
    const gap = (await view(deprivation(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    const chart = buildGapChartSpec(gap, style);
    if (!gap.sii.ok) throw new Error('expected an SII');
    expect(rows(chart, 'sii')).to.deep.equal([
      { position: 0, value: gap.sii.result.intercept },
      { position: 1, value: gap.sii.result.intercept + gap.sii.result.slope },
    ]);
    expect(rows(chart, 'groups').map((v) => v['value'])).to.deep.equal(gap.groups.map((g) => g.value));
    expect(rows(chart, 'groups').map((v) => v['position'])).to.deep.equal(gap.groups.map((g) => g.position));
    expect(rows(chart, 'intervals').map((v) => [v['lower'], v['upper']])[0]).to.deep.equal([49.56767047, 53.03224439]);
    // Axis labels are the order numbers, placed at the midpoints: one lookup a label in a signal keyed by position.
    expect(chart.signals['positions']).to.deep.equal(gap.groups.map((g) => g.position));
    const labels = chart.signals['axisLabels'] as Record<string, string>;
    expect(gap.groups.map((g) => labels[String(g.position)])).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(chart.signals['positionTitle']).to.equal('Deprivation decile (1 = most deprived)');
    const { texts, symbols } = await drawn(chart);
    expect(symbols).to.equal(10);
    expect(texts).to.include.members(['1', '5', '10', 'Deprivation decile (1 = most deprived)']);
  });

  it('places groups evenly and draws no fitted line without populations', async () => {
    const gap = (await view(deprivationWithoutPopulations(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    const chart = buildGapChartSpec(gap, style);
    expect(rows(chart, 'sii')).to.deep.equal([]);
    expect(rows(chart, 'groups').map((v) => v['position'])).to.deep.equal([0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]);
    const { svg } = await drawn(chart);
    expect(svg.querySelectorAll('.mark-line path')).to.have.length(0);
  });

  it('draws the overall value as a dotted rule and gives compared groups a colour, a shape and a letter', async () => {
    const gap = (await view(deprivationWithOverall(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    const chart = buildGapChartSpec(gap, { ...style, palette: { ...defaultPalette, worse: '#990000' } });
    expect(rows(chart, 'overall')).to.deep.equal([{ value: 39.6, label: 'England overall' }]);
    const names = chart.signals['statusNames'] as string[];
    expect((chart.signals['statusColours'] as string[])[names.indexOf('worse')]).to.equal('#990000');
    const shapes = chart.signals['statusShapes'] as string[];
    expect(shapes[names.indexOf('worse')]).to.not.equal(shapes[names.indexOf('better')]);
    // Against 39.6: deciles 1 to 4 have intervals above it (worse), decile 5 (38.2 to 41.8) holds it, 6 to 10 are below.
    expect(rows(chart, 'letters').map((v) => v['letter'])).to.deep.equal(['W', 'W', 'W', 'W', 'S', 'B', 'B', 'B', 'B', 'B']);
    const { texts, svg } = await drawn(chart);
    expect(texts).to.include('England overall');
    expect(texts.filter((t) => t === 'W')).to.have.length(4);
    expect(svg.querySelector('.mark-rule line[stroke-dasharray="2,3"]')).to.not.equal(null);
    expect([...svg.querySelectorAll('.mark-symbol path')].map((p) => p.getAttribute('fill'))).to.include('#990000');
  });

  it('without an overall value, every group is the plain mark: one colour, circles, no letters', async () => {
    const gap = (await view(deprivation(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    const chart = buildGapChartSpec(gap, style);
    expect(new Set(chart.signals['statusColours'] as string[])).to.deep.equal(new Set([style.mark]));
    expect(new Set(chart.signals['statusShapes'] as string[])).to.deep.equal(new Set(['circle']));
    expect(rows(chart, 'letters')).to.deep.equal([]);
  });

  it("writes the groups' axis title in the lines a narrow chart's width needs, and the box makes room for them", async () => {
    const gap = (await view(deprivation(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    const title = 'Deprivation decile (1 = most deprived)';
    expect(buildGapChartSpec(gap, { ...style, fontSize: 12 }, { width: 720 }).signals['positionTitle']).to.equal(title);
    const lines = buildGapChartSpec(gap, { ...style, fontSize: 24 }, { width: 320 }).signals['positionTitle'] as string[];
    expect(lines.length).to.be.greaterThan(1);
    expect(lines.join(' ')).to.equal(title);
    // A file is drawn wide: one line.
    expect(buildGapChartSpec(gap, style, { title: { text: 'A file', subtitle: '' } }).signals['positionTitle']).to.equal(title);
    // Each more line is 26 px (24 px text and 2 px) more in the box.
    expect(chartBoxHeight(gap, { width: 720, fontSize: 12 })).to.equal('calc(300px + 2.75em)');
    expect(chartBoxHeight(gap, { width: 320, fontSize: 24 })).to.equal(`calc(${300 + (lines.length - 1) * 26}px + 2.75em)`);
  });

  it('keeps text from the spec out of expressions (labels are data and signal values, drawn as text)', async () => {
    const spec = await deprivation();
    rowsOf(spec).forEach((r) => {
      if (r.group) r.group.label = `${r.group.label} "quoted" \\ ' ${'<b>'}`;
    });
    const gap = await view(spec, { indicator: 'alcohol-related-mortality' });
    const chart = buildGapChartSpec(gap, style);
    const text = JSON.stringify(chart.vega);
    const expressions = [...text.matchAll(/"(?:signal|test|expr)":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    expect(expressions.length).to.be.greaterThan(0);
    for (const expression of expressions) expect(expression).not.to.contain('quoted');
    expect(JSON.stringify(chart.data)).to.contain('quoted');
  });
});

describe('gap-spec: unordered groups and over time', () => {
  it('draws unordered groups as rows with readable labels, one row height each', async () => {
    const gap = (await view(lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM })) as GroupsView;
    const chart = buildGapChartSpec(gap, style);
    expect(rows(chart, 'groups').map((v) => [v['label'], v['value']])).to.deep.equal([
      ['Female', 81.7],
      ['Male', 78],
    ]);
    expect(chart.signals['groupLabels']).to.deep.equal(['Female', 'Male']);
    // Two rows of 34 px, and room for the axes that grows with the text size: the chart fills that box on screen.
    expect(chartBoxHeight(gap, { width: 320, fontSize: 24 })).to.equal('calc(88px + 2.75em)');
    expect(chart.height, 'on screen: the box sets it').to.equal(undefined);
    expect(buildGapChartSpec(gap, style, { title: { text: 'A file', subtitle: '' } }).height, 'a file: its plot sets it').to.equal(68);
    const { texts, symbols } = await drawn(chart);
    expect(symbols).to.equal(2);
    expect(texts).to.include.members(['Female', 'Male']);
  });

  it('draws no whisker when no group has limits', async () => {
    // The Fingertips life-expectancy extract has no confidence limits.
    const gap = (await view(lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM })) as GroupsView;
    const chart = buildGapChartSpec(gap, style);
    expect(rows(chart, 'intervals')).to.deep.equal([]);
    const { svg } = await drawn(chart);
    expect(svg.querySelectorAll('.mark-rule.role-mark line')).to.have.length(0);
  });

  it('shades the gap between the two series and writes its size in every period', async () => {
    const gap = (await view(lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' })) as OverTimeView;
    const chart = buildGapChartSpec(gap, style);
    expect(rows(chart, 'spans')[0]).to.include({ low: 78.2, high: 81.3 });
    expect(rows(chart, 'gapLabels').map((v) => v['gapText'])).to.deep.equal(['3.1', '3.2', '3.5', '3.6', '3.6', '3.3', '3.6', '3.5', '3.7']);
    expect(chart.signals).to.deep.include({ seriesNames: ['Female', 'Male'], seriesColours: style.series });
    const { texts, svg } = await drawn(chart);
    expect(texts).to.include.members(['3.1', '3.7', 'Female', 'Male', '2015 to 2017']);
    expect(svg.querySelectorAll('.mark-area path')).to.have.length(1);
    expect(svg.querySelectorAll('.mark-line path')).to.have.length(2);
  });

  it('breaks the shading and the lines where a value is missing', async () => {
    const gap = (await view(lifeExpectancyWithGap(), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' })) as OverTimeView;
    const chart = buildGapChartSpec(gap, style);
    expect(rows(chart, 'spans')[4]).to.include({ periodLabel: '2019 to 2021', low: null, high: null });
    expect(rows(chart, 'series').find((v) => v['periodLabel'] === '2019 to 2021' && v['series'] === 'Male')!['value']).to.equal(null);
    expect(rows(chart, 'gapLabels')).to.have.length(8);
    // Vega-Lite's default for lines and areas breaks the path at null rather than joining over it.
    expect((gapChartTemplate('over-time') as { layer: { mark: { invalid?: string } }[] }).layer[1]!.mark.invalid).to.equal(undefined);
    const { svg } = await drawn(chart);
    const male = [...svg.querySelectorAll('.mark-line path')].map((p) => (p.getAttribute('d') ?? '').split('M').length - 1);
    expect(Math.max(...male)).to.equal(2); // one series drawn in two pieces
  });

  it(`writes only the first and last gaps when there are more than ${MAX_GAP_LABELS} periods`, async () => {
    const data = Array.from({ length: 14 }, (_, i) => [
      { indicator: 'x', area: 'A', period: String(2000 + i), value: 10 + i, group: { type: 'sex', label: 'Female' } },
      { indicator: 'x', area: 'A', period: String(2000 + i), value: 8, group: { type: 'sex', label: 'Male' } },
    ]).flat();
    const spec: SpecInput = { version: 1, areas: [{ code: 'A', name: 'Area' }], indicators: [{ id: 'x', title: 'X' }], data };
    const gap = await view(spec, { view: 'over-time' });
    expect(rows(buildGapChartSpec(gap, style), 'gapLabels').map((v) => v['periodLabel'])).to.deep.equal(['2000', '2013']);
  });

  it('adds a title and subtitle for a downloaded file', async () => {
    const gap = await view(deprivation(), { indicator: 'alcohol-related-mortality' });
    const chart = buildGapChartSpec(gap, style, { title: { text: 'Alcohol-related mortality', subtitle: 'England · 2023' } });
    expect(chart.signals).to.deep.include({ titleText: 'Alcohol-related mortality', subtitleText: 'England · 2023' });
    const { texts } = await drawn(chart);
    expect(texts).to.include.members(['Alcohol-related mortality', 'England · 2023']);
    expect((await drawn(buildGapChartSpec(gap, style))).texts).to.not.include('Alcohol-related mortality');
  });

  it('anchors keyboard stops on the marks', async () => {
    const ordered = (await view(deprivation(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    expect(stopAnchor(ordered, 0)).to.deep.equal({ x: { scale: 'x', value: ordered.groups[0]!.position }, y: { scale: 'y', value: ordered.groups[0]!.value } });
    const rows = await view(lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM });
    expect(stopAnchor(rows, 1)).to.deep.equal({ x: { scale: 'x', value: 78 }, y: { scale: 'y', value: 'Male', band: true } });
    const overTime = await view(lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' });
    expect(stopAnchor(overTime, 0)).to.deep.equal({ x: { scale: 'x', value: '2015 to 2017' }, y: { scale: 'y', value: 81.3 } });
    expect(stopAnchor(overTime, 99)).to.equal(undefined);
  });
});
