// The least-squares line as fixed weights on the y values, for the inequality simulation
// (src/stats/inequality.ts). Apart from regression.ts, which the wheel's trends use: a wheel's page
// does not download this.
import { sums } from './regression.js';

/**
 * The fitted intercept and slope as linear combinations of the y values: intercept = Σ interceptWeights[i]·y[i],
 * slope = Σ slopeWeights[i]·y[i]. Fixed for given x and weights, so a simulation can refit thousands of
 * times cheaply (PHEindicatormethods precomputes `solve(m %*% t(m)) %*% m` for the same reason).
 */
export interface LineFitWeights {
  interceptWeights: number[];
  slopeWeights: number[];
}

/** The linear-combination form of `weightedLinearFit` (see LineFitWeights). */
export function weightedLinearFitWeights(x: readonly number[], weights: readonly number[]): LineFitWeights {
  const { sw, swx, swxx, determinant } = sums(x, weights);
  return {
    interceptWeights: x.map((xi, i) => (weights[i]! * (swxx - swx * xi)) / determinant),
    slopeWeights: x.map((xi, i) => (weights[i]! * (sw * xi - swx)) / determinant),
  };
}
