/**
 * Seeded pseudo-random numbers, so simulated confidence limits are the same on every run and every machine.
 * Not for anything security-related.
 */

/**
 * Mulberry32 (Tommy Ettinger's 32-bit generator, as popularised in JavaScript by bryc): a uniform number
 * in [0, 1) on each call. Period 2^32, which is plenty for 10^5-draw simulations.
 * The seed is taken as a 32-bit integer.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Standard normal draws from a uniform generator by the Box–Muller transform, using both numbers of each
 * pair (the second is kept for the next call).
 */
export function normalSampler(uniform: () => number): () => number {
  let spare: number | null = null;
  return () => {
    if (spare !== null) {
      const value = spare;
      spare = null;
      return value;
    }
    const u1 = 1 - uniform(); // (0, 1]: log(0) is never taken
    const u2 = uniform();
    const radius = Math.sqrt(-2 * Math.log(u1));
    spare = radius * Math.sin(2 * Math.PI * u2);
    return radius * Math.cos(2 * Math.PI * u2);
  };
}
