import { css } from 'lit';

/**
 * The dark colours of the `theme` attribute (`dark`, or `auto` when the reader's system is dark): the
 * same values as `.wb-theme-dark` in examples/themes.css, checked for contrast by test/examples/themes.test.ts.
 * Set on the host, so a page's own `--wb-*` rules on the element still win.
 */
export const darkTokens = css`
  --wb-color-text: #f3f2f1;
  --wb-color-background: #1d1f21;
  --wb-color-muted: #b1b4b6;
  --wb-color-border: #6f777b;
  --wb-color-grid: #3b3f42;
  --wb-color-focus: #ffdd00;
  --wb-color-focus-text: #0b0c0c;
  --wb-color-link: #8cb4ff;
  --wb-color-error: #ff7b6b;
  --wb-color-mark: #f3f2f1;
  --wb-tooltip-background: #f3f2f1;
  --wb-tooltip-color: #0b0c0c;
  --wb-status-better: #2e8540;
  --wb-status-similar: #f2c94c;
  --wb-status-worse: #d4351c;
  --wb-status-higher: #2f6fd6;
  --wb-status-lower: #c7d9f2;
  --wb-status-not-compared: #757575;
  --wb-status-no-data: #1d1f21;
  --wb-status-quintile-best: #f0cbeb;
  --wb-status-quintile-better: #e3addb;
  --wb-status-quintile-middle-judged: #d491c8;
  --wb-status-quintile-worse: #c475b5;
  --wb-status-quintile-worst: #b05aa0;
  --wb-status-quintile-lowest: #8a6fe0;
  --wb-status-quintile-low: #a18be8;
  --wb-status-quintile-middle: #b8a7ef;
  --wb-status-quintile-high: #cfc3f5;
  --wb-status-quintile-highest: #e6dffb;
  --wb-status-better-text: #ffffff;
  --wb-status-similar-text: #0b0c0c;
  --wb-status-worse-text: #ffffff;
  --wb-status-higher-text: #ffffff;
  --wb-status-lower-text: #0b0c0c;
  --wb-status-not-compared-text: #ffffff;
  --wb-trend-series-1: #b1b4b6;
  --wb-trend-series-2: #f3f2f1;
  --wb-trend-series-3: #c3a6ff;
  --wb-trend-series-4: #f0a868;
  --wb-trend-series-5: #6fcf97;
  --wb-trend-series-6: #8cb4ff;
  --wb-trend-target-color: #f3f2f1;
  --wb-series-1: #8cb4ff;
  --wb-series-2: #f0a868;
  --wb-gap-shade: rgba(140, 180, 255, 0.18);
  color-scheme: dark;
`;
