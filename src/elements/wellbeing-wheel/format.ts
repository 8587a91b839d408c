/** Number formatting for the wheel's panel, table and summary. No DOM. */
import type { Indicator } from '../../spec/schema.js';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, decimals: number | undefined): Intl.NumberFormat {
  const key = `${lang}|${decimals ?? ''}`;
  let found = formatters.get(key);
  if (!found) {
    const options: Intl.NumberFormatOptions =
      decimals === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
    try {
      found = new Intl.NumberFormat(lang || 'en', options);
    } catch {
      // An unknown language tag must not break the chart.
      found = new Intl.NumberFormat('en', options);
    }
    formatters.set(key, found);
  }
  return found;
}

/** A number with the indicator's decimals, without its unit. */
export function formatNumber(value: number, indicator: Pick<Indicator, 'decimals'>, lang: string): string {
  return formatter(lang, indicator.decimals).format(value);
}

/**
 * A value with its unit as people read it: `12.3%`, `77.8 years`, `7.35` (a "score" is read from the
 * indicator's title, so it is not repeated after every number).
 */
export function formatValue(value: number, indicator: Pick<Indicator, 'decimals' | 'unit'>, lang: string): string {
  const number = formatNumber(value, indicator, lang);
  const unit = indicator.unit?.trim();
  if (!unit || unit.toLowerCase() === 'score') return number;
  if (unit === '%') return `${number}%`;
  return `${number} ${unit}`;
}

/**
 * A link target from a spec, only if it is a web address (http or https): a spec must never be able
 * to put a `javascript:` URL on the page.
 */
export function safeHref(url: string | undefined, base: string): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url, base);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}
