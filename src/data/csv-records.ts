const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * Calls `onRecord` for each record of CSV text (RFC 4180: quoted fields, doubled quotes, CRLF, LF
 * or CR line ends, a leading BOM), in one pass and without holding the records: a 20 MB file is
 * read with no copy beyond the cells of one record. `lines[i]` is the line (as an editor counts
 * them, line breaks inside quotes included) where cell i starts; the array is reused between
 * records. Blank lines are skipped. Written by hand because d3-dsv builds its parser with
 * `new Function`, which a strict CSP blocks. Returns the line where a quoted field opened if it never closes.
 */
export function eachCsvRecord(text: string, onRecord: (cells: string[], lines: number[]) => void): { unclosedQuoteLine?: number } {
  const n = text.length;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0;
  let line = 1;
  let cells: string[] = [];
  const lines: number[] = [];

  for (;;) {
    lines[cells.length] = line;
    let code = text.charCodeAt(i);
    if (code === QUOTE) {
      const opened = line;
      let value = '';
      let from = i + 1;
      for (;;) {
        const close = text.indexOf('"', from);
        if (close < 0) return { unclosedQuoteLine: opened };
        const chunk = text.slice(from, close);
        line += countLineBreaks(chunk);
        value += chunk;
        if (text.charCodeAt(close + 1) === QUOTE) {
          value += '"';
          from = close + 2;
        } else {
          i = close + 1;
          break;
        }
      }
      // Text after a closing quote (`"a"b`) is kept, as spreadsheets do.
      const end = fieldEnd(text, i);
      cells.push(end > i ? value + text.slice(i, end) : value);
      i = end;
    } else {
      const end = fieldEnd(text, i);
      cells.push(text.slice(i, end));
      i = end;
    }
    code = text.charCodeAt(i);
    if (code === COMMA) {
      i++;
      continue;
    }
    // End of a record: a line break or the end of the text.
    if (!(cells.length === 1 && cells[0]!.trim() === '')) onRecord(cells, lines);
    cells = [];
    if (i >= n) break;
    i += code === CR && text.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    if (i >= n) break;
  }
  return {};
}

function fieldEnd(text: string, from: number): number {
  let i = from;
  const n = text.length;
  while (i < n) {
    const code = text.charCodeAt(i);
    if (code === COMMA || code === LF || code === CR) break;
    i++;
  }
  return i;
}

function countLineBreaks(chunk: string): number {
  if (chunk.indexOf('\n') < 0 && chunk.indexOf('\r') < 0) return 0;
  let count = 0;
  for (let i = 0; i < chunk.length; i++) {
    const code = chunk.charCodeAt(i);
    if (code === LF) count++;
    else if (code === CR && chunk.charCodeAt(i + 1) !== LF) count++;
  }
  return count;
}

/** Every record of CSV text at once (small files, tests); prefer `eachCsvRecord` for large ones. */
export function splitCsv(text: string): { records: string[][]; unclosedQuoteLine?: number } {
  const records: string[][] = [];
  const { unclosedQuoteLine } = eachCsvRecord(text, (cells) => records.push(cells));
  return unclosedQuoteLine === undefined ? { records } : { records, unclosedQuoteLine };
}

