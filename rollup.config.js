// Bundles lib/ (tsc output) into dist/wellbeing-widgets.js: one ES module that defines every element
// when loaded by <script type="module">, no import map needed. Vega, Vega-Lite and the expression
// interpreter are reached only through dynamic import() in src/render/vega.ts, so they land in a
// chunk of their own that a page downloads only when it draws a chart.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const charting = /[\\/]node_modules[\\/](vega[^\\/]*|d3-[^\\/]+|json-stringify-pretty-compact|topojson-client|delaunator|robust-predicates|internmap|fast-json-patch|@types[\\/]estree)[\\/]/;

export default {
  input: 'lib/index.js',
  output: {
    dir: 'dist',
    format: 'es',
    entryFileNames: 'wellbeing-widgets.js',
    chunkFileNames: 'chunks/[name]-[hash].js',
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
