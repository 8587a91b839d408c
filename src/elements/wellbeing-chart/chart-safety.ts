/**
 * Makes an author's Vega-Lite safe to draw on a council's page, by construction: it may not fetch
 * anything (no `url` anywhere: data, lookups, images, topologies), may not draw image marks, may
 * link only to http(s) addresses, and its `usermeta` is dropped (vega-embed would read embed
 * options, even a loader, from it). What is refused is named by its JSON path, so the author can fix
 * it. The `rows` dataset is the element's: an author's `datasets.rows` is replaced.
 *
 * Pure (no DOM). The Vega loader the element gives vega-embed refuses every request as well, so
 * anything this check does not foresee still cannot fetch (see chart-embed.ts).
 */
import type { Messages } from '../../i18n/index.js';
import { formatPath, type SpecIssue } from '../../spec/issues.js';

/** The named dataset the element binds (SPEC-v1). */
export const ROWS_DATASET = 'rows';

/** An author's Vega-Lite after the check: a fresh copy, never the object the page holds. */
export type AuthorChart = Record<string, unknown> & { description?: unknown; title?: unknown };

export interface ChartCheck {
  chart: AuthorChart | undefined;
  issues: SpecIssue[];
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);

/** http(s) addresses, absolute or relative; `javascript:`, `data:` and other schemes are not links for a chart. */
export function isSafeLink(text: string): boolean {
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(text);
  return !scheme || ['http', 'https'].includes(scheme[1]!.toLowerCase());
}

/** The text of a Vega-Lite `title` (a string, lines, or `{ text }`), or '' for none. */
export function titleText(title: unknown): string {
  const text = isObject(title) ? title['text'] : title;
  if (Array.isArray(text)) return text.filter((line) => typeof line === 'string').join(' ').trim();
  return typeof text === 'string' ? text.trim() : '';
}

/** Checks an author's Vega-Lite and returns a safe copy with the element's `rows` bound. */
export function checkAuthorChart(input: unknown, rows: readonly object[], messages: Messages): ChartCheck {
  const m = messages.wellbeingChart;
  if (!isObject(input)) return { chart: undefined, issues: [{ path: '(the chart)', message: m.notAnObject }] };
  const issues: SpecIssue[] = [];
  const path: PropertyKey[] = [];

  const copy = (value: unknown): unknown => {
    if (Array.isArray(value)) {
      return value.map((item, i) => {
        path.push(i);
        const out = copy(item);
        path.pop();
        return out;
      });
    }
    if (!isObject(value)) return value;
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (key === 'usermeta' || key === '__proto__') continue;
      path.push(key);
      const where = formatPath(path);
      if (key === 'url') issues.push({ path: where, message: m.noFetch });
      else if ((key === 'mark' || key === 'type') && item === 'image') issues.push({ path: where, message: m.noImages });
      else if (key === 'href' && typeof item === 'string' && !isSafeLink(item)) issues.push({ path: where, message: m.unsafeLink });
      else if (key === 'href' && isObject(item) && typeof item['value'] === 'string' && !isSafeLink(item['value'])) {
        issues.push({ path: `${where}.value`, message: m.unsafeLink });
      }
      out[key] = copy(item);
      path.pop();
    }
    return out;
  };

  const chart = copy(input) as AuthorChart;
  if (typeof chart['description'] !== 'string' || !chart['description'].trim()) {
    issues.push({ path: 'description', message: m.needsDescription });
  }
  const datasets = isObject(chart['datasets']) ? chart['datasets'] : {};
  chart['datasets'] = { ...datasets, [ROWS_DATASET]: rows.map((row) => ({ ...row })) };
  return { chart, issues };
}
