/**
 * Numbers for people: a fixed number of decimals in the reader's language, with the indicator's unit.
 * Pure (no DOM); shared by the view model and the chart spec so the table, the summary and the
 * tooltips always show the same digits.
 */
import type { Messages } from '../../i18n/index.js';

const formatters = new Map<string, Intl.NumberFormat>();

function formatter(lang: string, decimals: number): Intl.NumberFormat {
  const key = `${lang}|${decimals}`;
  let format = formatters.get(key);
  if (!format) {
    let locale = lang || 'en';
    try {
      Intl.NumberFormat.supportedLocalesOf(locale);
    } catch {
      // An invalid language tag (a typo in lang="") must not stop the chart: fall back to English digits.
      locale = 'en';
    }
    format = new Intl.NumberFormat(locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
    formatters.set(key, format);
  }
  return format;
}

/** Decimals used for ratios (relative gap, RII): two are enough to tell 1.71 from 1.07. */
export const RATIO_DECIMALS = 2;

export interface NumberStyle {
  lang: string;
  decimals: number;
  unit: string;
  messages: Messages;
}

/** A plain number with the indicator's decimals, e.g. `51.3`. */
export function formatNumber(value: number, style: Pick<NumberStyle, 'lang' | 'decimals'>): string {
  // -0 would read as "-0.0" after rounding; a value that rounds to zero is shown as zero.
  const rounded = Number(value.toFixed(style.decimals));
  return formatter(style.lang, style.decimals).format(rounded === 0 ? 0 : value);
}

/** A value with its unit, e.g. `51.3 per 100,000`, `36.4%`. */
export function formatValue(value: number, style: NumberStyle): string {
  return style.messages.inequalityGap.withUnit({ number: formatNumber(value, style), unit: style.unit });
}

/** A difference with its unit; a gap in percentages is in percentage points. */
export function formatGap(value: number, style: NumberStyle): string {
  return style.messages.inequalityGap.gapWithUnit({ number: formatNumber(value, style), unit: style.unit });
}

/** A ratio (relative gap, RII), e.g. `1.71`. */
export function formatRatio(value: number, lang: string): string {
  return formatNumber(value, { lang, decimals: RATIO_DECIMALS });
}
