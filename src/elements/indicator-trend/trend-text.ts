/**
 * The words of <indicator-trend>, built from the view model: the accessible name, the summary
 * sentence, the latest value, the table, the tooltip of a period and the CSV rows. Pure: the same
 * numbers reach the chart, the table, the tooltips and the download.
 */
import { listInWords, type Messages } from '../../i18n/index.js';
import type { AreaComparison } from '../../stats/benchmark.js';
import type { CsvCell } from '../../render/downloads.js';
import { formatNumber, formatValue } from '../../render/format.js';
import type { TrendPoint, TrendView } from './trend-model.js';
import type { TrendResult } from '../../stats/trend.js';
import { statuses, trendPhraseKey, type QuintileStatus } from '../../render/status.js';

type TrendMessages = Messages['indicatorTrend'];

/** A unit as an axis title: first letter capitalised (`score` → `Score`), `%` as it is. */
export function unitTitle(unit: string, fallback: string): string {
  const text = unit.trim() || fallback;
  return text.charAt(0).toLocaleUpperCase() + text.slice(1);
}

/** One cell of the table: the text read out, whether it is a number, and a status when it shows one. */
export interface TableCell {
  text: string;
  numeric?: boolean;
  status?: AreaComparison;
  /** Free text that may be long (a row's note). */
  note?: boolean;
}

export interface TrendTable {
  headers: TableCell[];
  /** One row per period; the first cell is the row header (the period). */
  rows: TableCell[][];
}

/** A line of a tooltip: label and value (the same shape as vega.ts's TooltipEntry). */
export type TooltipLine = [label: string, value: string];

export const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

export function periodRange(view: TrendView, messages: Messages): string {
  const labels = view.points.map((p) => p.label);
  return messages.indicatorTrend.range({ from: labels[0] ?? '', to: labels[labels.length - 1] ?? '' });
}

export function chartLabel(view: TrendView, messages: Messages): string {
  return messages.indicatorTrend.chartLabel({
    title: view.indicator.title,
    area: view.area.name,
    comparators: listInWords(
      view.comparators.map((c) => c.name),
      messages,
    ),
    range: periodRange(view, messages),
  });
}

/** The value of a point as written: `7.25`, `36.4%`. */
export function valueText(view: TrendView, value: number | null, messages: Messages): string {
  return value === null ? messages.indicatorTrend.noValue : formatValue(value, view.style);
}

/** `7.25 (6.97 to 7.54)` when the point has both limits, else the value alone. */
export function valueWithInterval(view: TrendView, point: TrendPoint, messages: Messages): string {
  if (point.value === null) return messages.indicatorTrend.noValue;
  if (point.lower === null || point.upper === null) return formatValue(point.value, view.style);
  return messages.indicatorTrend.valueWithInterval({
    value: formatValue(point.value, view.style),
    lower: formatNumber(point.lower, view.style),
    upper: formatNumber(point.upper, view.style),
  });
}

const isQuintile = (status: AreaComparison): status is QuintileStatus => statuses[status].family === 'quintile';

/** Whether the element shows each value's comparison: by quintiles always, by intervals against a benchmark; `none` never. */
export function showsComparison(view: TrendView): boolean {
  return view.method === 'quintiles' || (view.method !== 'none' && view.benchmark !== undefined);
}

/** The heading of the comparison (latest value, table column, tooltip, chart key): `Compared with England`. */
export function comparisonHeading(view: TrendView, messages: Messages): string {
  const m = messages.indicatorTrend;
  if (view.method === 'quintiles') return m.comparedByQuintile;
  const benchmark = view.benchmark?.name ?? '';
  return view.method === 'ci-overlap-99.8' ? m.comparedWith998({ benchmark }) : m.comparedWith({ benchmark });
}

/** The hint shown when values cannot be compared at all (no benchmark for an interval method), else undefined. */
export function noComparisonHint(view: TrendView, messages: Messages): string | undefined {
  return view.method !== 'quintiles' && view.method !== 'none' && !view.benchmark ? messages.indicatorTrend.noBenchmark : undefined;
}

/**
 * The status as a legend entry or table cell: `Similar to England`, `In the best fifth` (the wheel's and
 * the map's words for the fifths), `Not compared`.
 */
export function statusLabel(status: AreaComparison, view: TrendView, messages: Messages): string {
  if (isQuintile(status)) return capitalise(messages.wheel.status[status]());
  if (status === 'not-compared' && view.method !== 'ci-overlap-95' && view.method !== 'ci-overlap-99.8') return capitalise(messages.comparison['not-compared']);
  return messages.indicatorTrend.status[status]({ benchmark: view.benchmark?.name ?? '' });
}

/** The status in a table cell or tooltip, short (the heading names the benchmark): `Similar`, `In the best fifth`. */
export function statusShort(status: AreaComparison, messages: Messages): string {
  return capitalise(isQuintile(status) ? messages.wheel.status[status]() : messages.comparison[status]);
}

/** Why a point was not compared, in words, or undefined when it was compared. */
export function notComparedReason(view: TrendView, point: TrendPoint, m: TrendMessages): string | undefined {
  switch (point.notComparedBecause) {
    case 'no-intervals':
      return m.notComparedBecause['no-intervals'];
    case 'no-benchmark-value':
      return m.notComparedBecause['no-benchmark-value']({ benchmark: view.benchmark?.name ?? '', period: point.label });
    case 'no-value':
      return m.notComparedBecause['no-value'];
    case 'method-none':
      return m.notComparedBecause['method-none'];
    case 'too-few-peers':
      return m.notComparedBecause['too-few-peers'];
    default:
      return undefined;
  }
}

/** The latest value's comparison as a clause of the summary (`; in 2022/23 it was similar to England (7.44)`). */
function comparisonClause(view: TrendView, messages: Messages): string {
  const m = messages.indicatorTrend;
  const { latest } = view;
  if (!showsComparison(view)) return '';
  if (view.method === 'quintiles') {
    return isQuintile(latest.comparison)
      ? m.summaryQuintile({ period: latest.label, status: messages.wheel.status[latest.comparison](), count: latest.peerCount ?? 0 })
      : m.summaryNotPlaced({ reason: notComparedReason(view, latest, m) ?? '' });
  }
  const benchmark = view.benchmark!.name;
  if (latest.comparison !== 'not-compared' && !isQuintile(latest.comparison)) {
    return m.summaryComparison({
      period: latest.label,
      comparison: m.statusInSentence[latest.comparison]({ benchmark }),
      benchmarkValue: formatValue(latest.benchmarkValue!, view.style),
    });
  }
  return m.summaryNotCompared({ benchmark, reason: notComparedReason(view, latest, m) ?? '' });
}

/**
 * The generated summary, e.g. "Life satisfaction in Islington was 7.09 in 2011/12 and 7.25 in
 * 2022/23; in 2022/23 it was similar to England (7.44)." followed by gaps, trend and target.
 */
export function summaryText(view: TrendView, messages: Messages): string {
  const m = messages.indicatorTrend;
  const { first, latest } = view;
  let sentence =
    first === latest
      ? m.summarySingle({ indicator: view.sentenceTitle, area: view.area.name, value: formatValue(latest.value!, view.style), period: latest.label })
      : m.summaryValues({
          indicator: view.sentenceTitle,
          area: view.area.name,
          first: formatValue(first.value!, view.style),
          firstPeriod: first.label,
          latest: formatValue(latest.value!, view.style),
          latestPeriod: latest.label,
        });
  sentence += comparisonClause(view, messages);
  const sentences = [`${sentence}.`];
  if (view.method === 'none') sentences.push(m.summaryMethodNone);
  if (view.method === 'ci-overlap-99.8' && view.benchmark) sentences.push(m.summaryMethod998({ benchmark: view.benchmark.name }));
  if (view.gaps.length) {
    sentences.push(m.summaryGaps({ periods: listInWords(view.gaps.map((g) => g.label), messages), count: view.gaps.length }));
  }
  if (view.trend.direction !== 'cannot-calculate') {
    sentences.push(m.summaryTrend({ count: view.trend.pointsUsed, trend: trendPhrase(view.trend, messages) }));
  }
  if (view.target !== undefined) sentences.push(m.summaryTarget({ target: formatValue(view.target, view.style) }));
  return sentences.join(' ');
}

/** The y axis: the unit, saying where the axis starts when that is not zero. */
export function axisTitle(view: TrendView, start: number, startsAtZero: boolean, messages: Messages): string {
  const m = messages.indicatorTrend;
  const unit = unitTitle(view.style.unit, m.value);
  return startsAtZero ? m.axisTitle({ unit }) : m.axisNotFromZero({ unit, start: formatNumber(start, view.style) });
}

/** The table: per period the value, its limits, the comparison in words, each comparator's value, notes. */
export function trendTable(view: TrendView, messages: Messages): TrendTable {
  const m = messages.indicatorTrend;
  const hasNotes = view.points.some((p) => p.note);
  const headers: TableCell[] = [{ text: m.period }, { text: view.area.name, numeric: true }];
  if (view.hasIntervals) headers.push({ text: m.lowerLimit, numeric: true }, { text: m.upperLimit, numeric: true });
  const comparing = showsComparison(view);
  if (comparing) headers.push({ text: comparisonHeading(view, messages) });
  for (const c of view.comparators) headers.push({ text: c.name, numeric: true });
  if (hasNotes) headers.push({ text: m.note });

  const number = (x: number | null): TableCell => ({ text: x === null ? m.noValue : formatNumber(x, view.style), numeric: true });
  const rows = view.points.map((point) => {
    const cells: TableCell[] = [{ text: point.label }, number(point.value)];
    if (view.hasIntervals) cells.push(number(point.value === null ? null : point.lower), number(point.value === null ? null : point.upper));
    if (comparing) {
      const reason = point.comparison === 'not-compared' && point.value !== null ? notComparedReason(view, point, m) : undefined;
      cells.push({
        text: point.value === null ? m.noValue : statusShort(point.comparison, messages) + (reason ? ` (${reason})` : ''),
        status: point.comparison,
      });
    }
    point.comparatorValues.forEach((value) => cells.push(number(value)));
    if (hasNotes) cells.push({ text: point.note ?? '', note: true });
    return cells;
  });
  return { headers, rows };
}

/** What a tooltip (hover or keyboard) says about one period: every series' value and the comparison. */
export function tooltipLines(view: TrendView, point: TrendPoint, messages: Messages): TooltipLine[] {
  const m = messages.indicatorTrend;
  const lines: TooltipLine[] = [
    ['', point.label],
    [view.area.name, valueWithInterval(view, point, messages)],
  ];
  if (showsComparison(view) && point.value !== null) lines.push([comparisonHeading(view, messages), statusShort(point.comparison, messages)]);
  view.comparators.forEach((c, i) => lines.push([c.name, valueText(view, point.comparatorValues[i] ?? null, messages)]));
  if (view.target !== undefined) lines.push([m.targetLegend, formatValue(view.target, view.style)]);
  return lines;
}

/** The tooltip lines as one sentence-like string for a live region. */
export function announcement(lines: TooltipLine[]): string {
  return lines.map(([label, value]) => (label ? `${label}: ${value}.` : `${value}.`)).join(' ');
}

/**
 * The shown data as CSV rows, one per series and period, with the spec's own column names so the
 * file can be read back as a spec's `data` (extra columns are ignored). Numbers are unrounded.
 */
export function trendCsv(view: TrendView): { header: string[]; rows: CsvCell[][] } {
  const header = ['indicator', 'area', 'area_name', 'period', 'period_label', 'value', 'lower', 'upper', 'comparison', 'benchmark', 'note'];
  const rows: CsvCell[][] = [];
  for (const point of view.points) {
    rows.push([
      view.indicator.id,
      view.area.code,
      view.area.name,
      point.period,
      point.label,
      point.value,
      point.lower,
      point.upper,
      showsComparison(view) ? point.comparison : null,
      showsComparison(view) && view.method !== 'quintiles' ? (view.benchmark?.code ?? null) : null,
      point.note ?? null,
    ]);
  }
  view.comparators.forEach((c, i) => {
    for (const point of view.points) {
      rows.push([view.indicator.id, c.code, c.name, point.period, point.label, point.comparatorValues[i] ?? null, null, null, null, null, null]);
    }
  });
  return { header, rows };
}

/** The recent trend in Fingertips' words, with its direction ("increasing and getting worse"). */
export function trendPhrase(trend: TrendResult, messages: Messages): string {
  return messages.status.trend[trendPhraseKey(trend.direction, trend.judgement)];
}
