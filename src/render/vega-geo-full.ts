/**
 * Gives the Vega runtime the real d3-geo and topojson-client functions (see src/render/vega-geo.ts).
 * Called by <wellbeing-chart>'s embedding layer only: authors' Vega-Lite may draw maps, the
 * built-in charts never do.
 */
import { geoArea, geoBounds, geoCentroid } from 'd3-geo';
import { feature, mesh } from 'topojson-client';
import { provideGeo } from './vega-geo.js';

/** Makes Vega's geographic expression functions and `topojson` format work (safe to call twice). */
export function provideRealGeo(): void {
  provideGeo({ geoArea, geoBounds, geoCentroid, feature, mesh });
}
