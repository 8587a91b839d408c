/**
 * Shapes shared by both views of <inequality-gap> (groups, over time): what a tooltip, a key figure
 * and a keyboard stop hold, and the fields every view has. Pure types.
 */
import type { Indicator } from '../../spec/schema.js';
import type { GapColumn, TableModel } from './gap-columns.js';
import type { GapNumberStyle } from './format.js';

/** One line of a tooltip: label and value, both plain text (label may be empty for a heading line). */
export type TipLine = [label: string, value: string];

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

export interface ViewBase<Row> {
  indicator: Indicator;
  areaCode: string;
  areaName: string;
  groupType: string;
  style: GapNumberStyle;
  chartLabel: string;
  /** Axis title for the values: the unit (the indicator's title is the figure's caption). */
  valueTitle: string;
  summary: string;
  figures: GapFigure[];
  notes: string[];
  /** The one column list: the table and the CSV download are both rendered from it. */
  columns: GapColumn<Row>[];
  /** The rows of the table and the CSV (rows marked `csvOnly` are in the download only). */
  records: Row[];
  table: TableModel;
  stops: KeyboardStop[];
}
