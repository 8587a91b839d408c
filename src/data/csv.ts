import { messagesFor } from '../i18n/index.js';
import { LoadError } from './errors.js';
import { FileReading, readTable, type DataFileResult } from './reading.js';

export { eachCsvRecord, splitCsv } from './csv-records.js';

/**
 * Reads this library's tidy CSV (one observation a row): columns indicator, area, period, value, and
 * optionally lower, upper, count, denominator, note, group_type, group_label, group_order. An empty
 * value is a gap (null). Problems name the file, the line and the column.
 */
export function readTidyCsv(text: string, file: string, lang?: string): DataFileResult {
  const reading = new FileReading(file, lang);
  readTable(text, reading, {
    normalise: (name) => name.trim().toLowerCase().replace(/[.\s-]+/g, '_'),
    required: ['indicator', 'area', 'period', 'value'],
    optional: ['lower', 'upper', 'count', 'denominator', 'lower99_8', 'upper99_8', 'note', 'group_type', 'group_label', 'group_order'],
    row(cell, number) {
      const row: Record<string, unknown> = {
        indicator: cell('indicator'),
        area: cell('area'),
        period: cell('period'),
        value: number('value') ?? null,
      };
      for (const name of ['lower', 'upper', 'count', 'denominator', 'lower99_8', 'upper99_8'] as const) {
        const value = number(name);
        if (value !== undefined && value !== null) row[name] = value;
      }
      const note = cell('note');
      if (note) row.note = note;
      const groupLabel = cell('group_label');
      if (groupLabel) {
        const order = number('group_order');
        row.group = { type: cell('group_type') || 'group', label: groupLabel, ...(order === undefined || order === null ? {} : { order }) };
      }
      reading.rows.push(row as never);
    },
  });
  return reading.result();
}

/**
 * The tidy CSV as spec rows, throwing a LoadError that names the file, line and column of the first
 * problem (and lists them all). Kept for callers that want rows only.
 */
export function csvToRows(text: string, url: string, lang?: string): Array<Record<string, unknown>> {
  const result = readTidyCsv(text, url, lang);
  if (result.problems.length) throw fileError(result, url, lang);
  return result.rows as unknown as Array<Record<string, unknown>>;
}

/** A LoadError for a file's problems: its message is the first problem, `issues` has every one. */
export function fileError(result: Pick<DataFileResult, 'problems'>, url: string, lang?: string): LoadError {
  const messages = messagesFor(lang);
  const first = result.problems[0]!;
  const message = result.problems.length === 1 ? `${first.path}: ${first.message}.` : messages.load.fileProblems({ url, count: result.problems.length, first: `${first.path}: ${first.message}` });
  return new LoadError('csv', message, { url, issues: result.problems });
}
