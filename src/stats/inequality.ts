import type { ValueType } from './limits.js';
import { zForConfidence } from './intervals.js';
import { mulberry32, normalSampler } from './random.js';
import { weightedLinearFit } from './regression.js';
import { weightedLinearFitWeights } from './regression-weights.js';

export interface InequalityGroup {
  /** Rank on the social scale: 1 = most deprived. Groups are sorted by it, ascending. */
  order: number;
  value: number | null;
  population: number | null;
  /** 95% confidence limits of the value (used for the standard error when `standardError` is absent). */
  lower?: number | null;
  upper?: number | null;
  /** Standard error of the value; on the transformed scale when `valueType` is 'rate' or 'proportion' (as in PHE). */
  standardError?: number | null;
}

export interface SlopeIndexOk {
  ok: true;
  /** Slope index of inequality: modelled value at the least deprived end minus at the most deprived end. */
  sii: number;
  /** Relative index of inequality: modelled value at the least deprived end divided by at the most deprived end. */
  rii: number;
  /** Modelled value at the most deprived end (x = 0). */
  intercept: number;
  /** Same as `sii` (the regression slope over x from 0 to 1). */
  slope: number;
  siiLower: number;
  siiUpper: number;
  riiLower: number;
  riiUpper: number;
  confidence: number;
  simulations: number;
  groups: Array<{ order: number; midpoint: number; value: number; fitted: number; population: number }>;
  /** Whether the line was fitted on the log or logit scale (PHE `transform = TRUE`). */
  transformed: boolean;
}

export interface SlopeIndexFailure {
  ok: false;
  /**
   * too-few-groups: fewer than `minimumGroups` (PHE: 5); missing-population: a population missing, zero or negative;
   * missing-value: a value missing; missing-interval: neither a standard error nor both limits (or limits reversed);
   * invalid-value: a value or limit the rate (log) or proportion (logit) transform cannot take.
   */
  reason: 'too-few-groups' | 'missing-population' | 'missing-value' | 'missing-interval' | 'invalid-value';
}

export interface SlopeIndexOptions {
  /** Confidence level of the SII/RII limits; default 0.95. */
  confidence?: number;
  /** Number of simulations; default 10,000 (PHE's default is 100,000), at least 1,000 as PHE requires. */
  simulations?: number;
  /** Seed of the pseudo-random generator; the same seed gives the same limits. */
  seed?: number;
  /**
   * PHE's `value_type`: 'normal' (0, default) simulates on the value's own scale; 'rate' (1) on the log scale;
   * 'proportion' (2) on the logit scale. Affects only the confidence limits.
   */
  valueType?: 'normal' | 'rate' | 'proportion';
  /** For valueType 'proportion': the value that means 100% (1 for 0..1, 100 for percentages). Default 1. */
  proportionScale?: number;
  /** Fewest groups accepted; default 5 (PHE: "Number of quantiles must be between 5 and 100"); never below 2. */
  minimumGroups?: number;
  /**
   * PHE's `transform = TRUE`: fit the line on the log (rate) or logit (proportion) scale and turn the fitted ends
   * back into the indicator's units (needs `valueType` 'rate' or 'proportion' and both limits of every group).
   */
  transform?: boolean;
  /** PHE's `multiplier`: scales the SII (negative: the SII's sign flips and the RII is inverted). Default 1. */
  multiplier?: number;
}

export const SII_DEFAULT_SIMULATIONS = 10_000;
export const SII_MINIMUM_SIMULATIONS = 1_000;
export const SII_MINIMUM_GROUPS = 5;
export const SII_DEFAULT_SEED = 1;
/** PHE takes the input limits as 95% limits: `z <- stats::qnorm(0.975) # hard-coded at 95% confidence`. */
const INPUT_LIMITS_CONFIDENCE = 0.95;

const isNumber = (x: number | null | undefined): x is number => typeof x === 'number' && Number.isFinite(x);

interface Scale {
  forward: (value: number) => number;
  back: (value: number) => number;
}

function scaleFor(valueType: NonNullable<SlopeIndexOptions['valueType']>, proportionScale: number): Scale {
  if (valueType === 'rate') return { forward: Math.log, back: Math.exp };
  if (valueType === 'proportion') {
    return {
      forward: (v) => Math.log(v / proportionScale / (1 - v / proportionScale)),
      back: (v) => (proportionScale * Math.exp(v)) / (1 + Math.exp(v)),
    };
  }
  return { forward: (v) => v, back: (v) => v };
}

/** R's round(): halves go to the even neighbour (IEC 60559), which PHE's percentile positions rely on. */
function roundHalfEven(x: number): number {
  const floor = Math.floor(x);
  const fraction = x - floor;
  if (fraction > 0.5) return floor + 1;
  if (fraction < 0.5) return floor;
  return floor % 2 === 0 ? floor : floor + 1;
}

/**
 * Midpoint of each group's share of the cumulative population, groups in the order given (0..1).
 * As PHEindicatormethods FindXValues (R/utils.R): prop/2 + cumulative share of the groups before it.
 */
export function cumulativeMidpoints(populations: readonly number[]): number[] {
  const total = populations.reduce((sum, p) => sum + p, 0);
  let before = 0;
  return populations.map((population) => {
    const share = population / total;
    const midpoint = before + share / 2;
    before += share;
    return midpoint;
  });
}

/**
 * Slope index of inequality (SII) and relative index of inequality (RII), with simulated confidence limits.
 *
 * Method: PHEindicatormethods `phe_sii` (ukhsa-collaboration/PHEindicatormethods, R/SII_function.R with
 * FindXValues and SimulationFunc in R/utils.R), after Low & Low (2004), J Public Health 26:388–395:
 * - Groups sorted by `order` (1 = most deprived). x = midpoint of each group's cumulative population share.
 * - Least squares of value on x weighted by population share a (PHE fits Y√a = β₀√a + β₁x√a with no intercept,
 *   which is the same fit). SII = β₁ (fitted value at x = 1 minus at x = 0); RII = (β₀ + β₁) / β₀.
 *   Polarity is not applied: the sign says which end is higher (PHE's negative `multiplier` is not offered).
 * - Standard errors: `standardError` if given, else (upper − lower) / (2 × 1.959964) from the 95% limits,
 *   after a log (rate) or logit (proportion) transform when `valueType` says so.
 * - Limits: draw each group's value from Normal(transformed value, SE), transform back, refit; sort the simulated
 *   SIIs and RIIs and take positions round(R·α/2) and round(R·(1 − α/2)) (1-based, R's round), as SimulationFunc does.
 * Deviations: 10,000 simulations by default (PHE 100,000): each limit then carries a Monte Carlo
 * error of about 0.7% of the interval's width (0.2% at 100,000), 10× faster in a browser; a seeded Mulberry32 + Box–Muller generator instead of R's; confidence any level in (0, 1);
 * the `transform`/`intercept`/`reliability_stat` extras of newer PHE versions are not offered.
 * Assumes: groups are ordered categories of one population (deciles, quintiles); a linear relation, which this
 * function does not check (PHE: "it is the user's responsibility").
 */
export function slopeIndexOfInequality(
  groups: InequalityGroup[],
  options: SlopeIndexOptions = {},
): SlopeIndexOk | SlopeIndexFailure {
  const confidence = options.confidence ?? 0.95;
  const simulations = options.simulations ?? SII_DEFAULT_SIMULATIONS;
  const seed = options.seed ?? SII_DEFAULT_SEED;
  const minimumGroups = Math.max(2, options.minimumGroups ?? SII_MINIMUM_GROUPS);
  const proportionScale = options.proportionScale ?? 1;
  if (!Number.isInteger(simulations) || simulations < SII_MINIMUM_SIMULATIONS) {
    throw new RangeError(`simulations must be an integer >= ${SII_MINIMUM_SIMULATIONS}; got ${simulations}`);
  }
  if (!(proportionScale > 0)) throw new RangeError(`proportionScale must be > 0; got ${proportionScale}`);
  zForConfidence(confidence); // validates the level before any work

  if (groups.length < minimumGroups) return { ok: false, reason: 'too-few-groups' };
  const sorted = [...groups].sort((a, b) => a.order - b.order);
  if (!sorted.every((g) => isNumber(g.population) && g.population > 0)) return { ok: false, reason: 'missing-population' };
  if (!sorted.every((g) => isNumber(g.value))) return { ok: false, reason: 'missing-value' };

  const scale = scaleFor(options.valueType ?? 'normal', proportionScale);
  const transformed: number[] = [];
  const standardErrors: number[] = [];
  const zInput = zForConfidence(INPUT_LIMITS_CONFIDENCE);
  for (const group of sorted) {
    const centre = scale.forward(group.value!);
    if (!Number.isFinite(centre)) return { ok: false, reason: 'invalid-value' };
    transformed.push(centre);
    if (isNumber(group.standardError) && group.standardError >= 0) {
      standardErrors.push(group.standardError);
      continue;
    }
    if (!isNumber(group.lower) || !isNumber(group.upper) || group.upper < group.lower) {
      return { ok: false, reason: 'missing-interval' };
    }
    const lower = scale.forward(group.lower);
    const upper = scale.forward(group.upper);
    if (!Number.isFinite(lower) || !Number.isFinite(upper)) return { ok: false, reason: 'invalid-value' };
    standardErrors.push((upper - lower) / (2 * zInput));
  }

  const transform = options.transform === true;
  const multiplier = options.multiplier ?? 1;
  if (!Number.isFinite(multiplier) || multiplier === 0) throw new RangeError(`multiplier must be a non-zero number; got ${multiplier}`);
  if (transform && (options.valueType ?? 'normal') === 'normal') {
    throw new RangeError("transform needs valueType 'rate' or 'proportion' (PHE: value_type should be 1 or 2 when transform is true)");
  }
  if (transform && !sorted.every((g) => isNumber(g.lower) && isNumber(g.upper))) return { ok: false, reason: 'missing-interval' };
  if (transform) {
    // PHE requires limits with transform and ignores a given standard error: recompute from the transformed limits.
    standardErrors.length = 0;
    for (const g of sorted) standardErrors.push((scale.forward(g.upper!) - scale.forward(g.lower!)) / (2 * zInput));
  }

  const populations = sorted.map((g) => g.population!);
  const values = transform ? transformed : sorted.map((g) => g.value!);
  const total = populations.reduce((sum, p) => sum + p, 0);
  const shares = populations.map((p) => p / total);
  const midpoints = cumulativeMidpoints(populations);
  const fit = weightedLinearFit(midpoints, values, shares);

  // Simulation: the fit is linear in y, so each refit is two dot products with fixed coefficient vectors.
  const { interceptWeights, slopeWeights } = weightedLinearFitWeights(midpoints, shares);
  const normal = normalSampler(mulberry32(seed));
  const simulatedSii = new Float64Array(simulations);
  const simulatedRii = new Float64Array(simulations);
  for (let s = 0; s < simulations; s++) {
    let intercept = 0;
    let slope = 0;
    for (let i = 0; i < values.length; i++) {
      const draw = transformed[i]! + standardErrors[i]! * normal();
      const y = transform ? draw : scale.back(draw);
      intercept += interceptWeights[i]! * y;
      slope += slopeWeights[i]! * y;
    }
    simulatedSii[s] = slope;
    simulatedRii[s] = (intercept + slope) / intercept;
  }
  simulatedSii.sort();
  simulatedRii.sort();
  const upperProbability = confidence + (1 - confidence) / 2;
  const position = (p: number) => Math.min(simulations, Math.max(1, roundHalfEven(simulations * p))) - 1;
  const lowerAt = position(1 - upperProbability);
  const upperAt = position(upperProbability);

  const flip = multiplier < 0;
  let point: { sii: number; rii: number; intercept: number };
  let limits: { siiLower: number; siiUpper: number; riiLower: number; riiUpper: number };
  if (!transform) {
    const invert = (r: number) => (flip ? 1 / r : r);
    const [siiA, siiB] = [simulatedSii[lowerAt]! * multiplier, simulatedSii[upperAt]! * multiplier];
    const [riiA, riiB] = [invert(simulatedRii[lowerAt]!), invert(simulatedRii[upperAt]!)];
    point = { sii: fit.slope * multiplier, rii: invert((fit.intercept + fit.slope) / fit.intercept), intercept: fit.intercept };
    limits = { siiLower: Math.min(siiA, siiB), siiUpper: Math.max(siiA, siiB), riiLower: Math.min(riiA, riiB), riiUpper: Math.max(riiA, riiB) };
  } else {
    // PHE (R/SII_function.R, transform = TRUE): the ends of the line at x = 0 and x = 1, turned back; the limits are the
    // simulated slopes placed symmetrically about the line's middle (x = ½), turned back the same way.
    const ends = (start: number, end: number) => ({ difference: scale.back(end) - scale.back(start), ratio: scale.back(end) / scale.back(start) });
    const line = ends(fit.intercept, fit.intercept + fit.slope);
    const half = fit.intercept + fit.slope / 2;
    const at = (slope: number) => ends(half - slope / 2, half + slope / 2);
    const [low, high] = flip ? [at(simulatedSii[upperAt]!), at(simulatedSii[lowerAt]!)] : [at(simulatedSii[lowerAt]!), at(simulatedSii[upperAt]!)];
    point = {
      sii: line.difference * multiplier,
      rii: flip ? 1 / line.ratio : line.ratio,
      intercept: scale.back(fit.intercept) * Math.abs(multiplier),
    };
    limits = {
      siiLower: low.difference * multiplier,
      siiUpper: high.difference * multiplier,
      riiLower: flip ? 1 / low.ratio : low.ratio,
      riiUpper: flip ? 1 / high.ratio : high.ratio,
    };
  }

  return {
    ok: true,
    ...point,
    slope: fit.slope,
    ...limits,
    transformed: transform,
    confidence,
    simulations,
    groups: sorted.map((g, i) => ({
      order: g.order,
      midpoint: midpoints[i]!,
      value: g.value!,
      // In the indicator's units (turned back from the log or logit scale when transformed).
      fitted: transform ? scale.back(fit.intercept + fit.slope * midpoints[i]!) : fit.intercept + fit.slope * midpoints[i]!,
      population: populations[i]!,
    })),
  };
}

/**
 * PHE's `value_type` for an indicator's `valueType`: 'rate' (log scale) for crude and standardised rates,
 * 'proportion' (logit scale) for proportions, 'normal' otherwise. Decided by the value type, never the unit.
 */
export function siiValueType(valueType: ValueType | undefined): NonNullable<SlopeIndexOptions['valueType']> {
  if (valueType === 'proportion') return 'proportion';
  if (valueType === 'crude-rate' || valueType === 'standardised-rate') return 'rate';
  return 'normal';
}
