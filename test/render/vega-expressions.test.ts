import { expect } from '@open-wc/testing';
import { messagesFor } from '../../src/i18n/index.js';
import { en } from '../../src/i18n/en.js';
import { defaultPalette, statusLetter } from '../../src/render/theme.js';
import { loadVega } from '../../src/render/vega.js';
import type { CompiledChart } from '../../src/render/chart-source.js';
import { buildTrendView } from '../../src/elements/indicator-trend/trend-model.js';
import { buildTrendSpec } from '../../src/elements/indicator-trend/trend-spec.js';
import { defaultTrendTheme, trendSpecOptions } from '../../src/elements/indicator-trend/trend-export.js';
import { buildGapView } from '../../src/elements/inequality-gap/gap-model.js';
import { buildGapChartSpec, type GapChartStyle } from '../../src/elements/inequality-gap/gap-spec.js';
import { modelOf as trendModel, onsWithTarget, WALSALL, WEST_MIDLANDS } from '../elements/indicator-trend/trend-fixtures.js';
import { COUNTY_DURHAM, deprivation, lifeExpectancy, modelOf as gapModel } from '../elements/inequality-gap/gap-fixtures.js';

type Runtime = Awaited<ReturnType<typeof loadVega>>;
let vega: Runtime;
before(async function () {
  this.timeout(60_000);
  vega = await loadVega();
});

/** The chart's SVG text, drawn by a view running its expressions with `expr`. */
async function svgOf(chart: CompiledChart, expr: unknown): Promise<string> {
  const view = new vega.View(vega.parse(chart.vega, chart.config, { ast: true }), { renderer: 'none', expr } as never);
  for (const [name, rows] of Object.entries(chart.data)) view.data(name, rows as object[]);
  for (const [name, value] of Object.entries(chart.signals)) view.signal(name, value);
  view.width(chart.width ?? 600);
  if (chart.height) view.height(chart.height);
  await view.runAsync();
  const svg = await view.toSVG();
  view.finalize();
  return svg;
}

/** The value of one expression, as a signal's update, run with `expr`. */
async function valueOf(expression: string, expr: unknown): Promise<unknown> {
  const spec = {
    signals: [
      { name: 'n', value: 4 },
      { name: 'words', value: ['a', 'b'] },
      { name: 'out', update: expression },
    ],
  };
  const view = new vega.View(vega.parse(spec as never, undefined, { ast: true }), { renderer: 'none', expr } as never);
  await view.runAsync();
  const value = view.signal('out') as unknown;
  view.finalize();
  return value;
}

describe('Vega expressions as closures (vega-expressions.ts), against vega-interpreter', () => {
  it('every built-in chart draws the same SVG, to the character', async () => {
    const trend = buildTrendView(trendModel(await onsWithTarget()), { locale: 'en-GB', area: WALSALL, compare: WEST_MIDLANDS }, messagesFor('en'));
    const gapStyle: GapChartStyle = { palette: defaultPalette, letters: statusLetter, series: ['#1f4e9c', '#b35806'], mark: '#1f4e9c', text: '#0b0c0c', muted: '#505a5f', grid: '#dddddd', shade: '#c9d7ea', font: 'system-ui' };
    const gap = (spec: Awaited<ReturnType<typeof deprivation>>, request: Parameters<typeof buildGapView>[1]) =>
      buildGapChartSpec(buildGapView(gapModel(spec), request, { messages: en, lang: 'en' }), gapStyle);
    const charts: Record<string, CompiledChart> = {
      'trend on screen': buildTrendSpec(trend, trendSpecOptions(trend, messagesFor('en'), { ...defaultTrendTheme, fontSize: 18 }, 'screen', undefined)),
      'trend as a file': buildTrendSpec(trend, trendSpecOptions(trend, messagesFor('en'), defaultTrendTheme, 'export', { name: 'ONS' })),
      'gap of ordered groups': gap(await deprivation(), { indicator: 'alcohol-related-mortality' }),
      'gap of unordered groups': gap(await lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM }),
      'gap over time': gap(await lifeExpectancy(), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' }),
    };
    for (const [name, chart] of Object.entries(charts)) {
      const interpreted = await svgOf(chart, vega.expressionInterpreter);
      expect(interpreted, name).to.contain('<path');
      expect(await svgOf(chart, vega.compiledExpressions), name).to.equal(interpreted);
    }
  });

  it('gives the same values for every kind of expression, and leaves what it does not know to vega-interpreter', async () => {
    const expressions = [
      'n * 2 + 1 - n / 4 % 3',
      'n > 3 && n <= 4 || n === 7',
      'n != 4 ? "not" : !n',
      '-n + ~n + +"5"',
      '(n << 2) | (n >> 1) ^ (n >>> 0) & 3',
      'n == "4" && n !== "4"',
      'words[1] + words.length + datum',
      '[n, PI, NaN, {a: n, "b c": words[0]}]',
      'if(n > 1, "big", "small")',
      'isValid(n) && isArray(words) && indexof(words, "b")',
      'format(n / 3, ".2f") + " " + pad("x", 3)',
      'abs(-n) + max(n, 9) + round(2.5) + upper("x") + join(words, "-") + slice(words, 1)',
      // a global regular expression (a fresh one each time): left to vega-interpreter
      'replace("a-a", /a/g, "b")',
      'words.constructor === null',
    ];
    for (const expression of expressions) {
      expect(await valueOf(expression, vega.compiledExpressions), expression).to.deep.equal(await valueOf(expression, vega.expressionInterpreter));
    }
  });
});
