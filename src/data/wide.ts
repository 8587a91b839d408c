import { parsePeriod } from '../model/period.js';
import type { DataRow } from '../spec/schema.js';
import { eachCsvRecord } from './csv-records.js';
import { FileReading, type DataFileResult } from './reading.js';

export interface WideOptions {
  /** The indicator id of every value; in a file with a title row over blocks of years, the block to read. */
  indicator?: string | undefined;
  /** Header of the column of area codes (default: the first header reading "code", "area code" or "areacd"). */
  area?: string | undefined;
  /** Header of the column of area names (default: "name", "area name", "area" or "areanm"). */
  name?: string | undefined;
}

/** Cells spreadsheets use for "no value": suppressed, not available, not applicable. */
const GAP = /^(x|\.\.|:|-|–|\*|c|z|n\/a|na)$/i;
const CODE_HEADERS = ['code', 'area code', 'areacd', 'area_code', 'geography code'];
const NAME_HEADERS = ['name', 'area name', 'area', 'areanm', 'area_name', 'geography'];

/**
 * Reads a spreadsheet saved as CSV with one row per area and one column per period (a council's
 * own table). The header line is the first that has the area-code column; columns whose header
 * reads as a period hold the values. A line above the header with titles over blocks of periods
 * ("Life Satisfaction" over 2011/12…2018/19, then "Worthwhile"…) gives each block's indicator id;
 * blocks are separated by an empty header cell. `x`, `..`, `:` and empty cells are gaps; rows
 * without an area code (blank spacer rows, footnotes) are skipped.
 */
export function readWideCsv(text: string, file: string, options: WideOptions = {}, lang?: string): DataFileResult {
  const reading = new FileReading(file, lang);
  const m = reading.messages.load;
  reading.checkEncoding(text);
  const wantArea = options.area?.trim().toLowerCase();
  const wantName = options.name?.trim().toLowerCase();
  const wantIndicator = options.indicator?.trim();
  let above: string[] | undefined;
  let header: { code: number; name: number; columns: Array<{ at: number; period: string; indicator: string }> } | undefined;
  let headerLine = 0;

  const { unclosedQuoteLine } = eachCsvRecord(text, (cells, lines) => {
    if (reading.full) return;
    if (!header) {
      const lower = cells.map((c) => c.trim().toLowerCase());
      const code = wantArea ? lower.indexOf(wantArea) : lower.findIndex((c) => CODE_HEADERS.includes(c));
      if (code < 0) {
        if (cells.some((c) => c.trim())) above = cells;
        return;
      }
      headerLine = lines[0]!;
      const name = wantName ? lower.indexOf(wantName) : lower.findIndex((c, i) => i !== code && NAME_HEADERS.includes(c));
      if (wantName && name < 0) reading.problem(m.csvMissingColumn({ column: options.name! }), headerLine);
      header = { code, name, columns: [] };
      let title = '';
      cells.forEach((cell, at) => {
        const heading = cell.trim();
        if (!heading) title = '';
        const over = above?.[at]?.trim();
        if (over) title = over;
        if (at === code || at === name || !heading || !parsePeriod(heading)) return;
        if (title && wantIndicator && title.toLowerCase() !== wantIndicator.toLowerCase()) return;
        const indicator = title || wantIndicator;
        if (indicator) header!.columns.push({ at, period: heading, indicator });
      });
      if (!header.columns.length) {
        const titled = above?.some((c) => c.trim());
        reading.problem(wantIndicator || titled ? m.wideNoBlock({ indicator: wantIndicator ?? '' }) : m.wideNeedsIndicator, headerLine);
      }
      for (const { indicator } of header.columns) reading.indicator(indicator, { title: indicator });
      return;
    }
    const area = (cells[header.code] ?? '').trim();
    if (!area) return;
    const name = header.name >= 0 ? (cells[header.name] ?? '').trim() : '';
    reading.area(area, { name: name || undefined });
    for (const column of header.columns) {
      const value = reading.gapOrNumber((cells[column.at] ?? '').trim(), GAP, lines[column.at], column.at + 1, column.period);
      if (value === undefined) continue;
      const row: DataRow = { indicator: column.indicator, area, period: column.period, value };
      reading.rows.push(row);
    }
  });
  if (unclosedQuoteLine !== undefined) reading.problem(m.csvUnclosedQuote, unclosedQuoteLine);
  if (!header && !reading.problems.length) reading.problem(wantArea ? m.csvMissingColumn({ column: options.area! }) : m.wideNoAreaColumn);
  return reading.result();
}
