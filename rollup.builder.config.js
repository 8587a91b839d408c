// Bundles the builder page's module (lib/builder/builder-page.js) into dist/builder/builder.js: one
// file served beside the page, so it runs under `script-src 'self'`. The page draws its preview with
// the library itself (dist/wellbeing-widgets.js), which it loads as any page does.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

export default {
  input: 'lib/builder/builder-page.js',
  output: { file: 'dist/builder/builder.js', format: 'es', sourcemap: true, inlineDynamicImports: true },
  plugins: [nodeResolve({ browser: true }), terser({ format: { comments: false }, ecma: 2022, module: true })],
  onwarn(warning, warn) {
    if (warning.code === 'THIS_IS_UNDEFINED') return;
    warn(warning);
  },
};
