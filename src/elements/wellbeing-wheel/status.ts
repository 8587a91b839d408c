/**
 * Which statuses the wheel shows in each mode, and in what order. The statuses themselves (words,
 * letters, shapes, colours) are the shared vocabulary of src/render/status.ts. No DOM.
 */
import { judgedQuintiles, statuses, valueQuintiles, type Status } from '../../render/status.js';

/** How the wheel judges each indicator: against the benchmark, or by its recent trend. */
export type StatusMode = 'benchmark' | 'trend';

/** A status the wheel can draw for an indicator. */
export type IndicatorStatus = Status;

/** The order statuses are counted, drawn and listed in, per mode (most telling first). */
export const statusOrder: Record<StatusMode, readonly IndicatorStatus[]> = {
  benchmark: ['worse', 'better', 'lower', 'higher', 'similar', ...[...judgedQuintiles].reverse(), ...valueQuintiles, 'not-compared', 'no-data'],
  trend: ['worsening', 'improving', 'increasing', 'decreasing', 'no-change', 'cannot-calculate', 'no-data'],
};

/** The letter drawn with each status colour (from the shared vocabulary). */
export const wheelStatusLetter = (status: IndicatorStatus): string => statuses[status].letter;

/** Statuses that tell the reader something about the area (used to decide whether a domain "has data"). */
export function hasValueStatus(status: IndicatorStatus): boolean {
  return status !== 'no-data';
}

export function isStatusMode(value: string): value is StatusMode {
  return value === 'benchmark' || value === 'trend';
}
