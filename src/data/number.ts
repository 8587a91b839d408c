/**
 * Numbers in data files, read strictly. A cell is a number only when it is a plain decimal
 * (`7.4`, `-0.5`, `1e-3`) or uses commas only as thousands separators in their proper places
 * (`1,234`, `12,345.6`). Anything else is refused rather than guessed: `7,4` (a decimal comma) would
 * otherwise become 74, `0x1F` 31, and a lone `,` zero, which breaks the rule that a gap is never zero.
 */
const PLAIN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;
const THOUSANDS = /^[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?$/;
/** A comma that can only be a decimal comma: `7,4`, `0,25`, `-12,5`. */
const DECIMAL_COMMA = /^[+-]?\d+,\d+$/;

/** Reads a trimmed, non-empty cell as a number; NaN when it is not one. No object per call: files have millions of cells. */
export function readNumber(raw: string): number {
  if (PLAIN.test(raw)) return Number(raw);
  if (THOUSANDS.test(raw)) return Number(raw.replace(/,/g, ''));
  return NaN;
}

/** What a refused cell probably meant when it has a decimal comma (`7,4` → `7.4`), for the problem's words. */
export function decimalCommaMeaning(raw: string): string | undefined {
  return DECIMAL_COMMA.test(raw) ? raw.replace(',', '.') : undefined;
}
