/**
 * Stand-ins for the few d3-geo and topojson-client functions the Vega runtime imports:
 * vega-functions' `geoArea`, `geoBounds` and `geoCentroid` expression functions (without a
 * projection) and vega-loader's `topojson` data format. The built-in charts use none of them, so the
 * bundle (rollup.config.js) points those two imports here and no chart page downloads d3-geo or
 * topojson-client (about 11 KB gzip) for them. <wellbeing-chart>, which draws authors' Vega-Lite
 * (maps included), provides the real functions before it draws (src/render/vega-geo-full.ts).
 * Outside the bundle (Node, tests, bundler users of lib/) Vega imports the real modules directly.
 */
import type * as d3Geo from 'd3-geo';
import type * as topojson from 'topojson-client';

export interface GeoFunctions {
  geoArea: typeof d3Geo.geoArea;
  geoBounds: typeof d3Geo.geoBounds;
  geoCentroid: typeof d3Geo.geoCentroid;
  feature: typeof topojson.feature;
  mesh: typeof topojson.mesh;
}

let provided: GeoFunctions | undefined;

/** Gives the Vega runtime the real geographic functions (from then on, the stand-ins call them). */
export function provideGeo(functions: GeoFunctions): void {
  provided = functions;
}

function real(): GeoFunctions {
  // not for readers: a programming error (only <wellbeing-chart> draws specs that reach these).
  if (!provided) throw new Error('wellbeing-widgets: Vega geographic functions used before provideGeo()');
  return provided;
}

export const geoArea = ((object: Parameters<typeof d3Geo.geoArea>[0]) => real().geoArea(object)) as typeof d3Geo.geoArea;
export const geoBounds = ((object: Parameters<typeof d3Geo.geoBounds>[0]) => real().geoBounds(object)) as typeof d3Geo.geoBounds;
export const geoCentroid = ((object: Parameters<typeof d3Geo.geoCentroid>[0]) => real().geoCentroid(object)) as typeof d3Geo.geoCentroid;
export const feature = ((...args: unknown[]) => (real().feature as (...a: unknown[]) => unknown)(...args)) as typeof topojson.feature;
export const mesh = ((...args: unknown[]) => (real().mesh as (...a: unknown[]) => unknown)(...args)) as typeof topojson.mesh;
