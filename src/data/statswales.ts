import type { DataRow } from '../spec/schema.js';
import { eachCsvRecord } from './csv-records.js';
import { FileReading, type DataFileResult } from './reading.js';
import { WELSH_AREA_CODES, plainName } from './welsh-areas.js';

export interface StatsWalesOptions {
  /** Header of the column of area names (default: "Local Authority", "AreaCode", "Area"…). */
  area?: string | undefined;
}

// Headers as StatsWales writes them in its English and Welsh downloads (compared in lower case).
const VALUE_HEADERS = ['data values', 'gwerthoedd data', 'data', 'value', 'gwerth'];
const START_HEADERS = ['start date', 'dyddiad cychwyn'];
const END_HEADERS = ['end date', 'dyddiad gorffen'];
const NOTE_HEADERS = ['notes', 'nodiadau', 'note', 'nodyn'];
const AREA_HEADERS = ['local authority', 'awdurdod lleol', 'areacode', 'area', 'ardal', 'local health board', 'bwrdd iechyd lleol'];
const PERIOD_HEADERS = ['year', 'yearcode', 'blwyddyn', 'period', 'cyfnod', 'date', 'dyddiad'];
/**
 * Which view of a StatsWales download a text is, from its first line ('en' or 'cy'), or undefined
 * when it is not one: its value column comes first ("Data Values", "Gwerthoedd Data").
 */
export function statsWalesView(text: string): 'en' | 'cy' | undefined {
  const first = /^\s*"?(data values|gwerthoedd data)"?\s*,/i.exec(text);
  if (!first) return undefined;
  return first[1]!.toLowerCase() === 'data values' ? 'en' : 'cy';
}

/** Cells StatsWales uses for a value it does not publish. */
const GAP = /^(\.|\.\.|:|x|\[x\]|\[c\]|\*|-)$/i;

/** `dd/mm/yyyy` (or ISO `yyyy-mm-dd`) as [year, month, day]. */
function dayOf(text: string): [number, number, number] | undefined {
  const uk = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text.trim());
  if (uk) return [Number(uk[3]), Number(uk[2]), Number(uk[1])];
  const iso = /^(\d{4})-(\d{2})-(\d{2})/.exec(text.trim());
  return iso ? [Number(iso[1]), Number(iso[2]), Number(iso[3])] : undefined;
}

/** A start and end day as an ISO interval of whole months (`2013-04-01/P1Y`), as for FingertipsNext periods. */
function periodFromDates(start: string, end: string): string | undefined {
  const from = dayOf(start);
  const to = dayOf(end);
  if (!from || !to) return undefined;
  const months = (to[0] - from[0]) * 12 + (to[1] - from[1]) + 1;
  if (months < 1) return undefined;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${from[0]}-${pad(from[1])}-${pad(from[2])}/P${months % 12 === 0 ? `${months / 12}Y` : `${months}M`}`;
}

/**
 * Reads a StatsWales download (the English or the Welsh CSV view of a cube): a value column ("Data
 * Values", "Gwerthoedd Data"), a period with its start and end dates, the area by name, notes, and
 * the cube's other dimensions (a measure, a type of staff…), whose values together name each
 * indicator ("Number of contacts: Health Visitor"). Periods come from the start and end dates
 * (`01/04/2013`–`31/03/2014` → 2013/14), else the period column as written. Welsh council and Wales
 * names, in English or Welsh, get their GSS codes (W06…, W92000004); another area keeps its name
 * as its code. Values such as `3,697` are read with their thousands separator; `.`, `..`, `x` are gaps.
 */
export function readStatsWalesCsv(text: string, file: string, options: StatsWalesOptions = {}, lang?: string): DataFileResult {
  const reading = new FileReading(file, lang);
  const m = reading.messages.load;
  reading.checkEncoding(text);
  const wantArea = options.area?.trim().toLowerCase();
  // Each area name and each period is written on many rows: worked out once per distinct text.
  const codes = new Map<string, string>();
  const codeOf = (name: string) => {
    let code = codes.get(name);
    if (code === undefined) codes.set(name, (code = WELSH_AREA_CODES.get(plainName(name)) ?? name));
    return code;
  };
  const periods = new Map<string, string>();
  const periodOf = (written: string, start: string, end: string) => {
    const key = `${written}\n${start}\n${end}`;
    let period = periods.get(key);
    if (period === undefined) periods.set(key, (period = (start && end && periodFromDates(start, end)) || written));
    return period;
  };
  let header:
    | { value: number; area: number; period: number; start: number; end: number; note: number; dimensions: Array<{ at: number; name: string }>; line: number }
    | undefined;

  const { unclosedQuoteLine } = eachCsvRecord(text, (cells, lines) => {
    if (reading.full) return;
    if (!header) {
      const lower = cells.map((c) => c.trim().toLowerCase()); // scanCsv has already skipped a byte-order mark
      const find = (names: string[]) => lower.findIndex((c) => names.includes(c));
      const line = lines[0] ?? 1;
      const value = find(VALUE_HEADERS);
      const start = find(START_HEADERS);
      const end = find(END_HEADERS);
      const area = wantArea ? lower.indexOf(wantArea) : find(AREA_HEADERS);
      // The period is the column before its start date, as StatsWales writes it; else a known header.
      const period = start > 0 && start - 1 !== area && start - 1 !== value ? start - 1 : find(PERIOD_HEADERS);
      const note = find(NOTE_HEADERS);
      if (value < 0) reading.problem(m.csvMissingColumn({ column: 'Data Values' }), line);
      if (area < 0) reading.problem(m.csvMissingColumn({ column: options.area ?? 'Local Authority' }), line);
      if (period < 0) reading.problem(m.csvMissingColumn({ column: 'Year' }), line);
      const used = new Set([value, area, period, start, end, note]);
      const dimensions = cells.map((name, at) => ({ at, name: name.trim() })).filter(({ at, name }) => name && !used.has(at));
      header = { value, area, period, start, end, note, dimensions, line };
      return;
    }
    // A missing column is said once, on the header line (not again for every row).
    if (header.value < 0 || header.area < 0 || header.period < 0) return;
    if (cells.every((c) => !c.trim())) return;
    const line = lines[0] ?? 0;
    const name = (cells[header.area] ?? '').trim();
    const written = (cells[header.period] ?? '').trim();
    if (!name || !written) {
      reading.problem(m.missingCells, line);
      return;
    }
    const period = periodOf(written, header.start >= 0 ? (cells[header.start] ?? '') : '', header.end >= 0 ? (cells[header.end] ?? '') : '');
    const indicator = header.dimensions.map(({ at }) => (cells[at] ?? '').trim()).filter(Boolean).join(': ') || file;
    const code = codeOf(name);
    const value = reading.gapOrNumber((cells[header.value] ?? '').trim(), GAP, lines[header.value] ?? line, header.value + 1, 'Data Values');
    if (value === undefined) return;
    reading.area(code, { name });
    reading.indicator(indicator, { title: indicator });
    const row: DataRow = { indicator, area: code, period, value };
    const note = header.note >= 0 ? (cells[header.note] ?? '').trim() : '';
    if (note) row.note = note;
    reading.rows.push(row);
  });
  if (unclosedQuoteLine !== undefined) reading.problem(m.csvUnclosedQuote, unclosedQuoteLine);
  return reading.result();
}
