/**
 * The Vega-Lite specs of <inequality-gap>: built from the view model of the real example data
 * (gap-fixtures.ts), checked for what they draw, and compiled by the same Vega-Lite the page uses.
 */
import { expect } from '@open-wc/testing';
import { buildGapView, type GapView, type GroupsView, type OverTimeView } from '../../../src/elements/inequality-gap/gap-model.js';
import { buildGapChartSpec, MAX_GAP_LABELS, stopAnchor, type GapChartStyle } from '../../../src/elements/inequality-gap/gap-spec.js';
import { en } from '../../../src/i18n/en.js';
import { defaultPalette, statusLetter } from '../../../src/render/theme.js';
import { loadVega } from '../../../src/render/vega.js';
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

type Layer = {
  data: { values: Array<Record<string, unknown>> };
  mark: { type: string; strokeDash?: number[] };
  encoding: Record<string, { field?: string; axis?: Record<string, unknown>; scale?: { domain?: unknown[]; range?: unknown[] } }>;
};
const layersOf = (spec: unknown) => (spec as { layer: Layer[] }).layer;
const view = async (spec: Promise<SpecInput> | SpecInput, request: Parameters<typeof buildGapView>[1]): Promise<GapView> =>
  buildGapView(modelOf(await spec), request, { messages: en, lang: 'en' });

/** Compiles with Vega-Lite and parses with Vega (expression AST, as under a strict CSP); returns the warnings. */
async function compile(spec: unknown): Promise<string[]> {
  const [vega, vegaLite] = await Promise.all([loadVega(), import('vega-lite')]);
  const warnings: string[] = [];
  const logger = {
    level: () => logger,
    error: (...m: unknown[]) => {
      throw new Error(m.join(' '));
    },
    warn: (...m: unknown[]) => {
      warnings.push(m.join(' '));
      return logger;
    },
    info: () => logger,
    debug: () => logger,
  };
  const compiled = vegaLite.compile(spec as Parameters<typeof vegaLite.compile>[0], { logger: logger as never }).spec;
  vega.parse(compiled, undefined, { ast: true });
  return warnings;
}

describe('gap-spec: ordered groups', () => {
  it('draws one point and whisker per decile at its population midpoint, and the fitted SII line from x = 0 to 1', async () => {
    const gap = (await view(deprivation(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    const spec = buildGapChartSpec(gap, style);
    const layers = layersOf(spec);
    const line = layers.find((l) => l.mark?.type === 'line')!;
    if (!gap.sii.ok) throw new Error('expected an SII');
    expect(line.data.values).to.deep.equal([
      { position: 0, value: gap.sii.result.intercept },
      { position: 1, value: gap.sii.result.intercept + gap.sii.result.slope },
    ]);
    const points = layers.find((l) => l.mark?.type === 'point')!;
    expect(points.data.values.map((v) => v['value'])).to.deep.equal(gap.groups.map((g) => g.value));
    expect(points.data.values.map((v) => v['position'])).to.deep.equal(gap.groups.map((g) => g.position));
    const whiskers = layers.find((l) => l.mark?.type === 'rule' && l.encoding['y2'])!;
    expect(whiskers.data.values.map((v) => [v['lower'], v['upper']])[0]).to.deep.equal([49.56767047, 53.03224439]);
    // Axis labels are the order numbers, placed at the midpoints.
    const axis = points.encoding['x']!.axis!;
    expect(axis['values']).to.deep.equal(gap.groups.map((g) => g.position));
    // One lookup a label in a signal keyed by position (linear in the number of groups).
    expect(axis['labelExpr']).to.equal("axisLabels['' + datum.value]");
    const labels = (spec as unknown as { params: { name: string; value: Record<string, string> }[] }).params.find((p) => p.name === 'axisLabels')!.value;
    expect(gap.groups.map((g) => labels[String(g.position)])).to.deep.equal(['1', '2', '3', '4', '5', '6', '7', '8', '9', '10']);
    expect(axis['title']).to.equal('Deprivation decile (1 = most deprived)');
    expect(await compile(spec)).to.deep.equal([]);
  });

  it('places groups evenly and draws no fitted line without populations', async () => {
    const gap = (await view(deprivationWithoutPopulations(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    const layers = layersOf(buildGapChartSpec(gap, style));
    expect(layers.some((l) => l.mark?.type === 'line')).to.equal(false);
    expect(layers.find((l) => l.mark?.type === 'point')!.data.values.map((v) => v['position'])).to.deep.equal([
      0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95,
    ]);
  });

  it('draws the overall value as a dotted rule and gives compared groups a colour, a shape and a letter', async () => {
    const gap = (await view(deprivationWithOverall(), { indicator: 'alcohol-related-mortality' })) as GroupsView;
    const spec = buildGapChartSpec(gap, { ...style, palette: { ...defaultPalette, worse: '#990000' } });
    const layers = layersOf(spec);
    // The overall value: a dotted rule and its label, sharing one datum.
    const overall = layers.find((l) => 'layer' in l) as unknown as { data: Layer['data']; layer: Layer[]; encoding: Layer['encoding'] };
    expect(overall.data.values[0]).to.deep.equal({ value: 39.6, label: 'England overall' });
    expect(overall.encoding['y']!.field).to.equal('value');
    expect(overall.layer[0]!.mark).to.include({ type: 'rule' });
    expect(overall.layer[0]!.mark.strokeDash).to.deep.equal([2, 3]);
    expect(overall.layer[1]!.encoding['text']!.field).to.equal('label');
    const points = layers.find((l) => l.mark?.type === 'point')!;
    const colour = points.encoding['color']!.scale!;
    expect(colour.range![colour.domain!.indexOf('worse')]).to.equal('#990000');
    const shape = points.encoding['shape']!.scale!;
    expect(shape.range![shape.domain!.indexOf('worse')]).to.not.equal(shape.range![shape.domain!.indexOf('better')]);
    const letters = layers.find((l) => l.mark?.type === 'text')!;
    // Against 39.6: deciles 1 to 4 have intervals above it (worse), decile 5 (38.2 to 41.8) holds it, 6 to 10 are below.
    expect(letters.data.values.map((v) => v['letter'])).to.deep.equal(['W', 'W', 'W', 'W', 'S', 'B', 'B', 'B', 'B', 'B']);
    expect(await compile(spec)).to.deep.equal([]);
  });

  it('keeps text from the spec out of expressions (labels are data, drawn as text)', async () => {
    const spec = await deprivation();
    rowsOf(spec).forEach((r) => {
      if (r.group) r.group.label = `${r.group.label} "quoted" \\ ' ${'<b>'}`;
    });
    const gap = await view(spec, { indicator: 'alcohol-related-mortality' });
    const text = JSON.stringify(buildGapChartSpec(gap, style));
    const expressions = [...text.matchAll(/"(?:labelExpr|test|expr)":"((?:[^"\\]|\\.)*)"/g)].map((m) => m[1]!);
    expect(expressions.length).to.be.greaterThan(0);
    for (const expression of expressions) expect(expression).not.to.contain('quoted');
  });
});

describe('gap-spec: unordered groups and over time', () => {
  it('draws unordered groups as rows with readable labels', async () => {
    const gap = (await view(lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM })) as GroupsView;
    const spec = buildGapChartSpec(gap, style);
    const points = layersOf(spec).find((l) => l.mark?.type === 'point')!;
    expect(points.encoding['y']!.field).to.equal('label');
    expect(points.data.values.map((v) => [v['label'], v['value']])).to.deep.equal([
      ['Female', 81.7],
      ['Male', 78],
    ]);
    expect(await compile(spec)).to.deep.equal([]);
  });

  it('draws no whisker layer when no group has limits (an empty one would be an unnamed ARIA group)', async () => {
    // The Fingertips life-expectancy extract has no confidence limits.
    const gap = (await view(lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM })) as GroupsView;
    const rules = layersOf(buildGapChartSpec(gap, style)).filter((l) => l.mark?.type === 'rule');
    expect(rules.filter((l) => JSON.stringify(l.encoding).includes('"lower"'))).to.deep.equal([]);
  });

  it('shades the gap between the two series and writes its size in every period', async () => {
    const gap = (await view(lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' })) as OverTimeView;
    const spec = buildGapChartSpec(gap, style);
    const layers = layersOf(spec);
    const area = layers.find((l) => l.mark?.type === 'area')!;
    expect(area.data.values[0]).to.include({ low: 78.2, high: 81.3 });
    const labels = layers.find((l) => l.mark?.type === 'text')!;
    expect(labels.data.values.map((v) => v['gapText'])).to.deep.equal(['3.1', '3.2', '3.5', '3.6', '3.6', '3.3', '3.6', '3.5', '3.7']);
    const lines = layers.find((l) => l.mark?.type === 'line')!;
    expect(lines.encoding['color']!.scale).to.deep.equal({ domain: ['Female', 'Male'], range: style.series });
    expect(await compile(spec)).to.deep.equal([]);
  });

  it('breaks the shading and the lines where a value is missing', async () => {
    const gap = (await view(lifeExpectancyWithGap(), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' })) as OverTimeView;
    const layers = layersOf(buildGapChartSpec(gap, style));
    const area = layers.find((l) => l.mark?.type === 'area')!;
    expect(area.data.values[4]).to.include({ periodLabel: '2019 to 2021', low: null, high: null });
    const line = layers.find((l) => l.mark?.type === 'line')!;
    expect(line.data.values.find((v) => v['periodLabel'] === '2019 to 2021' && v['series'] === 'Male')!['value']).to.equal(null);
    // Vega-Lite's default for lines and areas breaks the path at null rather than joining over it.
    expect((line.mark as { invalid?: string }).invalid).to.equal(undefined);
    expect(layers.find((l) => l.mark?.type === 'text')!.data.values).to.have.length(8);
  });

  it(`writes only the first and last gaps when there are more than ${MAX_GAP_LABELS} periods`, async () => {
    const rows = Array.from({ length: 14 }, (_, i) => [
      { indicator: 'x', area: 'A', period: String(2000 + i), value: 10 + i, group: { type: 'sex', label: 'Female' } },
      { indicator: 'x', area: 'A', period: String(2000 + i), value: 8, group: { type: 'sex', label: 'Male' } },
    ]).flat();
    const spec: SpecInput = { version: 1, areas: [{ code: 'A', name: 'Area' }], indicators: [{ id: 'x', title: 'X' }], data: rows };
    const gap = await view(spec, { view: 'over-time' });
    const labels = layersOf(buildGapChartSpec(gap, style)).find((l) => l.mark?.type === 'text')!;
    expect(labels.data.values.map((v) => v['periodLabel'])).to.deep.equal(['2000', '2013']);
  });

  it('adds a title and subtitle for a downloaded file', async () => {
    const gap = await view(deprivation(), { indicator: 'alcohol-related-mortality' });
    const spec = buildGapChartSpec(gap, style, { title: { text: 'Alcohol-related mortality', subtitle: 'England · 2023' } }) as { title?: { text: string } };
    expect(spec.title?.text).to.equal('Alcohol-related mortality');
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
