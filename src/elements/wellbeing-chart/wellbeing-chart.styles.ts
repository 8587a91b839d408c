import { css } from 'lit';

/** Styles of <wellbeing-chart> (on top of baseStyles, tooltipStyles and the download menu's). */
export const wellbeingChartStyles = css`
  .chart {
    min-height: var(--wb-chart-min-height, 200px);
    width: 100%;
    border-radius: 2px;
  }
  .chart svg {
    display: block;
    max-width: 100%;
    height: auto;
  }
  .mark-focus {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
    outline: 3px solid var(--_focus-text);
    box-shadow: 0 0 0 5px var(--_focus);
    border-radius: 2px;
  }
  .mark-focus[hidden] {
    display: none;
  }
  .hint {
    margin: 0.25rem 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: flex-start;
    margin: 0.5rem 0;
  }
  .table-button {
    min-height: 44px;
    padding: 0.375rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: 4px;
    background: var(--wb-button-background, transparent);
    cursor: pointer;
  }
  .table-wrap[hidden] {
    display: none;
  }
  @media (forced-colors: active) {
    .mark-focus {
      outline-color: Highlight;
      box-shadow: none;
    }
    .table-button {
      border-color: ButtonText;
    }
  }
`;
