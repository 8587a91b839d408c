import { css, unsafeCSS } from 'lit';
import { statusColourCss } from '../../render/status.js';
import { MAP_STATUS_ORDER, type MapStatus } from './map-model.js';

/** Each status's colour from the one status vocabulary (src/render/status.ts), so the map and the charts agree. */
const colour = (status: MapStatus) => statusColourCss(status);

/**
 * Texture drawn over a status colour: `--wb-map-texture-<status>`, else white or black, whichever
 * reads on the colour (OKLCH lightness 0.565 is where both have equal contrast).
 */
const ink = (status: MapStatus) => `var(--wb-status-${status}-text, oklch(from ${colour(status)} calc((0.565 - l) * 1000) 0 0))`;

// Built from the fixed list of statuses and the theme's palette (no outside input), so unsafeCSS is safe.
const statusRules = unsafeCSS(
  MAP_STATUS_ORDER.map(
    (status) =>
      `.status-${status} { fill: ${colour(status)}; }\n.ink-${status} { fill: ${ink(status)}; stroke: ${ink(status)}; }\n` +
      `.letter-${status} { fill: ${ink(status)}; }\n.chip.status-${status} { background: ${colour(status)}; color: ${ink(status)}; }`,
  ).join('\n'),
);

/**
 * The map's styles: every colour from a `--wb-*` token with a default meeting WCAG 2.2 AA, strokes
 * that keep their width at any zoom, and forced-colours rules where status is carried by texture
 * and letters. No inline styles, so a strict `style-src` needs no exception.
 */
export const mapStyles = css`
  :host {
    --_area-stroke: var(--wb-map-area-stroke, var(--_bg));
    --_selected: var(--wb-map-selected-stroke, var(--_fg));
  }
  .title {
    font-size: 1em;
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .tools {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: end;
    margin: 0 0 0.5rem;
  }
  .search {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.25rem;
  }
  .search label {
    display: block;
    width: 100%;
    font-size: 0.875em;
  }
  .search input {
    font: inherit;
    min-height: 44px;
    min-width: 0;
    width: 14em;
    max-width: 100%;
    padding: 0.25rem 0.5rem;
    border: 2px solid var(--_fg);
    border-radius: 0;
    color: var(--_fg);
    background: var(--_bg);
  }
  .search button {
    min-height: 44px;
    padding: 0.375rem 0.75rem;
    /* The muted colour, as the charts' table button: a button's edge needs 3:1 (the border colour has 2.1:1). */
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--wb-button-background, transparent);
    cursor: pointer;
  }
  .search-status:empty {
    display: none;
  }
  .search-status {
    margin: 0.25rem 0 0;
    width: 100%;
    font-size: 0.875em;
  }
  .current {
    min-height: 1.4em;
    margin: 0 0 0.25rem;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .map-box {
    position: relative;
    width: 100%;
  }
  svg.map {
    display: block;
    width: 100%;
    height: auto;
    max-height: var(--wb-map-max-height, 40rem);
    overflow: visible;
  }
  .area {
    stroke: var(--_area-stroke);
    stroke-width: 0.5px;
    vector-effect: non-scaling-stroke;
    cursor: pointer;
    outline: none;
  }
  .area:hover {
    stroke: var(--_fg);
    stroke-width: 1.5px;
  }
  .texture {
    stroke-width: 1.2;
    fill: none;
  }
  .dot {
    stroke: none;
  }
  .letter {
    font-weight: 700;
    pointer-events: none;
    paint-order: stroke;
  }
  .selected-outline,
  .focus-outline,
  .focus-outline-outer {
    fill: none;
    pointer-events: none;
    vector-effect: non-scaling-stroke;
  }
  .selected-outline {
    stroke: var(--_selected);
    stroke-width: 3px;
  }
  .focus-outline-outer {
    stroke: var(--_focus-text);
    stroke-width: 6px;
  }
  .focus-outline {
    stroke: var(--_focus);
    stroke-width: 3px;
  }
  .keyboard-help {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  .legend ul {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .legend li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }
  .legend p {
    margin: 0.5rem 0 0.25rem;
    font-weight: 600;
  }
  .swatch {
    width: 1.5em;
    height: 1.5em;
    flex: none;
  }
  .swatch rect.frame {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1;
  }
  .attribution {
    color: var(--_muted);
    font-size: 0.8125em;
    margin: 0.5rem 0;
  }
  .not-on-map {
    font-size: 0.875em;
  }
  .chip {
    display: inline-block;
    min-width: 1.5em;
    margin-right: 0.375em;
    text-align: center;
    font-weight: 700;
    border: 1px solid transparent;
    border-radius: 2px;
  }
  details.data > summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
  }
  tr.is-selected th,
  tr.is-selected td {
    font-weight: 700;
  }
  ${statusRules}
  .pattern-bg.status-no-data {
    fill: var(--wb-status-no-data, #ffffff);
  }
  .ink-no-data {
    stroke: var(--wb-map-no-data-hatch, #505a5f);
    fill: var(--wb-map-no-data-hatch, #505a5f);
  }

  @media (forced-colors: active) {
    .pattern-bg {
      fill: Canvas !important;
    }
    .texture,
    .dot {
      stroke: CanvasText !important;
      fill: CanvasText !important;
    }
    .texture {
      fill: none !important;
    }
    .area {
      stroke: CanvasText;
    }
    .letter {
      fill: CanvasText !important;
      stroke: Canvas;
      stroke-width: 3px;
    }
    .selected-outline {
      stroke: CanvasText;
    }
    .focus-outline {
      stroke: Highlight;
    }
    .focus-outline-outer {
      stroke: Canvas;
    }
    .chip {
      background: Canvas !important;
      color: CanvasText !important;
      border-color: CanvasText;
    }
    .search input {
      border-color: CanvasText;
    }
  }
`;
