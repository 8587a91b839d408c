// vega-scenegraph ships no types: the text measure `render` sets when there is no canvas (Node).
declare module 'vega-scenegraph' {
  export const textMetrics: {
    width: (item: { fontSize?: number; fontWeight?: string | number }, text: unknown) => number;
    estimateWidth: (item: object, text: unknown) => number;
  };
}
