/**
 * How numbers of an indicator are written: the indicator's decimals and unit, in the element's
 * language. Pure (no DOM), so the summary, table, tooltips, chart and CSV all agree.
 */
import type { DataRow, Indicator } from '../../spec/schema.js';

/** Units that read badly after a number ("7.25 score"): the axis title carries them instead. */
const UNITS_NOT_WRITTEN_AFTER_NUMBERS = new Set(['score', 'index', 'ratio', 'number', 'count', '']);

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

export interface NumberStyle {
  decimals: number;
  unit: string;
  /** BCP 47 tag for digit grouping and the decimal mark. */
  locale: string;
}

export function numberStyle(indicator: Indicator, rows: readonly DataRow[], locale: string): NumberStyle {
  return { decimals: indicator.decimals ?? inferDecimals(rows), unit: (indicator.unit ?? '').trim(), locale };
}

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(locale: string, decimals: number): Intl.NumberFormat {
  const key = `${locale}|${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    let resolved: string;
    try {
      resolved = Intl.NumberFormat.supportedLocalesOf([locale]).length ? locale : 'en-GB';
    } catch {
      resolved = 'en-GB'; // an invalid language tag from an attribute must not break the element
    }
    format = new Intl.NumberFormat(resolved === 'en' ? 'en-GB' : resolved, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
    });
    formatters.set(key, format);
  }
  return format;
}

/** The number alone, with the indicator's decimals: `7.25`, `1,234.5`. */
export function formatNumber(value: number, style: NumberStyle): string {
  return formatter(style.locale, style.decimals).format(value);
}

/** The number with its unit where the unit reads naturally after it: `36.4%`, `79.5 years`, `7.25`. */
export function formatValue(value: number, style: NumberStyle): string {
  const number = formatNumber(value, style);
  if (style.unit === '%') return `${number}%`;
  if (UNITS_NOT_WRITTEN_AFTER_NUMBERS.has(style.unit.toLowerCase())) return number;
  return `${number} ${style.unit}`;
}

/** A unit as an axis title: first letter capitalised (`score` → `Score`), `%` as it is. */
export function unitTitle(unit: string, fallback: string): string {
  const text = unit.trim() || fallback;
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/**
 * The indicator's title for use inside a sentence: its short title, else its title without a
 * trailing parenthesis (`Life satisfaction (mean score, 0 to 10)` → `Life satisfaction`).
 */
export function titleForSentence(indicator: Indicator): string {
  const short = indicator.shortTitle?.trim();
  if (short) return short;
  const stripped = indicator.title.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return stripped || indicator.title;
}

/** A file name part made from an id or code: letters, digits and dashes only. */
export function fileSlug(text: string): string {
  return (
    text
      .normalize('NFKD')
      .replace(/[^\w-]+/g, '-')
      .replace(/-+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'data'
  );
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
