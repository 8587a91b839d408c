/**
 * What the wheel shows, worked out from the model without any DOM: for the chosen area, benchmark
 * and period, each domain's indicators with their values and statuses, the counts per status, the
 * words for screen readers (names, the summary sentence) and the rows of the data table.
 * Statistics come from src/stats; nothing is compared here.
 */
import { ViewError } from '../base/wellbeing-element.js';
import { listInWords, type Messages } from '../../i18n/index.js';
import type { Model } from '../../model/model.js';
import { periodLabel } from '../../model/period.js';
import type { Domain, Indicator } from '../../spec/schema.js';
import { compareArea, type AreaComparison, type NotComparedReason } from '../../stats/benchmark.js';
import { recentTrend, type TrendJudgement, type TrendPoint } from '../../stats/trend.js';
import { formatValue, numberStyle } from '../../render/format.js';
import { trendPhraseKey } from '../../render/status.js';
import { statusOrder, wheelStatusLetter, type IndicatorStatus, type StatusMode } from './status.js';

export interface WheelOptions {
  /** Area code; empty or absent: the default area (see `defaultArea`). */
  area?: string | null | undefined;
  /** Area code of the comparator; empty or absent: the spec's `benchmark`. */
  benchmark?: string | null | undefined;
  /** A period as written in the data or as people read it (`2022/23`); empty or absent: each indicator's latest. */
  period?: string | null | undefined;
  status?: StatusMode | undefined;
  /** Language for numbers. */
  lang?: string | undefined;
}

export interface IndicatorView {
  id: string;
  title: string;
  indicator: Indicator;
  /** The period shown (as in the data), undefined when the area has no value at all. */
  period: string | undefined;
  periodText: string;
  value: number | null;
  valueText: string;
  intervalText: string | undefined;
  benchmarkValue: number | null;
  benchmarkText: string;
  comparison: AreaComparison | 'no-data';
  comparisonText: string;
  trend: TrendJudgement | 'no-data';
  trendText: string;
  /** The status used in the current mode (what the wheel draws for this indicator). */
  status: IndicatorStatus;
  statusText: string;
}

export interface StatusCount {
  status: IndicatorStatus;
  count: number;
  letter: string;
  /** e.g. "similar to England". */
  text: string;
}

export interface DomainView {
  id: string;
  label: string;
  statement: string | undefined;
  description: string | undefined;
  /** 0: the inner ring; 1: the outer ring (children); deeper domains are listed but not drawn. */
  depth: number;
  parentId: string | undefined;
  childIds: string[];
  indicators: IndicatorView[];
  /** Counts per status, in the mode's order, only those above zero. */
  counts: StatusCount[];
  /** Whether any indicator has a value for the area. */
  hasData: boolean;
  /** A parent with no indicators of its own: its status lies in its children, so it draws no band. */
  isGroupOnly: boolean;
  /** "2 indicators, 1 worse than England and 1 similar to England", or "no data". */
  statusText: string;
  /** The segment's accessible name. */
  accessibleName: string;
}

export interface LegendEntry {
  status: IndicatorStatus | 'domain-no-data';
  letter: string;
  text: string;
}

export interface WheelViewModel {
  mode: StatusMode;
  title: string;
  centre: { label: string; statement: string | undefined; accessibleName: string };
  area: { code: string; name: string };
  benchmark: { code: string; name: string } | undefined;
  /** The period asked for (as in the data), if any. */
  period: string | undefined;
  /** "2022/23", "latest data (2022/23 and 2023 - 25)". */
  periodText: string;
  /** Rings from the inside out: the top-level domains, then their children in angular order. */
  rings: DomainView[][];
  domains: ReadonlyMap<string, DomainView>;
  factors: { id: string; label: string; description: string | undefined }[];
  factorsText: string | undefined;
  areaHasData: boolean;
  /** Distinct indicators in the framework. */
  indicatorCount: number;
  summary: string;
  accessibleName: string;
  legend: LegendEntry[];
}

/** The text with its first letter in capitals (a sentence start). */
export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * The area shown when the `area` attribute is absent: the first area in `areas` that is not the
 * benchmark and has a value for any of the framework's indicators; else the first area with such a
 * value (it may be the benchmark); else the first area listed.
 */
export function defaultArea(model: Model, indicatorIds: string[], benchmark: string | undefined): string | undefined {
  const hasValue = (code: string) => indicatorIds.some((id) => model.rows(id, code).some((r) => r.value !== null && !r.group));
  const areas = model.spec.areas.map((a) => a.code);
  return areas.find((c) => c !== benchmark && hasValue(c)) ?? areas.find(hasValue) ?? areas[0];
}

/** Every domain, depth first, with its depth and parent. */
function walkDomains(domains: Domain[]): Array<{ domain: Domain; depth: number; parent: Domain | undefined }> {
  const out: Array<{ domain: Domain; depth: number; parent: Domain | undefined }> = [];
  const walk = (list: Domain[], depth: number, parent: Domain | undefined) =>
    list.forEach((domain) => {
      out.push({ domain, depth, parent });
      if (domain.children) walk(domain.children, depth + 1, domain);
    });
  walk(domains, 0, undefined);
  return out;
}

const optionList = (values: string[], limit = 12) =>
  values.length > limit ? `${values.slice(0, limit).join(', ')}, …` : values.join(', ');

/** Finds a period by its form in the data, or by its label (`2022/23` for `2022-04-01/P1Y`). */
function resolvePeriod(model: Model, asked: string): string | undefined {
  const text = asked.trim();
  if (model.periods.includes(text)) return text;
  return model.periods.find((p) => periodLabel(p) === text || model.periodLabel(p) === text);
}

/** Builds the wheel's view model; throws a ViewError naming the attribute when asked for what is not there. */
export function buildWheelViewModel(model: Model, options: WheelOptions, messages: Messages): WheelViewModel {
  const m = messages.wheel;
  const framework = model.spec.framework;
  if (!framework) throw new ViewError(m.error.noFramework, [{ path: 'framework', message: m.error.noFramework }]);
  const mode: StatusMode = options.status ?? 'benchmark';
  const lang = options.lang || 'en';
  const allAreas = model.spec.areas.map((a) => a.code);
  if (!allAreas.length) throw new ViewError(m.error.noAreas);

  // The benchmark: the attribute, else the spec's. An unknown code in the attribute is an error.
  if (options.benchmark && !model.area(options.benchmark)) {
    throw new ViewError(m.error.unknownBenchmark({ code: options.benchmark, options: optionList(allAreas) }));
  }
  const benchmarkCode = model.benchmark(options.benchmark);
  const benchmark = benchmarkCode ? { code: benchmarkCode, name: model.areaName(benchmarkCode) } : undefined;

  const entries = walkDomains(framework.domains);
  const indicatorIds = [...new Set(entries.flatMap((e) => e.domain.indicators ?? []))];

  if (options.area && !model.area(options.area)) {
    throw new ViewError(m.error.unknownArea({ code: options.area, options: optionList(allAreas) }));
  }
  const areaCode = options.area || defaultArea(model, indicatorIds, benchmarkCode)!;
  const area = { code: areaCode, name: model.areaName(areaCode) };

  let period: string | undefined;
  if (options.period) {
    period = resolvePeriod(model, options.period);
    if (!period) {
      throw new ViewError(m.error.unknownPeriod({ period: options.period, options: optionList(model.periods.map((p) => model.periodLabel(p))) }));
    }
  }

  const benchmarkName = benchmark?.name ?? '';
  const indicatorViews = new Map<string, IndicatorView>();
  const viewOf = (id: string): IndicatorView => {
    let view = indicatorViews.get(id);
    if (!view) {
      view = indicatorView(model, model.indicator(id)!, area.code, benchmark, period, mode, lang, messages);
      indicatorViews.set(id, view);
    }
    return view;
  };

  const statusWords = (status: IndicatorStatus) => (m.status[status] as (p: { benchmark: string }) => string)({ benchmark: benchmarkName });
  const countsOf = (views: IndicatorView[]): StatusCount[] =>
    statusOrder[mode]
      .map((status) => ({ status, count: views.filter((v) => v.status === status).length, letter: wheelStatusLetter(status), text: statusWords(status) }))
      .filter((c) => c.count > 0);

  const domains = new Map<string, DomainView>();
  for (const { domain, depth, parent } of entries) {
    const indicators = (domain.indicators ?? []).map(viewOf);
    const counts = countsOf(indicators);
    const hasData = indicators.some((v) => v.value !== null);
    const childIds = (domain.children ?? []).map((c) => c.id);
    const isGroupOnly = indicators.length === 0 && childIds.length > 0;
    const statusText = isGroupOnly
      ? m.domainSeeChildren({ count: childIds.length })
      : !hasData
        ? m.domainNoData
        : m.domainCounts({
            count: indicators.length,
            parts: listInWords(counts.map((c) => m.domainCountPart({ count: c.count, status: c.text })), messages),
          });
    domains.set(domain.id, {
      id: domain.id,
      label: domain.label,
      statement: domain.statement?.trim() || undefined,
      description: domain.description?.trim() || undefined,
      depth,
      parentId: parent?.id,
      childIds,
      indicators,
      counts,
      hasData,
      isGroupOnly,
      statusText,
      accessibleName: m.domainName({ label: domain.label, status: statusText }),
    });
  }

  // Two rings at most (SPEC-v1): deeper domains are not drawn, but their indicators still count and appear in the table.
  const rings: DomainView[][] = [framework.domains.map((d) => domains.get(d.id)!)];
  const outer = entries.filter((e) => e.depth === 1).map((e) => domains.get(e.domain.id)!);
  if (outer.length) rings.push(outer);

  const views = [...indicatorViews.values()];
  const areaHasData = views.some((v) => v.value !== null);
  const periodText = describePeriod(mode, period ? model.periodLabel(period) : undefined, views, messages);

  const summary = summarise({ model, messages, mode, area, benchmark, periodText, views, domains: [...domains.values()], areaHasData, frameworkTitle: framework.title });

  const factors = (framework.factors ?? []).map((f) => ({ id: f.id, label: f.label, description: f.description?.trim() || undefined }));
  const legend: LegendEntry[] = statusOrder[mode]
    .filter((status) => views.some((v) => v.status === status) || ((mode === 'trend' || benchmark) && coreStatuses[mode].includes(status)))
    .map((status) => ({ status, letter: wheelStatusLetter(status), text: capitalise(statusWords(status)) }));
  if ([...domains.values()].some((d) => !d.hasData && !d.isGroupOnly)) {
    legend.push({ status: 'domain-no-data', letter: '', text: m.legendDomainNoData });
  }

  return {
    mode,
    title: framework.title,
    centre: {
      label: framework.centre.label,
      statement: framework.centre.statement?.trim() || undefined,
      accessibleName: m.centre({ label: framework.centre.label, statement: framework.centre.statement?.trim() ?? '' }),
    },
    area,
    benchmark,
    period,
    periodText,
    rings,
    domains,
    factors,
    factorsText: factors.length ? m.factors({ list: listInWords(factors.map((f) => f.label), messages) }) : undefined,
    areaHasData,
    indicatorCount: views.length,
    summary,
    accessibleName: m.name({ framework: framework.title, area: area.name, benchmark: benchmarkName, trend: mode === 'trend' }),
    legend,
  };
}

/** Statuses always listed in the legend, so a reader learns the scale even when one is absent. */
const coreStatuses: Record<StatusMode, readonly IndicatorStatus[]> = {
  benchmark: ['better', 'similar', 'worse', 'not-compared'],
  trend: ['improving', 'no-change', 'worsening'],
};

function indicatorView(
  model: Model,
  indicator: Indicator,
  area: string,
  benchmark: { code: string; name: string } | undefined,
  askedPeriod: string | undefined,
  mode: StatusMode,
  lang: string,
  messages: Messages,
): IndicatorView {
  const m = messages.wheel;
  const period = askedPeriod ?? model.latestPeriod(indicator.id, area);
  const row = period ? model.row(indicator.id, area, period) : undefined;
  const value = row?.value ?? null;
  const benchmarkRow = period && benchmark ? model.row(indicator.id, benchmark.code, period) : undefined;
  const benchmarkValue = benchmarkRow?.value ?? null;
  // The indicator's decimals, else those its data are published with (in every area, so areas agree).
  const published = indicator.decimals === undefined ? model.rows(indicator.id).filter((r) => !r.group) : [];
  const style = numberStyle(indicator, published, lang);
  const format = (x: number) => formatValue(x, style);
  const hasInterval = typeof row?.lower === 'number' && typeof row?.upper === 'number';

  let comparison: AreaComparison | 'no-data';
  let comparisonText: string;
  const method = indicator.comparison ?? 'ci-overlap-95';
  if (value === null) {
    comparison = 'no-data';
    comparisonText = m.status['no-data']();
  } else if (method !== 'quintiles' && method !== 'none' && (!benchmark || benchmark.code === area)) {
    comparison = 'not-compared';
    comparisonText = m.withReason({
      status: m.status['not-compared'](),
      reason: benchmark ? m.notComparedBecause.isBenchmark : m.notComparedBecause.noBenchmark,
    });
  } else {
    const result = compareArea({
      method,
      row,
      benchmarkValue,
      polarity: indicator.polarity,
      valueType: indicator.valueType,
      multiplier: indicator.multiplier,
      area,
      peers: method === 'quintiles' && period ? model.peerValues(indicator.id, area, period) : undefined,
    });
    comparison = result.status;
    const words = (m.status[comparison] as (p: { benchmark: string }) => string)({ benchmark: benchmark?.name ?? '' });
    const reasons: Record<NotComparedReason, string> = {
      'method-none': m.notComparedBecause.methodNone,
      'too-few-peers': m.notComparedBecause.tooFewPeers,
      'no-value': m.notComparedBecause.noInterval,
      'no-benchmark-value': m.notComparedBecause.noBenchmarkValue({ benchmark: benchmark?.name ?? '' }),
      'no-interval': m.notComparedBecause.noInterval,
    };
    comparisonText = result.reason ? m.withReason({ status: words, reason: reasons[result.reason] }) : words;
  }

  let trend: TrendJudgement | 'no-data' = 'no-data';
  let trendText = m.status['no-data']();
  if (value !== null && period) {
    // The trend up to the period shown, over every period the indicator has (a missing year is a gap).
    const points: TrendPoint[] = model
      .series(indicator.id, area)
      .filter((p) => model.comparePeriods(p.period, period) <= 0)
      .map((p) => ({ value: p.row?.value ?? null, lower: p.row?.lower, upper: p.row?.upper, count: p.row?.count, denominator: p.row?.denominator }));
    const result = recentTrend(points, indicator.polarity, { valueType: indicator.valueType, multiplier: indicator.multiplier });
    trend = result.judgement;
    // Fingertips' words, with the direction: "increasing and getting worse".
    trendText = messages.status.trend[trendPhraseKey(result.direction, result.judgement)];
  }
  const status: IndicatorStatus = mode === 'trend' ? trend : comparison;

  return {
    id: indicator.id,
    title: indicator.title,
    indicator,
    period: value === null && !askedPeriod ? undefined : period,
    periodText: period ? model.periodLabel(period) : messages.common.notAvailable,
    value,
    valueText: value === null ? m.noValue : format(value),
    intervalText: value !== null && hasInterval ? m.intervalRange({ lower: format(row!.lower!), upper: format(row!.upper!) }) : undefined,
    benchmarkValue,
    benchmarkText: benchmarkValue === null ? m.noValue : format(benchmarkValue),
    comparison,
    comparisonText,
    trend,
    trendText,
    status,
    statusText: mode === 'trend' ? trendText : comparisonText,
  };
}

/** `askedLabel`: the label of the period the page asked for, in the reader's language. */
function describePeriod(mode: StatusMode, askedLabel: string | undefined, views: IndicatorView[], messages: Messages): string {
  const m = messages.wheel;
  let text: string;
  if (askedLabel) text = askedLabel;
  else {
    const shown = [...new Set(views.filter((v) => v.value !== null).map((v) => v.periodText))];
    text = shown.length === 1 ? shown[0]! : shown.length > 1 && shown.length <= 3 ? m.latestPeriods({ periods: listInWords(shown, messages) }) : m.latest;
  }
  return mode === 'trend' ? m.recentTrends({ period: text }) : text;
}

interface SummaryInput {
  model: Model;
  messages: Messages;
  mode: StatusMode;
  area: { code: string; name: string };
  benchmark: { code: string; name: string } | undefined;
  periodText: string;
  views: IndicatorView[];
  domains: DomainView[];
  areaHasData: boolean;
  frameworkTitle: string;
}

/** "Islington, 2022/23: of 4 indicators, 1 is worse than England and 3 are similar; 1 domain has no data." */
function summarise(input: SummaryInput): string {
  const { messages, mode, area, benchmark, periodText, views, domains } = input;
  const m = messages.wheel;
  if (!views.length) return m.summaryNoIndicators({ area: area.name, framework: input.frameworkTitle });
  if (!input.areaHasData) return m.noDataForArea({ area: area.name });
  let benchmarkNamed = false;
  const parts = statusOrder[mode]
    .map((status) => ({ status, count: views.filter((v) => v.status === status).length }))
    .filter((c) => c.count > 0)
    .map(({ status, count }) => {
      // Name the benchmark once, in the first comparison that needs it.
      const needsBenchmark = mode === 'benchmark' && status !== 'no-data' && Boolean(benchmark) && !benchmarkNamed;
      if (needsBenchmark) benchmarkNamed = true;
      return (m.statusCount[status] as (p: { count: number; benchmark: string }) => string)({
        count,
        benchmark: needsBenchmark ? benchmark!.name : '',
      });
    });
  const empty = domains.filter((d) => !d.hasData && !d.isGroupOnly);
  const noData = empty.length
    ? m.domainsWithoutData({ count: empty.length, names: empty.length <= 3 ? listInWords(empty.map((d) => d.label), messages) : '' })
    : '';
  return m.summary({ area: area.name, period: periodText, count: views.length, parts: listInWords(parts, messages), noData });
}

