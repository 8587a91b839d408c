/**
 * Projecting outlines to SVG path data once, in a fixed coordinate space (`MAP_WIDTH` wide), that
 * the SVG's viewBox scales to any width: resizing the element never projects again, and the paths
 * stay crisp at any zoom. Transverse Mercator on 2°W, the central meridian of the British National
 * Grid, so Great Britain looks as it does on Ordnance Survey maps. No DOM.
 */
import { geoPath, geoTransverseMercator } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';

/** Width of the drawing's coordinate space; its height follows the areas' shape. */
export const MAP_WIDTH = 1000;
/** Decimal places of path coordinates: 0.1 of a unit is 1/10,000 of the width, finer than any screen. */
const DIGITS = 1;

export interface ProjectedArea {
  code: string;
  /** SVG path data in map units. */
  path: string;
  /** Centre of mass in map units (where a letter goes, and what arrow keys move between). */
  x: number;
  y: number;
  /** Bounding box in map units. */
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface ProjectedMap {
  width: number;
  height: number;
  areas: ProjectedArea[];
}

/**
 * Fits the features into `width` (with a small margin) and returns each one's path, centroid and
 * bounds. Features whose geometry is empty after projection are left out.
 */
export function projectAreas(features: readonly { code: string; feature: Feature<Geometry> }[], width = MAP_WIDTH): ProjectedMap {
  const margin = width / 100;
  const collection: FeatureCollection = { type: 'FeatureCollection', features: features.map((f) => f.feature) };
  const projection = geoTransverseMercator().rotate([2, 0]);
  if (!features.length) return { width, height: width / 2, areas: [] };
  projection.fitWidth(width - 2 * margin, collection);
  const [[, top], [, bottom]] = geoPath(projection).bounds(collection);
  const height = Math.ceil(bottom - top + 2 * margin);
  const [tx, ty] = projection.translate();
  projection.translate([tx + margin, ty - top + margin]);
  const path = geoPath(projection).digits(DIGITS);
  const round = (n: number) => Math.round(n * 10) / 10;
  const areas: ProjectedArea[] = [];
  for (const { code, feature } of features) {
    const d = path(feature);
    if (!d) continue;
    const [x, y] = path.centroid(feature);
    const [[x0, y0], [x1, y1]] = path.bounds(feature);
    areas.push({ code, path: d, x: round(x), y: round(y), x0, y0, x1, y1 });
  }
  return { width, height, areas };
}

/** The bounding box (in map units) around some areas, for zooming to them; undefined for none. */
export function boundsOf(areas: readonly Pick<ProjectedArea, 'x0' | 'y0' | 'x1' | 'y1'>[]): { x: number; y: number; width: number; height: number } | undefined {
  if (!areas.length) return undefined;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const a of areas) {
    x0 = Math.min(x0, a.x0);
    y0 = Math.min(y0, a.y0);
    x1 = Math.max(x1, a.x1);
    y1 = Math.max(y1, a.y1);
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}
