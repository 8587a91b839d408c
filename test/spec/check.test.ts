import { expect } from '@open-wc/testing';
import { messagesFor } from '../../src/i18n/index.js';
import { check, dataRefNode, dataRefsNode, specNode, specWithoutDataFromFilesNode, specWithoutDataNode, type Node } from '../../src/spec/check.js';
import { dataRefSchema, specFields, specFieldsFromFiles, specSchema } from '../../src/spec/schema.js';
import { z } from '../../src/spec/zod.js';
import { toIssues } from '../../src/spec/zod-issues.js';

// The elements check a spec by hand (src/spec/check.ts) so that they do not load zod; the zod schema
// (src/spec/schema.ts) stays the reference. Every spec we ship or test with, and thousands of broken
// copies of them, must get the same answer from both: the same parsed spec, or the same problems
// (message and JSON path, in order) in English and in Welsh.

type Schema = { safeParse: (value: unknown, options: { reportInput: boolean }) => { success: true; data: unknown } | { success: false; error: { issues: readonly never[] } } };

const specPairs: Array<[string, Node, Schema]> = [
  ['whole spec', specNode, specSchema as unknown as Schema],
  ['spec without data', specWithoutDataNode, z.object({ ...specFields, data: z.optional(z.unknown()) }) as unknown as Schema],
  ['spec without data, from files', specWithoutDataFromFilesNode, z.object({ ...specFieldsFromFiles, data: z.optional(z.unknown()) }) as unknown as Schema],
];
const dataPairs: Array<[string, Node, Schema]> = [
  ['data reference', dataRefNode, dataRefSchema as unknown as Schema],
  ['data references', dataRefsNode, z.array(dataRefSchema).check(z.minLength(1)) as unknown as Schema],
];

const en = messagesFor('en');
const cy = messagesFor('cy');

/** Both checkers on one value; the first difference is the failure message. */
function expectSame(value: unknown, what: string): void {
  compare(value, what, specPairs);
  // `data` is checked on its own by the parser when it is not a list of rows.
  const data = value && typeof value === 'object' ? (value as { data?: unknown }).data : undefined;
  if (data !== undefined && !(Array.isArray(data) && data.length && !data.some((item) => item && typeof item === 'object' && 'url' in item))) compare(data, `${what}, its data`, dataPairs);
}

function compare(value: unknown, what: string, pairs: Array<[string, Node, Schema]>): void {
  for (const [name, node, schema] of pairs) {
    const mine = check(node, value);
    const reference = schema.safeParse(value, { reportInput: true });
    const label = `${name}, ${what}`;
    expect(mine.success, `${label}: ${mine.success ? 'accepted' : JSON.stringify(toIssues(mine, [], en))}`).to.equal(reference.success);
    if (mine.success && reference.success) expect(mine.data, label).to.deep.equal(reference.data);
    else if (!mine.success && !reference.success) {
      expect(toIssues(mine, [], en), label).to.deep.equal(toIssues(reference.error, [], en));
      expect(toIssues(mine, [], cy), `${label} (cy)`).to.deep.equal(toIssues(reference.error, [], cy));
    }
  }
}

const SPECS = [
  'examples/data/county-durham.json',
  'examples/data/cymraeg-caerdydd.json',
  'examples/data/deprivation-england.json',
  'examples/data/islington.json',
  'examples/data/life-expectancy.json',
  'examples/data/map-england-wales.json',
  'examples/data/map-wales-wellbeing.json',
  'examples/data/ons-wellbeing-csv.json',
  'examples/data/ons-wellbeing.json',
  'examples/data/walsall-wwof.json',
  'data/raw/frameworks/walsall-wwof.json',
  'data/raw/frameworks/county-durham.json',
  'data/raw/frameworks/wwcw-policy.json',
  'test/cli/specs/fingertips-api.json',
  'test/cli/specs/fingertips-suicide.json',
  'test/cli/specs/ons-two-files.json',
  'test/cli/specs/typo.json',
  'test/cli/specs/wide-london.json',
];

const load = async (path: string): Promise<unknown> => (await fetch(`/${path}`)).json();

/** A copy with every list cut to its first two items: broken copies stay quick to check. */
function shortened(value: unknown): unknown {
  if (Array.isArray(value)) return value.slice(0, 2).map(shortened);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shortened(v)]));
  return value;
}

/** Every place in a value (objects' fields and lists' items), as key paths. */
function places(value: unknown, path: PropertyKey[] = [], out: PropertyKey[][] = []): PropertyKey[][] {
  if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      const here = [...path, Array.isArray(value) ? Number(key) : key];
      out.push(here);
      places(item, here, out);
    }
  }
  return out;
}

const DELETE = Symbol('delete');
/** What people get wrong: a missing field, the wrong kind of value, empty or blank text, bad language tags, out-of-range numbers. */
const BAD: unknown[] = [
  DELETE,
  undefined,
  null,
  [],
  [1],
  [null],
  [{}],
  {},
  { url: 3 },
  '',
  '   ',
  '  padded  ',
  'x',
  'higher',
  5,
  -1,
  0,
  1.5,
  7,
  2 ** 60,
  Number.NaN,
  Infinity,
  true,
  { en: 'Money', cy: 'Arian' },
  { en: '' },
  { en: 5 },
  { 'e n': 'x' },
  { en: 'x', cy: '   ' },
  { en: '  x  ' },
  { '12': 'x' },
];

/** `spec` with the value at `path` replaced (or deleted), restored after `use`. */
function withChange(spec: unknown, path: PropertyKey[], value: unknown, use: () => void): void {
  let parent = spec as Record<PropertyKey, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<PropertyKey, unknown>;
  const key = path[path.length - 1]!;
  const had = Object.prototype.hasOwnProperty.call(parent, key);
  const before = parent[key];
  if (value === DELETE) delete parent[key];
  else parent[key] = value;
  try {
    use();
  } finally {
    if (had) parent[key] = before;
    else delete parent[key];
  }
}

describe('the hand-written spec checker gives zod\'s answers', () => {
  for (const path of SPECS) {
    it(`on ${path} and every broken copy of it`, async function () {
      this.timeout(60_000);
      const spec = await load(path);
      expectSame(spec, 'as shipped');
      const short = shortened(spec);
      expectSame(short, 'shortened');
      for (const place of places(short)) {
        for (const bad of BAD) withChange(short, place, bad, () => expectSame(short, `${String(place.join('.'))} = ${bad === DELETE ? '(deleted)' : JSON.stringify(bad)}`));
        const value = place.reduce<unknown>((at, key) => (at as Record<PropertyKey, unknown>)[key], short);
        if (value && typeof value === 'object' && !Array.isArray(value)) withChange(short, [...place, 'colour'], 'red', () => expectSame(short, `${place.join('.')} with an unknown field`));
      }
    });
  }

  it('on the broken specs of the parser tests', () => {
    const hostile = [
      undefined,
      0,
      'spec',
      [],
      null,
      { version: 1, framework: { domains: 'x' } },
      Object.create(null),
      { version: 1, data: [{ url: 1 }] },
      { version: 2, indicators: [{ id: 'x', polarity: 'up' }], framework: { id: 'f', title: 'F', centre: { label: '' }, domains: [] } },
      { version: 1, data: { url: 3, format: 'xls' } },
      { version: 1, data: [] },
      { version: 1, data: null },
      { version: 1, areas: null },
      { version: 1, title: { en: 'A', cy: 'B' }, note: {}, lang: 5, $schema: [] },
      { version: 1, indicators: [{ id: 'x', title: 'X', decimals: 9, multiplier: 0, target: 'high', sii: { transform: 'yes' }, comparison: 'best', valueType: 'rate', source: { name: '', url: ' ' } }] },
      { version: 1, framework: { id: 'f', title: 'F', centre: { label: 'C' }, domains: [{ id: 'd', label: 'D', children: [{ id: ' ', label: { cy: '' } }], indicators: [' '] }], factors: [{}] } },
      { version: 1, data: [{ url: 'a.csv', format: 'fingertips-csv', filter: { sex: 1, age: null } }, { url: '' }] },
      { version: 1, areas: [{ code: 'A' }], indicators: [{ id: 'x' }], data: { url: 'a.csv', format: 'wide-csv', indicator: '', area: 3 } },
    ];
    for (const [i, spec] of hostile.entries()) expectSame(spec, `hostile spec ${i}`);
  });

  it('knows the same fields at every level as the schema (the unknown-field warnings rely on it)', () => {
    type ZodNode = { _zod: { def: Record<string, unknown> & { type: string } } };
    const seen = new Set<Node>();
    const unwrapZod = (s: ZodNode): ZodNode => {
      const def = s._zod.def;
      if (['optional', 'nullable', 'default'].includes(def.type)) return unwrapZod(def.innerType as ZodNode);
      if (def.type === 'lazy') return unwrapZod((def.getter as () => ZodNode)());
      if (def.type === 'pipe') return unwrapZod(def.in as ZodNode);
      return s;
    };
    const unwrapMine = (n: Node): Node => (['optional', 'nullable', 'default', 'lazy', 'pipe'].includes(n.kind) ? unwrapMine(n.inner!()) : n);
    const compare = (mineIn: Node, theirsIn: ZodNode, path: string) => {
      const mine = unwrapMine(mineIn);
      const theirs = unwrapZod(theirsIn);
      if (seen.has(mine)) return;
      seen.add(mine);
      const def = theirs._zod.def;
      const kind = def.type === 'literal' ? 'enum' : def.type;
      expect(mine.kind, path).to.equal(kind);
      if (def.type === 'object') {
        const shape = def.shape as Record<string, ZodNode>;
        expect(Object.keys(mine.shape!), path).to.deep.equal(Object.keys(shape));
        for (const key of Object.keys(shape)) compare(mine.shape![key]!, shape[key]!, `${path}.${key}`);
      } else if (def.type === 'array') compare(mine.element!, def.element as ZodNode, `${path}[]`);
      else if (def.type === 'union') {
        const options = def.options as ZodNode[];
        expect(mine.options!.length, path).to.equal(options.length);
        options.forEach((option, i) => compare(mine.options![i]!, option, `${path}|${i}`));
      }
    };
    compare(specNode, specSchema as unknown as ZodNode, 'spec');
  });
});
