import js from '@eslint/js';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['node_modules/', 'lib/', 'dist/', 'storybook-static/', 'coverage/', 'custom-elements.json', 'bench/.build/', 'bench/results/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'test/**/*.ts', 'stories/**/*.ts', '.storybook/**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['src/**/*.ts'],
    ...wc.configs['flat/best-practice'],
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      // Safe under a strict CSP, and text from a spec is never markup.
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      'no-restricted-properties': [
        'error',
        { property: 'innerHTML', message: 'Text from a spec is always text: use Lit bindings or textContent.' },
        { property: 'outerHTML', message: 'Text from a spec is always text.' },
        { property: 'insertAdjacentHTML', message: 'Text from a spec is always text.' },
      ],
      'no-restricted-imports': [
        'error',
        { name: 'lit/directives/unsafe-html.js', message: 'Text from a spec is always text.' },
        { name: 'lit/directives/unsafe-svg.js', message: 'Text from a spec is always text.' },
        { name: 'd3-dsv', message: "d3-dsv's parser uses new Function: use src/data/csv.ts." },
      ],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    // Only src/render/vega.ts (and the runtime it loads lazily, vega-runtime.ts) may import Vega:
    // everything else stays small. The umbrella `vega` package is for types only, everywhere.
    files: ['src/**/*.ts'],
    ignores: ['src/render/vega.ts', 'src/render/vega-runtime.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            { name: 'vega', message: 'Only src/render/vega.ts imports Vega.', allowTypeImports: true },
            { name: 'vega-lite', message: 'Only src/render/vega.ts imports Vega-Lite.', allowTypeImports: true },
            { name: 'vega-interpreter', message: 'Only src/render/vega.ts imports Vega.' },
            ...['vega-parser', 'vega-view', 'vega-dataflow', 'vega-transforms', 'vega-view-transforms', 'vega-encode'].map((name) => ({
              name,
              message: 'Only src/render/vega-runtime.ts imports Vega modules.',
            })),
            { name: 'lit/directives/unsafe-html.js', message: 'Text from a spec is always text.' },
            { name: 'lit/directives/unsafe-svg.js', message: 'Text from a spec is always text.' },
            { name: 'd3-dsv', message: "d3-dsv's parser uses new Function: use src/data/csv.ts." },
          ],
        },
      ],
    },
  },
  {
    // chai assertions such as expect(x).to.exist are expressions.
    files: ['test/**/*.ts'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  {
    files: ['scripts/**/*.mjs', 'test/server/**/*.mjs', 'bench/**/*.mjs', '.storybook/**/*.mjs', '*.config.js', '*.config.mjs'],
    languageOptions: { globals: { ...globals.node } },
  },
);
