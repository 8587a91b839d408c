import { css } from 'lit';

/** Styles of <inequality-gap> (on top of baseStyles, tooltipStyles and the download menu's). */
export const gapStyles = css`
  :host {
    --_series-1: var(--wb-series-1, #1f4e9c);
    --_series-2: var(--wb-series-2, #b35806);
  }
  figure {
    margin: 0;
    min-width: 0;
  }
  figcaption {
    margin: 0 0 0.25rem;
  }
  .title {
    display: block;
    margin: 0;
    font-weight: 700;
    font-size: 1.125em;
    overflow-wrap: anywhere;
  }
  .subtitle {
    display: block;
    color: var(--_muted);
  }
  .figures {
    display: grid;
    grid-template-columns: minmax(0, max-content) minmax(0, 1fr);
    gap: 0.125rem 1rem;
    margin: 0.5rem 0;
    font-size: 0.9375em;
  }
  .figures dt {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .figures dd {
    margin: 0;
    overflow-wrap: anywhere;
    font-variant-numeric: tabular-nums;
  }
  @container (max-width: 30rem) {
    /* On a phone each figure takes two lines rather than squeezing two columns. */
    .figures {
      grid-template-columns: minmax(0, 1fr);
    }
    .figures dd {
      margin-bottom: 0.25rem;
    }
  }
  /* The chart box, focus, tooltip and hint: chartControllerStyles (src/render/chart-controller.ts). */
  /* The chart fills this box, as high as the chart will be (set from the number of groups, growing
     with the text size): its place is kept from the start, and drawing it moves nothing below it. */
  .chart > .vega {
    height: var(--wb-gap-chart-height, var(--_gap-chart-height));
  }
  /* No more than the box: a short chart (two rows) drawn in a taller place would move the page up. */
  .chart {
    min-height: var(--wb-chart-min-height, 0px);
  }
  .key {
    margin: 0.5rem 0;
    font-size: 0.875em;
  }
  .key-heading {
    font-weight: 600;
    margin: 0 0 0.25rem;
  }
  .key ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .key li {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }
  .swatch {
    flex: none;
    display: inline-block;
    min-width: 1.5rem;
    text-align: center;
    font-weight: 700;
    border: 1px solid var(--_fg);
    border-radius: 2px;
    padding: 0 0.25rem;
  }
  /* Swatch colours from the same tokens as the chart (shared status styles in src/render/base-styles.ts; CSP-safe). */
  .swatch[data-status] {
    border-bottom: 4px solid var(--_status);
  }
  .note {
    font-size: 0.875em;
    color: var(--_muted);
    margin: 0.25rem 0;
  }
  details.table-details,
  details.definition {
    margin: 0.5rem 0;
  }
  details > summary {
    cursor: pointer;
    min-height: 44px;
    display: flex;
    align-items: center;
    color: var(--_link);
    text-decoration: underline;
    width: fit-content;
  }
  .definition p {
    white-space: pre-line;
  }
  td .letter {
    display: inline-block;
    min-width: 1.25rem;
    font-weight: 700;
  }
  th[scope='row'] {
    font-weight: normal;
  }
  @media (forced-colors: active) {
    /* Vega paints with inline colours; in forced colours draw every mark in the system text colour. */
    .chart svg .mark-text text {
      fill: CanvasText;
    }
    .chart svg .mark-rule line,
    .chart svg .mark-line path,
    .chart svg .role-axis-domain line,
    .chart svg .role-axis-tick line {
      stroke: CanvasText;
    }
    .chart svg .mark-symbol path {
      fill: Canvas;
      stroke: CanvasText;
      stroke-width: 2px;
    }
    .chart svg .mark-area path {
      fill: GrayText;
      opacity: 0.4;
    }
    .swatch {
      border-color: CanvasText;
    }
  }
`;
