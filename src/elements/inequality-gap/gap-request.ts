/**
 * What <inequality-gap> was asked to show (its attributes) and what that resolves to in the data:
 * indicator, area, kind of group, which view; with the naming helpers both views use. Pure: no DOM.
 */
import { listInWords, type Messages } from '../../i18n/index.js';
import type { Model } from '../../model/model.js';
import { periodLabel } from '../../model/period.js';
import type { DataRow, Indicator } from '../../spec/schema.js';
import type { SlopeIndexOptions } from '../../stats/index.js';
import { numberStyle } from '../../render/format.js';
import type { GapNumberStyle } from './format.js';

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

export interface GapViewOptions {
  messages: Messages;
  /** Language for numbers (BCP 47). */
  lang: string;
  /** SII simulations and seed; defaults: src/stats defaults with a fixed seed, so numbers are stable. */
  sii?: Pick<SlopeIndexOptions, 'simulations' | 'seed'>;
}

/** The "overall" (whole-area) series in the over-time view's `groups` attribute. */
export const OVERALL = 'overall';
export const hasValue = (row: DataRow | undefined): row is DataRow & { value: number } => row !== undefined && row.value !== null;
/** A finite number, else null (a gap in the data, never zero). */
export const num = (x: number | null | undefined): number | null => (typeof x === 'number' && Number.isFinite(x) ? x : null);

/** The request resolved against the data: what both views are built from. */
export interface GapContext {
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

export function resolveContext(model: Model, request: GapRequest, options: GapViewOptions): GapContext {
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
export function chooseView(context: GapContext, asked: string | null | undefined): GapViewKind {
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

export function quotedList(items: string[], messages: Messages): string {
  return listInWords(items.map((i) => `"${i}"`), messages);
}

/** The noun for a group ("the most deprived tenth", "Female") and the phrase sentences use. */
export function nameOf(context: GapContext, group: { label: string; order?: number | undefined }): { name: string; phrase: string } {
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
function deprivationFraction(context: GapContext): string | undefined {
  const type = context.groupType.toLowerCase();
  if (!type.includes('depriv')) return undefined;
  return Object.entries(context.words.fractions).find(([kind]) => type.includes(kind))?.[1];
}

export function groupTypeName(context: GapContext): string {
  return context.words.groupTypeNames[context.groupType] ?? context.groupType;
}

export function matchPeriod(context: GapContext, asked: string): string | undefined {
  const all = context.model.periodsOf(context.indicator.id, context.areaCode);
  return all.find((p) => p === asked) ?? all.find((p) => periodLabel(p) === asked || context.model.periodLabel(p) === asked);
}

