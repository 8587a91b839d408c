/**
 * What an <area-map> shows, in words and numbers, before anything is drawn: which areas (all the
 * areas of the boundary layer that the spec knows, or the children of `within`), each area's value
 * and how it compares with the benchmark, the summary sentence, the legend and the table order.
 * No DOM: unit-tested directly, and reused by the downloads.
 */
import { ViewError } from '../base/wellbeing-element.js';
import { listInWords, type Messages } from '../../i18n/index.js';
import type { Model } from '../../model/model.js';
import { parsePeriod, periodLabel } from '../../model/period.js';
import type { DataRow, Indicator } from '../../spec/schema.js';
import { compareArea } from '../../stats/benchmark.js';
import { formatValue, numberStyle, type NumberStyle } from '../../render/format.js';
import { statuses, type ComparisonStatus, type QuintileStatus } from '../../render/status.js';

/**
 * How an area is shown: its comparison by the indicator's method (confidence intervals against the
 * benchmark, or its fifth among areas of the same type), or `no-data` (no value in the period: hatched).
 */
export type MapStatus = ComparisonStatus | 'no-data';

/** The order statuses are counted and listed in (the summary, the legend): best to worst, then highest to lowest. */
export const MAP_STATUS_ORDER: readonly MapStatus[] = [
  'better', 'similar', 'worse', 'higher', 'lower',
  'quintile-best', 'quintile-better', 'quintile-middle-judged', 'quintile-worse', 'quintile-worst',
  'quintile-highest', 'quintile-high', 'quintile-middle', 'quintile-low', 'quintile-lowest',
  'not-compared', 'no-data',
];

const isQuintile = (status: MapStatus): status is QuintileStatus => statuses[status].family === 'quintile';

/**
 * Words for a status in the map's sentences. Quintiles do not name the benchmark ("in the best fifth"),
 * so the map uses the same phrases as the wheel rather than a second copy of them.
 */
function statusWords(messages: Messages) {
  const m = messages.areaMap;
  const w = messages.wheel;
  const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return {
    status: (s: Exclude<MapStatus, 'no-data'>, benchmark: string) => (isQuintile(s) ? w.status[s]() : m.status[s]({ benchmark })),
    legend: (s: Exclude<MapStatus, 'no-data'>, benchmark: string) => (isQuintile(s) ? capitalise(w.status[s]()) : m.legendStatus[s]({ benchmark })),
    count: (s: MapStatus, first: boolean, count: number, benchmark: string) =>
      isQuintile(s) ? w.statusCount[s]({ count }) : (first ? m.countFirst[s] : m.countMore[s])({ count, benchmark }),
  };
}

/** The letter drawn with each status: the one status vocabulary's (src/render/status.ts). */
export const mapStatusLetter = Object.fromEntries(MAP_STATUS_ORDER.map((s) => [s, statuses[s].letter])) as Record<MapStatus, string>;

export interface MapArea {
  code: string;
  name: string;
  row: DataRow | undefined;
  value: number | null;
  /** The value as written (`74.1%`), or "no data". */
  valueText: string;
  /** `70.2% to 78.0%`, when the row has limits. */
  intervalText: string | undefined;
  status: MapStatus;
  letter: string;
  /** "better than Wales", "no data". */
  statusText: string;
  /** What a screen reader says for the area: "Cardiff: 7.40, similar to Wales". */
  accessibleName: string;
}

export interface MapView {
  indicator: Indicator;
  title: string;
  period: string;
  periodText: string;
  /** Year whose boundaries are drawn (from the period's start), if the period reads as a date. */
  year: number | undefined;
  benchmark: { code: string; name: string; valueText: string } | undefined;
  within: { code: string; name: string } | undefined;
  /** Areas in alphabetical order (Home/End, the search list). */
  areas: MapArea[];
  byCode: ReadonlyMap<string, MapArea>;
  /** Codes with a row in the period (their outline may come from a nearby year). */
  withRow: ReadonlySet<string>;
  summary: string;
  legend: { status: MapStatus; letter: string; text: string; count: number }[];
  style: NumberStyle;
}

export interface MapOptions {
  indicator: string | null;
  period: string | null;
  within: string | null;
  benchmark: string | null;
  lang: string;
  /** The codes the boundary layer has (any year): without `within`, the map shows the spec's areas among them. */
  layerCodes: ReadonlySet<string>;
}

const collator = (lang: string) => {
  try {
    return new Intl.Collator(lang).compare;
  } catch {
    return new Intl.Collator('en').compare;
  }
};

/** Areas by value, highest first; areas without a value last; ties (and no values) by name. */
export function sortByValue<T extends { value: number | null; name: string }>(areas: readonly T[], lang = 'en'): T[] {
  const byName = collator(lang);
  return [...areas].sort((a, b) => {
    if (a.value === null || b.value === null) return a.value === b.value ? byName(a.name, b.name) : a.value === null ? 1 : -1;
    return b.value - a.value || byName(a.name, b.name);
  });
}

/** The period to show: the attribute (as in the data, or as read), else the latest with any value. */
function choosePeriod(model: Model, indicator: Indicator, requested: string | null, m: Messages['areaMap'], lang: string): string {
  const periods = model.periodsOf(indicator.id);
  if (requested) {
    const found = periods.find((p) => p === requested || periodLabel(p) === requested || periodLabel(p, lang) === requested);
    if (!found) throw new ViewError(m.errors.unknownPeriod({ period: requested, options: periods.map((p) => periodLabel(p, lang)).join(', ') || '—' }));
    return found;
  }
  const withValue = new Set(model.rows(indicator.id).filter((r) => r.value !== null && !r.group).map((r) => r.period));
  const latest = [...periods].reverse().find((p) => withValue.has(p));
  if (!latest) throw new ViewError(m.errors.noData({ indicator: indicator.id }));
  return latest;
}

/** The words for "N are better than Wales" and so on, joined: "3 are better than Wales, 15 similar and 4 worse". */
function countsInWords(counts: Map<MapStatus, number>, benchmark: string, messages: Messages): string {
  const words = statusWords(messages);
  const parts: string[] = [];
  for (const status of MAP_STATUS_ORDER) {
    const count = counts.get(status);
    if (!count) continue;
    // The first phrase names the benchmark and says "is/are"; the rest are short.
    parts.push(words.count(status, parts.length === 0, count, benchmark));
  }
  return listInWords(parts, messages);
}

export function buildMapView(model: Model, options: MapOptions, messages: Messages): MapView {
  const m = messages.areaMap;
  const indicatorIds = [...model.indicators.keys()];
  if (!indicatorIds.length) throw new ViewError(m.errors.noIndicators);
  const indicator = model.indicator(options.indicator ?? indicatorIds[0]);
  if (!indicator) throw new ViewError(m.errors.unknownIndicator({ id: options.indicator ?? '', options: indicatorIds.join(', ') }));

  let within: MapView['within'];
  if (options.within) {
    const area = model.area(options.within);
    const parents = [...new Set(model.spec.areas.flatMap((a) => (a.parent ? [a.parent] : [])))];
    if (!parents.includes(options.within)) {
      throw new ViewError(m.errors.unknownWithin({ code: options.within, options: parents.map((c) => `${c} (${model.areaName(c)})`).join(', ') || '—' }));
    }
    within = { code: options.within, name: area?.name ?? options.within };
  }

  const period = choosePeriod(model, indicator, options.period, m, options.lang);
  const parsed = parsePeriod(period);
  const year = parsed ? Math.floor(parsed.start) : undefined;

  // The benchmark: the attribute, else the `within` area when it has a value, else the spec's.
  if (options.benchmark && !model.area(options.benchmark)) {
    throw new ViewError(m.errors.unknownBenchmark({ code: options.benchmark, options: [...model.areas.keys()].slice(0, 12).join(', ') }));
  }
  const withinHasValue = within && model.row(indicator.id, within.code, period)?.value != null;
  const benchmarkCode = options.benchmark || (withinHasValue ? within!.code : undefined) || model.benchmark();
  const benchmarkRow = benchmarkCode ? model.row(indicator.id, benchmarkCode, period) : undefined;

  const style = numberStyle(indicator, indicator.decimals === undefined ? model.rows(indicator.id) : [], options.lang);
  const write = (value: number) => formatValue(value, style);
  const benchmark = benchmarkCode
    ? { code: benchmarkCode, name: model.areaName(benchmarkCode), valueText: benchmarkRow?.value != null ? write(benchmarkRow.value) : m.noData }
    : undefined;

  // Which areas: the children of `within`, else every area the spec knows that the layer has.
  const codes = new Set<string>();
  if (within) {
    for (const a of model.spec.areas) if (a.parent === within.code) codes.add(a.code);
  } else {
    for (const code of [...model.areas.keys(), ...model.areasWith(indicator.id)]) if (options.layerCodes.has(code)) codes.add(code);
  }
  if (!codes.size) throw new ViewError(within ? m.errors.noChildren({ within: within.name }) : m.errors.noAreasInLayer);

  // Quintiles: an area's fifth among the spec's areas of the same type in the period (Fingertips'
  // rule, as the wheel does), whichever of them the map shows.
  const method = indicator.comparison ?? 'ci-overlap-95';
  const words = statusWords(messages);

  const withRow = new Set<string>();
  const byName = collator(options.lang);
  const areas = [...codes]
    .map((code): MapArea => {
      const name = model.areaName(code);
      const row = model.row(indicator.id, code, period);
      if (row) withRow.add(code);
      const value = row?.value ?? null;
      let status: MapStatus;
      if (value === null) status = 'no-data';
      else if (method === 'quintiles') status = compareArea({ method, row, benchmarkValue: undefined, polarity: indicator.polarity, area: code, peers: model.peerValues(indicator.id, code, period) }).status;
      else if (!benchmark || code === benchmark.code) status = 'not-compared';
      else {
        status = compareArea({
          method,
          row,
          benchmarkValue: benchmarkRow?.value,
          polarity: indicator.polarity,
          valueType: indicator.valueType,
          multiplier: indicator.multiplier,
        }).status;
      }
      const statusText = status === 'no-data' ? m.noData : words.status(status, benchmark?.name ?? '');
      const valueText = value === null ? m.noData : write(value);
      const intervalText =
        value !== null && typeof row?.lower === 'number' && typeof row?.upper === 'number'
          ? m.interval({ lower: write(row.lower), upper: write(row.upper) })
          : undefined;
      return {
        code,
        name,
        row,
        value,
        valueText,
        intervalText,
        status,
        letter: mapStatusLetter[status],
        statusText,
        accessibleName: value === null ? m.areaNameNoData({ name }) : m.areaName({ name, value: valueText, status: statusText }),
      };
    })
    .sort((a, b) => byName(a.name, b.name));

  const counts = new Map<MapStatus, number>();
  for (const a of areas) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  const ranked = sortByValue(areas, options.lang).filter((a) => a.value !== null);
  const highest = ranked[0];
  const lowest = ranked[ranked.length - 1];
  const title = indicator.title;
  const periodText = periodLabel(period, options.lang);
  const summary = [
    m.summaryCounts({
      count: areas.length,
      within: within?.name ?? '',
      title,
      period: periodText,
      counts: countsInWords(counts, benchmark?.name ?? '', messages),
    }),
    highest && lowest && highest !== lowest
      ? m.summaryRange({ highest: highest.name, highestValue: highest.valueText, lowest: lowest.name, lowestValue: lowest.valueText })
      : '',
  ]
    .filter(Boolean)
    .join(' ');
  const legend = MAP_STATUS_ORDER.filter((s) => counts.get(s)).map((status) => ({
    status,
    letter: mapStatusLetter[status],
    text: status === 'no-data' ? m.noDataLegend : words.legend(status, benchmark?.name ?? ''),
    count: counts.get(status)!,
  }));
  return {
    indicator,
    title,
    period,
    periodText,
    year,
    benchmark,
    within,
    areas,
    byCode: new Map(areas.map((a) => [a.code, a])),
    withRow,
    summary,
    legend,
    style,
  };
}
