/**
 * The data table and the CSV of <wellbeing-chart>: the rows the chart draws, with the columns the
 * data has (a column empty in every row is left out of the table, kept in the CSV so files of
 * different charts line up). Pure (no DOM).
 */
import type { Messages } from '../../i18n/index.js';
import type { Model } from '../../model/model.js';
import { formatNumber, numberStyle } from '../../render/format.js';
import type { CsvCell } from '../../render/downloads.js';
import type { ChartRow } from './chart-rows.js';

export interface TableCell {
  text: string;
  numeric?: boolean;
}

export interface ChartTable {
  headers: TableCell[];
  /** The first cell of each row is its header (the area). */
  rows: TableCell[][];
}

type Column = keyof Messages['wellbeingChart']['columns'];

const NUMBER_COLUMNS = ['value', 'lower', 'upper', 'count', 'denominator'] as const;

/** The table of the rows, numbers written with each indicator's decimals in the element's language. */
export function chartTable(rows: readonly ChartRow[], messages: Messages, locale: string, model: Model): ChartTable {
  const words = messages.wellbeingChart.columns;
  const several = (pick: (r: ChartRow) => unknown) => new Set(rows.map(pick)).size > 1;
  const any = (pick: (r: ChartRow) => unknown) => rows.some((r) => pick(r) !== null && pick(r) !== undefined);
  const columns: Column[] = ['area'];
  if (several((r) => r.indicator)) columns.push('indicator');
  columns.push('period');
  if (any((r) => r.group)) columns.push('group');
  for (const column of NUMBER_COLUMNS) if (column === 'value' || any((r) => r[column])) columns.push(column);
  if (rows.some((r) => r.comparison !== 'not-compared')) columns.push('comparison');

  const styles = new Map<string, ReturnType<typeof numberStyle>>();
  const styleOf = (row: ChartRow) => {
    let style = styles.get(row.indicator);
    if (!style) {
      const indicator = model.indicator(row.indicator) ?? { unit: undefined, decimals: undefined };
      style = numberStyle(indicator, model.rows(row.indicator), locale);
      styles.set(row.indicator, style);
    }
    return style;
  };

  return {
    headers: columns.map((c) => ({ text: words[c], numeric: (NUMBER_COLUMNS as readonly string[]).includes(c) })),
    rows: rows.map((row) =>
      columns.map((column): TableCell => {
        switch (column) {
          case 'area':
            return { text: row.areaName };
          case 'indicator':
            return { text: row.indicatorTitle };
          case 'period':
            return { text: row.periodLabel };
          case 'group':
            return { text: row.group ?? '' };
          case 'comparison':
            return { text: row.comparisonLabel };
          case 'count':
          case 'denominator': {
            const x = row[column];
            return { text: x === null ? '' : formatNumber(x, { decimals: Number.isInteger(x) ? 0 : 2, locale }), numeric: true };
          }
          default: {
            const x = row[column];
            return { text: x === null ? (column === 'value' ? messages.common.notAvailable : '') : formatNumber(x, styleOf(row)), numeric: true };
          }
        }
      }),
    ),
  };
}

/** The CSV of the rows: every field of the `rows` dataset, numbers as they are in the data. */
export function rowsCsv(rows: readonly ChartRow[]): [string[], CsvCell[][]] {
  const header = [
    'indicator',
    'indicatorTitle',
    'area',
    'areaName',
    'period',
    'value',
    'lower',
    'upper',
    'count',
    'denominator',
    'group',
    'groupType',
    'groupOrder',
    'comparison',
  ] as const;
  return [[...header], rows.map((row) => header.map((key) => row[key]))];
}
