import { css, unsafeCSS } from 'lit';
import { allStatuses, statusColourCss } from '../../render/status.js';
import { statusTextCss } from '../../render/base-styles.js';

// Written from the fixed status vocabulary (no outside input), so unsafeCSS is safe here.
const chipRules = unsafeCSS(
  allStatuses.map((status) => `.chip.status-${status} { background: ${statusColourCss(status)}; color: ${statusTextCss(status)}; }`).join('\n'),
);

/**
 * The panel's styles, in the panel's module (panel.ts): a wheel adopts them with the panel, so a page
 * where no domain is opened never downloads them. Like the wheel's, a constructed stylesheet: no
 * exception to a strict `style-src` CSP.
 */
export const panelStyles = css`
  .panel {
    border: 1px solid var(--_border);
    border-top: 4px solid var(--_link);
    padding: 0.75rem 1rem 1rem;
    min-width: 0;
    overflow-wrap: anywhere;
  }
  .panel:focus {
    outline: none;
  }
  .panel:focus-visible {
    outline: 3px solid var(--_focus);
  }
  .panel-head {
    display: flex;
    align-items: flex-start;
    justify-content: space-between;
    gap: 0.5rem;
  }
  .panel #panel-heading {
    margin: 0;
    font-size: 1.25em;
  }
  .panel .statement {
    font-size: 1.125em;
    font-style: italic;
    margin: 0.5rem 0;
  }
  .panel p {
    margin: 0.5rem 0;
  }
  .close {
    flex: none;
    min-height: 2.75rem;
    min-width: 2.75rem;
    padding: 0.25rem 0.75rem;
    border: 2px solid var(--_fg);
    border-radius: 4px;
    background: var(--_bg);
    cursor: pointer;
  }
  .indicators {
    list-style: none;
    margin: 0.75rem 0 0;
    padding: 0;
    display: grid;
    gap: 0.75rem;
  }
  .indicators > li {
    border-top: 1px solid var(--_border);
    padding-top: 0.5rem;
  }
  .indicator-button {
    display: inline;
    background: none;
    border: 0;
    padding: 0.25rem 0;
    min-height: 1.5rem;
    color: var(--_link);
    text-decoration: underline;
    text-underline-offset: 0.15em;
    font-weight: 600;
    text-align: left;
    cursor: pointer;
  }
  .indicator-button:hover {
    text-decoration-thickness: 3px;
  }
  .facts {
    display: grid;
    grid-template-columns: fit-content(45%) minmax(0, 1fr);
    gap: 0.125rem 0.75rem;
    margin: 0.25rem 0 0;
    font-size: 0.9375em;
  }
  .facts dt {
    color: var(--_muted);
  }
  .facts dd {
    margin: 0;
  }
  .chip {
    display: inline-grid;
    place-items: center;
    min-width: 1.4em;
    height: 1.4em;
    margin-right: 0.375em;
    border: 1px solid var(--_fg);
    border-radius: 2px;
    font-weight: 700;
    font-size: 0.875em;
    forced-color-adjust: none;
  }
  ${chipRules}

  @media (forced-colors: active) {
    .chip {
      background: Canvas !important;
      color: CanvasText !important;
      border-color: CanvasText;
    }
  }
`;
