import { css } from 'lit';

/** Styles of <indicator-trend> (on top of the shared base, tooltip and download styles). */
export const indicatorTrendStyles = css`
  .trend {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .title {
    font-size: var(--wb-title-size, 1.25em);
    line-height: 1.25;
    margin: 0;
  }
  .subtitle {
    margin: 0;
    color: var(--_muted);
  }
  .latest {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
    margin: 0;
    padding: 0.5rem 0;
    border-top: 1px solid var(--_border);
    border-bottom: 1px solid var(--_border);
  }
  .latest > div {
    min-width: 0;
  }
  .latest dt {
    font-size: 0.875em;
    color: var(--_muted);
  }
  .latest dd {
    margin: 0;
  }
  .latest-value {
    font-size: 1.5em;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
  }
  .latest-interval {
    display: block;
    font-size: 0.875rem;
    font-weight: 400;
    color: var(--_muted);
  }
  .badge {
    display: inline-block;
    min-width: 1.5em;
    padding: 0 0.25em;
    border-radius: 3px;
    border: 1px solid var(--_fg);
    text-align: center;
    font-weight: 700;
    line-height: 1.4;
    /* The status's colour and letter colour (shared status styles in src/render/base-styles.ts). */
    background: var(--_status);
    color: var(--_status-text);
  }
  .summary {
    margin: 0;
    max-width: 70ch;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    margin: 0;
    padding: 0;
    list-style: none;
    font-size: 0.875em;
  }
  .legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-width: 0;
  }
  .legend svg {
    flex: none;
    overflow: visible;
  }
  .legend-heading {
    font-size: 0.875em;
    margin: 0;
    color: var(--_muted);
  }
  /* The chart box, focus, tooltip and hint: chartControllerStyles (src/render/chart-controller.ts). */
  .chart {
    min-height: var(--wb-chart-min-height, 268px);
  }
  /* The chart fills this box (its axes follow the text size, so the box grows with it): its place
     is kept from the start, and drawing it moves nothing below it. */
  .chart > .vega {
    height: var(--wb-trend-chart-height, calc(260px + 3.5em));
  }
  .hint {
    margin: 0;
  }
  .table-wrap table {
    overflow-wrap: normal;
  }
  .table-wrap td,
  .table-wrap tbody th {
    white-space: nowrap;
  }
  .table-wrap thead th {
    min-width: 5em;
  }
  .table-wrap td.note {
    white-space: normal;
    min-width: 12em;
  }
  td .badge {
    font-size: 0.8em;
  }
  .about > summary {
    cursor: pointer;
    min-height: 24px;
  }
  .about p {
    margin: 0.5rem 0 0;
    white-space: pre-line;
  }
  .source {
    margin: 0;
  }
  @media (forced-colors: active) {
    /* Lines, shapes and dashes keep the series and statuses apart when colours are forced. */
    .chart svg {
      forced-color-adjust: none;
    }
    .chart svg text {
      fill: CanvasText;
    }
    .chart svg .mark-line path,
    .chart svg .mark-path path,
    .chart svg .mark-rule line,
    .chart svg .role-axis-domain line,
    .chart svg .role-axis-tick line {
      stroke: CanvasText;
    }
    .chart svg .role-axis-grid line {
      stroke: GrayText;
    }
    .chart svg .mark-symbol path {
      stroke: CanvasText;
      fill: Canvas;
    }
    .legend svg [stroke] {
      stroke: CanvasText;
    }
    .legend svg .swatch-fill {
      fill: Canvas;
    }
    .badge {
      forced-color-adjust: none;
      background: Canvas;
      color: CanvasText;
      border-color: CanvasText;
    }
  }
`;
