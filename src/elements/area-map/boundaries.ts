/**
 * Reading a boundary file (TopoJSON or GeoJSON) into the areas a map draws: one layer, the areas of
 * one year (ONS files mark areas created or ended with `start`/`end` years), each with its code and
 * the areas it touches (from shared TopoJSON arcs). No DOM: unit-tested directly.
 */
import { feature, neighbors } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, GeoJsonProperties, Geometry } from 'geojson';
import type { Messages } from '../../i18n/index.js';

/** Why a boundary file cannot be used; the element turns each into a sentence. */
export type BoundaryProblem =
  | { kind: 'not-geo' }
  | { kind: 'no-layer'; layer: string; layers: string[] }
  | { kind: 'no-code'; codeProperty: string; properties: string[] };

export class BoundaryError extends Error {
  readonly problem: BoundaryProblem;
  constructor(problem: BoundaryProblem) {
    super(problem.kind);
    this.name = 'BoundaryError';
    this.problem = problem;
  }
}

/** A boundary file's problem as a sentence naming the file (`url`, as the page or command line wrote it). */
export function boundaryProblemMessage(problem: BoundaryProblem, url: string, messages: Messages): string {
  const m = messages.areaMap.errors;
  if (problem.kind === 'not-geo') return m.notGeo({ url });
  if (problem.kind === 'no-layer') return m.noLayer({ url, layer: problem.layer, layers: problem.layers.join(', ') });
  return m.noCode({ url, codeProperty: problem.codeProperty, properties: problem.properties.join(', ') || '—' });
}

/** One area's outline as read from the file, before the year is chosen. */
export interface BoundaryArea {
  code: string;
  /** The name in the file (`areanm`, `name`), if any; the spec's name wins. */
  name: string | undefined;
  /** First and last year the outline is valid (inclusive), when the file says. */
  start: number | undefined;
  end: number | undefined;
  /** Index into the layer's geometries (TopoJSON), for adjacency. */
  index: number;
}

/** A file read into one layer. */
export interface BoundaryLayer {
  layer: string;
  layers: string[];
  areas: BoundaryArea[];
  /** The latest `start` or `end` year in the layer (for the attribution's year), if any. */
  latestYear: number | undefined;
  /** The GeoJSON feature of an area (converted on demand). */
  feature(area: BoundaryArea): Feature<Geometry>;
  /** For each area given, the positions (in that list) of the areas it shares a border with; empty lists for GeoJSON. */
  adjacency(areas: readonly BoundaryArea[]): number[][];
}

const NAME_PROPERTIES = ['areanm', 'name', 'NAME'];

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const year = (x: unknown): number | undefined => (typeof x === 'number' && Number.isFinite(x) ? x : typeof x === 'string' && /^\d{4}$/.test(x) ? Number(x) : undefined);

function readProperties(properties: unknown, codeProperty: string, index: number): BoundaryArea | undefined {
  if (!isObject(properties)) return undefined;
  const code = properties[codeProperty];
  if (typeof code !== 'string' && typeof code !== 'number') return undefined;
  const name = NAME_PROPERTIES.map((p) => properties[p]).find((v): v is string => typeof v === 'string');
  return { code: String(code), name, start: year(properties['start']), end: year(properties['end']), index };
}

function latestYearOf(areas: readonly BoundaryArea[]): number | undefined {
  let latest: number | undefined;
  for (const a of areas) for (const y of [a.start, a.end]) if (y !== undefined && (latest === undefined || y > latest)) latest = y;
  return latest;
}

function noCode(codeProperty: string, samples: unknown[]): BoundaryError {
  const properties = [...new Set(samples.flatMap((p) => (isObject(p) ? Object.keys(p) : [])))];
  return new BoundaryError({ kind: 'no-code', codeProperty, properties });
}

/**
 * Reads a parsed boundary file. `layer` names a TopoJSON object (default: the first); GeoJSON has
 * one layer, called `features`. Features without the code property are skipped; a layer where no
 * feature has it is an error (the wrong `code-property`).
 */
export function readBoundaries(json: unknown, options: { layer?: string | null; codeProperty: string }): BoundaryLayer {
  if (isObject(json) && json['type'] === 'Topology' && isObject(json['objects']) && Array.isArray(json['arcs'])) {
    return readTopology(json as unknown as Topology, options);
  }
  if (isObject(json) && json['type'] === 'FeatureCollection' && Array.isArray(json['features'])) {
    return readFeatureCollection(json as unknown as FeatureCollection, options);
  }
  throw new BoundaryError({ kind: 'not-geo' });
}

function readTopology(topology: Topology, options: { layer?: string | null; codeProperty: string }): BoundaryLayer {
  const layers = Object.keys(topology.objects);
  const layer = options.layer || layers[0];
  const object = layer ? topology.objects[layer] : undefined;
  if (!layer || !object) throw new BoundaryError({ kind: 'no-layer', layer: options.layer ?? '', layers });
  const geometries: GeometryObject<GeoJsonProperties>[] = object.type === 'GeometryCollection' ? object.geometries : [object];
  const areas = geometries.flatMap((g, index) => readProperties(g.properties, options.codeProperty, index) ?? []);
  if (geometries.length && !areas.length) throw noCode(options.codeProperty, geometries.slice(0, 5).map((g) => g.properties));
  return {
    layer,
    layers,
    areas,
    latestYear: latestYearOf(areas),
    feature: (area) => feature(topology, geometries[area.index]!) as Feature<Geometry>,
    adjacency: (chosen) => neighbors(chosen.map((a) => geometries[a.index]! as GeometryObject)),
  };
}

function readFeatureCollection(collection: FeatureCollection, options: { layer?: string | null; codeProperty: string }): BoundaryLayer {
  const layer = 'features';
  if (options.layer && options.layer !== layer) throw new BoundaryError({ kind: 'no-layer', layer: options.layer, layers: [layer] });
  const features = collection.features.filter((f) => isObject(f) && isObject(f.geometry));
  const areas = features.flatMap((f, index) => readProperties(f.properties, options.codeProperty, index) ?? []);
  if (features.length && !areas.length) throw noCode(options.codeProperty, features.slice(0, 5).map((f) => f.properties));
  return {
    layer,
    layers: [layer],
    areas,
    latestYear: latestYearOf(areas),
    feature: (area) => features[area.index] as Feature<Geometry>,
    adjacency: (chosen) => chosen.map(() => []),
  };
}

/** True when the outline is valid in `year` (no year: every outline). */
export function validIn(area: BoundaryArea, year: number | undefined): boolean {
  if (year === undefined) return true;
  return (area.start === undefined || area.start <= year) && (area.end === undefined || area.end >= year);
}

/**
 * The outlines to draw for some area codes in a year: for each code, the version valid that year.
 * A code in `fallback` (one with data in that year, e.g. a council whose figures the ONS gives for
 * years before its boundary's `start`) that the file has only for other years gets the version
 * nearest in time; other codes without a valid version are left out (the caller lists them as not
 * on the map), so an ended council never overlaps the one that replaced it.
 */
export function areasForYear(
  layer: BoundaryLayer,
  codes: ReadonlySet<string>,
  year: number | undefined,
  fallback: ReadonlySet<string> = new Set(),
): BoundaryArea[] {
  const byCode = new Map<string, BoundaryArea[]>();
  for (const area of layer.areas) {
    if (!codes.has(area.code)) continue;
    const list = byCode.get(area.code);
    if (list) list.push(area);
    else byCode.set(area.code, [area]);
  }
  const distance = (a: BoundaryArea) =>
    year === undefined ? 0 : a.start !== undefined && year < a.start ? a.start - year : a.end !== undefined && year > a.end ? year - a.end : 0;
  return [...byCode].flatMap(([code, versions]) => {
    const valid = versions.find((v) => validIn(v, year));
    if (valid) return [valid];
    return fallback.has(code) ? [[...versions].sort((a, b) => distance(a) - distance(b))[0]!] : [];
  });
}
