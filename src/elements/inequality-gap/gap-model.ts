/**
 * The view model of <inequality-gap>: which indicator, area, kind of group, period and pair of groups
 * to show (from the attributes, with defaults from the data), the gaps and the slope index of
 * inequality (computed by src/stats, never here), and every word people read: summary, key figures,
 * table, tooltips. Pure: no DOM, so it is unit-tested directly and reusable by a static renderer.
 */
import { listInWords, type Messages } from '../../i18n/index.js';
import type { Model } from '../../model/model.js';
import { periodLabel } from '../../model/period.js';
import type { DataRow, Indicator } from '../../spec/schema.js';
import {
  absoluteGap,
  compareWithBenchmark,
  gapChange,
  relativeGap,
  SII_DEFAULT_SEED,
  SII_MINIMUM_GROUPS,
  slopeIndexOfInequality,
  type Comparison,
  type GapChange,
  type Polarity,
  type SlopeIndexOk,
  type SlopeIndexOptions,
} from '../../stats/index.js';
import { formatNumber, formatValue, numberStyle } from '../../render/format.js';
import { formatGap, formatRatio, type GapNumberStyle } from './format.js';

export type GapViewKind = 'groups' | 'over-time';
export const GAP_VIEWS: readonly GapViewKind[] = ['groups', 'over-time'];

/** What the element was asked to show: its attributes, as given (any may be empty). */
export interface GapRequest {
  indicator?: string | null | undefined;
  area?: string | null | undefined;
  period?: string | null | undefined;
  view?: string | null | undefined;
  /** Two group labels separated by a comma, or one label and "overall" (over-time view). */
  groups?: string | null | undefined;
  groupType?: string | null | undefined;
}

/** The request cannot be shown with this data; `attribute` names the attribute at fault, if one is. */
export class GapDataError extends Error {
  readonly attribute: string | undefined;
  constructor(message: string, attribute?: string) {
    super(message);
    this.name = 'GapDataError';
    this.attribute = attribute;
  }
}

/** One line of a tooltip: label and value, both plain text (label may be empty for a heading line). */
export type TipLine = [label: string, value: string];

/** A table cell: text, right-aligned when numeric; a status cell also gets its letter. */
export interface TableCell {
  text: string;
  numeric?: boolean;
  status?: Comparison;
}

export interface TableModel {
  caption: string;
  head: TableCell[];
  rows: TableCell[][];
}

/** A key figure, shown as a term and its description. */
export interface GapFigure {
  term: string;
  description: string;
}

/** A mark the keyboard can move to: what its tooltip says and a sentence for the live region. */
export interface KeyboardStop {
  key: string;
  sentence: string;
  tip: TipLine[];
  /** What `wellbeing-select` names when this mark is chosen. */
  select: Record<string, string>;
}

interface ViewBase {
  indicator: Indicator;
  areaCode: string;
  areaName: string;
  groupType: string;
  style: GapNumberStyle;
  chartLabel: string;
  keyboardHint: string;
  /** Axis title for the values: the unit (the indicator's title is the figure's caption). */
  valueTitle: string;
  summary: string;
  figures: GapFigure[];
  notes: string[];
  table: TableModel;
  stops: KeyboardStop[];
}

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

export interface GroupsView extends ViewBase {
  kind: 'groups';
  period: string;
  periodLabel: string;
  ordered: boolean;
  /** Whether ordered groups sit at their population midpoints (the SII was fitted) or evenly. */
  placedByPopulation: boolean;
  groups: GroupDatum[];
  overall: { value: number; lower: number | null; upper: number | null; label: string } | undefined;
  gap: { a: GroupDatum; b: GroupDatum; absolute: number; relative: number | null };
  sii: SiiOutcome;
  positionTitle: string;
}

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

export interface OverTimeView extends ViewBase {
  kind: 'over-time';
  series: [SeriesRef, SeriesRef];
  periods: PeriodGap[];
  change: GapChange | null;
}

export type GapView = GroupsView | OverTimeView;

export interface GapViewOptions {
  messages: Messages;
  /** Language for numbers (BCP 47). */
  lang: string;
  /** SII simulations and seed; defaults: src/stats defaults with a fixed seed, so numbers are stable. */
  sii?: Pick<SlopeIndexOptions, 'simulations' | 'seed'>;
}

const OVERALL = 'overall';
const hasValue = (row: DataRow | undefined): row is DataRow & { value: number } => row !== undefined && row.value !== null;
const num = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

interface Context {
  model: Model;
  messages: Messages;
  words: Messages['inequalityGap'];
  lang: string;
  indicator: Indicator;
  areaCode: string;
  areaName: string;
  groupType: string;
  style: GapNumberStyle;
  /** Periods with at least one group value of the chosen kind, in time order. */
  groupedPeriods: string[];
  /** Lowest and highest group order of this kind (to name the most and least deprived ends). */
  orderRange: [number, number] | undefined;
  options: GapViewOptions;
}

/** Builds the view model for a request; throws GapDataError with a sentence for people when it cannot. */
export function buildGapView(model: Model, request: GapRequest, options: GapViewOptions): GapView {
  const context = resolveContext(model, request, options);
  const view = chooseView(context, request.view);
  return view === 'groups' ? buildGroupsView(context, request.period) : buildOverTimeView(context, request.groups);
}

// ---------------------------------------------------------------------------------------------
// Choosing what to show

function resolveContext(model: Model, request: GapRequest, options: GapViewOptions): Context {
  const words = options.messages.inequalityGap;
  const grouped = (indicator: string, area?: string) => model.rows(indicator, area).some((r) => r.group);

  const indicatorId = request.indicator?.trim();
  let indicator: Indicator | undefined;
  if (indicatorId) {
    indicator = model.indicator(indicatorId);
    if (!indicator) {
      throw new GapDataError(
        words.unknownIndicator({ id: indicatorId, known: quotedList(model.spec.indicators.map((i) => i.id), options.messages) }),
        'indicator',
      );
    }
  } else {
    // No indicator asked for: the first one with groups (a page showing one gap rarely needs to say).
    indicator = model.spec.indicators.find((i) => grouped(i.id));
    if (!indicator) throw new GapDataError(words.noGroupedIndicator, 'indicator');
  }

  const areaCode = request.area?.trim();
  let area = areaCode ? model.area(areaCode) : undefined;
  if (areaCode) {
    if (!area) {
      throw new GapDataError(words.unknownArea({ code: areaCode, known: quotedList(model.spec.areas.map((a) => a.code), options.messages) }), 'area');
    }
    if (!grouped(indicator.id, area.code)) {
      throw new GapDataError(words.areaHasNoGroups({ code: area.code, area: area.name, indicator: indicator.id }), 'area');
    }
  } else {
    area = model.spec.areas.find((a) => grouped(indicator.id, a.code));
    if (!area) throw new GapDataError(words.areaHasNoGroups({ code: '', area: '', indicator: indicator.id }), 'indicator');
  }

  const types = model.groupTypes(indicator.id, area.code);
  const askedType = request.groupType?.trim();
  if (askedType && !types.includes(askedType)) {
    throw new GapDataError(words.unknownGroupType({ type: askedType, known: quotedList(types, options.messages) }), 'group-type');
  }
  const groupType = askedType || types[0]!;

  const groupedPeriods = model
    .periodsOf(indicator.id, area.code)
    .filter((p) => model.groups(indicator.id, area.code, p, groupType).some(hasValue));
  const orders = model
    .rows(indicator.id, area.code)
    .flatMap((r) => (r.group?.type === groupType && typeof r.group.order === 'number' ? [r.group.order] : []));
  return {
    model,
    messages: options.messages,
    words,
    lang: options.lang,
    indicator,
    areaCode: area.code,
    areaName: area.name,
    groupType,
    // The indicator's decimals, else those of its data in this area (groups and overall).
    style: { ...numberStyle(indicator, model.rows(indicator.id, area.code), options.lang), messages: options.messages },
    groupedPeriods,
    orderRange: orders.length ? [Math.min(...orders), Math.max(...orders)] : undefined,
    options,
  };
}

/** `view` as asked, else groups when the latest period has two or more group values, else over-time. */
function chooseView(context: Context, asked: string | null | undefined): GapViewKind {
  const view = asked?.trim();
  if (view) {
    if (!(GAP_VIEWS as readonly string[]).includes(view)) throw new GapDataError(context.words.unknownView({ view }), 'view');
    return view as GapViewKind;
  }
  const latest = context.groupedPeriods.at(-1);
  if (latest === undefined) return 'over-time';
  const values = context.model.groups(context.indicator.id, context.areaCode, latest, context.groupType).filter(hasValue);
  return values.length >= 2 ? 'groups' : 'over-time';
}

function quotedList(items: string[], messages: Messages): string {
  return listInWords(items.map((i) => `"${i}"`), messages);
}

/** The noun for a group ("the most deprived tenth", "Female") and the phrase sentences use. */
function nameOf(context: Context, group: { label: string; order?: number | undefined }): { name: string; phrase: string } {
  const { words } = context;
  const fraction = deprivationFraction(context);
  if (fraction && context.orderRange && group.order !== undefined) {
    const [most, least] = context.orderRange;
    if (group.order === most) {
      const name = words.mostDeprived({ fraction });
      return { name, phrase: words.inPhrase({ name }) };
    }
    if (group.order === least) {
      const name = words.leastDeprived({ fraction });
      return { name, phrase: words.inPhrase({ name }) };
    }
  }
  return { name: group.label, phrase: words.forGroup({ label: group.label }) };
}

/** "tenth" for deprivation deciles, "fifth" for quintiles; undefined for other kinds of group. */
function deprivationFraction(context: Context): string | undefined {
  const type = context.groupType.toLowerCase();
  if (!type.includes('depriv')) return undefined;
  return Object.entries(context.words.fractions).find(([kind]) => type.includes(kind))?.[1];
}

function groupTypeName(context: Context): string {
  return context.words.groupTypeNames[context.groupType] ?? context.groupType;
}

function matchPeriod(context: Context, asked: string): string | undefined {
  const all = context.model.periodsOf(context.indicator.id, context.areaCode);
  return all.find((p) => p === asked) ?? all.find((p) => periodLabel(p) === asked);
}

// ---------------------------------------------------------------------------------------------
// Groups view: one period, every group

function buildGroupsView(context: Context, askedPeriod: string | null | undefined): GroupsView {
  const { model, words, indicator, areaCode, areaName, groupType, style, messages } = context;
  let period: string;
  const asked = askedPeriod?.trim();
  if (asked) {
    const found = matchPeriod(context, asked);
    if (!found || !context.groupedPeriods.includes(found)) {
      throw new GapDataError(
        words.unknownPeriod({ period: asked, known: listInWords(context.groupedPeriods.map(periodLabel), messages) }),
        'period',
      );
    }
    period = found;
  } else {
    const latest = context.groupedPeriods.at(-1);
    if (latest === undefined) throw new GapDataError(words.noGroupValues({ period: '', area: areaName }), 'period');
    period = latest;
  }
  const label = periodLabel(period);

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
    comparison: overall && row.value !== null ? compareWithBenchmark(row, overall.value, indicator.polarity) : undefined,
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

  const notes = sii.ok ? [words.positionNote, words.siiExplained] : [];
  const typeName = groupTypeName(context);
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
    gap,
    sii,
    chartLabel: words.chartLabelGroups({ title: indicator.title, area: areaName, period: label }),
    keyboardHint: words.keyboardGroups,
    valueTitle: style.unit,
    positionTitle: typeName,
    summary,
    figures,
    notes,
    table: groupsTable(context, groups, sii, overall, label),
    stops: groups
      .filter((g) => g.value !== null)
      .map((g) => groupStop(context, g, period, label, overall?.label)),
  };
}

function unorderedProblem(context: Context): SiiOutcome {
  return { ok: false, reason: 'unordered', message: context.words.siiUnordered({ type: groupTypeName(context) }) };
}

/** The SII and RII by src/stats (PHE method), with PHE's value type chosen from the unit. */
function slopeIndexFor(context: Context, rows: DataRow[]): SiiOutcome {
  const { words, messages } = context;
  const unit = context.style.unit.trim().toLowerCase();
  // PHE's value_type: proportions are simulated on the logit scale, rates on the log scale, the rest as they are.
  const valueType: SlopeIndexOptions['valueType'] = unit === '%' ? 'proportion' : unit.startsWith('per ') ? 'rate' : 'normal';
  const result = slopeIndexOfInequality(
    rows.map((r) => ({ order: r.group!.order!, value: r.value, population: num(r.denominator), lower: num(r.lower), upper: num(r.upper) })),
    {
      valueType,
      proportionScale: valueType === 'proportion' ? 100 : 1,
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
function betterSentence(context: Context, gap: number, phraseA: string, phraseB: string): string {
  const polarity: Polarity = context.indicator.polarity;
  const { better } = context.words;
  if (polarity === 'no-judgement') return better['no-judgement'];
  if (gap === 0) return better.same;
  const aIsHigher = gap > 0;
  const betterPhrase = aIsHigher === (polarity === 'higher-is-better') ? phraseA : phraseB;
  return better[polarity]({ name: betterPhrase });
}

function groupsTable(context: Context, groups: GroupDatum[], sii: SiiOutcome, overall: GroupsView['overall'], periodText: string): TableModel {
  const { words, messages, style, indicator } = context;
  const showLimits = groups.some((g) => g.lower !== null || g.upper !== null);
  const showPopulation = groups.some((g) => g.population !== null);
  const n = (x: number | null, numeric = true): TableCell => ({
    text: x === null ? messages.common.noData : formatNumber(x, style),
    numeric,
  });
  const head: TableCell[] = [{ text: words.group }, { text: words.valueWithUnit({ unit: style.unit }), numeric: true }];
  if (showLimits) head.push({ text: words.lower, numeric: true }, { text: words.upper, numeric: true });
  if (showPopulation) head.push({ text: words.population, numeric: true });
  if (sii.ok) head.push({ text: words.fitted, numeric: true });
  if (overall) head.push({ text: words.comparedWithOverall({ overall: overall.label }) });
  const rows = groups.map((g) => {
    const cells: TableCell[] = [{ text: g.label }, n(g.value)];
    if (showLimits) cells.push(n(g.lower), n(g.upper));
    if (showPopulation) {
      cells.push({ text: g.population === null ? messages.common.noData : formatNumber(g.population, { locale: context.lang, decimals: 0 }), numeric: true });
    }
    if (sii.ok) cells.push(n(g.fitted));
    if (overall) {
      const status = g.comparison ?? 'not-compared';
      cells.push({ text: messages.comparison[status], status });
    }
    return cells;
  });
  if (overall) {
    const cells: TableCell[] = [{ text: overall.label }, n(overall.value)];
    if (showLimits) cells.push(n(overall.lower), n(overall.upper));
    if (showPopulation) cells.push({ text: '', numeric: true });
    if (sii.ok) cells.push({ text: '', numeric: true });
    cells.push({ text: '' });
    rows.push(cells);
  }
  return { caption: messages.common.tableCaption({ title: `${indicator.title}, ${context.areaName}, ${periodText}` }), head, rows };
}

function groupStop(context: Context, g: GroupDatum, period: string, label: string, overallLabel: string | undefined): KeyboardStop {
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

// ---------------------------------------------------------------------------------------------
// Over-time view: two series and the gap between them in every period

function groupLabels(context: Context): { label: string; order: number | undefined }[] {
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

function buildOverTimeView(context: Context, askedGroups: string | null | undefined): OverTimeView {
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
    return { key: `p${i}`, period, periodLabel: periodLabel(period), a, b, gap: a !== null && b !== null ? absoluteGap(a, b) : null };
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

  const gapHeading = words.gapColumn({ a: series[0].label, b: series[1].label });
  const cell = (x: number | null): TableCell => ({ text: x === null ? messages.common.noData : formatNumber(x, style), numeric: true });
  const table: TableModel = {
    caption: messages.common.tableCaption({ title: `${indicator.title}, ${areaName}` }),
    head: [{ text: words.period }, { text: series[0].label, numeric: true }, { text: series[1].label, numeric: true }, { text: gapHeading, numeric: true }],
    rows: periods.map((p) => [{ text: p.periodLabel }, cell(p.a), cell(p.b), cell(p.gap)]),
  };

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
    keyboardHint: words.keyboardOverTime,
    valueTitle: style.unit,
    summary: sentences.filter(Boolean).join(' '),
    figures,
    notes: change ? [words.changeNote] : [],
    table,
    stops,
  };
}

// ---------------------------------------------------------------------------------------------
// Data for download: raw numbers (not rounded), one header line

export type ExportCell = string | number | null;

/** The numbers shown, unrounded, for a CSV download: same rows as the table. */
export function exportRows(view: GapView): { header: string[]; rows: ExportCell[][] } {
  const base = (): ExportCell[] => [view.indicator.id, view.areaCode, view.areaName];
  if (view.kind === 'groups') {
    const header = ['indicator', 'area', 'area_name', 'period', 'group_type', 'group', 'order', 'value', 'lower', 'upper', 'population'];
    if (view.sii.ok) header.push('fitted');
    if (view.overall) header.push('compared_with_overall');
    const rows = view.groups.map((g) => {
      const row: ExportCell[] = [...base(), view.period, view.groupType, g.label, g.order ?? null, g.value, g.lower, g.upper, g.population];
      if (view.sii.ok) row.push(g.fitted);
      if (view.overall) row.push(g.comparison ?? null);
      return row;
    });
    if (view.overall) {
      const row: ExportCell[] = [...base(), view.period, '', 'overall', null, view.overall.value, view.overall.lower, view.overall.upper, null];
      if (view.sii.ok) row.push(null);
      row.push(null);
      rows.push(row);
    }
    if (view.sii.ok) {
      // The SII and RII as two more lines, so the file carries the figures the chart states.
      const r = view.sii.result;
      const empty = header.length - 11;
      rows.push([...base(), view.period, view.groupType, 'slope index of inequality', null, r.sii, r.siiLower, r.siiUpper, null, ...Array<null>(empty).fill(null)]);
      rows.push([...base(), view.period, view.groupType, 'relative index of inequality', null, r.rii, r.riiLower, r.riiUpper, null, ...Array<null>(empty).fill(null)]);
    }
    return { header, rows };
  }
  const [a, b] = view.series;
  return {
    header: ['indicator', 'area', 'area_name', 'period', a.label, b.label, `gap (${a.label} minus ${b.label})`],
    rows: view.periods.map((p) => [...base(), p.period, p.a, p.b, p.gap]),
  };
}
