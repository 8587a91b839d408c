import { css } from 'lit';

/**
 * Styles of <wellbeing-chart> (on top of baseStyles, tooltipStyles, the chart controller's
 * (chart box, focus ring, hint, actions bar, table region) and the download menu's).
 */
export const wellbeingChartStyles = css`
  .chart svg {
    height: auto;
  }
  .actions {
    margin: 0.5rem 0;
  }
`;
