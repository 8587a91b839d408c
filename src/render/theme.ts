import { css } from 'lit';
import type { Comparison } from '../stats/types.js';
import { darkTokens } from './color-themes.js';

/**
 * Default status colours. Each meets 3:1 against white (WCAG 1.4.11, graphics) and is always paired
 * with a letter or shape and words, so no status depends on colour alone.
 */
export const defaultPalette: Record<Comparison, string> = {
  better: '#1b7837',
  similar: '#b8860b',
  worse: '#c0392b',
  higher: '#1f4e9c',
  lower: '#5b8fd0',
  'not-compared': '#767676',
};

/** The letter shown with each status so it never depends on colour alone. */
export const statusLetter: Record<Comparison, string> = {
  better: 'B',
  similar: 'S',
  worse: 'W',
  higher: 'H',
  lower: 'L',
  'not-compared': '–',
};

/** Reads the `--wb-*` colours an author set, for renderers (Vega) that cannot read CSS variables. */
export function readPalette(host: Element): Record<Comparison, string> {
  const style = getComputedStyle(host);
  const read = (name: string, fallback: string) => style.getPropertyValue(`--wb-${name}`).trim() || fallback;
  return Object.fromEntries(
    (Object.keys(defaultPalette) as Comparison[]).map((status) => [status, read(`status-${status}`, defaultPalette[status])]),
  ) as Record<Comparison, string>;
}

/** Reads a `--wb-*` custom property with a fallback. */
export function readToken(host: Element, name: string, fallback: string): string {
  return getComputedStyle(host).getPropertyValue(`--wb-${name}`).trim() || fallback;
}

/** Styles every element shares: tokens, states, the table, focus, forced colours, reduced motion. */
export const baseStyles = css`
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
