import { messagesFor, type Messages } from '../i18n/index.js';
import type { SpecIssue } from '../spec/issues.js';
import type { DataRow } from '../spec/schema.js';
import { scanCsv, type CsvRecord } from './csv-records.js';
import { decimalCommaMeaning, readNumber } from './number.js';

/** An area as a data file describes it; the spec's own entry wins field by field. */
export interface FileArea {
  code: string;
  name?: string;
  type?: string;
  parent?: string;
}

/** An indicator as a data file describes it; the spec's own entry wins field by field. */
export interface FileIndicator {
  id: string;
  title?: string;
  unit?: string;
  polarity?: 'higher-is-better' | 'lower-is-better' | 'no-judgement';
}

/** The publisher's own comparison of a row with a benchmark (Fingertips' "Compared to England" column). */
export interface PublishedComparison {
  /** Index of the row in `rows`. */
  row: number;
  /** Who the row was compared with ("England", or an area code). */
  benchmark: string;
  /** As published: "Better", "Similar", "Worse", "Higher", "Lower", "Not compared"… */
  outcome: string;
}

/** What a reader makes of a data file. `problems` stop it being drawn; `warnings` do not. */
export interface DataFileResult {
  rows: DataRow[];
  areas: FileArea[];
  indicators: FileIndicator[];
  problems: SpecIssue[];
  warnings: SpecIssue[];
  published: PublishedComparison[];
}

/** Beyond this many problems a file is plainly in another layout: listing more helps no one. */
const MAX_PROBLEMS = 50;

/** The state of reading one file: rows, areas and indicators met so far, and problems with their places. */
export class FileReading {
  readonly file: string;
  readonly messages: Messages;
  readonly rows: DataRow[] = [];
  readonly areas = new Map<string, FileArea>();
  readonly indicators = new Map<string, FileIndicator>();
  readonly problems: SpecIssue[] = [];
  readonly warnings: SpecIssue[] = [];
  /** The publisher's comparisons, as three lists (no object per row while reading: see `result`). */
  private readonly comparedRows: number[] = [];
  private readonly comparedWith: string[] = [];
  private readonly outcomes: string[] = [];

  constructor(file: string, lang?: string) {
    this.file = file;
    this.messages = messagesFor(lang);
  }

  /** "data.csv, line 3, column 4 (Value)". */
  where(line?: number, column?: number, header?: string): string {
    return this.messages.load.where({ file: this.file, line, column, header: header?.trim() || undefined });
  }

  problem(message: string, line?: number, column?: number, header?: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path: this.where(line, column, header), message });
  }

  /**
   * A value cell of a wide or StatsWales table: null for an empty cell or one of the file's `gaps`
   * markers, else its number; undefined when it is neither (said as a problem at `line`, `column`).
   */
  gapOrNumber(raw: string, gaps: RegExp, line: number | undefined, column: number, header: string): number | null | undefined {
    if (!raw || gaps.test(raw)) return null;
    const value = readNumber(raw);
    if (Number.isFinite(value)) return value;
    this.problem(this.messages.load.notNumber({ got: raw, meant: decimalCommaMeaning(raw) }), line, column, header);
    return undefined;
  }

  /** A problem at a JSON path inside the file: "data.json: areaHealthData[0].areaCode". */
  problemAt(path: string, message: string): void {
    if (this.problems.length < MAX_PROBLEMS) this.problems.push({ path: `${this.file}: ${path}`, message });
  }

  get full(): boolean {
    return this.problems.length >= MAX_PROBLEMS;
  }

  warn(message: string, line?: number): void {
    this.warnings.push({ path: this.where(line), message });
  }

  /** Adds an area the first time it is met (the first mention's name, type and parent are kept). */
  area(code: string, fields: Omit<FileArea, 'code'> = {}): void {
    if (!this.areas.has(code)) this.areas.set(code, { code, ...definedOnly(fields) });
  }

  indicator(id: string, fields: Omit<FileIndicator, 'id'> = {}): void {
    if (!this.indicators.has(id)) this.indicators.set(id, { id, ...definedOnly(fields) });
  }

  /** Warns once when the text holds U+FFFD: bytes that were not UTF-8 (a file saved as Windows-1252, say). */
  checkEncoding(text: string): void {
    const at = text.indexOf('\ufffd');
    if (at < 0) return;
    let line = 1;
    for (let i = text.indexOf('\n'); i >= 0 && i < at; i = text.indexOf('\n', i + 1)) line++;
    this.warn(this.messages.load.notUtf8, line);
  }

  /** Keeps the publisher's comparison of the next row (`rows.length`) with `benchmark`. */
  compared(benchmark: string, outcome: string): void {
    this.comparedRows.push(this.rows.length);
    this.comparedWith.push(benchmark);
    this.outcomes.push(outcome);
  }

  result(): DataFileResult {
    const result: DataFileResult = {
      rows: this.rows,
      areas: [...this.areas.values()],
      indicators: [...this.indicators.values()],
      problems: this.problems,
      warnings: this.warnings,
      published: [],
    };
    // A Fingertips export compares nearly every row: the list of objects is made when first read
    // (by a check against our comparisons; nothing that draws reads it), not one object per row
    // while reading. It is then an ordinary field.
    const { comparedRows, comparedWith, outcomes } = this;
    if (comparedRows.length) {
      const settle = (published: PublishedComparison[]) => {
        Object.defineProperty(result, 'published', { value: published, writable: true, enumerable: true, configurable: true });
        return published;
      };
      Object.defineProperty(result, 'published', {
        enumerable: true,
        configurable: true,
        get: () => settle(comparedRows.map((row, k) => ({ row, benchmark: comparedWith[k]!, outcome: outcomes[k]! }))),
        set: settle,
      });
    }
    return result;
  }
}

function definedOnly<T extends object>(fields: T): Partial<T> {
  const out: Partial<T> = {};
  for (const [key, value] of Object.entries(fields)) if (value !== undefined && value !== '') (out as Record<string, unknown>)[key] = value;
  return out;
}

/**
 * The cells of the current record, read by column index (found once after the header, see
 * `TableLayout.columns`); a column the file does not have (-1) reads as an empty cell.
 */
export class TableCells {
  /** @internal */
  record!: CsvRecord;
  /** @internal The header line's cells, to name a column in a problem. */
  headers: string[] = [];

  constructor(private readonly reading: FileReading) {}

  /** The cell's text without spaces at either end; '' when empty or when the file has no such column. */
  text(at: number): string {
    return this.record.trimmed(at);
  }

  /** The cell as a number: null when empty or when the file has no such column, a problem (and undefined) when not a number. */
  number(at: number): number | null | undefined {
    const record = this.record;
    // Most cells are plain decimals, read without cutting them out; the rest by the strict rules.
    const plain = record.plainNumber(at);
    if (plain === plain) return plain;
    const raw = record.trimmed(at);
    if (raw === '') return null;
    const read = readNumber(raw);
    if (Number.isFinite(read)) return read;
    this.reading.problem(this.reading.messages.load.notNumber({ got: raw, meant: decimalCommaMeaning(raw) }), record.lineOf(at), at + 1, this.headers[at]);
    return undefined;
  }
}

export interface TableLayout<K extends string, C> {
  /** How a header reads once its spelling is set aside (e.g. lower case, no spaces or underscores). */
  normalise: (header: string) => string;
  /** For each column key, the normalised headers that mean it (the first found wins). Default: the key itself. */
  aliases?: Partial<Record<K, string[]>>;
  required: K[];
  /** Columns read when present (besides those in `aliases`). */
  optional?: K[];
  /** How a missing required column is named in a problem (default: its key). */
  names?: Partial<Record<K, string>>;
  /**
   * Called once the header is read, with the index of each key's column (-1 when the file has
   * none): what it returns (an object of indexes, say) is given to `row` for every record, so a
   * column is found once, not once per cell.
   */
  columns: (column: (key: K) => number) => C;
  row: (cells: TableCells, at: C, line: number) => void;
}

/**
 * Reads a CSV whose first record is a header, calling `layout.row` for each later record in one
 * pass. Columns are found by key through their aliases, so spelling variants of a header
 * (`Indicator ID`, `IndicatorID`, `Indicator_ID`) read the same.
 */
export function readTable<K extends string, C>(text: string, reading: FileReading, layout: TableLayout<K, C>): void {
  const m = reading.messages.load;
  reading.checkEncoding(text);
  const cells = new TableCells(reading);
  let at: C | undefined;
  let columnsMissing = false;

  // Cells are cut out of the text only when the layout asks for them (see CsvRecord).
  const { unclosedQuoteLine } = scanCsv(text, (current) => {
    if (reading.full) return;
    if (at === undefined) {
      const headers = (cells.headers = current.cells());
      const normalised = headers.map(layout.normalise);
      const index = new Map<K, number>();
      const missing: K[] = [];
      const keys = new Set<K>([...layout.required, ...(layout.optional ?? []), ...(Object.keys(layout.aliases ?? {}) as K[])]);
      for (const key of keys) {
        const names = layout.aliases?.[key] ?? [key];
        const found = names.map((name) => normalised.indexOf(name)).find((i) => i >= 0);
        if (found !== undefined) index.set(key, found);
        else if (layout.required.includes(key)) missing.push(key);
      }
      columnsMissing = missing.length > 0;
      for (const key of missing) reading.problem(m.csvMissingColumn({ column: layout.names?.[key] ?? key }), current.line, undefined);
      at = layout.columns((key) => index.get(key) ?? -1);
      // Cells after the last column a key reads are never asked for: the scanner stops there.
      // (At least 2, so that a line such as " ,x" is not taken for a blank one.)
      current.limit = Math.max(2, ...[...index.values()].map((i) => i + 1));
      return;
    }
    if (columnsMissing) return;
    cells.record = current;
    layout.row(cells, at, current.line);
  });
  if (unclosedQuoteLine !== undefined) reading.problem(m.csvUnclosedQuote, unclosedQuoteLine);
  if (at === undefined) reading.problem(m.emptyFile);
}
