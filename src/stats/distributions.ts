/**
 * Special functions and distributions the statistics need, written here rather than imported
 * (the stats module has no dependencies). Each is accurate to about 1e-14 relative in the ranges
 * used by indicators; the tests compare them with SciPy values.
 */

const EPSILON = 1e-15;
const TINY = 1e-300;
const MAX_ITERATIONS = 1000;

// Lanczos approximation, g = 7, n = 9 (Numerical Recipes 3rd ed. §6.1; Godfrey's coefficients).
const LANCZOS_G = 7;
const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];

/** ln Γ(x) for x > 0 (Lanczos approximation, reflection below 0.5). */
export function logGamma(x: number): number {
  if (!(x > 0)) throw new RangeError(`logGamma needs x > 0, got ${x}`);
  if (x < 0.5) {
    // Reflection: Γ(x)Γ(1-x) = π / sin(πx); keeps the series in its accurate range.
    return Math.log(Math.PI / Math.sin(Math.PI * x)) - logGamma(1 - x);
  }
  const z = x - 1;
  let sum = LANCZOS[0]!;
  for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i]! / (z + i);
  const t = z + LANCZOS_G + 0.5;
  return 0.5 * Math.log(2 * Math.PI) + (z + 0.5) * Math.log(t) - t + Math.log(sum);
}

/** Series for P(a, x), good when x < a + 1 (Numerical Recipes `gser`). */
function gammaSeries(a: number, x: number): number {
  let term = 1 / a;
  let sum = term;
  let ap = a;
  for (let n = 0; n < MAX_ITERATIONS; n++) {
    ap += 1;
    term *= x / ap;
    sum += term;
    if (Math.abs(term) < Math.abs(sum) * EPSILON) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - logGamma(a));
}

/** Continued fraction for Q(a, x), good when x >= a + 1 (Numerical Recipes `gcf`, modified Lentz). */
function gammaContinuedFraction(a: number, x: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITERATIONS; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < EPSILON) break;
  }
  return Math.exp(-x + a * Math.log(x) - logGamma(a)) * h;
}

/** Regularised lower incomplete gamma P(a, x) = γ(a, x) / Γ(a). */
export function regularizedGammaP(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`regularizedGammaP needs a > 0, got ${a}`);
  if (x <= 0) return 0;
  if (x === Infinity) return 1;
  return x < a + 1 ? gammaSeries(a, x) : 1 - gammaContinuedFraction(a, x);
}

/** Regularised upper incomplete gamma Q(a, x) = 1 - P(a, x), computed directly so tails keep their precision. */
export function regularizedGammaQ(a: number, x: number): number {
  if (!(a > 0)) throw new RangeError(`regularizedGammaQ needs a > 0, got ${a}`);
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  return x < a + 1 ? 1 - gammaSeries(a, x) : gammaContinuedFraction(a, x);
}

/** Complementary error function, through erfc(x) = Q(1/2, x²) for x ≥ 0. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x >= 0 ? regularizedGammaQ(0.5, x * x) : 2 - regularizedGammaQ(0.5, x * x);
}

/** Standard normal cumulative distribution Φ(z). */
export function normalCdf(z: number): number {
  return 0.5 * erfc(-z / Math.SQRT2);
}

// Acklam's rational approximation to the normal quantile (relative error < 1.15e-9), refined below.
const ACKLAM_A = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
const ACKLAM_B = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
const ACKLAM_C = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
const ACKLAM_D = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
const ACKLAM_P_LOW = 0.02425;

const poly = (coefficients: number[], x: number) => coefficients.reduce((acc, c) => acc * x + c, 0);

/**
 * Inverse of the standard normal distribution, Φ⁻¹(p).
 * Method: P. J. Acklam's rational approximation followed by one Halley step against
 * `normalCdf` (Acklam's own suggested refinement), which brings it to double precision.
 */
export function normalQuantile(p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`normalQuantile needs 0 <= p <= 1, got ${p}`);
  if (p === 0) return -Infinity;
  if (p === 1) return Infinity;
  let x: number;
  if (p < ACKLAM_P_LOW) {
    const q = Math.sqrt(-2 * Math.log(p));
    x = poly(ACKLAM_C, q) / (poly(ACKLAM_D, q) * q + 1);
  } else if (p <= 1 - ACKLAM_P_LOW) {
    const q = p - 0.5;
    const r = q * q;
    x = (poly(ACKLAM_A, r) * q) / (poly(ACKLAM_B, r) * r + 1);
  } else {
    const q = Math.sqrt(-2 * Math.log(1 - p));
    x = -poly(ACKLAM_C, q) / (poly(ACKLAM_D, q) * q + 1);
  }
  // Halley refinement. In the upper tail work with the upper probability so 1 - p loses no digits.
  const error = p > 0.5 ? 0.5 * erfc(x / Math.SQRT2) - (1 - p) : normalCdf(x) - p;
  const u = (p > 0.5 ? -error : error) * Math.sqrt(2 * Math.PI) * Math.exp((x * x) / 2);
  const refined = x - u / (1 + (x * u) / 2);
  return Number.isFinite(refined) ? refined : x; // far tails: exp(x²/2) can overflow
}

/** Upper tail of the chi-squared distribution with 1 degree of freedom: P(X > statistic). */
export function chiSquared1Survival(statistic: number): number {
  if (!(statistic >= 0)) return statistic < 0 ? 1 : NaN;
  return regularizedGammaQ(0.5, statistic / 2);
}

/**
 * Quantile of the gamma distribution with the given shape and scale 1: the x with P(shape, x) = p.
 * Used for exact Poisson limits: qchisq(p, 2k) / 2 = gammaQuantile(p, k).
 * Solved by bisection on a bracket (robust; 200 halvings reach double precision).
 */
export function gammaQuantile(p: number, shape: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`gammaQuantile needs 0 <= p <= 1, got ${p}`);
  if (!(shape > 0)) throw new RangeError(`gammaQuantile needs shape > 0, got ${shape}`);
  if (p === 0) return 0;
  if (p === 1) return Infinity;
  let low = 0;
  let high = Math.max(1, shape);
  while (regularizedGammaP(shape, high) < p) high *= 2;
  for (let i = 0; i < 200 && high - low > 1e-15 * high; i++) {
    const mid = (low + high) / 2;
    if (regularizedGammaP(shape, mid) < p) low = mid;
    else high = mid;
  }
  return (low + high) / 2;
}
