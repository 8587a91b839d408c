/**
 * The chart elements as standalone SVG files, drawn by Vega with no browser: <indicator-trend>'s
 * compiled chart and <inequality-gap>'s chart with the options their downloads use (800 px, title,
 * source), and an author's Vega-Lite for <wellbeing-chart> over the same `rows`, checked by the same
 * safety rules and themed like the element. Pure (no DOM, no Node).
 */
import type { Model } from '../model/model.js';
import { buildTrendView, TrendRequestError, type TrendRequest } from '../elements/indicator-trend/trend-model.js';
import { buildTrendSpec } from '../elements/indicator-trend/trend-spec.js';
import { defaultTrendTheme, trendSpecOptions } from '../elements/indicator-trend/trend-export.js';
import { chartLabel, summaryText } from '../elements/indicator-trend/trend-text.js';
import { buildGapView, GapDataError, type GapRequest } from '../elements/inequality-gap/gap-model.js';
import { buildGapChartSpec } from '../elements/inequality-gap/gap-spec.js';
import { defaultGapChartStyle, gapExportOptions } from '../elements/inequality-gap/gap-export.js';
import { buildChartRows, ChartRequestError } from '../elements/wellbeing-chart/chart-rows.js';
import { checkAuthorChart, titleText, type AuthorChart } from '../elements/wellbeing-chart/chart-safety.js';
import { defaultChartTheme, numberLocale, themeConfig, timeLocale } from '../elements/wellbeing-chart/chart-theme.js';
import { chartSvg, quietLogger, RenderError, type RenderContext, type RenderedSvg } from './render-svg.js';

/** Width of a chart file when none is asked for: the elements' downloads are 800 px wide. */
export const CHART_FILE_WIDTH = 800;

export async function renderTrend(model: Model, request: Omit<TrendRequest, 'locale'>, context: RenderContext): Promise<RenderedSvg> {
  const { messages } = context;
  let view;
  try {
    view = buildTrendView(model, { ...request, locale: context.lang }, messages);
  } catch (error) {
    if (error instanceof TrendRequestError) throw new RenderError('spec', error.message);
    throw error;
  }
  const options = trendSpecOptions(view, messages, defaultTrendTheme, 'export', view.indicator.source ?? model.spec.source);
  const svg = await chartSvg(buildTrendSpec(view, { ...options, width: context.width || CHART_FILE_WIDTH }));
  return { svg, title: chartLabel(view, messages), description: summaryText(view, messages) };
}

export async function renderGap(model: Model, request: GapRequest, context: RenderContext): Promise<RenderedSvg> {
  const { messages } = context;
  let view;
  try {
    view = buildGapView(model, request, { messages, lang: context.lang });
  } catch (error) {
    if (error instanceof GapDataError) throw new RenderError('spec', error.message);
    throw error;
  }
  const spec = buildGapChartSpec(view, defaultGapChartStyle, gapExportOptions(view, messages, view.indicator.source ?? model.spec.source));
  const svg = await chartSvg(spec, { width: context.width || CHART_FILE_WIDTH });
  return { svg, title: view.chartLabel, description: view.summary };
}

export interface AuthorChartRequest {
  indicator?: string | null | undefined;
  area?: string | null | undefined;
  period?: string | null | undefined;
  benchmark?: string | null | undefined;
  /** The author's Vega-Lite, parsed. */
  chart?: unknown;
}

/** A single view without a width of its own takes the file's width (as the element gives it its container's). */
function sized(chart: AuthorChart, width: number): AuthorChart {
  const single = 'mark' in chart || 'layer' in chart;
  if (!single || (chart['width'] !== undefined && chart['width'] !== 'container')) return chart;
  return { ...chart, width, autosize: chart['autosize'] ?? { type: 'fit-x', contains: 'padding' } };
}

export async function renderAuthorChart(model: Model, request: AuthorChartRequest, context: RenderContext): Promise<RenderedSvg> {
  const { messages } = context;
  const m = messages.wellbeingChart;
  let data;
  try {
    data = buildChartRows(model, request, messages);
  } catch (error) {
    if (error instanceof ChartRequestError) throw new RenderError('spec', error.message);
    throw error;
  }
  const { chart, issues } = checkAuthorChart(request.chart, data.rows, messages);
  if (!chart || issues.length) throw new RenderError('chart', m.invalid({ count: issues.length }), issues);
  const description = String(chart.description).trim();
  const { compile } = await import('vega-lite');
  const config = themeConfig(defaultChartTheme, { background: defaultChartTheme.background });
  let svg: string;
  try {
    const vega = compile(sized(chart, context.width || CHART_FILE_WIDTH) as never, { config: config as never, logger: quietLogger as never }).spec;
    svg = await chartSvg(
      { vega, data: {}, signals: {} },
      { locale: { number: numberLocale(context.lang), time: timeLocale(context.lang) }, refuse: (url) => new RenderError('chart', m.refusedRequest({ url })) },
    );
  } catch (error) {
    if (error instanceof RenderError) throw error;
    throw new RenderError('chart', m.vegaError({ detail: error instanceof Error ? error.message : String(error) }));
  }
  return { svg, title: titleText(chart.title) || description, description };
}
