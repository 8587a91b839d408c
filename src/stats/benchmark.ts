import { compareWithBenchmark } from './compare.js';
import { limitsAt, type RowLimits, type ValueType } from './limits.js';
import type { Comparison, JudgedQuintile, Polarity, ValueQuintile } from './types.js';

/** How an indicator compares an area (SPEC-v1 `comparison`): Fingertips' benchmarking methods, or none. */
export type ComparisonMethod = 'ci-overlap-95' | 'ci-overlap-99.8' | 'quintiles' | 'none';

/** The result of any method: a benchmark status, or the area's fifth. */
export type AreaComparison = Comparison | JudgedQuintile | ValueQuintile;

export type NotComparedReason = 'method-none' | 'no-value' | 'no-benchmark-value' | 'no-interval' | 'too-few-peers';

export interface AreaComparisonResult {
  status: AreaComparison;
  /** Why the area is not compared (only with `not-compared`). */
  reason?: NotComparedReason;
  /** The limits the comparison used (given, or computed from the count), at the method's level. */
  limits?: { lower: number; upper: number; confidence: 0.95 | 0.998 };
}

/** Fewer areas than this → quintiles are not compared (FingertipsNext: `WHEN nc.Count < 5 THEN 'NOT COMPARED'`). */
export const QUINTILE_MIN_AREAS = 5;

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

/**
 * NTILE(n) as SQL Server computes it: the values sorted ascending are dealt into n groups of
 * ⌊count/n⌋, the first (count mod n) groups taking one more. Returns each input's group, 1 (lowest) to n,
 * in input order. Ties keep their input order (SQL leaves their order undefined).
 */
export function ntile(values: readonly number[], n = 5): number[] {
  const order = values.map((value, index) => ({ value, index })).sort((a, b) => a.value - b.value || a.index - b.index);
  const base = Math.floor(values.length / n);
  const larger = values.length % n;
  const groups = new Array<number>(values.length);
  let position = 0;
  for (let group = 1; group <= n; group++) {
    const size = base + (group <= larger ? 1 : 0);
    for (let k = 0; k < size; k++) groups[order[position++]!.index] = group;
  }
  return groups;
}

const judgedHighIsGood: readonly JudgedQuintile[] = ['quintile-worst', 'quintile-worse', 'quintile-middle-judged', 'quintile-better', 'quintile-best'];
const valueFifths: readonly ValueQuintile[] = ['quintile-lowest', 'quintile-low', 'quintile-middle', 'quintile-high', 'quintile-highest'];

/** The status of NTILE group 1..5 for a polarity (FingertipsNext GetIndicatorDataWithQuintileBenchmarkComparison.sql). */
export function quintileStatus(group: number, polarity: Polarity): JudgedQuintile | ValueQuintile {
  const index = group - 1;
  if (polarity === 'higher-is-better') return judgedHighIsGood[index]!;
  if (polarity === 'lower-is-better') return judgedHighIsGood[4 - index]!;
  return valueFifths[index]!;
}

/**
 * The area's fifth among its peers (the spec's areas of the same `type` with a value in the period, the area
 * included): Fingertips' quintiles, by NTILE(5) over the values, ascending. Fewer than 5 → not compared.
 */
export function compareByQuintile(
  area: string,
  peers: ReadonlyArray<{ code: string; value: number | null }>,
  polarity: Polarity,
): AreaComparisonResult {
  const { groups, count } = quintilesOf(peers);
  const group = groups.get(area);
  if (group === undefined) return { status: 'not-compared', reason: 'no-value' };
  if (count < QUINTILE_MIN_AREAS) return { status: 'not-compared', reason: 'too-few-peers' };
  return { status: quintileStatus(group, polarity) };
}

/**
 * Each peer's NTILE(5) group by code (the first entry of a code repeated), and how many peers have a
 * value. Kept per peers list: the model gives one list per indicator, period and area type, so a map
 * of 300 councils sorts their values once, not once per council (so a list must not change once compared).
 */
const quintileCache = new WeakMap<object, { groups: Map<string, number>; count: number }>();

function quintilesOf(peers: ReadonlyArray<{ code: string; value: number | null }>): { groups: Map<string, number>; count: number } {
  let found = quintileCache.get(peers);
  if (found) return found;
  const withValues = peers.filter((p): p is { code: string; value: number } => isNumber(p.value));
  const ranks = ntile(withValues.map((p) => p.value));
  const groups = new Map<string, number>();
  withValues.forEach((p, i) => {
    if (!groups.has(p.code)) groups.set(p.code, ranks[i]!);
  });
  found = { groups, count: withValues.length };
  quintileCache.set(peers, found);
  return found;
}

export interface CompareAreaInput {
  method?: ComparisonMethod | undefined;
  row: RowLimits | undefined;
  benchmarkValue: number | null | undefined;
  polarity: Polarity;
  valueType?: ValueType | undefined;
  multiplier?: number | undefined;
  /** For quintiles: the area's code and its peers' values (the area included). */
  area?: string;
  peers?: ReadonlyArray<{ code: string; value: number | null }>;
}

/**
 * Compares an area by the indicator's method:
 * - `ci-overlap-95` (default) and `ci-overlap-99.8`: the area's interval at that level against the benchmark
 *   value (Fingertips "confidence intervals overlapping reference value", `compareWithBenchmark`), the
 *   limits given or computed from the count (`limitsAt`);
 * - `quintiles`: `compareByQuintile`;
 * - `none`: not compared.
 */
export function compareArea(input: CompareAreaInput): AreaComparisonResult {
  const method = input.method ?? 'ci-overlap-95';
  const value = input.row?.value;
  if (method === 'none') return { status: 'not-compared', reason: 'method-none' };
  if (!isNumber(value)) return { status: 'not-compared', reason: 'no-value' };
  if (method === 'quintiles') return compareByQuintile(input.area ?? '', input.peers ?? [], input.polarity);
  const confidence = method === 'ci-overlap-99.8' ? 0.998 : 0.95;
  if (!isNumber(input.benchmarkValue)) return { status: 'not-compared', reason: 'no-benchmark-value' };
  const limits = limitsAt(input.row!, confidence, input.valueType, input.multiplier);
  if (!limits) return { status: 'not-compared', reason: 'no-interval' };
  const status = compareWithBenchmark({ value, ...limits }, input.benchmarkValue, input.polarity);
  return { status, limits: { ...limits, confidence } };
}
