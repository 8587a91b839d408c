/**
 * Data rows checked in one tight pass, by hand: a spec may hold tens of thousands of rows, and a
 * general schema validator spends several times `JSON.parse` on them. The rules, the messages and
 * the JSON paths are exactly those of `dataRowSchema` (src/spec/schema.ts, still the one source of
 * the JSON Schema); test/spec/rows.test.ts checks the two agree on every kind of bad row. A valid
 * row already as the schema would output it is kept as it is (no copy of 20,000 rows). Paths and
 * messages are only written when a problem is found. Text in several languages (`{ "en": …, "cy": … }`,
 * rare in rows) is handed to the general checker (check.ts), so its messages stay the schema's.
 */
import type { Messages } from '../i18n/index.js';
import { describeValue, formatPath, typeName, type SpecIssue } from './issues.js';
import { check, dataRowNode, groupNode, textNode, type Node } from './check.js';
import type { LoadedSpec } from './schema.js';
import { toIssues } from './zod-issues.js';

type Row = LoadedSpec['data'][number];
type Issues = SpecIssue[];

/** The indicator ids and area codes of a spec, to check rows' references in the same pass. */
export interface KnownIds {
  indicators: ReadonlySet<string>;
  areas: ReadonlySet<string>;
}

export type RowsResult = { ok: true; rows: Row[] } | { ok: false; issues: SpecIssue[] };

/** What a check of the rows noted beside its result (see `checkRows`). */
export interface RowsNoted {
  /**
   * The rows not kept as given (copied, or with problems), in order: only these can hold a field
   * the schema does not know, so the unknown-field warnings need look at no other row.
   */
  reworked: number[];
  /** The valid rows naming an indicator or area that is not among the `known` ids, in order. */
  unknownIds: number[];
  /** When given, filled in the same pass: the rows grouped by indicator, and every period (see `RowsGrouped`). */
  grouped?: RowsGrouped;
}

/**
 * A checked row list grouped by indicator in the check's own pass, for the model (src/model), which
 * would otherwise walk the 20,000 rows again to group them: the rows of each indicator in order, and
 * the periods in the order they first appear.
 */
export interface RowsGrouped {
  byIndicator: Map<string, Row[]>;
  periods: Set<string>;
}

/** The groups of a row list checked by an element's load (`rememberGrouped`), kept beside the list itself. */
const groupedLists = new WeakMap<readonly unknown[], RowsGrouped & { length: number }>();

/**
 * Keeps `grouped` as the grouping of `rows`: the model uses it instead of grouping them again, as
 * long as the list still has the length it was checked with. Only for rows kept as given with no text
 * in several languages (`checkRows` noted none reworked), so the model's rows are these very objects.
 */
export function rememberGrouped(rows: readonly unknown[], grouped: RowsGrouped): void {
  groupedLists.set(rows, { ...grouped, length: rows.length });
}

/** The grouping remembered for `rows`, if it still fits them. */
export function groupedRows(rows: readonly unknown[]): RowsGrouped | undefined {
  const grouped = groupedLists.get(rows);
  return grouped && grouped.length === rows.length ? grouped : undefined;
}

/**
 * Checks a list of data rows; `prefix` is the path of the list (`data`). With `noted`, also notes
 * there the rows not kept as given and, with `known`, the rows whose indicator or area is not the
 * spec's, in the same pass (a pass over 20,000 rows costs about as much as the work done in it).
 */
export function checkRows(input: unknown, prefix: string, messages: Messages, known?: KnownIds, noted?: RowsNoted): RowsResult {
  const issues: Issues = [];
  if (!Array.isArray(input)) {
    wrongType(issues, [prefix], 'array', input, messages);
    return { ok: false, issues };
  }
  const rows: Row[] = new Array(input.length);
  const grouped = noted?.grouped;
  // An indicator's id is looked up among the known ones once, when its group is made, not once a row.
  const unknownIndicators = new Set<string>();
  // Rows come in runs of one indicator and one area: the last group and the last known area are kept.
  let lastIndicator: string | undefined;
  let lastGroup: Row[] = [];
  let lastKnownArea: string | undefined;
  const rowFields = new FieldCheck(ROW_FIELDS);
  const groupFields = new FieldCheck(GROUP_FIELDS);
  for (let i = 0; i < input.length; i++) {
    const given = input[i];
    let row: Row | undefined;
    // Most rows are valid and already as the schema would output them: kept, not copied.
    if (asIs(given, rowFields, groupFields)) row = given as Row;
    else {
      noted?.reworked.push(i);
      const before = issues.length;
      const checked = checkRow(given, prefix, i, issues, messages);
      if (issues.length !== before) continue;
      row = checked as Row;
    }
    rows[i] = row;
    if (grouped) {
      const indicator = row.indicator;
      if (indicator !== lastIndicator) {
        let group = grouped.byIndicator.get(indicator);
        if (group === undefined) {
          grouped.byIndicator.set(indicator, (group = []));
          if (known && !known.indicators.has(indicator)) unknownIndicators.add(indicator);
        }
        lastIndicator = indicator;
        lastGroup = group;
      }
      lastGroup.push(row);
      grouped.periods.add(row.period);
      if (known) {
        const area = row.area;
        const areaKnown = area === lastKnownArea || known.areas.has(area);
        if (areaKnown) lastKnownArea = area;
        if (!areaKnown || (unknownIndicators.size > 0 && unknownIndicators.has(indicator))) noted!.unknownIds.push(i);
      }
    } else if (known && noted && (!known.indicators.has(row.indicator) || !known.areas.has(row.area))) noted.unknownIds.push(i);
  }
  return issues.length ? { ok: false, issues } : { ok: true, rows };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isFinite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

const ROW_FIELDS: ReadonlySet<string> = new Set(Object.keys(dataRowNode.shape!));
const GROUP_FIELDS: ReadonlySet<string> = new Set(Object.keys(groupNode.shape!));

/**
 * Whether a value is a plain object whose every field is one of `known` (a JSON object; not a class
 * instance). The rows of a file share their field names in the same order: the last object's names,
 * all known, are kept, and names equal to them in turn need no lookup.
 */
class FieldCheck {
  private last: string[] = [];
  constructor(private readonly known: ReadonlySet<string>) {}

  only(value: unknown): value is Record<string, unknown> {
    if (value === null || typeof value !== 'object') return false;
    const proto = Object.getPrototypeOf(value);
    if (proto !== Object.prototype && proto !== null) return false;
    const last = this.last;
    let n = 0;
    let same = true;
    for (const key in value) {
      if (same && key === last[n]) {
        n++;
        continue;
      }
      if (!this.known.has(key)) return false;
      same = false;
      n++;
    }
    if (!same || n !== last.length) this.last = Object.keys(value);
    return true;
  }
}

/** Text with nothing to trim at either end, not empty (ASCII ends checked directly: no copy). */
function isTrimmedText(value: unknown): value is string {
  if (typeof value !== 'string' || !value) return false;
  const first = value.charCodeAt(0);
  const last = value.charCodeAt(value.length - 1);
  if (first > 32 && first < 127 && last > 32 && last < 127) return true;
  return value.trim() === value;
}

const isNumberOrNull = (value: unknown) => value === null || isFinite(value);
const isAbsentOrNumber = (value: unknown) => value === undefined || value === null || isFinite(value);
const isAbsentOrCount = (value: unknown) => value === undefined || value === null || (isFinite(value) && value >= 0);

/**
 * True when a row is valid and the schema's output would equal it (known fields only, text trimmed,
 * the period already text, no text in several languages): the common case, checked without copying.
 */
function asIs(row: unknown, rowFields: FieldCheck, groupFields: FieldCheck): boolean {
  if (!rowFields.only(row)) return false;
  if (!isTrimmedText(row.indicator) || !isTrimmedText(row.area) || !isTrimmedText(row.period) || !isNumberOrNull(row.value)) return false;
  if (!isAbsentOrNumber(row.lower) || !isAbsentOrNumber(row.upper) || !isAbsentOrNumber(row.lower99_8) || !isAbsentOrNumber(row.upper99_8)) return false;
  if (!isAbsentOrCount(row.count) || !isAbsentOrCount(row.denominator)) return false;
  const note = row.note;
  if (note !== undefined && typeof note !== 'string') return false;
  const group = row.group;
  if (group === undefined) return true;
  return groupFields.only(group) && isTrimmedText(group.type) && isTrimmedText(group.label) && isAbsentOrNumber(group.order);
}

/** "is missing (expected …)" when absent, else "expected …, got …". */
function wrongType(issues: Issues, path: PropertyKey[], expected: string, got: unknown, messages: Messages): void {
  const name = typeName(expected, messages);
  issues.push({ path: formatPath(path, messages), message: got === undefined ? messages.spec.missing({ expected: name }) : messages.spec.expected({ expected: name, got: describeValue(got, messages) }) });
}

function tooShort(issues: Issues, path: PropertyKey[], messages: Messages): void {
  issues.push({ path: formatPath(path, messages), message: messages.spec.tooShort({ minimum: 1 }) });
}

/** The row as the schema outputs it (known fields only, in the schema's order), or undefined with its problems added. */
function checkRow(row: unknown, prefix: string, i: number, issues: Issues, messages: Messages): Row | undefined {
  if (!isObject(row)) {
    wrongType(issues, [prefix, i], 'object', row, messages);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  out.indicator = requiredText(row.indicator, prefix, i, 'indicator', issues, messages);
  out.area = requiredText(row.area, prefix, i, 'area', issues, messages);

  const period = row.period;
  if (typeof period === 'string') {
    const trimmed = period.trim();
    if (trimmed) out.period = trimmed;
    else tooShort(issues, [prefix, i, 'period'], messages);
  } else if (isFinite(period)) out.period = String(period);
  else {
    const expected = messages.spec.either({ items: [typeName('string', messages), typeName('number', messages)] });
    const path = formatPath([prefix, i, 'period'], messages);
    issues.push({ path, message: period === undefined ? messages.spec.missing({ expected }) : messages.spec.expected({ expected, got: describeValue(period, messages) }) });
  }

  const value = row.value;
  if (value === null || isFinite(value)) out.value = value;
  else wrongType(issues, [prefix, i, 'value'], 'number', value, messages);

  for (const field of LIMITS) {
    const limit = row[field];
    if (limit === undefined) {
      if (field in row) out[field] = undefined;
    } else if (limit === null || isFinite(limit)) out[field] = limit;
    else wrongType(issues, [prefix, i, field], 'number', limit, messages);
  }
  for (const field of COUNTS) {
    const count = row[field];
    if (count === undefined) {
      if (field in row) out[field] = undefined;
    } else if (count === null || (isFinite(count) && count >= 0)) out[field] = count;
    else if (isFinite(count)) issues.push({ path: formatPath([prefix, i, field], messages), message: messages.spec.tooSmall({ minimum: 0 }) });
    else wrongType(issues, [prefix, i, field], 'number', count, messages);
  }

  const group = row.group;
  if (group === undefined) {
    if ('group' in row) out.group = undefined;
  } else out.group = checkGroup(group, prefix, i, issues, messages);

  const note = row.note;
  if (note === undefined) {
    if ('note' in row) out.note = undefined;
  } else if (typeof note === 'string') out.note = note;
  else if (isObject(note)) out.note = bySchema(dataRowNode.shape!.note!, note, [prefix, i, 'note'], issues, messages);
  else wrongType(issues, [prefix, i, 'note'], 'string', note, messages);
  return out as Row;
}

const LIMITS = ['lower', 'upper', 'lower99_8', 'upper99_8'] as const;
const COUNTS = ['count', 'denominator'] as const;

/** An id or a period: text, trimmed, not empty. */
function requiredText(value: unknown, prefix: string, i: number, field: string, issues: Issues, messages: Messages): string | undefined {
  if (typeof value !== 'string') wrongType(issues, [prefix, i, field], 'string', value, messages);
  else {
    const trimmed = value.trim();
    if (trimmed) return trimmed;
    tooShort(issues, [prefix, i, field], messages);
  }
  return undefined;
}

function checkGroup(group: unknown, prefix: string, i: number, issues: Issues, messages: Messages): unknown {
  if (!isObject(group)) {
    wrongType(issues, [prefix, i, 'group'], 'object', group, messages);
    return undefined;
  }
  const out: Record<string, unknown> = {};
  const type = group.type;
  if (typeof type !== 'string') wrongType(issues, [prefix, i, 'group', 'type'], 'string', type, messages);
  else if (type.trim()) out.type = type.trim();
  else tooShort(issues, [prefix, i, 'group', 'type'], messages);

  const label = group.label;
  if (typeof label === 'string') {
    if (label.trim()) out.label = label.trim();
    else tooShort(issues, [prefix, i, 'group', 'label'], messages);
  } else if (isObject(label)) out.label = bySchema(textNode, label, [prefix, i, 'group', 'label'], issues, messages);
  else wrongType(issues, [prefix, i, 'group', 'label'], 'string', label, messages);

  const order = group.order;
  if (order === undefined) {
    if ('order' in group) out.order = undefined;
  } else if (isFinite(order)) out.order = order;
  else wrongType(issues, [prefix, i, 'group', 'order'], 'number', order, messages);
  return out;
}

/** Text in several languages: checked (and made a LocalText) by the schema, whose messages say what is wrong inside. */
function bySchema(schema: Node, value: unknown, path: PropertyKey[], issues: Issues, messages: Messages): unknown {
  const result = check(schema, value);
  if (result.success) return result.data;
  issues.push(...toIssues(result, path, messages));
  return undefined;
}
