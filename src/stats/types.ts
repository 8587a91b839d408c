/** Whether a higher value is good, bad, or neither (Fingertips "BOB": blue/orange, no judgement). */
export type Polarity = 'higher-is-better' | 'lower-is-better' | 'no-judgement';

/**
 * Result of comparing an area with a benchmark. `better`/`worse` only for indicators with a polarity;
 * `higher`/`lower` for `no-judgement`; `not-compared` when the data cannot support a comparison.
 */
export type Comparison = 'better' | 'similar' | 'worse' | 'higher' | 'lower' | 'not-compared';

/** The area's fifth among its peers: judged (an indicator with a polarity) or by value (no judgement). */
export type JudgedQuintile = 'quintile-best' | 'quintile-better' | 'quintile-middle-judged' | 'quintile-worse' | 'quintile-worst';
export type ValueQuintile = 'quintile-lowest' | 'quintile-low' | 'quintile-middle' | 'quintile-high' | 'quintile-highest';

/** A value with optional confidence limits (95% unless a function says otherwise). */
export interface Estimate {
  value: number | null;
  lower?: number | null;
  upper?: number | null;
}

/** A closed interval. */
export interface Interval {
  lower: number;
  upper: number;
}
