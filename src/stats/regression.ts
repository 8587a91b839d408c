/** A straight line fitted by weighted least squares. */
export interface LineFit {
  intercept: number;
  slope: number;
  /**
   * Variance of the slope, Σw / (Σw·Σwx² − (Σwx)²). Meaningful when the weights are 1/variance of each y
   * (as in the trend test); with other weights (populations) it is only a scale-free by-product.
   */
  slopeVariance: number;
}

/**
 * The fitted intercept and slope as linear combinations of the y values: intercept = Σ interceptWeights[i]·y[i],
 * slope = Σ slopeWeights[i]·y[i]. Fixed for given x and weights, so a simulation can refit thousands of
 * times cheaply (PHEindicatormethods precomputes `solve(m %*% t(m)) %*% m` for the same reason).
 */
export interface LineFitWeights {
  interceptWeights: number[];
  slopeWeights: number[];
}

function sums(x: readonly number[], weights: readonly number[]) {
  let sw = 0;
  let swx = 0;
  let swxx = 0;
  for (let i = 0; i < x.length; i++) {
    const w = weights[i]!;
    const xi = x[i]!;
    sw += w;
    swx += w * xi;
    swxx += w * xi * xi;
  }
  return { sw, swx, swxx, determinant: sw * swxx - swx * swx };
}

/**
 * Weighted least squares of y on x with an intercept, from the normal equations in the summed form
 * Fingertips uses (TrendMarkerCalculator.NoOutliersCheck: slope = (S1·S2 − S3·S4) / (S1·S5 − S3²)).
 * Returns NaNs when the x values do not vary (the line is undefined).
 */
export function weightedLinearFit(x: readonly number[], y: readonly number[], weights: readonly number[]): LineFit {
  const { sw, swx, determinant } = sums(x, weights);
  let swy = 0;
  let swxy = 0;
  for (let i = 0; i < x.length; i++) {
    swy += weights[i]! * y[i]!;
    swxy += weights[i]! * x[i]! * y[i]!;
  }
  const slope = (sw * swxy - swx * swy) / determinant;
  return { slope, intercept: (swy - slope * swx) / sw, slopeVariance: sw / determinant };
}

/** The linear-combination form of `weightedLinearFit` (see LineFitWeights). */
export function weightedLinearFitWeights(x: readonly number[], weights: readonly number[]): LineFitWeights {
  const { sw, swx, swxx, determinant } = sums(x, weights);
  return {
    interceptWeights: x.map((xi, i) => (weights[i]! * (swxx - swx * xi)) / determinant),
    slopeWeights: x.map((xi, i) => (weights[i]! * (sw * xi - swx)) / determinant),
  };
}
