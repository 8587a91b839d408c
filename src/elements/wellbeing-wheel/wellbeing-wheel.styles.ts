import { css, unsafeCSS } from 'lit';
import { allStatuses, statusColourCss } from '../../render/status.js';
import { statusTextCss } from '../../render/base-styles.js';

// Written from the fixed status vocabulary (no outside input), so unsafeCSS is safe here.
const statusRules = unsafeCSS(
  allStatuses
    .map(
      (status) =>
        `.status-${status} { fill: ${statusColourCss(status)}; }\n` +
        `.letter-${status} { fill: ${statusTextCss(status)}; }`,
    )
    .join('\n'),
);

/**
 * The wheel's styles. Colours come from `--wb-*` custom properties with defaults that meet WCAG 2.2
 * AA; every status colour has a matching `-text` colour for the letter drawn on it. Everything is
 * in the stylesheet (no inline styles), so a strict `style-src` CSP needs no exception. The panel's
 * styles travel with the panel (panel.styles.ts).
 */
export const wheelStyles = css`
  :host {
    --_segment: var(--wb-wheel-segment-fill, color-mix(in srgb, var(--_fg) 5%, var(--_bg)));
    --_segment-hover: var(--wb-wheel-segment-hover-fill, color-mix(in srgb, var(--_fg) 12%, var(--_bg)));
    --_segment-selected: var(--wb-wheel-selected-fill, color-mix(in srgb, var(--_link) 22%, var(--_bg)));
    --_segment-stroke: var(--wb-wheel-segment-stroke, var(--_muted));
    --_centre: var(--wb-wheel-centre-fill, color-mix(in srgb, var(--_link) 12%, var(--_bg)));
    --_factor: var(--wb-wheel-factor-fill, color-mix(in srgb, var(--_fg) 10%, var(--_bg)));
  }

  .layout {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
    align-items: start;
  }
  /* Wide containers: the panel beside the wheel. */
  @container (min-width: 52rem) {
    .layout.has-panel {
      grid-template-columns: minmax(0, 1.2fr) minmax(18rem, 1fr);
    }
  }
  .wheel-column {
    min-width: 0;
  }
  .title {
    font-weight: 700;
    font-size: 1.125em;
    margin: 0 0 0.25rem;
  }
  .wheel-box {
    width: 100%;
    max-width: var(--wb-wheel-max-size, 40rem);
    margin-inline: auto;
  }
  svg.wheel {
    display: block;
    width: 100%;
    height: auto;
    overflow: visible;
    font-family: inherit;
    forced-color-adjust: none;
  }

  .segment {
    cursor: pointer;
    outline: none;
  }
  .segment:focus-visible {
    outline: none;
    box-shadow: none;
  }
  .segment-shape {
    fill: var(--_segment);
    stroke: var(--_segment-stroke);
    stroke-width: 1;
    fill-rule: evenodd;
    transition: fill 120ms ease-out;
  }
  .segment:hover .segment-shape {
    fill: var(--_segment-hover);
  }
  .segment.is-selected .segment-shape {
    fill: var(--_segment-selected);
  }
  .label,
  .marker {
    fill: var(--_fg);
    font-weight: 700;
    pointer-events: none;
  }
  .marker-ring {
    fill: var(--_bg);
    stroke: var(--_fg);
    stroke-width: 1.5;
  }

  .bands {
    pointer-events: none;
  }
  /* A 1.5 px edge in the text colour separates every status cell from its neighbours (the segment,
     the factor band, the next cell) with 3:1 or more, whatever the status colour (WCAG 1.4.11). */
  .cell {
    stroke: var(--_fg);
    stroke-width: 1.5;
  }
  .cell-letter {
    font-weight: 700;
    pointer-events: none;
  }
  .cell.status-domain-no-data {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
    stroke-dasharray: 4 3;
  }

  ${statusRules}

  .centre-shape {
    fill: var(--_centre);
    stroke: var(--_segment-stroke);
  }
  .centre-label {
    fill: var(--_fg);
    font-weight: 700;
  }
  .centre-statement {
    fill: var(--_fg);
  }
  .factor-shape {
    fill: var(--_factor);
    stroke: var(--_segment-stroke);
    stroke-width: 1;
  }
  .factor-arc,
  .label-arc {
    fill: none;
    stroke: none;
  }
  .factor-label {
    fill: var(--_fg);
  }

  /* Drawn over every segment so neighbours never hide it: black outside, yellow inside (GOV.UK style). */
  .focus-indicator,
  .focus-indicator-outer,
  .selected-indicator {
    fill: none;
    pointer-events: none;
  }
  .focus-indicator-outer {
    stroke: var(--_focus-text);
    stroke-width: 7;
    visibility: hidden;
  }
  .focus-indicator {
    stroke: var(--_focus);
    stroke-width: 3.5;
    visibility: hidden;
  }
  svg.wheel:has(.segment:focus-visible) .focus-indicator,
  svg.wheel:has(.segment:focus-visible) .focus-indicator-outer {
    visibility: visible;
  }
  .selected-indicator {
    stroke: var(--_fg);
    stroke-width: 3;
  }

  .keyboard-help {
    color: var(--_muted);
    font-size: 0.875em;
    margin: 0.5rem 0 0;
  }
  .summary.no-data {
    border-left: 4px solid var(--_muted);
    padding-left: 0.5rem;
  }
  .centre-note {
    margin: 0.5rem 0;
  }

  .legend,
  .key {
    margin: 0.5rem 0;
    font-size: 0.875em;
  }
  .legend p,
  .key p {
    margin: 0 0 0.25rem;
    font-weight: 600;
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
  .swatch {
    flex: none;
    width: 1.5em;
    height: 1.5em;
    forced-color-adjust: none;
  }
  .key p.factors-note {
    font-weight: normal;
    margin-top: 0.5rem;
  }
  .key ol,
  .key ul {
    margin: 0;
    padding-left: 1.5rem;
  }
  .key li {
    margin: 0.125rem 0;
  }

  details.data {
    margin-top: 1rem;
  }
  details.data > summary {
    cursor: pointer;
    color: var(--_link);
    text-decoration: underline;
    padding: 0.25rem 0;
    min-height: 1.5rem;
  }
  .table-wrap:focus-visible {
    outline: 3px solid var(--_focus);
  }

  /* Windows high contrast and other forced colours: system colours, status carried by letters. */
  @media (forced-colors: active) {
    .segment-shape,
    .centre-shape,
    .factor-shape {
      fill: Canvas;
      stroke: CanvasText;
    }
    .segment:hover .segment-shape {
      fill: Canvas;
    }
    .segment.is-selected .segment-shape {
      fill: Highlight;
    }
    /* A number keeps its own Canvas disc, so it stays CanvasText on a chosen segment. */
    .segment.is-selected .label {
      fill: HighlightText;
    }
    .label,
    .marker,
    .centre-label,
    .centre-statement,
    .factor-label,
    .cell-letter {
      fill: CanvasText;
    }
    .cell {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 1;
    }
    .cell.status-domain-no-data {
      stroke: CanvasText;
    }
    .marker-ring {
      fill: Canvas;
      stroke: CanvasText;
    }
    .focus-indicator {
      stroke: Highlight;
    }
    .focus-indicator-outer {
      stroke: Canvas;
    }
    .selected-indicator {
      stroke: CanvasText;
    }
  }
`;
