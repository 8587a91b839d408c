import { messagesFor } from '../i18n/index.js';

/**
 * Periods as published come in several forms. Each is read into a start (in fractional years, for
 * sorting), a length in years, and a label for people (in the reader's language):
 * - `2019` a calendar year;
 * - `2019/20`, `2019-20` a financial or academic year (only when the second year follows the first);
 * - `2019-03` a month (March 2019);
 * - `2023 Q1`, `2023-Q1` a calendar quarter (January to March 2023);
 * - `2019-04-01/P1Y`, `2023-01-01/P1M`, `2011-01-01/P3Y` an ISO 8601 start and duration, as the ONS
 *   publishes (a duration of zero is refused);
 * - `2015 - 17`, `2015-2017` a range of years (Fingertips' pooled years: 2015 to 2017).
 * Labels never use a bare dash between years: "2015 - 17" reads aloud as "2015 minus 17".
 */
export interface ParsedPeriod {
  start: number;
  /** Years covered, for breaking ties and telling ranges apart. */
  length: number;
  label: string;
}

const YEAR = /^(\d{4})$/;
const SPLIT_YEAR = /^(\d{4})\s*([/-])\s*(\d{2}|\d{4})$/;
const QUARTER = /^(\d{4})\s*[- ]?\s*Q([1-4])$/i;
const ISO_INTERVAL = /^(\d{4})-(\d{2})(?:-(\d{2}))?\/P(\d{1,4})([YMQ])$/;

function fullYear(start: number, end: string): number {
  if (end.length === 4) return Number(end);
  const century = Math.floor(start / 100) * 100;
  const candidate = century + Number(end);
  return candidate < start ? candidate + 100 : candidate;
}

const monthNames = new Map<string, string[]>();

/**
 * Month names from the browser's (or Node's) own data in the given language; where it has none for
 * that language (Chromium ships without Welsh), the catalogue's `period.months`; else English.
 */
function monthName(month: number, lang: string): string {
  let names = monthNames.get(lang);
  if (!names) {
    let format: Intl.DateTimeFormat | undefined;
    try {
      format = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' });
    } catch {
      format = undefined;
    }
    const primary = lang.toLowerCase().split('-')[0];
    const known = format && format.resolvedOptions().locale.toLowerCase().split('-')[0] === primary;
    const catalogue = messagesFor(lang).period.months.split(' ').filter(Boolean);
    if (!known && catalogue.length === 12) names = [...catalogue];
    else {
      const use = known ? format! : new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC' });
      names = Array.from({ length: 12 }, (_, i) => use.format(new Date(Date.UTC(2000, i, 1))));
    }
    monthNames.set(lang, names);
  }
  return names[month - 1]!;
}

/** Labels in the reader's language, built from the catalogue's `period` section. */
function labeller(lang: string) {
  const words = messagesFor(lang).period;
  const month = (m: number) => monthName(m, lang);
  return {
    financialYear: (from: number) => words.financialYear({ from: String(from), to: String(from + 1).slice(2) }),
    years: (from: number, to: number) => words.range({ from: String(from), to: String(to) }),
    month: (year: number, m: number) => words.month({ month: month(m), year: String(year) }),
    /** Months from (year, m) for `count` months: "January to March 2023", "November 2022 to January 2023". */
    months(year: number, m: number, count: number): string {
      if (count === 1) return this.month(year, m);
      const endIndex = year * 12 + (m - 1) + count - 1;
      const endYear = Math.floor(endIndex / 12);
      const endMonth = (endIndex % 12) + 1;
      if (endYear === year) return words.monthsInYear({ from: month(m), to: month(endMonth), year: String(year) });
      return words.range({ from: this.month(year, m), to: this.month(endYear, endMonth) });
    },
  };
}

export function parsePeriod(period: string, lang = 'en'): ParsedPeriod | null {
  const text = period.trim();
  const label = labeller(lang);
  let match = YEAR.exec(text);
  if (match) return { start: Number(match[1]), length: 1, label: text };

  match = SPLIT_YEAR.exec(text);
  if (match) {
    const from = Number(match[1]);
    const spaced = /\s/.test(text);
    const to = fullYear(from, match[3]!);
    // "2015 - 17" (spaces around the dash) is a Fingertips pooled range; "2019/20" or "2019-20" a financial year.
    if (to === from + 1 && !spaced) return { start: from + 0.25, length: 1, label: label.financialYear(from) };
    // "2019-03" is March 2019, not "2019 to 2103".
    if (!spaced && match[2] === '-' && match[3]!.length === 2) {
      const month = Number(match[3]);
      if (month >= 1 && month <= 12) return { start: from + (month - 1) / 12, length: 1 / 12, label: label.month(from, month) };
    }
    // A two-digit end more than 20 years on ("2019/03" read as 2103) is not a range anyone publishes.
    if (to > from && (match[3]!.length === 4 || to - from <= 20)) return { start: from, length: to - from + 1, label: label.years(from, to) };
    return null;
  }

  match = QUARTER.exec(text);
  if (match) {
    const year = Number(match[1]);
    const quarter = Number(match[2]);
    return { start: year + (quarter - 1) / 4, length: 0.25, label: label.months(year, (quarter - 1) * 3 + 1, 3) };
  }

  match = ISO_INTERVAL.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const day = match[3] === undefined ? 1 : Number(match[3]);
    const amount = Number(match[4]);
    if (amount === 0 || month < 1 || month > 12 || day < 1 || day > 31) return null;
    const unit = match[5];
    const months = unit === 'Y' ? amount * 12 : unit === 'Q' ? amount * 3 : amount;
    const start = year + (month - 1) / 12;
    let words: string;
    if (months === 12 && month === 1) words = String(year);
    else if (months === 12 && month === 4) words = label.financialYear(year);
    else if (months % 12 === 0 && month === 1) words = label.years(year, year + months / 12 - 1);
    else words = label.months(year, month, months);
    return { start, length: months / 12, label: words };
  }

  return null;
}

/** A period as people read it: `2019-04-01/P1Y` → `2019/20`, `2019-03` → `March 2019`; other forms as given. */
export function periodLabel(period: string, lang = 'en'): string {
  return parsePeriod(period, lang)?.label ?? period;
}

/** True for a period that has the shape of an ISO interval but cannot be one (`2019-01/P0Y`, month 13). */
export function isBrokenInterval(period: string): boolean {
  return /\/P/.test(period) && parsePeriod(period) === null;
}

/**
 * Orders periods by time when every one of them parses; otherwise keeps the order they were first
 * given in (SPEC-v1), since a partial sort would put unknown forms in arbitrary places.
 */
export function orderPeriods(periods: Iterable<string>): string[] {
  const unique = [...new Set(periods)];
  const parsed = unique.map((p) => parsePeriod(p));
  if (parsed.some((p) => p === null)) return unique;
  return unique
    .map((period, i) => ({ period, key: parsed[i]! }))
    .sort((a, b) => a.key.start - b.key.start || a.key.length - b.key.length)
    .map((entry) => entry.period);
}
