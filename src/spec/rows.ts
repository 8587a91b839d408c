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
import { check, dataRowNode, textNode, type Node } from './check.js';
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
 * every period once, in the order first seen.
 */
export interface RowsGrouped {
  byIndicator: Map<string, Row[]>;
  periods: string[];
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
  const periods = grouped ? new PeriodsSeen(grouped.periods) : undefined;
  const ids = noted && known;
  // Rows come in runs of one indicator and one area: the last indicator (its group, whether it is
  // known) and the last known area are kept, so a row is grouped and its ids checked without lookups.
  let lastIndicator: string | undefined;
  let lastIndicatorUnknown = false;
  let lastGroup: Row[] = [];
  let lastKnownArea: string | undefined;
  for (let i = 0; i < input.length; i++) {
    const given = input[i];
    let row: Row | undefined;
    // Most rows are valid and already as the schema would output them: kept, not copied.
    if (asIs(given)) row = given as Row;
    else {
      noted?.reworked.push(i);
      const before = issues.length;
      const checked = checkRow(given, prefix, i, issues, messages);
      if (issues.length !== before) continue;
      row = checked as Row;
    }
    rows[i] = row;
    const indicator = row.indicator;
    if (indicator !== lastIndicator) {
      lastIndicator = indicator;
      lastIndicatorUnknown = ids !== undefined && !ids.indicators.has(indicator);
      if (grouped) {
        let group = grouped.byIndicator.get(indicator);
        if (group === undefined) grouped.byIndicator.set(indicator, (group = []));
        lastGroup = group;
      }
    }
    if (grouped) {
      lastGroup.push(row);
      periods!.note(row.period);
    }
    if (ids) {
      const area = row.area;
      const areaKnown = area === lastKnownArea || ids.areas.has(area);
      if (areaKnown) lastKnownArea = area;
      if (!areaKnown || lastIndicatorUnknown) noted!.unknownIds.push(i);
    }
  }
  return issues.length ? { ok: false, issues } : { ok: true, rows };
}

const isObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isFinite = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * Every period of the rows once, in the order first seen (into `into`). The rows of each area repeat
 * the same periods in the same order, so a period that is the one after the last seen (or the first)
 * is known by comparing two strings, without hashing it.
 */
class PeriodsSeen {
  private readonly at = new Map<string, number>();
  private last = -1;
  constructor(private readonly into: string[]) {}

  note(period: string): void {
    const order = this.into;
    const next = this.last + 1;
    if (next < order.length && period === order[next]) this.last = next;
    else if (period === order[0]) this.last = 0;
    else {
      let at = this.at.get(period);
      if (at === undefined) {
        at = order.length;
        this.at.set(period, at);
        order.push(period);
      }
      this.last = at;
    }
  }
}

/** A JSON object (or one made with `{}` or `Object.create(null)`), not an array or a class instance. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object') return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** How many enumerable fields an object has (its own, as `isPlainObject` allows no other). */
function fieldCount(value: object): number {
  let n = 0;
  for (const _ in value) n++;
  return n;
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
const isCountOrNull = (value: unknown) => value === null || (isFinite(value) && value >= 0);
const isString = (value: unknown) => typeof value === 'string';
/** An optional field, counted: 0 when absent, 1 when valid, NaN when not (so a count with it is no count). */
const optionalField = (value: unknown, valid: (value: unknown) => boolean): number => (value === undefined ? 0 : valid(value) ? 1 : Number.NaN);

/**
 * True when a row is valid and the schema's output would equal it (known fields only, text trimmed,
 * the period already text, no text in several languages): the common case, checked without copying.
 * Its fields are counted, not looked up one by one: a row with more fields than the known ones it
 * sets (a field the schema does not know, or a known one set to `undefined`) takes `checkRow`'s way.
 * The fields are `dataRowNode`'s (src/spec/check.ts): test/spec/rows.test.ts fails when that list changes.
 */
function asIs(given: unknown): boolean {
  if (!isPlainObject(given)) return false;
  const row = given;
  if (!isTrimmedText(row.indicator) || !isTrimmedText(row.area) || !isTrimmedText(row.period) || !isNumberOrNull(row.value)) return false;
  const fields =
    4 +
    optionalField(row.lower, isNumberOrNull) +
    optionalField(row.upper, isNumberOrNull) +
    optionalField(row.lower99_8, isNumberOrNull) +
    optionalField(row.upper99_8, isNumberOrNull) +
    optionalField(row.count, isCountOrNull) +
    optionalField(row.denominator, isCountOrNull) +
    optionalField(row.note, isString) +
    optionalField(row.group, groupAsIs);
  return fieldCount(row) === fields;
}

/** A row's group as the schema would output it: `type` and `label` trimmed text, `order` absent or a number. */
function groupAsIs(given: unknown): boolean {
  if (!isPlainObject(given) || !isTrimmedText(given.type) || !isTrimmedText(given.label)) return false;
  return fieldCount(given) === 2 + optionalField(given.order, isFinite);
}

/**
 * True when every area of a list is already as the general check (check.ts's `area`) would output it:
 * a plain object whose `code`, `name` and `parent` are trimmed text, `type` text, and no other field.
 * Such a list is kept as given rather than copied field by field (a spec with every council has
 * hundreds of areas), and holds no unknown field. Anything else goes through the general check.
 */
export function areasAsIs(areas: unknown): areas is unknown[] {
  if (!Array.isArray(areas)) return false;
  for (let i = 0; i < areas.length; i++) {
    const area = areas[i];
    if (!isPlainObject(area) || !isTrimmedText(area.code) || !isTrimmedText(area.name)) return false;
    if (fieldCount(area) !== 2 + optionalField(area.type, isString) + optionalField(area.parent, isTrimmedText)) return false;
  }
  return true;
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
