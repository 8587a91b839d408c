/**
 * wellbeing-widgets: importing this module defines <wellbeing-wheel>, <indicator-trend>,
 * <inequality-gap>, <area-map> and <wellbeing-chart>, and exports their classes with the pure spec, model and statistics functions.
 */
// The pure functions without src/pure.ts's every-language import: a bundler's page with these
// elements downloads Welsh only when it shows Welsh (loadMessages('cy') gives it to scripts).
export * from './pure-functions.js';
export { messagesFor, registerMessages, loadMessages, type Messages } from './i18n/index.js';
export { fetchText, fetchJson, type FetchLimits } from './data/fetch.js';
export { loadSpec, type SpecSource, type LoadOptions } from './data/load.js';
export { WellbeingElement, ViewError, type WellbeingErrorDetail, type ElementState } from './elements/base/wellbeing-element.js';
export { WellbeingWheel } from './elements/wellbeing-wheel/wellbeing-wheel.js';
export { IndicatorTrend } from './elements/indicator-trend/indicator-trend.js';
export { InequalityGap } from './elements/inequality-gap/inequality-gap.js';
export { AreaMap } from './elements/area-map/area-map.js';
export { WellbeingChart } from './elements/wellbeing-chart/wellbeing-chart.js';
