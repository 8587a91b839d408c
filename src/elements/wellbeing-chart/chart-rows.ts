/**
 * The rows <wellbeing-chart> gives an author's Vega-Lite as the named dataset `rows` (SPEC-v1,
 * "More elements"): the spec's data filtered by the element's `indicator`, `area` and `period`,
 * with names joined in and each row's comparison with the benchmark worked out by the library's
 * own statistics (Fingertips: similar when the benchmark lies inside the row's interval).
 * Pure (no DOM): the element, its table and CSV, and the command line's `render` share it.
 */
import type { Model } from '../../model/model.js';
import { parseAreaList } from '../../model/model.js';
import type { DataRow, Indicator } from '../../spec/schema.js';
import { compareArea, type Comparison, type ComparisonMethod } from '../../stats/index.js';
import type { Messages } from '../../i18n/index.js';

/** One row of the `rows` dataset. Fields the data does not give are `null`, never missing. */
export interface ChartRow {
  indicator: string;
  indicatorTitle: string;
  area: string;
  areaName: string;
  period: string;
  /** The period as people read it (`2021/22`). */
  periodLabel: string;
  value: number | null;
  lower: number | null;
  upper: number | null;
  count: number | null;
  denominator: number | null;
  /** The group's label (`Most deprived 10%`), or null for the whole area. */
  group: string | null;
  groupType: string | null;
  groupOrder: number | null;
  /** Against the benchmark's whole-area value in the same period. */
  comparison: Comparison;
  /** The comparison in the element's language (`better than England`), for legends and tooltips. */
  comparisonLabel: string;
  unit: string | null;
  polarity: string;
}

/** What the element asks for (its attributes). */
export interface ChartRowsRequest {
  /** Indicator ids, space- or comma-separated; empty: every indicator. */
  indicator?: string | null | undefined;
  /** Area codes, space- or comma-separated; empty: every area. */
  area?: string | null | undefined;
  /** Periods, space- or comma-separated, or `latest` (each indicator's latest period with a value); empty: every period. */
  period?: string | null | undefined;
  /** Overrides the spec's benchmark. */
  benchmark?: string | null | undefined;
}

/** The request names something the spec does not have. */
export class ChartRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ChartRequestError';
  }
}

export interface ChartRows {
  rows: ChartRow[];
  /** The benchmark's name, or undefined when there is none. */
  benchmarkName: string | undefined;
}

const asNumber = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/**
 * A row against the benchmark's value by the indicator's `comparison` method (src/stats `compareArea`, as
 * in every element): 95% or 99.8% intervals, or `none`. Quintiles rank an area among its peers, a status
 * the `comparison` field and range do not hold: such indicators are compared at 95%, as docs/chart-recipes.md says.
 */
function compareWithBenchmarkBy(method: ComparisonMethod, row: DataRow, benchmarkValue: number | null, indicator: Indicator): Comparison {
  const result = compareArea({
    method: method === 'quintiles' ? 'ci-overlap-95' : method,
    row,
    benchmarkValue,
    polarity: indicator.polarity ?? 'no-judgement',
    valueType: indicator.valueType,
    multiplier: indicator.multiplier,
  });
  return result.status as Comparison;
}

/** Builds the `rows` dataset for a request. Throws ChartRequestError for unknown ids, codes or periods. */
export function buildChartRows(model: Model, request: ChartRowsRequest, messages: Messages): ChartRows {
  const m = messages.wellbeingChart;
  const indicatorIds = parseAreaList(request.indicator);
  for (const id of indicatorIds) {
    if (!model.indicator(id)) throw new ChartRequestError(m.unknownIndicator({ id, known: [...model.indicators.keys()].join(', ') }));
  }
  const areaCodes = parseAreaList(request.area);
  for (const code of areaCodes) {
    if (!model.area(code)) throw new ChartRequestError(m.unknownArea({ code }));
  }
  if (request.benchmark && !model.area(request.benchmark)) throw new ChartRequestError(m.unknownArea({ code: request.benchmark }));
  const periods = parseAreaList(request.period);
  const latest = periods.some((p) => p.toLowerCase() === 'latest');
  const named = new Set(periods.filter((p) => p.toLowerCase() !== 'latest'));
  for (const period of named) {
    if (!model.periods.includes(period)) throw new ChartRequestError(m.unknownPeriod({ period, known: model.periods.join(', ') }));
  }

  const benchmark = model.benchmark(request.benchmark);
  const benchmarkName = benchmark ? model.areaName(benchmark) : undefined;
  const indicators = indicatorIds.length ? indicatorIds : [...model.indicators.keys()];
  const areaSet = areaCodes.length ? new Set(areaCodes) : undefined;
  const rows: ChartRow[] = [];
  for (const id of indicators) {
    const indicator = model.indicator(id)!;
    const candidates = model.rows(id).filter((row) => !areaSet || areaSet.has(row.area));
    // `latest`: the indicator's latest period with a value among the areas shown (indicators differ).
    let latestPeriod: string | undefined;
    if (latest) {
      for (const row of candidates) {
        if (row.value !== null && (latestPeriod === undefined || model.comparePeriods(row.period, latestPeriod) > 0)) latestPeriod = row.period;
      }
    }
    const method = indicator.comparison ?? 'ci-overlap-95';
    for (const row of candidates) {
      if (periods.length && !named.has(row.period) && row.period !== latestPeriod) continue;
      // The benchmark's own whole-area row is not compared with itself; its groups are.
      const benchmarkRow = benchmark && !(row.area === benchmark && !row.group) ? model.row(id, benchmark, row.period) : undefined;
      const comparison = benchmarkRow ? compareWithBenchmarkBy(method, row, benchmarkRow.value, indicator) : 'not-compared';
      const comparisonWord = messages.comparison[comparison];
      rows.push({
        indicator: id,
        indicatorTitle: indicator.title,
        area: row.area,
        areaName: model.areaName(row.area),
        period: row.period,
        periodLabel: model.periodLabel(row.period),
        value: asNumber(row.value),
        lower: asNumber(row.lower),
        upper: asNumber(row.upper),
        count: asNumber(row.count),
        denominator: asNumber(row.denominator),
        group: row.group?.label ?? null,
        groupType: row.group?.type ?? null,
        groupOrder: asNumber(row.group?.order),
        comparison,
        comparisonLabel: benchmarkName ? messages.comparison.sentence({ comparison: comparisonWord, benchmark: benchmarkName }) : comparisonWord,
        unit: indicator.unit ?? null,
        polarity: indicator.polarity ?? 'no-judgement',
      });
    }
  }
  rows.sort((a, b) => model.comparePeriods(a.period, b.period));
  return { rows, benchmarkName };
}
