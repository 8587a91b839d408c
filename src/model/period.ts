/**
 * Periods as published come in several forms. Each is read into a start (in fractional years, for
 * sorting) and a label for people:
 * - `2019` a calendar year;
 * - `2019/20`, `2019-20` a financial or academic year;
 * - `2019-04-01/P1Y` an ISO 8601 start and duration, as the ONS publishes (April 2019 for one year: 2019/20);
 * - `2015 - 17` a Fingertips multi-year range (pooled years 2015 to 2017).
 */
export interface ParsedPeriod {
  start: number;
  /** Years covered, for breaking ties and telling ranges apart. */
  length: number;
  label: string;
}

const YEAR = /^(\d{4})$/;
const SPLIT_YEAR = /^(\d{4})\s*[/-]\s*(\d{2}|\d{4})$/;
const RANGE = /^(\d{4})\s+-\s+(\d{2}|\d{4})$/;
const ISO_INTERVAL = /^(\d{4})-(\d{2})(?:-(\d{2}))?\/P(\d+)([YMQ])$/;
const YEAR_MONTH = /^(\d{4})-(\d{2})$/;

function fullYear(start: number, end: string): number {
  if (end.length === 4) return Number(end);
  const century = Math.floor(start / 100) * 100;
  const candidate = century + Number(end);
  return candidate < start ? candidate + 100 : candidate;
}

export function parsePeriod(period: string): ParsedPeriod | null {
  const text = period.trim();
  let match = YEAR.exec(text);
  if (match) return { start: Number(match[1]), length: 1, label: text };

  // "2015 - 17" (spaces around the dash) is a Fingertips pooled range, not a financial year.
  match = RANGE.exec(text);
  if (match) {
    const from = Number(match[1]);
    const to = fullYear(from, match[2]!);
    if (to > from) return { start: from, length: to - from + 1, label: text };
  }

  match = SPLIT_YEAR.exec(text);
  if (match) {
    const from = Number(match[1]);
    const to = fullYear(from, match[2]!);
    if (to === from + 1) return { start: from + 0.25, length: 1, label: `${from}/${String(to).slice(2)}` };
    if (to > from) return { start: from, length: to - from + 1, label: `${from} to ${to}` };
  }

  match = ISO_INTERVAL.exec(text);
  if (match) {
    const year = Number(match[1]);
    const month = Number(match[2]);
    const amount = Number(match[4]);
    const unit = match[5];
    const months = unit === 'Y' ? amount * 12 : unit === 'Q' ? amount * 3 : amount;
    const start = year + (month - 1) / 12;
    let label = text;
    if (months === 12 && month === 1) label = String(year);
    else if (months === 12 && month === 4) label = `${year}/${String(year + 1).slice(2)}`;
    else if (months % 12 === 0 && month === 1) label = `${year} to ${year + months / 12 - 1}`;
    return { start, length: months / 12, label };
  }

  match = YEAR_MONTH.exec(text);
  if (match) return { start: Number(match[1]) + (Number(match[2]) - 1) / 12, length: 1 / 12, label: text };
  return null;
}

/** A period as people read it: `2019-04-01/P1Y` → `2019/20`; other forms as given. */
export function periodLabel(period: string): string {
  return parsePeriod(period)?.label ?? period;
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
