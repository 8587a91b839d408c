/**
 * The library's look and language for an author's Vega-Lite: the theme as a Vega-Lite `config`
 * (fonts, text, grid and the status colours as the named range `comparison`), and the number and
 * date formats of the element's language. Pure (no DOM): the element and the command line's
 * `render` use the same ones, so a chart reads the same on screen and on paper.
 */
import type { Comparison } from '../../stats/types.js';
import { defaultPalette } from '../../render/theme.js';
import { horizontalAxisTitle } from '../../render/chart-config.js';
import { messagesFor } from '../../i18n/index.js';

/** The order of the `comparison` range: a chart's scale domain lists the statuses in this order. */
export const COMPARISON_ORDER: readonly Comparison[] = ['better', 'similar', 'worse', 'higher', 'lower', 'not-compared'];

/** Colours of an author's series (the library's trend lines), each 3:1 or more against white. */
export const defaultChartSeries = ['#1d70b8', '#0b0c0c', '#6f3c97', '#8b4513', '#00703c', '#505a5f'];

export interface ChartTheme {
  text: string;
  muted: string;
  grid: string;
  /** Background of files (the live chart is transparent over the page). */
  background: string;
  fontFamily: string;
  palette: Record<Comparison, string>;
  series: readonly string[];
  /** Chart text in px, from the reader's text size (the chart controller); default 12. */
  fontSize?: number;
}

export const defaultChartTheme: ChartTheme = {
  text: '#0b0c0c',
  muted: '#505a5f',
  grid: '#e1e3e3',
  background: '#ffffff',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, Arial, sans-serif',
  palette: defaultPalette,
  series: defaultChartSeries,
};

/** The theme as a Vega-Lite config; the author's own `config` is applied over it. */
export function themeConfig(theme: ChartTheme, options: { background?: string } = {}): Record<string, unknown> {
  const size = theme.fontSize ?? 12;
  const text = { labelColor: theme.text, titleColor: theme.text, labelFontSize: size, titleFontSize: size };
  return {
    background: options.background ?? 'transparent',
    font: theme.fontFamily,
    // The element's words speak for the chart (name, summary, live region, table), not Vega's ARIA.
    aria: false,
    axisY: horizontalAxisTitle,
    title: { color: theme.text, subtitleColor: theme.muted, anchor: 'start', fontSize: 16, subtitleFontSize: 13, offset: 12 },
    axis: { ...text, labelColor: theme.muted, gridColor: theme.grid, domainColor: theme.muted, tickColor: theme.muted, titleFontWeight: 'normal' },
    legend: { ...text, titleFontWeight: 'bold' },
    header: { labelColor: theme.text, titleColor: theme.text, labelFontSize: size },
    view: { stroke: null },
    mark: { color: theme.series[0] },
    range: { category: [...theme.series], comparison: COMPARISON_ORDER.map((status) => theme.palette[status]) },
  };
}

/** d3-format's locale (what Vega formats numbers with) for a language tag, from Intl. */
export function numberLocale(locale: string): { decimal: string; thousands: string; grouping: number[]; currency: [string, string] } {
  let parts: Intl.NumberFormatPart[];
  try {
    parts = new Intl.NumberFormat(locale.toLowerCase() === 'en' ? 'en-GB' : locale).formatToParts(12345.6);
  } catch {
    parts = new Intl.NumberFormat('en-GB').formatToParts(12345.6);
  }
  return {
    decimal: parts.find((p) => p.type === 'decimal')?.value ?? '.',
    thousands: parts.find((p) => p.type === 'group')?.value ?? ',',
    grouping: [3],
    currency: ['£', ''],
  };
}

const commaList = (text: string) => text.split(',').map((word) => word.trim()).filter(Boolean);

/**
 * d3-time-format's locale for a language tag (what Vega writes dates with), British order. Day and
 * month names come from Intl where it has that language; where it does not (Chromium ships without
 * Welsh, and would give English names), from the catalogue's `period` words.
 */
export function timeLocale(locale: string): Record<string, unknown> {
  let tag = locale.toLowerCase() === 'en' ? 'en-GB' : locale;
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat(tag);
  } catch {
    tag = 'en-GB';
    format = new Intl.DateTimeFormat(tag);
  }
  const primary = (language: string) => language.toLowerCase().split('-')[0];
  const intlKnows = primary(format.resolvedOptions().locale) === primary(tag);
  const words = messagesFor(locale).period;
  const names = (options: Intl.DateTimeFormatOptions, dates: Date[], catalogue: string[]) =>
    !intlKnows && catalogue.length === dates.length ? catalogue : dates.map((d) => new Intl.DateTimeFormat(tag, { ...options, timeZone: 'UTC' }).format(d));
  // 2023-01-01 was a Sunday: d3 lists days from Sunday.
  const days = Array.from({ length: 7 }, (_, i) => new Date(Date.UTC(2023, 0, 1 + i)));
  const months = Array.from({ length: 12 }, (_, i) => new Date(Date.UTC(2023, i, 15)));
  return {
    dateTime: '%a %e %b %X %Y',
    date: '%d/%m/%Y',
    time: '%H:%M:%S',
    periods: ['AM', 'PM'],
    days: names({ weekday: 'long' }, days, commaList(words.days)),
    shortDays: names({ weekday: 'short' }, days, commaList(words.shortDays)),
    months: names({ month: 'long' }, months, words.months.split(' ').filter(Boolean)),
    shortMonths: names({ month: 'short' }, months, commaList(words.shortMonths)),
  };
}
