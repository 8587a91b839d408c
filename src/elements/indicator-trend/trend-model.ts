/**
 * The view model of <indicator-trend>: which indicator, area and comparators to draw (with the
 * documented defaults), the series period by period with each value's comparison with the benchmark
 * (src/stats, the Fingertips rule), the gaps, and the recent trend. Pure: no DOM, no Vega.
 */
import type { Messages } from '../../i18n/index.js';
import { parseAreaList, type Model } from '../../model/model.js';
import type { DataRow, Indicator } from '../../spec/schema.js';
import { compareArea, recentTrend, type AreaComparison, type ComparisonMethod, type TrendResult } from '../../stats/index.js';
import { numberStyle, type NumberStyle } from '../../render/format.js';
import { judgedQuintiles, valueQuintiles } from '../../render/status.js';

/**
 * The indicator's title for use inside a sentence: its short title, else its title without a
 * trailing parenthesis (`Life satisfaction (mean score, 0 to 10)` → `Life satisfaction`).
 */
export function titleForSentence(indicator: Indicator): string {
  const short = indicator.shortTitle?.trim();
  if (short) return short;
  const stripped = indicator.title.replace(/\s*\([^()]*\)\s*$/, '').trim();
  return stripped || indicator.title;
}

/** The element cannot show what it was asked (unknown indicator, area…); the message is for people. */
export class TrendRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'TrendRequestError';
  }
}

/** The order statuses are listed in (the key, the chart's legend): benchmark results, the fifths best or highest first, then not compared. */
export const TREND_STATUS_ORDER: readonly AreaComparison[] = [
  'better',
  'similar',
  'worse',
  'higher',
  'lower',
  ...judgedQuintiles,
  ...[...valueQuintiles].reverse(),
  'not-compared',
];

/** What the element's attributes ask for; absent values take the documented defaults. */
export interface TrendRequest {
  indicator?: string | null | undefined;
  area?: string | null | undefined;
  /** Space- or comma-separated area codes (SPEC-v1 `compare`). */
  compare?: string | null | undefined;
  /** Overrides the spec's benchmark. */
  benchmark?: string | null | undefined;
  /** Language for numbers (BCP 47). */
  locale: string;
}

export type SeriesRole = 'area' | 'benchmark' | 'comparator';

export interface TrendSeries {
  code: string;
  name: string;
  role: SeriesRole;
}

/**
 * Why a value was not compared: no interval (at the method's level, given or computable from the count),
 * no benchmark area or value, no value; `method-none`: the indicator's `comparison` is `none`;
 * `too-few-peers`: quintiles need 5 areas of the type with a value in the period.
 */
export type NotComparedReason = 'no-intervals' | 'no-benchmark' | 'no-benchmark-value' | 'no-value' | 'method-none' | 'too-few-peers';

export interface TrendPoint {
  period: string;
  /** The period as people read it (`2019-04-01/P1Y` → `2019/20`). */
  label: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  note: string | undefined;
  /**
   * The area in this period by the indicator's `comparison` method (src/stats `compareArea`, the same as the
   * wheel and the map): against the benchmark by 95% or 99.8% intervals, or its fifth among areas of its type.
   */
  comparison: AreaComparison;
  notComparedBecause: NotComparedReason | undefined;
  benchmarkValue: number | null;
  /** Quintiles: how many areas of the area's type have a value in this period (the area's peers, itself included). */
  peerCount: number | undefined;
  /** Each comparator's value in this period, in the order of `TrendView.comparators`. */
  comparatorValues: (number | null)[];
}

export interface TrendView {
  indicator: Indicator;
  /** The indicator's name inside a sentence (short title, else title without its parenthesis). */
  sentenceTitle: string;
  style: NumberStyle;
  area: TrendSeries;
  /** The area values are compared with; undefined when the spec and element name none (or it is the area). */
  benchmark: TrendSeries | undefined;
  /** The other lines drawn: the benchmark first, then the `compare` areas. */
  comparators: TrendSeries[];
  /** One point per period any drawn series has a row for, in time order. */
  points: TrendPoint[];
  /** The first and latest periods in which the area has a value. */
  first: TrendPoint;
  latest: TrendPoint;
  /** Periods shown without a value for the area. */
  gaps: TrendPoint[];
  /** Whether any of the area's values has both confidence limits. */
  hasIntervals: boolean;
  /** The indicator's comparison method (SPEC-v1 `comparison`; `ci-overlap-95` when absent). */
  method: ComparisonMethod;
  /** Whether any value was compared (with the benchmark, or placed in a fifth). */
  anyCompared: boolean;
  /** Fingertips recent trend of the area's latest points. */
  trend: TrendResult;
  target: number | undefined;
}

const isNumber = (x: unknown): x is number => typeof x === 'number' && Number.isFinite(x);
const hasValue = (row: DataRow | undefined) => row !== undefined && isNumber(row.value);

function listCodes(items: Iterable<string>, limit = 8): string {
  const all = [...items];
  return all.length > limit ? `${all.slice(0, limit).join(', ')}, …` : all.join(', ');
}

/** The indicator asked for, else the first indicator with whole-area values, else the first. */
function chooseIndicator(model: Model, id: string | null | undefined, m: Messages['indicatorTrend']): Indicator {
  const indicators = model.spec.indicators;
  if (indicators.length === 0) throw new TrendRequestError(m.errors.noIndicators);
  if (id) {
    const found = model.indicator(id);
    if (!found) throw new TrendRequestError(m.errors.unknownIndicator({ id, options: listCodes(indicators.map((i) => i.id)) }));
    return found;
  }
  return indicators.find((i) => model.rows(i.id).some((r) => !r.group && isNumber(r.value))) ?? indicators[0]!;
}

function checkArea(model: Model, code: string, message: (p: { code: string; options: string }) => string): void {
  if (!model.area(code)) throw new TrendRequestError(message({ code, options: listCodes(model.areas.keys()) }));
}

/** Does the area have any whole-area value for the indicator? */
function hasWholeAreaValues(model: Model, indicator: string, area: string): boolean {
  return model.rows(indicator, area).some((r) => !r.group && isNumber(r.value));
}

/**
 * Builds the view. Defaults: the first indicator with whole-area values; the first area (in the
 * spec's order) other than the benchmark with a value; comparators = the benchmark, which is always
 * drawn because the points are judged against it, followed by the `compare` areas.
 * Throws TrendRequestError with a sentence naming the attribute when the request cannot be shown.
 */
export function buildTrendView(model: Model, request: TrendRequest, messages: Messages): TrendView {
  const m = messages.indicatorTrend;
  const indicator = chooseIndicator(model, request.indicator, m);

  if (request.benchmark) checkArea(model, request.benchmark, m.errors.unknownBenchmark);
  const benchmarkCode = model.benchmark(request.benchmark);

  let areaCode = request.area ?? '';
  if (areaCode) checkArea(model, areaCode, m.errors.unknownArea);
  else {
    const candidates = model.spec.areas.map((a) => a.code);
    areaCode =
      candidates.find((code) => code !== benchmarkCode && hasWholeAreaValues(model, indicator.id, code)) ??
      candidates.find((code) => hasWholeAreaValues(model, indicator.id, code)) ??
      candidates[0] ??
      '';
  }
  const areaName = model.areaName(areaCode);
  if (!hasWholeAreaValues(model, indicator.id, areaCode)) {
    const groups = model.groupTypes(indicator.id, areaCode);
    const rowsWithValues = model.rows(indicator.id, areaCode).some((r) => isNumber(r.value));
    throw new TrendRequestError(
      groups.length && rowsWithValues
        ? m.errors.onlyGroups({ indicator: indicator.id, area: areaName, groups: groups.join(', ') })
        : m.errors.noData({ indicator: indicator.id, area: areaName }),
    );
  }

  const compareCodes = parseAreaList(request.compare);
  for (const code of compareCodes) checkArea(model, code, m.errors.unknownCompare);

  const benchmark: TrendSeries | undefined =
    benchmarkCode && benchmarkCode !== areaCode ? { code: benchmarkCode, name: model.areaName(benchmarkCode), role: 'benchmark' } : undefined;
  const comparators: TrendSeries[] = benchmark ? [benchmark] : [];
  for (const code of compareCodes) {
    if (code === areaCode || comparators.some((c) => c.code === code)) continue;
    comparators.push({ code, name: model.areaName(code), role: 'comparator' });
  }

  // Periods any drawn series has a row for: a period missing for the area then shows as a gap.
  const drawn = [areaCode, ...comparators.map((c) => c.code)];
  const periods = model.periods.filter((period) => drawn.some((code) => model.row(indicator.id, code, period)));

  const polarity = indicator.polarity;
  const method: ComparisonMethod = indicator.comparison ?? 'ci-overlap-95';
  const points: TrendPoint[] = periods.map((period) => {
    const row = model.row(indicator.id, areaCode, period);
    const benchmarkRow = benchmark ? model.row(indicator.id, benchmark.code, period) : undefined;
    const value = hasValue(row) ? row!.value : null;
    const lower = isNumber(row?.lower) ? row!.lower! : null;
    const upper = isNumber(row?.upper) ? row!.upper! : null;
    const benchmarkValue = hasValue(benchmarkRow) ? benchmarkRow!.value : null;
    const peers = method === 'quintiles' && value !== null ? model.peerValues(indicator.id, areaCode, period) : undefined;
    const { comparison, notComparedBecause } = comparePoint({
      method,
      value,
      hasBenchmark: benchmark !== undefined,
      compare: () =>
        compareArea({
          method,
          row,
          benchmarkValue,
          polarity,
          valueType: indicator.valueType,
          multiplier: indicator.multiplier,
          area: areaCode,
          peers,
        }),
    });
    return {
      period,
      label: model.periodLabel(period),
      value,
      lower,
      upper,
      note: row?.note,
      comparison,
      notComparedBecause,
      benchmarkValue,
      peerCount: peers?.filter((p) => isNumber(p.value)).length,
      comparatorValues: comparators.map((c) => {
        const other = model.row(indicator.id, c.code, period);
        return hasValue(other) ? other!.value : null;
      }),
    };
  });

  // Two periods that read the same ("2019/20" and "2019-20") would share a place on the axis.
  const seen = new Set<string>();
  for (const point of points) {
    if (seen.has(point.label)) point.label = point.period;
    seen.add(point.label);
  }

  const withValues = points.filter((p) => p.value !== null);
  const drawnRows = drawn.flatMap((code) => model.rows(indicator.id, code).filter((r) => !r.group));
  const areaRows = points.map((p) => model.row(indicator.id, areaCode, p.period));

  return {
    indicator,
    sentenceTitle: titleForSentence(indicator),
    style: numberStyle(indicator, drawnRows, request.locale),
    area: { code: areaCode, name: areaName, role: 'area' },
    benchmark,
    comparators,
    points,
    first: withValues[0]!,
    latest: withValues[withValues.length - 1]!,
    gaps: points.filter((p) => p.value === null),
    hasIntervals: points.some((p) => p.lower !== null && p.upper !== null && p.value !== null),
    method,
    anyCompared: points.some((p) => p.comparison !== 'not-compared'),
    trend: recentTrend(
      areaRows.map((row) => ({
        value: hasValue(row) ? row!.value : null,
        lower: row?.lower ?? null,
        upper: row?.upper ?? null,
        count: row?.count ?? null,
        denominator: row?.denominator ?? null,
      })),
      polarity,
      { valueType: indicator.valueType, multiplier: indicator.multiplier },
    ),
    target: isNumber(indicator.target) ? indicator.target : undefined,
  };
}

const reasonOf: Record<string, NotComparedReason> = {
  'method-none': 'method-none',
  'too-few-peers': 'too-few-peers',
  'no-value': 'no-value',
  'no-benchmark-value': 'no-benchmark-value',
  'no-interval': 'no-intervals',
};

/**
 * One period's comparison: by quintiles whatever the benchmark (an area's fifth among its peers);
 * by intervals only against a benchmark area; `none` never. The statistics are src/stats' `compareArea`.
 */
function comparePoint(input: {
  method: ComparisonMethod;
  value: number | null;
  hasBenchmark: boolean;
  compare: () => ReturnType<typeof compareArea>;
}): { comparison: AreaComparison; notComparedBecause: NotComparedReason | undefined } {
  if (input.value === null) return { comparison: 'not-compared', notComparedBecause: 'no-value' };
  if (input.method === 'none') return { comparison: 'not-compared', notComparedBecause: 'method-none' };
  if (input.method !== 'quintiles' && !input.hasBenchmark) return { comparison: 'not-compared', notComparedBecause: 'no-benchmark' };
  const result = input.compare();
  return { comparison: result.status, notComparedBecause: result.reason ? reasonOf[result.reason] : undefined };
}
