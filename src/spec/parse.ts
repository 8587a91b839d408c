import { messagesFor, problemWordsLoaded, type Messages } from '../i18n/index.js';
import { check, dataRefNode, dataRefsNode, dataRowNode, groupNode, SELF_DESCRIBING_FORMATS, specNode, specWithoutDataFromFilesNode, specWithoutDataNode, type Node, type Problem } from './check.js';
import { formatPath, type SpecIssue } from './issues.js';
import { areasAsIs, checkRows, isPlainObject, rememberGrouped, type KnownIds, type RowsNoted } from './rows.js';
import type { DataRef, DataRow, DomainInput, LoadedSpec, ParsedSpec } from './schema.js';
import { toIssues } from './zod-issues.js';

export type ParseResult<T> = { ok: true; spec: T } | { ok: false; issues: SpecIssue[] };

// The spec is checked by hand (src/spec/check.ts: the rules of schema.ts, without loading zod).
// `data` is checked on its own: a union error ("not a list, not a reference") would hide which row is wrong.

/** `data` as a list of file references (every item has a `url`), rather than a list of rows. */
function isReferenceList(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.length > 0 && data.every((item) => item !== null && typeof item === 'object' && 'url' in item && !('value' in item));
}

/** The file references of a spec's `data` (none when it holds rows). */
export function dataReferences(data: ParsedSpec['data']): DataRef[] {
  if (Array.isArray(data)) return isReferenceList(data) ? (data as DataRef[]) : [];
  return [data];
}

type Checked = { success: true; data: unknown } | { success: false; issues: SpecIssue[] };

function fromSchema(result: { success: true; data: unknown } | { success: false; issues: Problem[] }, messages: Messages): Checked {
  return result.success ? result : { success: false, issues: toIssues(result, ['data'], messages) };
}

function fromRows(result: ReturnType<typeof checkRows>): Checked {
  return result.ok ? { success: true, data: result.rows } : { success: false, issues: result.issues };
}

/** The spec's indicator ids and area codes (after its own check), for checking rows' references. */
function knownIds(spec: { indicators?: ReadonlyArray<{ id: string }>; areas?: ReadonlyArray<{ code: string }> }): KnownIds {
  return { indicators: new Set((spec.indicators ?? []).map((i) => i.id)), areas: new Set((spec.areas ?? []).map((a) => a.code)) };
}

/** What the check of the rows saw: the list, and the rows not kept as given (see `checkRows`). */
interface RowsSeen {
  list: unknown[];
  reworked: readonly number[];
}

/**
 * Checks a spec's shape. Returns the typed spec (data may still be a `{ url, format }` reference)
 * or every problem found, each with its JSON path.
 */
export function parseSpec(input: unknown, lang?: string): ParseResult<ParsedSpec> {
  return parseGuarded(input, messagesFor(lang), {});
}

/**
 * `parseSpec` and `unknownFields` at once, as an element loads a spec: the same result and the same
 * warnings, but the warnings look only at the rows the check could not keep as given (any other row
 * has only known fields), so the rows are walked once rather than twice.
 */
export function parseSpecWithWarnings(input: unknown, lang?: string): { parsed: ParseResult<ParsedSpec>; warnings: SpecIssue[] } {
  const seen: Seen = { group: true };
  const parsed = parseGuarded(input, messagesFor(lang), seen);
  return { parsed, warnings: findUnknownFields(input, lang, seen.rows, seen.areas) };
}

/**
 * What a parse notes beside its result: the rows as the check saw them; with `group`, the rows are
 * also grouped by indicator in the check's pass and the grouping kept for the model (`rememberGrouped`).
 */
interface Seen {
  rows?: RowsSeen;
  group?: boolean;
  /** The spec's areas, when every one was kept as given (`areasAsIs`): they hold no unknown field. */
  areas?: unknown[];
}

function parseGuarded(input: unknown, messages: Messages, seen: Seen): ParseResult<ParsedSpec> {
  try {
    return parseSpecUnguarded(input, messages, seen);
  } catch (error) {
    // A function that promises a list of problems never throws: anything unforeseen is one more problem.
    return { ok: false, issues: [{ path: messages.spec.wholeSpec, message: messages.spec.unreadable({ detail: error instanceof Error ? error.message : String(error) }) }] };
  }
}

/** How deep domains may nest: the wheel draws two rings (domains and their children). */
export const MAX_DOMAIN_DEPTH = 2;

/** The path of the first domain list nested deeper than the wheel can draw, found without recursion. */
function tooDeepDomains(input: object): string | undefined {
  const framework = (input as { framework?: { domains?: unknown } }).framework;
  if (!framework || typeof framework !== 'object') return undefined;
  const stack: Array<{ list: unknown; path: string; depth: number }> = [{ list: framework.domains, path: 'framework.domains', depth: 1 }];
  while (stack.length) {
    const { list, path, depth } = stack.pop()!;
    if (!Array.isArray(list)) continue;
    for (let i = 0; i < list.length; i++) {
      const children = (list[i] as { children?: unknown } | null)?.children;
      if (!Array.isArray(children) || !children.length) continue;
      const here = `${path}[${i}].children`;
      if (depth >= MAX_DOMAIN_DEPTH) return here;
      stack.push({ list: children, path: here, depth: depth + 1 });
    }
  }
  return undefined;
}

function parseSpecUnguarded(input: unknown, messages: Messages, seen: Seen): ParseResult<ParsedSpec> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return { ok: false, issues: [{ path: messages.spec.wholeSpec, message: messages.spec.notJson }] };
  }
  const deep = tooDeepDomains(input);
  if (deep) return { ok: false, issues: [{ path: deep, message: messages.spec.tooDeep({ depth: MAX_DOMAIN_DEPTH }) }] };
  const rawData = (input as { data?: unknown }).data;
  // `"data": null` is a problem, as `"areas": null` is: null is never "no data".
  if (rawData === null) return { ok: false, issues: [{ path: 'data', message: messages.spec.expected({ expected: messages.spec.dataKinds, got: 'null' }) }] };
  const refs = isReferenceList(rawData) ? rawData : rawData && typeof rawData === 'object' && !Array.isArray(rawData) ? [rawData] : [];
  const fromFiles = refs.some((ref) => SELF_DESCRIBING_FORMATS.has(String((ref as { format?: unknown }).format)));
  // Areas already as the check would output them are kept as given, not copied one by one (a spec
  // with every council has hundreds); they add no problem, so the rest is checked without them.
  const areas = (input as { areas?: unknown }).areas;
  const keptAreas = areasAsIs(areas) && isPlainObject(input);
  const top = check(fromFiles ? specWithoutDataFromFilesNode : specWithoutDataNode, keptAreas ? { ...input, areas: [] } : input);
  if (keptAreas) {
    if (top.success) (top.data as { areas: unknown[] }).areas = areas.slice();
    seen.areas = areas;
  }
  // Rows are checked in one tight pass (src/spec/rows.ts), their references too when the rest is valid; file references by check.ts.
  let rows: ReturnType<typeof checkRows> | undefined;
  const noted: RowsNoted = { reworked: [], unknownIds: [], grouped: seen.group ? { byIndicator: new Map(), periods: [] } : undefined };
  if (Array.isArray(rawData) && !isReferenceList(rawData)) {
    rows = checkRows(rawData, 'data', messages, top.success ? knownIds(top.data as ParsedSpec) : undefined, noted);
    seen.rows = { list: rawData, reworked: noted.reworked };
  }
  const data: Checked =
    rawData === undefined
      ? { success: true, data: [] }
      : rows
        ? fromRows(rows)
        : isReferenceList(rawData)
          ? fromSchema(check(dataRefsNode, rawData), messages)
          : fromSchema(check(dataRefNode, rawData), messages);

  const issues = [...(top.success ? [] : toIssues(top, [], messages)), ...(data.success ? [] : data.issues)];
  if (!top.success || !data.success || issues.length) return { ok: false, issues };
  const spec = { ...(top.data as object), data: data.data } as ParsedSpec;
  // Areas and indicators from data files are not known yet: references are checked once they are merged in.
  if (fromFiles) return { ok: true, spec };
  const references = checkReferences(spec, messages, rows ? noted.unknownIds : undefined);
  if (references.length) return { ok: false, issues: references };
  // Rows kept as given hold no text in several languages: the model's rows are these objects, grouped already.
  if (rows?.ok && noted.grouped && !noted.reworked.length) rememberGrouped(rows.rows, noted.grouped);
  return { ok: true, spec };
}

/** Checks rows fetched separately (from `data.url`) and their references. */
export function parseRows(spec: ParsedSpec, rows: unknown, lang?: string, pathPrefix = 'data'): ParseResult<LoadedSpec> {
  const messages = messagesFor(lang);
  const noted: RowsNoted = { reworked: [], unknownIds: [] };
  const parsed = checkRows(rows, pathPrefix, messages, knownIds(spec), noted);
  if (!parsed.ok) return { ok: false, issues: parsed.issues };
  const full: LoadedSpec = { ...spec, data: parsed.rows };
  const references = checkReferences(full, messages, noted.unknownIds);
  return references.length ? { ok: false, issues: references } : { ok: true, spec: full };
}

/**
 * Problems a schema cannot see: ids that repeat and names that point at nothing. `rowsNamingUnknownIds`:
 * the rows whose indicator or area is not the spec's, when the check of the rows has found them
 * already (`checkRows` with the spec's ids); only those rows are looked at then.
 */
export function checkReferences(spec: ParsedSpec, messages: Messages = messagesFor('en'), rowsNamingUnknownIds?: readonly number[]): SpecIssue[] {
  const issues: SpecIssue[] = [];
  // The kind's words are read only for a repeat: a spec without problems needs none (src/i18n/index.ts, withProblemWords).
  const firstSeen = (kind: keyof Messages['spec']['idKinds'], entries: Array<[string, string]>) => {
    const seen = new Map<string, string>();
    for (const [key, path] of entries) {
      const first = seen.get(key);
      if (first) issues.push({ path, message: messages.spec.duplicateId({ kind: messages.spec.idKinds[kind], id: key, first }) });
      else seen.set(key, path);
    }
    return seen;
  };

  const areas = firstSeen('area', spec.areas.map((a, i) => [a.code, `areas[${i}].code`]));
  const indicators = firstSeen('indicator', spec.indicators.map((d, i) => [d.id, `indicators[${i}].id`]));

  if (spec.benchmark !== undefined && !areas.has(spec.benchmark)) {
    issues.push({ path: 'benchmark', message: messages.spec.benchmarkNotArea({ code: spec.benchmark }) });
  }

  if (spec.framework) {
    const domainEntries: Array<[string, string]> = [];
    const walk = (domains: DomainInput[], path: string) =>
      domains.forEach((domain, i) => {
        const here = `${path}[${i}]`;
        domainEntries.push([domain.id, `${here}.id`]);
        domain.indicators?.forEach((indicator, j) => {
          if (!indicators.has(indicator)) issues.push({ path: `${here}.indicators[${j}]`, message: messages.spec.unknownIndicator({ id: indicator }) });
        });
        if (domain.children) walk(domain.children, `${here}.children`);
      });
    walk(spec.framework.domains, 'framework.domains');
    firstSeen('domain', domainEntries);
    firstSeen('factor', (spec.framework.factors ?? []).map((f, i) => [f.id, `framework.factors[${i}].id`]));
  }

  if (Array.isArray(spec.data) && !isReferenceList(spec.data)) {
    const rows = spec.data as DataRow[];
    const checkRow = (i: number) => {
      const row = rows[i]!;
      if (!indicators.has(row.indicator)) issues.push({ path: `data[${i}].indicator`, message: messages.spec.unknownIndicator({ id: row.indicator }) });
      if (!areas.has(row.area)) issues.push({ path: `data[${i}].area`, message: messages.spec.unknownArea({ code: row.area }) });
    };
    if (rowsNamingUnknownIds) for (const i of rowsNamingUnknownIds) checkRow(i);
    else for (let i = 0; i < rows.length; i++) checkRow(i);
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Fields the library does not know: a typo such as "polarty" would otherwise be dropped in silence.

type SchemaNode = Node;

/** The object schemas a value may be checked against, with wrappers (optional, default, lazy…) removed. */
function unwrap(schema: SchemaNode, value: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (let guard = 0; node && guard < 20; guard++) {
    switch (node.kind) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'lazy':
      case 'pipe':
        node = node.inner!();
        break;
      case 'union': {
        // The option of the value's kind; among objects, the one sharing most keys with it.
        const options = node.options!.map((o) => unwrap(o, value)).filter((o): o is SchemaNode => Boolean(o));
        const kind = Array.isArray(value) ? 'array' : value && typeof value === 'object' ? 'object' : 'other';
        const same = options.filter((o) => o.kind === kind);
        if (kind === 'array') {
          const first = (value as unknown[])[0];
          const fits = same.map((o) => ({ o, score: shared(unwrap(o.element!, first), first) }));
          return fits.sort((a, b) => b.score - a.score)[0]?.o;
        }
        if (kind === 'object') return same.map((o) => ({ o, score: shared(o, value) })).sort((a, b) => b.score - a.score)[0]?.o;
        return undefined;
      }
      default:
        return node;
    }
  }
  return node;
}

function shared(schema: SchemaNode | undefined, value: unknown): number {
  if (!schema || schema.kind !== 'object' || !value || typeof value !== 'object') return 0;
  const shape = schema.shape!;
  return Object.keys(value).filter((key) => key in shape).length;
}

/** Edit distance, for "did you mean". Short strings only (field names). */
function distance(a: string, b: string): number {
  const previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let diagonal = previous[0]!;
    previous[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const above = previous[j]!;
      previous[j] = Math.min(previous[j]! + 1, previous[j - 1]! + 1, diagonal + (a[i - 1]!.toLowerCase() === b[j - 1]!.toLowerCase() ? 0 : 1));
      diagonal = above;
    }
  }
  return previous[b.length]!;
}

/** The known field nearest to an unknown one, when it is near enough to be a typo. */
export function suggestField(name: string, known: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of known) {
    const d = distance(name.slice(0, 40), candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  // Two edits allowed for names of four letters or more (a swapped pair, "titel", is two).
  return best !== undefined && bestDistance <= (best.length >= 4 ? Math.max(2, Math.floor(best.length / 3)) : 1) ? best : undefined;
}

const MAX_UNKNOWN_FIELD_WARNINGS = 50;

/**
 * Every field of a spec that the library does not know, with the JSON path and a suggestion
 * ("did you mean "polarity"?"). Warnings, not errors: the element still draws (and says so in the
 * console); the command line's `validate` lists them. Walks with its own stack: never deep recursion.
 */
export function unknownFields(input: unknown, lang?: string): SpecIssue[] {
  return findUnknownFields(input, lang, undefined);
}

/** `unknownFields`; in `rowsSeen.list`, only the rows `rowsSeen.reworked` lists can hold unknown fields. */
function findUnknownFields(input: unknown, lang: string | undefined, rowsSeen: RowsSeen | undefined, areasKept?: unknown[]): SpecIssue[] {
  const messages = messagesFor(lang);
  const issues: SpecIssue[] = [];
  const unknown = (at: Frame, key: string, known: Record<string, unknown>, value: object) => {
    const suggestion = suggestField(key, Object.keys(known).filter((name) => !(name in value)));
    issues.push({ path: formatPath([...pathOf(at), key]), message: messages.spec.unknownField({ suggestion }) });
  };
  try {
    // Each frame links to its parent: a path is only written out for a problem found.
    const stack: Frame[] = [{ schema: specNode, value: input, parent: undefined, key: '', depth: 0 }];
    while (stack.length && issues.length < MAX_UNKNOWN_FIELD_WARNINGS) {
      const frame = stack.pop()!;
      const { schema, value, depth } = frame;
      if (depth > 40) continue;
      const node = unwrap(schema, value);
      if (!node || value === null || typeof value !== 'object') continue;
      if (node.kind === 'array' && Array.isArray(value)) {
        if (node.element === dataRowNode) {
          const only = rowsSeen?.list === value ? rowsSeen.reworked : undefined;
          unknownRowFields(value, only, frame, unknown, () => issues.length < MAX_UNKNOWN_FIELD_WARNINGS);
        }
        else for (let i = value.length - 1; i >= 0; i--) if (isWalkable(value[i])) stack.push({ schema: node.element!, value: value[i], parent: frame, key: i, depth: depth + 1 });
      } else if (node.kind === 'object' && !Array.isArray(value)) {
        const shape = node.shape!;
        const keys = Object.keys(value);
        for (let k = keys.length - 1; k >= 0; k--) {
          const key = keys[k]!;
          const item = (value as Record<string, unknown>)[key];
          if (!(key in shape)) unknown(frame, key, shape, value);
          else if (depth === 0 && key === 'areas' && item === areasKept) continue;
          else if (isWalkable(item)) stack.push({ schema: shape[key]!, value: item, parent: frame, key, depth: depth + 1 });
        }
      }
    }
  } catch (error) {
    // Warnings are a help, never a reason to fail; but one found before the words that say it were
    // loaded fails, so that it is found again with them (src/i18n/index.ts, withProblemWords).
    if (!problemWordsLoaded(messages)) throw error;
  }
  return issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

interface Frame {
  schema: SchemaNode;
  value: unknown;
  parent: Frame | undefined;
  key: PropertyKey;
  depth: number;
}

/** Only objects and lists can hold unknown fields. */
const isWalkable = (value: unknown) => value !== null && typeof value === 'object';

function pathOf(frame: Frame | undefined): PropertyKey[] {
  const path: PropertyKey[] = [];
  for (let at = frame; at?.parent; at = at.parent) path.push(at.key);
  return path.reverse();
}

const ROW_FIELDS: Record<string, unknown> = dataRowNode.shape!;
const GROUP_FIELDS: Record<string, unknown> = groupNode.shape!;

/** No field outside `known` (a quick look without listing the keys; the list is made only when one is). */
function allKnown(value: object, known: Record<string, unknown>): boolean {
  for (const key in value) if (!(key in known)) return false;
  return true;
}

/**
 * Data rows, the bulk of a spec, walked in one loop with no frame per value; the same warnings, in
 * the same order, as the general walk (a row's own fields, last first, then its group's). `only`:
 * the rows that may hold unknown fields, in order, when the check of the rows has found them.
 */
function unknownRowFields(
  rows: unknown[],
  only: readonly number[] | undefined,
  list: Frame,
  unknown: (at: Frame, key: string, known: Record<string, unknown>, value: object) => void,
  more: () => boolean,
): void {
  const count = only ? only.length : rows.length;
  for (let n = 0; n < count && more(); n++) {
    const i = only ? only[n]! : n;
    const row = rows[i];
    if (!row || typeof row !== 'object' || Array.isArray(row)) continue;
    let at: Frame | undefined;
    const frame = () => (at ??= { schema: dataRowNode, value: row, parent: list, key: i, depth: list.depth + 1 });
    if (!allKnown(row, ROW_FIELDS)) {
      const keys = Object.keys(row);
      for (let k = keys.length - 1; k >= 0; k--) if (!(keys[k]! in ROW_FIELDS)) unknown(frame(), keys[k]!, ROW_FIELDS, row);
    }
    const group = (row as { group?: unknown }).group;
    if (!group || typeof group !== 'object' || Array.isArray(group) || !more()) continue;
    if (allKnown(group, GROUP_FIELDS)) continue;
    const groupKeys = Object.keys(group);
    for (let k = groupKeys.length - 1; k >= 0; k--) {
      if (!(groupKeys[k]! in GROUP_FIELDS)) unknown({ schema: groupNode, value: group, parent: frame(), key: 'group', depth: list.depth + 2 }, groupKeys[k]!, GROUP_FIELDS, group);
    }
  }
}
