const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;
const MINUS = 45;
const POINT = 46;
const ZERO = 48;
const NINE = 57;
/** 10^0 … 10^15, each exact as a double. */
const POWERS_OF_TEN = Array.from({ length: 16 }, (_, k) => 10 ** k);

/**
 * One record of a CSV file, read lazily: where each cell starts and ends in the text, its text cut
 * out only when asked (a Fingertips export has 26 columns, of which a reader wants a dozen). The
 * object and its arrays are reused from record to record: read what you need inside the callback.
 */
export class CsvRecord {
  /** How many cells the record has (at most `limit`). */
  length = 0;
  /**
   * The most cells a reader will ask for: the scanner records cells only this far and skips to
   * the record's end (a reader of a dozen columns out of 26 need not find the rest). Set it from
   * the callback, after the header; a record with fewer cells is unaffected.
   */
  limit = Infinity;
  /** @internal Where each cell's text starts and ends (quotes excluded). */
  readonly starts: number[] = [];
  /** @internal */
  readonly ends: number[] = [];
  /** @internal The line where the record starts; per cell when a quoted cell spans lines. */
  line = 1;
  /** @internal */
  readonly cellLines: number[] = [];
  /** @internal True when some cell's line is in `cellLines` or its text in `values`. */
  quoted = false;
  /** @internal A quoted cell with doubled quotes or text after its closing quote, already unescaped. */
  readonly values: Array<string | undefined> = [];
  /** The last text returned for each column: a repeated code or period is the same string, not a new copy. */
  private readonly previous: string[] = [];

  constructor(private readonly text: string) {}

  /** The line (as an editor counts them, breaks inside quotes included) where cell `at` starts. */
  lineOf(at: number): number {
    return this.quoted ? (this.cellLines[at] ?? this.line) : this.line;
  }

  /** Cell `at` as written (quotes removed); '' beyond the last cell. */
  cell(at: number): string {
    if (at >= this.length) return '';
    return (this.quoted ? this.values[at] : undefined) ?? this.text.slice(this.starts[at], this.ends[at]);
  }

  /** Cell `at` without spaces at either end; '' beyond the last cell. Cut out of the text once, trimmed. */
  trimmed(at: number): string {
    if (at >= this.length) return '';
    const value = this.quoted ? this.values[at] : undefined;
    if (value !== undefined) return value.trim();
    const text = this.text;
    let start = this.starts[at]!;
    let end = this.ends[at]!;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) return '';
    const last = this.previous[at];
    if (last !== undefined && last.length === end - start && text.startsWith(last, start)) return last;
    // Other white space (a no-break space at an end) is trimmed as String.prototype.trim does.
    const cut = text.slice(start, end).trim();
    this.previous[at] = cut;
    return cut;
  }

  /**
   * Cell `at` read as a plain decimal (`12`, `-0.5`, `7.25`; spaces around) straight from the text,
   * with nothing cut out: most cells of a large file are such numbers. NaN for anything else (an
   * empty cell, `1e3`, `1,234`, `+1`, `.5`, more than 15 digits…): the caller then reads the cell
   * by the full rules (number.ts), which give the same value for every cell this one reads.
   */
  plainNumber(at: number): number {
    if (at >= this.length || (this.quoted && this.values[at] !== undefined)) return NaN;
    const text = this.text;
    let i = this.starts[at]!;
    let end = this.ends[at]!;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
    const negative = text.charCodeAt(i) === MINUS;
    if (negative) i++;
    // Digits into an integer, the point's place remembered: ≤ 15 digits stay exact below 2^53, and
    // an exact integer divided by an exact power of ten is the correctly rounded value Number() gives.
    let digits = 0;
    let mantissa = 0;
    let point = -1;
    for (; i < end; i++) {
      const code = text.charCodeAt(i);
      if (code >= ZERO && code <= NINE) {
        mantissa = mantissa * 10 + (code - ZERO);
        digits++;
      } else if (code === POINT && point < 0 && digits > 0) point = digits;
      else return NaN;
    }
    if (digits === 0 || digits > 15 || point === digits) return NaN;
    const value = point < 0 ? mantissa : mantissa / POWERS_OF_TEN[digits - point]!;
    return negative ? -value : value;
  }

  /** True for a blank line (one empty or white-space cell). */
  blank(): boolean {
    return this.length === 1 && this.trimmed(0) === '';
  }

  /** Every cell, as an array (for the first lines of a file, or small files). */
  cells(): string[] {
    const out: string[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.cell(i);
    return out;
  }

  /** The line where each cell starts, as an array. */
  lines(): number[] {
    const out: number[] = new Array(this.length);
    for (let i = 0; i < this.length; i++) out[i] = this.lineOf(i);
    return out;
  }
}

/** The ASCII white space String.prototype.trim removes (others are left to trim itself). */
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * Calls `onRecord` for each record of CSV text (RFC 4180: quoted fields, doubled quotes, CRLF, LF
 * or CR line ends, a leading BOM), in one pass and without holding the records: a 20 MB file is
 * read with no copy of the text, each cell cut out only when asked (see CsvRecord). A line with no
 * quote is split with `indexOf` (native, fast); one with quotes cell by cell, still with `indexOf`.
 * Blank lines are skipped. Written by hand because d3-dsv builds its parser with `new Function`,
 * which a strict CSP blocks. Returns the line where a quoted field opened if it never closes.
 */
export function scanCsv(text: string, onRecord: (record: CsvRecord) => void): { unclosedQuoteLine?: number } {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const record = new CsvRecord(text);
  const { starts, ends, cellLines, values } = record;
  const fields = new FieldEnds(text);
  const next = (char: string, from: number) => {
    const found = text.indexOf(char, from);
    return found < 0 ? n : found;
  };
  // Where the next quote, LF and CR are, looked for again once passed.
  let quote = -1;
  let lf = -1;
  let cr = -1;

  while (i < n) {
    if (lf < i) lf = next('\n', i);
    if (cr < i) cr = next('\r', i);
    if (quote < i) quote = next('"', i);
    const lineEnd = lf < cr ? lf : cr;
    record.line = line;
    let at = 0;
    if (quote >= lineEnd) {
      // No quote before the line ends: every comma ends a cell.
      let start = i;
      for (;;) {
        const comma = text.indexOf(',', start);
        if (comma >= 0 && comma < lineEnd) {
          starts[at] = start;
          ends[at++] = comma;
          start = comma + 1;
          if (at === record.limit) break;
        } else {
          starts[at] = start;
          ends[at++] = lineEnd;
          break;
        }
      }
      i = lineEnd;
    } else {
      const end = quotedRecord(text, i, record, fields);
      if (end < 0) return { unclosedQuoteLine: fields.line };
      at = record.length;
      i = end;
      line = fields.line;
    }
    record.length = at;
    if (!record.blank()) onRecord(record);
    if (record.quoted) {
      for (let k = 0; k < at; k++) values[k] = undefined;
      cellLines.length = 0;
      record.quoted = false;
    }
    if (i >= n) break;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
  }
  return {};
}

/**
 * A record with quotes, from `i` to its line break (which may come after line breaks inside quotes):
 * fills `record` and returns where it ends (-1 when a quote never closes), the line it ends on in
 * `fields.line` (no object per record). A quoted cell with no doubled
 * quote and nothing after its closing quote (the usual case) is kept as a place in the text, like an
 * unquoted one, and cut out only when asked.
 */
function quotedRecord(text: string, i: number, record: CsvRecord, fields: FieldEnds): number {
  let line = record.line;
  let at = 0;
  record.quoted = true;
  for (;;) {
    record.cellLines[at] = line;
    let code = text.charCodeAt(i);
    if (code === QUOTE) {
      const opened = line;
      let value: string | undefined;
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) {
          fields.line = opened;
          return -1;
        }
        if (fields.breakBefore(from, close)) line += countLineBreaks(text, from, close);
        if (text.charCodeAt(close + 1) === QUOTE) {
          value = (value ?? text.slice(i + 1, from)) + text.slice(from, close) + '"';
          from = close + 2;
        } else {
          if (value !== undefined) value += text.slice(from, close);
          record.starts[at] = i + 1;
          record.ends[at] = close;
          i = close + 1;
          break;
        }
      }
      // Text after a closing quote (`"a"b`) is kept, as spreadsheets do.
      const end = fields.from(i);
      if (end > i) value = (value ?? text.slice(record.starts[at], record.ends[at])) + text.slice(i, end);
      record.values[at] = value;
      i = end;
    } else {
      const end = fields.from(i);
      record.starts[at] = i;
      record.ends[at] = end;
      record.values[at] = undefined;
      i = end;
    }
    at++;
    code = text.charCodeAt(i);
    if (code !== COMMA) break;
    i++;
    // Enough cells: the rest of the record is skipped, unless a quote in it may hide a line break.
    if (at === record.limit) {
      const end = fields.lineEnd(i);
      if (fields.quoteFrom(i) >= end) {
        i = end;
        break;
      }
    }
  }
  record.length = at;
  fields.line = line;
  return i;
}

/** Where an unquoted field ends (its comma or line break), found with `indexOf`; each place is looked for again only once passed. */
class FieldEnds {
  /** Set by quotedRecord: the line its record ends on, or where its unclosed quote opened. */
  line = 1;
  private comma = -1;
  private lf = -1;
  private cr = -1;
  private quote = -1;

  constructor(private readonly text: string) {}

  from(i: number): number {
    if (this.comma < i) this.comma = this.next(',', i);
    if (this.lf < i) this.lf = this.next('\n', i);
    if (this.cr < i) this.cr = this.next('\r', i);
    const { comma, lf, cr } = this;
    return comma < lf ? (comma < cr ? comma : cr) : lf < cr ? lf : cr;
  }

  /** Where the first line break at or after `i` is. */
  lineEnd(i: number): number {
    if (this.lf < i) this.lf = this.next('\n', i);
    if (this.cr < i) this.cr = this.next('\r', i);
    return this.lf < this.cr ? this.lf : this.cr;
  }

  /** Where the first quote at or after `i` is. */
  quoteFrom(i: number): number {
    if (this.quote < i) this.quote = this.next('"', i);
    return this.quote;
  }

  /** True when text[from, to) holds a line break (a quoted cell over several lines). */
  breakBefore(from: number, to: number): boolean {
    if (this.lf < from) this.lf = this.next('\n', from);
    if (this.cr < from) this.cr = this.next('\r', from);
    return this.lf < to || this.cr < to;
  }

  private next(char: string, from: number): number {
    const found = this.text.indexOf(char, from);
    return found < 0 ? this.text.length : found;
  }
}

/**
 * Calls `onRecord` with each record's cells as an array (and the line where each starts); see
 * `scanCsv`, which cuts out only the cells a reader asks for.
 */
export function eachCsvRecord(text: string, onRecord: (cells: string[], lines: number[]) => void): { unclosedQuoteLine?: number } {
  return scanCsv(text, (record) => onRecord(record.cells(), record.lines()));
}

/** Line breaks in text[from, to) (a quoted cell): LF, CRLF, and a lone CR (old Mac files). */
function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR && text.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** Every record of CSV text at once (small files, tests); prefer `eachCsvRecord` for large ones. */
export function splitCsv(text: string): { records: string[][]; unclosedQuoteLine?: number } {
  const records: string[][] = [];
  const { unclosedQuoteLine } = eachCsvRecord(text, (cells) => records.push(cells));
  return unclosedQuoteLine === undefined ? { records } : { records, unclosedQuoteLine };
}

