import { messagesFor } from '../i18n/index.js';
import { LoadError } from './errors.js';

/**
 * Splits CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF, a leading BOM) into records.
 * Written by hand because d3-dsv builds its row parser with `new Function`, which a strict CSP blocks.
 * Returns the line where a quoted field opened if it never closes.
 */
export function splitCsv(text: string): { records: string[][]; unclosedQuoteLine?: number } {
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let inQuotes = false;
  let quoteLine = 0;
  let line = 1;
  const input = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;

  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (inQuotes) {
      if (char === '"') {
        if (input[i + 1] === '"') {
          field += '"';
          i++;
        } else inQuotes = false;
      } else {
        if (char === '\n') line++;
        field += char;
      }
    } else if (char === '"' && field === '') {
      inQuotes = true;
      quoteLine = line;
    } else if (char === ',') {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      line++;
    } else field += char;
  }
  if (inQuotes) return { records, unclosedQuoteLine: quoteLine };
  if (field !== '' || record.length) {
    record.push(field);
    records.push(record);
  }
  // Blank lines carry no observation.
  return { records: records.filter((r) => !(r.length === 1 && r[0]?.trim() === '')) };
}

type NumberColumn = 'value' | 'lower' | 'upper' | 'count' | 'denominator' | 'group_order';
const REQUIRED_COLUMNS = ['indicator', 'area', 'period', 'value'] as const;

/**
 * Reads a tidy CSV (one observation a row) into spec data rows. Columns: indicator, area, period,
 * value, and optionally lower, upper, count, denominator, note, group_type, group_label, group_order.
 * An empty value is a gap (null). Problems name the URL and line.
 */
export function csvToRows(text: string, url: string, lang?: string): Array<Record<string, unknown>> {
  const messages = messagesFor(lang);
  const { records, unclosedQuoteLine } = splitCsv(text);
  if (unclosedQuoteLine !== undefined) {
    throw new LoadError('csv', messages.load.csvBroken({ url, line: unclosedQuoteLine, detail: messages.load.csvUnclosedQuote }), { url });
  }
  const [header = [], ...body] = records;
  const columns = header.map((name) => name.trim().toLowerCase().replace(/[.\s-]+/g, '_'));
  for (const required of REQUIRED_COLUMNS) {
    if (!columns.includes(required)) throw new LoadError('csv', messages.load.csvMissingColumn({ url, column: required }), { url });
  }

  return body.map((cells, index) => {
    const line = index + 2;
    const cell = (name: string) => {
      const at = columns.indexOf(name);
      return at < 0 ? undefined : (cells[at] ?? '').trim();
    };
    const number = (name: NumberColumn) => {
      const raw = cell(name);
      if (raw === undefined || raw === '') return undefined;
      const parsed = Number(raw.replace(/,/g, ''));
      if (!Number.isFinite(parsed)) {
        throw new LoadError('csv', messages.load.csvBroken({ url, line, detail: messages.load.csvNotNumber({ column: name, got: raw }) }), { url });
      }
      return parsed;
    };

    const row: Record<string, unknown> = {
      indicator: cell('indicator'),
      area: cell('area'),
      period: cell('period'),
      value: number('value') ?? null,
    };
    for (const name of ['lower', 'upper', 'count', 'denominator'] as const) {
      const value = number(name);
      if (value !== undefined) row[name] = value;
    }
    const note = cell('note');
    if (note) row.note = note;
    const groupLabel = cell('group_label');
    if (groupLabel) {
      const order = number('group_order');
      row.group = { type: cell('group_type') || 'group', label: groupLabel, ...(order === undefined ? {} : { order }) };
    }
    return row;
  });
}
