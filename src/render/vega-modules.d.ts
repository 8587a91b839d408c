// The Vega packages imported one by one (src/render/vega-runtime.ts) ship no types of their own;
// their shapes are those of the `vega` umbrella (vega-typings), re-declared here.
declare module 'vega-parser' {
  export { parse } from 'vega-typings';
}
declare module 'vega-view' {
  export { View } from 'vega-typings';
}
declare module 'vega-dataflow' {
  export const transforms: Record<string, unknown>;
}
declare module 'vega-transforms';
declare module 'vega-view-transforms';
declare module 'vega-encode';
