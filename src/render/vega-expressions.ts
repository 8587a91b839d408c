/**
 * Vega expressions turned into closures once, for the built-in charts' views: no `eval` and no
 * `Function`, so they run under `script-src 'self'` as vega-interpreter does, but faster.
 *
 * vega-interpreter walks an expression's tree at every evaluation and, for each one, makes a
 * function object, a scope and six event helpers (for every channel of every mark item: a tenth of
 * drawing 30 trends, much of it in garbage collection). Here each tree becomes nested closures the
 * first time a view asks for it, kept by tree: the 30 charts of a page share one parse
 * (src/render/vega.ts), so they share the closures too. The closures follow vega-interpreter's
 * rules node by node (the same names, operators, functions, and the same refusals); an expression
 * with anything else (an event helper, a global regular expression, a refused property) is left to
 * vega-interpreter, whole. Tested against it in test/render/vega-expressions.test.ts (every built-in
 * chart draws the same SVG). Only src/render/vega-runtime.ts uses this module (in the Vega chunk).
 */
import { ascending, isString } from 'vega-util';

/** An expression tree node as vega-expression's parser makes it (`parse(spec, config, { ast: true })`). */
interface Node {
  type: string;
  [key: string]: unknown;
}

/** What an expression reads: the function table (`this` of calls), signals (`$name`), datum, event, item. */
type Functions = Record<string, unknown>;
type Compiled = (fn: Functions, params: unknown, datum: unknown, event: unknown, item: unknown) => unknown;

/** vega-interpreter's constants (an identifier is one of these, else the signal of that name). */
const CONSTANTS: Record<string, number> = {
  NaN: NaN,
  E: Math.E,
  LN2: Math.LN2,
  LN10: Math.LN10,
  LOG2E: Math.LOG2E,
  LOG10E: Math.LOG10E,
  PI: Math.PI,
  SQRT1_2: Math.SQRT1_2,
  SQRT2: Math.SQRT2,
  MIN_VALUE: Number.MIN_VALUE,
  MAX_VALUE: Number.MAX_VALUE,
};

/* eslint-disable @typescript-eslint/no-explicit-any -- operators and functions of a dynamically typed language */

/** vega-interpreter's own functions (not in the view's table), as it defines them (vega-interpreter 2.3, src/functions.js). */
const apply = (method: string, args: ArrayLike<any>, cast?: (value: any) => any) => {
  const object = cast ? cast(args[0]) : args[0];
  return object[method](...Array.prototype.slice.call(args, 1));
};
const datetime = (yearOrText: any, m = 0, d = 1, H = 0, M = 0, S = 0, ms = 0) =>
  isString(yearOrText) ? new Date(yearOrText) : new Date(yearOrText, m, d, H, M, S, ms);
const BUILT_IN: Record<string, (...args: any[]) => unknown> = {
  isNaN: Number.isNaN,
  isFinite: Number.isFinite,
  abs: Math.abs,
  acos: Math.acos,
  asin: Math.asin,
  atan: Math.atan,
  atan2: Math.atan2,
  ceil: Math.ceil,
  cos: Math.cos,
  exp: Math.exp,
  floor: Math.floor,
  hypot: Math.hypot,
  log: Math.log,
  max: Math.max,
  min: Math.min,
  pow: Math.pow,
  random: Math.random,
  round: Math.round,
  sin: Math.sin,
  sqrt: Math.sqrt,
  tan: Math.tan,
  clamp: (a, b, c) => Math.max(b, Math.min(c, a)),
  now: Date.now,
  utc: Date.UTC,
  datetime,
  date: (d) => new Date(d).getDate(),
  day: (d) => new Date(d).getDay(),
  year: (d) => new Date(d).getFullYear(),
  month: (d) => new Date(d).getMonth(),
  hours: (d) => new Date(d).getHours(),
  minutes: (d) => new Date(d).getMinutes(),
  seconds: (d) => new Date(d).getSeconds(),
  milliseconds: (d) => new Date(d).getMilliseconds(),
  time: (d) => new Date(d).getTime(),
  timezoneoffset: (d) => new Date(d).getTimezoneOffset(),
  utcdate: (d) => new Date(d).getUTCDate(),
  utcday: (d) => new Date(d).getUTCDay(),
  utcyear: (d) => new Date(d).getUTCFullYear(),
  utcmonth: (d) => new Date(d).getUTCMonth(),
  utchours: (d) => new Date(d).getUTCHours(),
  utcminutes: (d) => new Date(d).getUTCMinutes(),
  utcseconds: (d) => new Date(d).getUTCSeconds(),
  utcmilliseconds: (d) => new Date(d).getUTCMilliseconds(),
  length: (x) => x.length,
  join: (...args) => apply('join', args),
  indexof: (...args) => apply('indexOf', args),
  lastindexof: (...args) => apply('lastIndexOf', args),
  slice: (...args) => apply('slice', args),
  reverse: (x) => x.slice().reverse(),
  sort: (x) => x.slice().sort(ascending),
  parseFloat,
  parseInt,
  upper: (x) => String(x).toUpperCase(),
  lower: (x) => String(x).toLowerCase(),
  substring: (...args) => apply('substring', args, String),
  split: (...args) => apply('split', args, String),
  replace: (...args) => apply('replace', args, String),
  trim: (x) => String(x).trim(),
  btoa: (x) => btoa(x),
  atob: (x) => atob(x),
  encodeURIComponent: (x) => encodeURIComponent(x),
  regexp: RegExp,
  test: (r, t) => RegExp(r).test(t),
};

const BINARY: Record<string, (a: any, b: any) => unknown> = {
  '*': (a, b) => a * b,
  '+': (a, b) => a + b,
  '-': (a, b) => a - b,
  '/': (a, b) => a / b,
  '%': (a, b) => a % b,
  '>': (a, b) => a > b,
  '<': (a, b) => a < b,
  '<=': (a, b) => a <= b,
  '>=': (a, b) => a >= b,
  '==': (a, b) => a == b,
  '!=': (a, b) => a != b,
  '===': (a, b) => a === b,
  '!==': (a, b) => a !== b,
  '&': (a, b) => a & b,
  '|': (a, b) => a | b,
  '^': (a, b) => a ^ b,
  '<<': (a, b) => a << b,
  '>>': (a, b) => a >> b,
  '>>>': (a, b) => a >>> b,
};
const UNARY: Record<string, (a: any) => unknown> = { '+': (a) => +a, '-': (a) => -a, '~': (a) => ~a, '!': (a) => !a };
/* eslint-enable @typescript-eslint/no-explicit-any */

/** What vega-interpreter never hands out from a member access or an object literal. */
const REFUSED_VALUES = new Set<unknown>([Function, globalThis['eval' as keyof typeof globalThis], setTimeout, setInterval]);
if (typeof (globalThis as { setImmediate?: unknown }).setImmediate === 'function') REFUSED_VALUES.add((globalThis as { setImmediate?: unknown }).setImmediate);
/** Object literal keys vega-interpreter refuses (Object.prototype's methods and `__proto__`). */
const REFUSED_KEYS = new Set<string>([
  ...Object.getOwnPropertyNames(Object.prototype).filter((name) => typeof (Object.prototype as Record<string, unknown>)[name] === 'function'),
  '__proto__',
]);
/** Functions vega-interpreter routes to the event: left to it. */
const EVENT_FUNCTIONS = new Set(['view', 'item', 'group', 'xy', 'x', 'y']);

/** Thrown (and caught below) for a node this module leaves to vega-interpreter. */
class Unsupported extends Error {}

/** Turns a tree into a closure, or throws Unsupported. `fn` is a sample function table (names only). */
function compile(node: Node, fn: Functions): Compiled {
  switch (node.type) {
    case 'Literal': {
      const regex = node.regex as unknown;
      const value = node.value as { global?: boolean; sticky?: boolean } | undefined;
      if (regex && value && (value.global || value.sticky)) throw new Unsupported(); // a fresh RegExp each time
      return () => value;
    }
    case 'Identifier': {
      const name = node.name as string;
      if (name === 'datum') return (_f, _p, datum) => datum;
      if (name === 'event') return (_f, _p, _d, event) => event;
      if (name === 'item') return (_f, _p, _d, _e, item) => item;
      const constant = CONSTANTS[name];
      if (constant) return () => constant;
      const key = `$${name}`;
      return (_f, params) => (params as Record<string, unknown>)[key];
    }
    case 'MemberExpression': {
      const object = compile(node.object as Node, fn);
      const property = node.property as Node;
      // A[b] reads the value of b; A.b reads "b" (decided here, not at every evaluation).
      if (node.computed) {
        const key = compile(property, fn);
        return (f, p, d, e, i) => allowed((object(f, p, d, e, i) as Record<PropertyKey, unknown>)[key(f, p, d, e, i) as PropertyKey]);
      }
      const key = memberName(property) as PropertyKey;
      return (f, p, d, e, i) => allowed((object(f, p, d, e, i) as Record<PropertyKey, unknown>)[key]);
    }
    case 'CallExpression': {
      let name = (node.callee as Node).name as string;
      if (name.startsWith('_')) name = name.slice(1);
      const args = (node.arguments as Node[]).map((arg) => compile(arg, fn));
      if (name === 'if') {
        if (args.length < 3) throw new Unsupported();
        const [test, then, otherwise] = args as [Compiled, Compiled, Compiled];
        return (f, p, d, e, i) => (test(f, p, d, e, i) ? then(f, p, d, e, i) : otherwise(f, p, d, e, i));
      }
      // Called with the view's table as `this`, as vega-interpreter does; the event helpers are left to it.
      if (EVENT_FUNCTIONS.has(name)) throw new Unsupported();
      type Call = (this: Functions, ...args: unknown[]) => unknown;
      // The view's function, else vega-interpreter's own, decided here from the table the tree is
      // first compiled with (every view shares vega-functions' one table), not at every call.
      if (typeof fn[name] === 'function') {
        if (args.length === 1) {
          const [a] = args as [Compiled];
          return (f, p, d, e, i) => (f[name] as Call).call(f, a(f, p, d, e, i));
        }
        if (args.length === 2) {
          const [a, b] = args as [Compiled, Compiled];
          return (f, p, d, e, i) => (f[name] as Call).call(f, a(f, p, d, e, i), b(f, p, d, e, i));
        }
        return (f, p, d, e, i) => (f[name] as Call).apply(f, args.map((arg) => arg(f, p, d, e, i)));
      }
      const builtIn = Object.hasOwn(BUILT_IN, name) ? (BUILT_IN[name] as Call) : undefined;
      if (!builtIn) throw new Unsupported();
      if (args.length === 1) {
        const [a] = args as [Compiled];
        return (f, p, d, e, i) => builtIn.call(f, a(f, p, d, e, i));
      }
      return (f, p, d, e, i) => builtIn.apply(f, args.map((arg) => arg(f, p, d, e, i)));
    }
    case 'ArrayExpression': {
      const elements = (node.elements as Node[]).map((element) => compile(element, fn));
      return (f, p, d, e, i) => elements.map((element) => element(f, p, d, e, i));
    }
    case 'BinaryExpression': {
      const op = BINARY[node.operator as string];
      if (!op) throw new Unsupported();
      const left = compile(node.left as Node, fn);
      const right = compile(node.right as Node, fn);
      return (f, p, d, e, i) => op(left(f, p, d, e, i), right(f, p, d, e, i));
    }
    case 'UnaryExpression': {
      const op = UNARY[node.operator as string];
      if (!op) throw new Unsupported();
      const argument = compile(node.argument as Node, fn);
      return (f, p, d, e, i) => op(argument(f, p, d, e, i));
    }
    case 'ConditionalExpression': {
      const test = compile(node.test as Node, fn);
      const then = compile(node.consequent as Node, fn);
      const otherwise = compile(node.alternate as Node, fn);
      return (f, p, d, e, i) => (test(f, p, d, e, i) ? then(f, p, d, e, i) : otherwise(f, p, d, e, i));
    }
    case 'LogicalExpression': {
      const left = compile(node.left as Node, fn);
      const right = compile(node.right as Node, fn);
      if (node.operator === '&&') return (f, p, d, e, i) => left(f, p, d, e, i) && right(f, p, d, e, i);
      return (f, p, d, e, i) => left(f, p, d, e, i) || right(f, p, d, e, i);
    }
    case 'ObjectExpression': {
      const properties = (node.properties as Node[]).map((property) => {
        const key = memberName(property.key as Node);
        if (REFUSED_KEYS.has(String(key))) throw new Unsupported(); // vega-interpreter says so on the console
        return [key, compile(property.value as Node, fn)] as const;
      });
      return (f, p, d, e, i) => {
        const object: Record<PropertyKey, unknown> = {};
        for (const [key, value] of properties) {
          const v = value(f, p, d, e, i);
          if (REFUSED_VALUES.has(v)) refused(v);
          else object[key as PropertyKey] = v;
        }
        return object;
      };
    }
    default:
      throw new Unsupported();
  }
}

/** A property name as vega-interpreter reads it: an identifier's name, a literal's value. */
function memberName(node: Node): unknown {
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'Literal') return node.value;
  throw new Unsupported();
}

/** A value read by a member access, unless vega-interpreter refuses it (only functions are). */
function allowed(value: unknown): unknown {
  return typeof value === 'function' && REFUSED_VALUES.has(value) ? refused(value) : value;
}

function refused(value: unknown): undefined {
  console.error(`Prevented interpretation of ${String((value as { name?: string }).name ?? value)}, which could lead to insecure code execution`);
  return undefined;
}

/** Closures by tree: the charts sharing a parse share them (undefined: left to vega-interpreter). */
const compiled = new WeakMap<object, Compiled | undefined>();

function compiledFor(ast: Node, fn: Functions): Compiled | undefined {
  if (compiled.has(ast)) return compiled.get(ast);
  let result: Compiled | undefined;
  try {
    result = compile(ast, fn);
  } catch (error) {
    if (!(error instanceof Unsupported)) throw error;
  }
  compiled.set(ast, result);
  return result;
}

interface Context {
  functions: Functions;
}
interface Expr {
  ast: Node;
}
interface Encode {
  marktype: string;
  channels: Record<string, Expr>;
}

/** Each axis's start, end, centre and size channels. */
const AXES = [
  ['x', 'x2', 'xc', 'width'],
  ['y', 'y2', 'yc', 'height'],
] as const;

/** Sets x/width from x2 (and xc, y2, yc) as vega-interpreter's encoders do after the channels. */
function adjustSpatial(item: Record<string, number>, channels: Record<string, unknown>, swap: boolean): void {
  for (const [start, end, centre, size] of AXES) {
    if (channels[end]) {
      if (channels[start]) {
        if (swap && item[start]! > item[end]!) [item[start], item[end]] = [item[end]!, item[start]!];
        item[size] = item[end]! - item[start]!;
      } else item[start] = item[end]! - (item[size] || 0);
    }
    if (channels[centre]) item[start] = item[centre]! - (item[size] || 0) / 2;
  }
}

/** Each channel's closure by encoder (shared by the views of one parse); undefined: left to vega-interpreter. */
const encoders = new WeakMap<object, [string, Compiled][] | undefined>();

/** vega-interpreter's interface (its `expressionInterpreter`), which src/render/vega-runtime.ts gives. */
export interface ExpressionInterpreter {
  operator(ctx: Context, expr: Expr): unknown;
  parameter(ctx: Context, expr: Expr): unknown;
  event(ctx: Context, expr: Expr): unknown;
  handler(ctx: Context, expr: Expr): unknown;
  encode(ctx: Context, encode: Encode): unknown;
}

/**
 * Vega's `expr` option for a View: vega-interpreter's interface, with closures where they can be
 * made and `expressionInterpreter` for the rest.
 */
export const closureExpressions = (expressionInterpreter: ExpressionInterpreter): ExpressionInterpreter => {
  /** The closure of `expr` called as `call` says, or vega-interpreter's `kind` when there is none. */
  const either =
    (kind: Exclude<keyof ExpressionInterpreter, 'encode'>, call: (run: Compiled, fn: Functions) => unknown) =>
    (ctx: Context, expr: Expr): unknown => {
      const run = compiledFor(expr.ast, ctx.functions);
      return run ? call(run, ctx.functions) : expressionInterpreter[kind](ctx, expr);
    };
  return {
    operator: either('operator', (run, fn) => (params: unknown) => run(fn, params, undefined, undefined, undefined)),
    parameter: either('parameter', (run, fn) => (datum: unknown, params: unknown) => run(fn, params, datum, undefined, undefined)),
    event: either('event', (run, fn) => (event: unknown) => run(fn, undefined, undefined, event, undefined)),
    handler: either('handler', (run, fn) => (params: unknown, event: { item?: { datum?: unknown } }) => run(fn, params, event.item && event.item.datum, event, undefined)),
    encode(ctx: Context, encode: Encode) {
      const { marktype, channels } = encode;
      if (!encoders.has(encode)) {
        const list = Object.entries(channels).map(([name, channel]) => [name, compiledFor(channel.ast, ctx.functions)] as const);
        encoders.set(encode, list.every(([, run]) => run) ? (list as [string, Compiled][]) : undefined);
      }
      const list = encoders.get(encode);
      if (!list) return expressionInterpreter.encode(ctx, encode);
      const fn = ctx.functions;
      const swap = marktype === 'group' || marktype === 'image' || marktype === 'rect';
      const names = list.map(([name]) => name);
      const runs = list.map(([, run]) => run);
      // Whether x/width (or y) follow from other channels is known from the channels' names.
      const spatial = marktype !== 'rule' && AXES.some(([, end, centre]) => channels[end] || channels[centre]);
      return (item: Record<string, unknown>, params: unknown) => {
        const datum = item.datum;
        let changed = 0;
        for (let at = 0; at < runs.length; at++) {
          const value = runs[at]!(fn, params, datum, undefined, item);
          const name = names[at]!;
          if (item[name] !== value) {
            item[name] = value;
            changed = 1;
          }
        }
        if (spatial) adjustSpatial(item as Record<string, number>, channels, swap);
        return changed;
      };
    },
  };
};
