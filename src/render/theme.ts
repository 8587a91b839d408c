// The charts' and the map's colours as read from the page, and the charts' tooltip styles. The styles
// every element shares are in src/render/base-styles.ts: a wheel's page loads those, not these.
import { css } from 'lit';
import { allStatuses, resolveStatusColour, statuses, type Status } from './status.js';

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
