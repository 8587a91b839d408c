/**
 * Specs pasted into HTML as `<script type="application/json">`: writing them so HTML parsing cannot
 * cut them short, and noticing when it did. In a script block the HTML parser, not JSON, decides
 * where the text ends: a `</script>` anywhere in it (in an indicator title, say) closes the block,
 * and `<!--` followed by `<script` makes the parser read on past the real end, into the page.
 */

/** Why a pasted inline spec is not the text its author wrote. */
export type InlineJsonCut = 'closed-early' | 'comment-script';

/**
 * The value as JSON for an inline `<script type="application/json">` block: every `<` is written
 * `\u003c` (the same text to JSON.parse), so no `</script>` or `<!--` can close or open anything.
 * `<` can only occur inside JSON strings, so the result is always valid JSON.
 */
export function toInlineJson(value: unknown, space: number | string = 2): string {
  return JSON.stringify(value, null, space).replace(/</g, '\\u003c');
}

/**
 * Whether an inline spec was cut by HTML parsing. `text` is the script's text; `textAfter` the
 * text that directly follows the script element inside its parent (where the rest of a spec cut by
 * `</script>` lands). A spec that parses as JSON was not cut, whatever it contains.
 */
export function inlineJsonCut(text: string, textAfter: string): InlineJsonCut | undefined {
  const commentScript = /<!--[\s\S]*<script/i.test(text);
  if (!commentScript && !textAfter.trim()) return undefined;
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    return commentScript ? 'comment-script' : 'closed-early';
  }
}
