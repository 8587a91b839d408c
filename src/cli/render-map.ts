/**
 * <area-map> as a standalone SVG: the map's own file (map-export.ts: areas with their colours and
 * textures, letters where they fit, the key, source and attribution), from the same view model,
 * boundary reading and projection as the element, with the colours its default styles give.
 * Pure (no DOM, no Node): the boundary file comes in already parsed.
 */
import type { Model } from '../model/model.js';
import { statuses } from '../render/status.js';
import { areasForYear, BoundaryError, boundaryProblemMessage, readBoundaries } from '../elements/area-map/boundaries.js';
import { EXPORT_WIDTH, letteredAreas, mapExportNotes, mapSvgDocument, type ExportColours } from '../elements/area-map/map-export.js';
import { buildMapView, MAP_STATUS_ORDER, type MapStatus } from '../elements/area-map/map-model.js';
import { projectAreas } from '../elements/area-map/projection.js';
import { inkOn, RenderError, type RenderContext, type RenderedSvg } from './render-svg.js';

export interface MapRequest {
  indicator?: string | null | undefined;
  period?: string | null | undefined;
  within?: string | null | undefined;
  benchmark?: string | null | undefined;
  /** The boundary file, parsed, and its name as the user wrote it (for messages). */
  boundaries?: { json: unknown; name: string } | undefined;
  layer?: string | null | undefined;
  codeProperty?: string | null | undefined;
  /** Text in place of the ONS and OS copyright lines (boundaries from elsewhere). */
  attribution?: string | null | undefined;
}

/** The map's default colours (area-map.styles.ts) worked out: status colours, the white or black ink on each, white edges. */
export function defaultMapColours(): ExportColours {
  const status = {} as Record<MapStatus, string>;
  const ink = {} as Record<MapStatus, string>;
  for (const s of MAP_STATUS_ORDER) {
    status[s] = statuses[s].colour;
    ink[s] = s === 'no-data' ? '#505a5f' : inkOn(statuses[s].colour);
  }
  return { status, ink, text: '#0b0c0c', background: '#ffffff', stroke: '#ffffff' };
}

export function renderMap(model: Model, request: MapRequest, context: RenderContext): RenderedSvg {
  const { messages } = context;
  const m = messages.areaMap;
  if (!request.boundaries) throw new RenderError('boundaries', m.errors.noBoundaries);
  let layer;
  try {
    layer = readBoundaries(request.boundaries.json, { layer: request.layer ?? null, codeProperty: request.codeProperty ?? 'areacd' });
  } catch (error) {
    if (error instanceof BoundaryError) throw new RenderError('boundaries', boundaryProblemMessage(error.problem, request.boundaries.name, messages));
    throw error;
  }
  const view = buildMapView(
    model,
    {
      indicator: request.indicator ?? null,
      period: request.period ?? null,
      within: request.within ?? null,
      benchmark: request.benchmark ?? null,
      lang: context.lang,
      layerCodes: new Set(layer.areas.map((a) => a.code)),
    },
    messages,
  );
  const chosen = areasForYear(layer, new Set(view.areas.map((a) => a.code)), view.year, view.withRow);
  const projected = projectAreas(chosen.map((a) => ({ code: a.code, feature: layer.feature(a) })));
  const width = context.width || EXPORT_WIDTH;
  const title = m.title({ title: view.title, period: view.periodText, within: view.within?.name ?? '' });
  const attribution = request.attribution || m.attributionOns({ year: layer.latestYear ?? view.year ?? new Date().getFullYear() });
  const notes = mapExportNotes(view, messages, view.indicator.source ?? model.spec.source, attribution);
  const letters = new Set(letteredAreas(projected, projected.width / width).map((a) => a.code));
  const svg = mapSvgDocument(view, projected, { title, notes, colours: defaultMapColours(), width, letters });
  return { svg, title, description: view.summary };
}
