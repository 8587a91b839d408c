/**
 * One entry for every element `render` draws: builds the model in the file's language, draws the
 * element's file and makes it a standalone SVG that names itself (<title>, <desc>, `lang`).
 * Pure (no DOM, no Node): the command line reads the files; a browser test draws the same file.
 */
import { ViewError } from '../elements/base/wellbeing-element.js';
import '../i18n/all.js'; // every catalogue at once: a file is drawn in its language the first time
import { messagesFor } from '../i18n/index.js';
import { Model } from '../model/model.js';
import type { LoadedSpec } from '../spec/schema.js';
import { renderAuthorChart, renderGap, renderTrend } from './render-charts.js';
import { renderMap } from './render-map.js';
import { RenderError, standaloneSvg, type RenderedElement, type RenderedSvg } from './render-svg.js';
import { renderWheel, WHEEL_FILE_WIDTH } from './render-wheel.js';

/** What to draw: the element and its attributes (each element reads those it has). */
export interface RenderRequest {
  element: RenderedElement;
  lang: string;
  /** Width of the file in pixels; 0 or absent: 800 for charts and maps (their downloads' width), 640 for the wheel. */
  width?: number;
  indicator?: string | null;
  area?: string | null;
  period?: string | null;
  benchmark?: string | null;
  /** <indicator-trend>: comparator areas. */
  compare?: string | null;
  /** <wellbeing-wheel>: `benchmark` or `trend`. */
  status?: string | null;
  /** <inequality-gap>. */
  view?: string | null;
  groups?: string | null;
  groupType?: string | null;
  /** <area-map>. */
  within?: string | null;
  boundaries?: { json: unknown; name: string };
  layer?: string | null;
  codeProperty?: string | null;
  attribution?: string | null;
  /** <wellbeing-chart>: the author's Vega-Lite, parsed. */
  chart?: unknown;
}

/** The element's file. Throws RenderError for what cannot be drawn (in the request's language). */
export async function renderElementSvg(spec: LoadedSpec, request: RenderRequest): Promise<RenderedSvg> {
  const messages = messagesFor(request.lang);
  const context = { messages, lang: request.lang, width: request.width ?? 0 };
  const model = new Model(spec, request.lang);
  let drawn: RenderedSvg;
  try {
    switch (request.element) {
      case 'wellbeing-wheel':
        drawn = renderWheel(model, request, { ...context, width: context.width || WHEEL_FILE_WIDTH });
        break;
      case 'indicator-trend':
        drawn = await renderTrend(model, request, context);
        break;
      case 'inequality-gap':
        drawn = await renderGap(model, request, context);
        break;
      case 'area-map':
        drawn = renderMap(model, request, context);
        break;
      case 'wellbeing-chart':
        drawn = await renderAuthorChart(model, request, context);
        break;
    }
  } catch (error) {
    if (error instanceof ViewError) throw new RenderError('spec', error.message, error.issues);
    throw error;
  }
  return { ...drawn, svg: standaloneSvg(drawn.svg, { title: drawn.title, description: drawn.description, lang: request.lang }) };
}
