import { messagesFor } from '../i18n/index.js';
import { LoadError } from './errors.js';
import { FileReading, readTable, type DataFileResult } from './reading.js';

export { eachCsvRecord, splitCsv } from './csv-records.js';

/** The optional number columns of the tidy CSV, in the order a row gets them. */
const NUMBER_FIELDS = ['lower', 'upper', 'count', 'denominator', 'lower99_8', 'upper99_8'] as const;

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
    optional: [...NUMBER_FIELDS, 'note', 'group_type', 'group_label', 'group_order'],
    columns: (column) => ({
      indicator: column('indicator'),
      area: column('area'),
      period: column('period'),
      value: column('value'),
      numbers: NUMBER_FIELDS.map((name) => [name, column(name)] as const),
      note: column('note'),
      groupType: column('group_type'),
      groupLabel: column('group_label'),
      groupOrder: column('group_order'),
    }),
    row(cells, at) {
      const row: Record<string, unknown> = {
        indicator: cells.text(at.indicator),
        area: cells.text(at.area),
        period: cells.text(at.period),
        value: cells.number(at.value) ?? null,
      };
      for (const [name, column] of at.numbers) {
        const value = cells.number(column);
        if (value !== undefined && value !== null) row[name] = value;
      }
      const note = cells.text(at.note);
      if (note) row.note = note;
      const groupLabel = cells.text(at.groupLabel);
      if (groupLabel) {
        const order = cells.number(at.groupOrder);
        row.group = { type: cells.text(at.groupType) || 'group', label: groupLabel, ...(order === undefined || order === null ? {} : { order }) };
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
