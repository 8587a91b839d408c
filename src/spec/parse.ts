import { messagesFor, type Messages } from '../i18n/index.js';
import { describeValue, formatPath, typeName, type SpecIssue } from './issues.js';
import { dataRefSchema, dataRowSchema, SELF_DESCRIBING_FORMATS, specFields, specFieldsFromFiles, specSchema, type DataRef, type DataRow, type DomainInput, type LoadedSpec, type ParsedSpec } from './schema.js';
import { z } from './zod.js';

export type ParseResult<T> = { ok: true; spec: T } | { ok: false; issues: SpecIssue[] };

// `data` is checked on its own: a union error ("not a list, not a reference") would hide which row is wrong.
const specWithoutData = z.object({ ...specFields, data: z.optional(z.unknown()) });
const specWithoutDataFromFiles = z.object({ ...specFieldsFromFiles, data: z.optional(z.unknown()) });
const dataRows = z.array(dataRowSchema);
const dataRefs = z.array(dataRefSchema).check(z.minLength(1));

/** `data` as a list of file references (every item has a `url`), rather than a list of rows. */
function isReferenceList(data: unknown): data is unknown[] {
  return Array.isArray(data) && data.length > 0 && data.every((item) => item !== null && typeof item === 'object' && 'url' in item && !('value' in item));
}

/** The file references of a spec's `data` (none when it holds rows). */
export function dataReferences(data: ParsedSpec['data']): DataRef[] {
  if (Array.isArray(data)) return isReferenceList(data) ? (data as DataRef[]) : [];
  return [data];
}

type ZodIssue = z.core.$ZodIssue;
type ZodError = z.core.$ZodError;

function issueMessage(issue: ZodIssue, messages: Messages): string {
  const m = messages.spec;
  switch (issue.code) {
    case 'invalid_type': {
      const expected = typeName(issue.expected, messages);
      return issue.input === undefined ? m.missing({ expected }) : m.expected({ expected, got: describeValue(issue.input, messages) });
    }
    case 'invalid_value':
      if (issue.values.length === 1) return m.expected({ expected: JSON.stringify(issue.values[0]), got: describeValue(issue.input, messages) });
      return m.notOneOf({ options: issue.values.map((v) => JSON.stringify(v)).join(', '), got: describeValue(issue.input, messages) });
    case 'invalid_union': {
      // Name every kind of value that would have been accepted.
      const expected = new Set<string>();
      for (const branch of issue.errors) {
        // Text in several languages is an object, but the reader is told "text" (the docs explain the object).
        for (const inner of branch) if (inner.code === 'invalid_type' && inner.path.length === 0 && inner.expected !== 'record') expected.add(typeName(inner.expected, messages));
      }
      const names = expected.size ? m.either({ items: [...expected] }) : m.somethingElse;
      return issue.input === undefined ? m.missing({ expected: names }) : m.expected({ expected: names, got: describeValue(issue.input, messages) });
    }
    case 'too_small':
      if (issue.origin === 'string' || issue.origin === 'array') return m.tooShort({ minimum: Number(issue.minimum) });
      return m.tooSmall({ minimum: Number(issue.minimum) });
    case 'too_big':
      return m.tooBig({ maximum: Number(issue.maximum) });
    case 'not_multiple_of':
      return m.notWhole;
    default:
      return m.checks[issue.message] ?? issue.message;
  }
}

function toIssues(error: ZodError, prefix: PropertyKey[], messages: Messages): SpecIssue[] {
  return expandIssues(error.issues, prefix).map(({ issue, path }) => ({
    path: formatPath(path, messages),
    message: issue.code === 'invalid_type' && issue.expected === 'int' ? messages.spec.notWhole : issueMessage(issue, messages),
  }));
}

/**
 * Text may be a string or an object of languages: when an object was given and is wrong inside
 * (a bad language tag, a number for a language), say what is wrong inside rather than "expected text".
 */
function expandIssues(issues: readonly ZodIssue[], prefix: PropertyKey[]): Array<{ issue: ZodIssue; path: PropertyKey[] }> {
  return issues.flatMap((issue) => {
    const path = [...prefix, ...issue.path];
    if (issue.code === 'invalid_union' && issue.input && typeof issue.input === 'object' && !Array.isArray(issue.input)) {
      const objectBranch = issue.errors.find((branch) => !branch.every((inner) => inner.code === 'invalid_type' && inner.path.length === 0));
      if (objectBranch) return expandIssues(objectBranch, path);
    }
    if (issue.code === 'invalid_key' && issue.issues[0]) return [{ issue: issue.issues[0] as ZodIssue, path }];
    return [{ issue, path }];
  });
}

/**
 * Checks a spec's shape. Returns the typed spec (data may still be a `{ url, format }` reference)
 * or every problem found, each with its JSON path.
 */
export function parseSpec(input: unknown, lang?: string): ParseResult<ParsedSpec> {
  const messages = messagesFor(lang);
  try {
    return parseSpecUnguarded(input, messages);
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

function parseSpecUnguarded(input: unknown, messages: Messages): ParseResult<ParsedSpec> {
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
  const top = (fromFiles ? specWithoutDataFromFiles : specWithoutData).safeParse(input, { reportInput: true });
  const data =
    rawData === undefined
      ? dataRows.safeParse([])
      : isReferenceList(rawData)
        ? dataRefs.safeParse(rawData, { reportInput: true })
        : Array.isArray(rawData)
          ? dataRows.safeParse(rawData, { reportInput: true })
          : dataRefSchema.safeParse(rawData, { reportInput: true });

  const issues = [
    ...(top.success ? [] : toIssues(top.error, [], messages)),
    ...(data.success ? [] : toIssues(data.error, ['data'], messages)),
  ];
  if (!top.success || !data.success || issues.length) return { ok: false, issues };
  const spec = { ...top.data, data: data.data } as ParsedSpec;
  // Areas and indicators from data files are not known yet: references are checked once they are merged in.
  if (fromFiles) return { ok: true, spec };
  const references = checkReferences(spec, messages);
  return references.length ? { ok: false, issues: references } : { ok: true, spec };
}

/** Checks rows fetched separately (from `data.url`) and their references. */
export function parseRows(spec: ParsedSpec, rows: unknown, lang?: string, pathPrefix = 'data'): ParseResult<LoadedSpec> {
  const messages = messagesFor(lang);
  const parsed = dataRows.safeParse(rows, { reportInput: true });
  if (!parsed.success) return { ok: false, issues: toIssues(parsed.error, [pathPrefix], messages) };
  const full: LoadedSpec = { ...spec, data: parsed.data };
  const references = checkReferences(full, messages);
  return references.length ? { ok: false, issues: references } : { ok: true, spec: full };
}

/** Problems a schema cannot see: ids that repeat and names that point at nothing. */
export function checkReferences(spec: ParsedSpec, messages: Messages = messagesFor('en')): SpecIssue[] {
  const issues: SpecIssue[] = [];
  const firstSeen = (kind: string, entries: Array<[string, string]>) => {
    const seen = new Map<string, string>();
    for (const [key, path] of entries) {
      const first = seen.get(key);
      if (first) issues.push({ path, message: messages.spec.duplicateId({ kind, id: key, first }) });
      else seen.set(key, path);
    }
    return seen;
  };

  const areas = firstSeen(messages.spec.idKinds.area, spec.areas.map((a, i) => [a.code, `areas[${i}].code`]));
  const indicators = firstSeen(messages.spec.idKinds.indicator, spec.indicators.map((d, i) => [d.id, `indicators[${i}].id`]));

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
    firstSeen(messages.spec.idKinds.domain, domainEntries);
    firstSeen(messages.spec.idKinds.factor, (spec.framework.factors ?? []).map((f, i) => [f.id, `framework.factors[${i}].id`]));
  }

  if (Array.isArray(spec.data) && !isReferenceList(spec.data)) {
    (spec.data as DataRow[]).forEach((row, i) => {
      if (!indicators.has(row.indicator)) issues.push({ path: `data[${i}].indicator`, message: messages.spec.unknownIndicator({ id: row.indicator }) });
      if (!areas.has(row.area)) issues.push({ path: `data[${i}].area`, message: messages.spec.unknownArea({ code: row.area }) });
    });
  }
  return issues;
}

// ---------------------------------------------------------------------------------------------
// Fields the library does not know: a typo such as "polarty" would otherwise be dropped in silence.

type SchemaNode = { _zod: { def: Record<string, unknown> & { type: string } } };

/** The object schemas a value may be checked against, with wrappers (optional, default, lazy…) removed. */
function unwrap(schema: SchemaNode, value: unknown): SchemaNode | undefined {
  let node: SchemaNode | undefined = schema;
  for (let guard = 0; node && guard < 20; guard++) {
    const def: SchemaNode['_zod']['def'] = node._zod.def;
    switch (def.type) {
      case 'optional':
      case 'nullable':
      case 'default':
      case 'prefault':
      case 'nonoptional':
      case 'readonly':
      case 'catch':
        node = def.innerType as SchemaNode;
        break;
      case 'lazy':
        node = (def.getter as () => SchemaNode)();
        break;
      case 'pipe':
        node = def.in as SchemaNode;
        break;
      case 'union': {
        // The option of the value's kind; among objects, the one sharing most keys with it.
        const options = (def.options as SchemaNode[]).map((o) => unwrap(o, value)).filter((o): o is SchemaNode => Boolean(o));
        const kind = Array.isArray(value) ? 'array' : value && typeof value === 'object' ? 'object' : 'other';
        const same = options.filter((o) => o._zod.def.type === kind);
        if (kind === 'array') {
          const first = (value as unknown[])[0];
          const fits = same.map((o) => ({ o, score: shared(unwrap(o._zod.def.element as SchemaNode, first), first) }));
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
  if (!schema || schema._zod.def.type !== 'object' || !value || typeof value !== 'object') return 0;
  const shape = schema._zod.def.shape as Record<string, unknown>;
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
  const messages = messagesFor(lang);
  const issues: SpecIssue[] = [];
  try {
    const stack: Array<{ schema: SchemaNode; value: unknown; path: PropertyKey[] }> = [{ schema: specSchema as unknown as SchemaNode, value: input, path: [] }];
    while (stack.length && issues.length < MAX_UNKNOWN_FIELD_WARNINGS) {
      const { schema, value, path } = stack.pop()!;
      if (path.length > 40) continue;
      const node = unwrap(schema, value);
      if (!node || value === null || typeof value !== 'object') continue;
      const def = node._zod.def;
      if (def.type === 'array' && Array.isArray(value)) {
        for (let i = value.length - 1; i >= 0; i--) stack.push({ schema: def.element as SchemaNode, value: value[i], path: [...path, i] });
      } else if (def.type === 'object' && !Array.isArray(value)) {
        const shape = def.shape as Record<string, SchemaNode>;
        const keys = Object.keys(value);
        for (let k = keys.length - 1; k >= 0; k--) {
          const key = keys[k]!;
          if (key in shape) stack.push({ schema: shape[key]!, value: (value as Record<string, unknown>)[key], path: [...path, key] });
          else {
            const suggestion = suggestField(key, Object.keys(shape).filter((known) => !(known in value)));
            issues.push({ path: formatPath([...path, key]), message: messages.spec.unknownField({ suggestion }) });
          }
        }
      }
    }
  } catch {
    // Warnings are a help, never a reason to fail.
  }
  return issues.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
