// Bundles lib/ (tsc output) into dist/wellbeing-widgets.js, the one script a page includes (no import
// map needed): the loader (src/loader.ts), which defines every element, each from its own chunk
// loaded when its tag is on the page (src/elements/registry.ts). Vega is reached only through
// dynamic import() in src/render/vega.ts, so it lands in a chunk of its own that a page downloads
// only when it draws a chart.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

// The Vega runtime in one chunk: exactly the modules src/render/vega-runtime.ts reaches (it imports
// the vega-* packages one by one). Everything else from Vega (the `vega` umbrella, which Vega-Lite
// imports, with geo, hierarchy, force, word cloud, …) goes with Vega-Lite into a chunk that only
// <wellbeing-chart> loads (it draws authors' Vega-Lite; the built-in charts are compiled at build
// time). d3-geo and topojson-client stay free for the map.
const fromPackages = /[\\/]node_modules[\\/]/;
const vegaFamily = /[\\/]node_modules[\\/](vega[^\\/]*|d3-(?!geo)[^\\/]+|delaunator|robust-predicates|internmap|json-stringify-pretty-compact|fast-json-patch|@types[\\/]estree)[\\/]/;
// d3-geo, d3-array (with internmap) and topojson-client are used by <area-map> too: a small chunk
// of their own that the map and Vega share, so a page with a map never loads Vega.
const geo = /[\\/]node_modules[\\/](d3-geo|d3-array|internmap|topojson-client)[\\/]/;
let runtimeModules;
function reachableFrom(entry, getModuleInfo) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const id = stack.pop();
    if (seen.has(id)) continue;
    seen.add(id);
    for (const next of getModuleInfo(id)?.importedIds ?? []) stack.push(next);
  }
  return seen;
}
// <wellbeing-chart>'s embedding layer (vega-embed and what only it uses): a chunk of its own, so a
// page without <wellbeing-chart> never downloads it.
const embedding = /[\\/]node_modules[\\/](vega-embed|vega-themes|vega-tooltip|vega-schema-url-parser|semver|fast-json-patch|tslib)[\\/]/;

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
    manualChunks(id, { getModuleIds, getModuleInfo }) {
      if (!fromPackages.test(id)) return undefined;
      if (geo.test(id)) return 'geo';
      if (embedding.test(id)) return 'vega-embed';
      if (!runtimeModules) {
        const entry = [...getModuleIds()].find((m) => /[\\/]lib[\\/]render[\\/]vega-runtime\.js$/.test(m));
        runtimeModules = entry ? reachableFrom(entry, getModuleInfo) : new Set();
      }
      if (runtimeModules.has(id)) return 'vega';
      if (vegaFamily.test(id)) return 'vega-lite';
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
