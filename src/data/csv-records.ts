const QUOTE = 34;
const LF = 10;
const CR = 13;
const MINUS = 45;
const POINT = 46;
const ZERO = 48;
const NINE = 57;
/** 10^0 … 10^22, each exact as a double (read from literals: `**` need not be exact). */
const POWERS_OF_TEN = Array.from({ length: 23 }, (_, k) => Number(`1e${k}`));

/**
 * One record of a CSV file, read lazily: where each cell starts and ends in the text, its text cut
 * out only when asked (a Fingertips export has 26 columns, of which a reader wants a dozen). The
 * object and its arrays are reused from record to record: read what you need inside the callback.
 * A column index below 0 (a column the file does not have) reads as an empty cell.
 */
export class CsvRecord {
  /** How many cells the record has (at most `limit`, unless a quote after it had to be followed). */
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
  /** @internal The line where the record starts. */
  line = 1;
  /** @internal True when a quoted cell spans lines: then each cell's line is in `cellLines`. */
  spans = false;
  /** @internal */
  readonly cellLines: number[] = [];
  /** @internal True when some cell's text is in `values`. */
  escaped = false;
  /** @internal A quoted cell with doubled quotes or text after its closing quote, already unescaped. */
  readonly values: Array<string | undefined> = [];
  /** The last text returned for each column: a repeated code or period is the same string, not a new copy. */
  private readonly previous: string[] = [];
  /** Every text cut out so far (up to MAX_KNOWN), to give back the same string for the same text. */
  private readonly known = new Map<string, string>();

  constructor(private readonly text: string) {}

  /** The line (as an editor counts them, breaks inside quotes included) where cell `at` starts. */
  lineOf(at: number): number {
    return this.spans && at >= 0 && at < this.length ? this.cellLines[at]! : this.line;
  }

  /** Cell `at` as written (quotes removed); '' beyond the last cell. */
  cell(at: number): string {
    if (at < 0 || at >= this.length) return '';
    return (this.escaped ? this.values[at] : undefined) ?? this.text.slice(this.starts[at], this.ends[at]);
  }

  /** Cell `at` without spaces at either end; '' beyond the last cell. Cut out of the text once, trimmed. */
  trimmed(at: number): string {
    if (at < 0 || at >= this.length) return '';
    const value = this.escaped ? this.values[at] : undefined;
    if (value !== undefined) return value.trim();
    const text = this.text;
    let start = this.starts[at]!;
    let end = this.ends[at]!;
    while (start < end && isSpace(text.charCodeAt(start))) start++;
    while (end > start && isSpace(text.charCodeAt(end - 1))) end--;
    if (start === end) return '';
    const last = this.previous[at];
    if (last !== undefined && sameText(last, text, start, end)) return last;
    // Other white space (a no-break space at an end) is trimmed as String.prototype.trim does.
    // A text met before in any column (an area code, a parent code) is that string again: one copy
    // per file, its hash already computed for the reader's maps. The cut itself dies young.
    const cut = text.slice(start, end).trim();
    let known = this.known.get(cut);
    if (known === undefined) {
      if (this.known.size >= MAX_KNOWN) this.known.clear();
      this.known.set(cut, (known = cut));
    }
    this.previous[at] = known;
    return known;
  }

  /**
   * Cell `at` read as a plain decimal (`12`, `-0.5`, `7.25`, `0.000123`; spaces around) straight
   * from the text, with nothing cut out: most cells of a large file are such numbers. NaN for
   * anything else (an empty cell, `1e3`, `1,234`, `+1`, `.5`, more than 15 digits after the leading
   * zeros…): the caller then reads the cell by the full rules (number.ts), which give the same
   * value for every cell this one reads.
   */
  plainNumber(at: number): number {
    if (at < 0 || at >= this.length || (this.escaped && this.values[at] !== undefined)) return NaN;
    const text = this.text;
    let i = this.starts[at]!;
    let end = this.ends[at]!;
    while (i < end && isSpace(text.charCodeAt(i))) i++;
    while (end > i && isSpace(text.charCodeAt(end - 1))) end--;
    const negative = text.charCodeAt(i) === MINUS;
    if (negative) i++;
    // Digits into an integer, the point's place remembered: ≤ 15 digits (leading zeros aside) stay
    // exact below 2^53, and an exact integer divided by an exact power of ten (≤ 10^22) is the
    // correctly rounded value Number() gives.
    const first = i;
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
    if (digits === 0 || point === digits) return NaN;
    if (digits > 15 && digits - leadingZeros(text, first, end) > 15) return NaN;
    if (point < 0) return negative ? -mantissa : mantissa;
    const fraction = digits - point;
    if (fraction > 22) return NaN;
    const value = mantissa / POWERS_OF_TEN[fraction]!;
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

/** How many zeros (a point aside) come before the first other digit in `text[from, to)`: `0.000123` has 4. */
function leadingZeros(text: string, from: number, to: number): number {
  let zeros = 0;
  for (let i = from; i < to; i++) {
    const code = text.charCodeAt(i);
    if (code === ZERO) zeros++;
    else if (code !== POINT) break;
  }
  return zeros;
}

/** True when `text[start, end)` reads `known` (compared in place: nothing is cut out to compare). */
function sameText(known: string, text: string, start: number, end: number): boolean {
  if (known.length !== end - start) return false;
  // From the end: codes that differ (E09000001, E09000002) mostly differ there.
  for (let k = known.length - 1; k >= 0; k--) if (known.charCodeAt(k) !== text.charCodeAt(start + k)) return false;
  return true;
}

/** The most texts kept for reuse: a file's codes, names and periods, not every note of a huge file. */
const MAX_KNOWN = 50_000;

/** The ASCII white space String.prototype.trim removes (others are left to trim itself). */
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/**
 * Calls `onRecord` for each record of CSV text (RFC 4180: quoted fields, doubled quotes, CRLF, LF
 * or CR line ends, a leading BOM), in one pass and without holding the records: a 20 MB file is
 * read with no copy of the text, each cell cut out only when asked (see CsvRecord). Cells are found
 * with `indexOf` (native, fast): the next comma, line break and quote are each looked for again only
 * once passed, so a line with a quoted cell (four of five lines of a Fingertips export, whose
 * indicator names are quoted) costs little more than one without. A quote only matters at the start
 * of a cell (`a"b` is text). Blank lines are skipped. Written by hand because d3-dsv builds its
 * parser with `new Function`, which a strict CSP blocks. Returns the line where a quoted field
 * opened if it never closes.
 */
export function scanCsv(text: string, onRecord: (record: CsvRecord) => void): { unclosedQuoteLine?: number } {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  const record = new CsvRecord(text);
  const { starts, ends, cellLines, values } = record;
  const next = (char: string, from: number) => {
    const found = text.indexOf(char, from);
    return found < 0 ? n : found;
  };
  // Where the next comma, LF, CR and quote are, looked for again only once passed.
  let comma = -1;
  let lf = -1;
  let cr = -1;
  let quote = -1;

  while (i < n) {
    if (lf < i) lf = next('\n', i);
    if (cr < i) cr = next('\r', i);
    let lineEnd = lf < cr ? lf : cr;
    record.line = line;
    const limit = record.limit;
    let at = 0;
    for (;;) {
      if (record.spans) cellLines[at] = line;
      if (text.charCodeAt(i) !== QUOTE) {
        if (comma < i) comma = next(',', i);
        starts[at] = i;
        if (comma < lineEnd) {
          ends[at++] = comma;
          i = comma + 1;
        } else {
          ends[at++] = lineEnd;
          i = lineEnd;
          break;
        }
      } else {
        // A quoted cell: up to its closing quote (a doubled quote is one quote in the text), then
        // any text up to the next comma or line break, kept as spreadsheets do (`"a"b` is `ab`).
        const opened = line;
        let value: string | undefined;
        let from = i + 1;
        let close: number;
        for (;;) {
          close = text.indexOf('"', from);
          if (close < 0) return { unclosedQuoteLine: opened };
          if (lineEnd < close) {
            // Line breaks inside the quotes: later cells start on a later line.
            if (!record.spans) {
              for (let k = 0; k < at; k++) cellLines[k] = record.line;
              cellLines[at] = opened;
              record.spans = true;
            }
            line += countLineBreaks(text, from, close);
            lf = next('\n', close);
            cr = next('\r', close);
            lineEnd = lf < cr ? lf : cr;
          }
          if (text.charCodeAt(close + 1) !== QUOTE) break;
          value = (value ?? text.slice(i + 1, from)) + text.slice(from, close) + '"';
          from = close + 2;
        }
        if (value !== undefined) value += text.slice(from, close);
        starts[at] = i + 1;
        ends[at] = close;
        i = close + 1;
        if (comma < i) comma = next(',', i);
        const end = comma < lineEnd ? comma : lineEnd;
        if (end > i) value = (value ?? text.slice(starts[at], close)) + text.slice(i, end);
        if (value !== undefined) {
          values[at] = value;
          record.escaped = true;
        }
        at++;
        i = end;
        if (end === lineEnd) break;
        i++;
      }
      // Enough cells: the rest of the record is skipped, unless a quote in it may hide a line break.
      if (at === limit) {
        if (quote < i) quote = next('"', i);
        if (quote >= lineEnd) {
          i = lineEnd;
          break;
        }
      }
    }
    record.length = at;
    if (!record.blank()) onRecord(record);
    if (record.escaped) {
      for (let k = 0; k < at; k++) values[k] = undefined;
      record.escaped = false;
    }
    record.spans = false;
    if (i >= n) break;
    i += text.charCodeAt(i) === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
  }
  return {};
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

