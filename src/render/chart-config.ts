/**
 * Theme tokens (read from the `--wb-*` custom properties) as Vega config, given at parse time, so
 * one compiled chart takes any theme: text, axes, grid, legends and font. Pure.
 */
import type { Config } from 'vega-typings';
import { MIN_CHART_TEXT } from './chart-points.js';

export interface ChartTokens {
  text: string;
  muted: string;
  grid: string;
  fontFamily: string;
  background: string;
  /** Text size of labels in CSS pixels (follows the reader's text size); default 12. */
  fontSize?: number;
}

/** The size, px, chartConfig writes the charts' text in (axes, keys, text marks): `fontSize`, 12 at least. */
export const configTextSize = (fontSize: number | undefined): number => Math.max(MIN_CHART_TEXT, fontSize ?? MIN_CHART_TEXT);

/** Vega's line height for a title of several lines, px: its font size and 2 px. */
export const titleLineHeight = (fontSize: number): number => fontSize + 2;

/**
 * The value axis's title, horizontal and above the axis (never rotated text, which is hard to read
 * and cut at narrow widths), starting where the axis labels start.
 */
export const horizontalAxisTitle = { titleAngle: 0, titleAnchor: 'end', titleAlign: 'left', titleBaseline: 'bottom', titleY: -10 } as const;

/**
 * The config for `tokens`. `axisTitleLines`: the lines of the value axis's title (more than one on a
 * narrow chart with large text). Vega writes a title's lines down from the first, so one of several
 * lines is raised by those after its first (each its font size + 2 px, Vega's line height), to end
 * above the plot as one line does.
 */
export function chartConfig(tokens: ChartTokens, axisTitleLines = 1): Config {
  const size = configTextSize(tokens.fontSize);
  // The page's font (`--wb-font-family`) in every part that writes text: Vega has no font for a whole
  // chart (Vega-Lite's `font` is written into each part when it compiles, before the theme is known).
  const font = tokens.fontFamily;
  return {
    background: tokens.background,
    // The element's words speak for the chart (name, description, live region, table): not Vega's ARIA.
    aria: false,
    axisY: axisTitleLines > 1 ? { ...horizontalAxisTitle, titleY: horizontalAxisTitle.titleY - (axisTitleLines - 1) * titleLineHeight(size) } : horizontalAxisTitle,
    axis: {
      aria: false,
      labelColor: tokens.muted,
      titleColor: tokens.text,
      domainColor: tokens.muted,
      tickColor: tokens.muted,
      gridColor: tokens.grid,
      labelFont: font,
      titleFont: font,
      labelFontSize: size,
      titleFontSize: size,
      titleFontWeight: 'normal',
    },
    legend: { aria: false, labelColor: tokens.text, titleColor: tokens.text, labelFont: font, titleFont: font, labelFontSize: size, titleFontSize: size, titleFontWeight: 'normal' },
    title: { aria: false, color: tokens.text, subtitleColor: tokens.muted, font, subtitleFont: font },
    // Text marks (a target's, a gap's, the status letters) in the axes' font and size: the reader's, at least 12 px.
    text: { font, fontSize: size },
  } as Config;
}
