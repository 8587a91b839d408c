// The charts' and the map's colours as read from the page, and the charts' tooltip styles. The styles
// every element shares are in src/render/base-styles.ts: a wheel's page loads those, not these.
import { css } from 'lit';
import { allStatuses, statuses, statusToken, type Status, type StatusShape } from './status.js';

/** Default colour of each status (from the vocabulary in src/render/status.ts). */
export const defaultPalette = Object.fromEntries(allStatuses.map((s) => [s, statuses[s].colour])) as Record<Status, string>;

/** The letter shown with each status so it never depends on colour alone (from src/render/status.ts). */
export const statusLetter = Object.fromEntries(allStatuses.map((s) => [s, statuses[s].letter])) as Record<Status, string>;

/**
 * The colour of every status as the author set it (`--wb-status-*`, see src/render/status.ts), for
 * renderers (Vega) that cannot read CSS variables.
 */
export function readPalette(host: Element): Record<Status, string> {
  const style = getComputedStyle(host);
  return Object.fromEntries(
    allStatuses.map((status) => [status, resolveStatusColour(status, (token) => style.getPropertyValue(token))]),
  ) as Record<Status, string>;
}

/** Reads a `--wb-*` custom property with a fallback. */
export function readToken(host: Element, name: string, fallback: string): string {
  return getComputedStyle(host).getPropertyValue(`--wb-${name}`).trim() || fallback;
}

let colourCanvas: CanvasRenderingContext2D | null | undefined;

/**
 * Any colour the browser resolved (`oklch(...)`, `color(srgb ...)`, a name) as `#rrggbb`, for files
 * read outside the page: many SVG viewers and editors know only sRGB hex. The colour is painted on a
 * 1x1 canvas and read back, which works for every colour syntax the browser knows. Transparent
 * colours and anything unreadable give the fallback.
 */
export function colourAsHex(colour: string, fallback: string): string {
  if (/^#[0-9a-f]{6}$/i.test(colour)) return colour.toLowerCase();
  if (colourCanvas === undefined) {
    const canvas = document.createElement('canvas');
    canvas.width = canvas.height = 1;
    colourCanvas = canvas.getContext('2d', { willReadFrequently: true });
  }
  const ctx = colourCanvas;
  if (!ctx || !colour || colour === 'none') return fallback;
  ctx.clearRect(0, 0, 1, 1);
  ctx.fillStyle = '#000';
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = ctx.getImageData(0, 0, 1, 1).data;
  if (!a) return fallback;
  return `#${[r!, g!, b!].map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** The tooltip the Vega module places inside the shadow root, and the layer it sits in. */
export const tooltipStyles = css`
  .tooltip-layer {
    position: relative;
  }
  .wb-tooltip {
    position: absolute;
    left: 0;
    top: 0;
    z-index: 2;
    pointer-events: none;
    max-width: min(20rem, 90%);
    padding: 0.375rem 0.5rem;
    background: var(--wb-tooltip-background, #0b0c0c);
    color: var(--wb-tooltip-color, #ffffff);
    border: 1px solid transparent;
    border-radius: 3px;
    font-size: 0.875rem;
    line-height: 1.3;
  }
  .wb-tooltip[hidden] {
    display: none;
  }
  .wb-tooltip-label {
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .wb-tooltip {
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;

/** Resolves a status's colour from a lookup of set tokens (e.g. computed style), for renderers that cannot read CSS. */
export function resolveStatusColour(status: Status, readToken: (token: string) => string): string {
  for (const name of [status, ...statuses[status].fallbacks]) {
    const value = readToken(statusToken(name)).trim();
    if (value) return value;
  }
  return statuses[status].colour;
}

/**
 * The shapes as SVG paths centred on 0,0 within -1..1 (the box Vega draws its own symbols in), for
 * marks drawn outside Vega: scale with `transform="scale(r)"`.
 */
export const shapePath: Readonly<Record<StatusShape, string>> = {
  circle: 'M1,0A1,1 0 1,1 -1,0A1,1 0 1,1 1,0Z',
  square: 'M-0.886,-0.886H0.886V0.886H-0.886Z',
  diamond: 'M0,-1.1L0.8,0L0,1.1L-0.8,0Z',
  'triangle-up': 'M0,-1L1,0.8H-1Z',
  'triangle-down': 'M0,1L1,-0.8H-1Z',
  cross: 'M-1,-0.33H-0.33V-1H0.33V-0.33H1V0.33H0.33V1H-0.33V0.33H-1Z',
};
