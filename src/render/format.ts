/**
 * How every element writes an indicator's numbers and checks a spec's links: the indicator's
 * decimals (or those the data are published with) and unit, in the element's language. Pure (no
 * DOM), so the wheel, the trend and the gap, and in each the summary, table, tooltips, chart and
 * files, all write the same value the same way.
 *
 * Wording that belongs to one element (the gap's "percentage points") stays in that element and
 * calls these functions for the number.
 */
import { messagesFor } from '../i18n/index.js';
import type { DataRow, Indicator } from '../spec/schema.js';

/** How numbers of an indicator are written. */
export interface NumberStyle {
  /** Fixed decimal places. */
  decimals: number;
  /** The indicator's unit, trimmed (`''` for none). */
  unit: string;
  /** BCP 47 tag for digit grouping and the decimal mark. */
  locale: string;
}

/**
 * Units that read badly after a number ("7.25 score", "7.25 sgôr"): the title or axis carries them
 * instead. In English and in Welsh (sgôr, mynegai, cymhareb, nifer, cyfrif), since a spec may give
 * its unit in both languages.
 */
const UNITS_NOT_WRITTEN_AFTER_NUMBERS = new Set(['score', 'index', 'ratio', 'number', 'count', 'sgôr', 'mynegai', 'cymhareb', 'nifer', 'cyfrif', '']);

/** Decimal places the data are published with (at most 3), for indicators that do not say. */
export function inferDecimals(rows: readonly Pick<DataRow, 'value' | 'lower' | 'upper'>[]): number {
  let decimals = 0;
  for (const row of rows) {
    for (const x of [row.value, row.lower, row.upper]) {
      if (typeof x !== 'number' || !Number.isFinite(x)) continue;
      const text = String(x);
      // Exponent forms (1e-7) are not worth more than 3 places on a chart.
      const places = text.includes('e') ? 3 : (text.split('.')[1]?.length ?? 0);
      decimals = Math.max(decimals, Math.min(3, places));
    }
  }
  return decimals;
}

/**
 * The style of an indicator: its own decimals, else those of `rows` (the data shown); its unit in the
 * element's language (a plain English unit such as "years" on a Welsh page: see `common.unitWord`).
 */
export function numberStyle(
  indicator: Pick<Indicator, 'decimals' | 'unit'>,
  rows: readonly Pick<DataRow, 'value' | 'lower' | 'upper'>[],
  locale: string,
): NumberStyle {
  const unit = (indicator.unit ?? '').trim();
  return { decimals: indicator.decimals ?? inferDecimals(rows), unit: unit && messagesFor(locale).common.unitWord({ unit }).trim(), locale };
}

/** English digits with British grouping: for `en`, and for any tag that cannot be used. */
const FALLBACK_LOCALE = 'en-GB';

function resolveLocale(locale: string): string {
  try {
    if (!Intl.NumberFormat.supportedLocalesOf([locale]).length) return FALLBACK_LOCALE;
  } catch {
    return FALLBACK_LOCALE; // an invalid language tag (a typo in lang="") must not break the element
  }
  return locale.toLowerCase() === 'en' ? FALLBACK_LOCALE : locale;
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.NumberFormat(resolveLocale(locale), { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, format);
  }
  return format;
}

/** The number alone, with fixed decimals: `7.35`, `1,234.5`; never `-0.0` (a value that rounds to zero is zero). */
export function formatNumber(value: number, style: Pick<NumberStyle, 'decimals' | 'locale'>): string {
  const rounded = Number(value.toFixed(style.decimals));
  return formatter(style.locale, style.decimals).format(rounded === 0 ? 0 : value);
}

/** Currency symbols written before the number, as people write money in English and Welsh. */
const CURRENCY_SYMBOLS = new Set(['£', '$', '€']);

/**
 * The number with its unit where the unit reads naturally: `£21,345` (a currency symbol before it,
 * after any minus sign), `36.4%` (attached), `79.5 years` (after a space), `7.35` (a score, index,
 * ratio or count is not written).
 */
export function formatValue(value: number, style: NumberStyle): string {
  const number = formatNumber(value, style);
  const unit = style.unit.trim();
  if (CURRENCY_SYMBOLS.has(unit)) return /^[-−]/.test(number) ? `${number[0]}${unit}${number.slice(1)}` : `${unit}${number}`;
  if (unit === '%') return `${number}%`;
  if (UNITS_NOT_WRITTEN_AFTER_NUMBERS.has(unit.toLowerCase())) return number;
  return `${number} ${unit}`;
}

/**
 * A link address from a spec, or undefined when it is not safe to put in `href`: only http(s)
 * addresses (absolute, or relative to `base`) are kept, never `javascript:` or `data:`.
 */
export function safeHref(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const resolved = new URL(url, base);
    return resolved.protocol === 'https:' || resolved.protocol === 'http:' ? resolved.href : undefined;
  } catch {
    return undefined;
  }
}
