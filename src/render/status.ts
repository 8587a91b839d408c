/**
 * The one status vocabulary: every status an element can show for an indicator, with the key of its
 * word in the catalogue (`messages.status`), the letter drawn with it, its shape and its palette
 * token (`--wb-status-<id>`) with a default colour. The wheel, the charts, the map and the tables all
 * read these, so a status looks and reads the same everywhere (never colour alone: a letter, a shape
 * and words go with every colour). No DOM.
 *
 * Words follow Fingertips (fingertips-open and FingertipsNext): "Better", "Similar", "Worse",
 * "Higher", "Lower", "Not compared"; quintiles "Best" … "Worst" (with a polarity) and "Lowest" …
 * "Highest" (without); recent trends "Increasing and getting better", "Decreasing", "No significant
 * change", "Cannot be calculated".
 */

import type { TrendJudgement } from '../stats/trend.js';
import type { Comparison, JudgedQuintile, ValueQuintile } from '../stats/types.js';

/** Comparison with a benchmark by confidence intervals (95% or 99.8%). */
export type BenchmarkStatus = Comparison;

/** The area's fifth among its peers: judged (an indicator with a polarity) or by value (no judgement). */
export type JudgedQuintileStatus = JudgedQuintile;
export type ValueQuintileStatus = ValueQuintile;
export type QuintileStatus = JudgedQuintileStatus | ValueQuintileStatus;

/** Every result of comparing an area (any method), including "not compared". */
export type ComparisonStatus = BenchmarkStatus | QuintileStatus;

/**
 * Recent trend, as Fingertips reports it: a judged trend is getting better or worse (its direction is
 * said in words, "Increasing and getting worse"); a no-judgement trend is increasing or decreasing.
 */
export type TrendStatus = TrendJudgement;

/** `no-data`: the area has no value for the indicator in the period shown. */
export type Status = ComparisonStatus | TrendStatus | 'no-data';

export type StatusFamily = 'benchmark' | 'quintile' | 'trend' | 'none';

/**
 * A point shape. The names are Vega's symbol shapes, so a Vega-Lite spec can use them as they are;
 * `shapePath` (src/render/theme.ts) gives the same shapes as SVG paths for marks drawn with Lit.
 */
export type StatusShape = 'circle' | 'square' | 'diamond' | 'triangle-up' | 'triangle-down' | 'cross';

export interface StatusInfo {
  family: StatusFamily;
  /** Key of the short word in `messages.status` ("better", "getting worse", "middle"). */
  word: Status;
  /** Drawn with the colour (chips, wheel cells, table badges), so a status never depends on colour alone. */
  letter: string;
  shape: StatusShape;
  /** Default colour: at least 3:1 against white (WCAG 1.4.11). */
  colour: string;
  /**
   * Tokens read, in order, before the default when the status's own token is not set: trend colours
   * follow the comparison colours they resemble, so a theme that sets six colours styles them all.
   */
  fallbacks: readonly string[];
}

/*
 * Shapes carry meaning of their own: circle good, diamond bad, square neutral, triangles up and down
 * (higher/lower, increasing/decreasing, upper/lower fifths), cross for no result.
 * Letters are unique among the statuses that can be shown together (a wheel in benchmark mode mixes
 * benchmark and quintile statuses): quintiles with a judgement read ++ + 0 − −−, by value Q1 (lowest) to Q5.
 * Quintile colours: Fingertips' purples (FingertipsNext lib/styleHelpers/colours.ts, QuintileColours),
 * the lightest darkened to reach 3:1 against white.
 */
export const statuses: Readonly<Record<Status, StatusInfo>> = {
  better: { family: 'benchmark', word: 'better', letter: 'B', shape: 'circle', colour: '#1b7837', fallbacks: [] },
  similar: { family: 'benchmark', word: 'similar', letter: 'S', shape: 'square', colour: '#b8860b', fallbacks: [] },
  worse: { family: 'benchmark', word: 'worse', letter: 'W', shape: 'diamond', colour: '#c0392b', fallbacks: [] },
  higher: { family: 'benchmark', word: 'higher', letter: 'H', shape: 'triangle-up', colour: '#1f4e9c', fallbacks: [] },
  lower: { family: 'benchmark', word: 'lower', letter: 'L', shape: 'triangle-down', colour: '#5b8fd0', fallbacks: [] },
  'not-compared': { family: 'benchmark', word: 'not-compared', letter: '–', shape: 'cross', colour: '#767676', fallbacks: [] },

  'quintile-best': { family: 'quintile', word: 'quintile-best', letter: '++', shape: 'circle', colour: '#561950', fallbacks: [] },
  'quintile-better': { family: 'quintile', word: 'quintile-better', letter: '+', shape: 'circle', colour: '#812972', fallbacks: [] },
  'quintile-middle-judged': { family: 'quintile', word: 'quintile-middle-judged', letter: '0', shape: 'square', colour: '#a44596', fallbacks: [] },
  'quintile-worse': { family: 'quintile', word: 'quintile-worse', letter: '−', shape: 'diamond', colour: '#bc6aaa', fallbacks: [] },
  'quintile-worst': { family: 'quintile', word: 'quintile-worst', letter: '−−', shape: 'diamond', colour: '#c87ab6', fallbacks: [] },
  'quintile-lowest': { family: 'quintile', word: 'quintile-lowest', letter: 'Q1', shape: 'triangle-down', colour: '#a084e8', fallbacks: [] },
  'quintile-low': { family: 'quintile', word: 'quintile-low', letter: 'Q2', shape: 'triangle-down', colour: '#8b60e2', fallbacks: [] },
  'quintile-middle': { family: 'quintile', word: 'quintile-middle', letter: 'Q3', shape: 'square', colour: '#6b33c3', fallbacks: [] },
  'quintile-high': { family: 'quintile', word: 'quintile-high', letter: 'Q4', shape: 'triangle-up', colour: '#4b2190', fallbacks: [] },
  'quintile-highest': { family: 'quintile', word: 'quintile-highest', letter: 'Q5', shape: 'triangle-up', colour: '#2a0f5c', fallbacks: [] },

  improving: { family: 'trend', word: 'improving', letter: 'I', shape: 'circle', colour: '#1b7837', fallbacks: ['better'] },
  worsening: { family: 'trend', word: 'worsening', letter: 'W', shape: 'diamond', colour: '#c0392b', fallbacks: ['worse'] },
  // `not-judged` was the one token for both directions before the direction was shown; still honoured.
  increasing: { family: 'trend', word: 'increasing', letter: '↑', shape: 'triangle-up', colour: '#1f4e9c', fallbacks: ['not-judged', 'higher'] },
  decreasing: { family: 'trend', word: 'decreasing', letter: '↓', shape: 'triangle-down', colour: '#5b8fd0', fallbacks: ['not-judged', 'lower'] },
  'no-change': { family: 'trend', word: 'no-change', letter: '=', shape: 'square', colour: '#b8860b', fallbacks: ['similar'] },
  'cannot-calculate': { family: 'trend', word: 'cannot-calculate', letter: '–', shape: 'cross', colour: '#767676', fallbacks: ['not-compared'] },

  'no-data': { family: 'none', word: 'no-data', letter: '×', shape: 'cross', colour: '#ffffff', fallbacks: [] },
};

export const allStatuses = Object.keys(statuses) as Status[];

export const benchmarkStatuses: readonly BenchmarkStatus[] = ['better', 'similar', 'worse', 'higher', 'lower', 'not-compared'];
/** Best first, as Fingertips lists them (FingertipsNext benchmarkLegendHelpers.ts lists worst first). */
export const judgedQuintiles: readonly JudgedQuintileStatus[] = ['quintile-best', 'quintile-better', 'quintile-middle-judged', 'quintile-worse', 'quintile-worst'];
/** Lowest first (FingertipsNext `quintilesOutcomes`). */
export const valueQuintiles: readonly ValueQuintileStatus[] = ['quintile-lowest', 'quintile-low', 'quintile-middle', 'quintile-high', 'quintile-highest'];
export const trendStatuses: readonly TrendStatus[] = ['improving', 'worsening', 'increasing', 'decreasing', 'no-change', 'cannot-calculate'];

export function isStatus(value: string): value is Status {
  return Object.prototype.hasOwnProperty.call(statuses, value);
}

/** The CSS custom property that sets a status's colour. */
export const statusToken = (status: Status | string) => `--wb-status-${status}`;

/**
 * The status's colour as a CSS value: its token, then its fallbacks' tokens, then the default,
 * e.g. `var(--wb-status-improving, var(--wb-status-better, #1b7837))`.
 */
export function statusColourCss(status: Status): string {
  const info = statuses[status];
  return [status, ...info.fallbacks].reduceRight((inner, name) => `var(${statusToken(name)}, ${inner})`, info.colour);
}

/** The key of a trend's phrase in `messages.status.trend`: the direction as well as the judgement. */
export type TrendPhraseKey =
  | 'increasing-improving'
  | 'increasing-worsening'
  | 'decreasing-improving'
  | 'decreasing-worsening'
  | 'increasing'
  | 'decreasing'
  | 'no-change'
  | 'cannot-calculate';

/** "Increasing and getting worse" needs both: the direction of the change and the status it gave. */
export function trendPhraseKey(direction: 'increasing' | 'decreasing' | 'no-change' | 'cannot-calculate', status: TrendStatus): TrendPhraseKey {
  if ((status === 'improving' || status === 'worsening') && (direction === 'increasing' || direction === 'decreasing')) {
    return `${direction}-${status}`;
  }
  return status === 'improving' || status === 'worsening' ? 'no-change' : status;
}
