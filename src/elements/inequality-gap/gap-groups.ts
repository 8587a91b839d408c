/**
 * The groups view of <inequality-gap>: one period, every group of one kind, the gap between two of
 * them and (for ordered groups) the slope index of inequality computed by src/stats. Pure: no DOM.
 */
import { listInWords } from '../../i18n/index.js';
import type { DataRow } from '../../spec/schema.js';
import {
  absoluteGap,
  compareArea,
  relativeGap,
  SII_DEFAULT_SEED,
  SII_MINIMUM_GROUPS,
  slopeIndexOfInequality,
  type Comparison,
  type ComparisonMethod,
  type Polarity,
  type SlopeIndexOk,
  siiValueType,
} from '../../stats/index.js';
import { formatNumber, formatValue } from '../../render/format.js';
import { formatGap, formatRatio } from './format.js';
import { groupsColumns, tableOf, type GroupsRecord } from './gap-columns.js';
import { GapDataError, groupTypeName, hasValue, matchPeriod, nameOf, num, type GapContext } from './gap-request.js';
import type { GapFigure, KeyboardStop, TipLine, ViewBase } from './gap-view.js';

export interface GroupDatum {
  key: string;
  index: number;
  label: string;
  /** Short axis label: the order number for ordered groups, the label otherwise. */
  axisLabel: string;
  order: number | undefined;
  value: number | null;
  lower: number | null;
  upper: number | null;
  population: number | null;
  /** Position on the x axis (0 to 1) for ordered groups: the middle of the group's population share. */
  position: number;
  fitted: number | null;
  comparison: Comparison | undefined;
  gapEnd: boolean;
}

export type SiiProblem =
  | 'unordered'
  | 'too-few-groups'
  | 'missing-population'
  | 'missing-value'
  | 'missing-interval'
  | 'invalid-value';

export type SiiOutcome = { ok: true; result: SlopeIndexOk } | { ok: false; reason: SiiProblem; message: string };

export interface GroupsView extends ViewBase<GroupsRecord> {
  kind: 'groups';
  period: string;
  periodLabel: string;
  ordered: boolean;
  /** Whether ordered groups sit at their population midpoints (the SII was fitted) or evenly. */
  placedByPopulation: boolean;
  groups: GroupDatum[];
  overall: { value: number; lower: number | null; upper: number | null; label: string } | undefined;
  /** The indicator's comparison method (SPEC-v1 `comparison`; `ci-overlap-95` when absent). */
  method: ComparisonMethod;
  /**
   * Whether groups are compared with the whole area: by 95% or 99.8% intervals (the method's level), when
   * the area has an overall value. Quintiles rank areas among areas, not groups, and `none` compares nothing.
   */
  compared: boolean;
  gap: { a: GroupDatum; b: GroupDatum; absolute: number; relative: number | null };
  sii: SiiOutcome;
  positionTitle: string;
}

export function buildGroupsView(context: GapContext, askedPeriod: string | null | undefined): GroupsView {
  const { model, words, indicator, areaCode, areaName, groupType, style, messages } = context;
  let period: string;
  const asked = askedPeriod?.trim();
  if (asked) {
    const found = matchPeriod(context, asked);
    if (!found || !context.groupedPeriods.includes(found)) {
      throw new GapDataError(
        words.unknownPeriod({ period: asked, known: listInWords(context.groupedPeriods.map((p) => model.periodLabel(p)), messages) }),
        'period',
      );
    }
    period = found;
  } else {
    const latest = context.groupedPeriods.at(-1);
    if (latest === undefined) throw new GapDataError(words.noGroupValues({ period: '', area: areaName }), 'period');
    period = latest;
  }
  const label = model.periodLabel(period);

  const rows = model.groups(indicator.id, areaCode, period, groupType);
  const withValue = rows.filter(hasValue);
  if (withValue.length === 0) throw new GapDataError(words.noGroupValues({ period: label, area: areaName }), 'period');
  if (withValue.length === 1) {
    throw new GapDataError(words.oneGroup({ group: withValue[0]!.group!.label, period: label, area: areaName }), 'view');
  }
  const ordered = rows.every((r) => typeof r.group?.order === 'number');

  const overallRow = model.row(indicator.id, areaCode, period);
  const overall = hasValue(overallRow)
    ? { value: overallRow.value, lower: num(overallRow.lower), upper: num(overallRow.upper), label: words.overallOf({ area: areaName }) }
    : undefined;

  const method: ComparisonMethod = indicator.comparison ?? 'ci-overlap-95';
  const compared = overall !== undefined && (method === 'ci-overlap-95' || method === 'ci-overlap-99.8');
  const sii = ordered ? slopeIndexFor(context, rows) : unorderedProblem(context);
  const placedByPopulation = sii.ok;
  const groups: GroupDatum[] = rows.map((row, index) => ({
    key: `g${index}`,
    index,
    label: row.group!.label,
    axisLabel: ordered ? formatNumber(row.group!.order!, { locale: context.lang, decimals: 0 }) : row.group!.label,
    order: row.group!.order,
    value: row.value,
    lower: num(row.lower),
    upper: num(row.upper),
    population: num(row.denominator),
    position: sii.ok ? sii.result.groups[index]!.midpoint : (index + 0.5) / rows.length,
    fitted: sii.ok ? sii.result.groups[index]!.fitted : null,
    comparison: compared && row.value !== null ? compareGroup(context, method, row, overall!.value) : undefined,
    gapEnd: false,
  }));

  // The gap: first and last ordered group (most against least deprived); else highest against lowest.
  const present = groups.filter((g) => g.value !== null);
  let a: GroupDatum;
  let b: GroupDatum;
  if (ordered) {
    a = present[0]!;
    b = present[present.length - 1]!;
  } else {
    a = present.reduce((best, g) => (g.value! > best.value! ? g : best));
    b = present.reduce((least, g) => (g.value! < least.value! ? g : least));
    if (a === b) b = present.find((g) => g !== a)!; // every value equal: any two
  }
  a.gapEnd = true;
  b.gapEnd = true;
  const gap = { a, b, absolute: absoluteGap(a.value!, b.value!), relative: relativeGap(a.value!, b.value!) };
  const nameA = nameOf(context, a);
  const nameB = nameOf(context, b);

  const figures: GapFigure[] = [
    { term: words.gapFigure({ a: nameA.name, b: nameB.name }), description: formatGap(gap.absolute, style) },
    {
      term: words.ratioFigure({ a: nameA.name, b: nameB.name }),
      description: gap.relative === null ? words.ratioUndefined : formatRatio(gap.relative, context.lang),
    },
  ];
  if (sii.ok) {
    const r = sii.result;
    figures.push(
      {
        term: words.siiFigure,
        description: `${formatGap(r.sii, style)} (${words.limits({ lower: formatNumber(r.siiLower, style), upper: formatNumber(r.siiUpper, style) })})`,
      },
      {
        term: words.riiFigure,
        description: `${formatRatio(r.rii, context.lang)} (${words.limits({ lower: formatRatio(r.riiLower, context.lang), upper: formatRatio(r.riiUpper, context.lang) })})`,
      },
    );
  } else {
    figures.push({ term: words.siiFigure, description: words.notCalculated({ reason: sii.message }) });
  }
  if (overall) figures.push({ term: overall.label, description: formatValue(overall.value, style) });

  const better = betterSentence(context, gap.absolute, nameA.phrase, nameB.phrase);
  const summary = [
    words.summaryGroups({
      area: areaName,
      period: label,
      a: formatValue(a.value!, style),
      nameA: nameA.phrase,
      b: formatValue(b.value!, style),
      nameB: nameB.phrase,
      gap: formatGap(Math.abs(gap.absolute), style),
    }),
    sii.ok
      ? words.summarySii({
          sii: formatGap(sii.result.sii, style),
          lower: formatNumber(sii.result.siiLower, style),
          upper: formatNumber(sii.result.siiUpper, style),
        })
      : '',
    overall ? words.summaryOverall({ overall: overall.label, value: formatValue(overall.value, style) }) : '',
    better,
  ]
    .filter(Boolean)
    .join(' ');

  const notes = sii.ok
    ? [words.positionNote, words.siiExplained, words.siiMethod[!sii.result.transformed ? 'linear' : siiValueType(indicator.valueType) === 'rate' ? 'log' : 'logit']]
    : [];
  // A method other than the default is said in words, so the statuses (or their absence) read truly.
  if (method === 'ci-overlap-99.8' && overall) notes.push(words.comparedBy998({ overall: overall.label }));
  if (method === 'quintiles') notes.push(words.groupsNotComparedQuintiles);
  if (method === 'none') notes.push(words.groupsNotComparedNone);
  const typeName = groupTypeName(context);
  const columns = groupsColumns(context, { period, groups, sii, overall, method, compared });
  const records: GroupsRecord[] = [
    ...groups.map((group): GroupsRecord => ({ kind: 'group', group })),
    ...(overall ? [{ kind: 'overall' } as const] : []),
    // The SII and RII as two more lines of the download, so the file carries the figures the chart states.
    ...(sii.ok
      ? ([
          { kind: 'index', name: 'slope index of inequality', value: sii.result.sii, lower: sii.result.siiLower, upper: sii.result.siiUpper, csvOnly: true },
          { kind: 'index', name: 'relative index of inequality', value: sii.result.rii, lower: sii.result.riiLower, upper: sii.result.riiUpper, csvOnly: true },
        ] as const)
      : []),
  ];
  return {
    kind: 'groups',
    indicator,
    areaCode,
    areaName,
    groupType,
    style,
    period,
    periodLabel: label,
    ordered,
    placedByPopulation,
    groups,
    overall,
    method,
    compared,
    gap,
    sii,
    chartLabel: words.chartLabelGroups({ title: indicator.title, area: areaName, period: label }),
    valueTitle: style.unit,
    positionTitle: typeName,
    summary,
    figures,
    notes,
    columns,
    records,
    table: tableOf(messages.common.tableCaption({ title: `${indicator.title}, ${areaName}, ${label}` }), columns, records),
    stops: groups
      .filter((g) => g.value !== null)
      .map((g) => groupStop(context, g, period, label, overall?.label)),
  };
}

/**
 * A group against the whole area's value by the indicator's interval method (src/stats `compareArea`, as
 * every element compares): the group's limits at 95% or 99.8%, given or computed from its count.
 */
function compareGroup(context: GapContext, method: ComparisonMethod, row: DataRow, overallValue: number): Comparison {
  const { indicator } = context;
  const result = compareArea({ method, row, benchmarkValue: overallValue, polarity: indicator.polarity, valueType: indicator.valueType, multiplier: indicator.multiplier });
  // Interval methods give benchmark statuses only; a fifth cannot come back from them.
  return result.status as Comparison;
}

function unorderedProblem(context: GapContext): SiiOutcome {
  return { ok: false, reason: 'unordered', message: context.words.siiUnordered({ type: groupTypeName(context) }) };
}

/** The SII and RII by src/stats (PHE method), with PHE's value type from the indicator's `valueType` (never its unit). */
function slopeIndexFor(context: GapContext, rows: DataRow[]): SiiOutcome {
  const { words, messages } = context;
  const valueType = siiValueType(context.indicator.valueType);
  const values = rows.map((r) => r.value ?? 0);
  const result = slopeIndexOfInequality(
    rows.map((r) => ({ order: r.group!.order!, value: r.value, population: num(r.denominator), lower: num(r.lower), upper: num(r.upper) })),
    {
      valueType,
      // A proportion's 100%: its multiplier, else 100 when the values read as percentages.
      proportionScale: valueType === 'proportion' ? (context.indicator.multiplier ?? (Math.max(...values) > 1 ? 100 : 1)) : 1,
      transform: valueType !== 'normal' && context.indicator.sii?.transform === true,
      seed: context.options.sii?.seed ?? SII_DEFAULT_SEED,
      ...(context.options.sii?.simulations ? { simulations: context.options.sii.simulations } : {}),
    },
  );
  if (result.ok) return { ok: true, result };
  const labelsWhere = (missing: (r: DataRow) => boolean) =>
    listInWords(rows.filter(missing).map((r) => `"${r.group!.label}"`), messages);
  let message: string;
  switch (result.reason) {
    case 'too-few-groups':
      message = words.siiTooFewGroups({ count: rows.length, minimum: SII_MINIMUM_GROUPS });
      break;
    case 'missing-population':
      message = words.siiMissingPopulation({ groups: labelsWhere((r) => !(num(r.denominator)! > 0)) });
      break;
    case 'missing-value':
      message = words.siiMissingValue({ groups: labelsWhere((r) => r.value === null) });
      break;
    case 'missing-interval':
      message = words.siiMissingInterval({ groups: labelsWhere((r) => num(r.lower) === null || num(r.upper) === null || r.upper! < r.lower!) });
      break;
    case 'invalid-value':
      message = words.siiInvalidValue;
      break;
  }
  return { ok: false, reason: result.reason, message };
}

/** Which end is better, in words, for the indicator's polarity (a − b is the gap). */
function betterSentence(context: GapContext, gap: number, phraseA: string, phraseB: string): string {
  const polarity: Polarity = context.indicator.polarity;
  const { better } = context.words;
  if (polarity === 'no-judgement') return better['no-judgement'];
  if (gap === 0) return better.same;
  const aIsHigher = gap > 0;
  const betterPhrase = aIsHigher === (polarity === 'higher-is-better') ? phraseA : phraseB;
  return better[polarity]({ name: betterPhrase });
}

function groupStop(context: GapContext, g: GroupDatum, period: string, label: string, overallLabel: string | undefined): KeyboardStop {
  const { words, messages, style } = context;
  const value = formatValue(g.value!, style);
  const limits = g.lower !== null && g.upper !== null ? words.limits({ lower: formatNumber(g.lower, style), upper: formatNumber(g.upper, style) }) : undefined;
  const tip: TipLine[] = [['', g.label], [words.value, value]];
  if (limits) tip.push(['', limits]);
  if (g.population !== null) tip.push([words.population, formatNumber(g.population, { locale: context.lang, decimals: 0 })]);
  if (g.fitted !== null) tip.push([words.fitted, formatNumber(g.fitted, style)]);
  if (g.comparison && overallLabel) tip.push([words.comparedWithOverall({ overall: overallLabel }), messages.comparison[g.comparison]]);
  if (g.gapEnd) tip.push(['', words.gapEnd]);
  const sentence = tip.map(([l, v]) => (l ? `${l}: ${v}` : v)).join('; ');
  return {
    key: g.key,
    sentence: `${sentence} (${label})`,
    tip,
    select: { indicator: context.indicator.id, area: context.areaCode, period, group: g.label },
  };
}

