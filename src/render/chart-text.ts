/**
 * Chart text laid out before Vega draws it (Vega measures text only as it draws): estimated widths
 * and lines of titles, so a title at the reader's text size fits a narrow chart. Pure.
 */

/** Width of a character of chart text, in em: wide enough for digits and capitals (an estimate). */
export const CHARACTER_EM = 0.6;

/** The estimated width of `text` in chart text of `fontSize` px (CHARACTER_EM a character). */
export const estimatedTextWidth = (text: string, fontSize: number): number => text.length * CHARACTER_EM * fontSize;

/** The estimated width of the widest of `texts` (labels, a title's lines), px; 0 for none. */
export const widestTextWidth = (texts: readonly string[], fontSize: number): number => Math.max(0, ...texts.map((text) => estimatedTextWidth(text, fontSize)));

/** Splits text into lines of at most `width` characters at spaces (for titles drawn in a chart or its file). */
export function wrapWords(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * An axis title in lines that fit `width` px at `fontSize` px: the text itself when it fits on one
 * line, or when no width is given (a file, drawn wide).
 */
export function axisTitleLines(title: string, width: number | undefined, fontSize: number): string | string[] {
  if (!width) return title;
  const lines = wrapWords(title, Math.max(10, Math.floor(width / (CHARACTER_EM * fontSize))));
  return lines.length > 1 ? lines : title;
}
