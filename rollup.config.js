// Bundles lib/ (tsc output) into dist/wellbeing-widgets.js, the one script a page includes (no import
// map needed): the loader (src/loader.ts), which defines every element, each from its own chunk
// loaded when its tag is on the page (src/elements/registry.ts). Vega is reached only through
// dynamic import() in src/render/vega.ts, so it lands in a chunk of its own that a page downloads
// only when it draws a chart.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { englishWordsByPart } from './scripts/rollup-words.mjs';

// The Vega runtime in one chunk: exactly the modules src/render/vega-runtime.ts reaches (it imports
// the vega-* packages one by one). Everything else from Vega (the `vega` umbrella, which Vega-Lite
// imports, with geo, hierarchy, force, word cloud, …) goes with Vega-Lite into a chunk that only
// <wellbeing-chart> loads (it draws authors' Vega-Lite; the built-in charts are compiled at build
// time). d3-geo and topojson-client stay free for the map.
const fromPackages = /[\\/]node_modules[\\/]/;
const vegaFamily = /[\\/]node_modules[\\/](vega[^\\/]*|d3-(?!geo)[^\\/]+|delaunator|robust-predicates|internmap|json-stringify-pretty-compact|fast-json-patch|@types[\\/]estree)[\\/]/;
// d3-geo and topojson-client: the map's, and Vega-Lite's (authors' maps in <wellbeing-chart>). The
// built-in charts' Vega runtime never reaches them (see geoStandIns below).
const geo = /[\\/]node_modules[\\/](d3-geo|topojson-client)[\\/]/;
// d3-array (with internmap): used by Vega and, through d3-geo, by the map; a small chunk of its own
// so a page with a map never loads Vega and a page with a chart never loads the map's geography.
const array = /[\\/]node_modules[\\/](d3-array|internmap)[\\/]/;
let runtimeModules;
function reachableFrom(entry, getModuleInfo, skip = () => false) {
  const seen = new Set();
  const stack = [entry];
  while (stack.length) {
    const id = stack.pop();
    if (seen.has(id) || skip(id)) continue;
    seen.add(id);
    for (const next of getModuleInfo(id)?.importedIds ?? []) stack.push(next);
  }
  return seen;
}

/**
 * The built-in charts register only the transforms their compiled specs use (src/render/vega-runtime.ts
 * names them). vega-transforms, vega-view-transforms and vega-encode each ship one built file, which
 * would put every transform in the runtime chunk (the `vega` umbrella of <wellbeing-chart> uses them
 * all); their sources, one file per transform, let the others go to the chunk only <wellbeing-chart>
 * loads. Those files only define classes (no side effect worth keeping when unused).
 */
const transformPackages = /^vega-(transforms|view-transforms|encode)$/;
const transformSource = /[\\/]node_modules[\\/]vega-(transforms|view-transforms|encode)[\\/](src[\\/]|index\.js$)/;
// Their index.js (every transform, as the umbrella reads it) goes with the umbrella, or the runtime
// chunk would import every other transform back from it.
const transformIndex = /[\\/]node_modules[\\/]vega-(transforms|view-transforms|encode)[\\/]index\.js$/;
const transformSources = {
  name: 'vega-transform-sources',
  resolveId(source) {
    return transformPackages.test(source) ? fileURLToPath(new URL(`./node_modules/${source}/index.js`, import.meta.url)) : null;
  },
};
const leanTransforms = new Set(
  [...readFileSync(new URL('./lib/render/vega-runtime.js', import.meta.url), 'utf8').matchAll(/import \{([^}]*)\} from 'vega-(?:transforms|view-transforms|encode)'/g)]
    .flatMap((m) => m[1].split(',').map((name) => name.trim())),
);
/** Every transform the three packages register (`export {default as filter} from './src/Filter.js'`). */
const allTransforms = new Set(
  ['vega-transforms', 'vega-view-transforms', 'vega-encode'].flatMap((pkg) =>
    [...readFileSync(new URL(`./node_modules/${pkg}/index.js`, import.meta.url), 'utf8').matchAll(/default as (\w+)/g)].map((m) => m[1]),
  ),
);
/** A transform's own source file that the built-in charts do not register (helpers such as Subflow stay). */
const unusedTransform = (id) => {
  const name = basename(id, '.js').toLowerCase();
  return transformSource.test(id) && allTransforms.has(name) && !leanTransforms.has(name);
};

// <wellbeing-chart>'s embedding layer (vega-embed and what only it uses): a chunk of its own, so a
// page without <wellbeing-chart> never downloads it.
const embedding = /[\\/]node_modules[\\/](vega-embed|vega-themes|vega-tooltip|vega-schema-url-parser|semver|fast-json-patch|tslib)[\\/]/;

/**
 * vega-functions imports three d3-geo functions (geo expression functions) and vega-loader
 * topojson-client (the `topojson` format): the built-in charts use neither, so in the bundle those
 * two imports get stand-ins (src/render/vega-geo.ts) and the trend and gap pages never download
 * d3-geo. <wellbeing-chart> gives the stand-ins the real functions before drawing an author's chart.
 */
const geoStandIns = {
  name: 'vega-geo-stand-ins',
  resolveId(source, importer) {
    if (!importer) return null;
    const fromVega =
      (source === 'd3-geo' && /[\\/]node_modules[\\/]vega-functions[\\/]/.test(importer)) ||
      (source === 'topojson-client' && /[\\/]node_modules[\\/]vega-loader[\\/]/.test(importer));
    return fromVega ? fileURLToPath(new URL('./lib/render/vega-geo.js', import.meta.url)) : null;
  },
};

/**
 * d3-scale-chromatic ships as one file whose every colour scheme is built by a top-level call, so
 * tree-shaking keeps all of them (about 16 KB minified), while Vega (vega-scale) imports only its ten
 * categorical schemes. Its top-level `var x = call(...)` statements are pure: saying so lets rollup drop
 * the schemes nothing uses.
 */
const pureColourSchemes = {
  name: 'pure-colour-schemes',
  transform(code, id) {
    if (!/[\\/]node_modules[\\/]d3-scale-chromatic[\\/].*\.mjs$/.test(id)) return null;
    // Inserting a comment moves no source line, so the package's own source map still holds.
    return { code: code.replace(/^(var [\w$]+ = )(?=new |[\w$]+\()/gm, '$1/*#__PURE__*/ '), map: null };
  },
};

/**
 * Lit's css`…` templates keep their source's indentation and comments (a quarter of an element's
 * styles): this drops comments and the white space next to `{ } ; ,`, and folds every other run of
 * white space into one space (the line breaks move to the run's end, so source maps keep their lines).
 * Quoted strings are left as they are. In html`…` and svg`…` templates a run of white space with a
 * line break becomes one line break and any other run one space: the same rendering wherever white
 * space collapses, and under `white-space: pre-line` (the trend's and gap's notes), the only other
 * white-space the elements use.
 */
const compactCss = {
  name: 'compact-css',
  transform(code, id) {
    if (!/[\\/]lib[\\/].*\.js$/.test(id) || !/\b(css|html|svg) ?`/.test(code)) return null;
    const edits = [];
    const visit = (node) => {
      if (!node || typeof node.type !== 'string') return;
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && node.tag.name === 'css') {
        for (const quasi of node.quasi.quasis) edits.push({ start: quasi.start, end: quasi.end, text: compactCssText(code.slice(quasi.start, quasi.end)) });
      }
      if (node.type === 'TaggedTemplateExpression' && node.tag.type === 'Identifier' && (node.tag.name === 'html' || node.tag.name === 'svg')) {
        for (const quasi of node.quasi.quasis) edits.push({ start: quasi.start, end: quasi.end, text: code.slice(quasi.start, quasi.end).replace(/\s+/g, (run) => (run.includes('\n') ? '\n' : ' ')) });
      }
      for (const value of Object.values(node)) {
        if (Array.isArray(value)) value.forEach(visit);
        else if (value && typeof value === 'object') visit(value);
      }
    };
    visit(this.parse(code));
    if (!edits.length) return null;
    let out = code;
    for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, start) + text + out.slice(end);
    return { code: out, map: null };
  },
};

/** CSS text with its comments gone and white space folded outside quoted strings (see compactCss). */
function compactCssText(text) {
  return text
    .split(/("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|\/\*[\s\S]*?\*\/)/)
    .map((part, i) => {
      const breaks = '\n'.repeat((part.match(/\n/g) ?? []).length);
      if (i % 2) return part.startsWith('/*') ? breaks || ' ' : part; // a comment (it parts tokens), or a quoted string
      // Line breaks go to the end of the part, so later lines of the module stay where they were.
      return part.replace(/\s+/g, ' ').replace(/ ?([{};,]) ?/g, '$1') + breaks;
    })
    .join('');
}

/**
 * The wheel's page is the smallest (issue 11: at most 40 KB gzip), and every chunk a page takes is
 * compressed on its own: five chunks (the code all elements share, the wheel's words that the trend
 * and map read too, the trend statistics, the regression) cost it about 1 KB more than the same code
 * in one. So every module the wheel loads with its chunk (static imports, not the panel or the
 * Welsh words it may load later) that another element's chunk loads too goes into one shared chunk:
 * a wheel page takes the loader, the wheel's own chunk and that one. The other pages, which have room
 * under their limits, take the few modules of it that they do not use (the wheel's words on a gap's
 * page).
 */
let wheelShared;
function wheelShares(id, getModuleIds, getModuleInfo) {
  if (!wheelShared) {
    const entries = [...getModuleIds()].filter((m) => /[\\/]lib[\\/]elements[\\/]([\w-]+)[\\/]\1\.js$/.test(m));
    const wheel = entries.find((m) => /[\\/]wellbeing-wheel\.js$/.test(m));
    const others = new Set(entries.filter((m) => m !== wheel).flatMap((m) => [...reachableFrom(m, getModuleInfo)]));
    wheelShared = new Set(wheel ? [...reachableFrom(wheel, getModuleInfo)].filter((m) => others.has(m)) : []);
  }
  return wheelShared.has(id);
}

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
      if (wheelShares(id, getModuleIds, getModuleInfo)) return 'shared';
      if (!fromPackages.test(id)) return undefined;
      if (geo.test(id)) return 'geo';
      if (array.test(id)) return 'd3-array';
      if (embedding.test(id)) return 'vega-embed';
      if (transformIndex.test(id)) return 'vega-lite';
      if (!runtimeModules) {
        const entry = [...getModuleIds()].find((m) => /[\\/]lib[\\/]render[\\/]vega-runtime\.js$/.test(m));
        runtimeModules = entry ? reachableFrom(entry, getModuleInfo, unusedTransform) : new Set();
      }
      if (runtimeModules.has(id)) return 'vega';
      if (vegaFamily.test(id)) return 'vega-lite';
      return undefined;
    },
  },
  treeshake: { moduleSideEffects: (id) => !transformSource.test(id) },
  plugins: [
    transformSources,
    geoStandIns,
    pureColourSchemes,
    compactCss,
    // Each element's English words travel with it (scripts/rollup-words.mjs).
    englishWordsByPart(),
    nodeResolve({ browser: true, exportConditions: ['browser', 'production', 'import', 'default'] }),
    terser({ format: { comments: false }, compress: { passes: 2 }, ecma: 2022, module: true }),
  ],
  onwarn(warning, warn) {
    // vega's d3 dependencies have harmless circular imports; TypeScript's decorator helper reads
    // a top-level `this` that is undefined in a module, as intended.
    if (warning.code === 'CIRCULAR_DEPENDENCY' || warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
