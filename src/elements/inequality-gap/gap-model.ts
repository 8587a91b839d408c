/**
 * The view model of <inequality-gap>: which indicator, area, kind of group, period and pair of groups
 * to show (from the attributes, with defaults from the data), the gaps and the slope index of
 * inequality (computed by src/stats, never here), and every word people read: summary, key figures,
 * table, tooltips. Pure: no DOM, so it is unit-tested directly and reusable by a static renderer.
 *
 * Split by concern: gap-request.ts (the attributes resolved against the data), gap-groups.ts (one
 * period, every group), gap-over-time.ts (two series over time), gap-columns.ts (the one column
 * list the table and the CSV download are both rendered from), gap-view.ts (shared shapes).
 */
import type { Model } from '../../model/model.js';
import { csvOf, type ExportCell } from './gap-columns.js';
import { buildGroupsView, type GroupsView } from './gap-groups.js';
import { buildOverTimeView, type OverTimeView } from './gap-over-time.js';
import { chooseView, resolveContext, type GapRequest, type GapViewOptions } from './gap-request.js';

export type { ExportCell, GapColumn, TableCell, TableModel } from './gap-columns.js';
export type { GroupDatum, GroupsView, SiiOutcome, SiiProblem } from './gap-groups.js';
export { parseGroupPair, type OverTimeView, type PeriodGap, type SeriesRef } from './gap-over-time.js';
export { GAP_VIEWS, GapDataError, type GapRequest, type GapViewKind, type GapViewOptions } from './gap-request.js';
export type { GapFigure, KeyboardStop, TipLine } from './gap-view.js';

export type GapView = GroupsView | OverTimeView;

/** Builds the view model for a request; throws GapDataError with a sentence for people when it cannot. */
export function buildGapView(model: Model, request: GapRequest, options: GapViewOptions): GapView {
  const context = resolveContext(model, request, options);
  const view = chooseView(context, request.view);
  return view === 'groups' ? buildGroupsView(context, request.period) : buildOverTimeView(context, request.groups);
}

/** The numbers shown, unrounded, for a CSV download: the table's columns and rows (plus download-only ones). */
export function exportRows(view: GapView): { header: string[]; rows: ExportCell[][] } {
  return view.kind === 'groups' ? csvOf(view.columns, view.records) : csvOf(view.columns, view.records);
}
