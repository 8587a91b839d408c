/**
 * The English words that explain a problem (`en.spec`, `en.inlineJson`, `en.wheel.error`), in dist/ only: there the
 * build cuts them from the English catalogue and writes them here (scripts/rollup-words.mjs), and
 * `loadProblemWords` (./index.ts) loads this module the first time a spec has a problem. Everywhere
 * else (Node, the tests, lib/) the catalogue is whole and this module is empty.
 */
export {};
