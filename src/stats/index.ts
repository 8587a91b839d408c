/**
 * Pure statistics for wellbeing indicators: benchmark comparison, confidence intervals, recent trend,
 * gaps, and the slope/relative index of inequality. No DOM, no dependencies; each function's JSDoc names
 * the published method it follows (Fingertips, PHEindicatormethods).
 */
export * from './types.js';
export * from './compare.js';
export * from './benchmark.js';
export * from './intervals.js';
export * from './limits.js';
export * from './trend.js';
export * from './gap.js';
export * from './inequality.js';
export * from './random.js';
export * from './regression.js';
export * from './distributions.js';
export * from './mean.js';
