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

/** The weighted sums both fits start from (also src/stats/regression-weights.ts). */
export function sums(x: readonly number[], weights: readonly number[]) {
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
