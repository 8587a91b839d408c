/**
 * Projecting outlines to SVG path data in a fixed coordinate space (`MAP_WIDTH` wide) that the SVG's
 * viewBox scales to any width: resizing the element never projects again, and the paths stay crisp
 * at any zoom. Transverse Mercator on 2°W, the central meridian of the British National Grid, so
 * Great Britain looks as it does on Ordnance Survey maps. No DOM.
 *
 * Speed (issue 14): the spherical work (rotation, projection) is done once per outline, into plain
 * coordinates kept in a `ShapeCache`; fitting the map to its width, the bounds, the centre and the
 * path text are then arithmetic on those coordinates. d3's `fitWidth`, `path`, `path.centroid` and
 * `path.bounds` would each project every point again (five passes), with clipping and adaptive
 * resampling that boundaries of Great Britain never need (they are nowhere near the projection's
 * edges, and their segments are short), so both are off.
 */
import { geoStream, geoTransverseMercator, type GeoStream } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';

/** Width of the drawing's coordinate space; its height follows the areas' shape. */
export const MAP_WIDTH = 1000;
/** Path coordinates are rounded to 0.1 of a unit: 1/10,000 of the width, finer than any screen. */
const PRECISION = 10;

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
 * One outline projected to plane coordinates (before fitting: scale 1, y down): flat `[x, y, x, y, …]`
 * rings (closed) and lines (open), its bounds and centre of mass, and the path text last made from it.
 */
export interface Shape {
  rings: Float64Array[];
  lines: Float64Array[];
  x0: number;
  y0: number;
  x1: number;
  y1: number;
  cx: number;
  cy: number;
  /** The path text for the last fit asked for (a change of year usually keeps the fit). */
  drawn?: { fit: string; path: string };
}

/** The projection, without scale or translation (the fit is applied to the plane coordinates). */
function planeProjection() {
  const identity = (stream: GeoStream) => stream;
  return geoTransverseMercator().rotate([2, 0]).scale(1).translate([0, 0]).precision(0).preclip(identity).postclip(identity);
}

/** Projects a feature once: its rings and lines in plane coordinates, bounds and area-weighted centre. */
export function projectShape(feature: Feature<Geometry>, projection = planeProjection()): Shape {
  const rings: Float64Array[] = [];
  const lines: Float64Array[] = [];
  let points: number[] = [];
  let inPolygon = false;
  let inLine = false;
  const sink: GeoStream = {
    point(x, y) {
      if (inLine) points.push(x, y);
    },
    lineStart() {
      inLine = true;
      points = [];
    },
    lineEnd() {
      inLine = false;
      if (points.length >= 4) (inPolygon ? rings : lines).push(Float64Array.from(points));
    },
    polygonStart() {
      inPolygon = true;
    },
    polygonEnd() {
      inPolygon = false;
    },
    sphere() {},
  };
  geoStream(feature, projection.stream(sink));

  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  // Centre of mass of the rings (holes count negative: they wind the other way), as d3's path.centroid.
  let area = 0;
  let sx = 0;
  let sy = 0;
  let n = 0;
  let mx = 0;
  let my = 0;
  for (const list of [rings, lines]) {
    for (const p of list) {
      for (let i = 0; i < p.length; i += 2) {
        const x = p[i]!;
        const y = p[i + 1]!;
        if (x < x0) x0 = x;
        if (x > x1) x1 = x;
        if (y < y0) y0 = y;
        if (y > y1) y1 = y;
        mx += x;
        my += y;
        n++;
      }
    }
  }
  for (const p of rings) {
    for (let i = 0, j = p.length - 2; i < p.length; j = i, i += 2) {
      const cross = p[j]! * p[i + 1]! - p[i]! * p[j + 1]!;
      area += cross;
      sx += (p[j]! + p[i]!) * cross;
      sy += (p[j + 1]! + p[i + 1]!) * cross;
    }
  }
  // A shape without area (a line, a sliver) is centred on the mean of its points.
  const [cx, cy] = Math.abs(area) > 1e-18 ? [sx / (3 * area), sy / (3 * area)] : n ? [mx / n, my / n] : [NaN, NaN];
  return { rings, lines, x0, y0, x1, y1, cx, cy };
}

/** Projected shapes by a key that stands for one outline (a boundary file's area): each outline is projected once. */
export class ShapeCache<K extends object> {
  private readonly shapes = new WeakMap<K, Shape>();
  private readonly projection = planeProjection();

  get(key: K, feature: () => Feature<Geometry>): Shape {
    let shape = this.shapes.get(key);
    if (!shape) {
      shape = projectShape(feature(), this.projection);
      this.shapes.set(key, shape);
    }
    return shape;
  }
}

/**
 * A coordinate counted in tenths, written as a number: `6358` → `635.8`, `6350` → `635`. Integers are
 * turned into text much faster than fractions, and a map has some 150,000 of them.
 */
function tenths(n: number): string {
  if (n < 0) return String(n / PRECISION);
  const whole = Math.floor(n / PRECISION);
  const tenth = n - whole * PRECISION;
  return tenth ? `${whole}.${tenth}` : String(whole);
}

/** SVG path text of a shape under `x * k + tx`, `y * k + ty`, rounded; points that round to the previous one are left out. */
function pathOf(shape: Shape, k: number, tx: number, ty: number): string {
  let d = '';
  const kk = k * PRECISION;
  const [ttx, tty] = [tx * PRECISION, ty * PRECISION];
  for (const [list, close] of [
    [shape.rings, 'Z'],
    [shape.lines, ''],
  ] as const) {
    for (const p of list) {
      let lastX = NaN;
      let lastY = NaN;
      let command = 'M';
      for (let i = 0; i < p.length; i += 2) {
        const x = Math.round(p[i]! * kk + ttx);
        const y = Math.round(p[i + 1]! * kk + tty);
        if (x === lastX && y === lastY) continue;
        d += command + tenths(x) + ',' + tenths(y);
        command = 'L';
        lastX = x;
        lastY = y;
      }
      d += close;
    }
  }
  return d;
}

/**
 * Fits shapes into `width` (with a small margin) and returns each one's path, centre and bounds.
 * Shapes with no points are left out.
 */
export function fitShapes(shapes: readonly { code: string; shape: Shape }[], width = MAP_WIDTH): ProjectedMap {
  const drawn = shapes.filter((s) => s.shape.x0 <= s.shape.x1);
  if (!drawn.length) return { width, height: width / 2, areas: [] };
  const margin = width / 100;
  let [x0, y0, x1, y1] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const { shape } of drawn) {
    x0 = Math.min(x0, shape.x0);
    y0 = Math.min(y0, shape.y0);
    x1 = Math.max(x1, shape.x1);
    y1 = Math.max(y1, shape.y1);
  }
  const k = x1 > x0 ? (width - 2 * margin) / (x1 - x0) : 1;
  const tx = margin - x0 * k;
  const ty = margin - y0 * k;
  const height = Math.ceil((y1 - y0) * k + 2 * margin);
  const fit = `${k} ${tx} ${ty}`;
  const round = (n: number) => Math.round(n * 10) / 10;
  const areas = drawn.map(({ code, shape }): ProjectedArea => {
    if (shape.drawn?.fit !== fit) shape.drawn = { fit, path: pathOf(shape, k, tx, ty) };
    return {
      code,
      path: shape.drawn.path,
      x: round(shape.cx * k + tx),
      y: round(shape.cy * k + ty),
      x0: shape.x0 * k + tx,
      y0: shape.y0 * k + ty,
      x1: shape.x1 * k + tx,
      y1: shape.y1 * k + ty,
    };
  });
  return { width, height, areas };
}

/**
 * Fits the features into `width` (with a small margin) and returns each one's path, centroid and
 * bounds. Features whose geometry is empty after projection are left out. (The element keeps a
 * `ShapeCache` and calls `fitShapes`, so a redraw does not project again.)
 */
export function projectAreas(features: readonly { code: string; feature: Feature<Geometry> }[], width = MAP_WIDTH): ProjectedMap {
  const projection = planeProjection();
  return fitShapes(
    features.map((f) => ({ code: f.code, shape: projectShape(f.feature, projection) })),
    width,
  );
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
