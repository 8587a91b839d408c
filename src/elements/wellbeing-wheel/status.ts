/**
 * The statuses a wheel shows for an indicator, in both modes, with the letter that goes with each
 * colour (status is never shown by colour alone). No DOM.
 */
import { statusLetter } from '../../render/theme.js';
import type { Comparison } from '../../stats/types.js';
import type { TrendJudgement } from '../../stats/trend.js';

/** How the wheel judges each indicator: against the benchmark, or by its recent trend. */
export type StatusMode = 'benchmark' | 'trend';

/** `no-data`: the area has no value for the indicator in the period shown. */
export type IndicatorStatus = Comparison | TrendJudgement | 'no-data';

/** The order statuses are counted, drawn and listed in, per mode (most telling first). */
export const statusOrder: Record<StatusMode, readonly IndicatorStatus[]> = {
  benchmark: ['worse', 'better', 'lower', 'higher', 'similar', 'not-compared', 'no-data'],
  trend: ['worsening', 'improving', 'not-judged', 'no-change', 'cannot-calculate', 'no-data'],
};

/** The letter drawn with each status colour. Comparisons use the theme's letters. */
export const wheelStatusLetter: Record<IndicatorStatus, string> = {
  ...statusLetter,
  improving: 'I',
  worsening: 'W',
  'no-change': '=',
  'not-judged': '~',
  'cannot-calculate': '–',
  'no-data': '×',
};

/** Statuses that tell the reader something about the area (used to decide whether a domain "has data"). */
export function hasValueStatus(status: IndicatorStatus): boolean {
  return status !== 'no-data';
}

export function isStatusMode(value: string): value is StatusMode {
  return value === 'benchmark' || value === 'trend';
}
