// Bundles lib/ (tsc output) into dist/wellbeing-widgets.js, the one script a page includes (no import
// map needed): the loader (src/loader.ts), which defines every element, each from its own chunk
// loaded when its tag is on the page (src/elements/registry.ts). Vega is reached only through
// dynamic import() in src/render/vega.ts, so it lands in a chunk of its own that a page downloads
// only when it draws a chart.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const charting = /[\\/]node_modules[\\/](vega[^\\/]*|d3-[^\\/]+|json-stringify-pretty-compact|topojson-client|delaunator|robust-predicates|internmap|fast-json-patch|@types[\\/]estree)[\\/]/;

export default {
  input: 'lib/loader.js',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'wellbeing-widgets.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    // The loader has no exports of its own that elements need; keep its chunk graph flat.
    hoistTransitiveImports: false,
    sourcemap: true,
    manualChunks(id) {
      if (charting.test(id)) return 'vega';
      return undefined;
    },
  },
  plugins: [
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
    terser({ format: { comments: false }, ecma: 2022, module: true }),
  ],
  onwarn(warning, warn) {
    // vega's d3 dependencies have harmless circular imports; TypeScript's decorator helper reads
    // a top-level `this` that is undefined in a module, as intended.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
