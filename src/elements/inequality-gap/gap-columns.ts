/**
 * One column list per view, from which both the data table and the CSV download are rendered, so the
 * two never disagree: a column has its CSV header and unrounded value, and (unless it is in the
 * download only) its table heading and the text of its cell. To add a column (a comparison method,
 * say), add it here once.
 */
import { formatNumber, type NumberStyle } from '../../render/format.js';
import type { Comparison } from '../../stats/index.js';
import type { GroupDatum, GroupsView } from './gap-groups.js';
import type { PeriodGap, SeriesRef } from './gap-over-time.js';
import type { GapContext } from './gap-request.js';

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

export type ExportCell = string | number | null;

export interface GapColumn<Row> {
  /** Header in the CSV file (stable, not translated, except group labels from the data). */
  csv: string;
  /** Heading in the table; absent for columns only in the download (the caption already says them). */
  heading?: TableCell;
  /** The unrounded value for the download. */
  raw(row: Row): ExportCell;
  /** The cell in the table (only called when `heading` is set). */
  cell?(row: Row): TableCell;
}

/** A record that is a line of the download only (e.g. the SII and RII under the groups). */
export interface CsvOnly {
  csvOnly?: boolean;
}

export function tableOf<Row extends CsvOnly>(caption: string, columns: readonly GapColumn<Row>[], records: readonly Row[]): TableModel {
  const shown = columns.filter((c) => c.heading && c.cell);
  return {
    caption,
    head: shown.map((c) => c.heading!),
    rows: records.filter((r) => !r.csvOnly).map((r) => shown.map((c) => c.cell!(r))),
  };
}

export function csvOf<Row>(columns: readonly GapColumn<Row>[], records: readonly Row[]): { header: string[]; rows: ExportCell[][] } {
  return { header: columns.map((c) => c.csv), rows: records.map((r) => columns.map((c) => c.raw(r))) };
}

// ---------------------------------------------------------------------------------------------
// Groups view: one line per group, then the whole area; the SII and RII in the download only

export type GroupsRecord =
  | { kind: 'group'; group: GroupDatum; csvOnly?: false }
  | { kind: 'overall'; csvOnly?: false }
  | { kind: 'index'; name: string; value: number; lower: number; upper: number; csvOnly: true };

type GroupsParts = Pick<GroupsView, 'period' | 'groups' | 'sii' | 'overall' | 'method' | 'compared'>;

export function groupsColumns(context: GapContext, view: GroupsParts): GapColumn<GroupsRecord>[] {
  const { words, messages, style, lang } = context;
  const { overall, sii } = view;
  const text = (x: number | null | undefined, format: Pick<NumberStyle, 'decimals' | 'locale'> = style): TableCell => ({
    text: x === null || x === undefined ? messages.common.noData : formatNumber(x, format),
    numeric: true,
  });
  const blank: TableCell = { text: '', numeric: true };
  /** A number column: the group's own, the whole area's, or an index's (each may be absent). */
  const numbers = (
    csv: string,
    heading: string | undefined,
    pick: { group: (g: GroupDatum) => number | null; overall?: () => number | null; index?: (r: GroupsRecord & { kind: 'index' }) => number | null },
    format: Pick<NumberStyle, 'decimals' | 'locale'> = style,
  ): GapColumn<GroupsRecord> => ({
    csv,
    ...(heading === undefined ? {} : { heading: { text: heading, numeric: true } }),
    raw: (r) => (r.kind === 'group' ? pick.group(r.group) : r.kind === 'overall' ? (pick.overall?.() ?? null) : (pick.index?.(r) ?? null)),
    cell: (r) => (r.kind === 'group' ? text(pick.group(r.group), format) : pick.overall ? text(pick.overall(), format) : blank),
  });
  const showLimits = view.groups.some((g) => g.lower !== null || g.upper !== null);
  const showPopulation = view.groups.some((g) => g.population !== null);
  const context_ = (csv: string, value: ExportCell): GapColumn<GroupsRecord> => ({ csv, raw: () => value });

  const columns: GapColumn<GroupsRecord>[] = [
    context_('indicator', context.indicator.id),
    context_('area', context.areaCode),
    context_('area_name', context.areaName),
    context_('period', view.period),
    { csv: 'group_type', raw: (r) => (r.kind === 'overall' ? '' : context.groupType) },
    {
      csv: 'group',
      heading: { text: words.group },
      raw: (r) => (r.kind === 'group' ? r.group.label : r.kind === 'overall' ? 'overall' : r.name),
      cell: (r) => ({ text: r.kind === 'group' ? r.group.label : (overall?.label ?? '') }),
    },
    { csv: 'order', raw: (r) => (r.kind === 'group' ? (r.group.order ?? null) : null) },
    numbers('value', words.valueWithUnit({ unit: style.unit }), { group: (g) => g.value, overall: () => overall?.value ?? null, index: (r) => r.value }),
    numbers('lower', showLimits ? words.lower : undefined, { group: (g) => g.lower, overall: () => overall?.lower ?? null, index: (r) => r.lower }),
    numbers('upper', showLimits ? words.upper : undefined, { group: (g) => g.upper, overall: () => overall?.upper ?? null, index: (r) => r.upper }),
    numbers('population', showPopulation ? words.population : undefined, { group: (g) => g.population }, { locale: lang, decimals: 0 }),
  ];
  if (sii.ok) columns.push(numbers('fitted', words.fitted, { group: (g) => g.fitted }));
  if (overall && view.compared) {
    columns.push({
      csv: 'compared_with_overall',
      heading: { text: (view.method === 'ci-overlap-99.8' ? words.comparedWithOverall998 : words.comparedWithOverall)({ overall: overall.label }) },
      raw: (r) => (r.kind === 'group' ? (r.group.comparison ?? null) : null),
      cell: (r) => {
        if (r.kind !== 'group') return { text: '' };
        const status = r.group.comparison ?? 'not-compared';
        return { text: messages.comparison[status], status };
      },
    });
  }
  return columns;
}

// ---------------------------------------------------------------------------------------------
// Over-time view: one line per period

export type OverTimeRecord = PeriodGap & CsvOnly;

export function overTimeColumns(context: GapContext, series: readonly [SeriesRef, SeriesRef]): GapColumn<OverTimeRecord>[] {
  const { words, messages, style } = context;
  const [a, b] = series;
  const number = (csv: string, heading: string, pick: (p: PeriodGap) => number | null): GapColumn<OverTimeRecord> => ({
    csv,
    heading: { text: heading, numeric: true },
    raw: pick,
    cell: (p) => {
      const x = pick(p);
      return { text: x === null ? messages.common.noData : formatNumber(x, style), numeric: true };
    },
  });
  return [
    { csv: 'indicator', raw: () => context.indicator.id },
    { csv: 'area', raw: () => context.areaCode },
    { csv: 'area_name', raw: () => context.areaName },
    { csv: 'period', heading: { text: words.period }, raw: (p) => p.period, cell: (p) => ({ text: p.periodLabel }) },
    number(a.label, a.label, (p) => p.a),
    number(b.label, b.label, (p) => p.b),
    number(`gap (${a.label} minus ${b.label})`, words.gapColumn({ a: a.label, b: b.label }), (p) => p.gap),
  ];
}
