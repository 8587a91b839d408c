import { css } from 'lit';

/**
 * Styles of <wellbeing-chart> (on top of baseStyles, tooltipStyles, the chart controller's
 * (chart box, focus ring, hint) and the download menu's).
 */
export const wellbeingChartStyles = css`
  .chart svg {
    height: auto;
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
    .table-button {
      border-color: ButtonText;
    }
  }
`;
