/**
 * The gap's own wording around the shared number rules (src/render/format.ts): a difference in
 * percentages is in percentage points, and ratios have a fixed number of decimals. Pure (no DOM).
 */
import type { Messages } from '../../i18n/index.js';
import { formatNumber, formatValue, type NumberStyle } from '../../render/format.js';

/** Decimals used for ratios (relative gap, RII): two are enough to tell 1.71 from 1.07. */
export const RATIO_DECIMALS = 2;

/** The shared number style, with the messages for the gap's words. */
export interface GapNumberStyle extends NumberStyle {
  messages: Messages;
}

/** A difference with its unit; a gap in percentages is in percentage points (`4.2 percentage points`). */
export function formatGap(value: number, style: GapNumberStyle): string {
  if (style.unit !== '%') return formatValue(value, style);
  return style.messages.inequalityGap.percentagePoints({ number: formatNumber(value, style) });
}

/** A ratio (relative gap, RII), e.g. `1.71`. */
export function formatRatio(value: number, locale: string): string {
  return formatNumber(value, { locale, decimals: RATIO_DECIMALS });
}
