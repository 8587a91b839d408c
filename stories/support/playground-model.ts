/**
 * The spec playground's logic, without DOM: read the text a designer typed, list every problem
 * with its JSON path, and choose what each element should show so all three draw something.
 * Unit-tested in test/examples/playground-model.test.ts.
 */
import { detectFormat, readFile, type ReadFile } from '../../src/builder/builder-model.js';
import { describeJsonError } from '../../src/data/fetch.js';
import { parseSpec } from '../../src/spec/parse.js';
import type { DataRow, ParsedSpec } from '../../src/spec/schema.js';
import type { SpecIssue } from '../../src/spec/issues.js';

/** What each element is given, chosen from the spec (all optional: an element reports what it lacks). */
export interface ElementChoices {
  /** The area the wheel and the trend show. */
  area?: string | undefined;
  /** The indicator the trend shows. */
  trendIndicator?: string | undefined;
  /** The indicator and area the gap shows: the first with rows for groups. */
  gapIndicator?: string | undefined;
  gapArea?: string | undefined;
}

export type PlaygroundResult =
  | { kind: 'empty' }
  /** The text is not JSON: nothing to give the elements. */
  | { kind: 'not-json'; message: string }
  /** JSON, checked: `issues` empty when the spec is valid. The elements get `spec` either way, so they show their own errors. */
  | { kind: 'checked'; spec: unknown; issues: SpecIssue[]; choices: ElementChoices };

/** Reads the playground's text. */
export function readPlaygroundText(text: string): PlaygroundResult {
  if (!text.trim()) return { kind: 'empty' };
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { kind: 'not-json', message: `The text is not valid JSON: ${describeJsonError(error, text)}.` };
  }
  const parsed = parseSpec(json);
  return {
    kind: 'checked',
    spec: json,
    issues: parsed.ok ? [] : parsed.issues,
    choices: parsed.ok ? chooseForElements(parsed.spec) : {},
  };
}

const hasValue = (row: DataRow) => row.value !== null;

/**
 * Picks the area (the first area other than the benchmark that has data, as an area profile
 * would), the first indicator with whole-area values there for the trend, and the first indicator
 * with group rows for the gap (in that area if it has any, else wherever they are).
 */
export function chooseForElements(spec: ParsedSpec): ElementChoices {
  const rows = Array.isArray(spec.data) ? (spec.data as DataRow[]) : [];
  const areasWithData = new Set(rows.filter(hasValue).map((r) => r.area));
  const candidates = spec.areas.map((a) => a.code);
  const area =
    candidates.find((code) => code !== spec.benchmark && areasWithData.has(code)) ??
    candidates.find((code) => areasWithData.has(code)) ??
    candidates[0];

  const indicatorOrder = spec.indicators.map((i) => i.id);
  const firstIndicator = (test: (row: DataRow) => boolean) => indicatorOrder.find((id) => rows.some((r) => r.indicator === id && test(r)));

  const trendIndicator = firstIndicator((r) => r.area === area && !r.group && hasValue(r)) ?? indicatorOrder[0];
  const grouped = (r: DataRow) => Boolean(r.group) && hasValue(r);
  const gapIndicatorHere = firstIndicator((r) => r.area === area && grouped(r));
  const gapIndicator = gapIndicatorHere ?? firstIndicator(grouped) ?? indicatorOrder[0];
  const gapArea = gapIndicatorHere ? area : (rows.find((r) => r.indicator === gapIndicator && grouped(r))?.area ?? area);

  return { area, trendIndicator, gapIndicator, gapArea };
}

interface SpecLike {
  indicators?: Array<{ id: string }>;
  areas?: Array<{ code: string }>;
  data?: unknown;
  note?: string;
  [key: string]: unknown;
}

/**
 * The playground's first spec: a real framework spec plus, for the same areas, one indicator that
 * has rows for groups (so the gap has something to draw). Nothing is invented: both parts are
 * copied from examples/data, and the note says which indicator was added from where.
 */
export function composeStarterSpec(base: SpecLike, groupsFrom: SpecLike, indicatorId: string, fromFile: string): SpecLike {
  const codes = new Set((base.areas ?? []).map((a) => a.code));
  const indicator = (groupsFrom.indicators ?? []).find((i) => i.id === indicatorId);
  const groupRows = (Array.isArray(groupsFrom.data) ? (groupsFrom.data as DataRow[]) : []).filter(
    (r) => r.indicator === indicatorId && codes.has(r.area) && r.group,
  );
  if (!indicator || !groupRows.length || (base.indicators ?? []).some((i) => i.id === indicatorId)) return structuredClone(base);
  const copy = structuredClone(base);
  copy.indicators = [...(copy.indicators ?? []), structuredClone(indicator)];
  copy.data = [...(Array.isArray(copy.data) ? copy.data : []), ...structuredClone(groupRows)];
  copy.note = `${copy.note ? `${copy.note} ` : ''}The playground added the indicator "${indicatorId}" (rows by group) from ${fromFile}.`;
  return copy;
}

/**
 * A file a designer chose or dropped, as spec text for the editor: a spec as it is; a data file
 * (Fingertips, ONS, a spreadsheet, rows) read with the library's own readers (the builder's
 * `readFile`) into a spec holding the file's areas, indicators and rows. A file that cannot be read
 * gives its problem in words.
 */
export function specTextFromFile(name: string, text: string): { text: string } | { problem: string } {
  let file: ReadFile;
  try {
    if (detectFormat(name, text) === 'spec') return { text };
    file = readFile(name, text);
  } catch (error) {
    return { problem: error instanceof Error ? error.message : String(error) };
  }
  const spec = {
    version: 1,
    title: name,
    areas: file.areas,
    // A file that gives no title (a spreadsheet) is titled by the indicator's id, as the elements do.
    indicators: file.indicators.map((indicator) => ({ ...indicator, title: indicator.title ?? indicator.id })),
    data: file.rows,
  };
  return { text: JSON.stringify(spec, null, 2) };
}
