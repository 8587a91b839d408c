/**
 * The spec's rules, checked by hand, so that the elements do not load zod (~9 KB gzip). The rules
 * are those of src/spec/schema.ts, which stays the one source of the JSON Schema and the reference:
 * test/spec/check.test.ts runs both on every example, data and bad spec we have and asserts the same
 * problems (message, JSON path, order) and the same parsed spec.
 *
 * To give the same answers in every corner (a list where text belongs is "expected text" AND "too
 * short"; a union whose only non-fatal failure is one branch reports that branch), the nodes below
 * run as zod/mini 4 runs its schemas: a type test, then checks that stop after a fatal problem, and
 * problems shaped as zod's (so src/spec/zod-issues.ts words them, as before).
 */
import { LocalText } from './local-text.js';

/** A problem, shaped as zod's (only the fields zod-issues.ts reads). */
export interface Problem {
  code: string;
  path: PropertyKey[];
  input?: unknown;
  expected?: string;
  values?: unknown[];
  errors?: Problem[][];
  issues?: Problem[];
  origin?: string;
  minimum?: number | bigint;
  maximum?: number | bigint;
  message?: string;
  /** A problem after which the other checks of the same value still run (zod's `continue`). */
  continue?: boolean;
}

interface Payload {
  value: unknown;
  issues: Problem[];
  aborted?: boolean;
}

type Check = { run: (payload: Payload) => void; whenHasLength?: boolean };

export interface Node {
  kind: 'string' | 'number' | 'boolean' | 'unknown' | 'object' | 'array' | 'record' | 'union' | 'enum' | 'optional' | 'nullable' | 'default' | 'pipe' | 'transform' | 'lazy';
  parse: (payload: Payload) => Payload;
  checks: Check[];
  optin?: 'optional' | 'defaulted' | undefined;
  optout?: 'optional' | undefined;
  shape?: Record<string, Node>;
  element?: Node;
  options?: Node[];
  inner?: () => Node;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** zod's "plain object" (a record must be one): not a class instance. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (!isObject(value)) return false;
  const ctor = (value as { constructor?: unknown }).constructor;
  if (ctor === undefined || typeof ctor !== 'function') return true;
  const proto = (ctor as { prototype?: unknown }).prototype;
  return isObject(proto) && Object.prototype.hasOwnProperty.call(proto, 'isPrototypeOf');
}

const aborted = (payload: Payload, from = 0) => payload.aborted === true || payload.issues.slice(from).some((issue) => issue.continue !== true);
const explicitlyAborted = (payload: Payload) => payload.aborted === true || payload.issues.some((issue) => issue.continue === false);

export function run(node: Node, payload: Payload): Payload {
  const result = node.parse(payload);
  if (!node.checks.length) return result;
  let stop = aborted(result);
  for (const check of node.checks) {
    if (check.whenHasLength) {
      if (explicitlyAborted(result)) continue;
      const value = result.value as { length?: unknown } | null | undefined;
      if (value === null || value === undefined || value.length === undefined) continue;
    } else if (stop) continue;
    const before = result.issues.length;
    check.run(result);
    if (result.issues.length !== before && !stop) stop = aborted(result, before);
  }
  return result;
}

const node = (kind: Node['kind'], parse: Node['parse'], extra: Partial<Node> = {}): Node => ({ kind, parse, checks: [], ...extra });
const withChecks = (base: Node, ...checks: Check[]): Node => ({ ...base, checks: [...base.checks, ...checks] });
const wrongType = (payload: Payload, expected: string) => {
  payload.issues.push({ code: 'invalid_type', expected, input: payload.value, path: [] });
  return payload;
};

// ---- checks -------------------------------------------------------------------------------------
const trim: Check = { run: (p) => void (p.value = (p.value as string).trim()) };
const minLength = (minimum: number): Check => ({
  whenHasLength: true,
  run: (p) => {
    const value = p.value as string | unknown[];
    // zod counts code points in a string.
    const length = typeof value === 'string' ? [...value].length : value.length;
    if (length < minimum) p.issues.push({ code: 'too_small', origin: typeof value === 'string' ? 'string' : Array.isArray(value) ? 'array' : undefined, minimum, input: value, path: [], continue: true });
  },
});
const refine = (test: (value: never) => boolean, message: string): Check => ({
  run: (p) => {
    if (!test(p.value as never)) p.issues.push({ code: 'custom', message, input: p.value, path: [], continue: true });
  },
});
const matches = (pattern: RegExp, message: string): Check => ({
  run: (p) => {
    if (!pattern.test(p.value as string)) p.issues.push({ code: 'invalid_format', message, input: p.value, path: [], continue: true });
  },
});
const atLeast = (minimum: number, inclusive: boolean): Check => ({
  run: (p) => {
    const value = p.value as number;
    if (inclusive ? value < minimum : value <= minimum) p.issues.push({ code: 'too_small', origin: 'number', minimum, input: value, path: [], continue: true });
  },
});
const atMost = (maximum: number, origin = 'number'): Check => ({
  run: (p) => {
    if ((p.value as number) > maximum) p.issues.push({ code: 'too_big', origin, maximum, input: p.value, path: [], continue: true });
  },
});
const integer: Check = {
  run: (p) => {
    const value = p.value as number;
    if (!Number.isInteger(value)) p.issues.push({ code: 'invalid_type', expected: 'int', input: value, path: [], continue: false });
    else if (value > Number.MAX_SAFE_INTEGER) atMost(Number.MAX_SAFE_INTEGER, 'int').run(p);
    else if (value < Number.MIN_SAFE_INTEGER) p.issues.push({ code: 'too_small', origin: 'int', minimum: Number.MIN_SAFE_INTEGER, input: value, path: [], continue: true });
  },
};

// ---- types --------------------------------------------------------------------------------------
const string = () => node('string', (p) => (typeof p.value === 'string' ? p : wrongType(p, 'string')));
const number = () => node('number', (p) => (typeof p.value === 'number' && Number.isFinite(p.value) ? p : wrongType(p, 'number')));
const boolean = () => node('boolean', (p) => (typeof p.value === 'boolean' ? p : wrongType(p, 'boolean')));
const unknown = () => node('unknown', (p) => p);
const int = () => withChecks(number(), integer);

function enumOf(values: readonly unknown[]): Node {
  const known = new Set(values);
  return node('enum', (p) => {
    if (!known.has(p.value)) p.issues.push({ code: 'invalid_value', values: [...values], input: p.value, path: [] });
    return p;
  });
}

function prefix(key: PropertyKey, issues: Problem[]): Problem[] {
  for (const issue of issues) issue.path.unshift(key);
  return issues;
}

function object(shape: Record<string, Node>): Node {
  return node(
    'object',
    (p) => {
      const input = p.value;
      if (!isObject(input)) return wrongType(p, 'object');
      const out: Record<string, unknown> = {};
      p.value = out;
      for (const key of Object.keys(shape)) {
        if (key === '__proto__') continue;
        const field = shape[key]!;
        const result = run(field, { value: input[key], issues: [] });
        const present = key in input;
        const optionalOut = field.optout === 'optional';
        if (!present && optionalOut && field.optin === 'optional') continue;
        if (result.issues.length) {
          if (field.optin !== undefined && optionalOut && !present) continue;
          p.issues.push(...prefix(key, result.issues));
        }
        if (!present && field.optin === undefined) {
          if (!result.issues.length) p.issues.push({ code: 'invalid_type', expected: 'nonoptional', input: undefined, path: [key] });
          continue;
        }
        if (result.value === undefined) {
          if (present || (field.optin === 'defaulted' && !optionalOut)) out[key] = undefined;
        } else out[key] = result.value;
      }
      return p;
    },
    { shape },
  );
}

function array(element: Node, ...checks: Check[]): Node {
  return withChecks(
    node(
      'array',
      (p) => {
        const input = p.value;
        if (!Array.isArray(input)) return wrongType(p, 'array');
        const out: unknown[] = new Array(input.length);
        p.value = out;
        for (let i = 0; i < input.length; i++) {
          const result = run(element, { value: input[i], issues: [] });
          if (result.issues.length) p.issues.push(...prefix(i, result.issues));
          out[i] = result.value;
        }
        return p;
      },
      { element },
    ),
    ...checks,
  );
}

/** An object of any keys (checked by `key`), each value checked by `value`. */
function record(key: Node, value: Node): Node {
  return node('record', (p) => {
    const input = p.value;
    if (!isPlainObject(input)) return wrongType(p, 'record');
    const out: Record<string, unknown> = {};
    p.value = out;
    for (const name of Reflect.ownKeys(input)) {
      if (name === '__proto__' || !Object.prototype.propertyIsEnumerable.call(input, name)) continue;
      const keyResult = run(key, { value: name, issues: [] });
      if (keyResult.issues.length) {
        p.issues.push({ code: 'invalid_key', issues: keyResult.issues, input: name, path: [name] });
        continue;
      }
      const result = run(value, { value: input[name as string], issues: [] });
      if (result.issues.length) p.issues.push(...prefix(name, result.issues));
      out[keyResult.value as string] = result.value;
    }
    return p;
  });
}

function union(options: Node[]): Node {
  return node(
    'union',
    (p) => {
      const results: Payload[] = [];
      for (const option of options) {
        const result = run(option, { value: p.value, issues: [] });
        if (!result.issues.length) return result;
        results.push(result);
      }
      const live = results.filter((result) => !aborted(result));
      if (live.length === 1) return live[0]!;
      p.issues.push({ code: 'invalid_union', input: p.value, errors: results.map((result) => result.issues), path: [] });
      return p;
    },
    {
      options,
      optin: options.some((o) => o.optin === 'defaulted') ? 'defaulted' : options.some((o) => o.optin !== undefined) ? 'optional' : undefined,
      optout: options.some((o) => o.optout === 'optional') ? 'optional' : undefined,
    },
  );
}

function optional(inner: Node): Node {
  return node('optional', (p) => (p.value === undefined && inner.optin !== 'defaulted' ? p : run(inner, p)), {
    inner: () => inner,
    optin: inner.optin === 'defaulted' ? 'defaulted' : 'optional',
    optout: 'optional',
  });
}

function nullable(inner: Node): Node {
  return node('nullable', (p) => (p.value === null ? p : run(inner, p)), { inner: () => inner, optin: inner.optin, optout: inner.optout });
}

function withDefault(inner: Node, make: () => unknown): Node {
  return node(
    'default',
    (p) => {
      if (p.value === undefined) {
        p.value = make();
        return p;
      }
      const result = run(inner, p);
      if (result.value === undefined) result.value = make();
      return result;
    },
    { inner: () => inner, optin: 'defaulted' },
  );
}

/** `from`, then (only when it found nothing wrong) `to` on its output. */
function pipe(from: Node, to: Node): Node {
  return node(
    'pipe',
    (p) => {
      const left = run(from, p);
      if (left.issues.length) {
        left.aborted = true;
        return left;
      }
      return run(to, { value: left.value, issues: left.issues });
    },
    { inner: () => from, optin: from.optin, optout: to.optout },
  );
}

const transform = (change: (value: never) => unknown) => node('transform', (p) => ((p.value = change(p.value as never)), p), { optin: 'optional' });

function lazy(getter: () => Node): Node {
  let inner: Node | undefined;
  const resolve = () => (inner ??= getter());
  return node('lazy', (p) => run(resolve(), p), { inner: resolve });
}

/** An object schema with some fields made optional (zod's `partial`). */
const partial = (base: Node, fields: string[]): Node => object({ ...base.shape, ...Object.fromEntries(fields.map((f) => [f, optional(base.shape![f]!)])) });

// ---- the spec (as src/spec/schema.ts) ------------------------------------------------------------
const languageTag = withChecks(string(), matches(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/, 'notLanguageTag'));
const inLanguages = (one: Node) =>
  union([
    one,
    pipe(
      withChecks(record(languageTag, one), refine((entries: Record<string, string>) => Object.keys(entries).length > 0, 'noLanguages')),
      transform((entries: Record<string, string>) => new LocalText(entries)),
    ),
  ]);
const nonEmpty = () => withChecks(string(), trim, minLength(1));
const plainText = nonEmpty();
const text = inLanguages(nonEmpty());
const id = nonEmpty();
const finite = number();
const optionalText = optional(inLanguages(string()));
const optionalString = optional(string());

const source = object({ name: text, url: optional(plainText) });
const domain: Node = lazy(() =>
  object({
    id,
    label: text,
    statement: optional(inLanguages(string())),
    description: optionalText,
    indicators: optional(array(id)),
    children: optional(array(domain)),
  }),
);
const framework = object({
  id,
  title: text,
  centre: object({ label: text, statement: optionalText }),
  domains: array(domain, minLength(1)),
  factors: optional(array(object({ id, label: text, description: optionalText }))),
});
const area = object({ code: id, name: text, type: optional(string()), parent: optional(id) });
const indicator = object({
  id,
  title: text,
  shortTitle: optional(inLanguages(string())),
  unit: optional(inLanguages(string())),
  polarity: withDefault(enumOf(['higher-is-better', 'lower-is-better', 'no-judgement']), () => 'no-judgement'),
  decimals: optional(withChecks(int(), atLeast(0, true), atMost(6))),
  definition: optionalText,
  target: optional(finite),
  source: optional(source),
  valueType: optional(enumOf(['proportion', 'crude-rate', 'standardised-rate', 'life-expectancy', 'mean', 'score', 'count', 'ratio', 'other'])),
  multiplier: optional(withChecks(finite, atLeast(0, false))),
  comparison: optional(enumOf(['ci-overlap-95', 'ci-overlap-99.8', 'quintiles', 'none'])),
  sii: optional(object({ transform: withDefault(boolean(), () => false) })),
});
export const groupNode = object({ type: plainText, label: text, order: optional(finite) });
const count = optional(nullable(withChecks(number(), atLeast(0, true))));
export const dataRowNode = object({
  indicator: id,
  area: id,
  period: union([plainText, pipe(number(), transform(String))]),
  value: nullable(finite),
  lower: optional(nullable(finite)),
  upper: optional(nullable(finite)),
  lower99_8: optional(nullable(finite)),
  upper99_8: optional(nullable(finite)),
  count,
  denominator: count,
  group: optional(groupNode),
  note: optionalText,
});
/** The formats a `data` entry may name (SPEC-v1, data files): the schema, the checker and the readers use this one list. */
export const DATA_FORMATS = ['json', 'csv', 'fingertips-csv', 'fingertips-json', 'ons-csv', 'wide-csv', 'statswales-csv'] as const;
export const dataRefNode = object({
  url: plainText,
  format: withDefault(enumOf(DATA_FORMATS), () => 'json'),
  filter: optional(object({ sex: optionalString, age: optionalString })),
  indicator: optional(plainText),
  area: optional(plainText),
  name: optional(plainText),
});
export const dataRefsNode = array(dataRefNode, minLength(1));

/** Formats whose files name their areas and indicators, so a spec may leave those out or give only some fields. */
export const SELF_DESCRIBING_FORMATS: ReadonlySet<string> = new Set(['fingertips-csv', 'fingertips-json', 'ons-csv', 'wide-csv', 'statswales-csv']);

function literal(value: unknown): Node {
  return node('enum', (p) => {
    if (p.value !== value) p.issues.push({ code: 'invalid_value', values: [value], input: p.value, path: [] });
    return p;
  });
}

const specFields = {
  $schema: optionalString,
  version: literal(1),
  title: optionalText,
  source: optional(source),
  lang: optionalString,
  note: optionalText,
  framework: optional(framework),
  areas: withDefault(array(area), () => []),
  benchmark: optional(id),
  indicators: withDefault(array(indicator), () => []),
};
/** The whole spec, for the walk that finds unknown fields. */
export const specNode = object({ ...specFields, data: withDefault(union([array(dataRowNode), dataRefNode, dataRefsNode]), () => []) });
/** The spec without `data` (checked on its own: a union error would hide which row is wrong). */
export const specWithoutDataNode = object({ ...specFields, data: optional(unknown()) });
/** The same when the data comes from self-describing files: an area needs only its code, an indicator only its id. */
export const specWithoutDataFromFilesNode = object({
  ...specFields,
  areas: withDefault(array(partial(area, ['name'])), () => []),
  indicators: withDefault(array(partial(indicator, ['title'])), () => []),
  data: optional(unknown()),
});

/** Text in one language or several (a note, a group's label): as the schema outputs it, or its problems. */
export const textNode = text;

export type Checked = { success: true; data: unknown } | { success: false; issues: Problem[] };

/** Checks a value against a node: the output, or every problem (each with its path from the value). */
export function check(schema: Node, value: unknown): Checked {
  const result = run(schema, { value, issues: [] });
  return result.issues.length ? { success: false, issues: result.issues } : { success: true, data: result.value };
}
