/**
 * The over-time view of <inequality-gap>: two series (two groups, or a group and the whole area) and
 * the gap between them in every period, with whether it widened or narrowed. Pure: no DOM.
 */
import { absoluteGap, gapChange, type GapChange } from '../../stats/index.js';
import { formatValue } from '../../render/format.js';
import { formatGap } from './format.js';
import { overTimeColumns, tableOf, type OverTimeRecord } from './gap-columns.js';
import { GapDataError, nameOf, OVERALL, quotedList, type GapContext } from './gap-request.js';
import type { GapFigure, KeyboardStop, TipLine, ViewBase } from './gap-view.js';

export interface SeriesRef {
  key: 'a' | 'b';
  /** The label drawn in the legend. */
  label: string;
  /** The group's label in the data, or undefined for the whole-area (overall) series. */
  group: string | undefined;
  /** How a sentence names it: "in the most deprived tenth", "for Female", "overall". */
  phrase: string;
}

export interface PeriodGap {
  key: string;
  period: string;
  periodLabel: string;
  a: number | null;
  b: number | null;
  /** a − b, or null when either is missing (a gap in the data, never zero). */
  gap: number | null;
}

export interface OverTimeView extends ViewBase<OverTimeRecord> {
  kind: 'over-time';
  series: [SeriesRef, SeriesRef];
  periods: PeriodGap[];
  change: GapChange | null;
}

function groupLabels(context: GapContext): { label: string; order: number | undefined }[] {
  const seen = new Map<string, number | undefined>();
  for (const period of context.model.periodsOf(context.indicator.id, context.areaCode)) {
    for (const row of context.model.groups(context.indicator.id, context.areaCode, period, context.groupType)) {
      if (!seen.has(row.group!.label)) seen.set(row.group!.label, row.group!.order);
    }
  }
  const labels = [...seen].map(([label, order]) => ({ label, order }));
  return labels.every((l) => l.order !== undefined) ? labels.sort((x, y) => x.order! - y.order!) : labels;
}

/**
 * Reads `groups="A,B"`: two labels (or one and "overall"), matched without regard to case. A label
 * may itself hold a comma ("Asian, Asian British"), so every split point is tried.
 */
export function parseGroupPair(value: string, labels: readonly string[], overallWords: readonly string[]): [string, string] | undefined {
  const parts = value.split(',').map((p) => p.trim());
  const match = (text: string): string | undefined => {
    const lower = text.toLowerCase();
    if (overallWords.some((w) => w.toLowerCase() === lower)) return OVERALL;
    return labels.find((l) => l.toLowerCase() === lower);
  };
  for (let split = 1; split < parts.length; split++) {
    const first = match(parts.slice(0, split).join(', '));
    const second = match(parts.slice(split).join(', '));
    if (first !== undefined && second !== undefined) return [first, second];
  }
  return undefined;
}

export function buildOverTimeView(context: GapContext, askedGroups: string | null | undefined): OverTimeView {
  const { model, words, messages, indicator, areaCode, areaName, style } = context;
  const labels = groupLabels(context);
  const hasOverall = model.rows(indicator.id, areaCode).some((r) => !r.group && r.value !== null);
  let pair: [string, string];
  const asked = askedGroups?.trim();
  if (asked) {
    const parts = asked.split(',').map((p) => p.trim()).filter(Boolean);
    if (parts.length < 2) throw new GapDataError(words.groupsNeedTwo({ groups: asked }), 'groups');
    const parsed = parseGroupPair(asked, labels.map((l) => l.label), [OVERALL, words.overallSeries]);
    if (!parsed) {
      const unknown = parts.find((p) => p.toLowerCase() !== OVERALL && !labels.some((l) => l.label.toLowerCase() === p.toLowerCase())) ?? parts[0]!;
      throw new GapDataError(
        words.unknownGroup({ groups: asked, name: unknown, known: quotedList(labels.map((l) => l.label), messages) }),
        'groups',
      );
    }
    if (parsed[0] === parsed[1]) throw new GapDataError(words.sameGroupTwice({ groups: asked }), 'groups');
    if (parsed.includes(OVERALL) && !hasOverall) throw new GapDataError(words.noOverall({ area: areaName }), 'groups');
    pair = parsed;
  } else if (labels.length >= 2) {
    // Ordered groups: the two ends (most and least deprived); otherwise the first two as given.
    const ordered = labels.every((l) => l.order !== undefined);
    pair = ordered ? [labels[0]!.label, labels[labels.length - 1]!.label] : [labels[0]!.label, labels[1]!.label];
  } else if (labels.length === 1 && hasOverall) {
    pair = [labels[0]!.label, OVERALL];
  } else {
    throw new GapDataError(words.overTimeNeedsTwo({ group: labels[0]?.label ?? '', area: areaName }), 'view');
  }

  const seriesFor = (key: 'a' | 'b', which: string): SeriesRef => {
    if (which === OVERALL) return { key, label: words.overallSeries, group: undefined, phrase: words.overallPhrase };
    const order = labels.find((l) => l.label === which)?.order;
    return { key, label: which, group: which, phrase: nameOf(context, { label: which, order }).phrase };
  };
  const series: [SeriesRef, SeriesRef] = [seriesFor('a', pair[0]), seriesFor('b', pair[1])];

  const valueOf = (ref: SeriesRef, period: string): number | null => {
    const row =
      ref.group === undefined
        ? model.row(indicator.id, areaCode, period)
        : model.groups(indicator.id, areaCode, period, context.groupType).find((r) => r.group!.label === ref.group);
    return row?.value ?? null;
  };
  const periods: PeriodGap[] = model.periodsOf(indicator.id, areaCode).map((period, i) => {
    const a = valueOf(series[0], period);
    const b = valueOf(series[1], period);
    return { key: `p${i}`, period, periodLabel: model.periodLabel(period), a, b, gap: a !== null && b !== null ? absoluteGap(a, b) : null };
  });
  const change = gapChange(periods.map((p) => p.gap));

  const withGap = periods.filter((p) => p.gap !== null);
  const describe = (p: PeriodGap) =>
    p.gap! === 0
      ? words.sameIn({ nameA: series[0].phrase, nameB: series[1].phrase, period: p.periodLabel })
      : p.gap! > 0
        ? words.higherThan({ nameA: series[0].phrase, nameB: series[1].phrase, gap: formatGap(p.gap!, style), period: p.periodLabel })
        : words.higherThan({ nameA: series[1].phrase, nameB: series[0].phrase, gap: formatGap(-p.gap!, style), period: p.periodLabel });
  const first = withGap[0];
  const last = withGap.at(-1);
  const sentences: string[] = [];
  if (first && last && first !== last) sentences.push(words.summaryOverTime({ area: areaName, first: describe(first), last: describe(last) }));
  else if (first) sentences.push(words.summaryOnePeriod({ area: areaName, first: describe(first) }));
  if (change) {
    const size = formatGap(Math.abs(change.change), style);
    sentences.push(change.direction === 'widened' ? words.widened({ change: size }) : change.direction === 'narrowed' ? words.narrowed({ change: size }) : words.unchanged);
  } else {
    sentences.push(words.noChange);
  }
  sentences.push(words.polarityOnly[indicator.polarity] ?? '');

  const figures: GapFigure[] = [];
  const gapTerm = (p: PeriodGap) => words.gapInPeriod({ a: series[0].label, b: series[1].label, period: p.periodLabel });
  if (first) figures.push({ term: gapTerm(first), description: formatGap(first.gap!, style) });
  if (last && last !== first) figures.push({ term: gapTerm(last), description: formatGap(last.gap!, style) });
  if (change) {
    const size = formatGap(Math.abs(change.change), style);
    figures.push({
      term: words.changeFigure,
      description: change.direction === 'widened' ? words.widenedShort({ change: size }) : change.direction === 'narrowed' ? words.narrowedShort({ change: size }) : words.unchangedShort,
    });
  }

  const columns = overTimeColumns(context, series);
  const records: OverTimeRecord[] = periods;
  const table = tableOf(messages.common.tableCaption({ title: `${indicator.title}, ${areaName}` }), columns, records);

  const stops: KeyboardStop[] = periods.map((p) => {
    const value = (x: number | null) => (x === null ? messages.common.noData : formatValue(x, style));
    const tip: TipLine[] = [
      ['', p.periodLabel],
      [series[0].label, value(p.a)],
      [series[1].label, value(p.b)],
      [words.tooltipGap, p.gap === null ? messages.common.noData : formatGap(p.gap, style)],
    ];
    return {
      key: p.key,
      tip,
      sentence: tip.map(([l, v]) => (l ? `${l}: ${v}` : v)).join('; '),
      select: { indicator: indicator.id, area: areaCode, period: p.period },
    };
  });

  return {
    kind: 'over-time',
    indicator,
    areaCode,
    areaName,
    groupType: context.groupType,
    style,
    series,
    periods,
    change,
    chartLabel: words.chartLabelOverTime({ title: indicator.title, area: areaName, a: series[0].label, b: series[1].label }),
    valueTitle: style.unit,
    summary: sentences.filter(Boolean).join(' '),
    figures,
    notes: change ? [words.changeNote] : [],
    columns,
    records,
    table,
    stops,
  };
}
