/**
 * Every element of the library and how to load its code: the one list the loader
 * (src/loader.ts, built as dist/wellbeing-widgets.js) reads. Each import() becomes a chunk of its
 * own, so a page downloads only the code of the elements it shows. Adding an element is one line.
 */
export const elementModules: Readonly<Record<string, () => Promise<unknown>>> = {
  'wellbeing-wheel': () => import('./wellbeing-wheel/wellbeing-wheel.js'),
  'indicator-trend': () => import('./indicator-trend/indicator-trend.js'),
  'inequality-gap': () => import('./inequality-gap/inequality-gap.js'),
  'area-map': () => import('./area-map/area-map.js'),
  'wellbeing-chart': () => import('./wellbeing-chart/wellbeing-chart.js'),
};
