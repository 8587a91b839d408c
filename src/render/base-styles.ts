// The styles every element shares (tokens, states, table, focus, forced colours) and the status
// colours' CSS. Apart from src/render/theme.ts (the colours read for Vega and exports, the tooltip),
// so a page with only a wheel loads none of that.
import { css, unsafeCSS } from 'lit';
import { darkTokens } from './color-themes.js';
import { allStatuses, statusColourCss, statusToken, type Status } from './status.js';

/**
 * The colour of the letter drawn on a status colour: `--wb-status-<status>-text` if set, else black or
 * white, whichever reads on that colour. OKLCH lightness 0.565 is where black and white have equal
 * contrast on a grey (both about 4.6:1), so a theme that lightens its colours (the dark theme) gets
 * dark letters without having to say so.
 */
export function statusTextCss(status: Status): string {
  return `var(${statusToken(status)}-text, oklch(from ${statusColourCss(status)} calc((0.565 - l) * 1000) 0 0))`;
}

/**
 * Every status's colour and letter colour as `--_status` and `--_status-text` on any element with the
 * class `status-<id>` or the attribute `data-status="<id>"`, so each element styles its chips, badges
 * and swatches from one place. Written from the fixed vocabulary (no outside input): unsafeCSS is safe.
 */
export const statusStyles = unsafeCSS(
  allStatuses
    .map((status) => `.status-${status}, [data-status='${status}'] { --_status: ${statusColourCss(status)}; --_status-text: ${statusTextCss(status)}; }`)
    .join('\n'),
);

/** Styles every element shares: tokens, states, the table, focus, forced colours, reduced motion. */
export const baseStyles = css`
  /* The element's language wrapper (base element): carries lang, takes no part in layout. */
  .wb-lang {
    display: contents;
  }
  :host([theme='dark']) {
    ${darkTokens}
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      ${darkTokens}
    }
  }
  :host {
    --_fg: var(--wb-color-text, #0b0c0c);
    --_bg: var(--wb-color-background, #ffffff);
    --_muted: var(--wb-color-muted, #505a5f);
    --_border: var(--wb-color-border, #b1b4b6);
    --_focus: var(--wb-color-focus, #ffdd00);
    --_focus-text: var(--wb-color-focus-text, #0b0c0c);
    --_link: var(--wb-color-link, #1d70b8);
    --_error: var(--wb-color-error, #d4351c);
    display: block;
    box-sizing: border-box;
    max-width: 100%;
    min-width: 0;
    color: var(--_fg);
    background: var(--_bg);
    font-family: var(--wb-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif);
    font-size: var(--wb-font-size, 1rem);
    line-height: 1.4;
    container-type: inline-size;
  }
  :host([hidden]) {
    display: none;
  }
  ${statusStyles}
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  .placeholder {
    min-height: var(--wb-min-height, 320px);
    display: grid;
    place-items: center;
    color: var(--_muted);
    border: 1px dashed var(--_border);
    border-radius: 4px;
  }
  .loading-line {
    margin: 0 0 0.5rem;
    color: var(--_muted);
  }
  .fallback {
    margin-top: 0.5rem;
    max-width: 100%;
  }
  .error {
    min-height: var(--wb-min-height, 320px);
    border: 4px solid var(--_error);
    padding: 1rem;
    overflow-wrap: anywhere;
  }
  .error h2 {
    font-size: 1.125em;
    margin: 0 0 0.5rem;
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  .error ul {
    margin: 0;
    padding-left: 1.25rem;
  }
  .error code {
    font-family: var(--wb-font-family-mono, ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace);
    font-weight: 600;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px !important;
    height: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    clip-path: inset(50%) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  button {
    font: inherit;
    color: inherit;
  }
  .summary {
    margin: 0.5rem 0;
  }
  .source {
    color: var(--_muted);
    font-size: 0.875em;
  }
  a {
    color: var(--_link);
  }
  .table-wrap {
    overflow-x: auto;
    max-width: 100%;
  }
  table {
    border-collapse: collapse;
    font-size: 0.875em;
    min-width: 100%;
  }
  caption {
    text-align: left;
    font-weight: 600;
    padding: 0.25rem 0;
  }
  th,
  td {
    text-align: left;
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    vertical-align: top;
  }
  td.number,
  th.number {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
    }
  }
  @media (forced-colors: active) {
    :host {
      forced-color-adjust: auto;
    }
    .error {
      border-color: CanvasText;
    }
    :focus-visible {
      outline-color: Highlight;
      box-shadow: none;
    }
  }
`;
