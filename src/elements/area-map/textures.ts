/**
 * The texture each status has on the map, on top of its colour, so even an area too small for its
 * letter is told apart without colour: better has vertical lines, worse dots, lower horizontal
 * lines, no data diagonal hatching on white; similar (usually the most common), higher and not
 * compared are plain; fifths (quintiles) have lines at the better or higher end and dots at the other,
 * denser at the ends. One definition for the live map, the legend and the downloaded files.
 */
import type { MapStatus } from './map-model.js';

/** Size of one tile of texture, in CSS pixels at the map's drawn size. */
export const TEXTURE_SIZE = 8;

export interface Texture {
  /** Stroked path data inside one tile, if any. */
  lines?: string;
  /** Radius of a dot in the tile's centre, if any. */
  dot?: number;
}

export const textures: Record<MapStatus, Texture> = {
  better: { lines: 'M4 0V8' },
  similar: {},
  worse: { dot: 1.5 },
  higher: {},
  lower: { lines: 'M0 4H8' },
  // Fifths: lines for the better (or higher) end, dots for the worse (or lower), denser at the ends.
  'quintile-best': { lines: 'M2 0V8M6 0V8' },
  'quintile-better': { lines: 'M4 0V8' },
  'quintile-middle-judged': {},
  'quintile-worse': { dot: 1.5 },
  'quintile-worst': { dot: 2.5 },
  'quintile-highest': { lines: 'M0 2H8M0 6H8' },
  'quintile-high': { lines: 'M0 4H8' },
  'quintile-middle': {},
  'quintile-low': { dot: 1.5 },
  'quintile-lowest': { dot: 2.5 },
  'not-compared': {},
  'no-data': { lines: 'M0 8L8 0M-2 2L2 -2M6 10L10 6' },
};
