// A rollup plugin for dist/ (rollup.config.js): each part of the English catalogue that only some
// modules read travels with those modules, so a page downloads only the words of the elements it
// shows (the gap's ~8,000 characters never reach a wheel page, the builder's and the command line's
// never reach any page).
//
// src/i18n/en.ts stays one typed catalogue (the keys and words, what cy.ts must match); Node, the
// tests, the builder bundle and bundler users of lib/ get it whole. Here only:
// - lib/i18n/en.js loses the sections listed in SPLIT and ON_DEMAND;
// - each of them becomes a module `\0en-words:<section>` that puts it back (`en.wheel = {…}`);
// - every lib/ module whose code reads `.wheel` (`messages.wheel`, `this.messages.wheel`, …) imports
//   that module first, so the words are in place before any code that reads them runs, and rollup
//   puts them in the chunk of the elements that read them (or in one those elements share);
// - the words that explain spec problems (ON_DEMAND), and those of an element that explain what it
//   cannot show (ON_DEMAND_PARTS: `en.wheel.error`), go to lib/i18n/problem-words.js instead, a chunk
//   loaded the first time a spec has a problem (src/i18n/index.ts, `withProblemWords`).
// Reading a section by a computed key (`messages[name]`) would escape this: the catalogues are only
// ever read by name (`test/package.node.test.mjs` checks a page has its element's words and no other's).
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The sections read by some elements only (the rest, shared by all, stay in en.js). */
export const SPLIT = ['wheel', 'indicatorTrend', 'inequalityGap', 'areaMap', 'wellbeingChart', 'builder', 'cli', 'render', 'load', 'chart'];

/**
 * The words that explain a broken spec: read only when a spec has a problem, so they are cut from
 * en.js too and put back by lib/i18n/problem-words.js, which src/i18n/index.ts loads by import() the
 * first time a check needs them (`withProblemWords`: the check then runs again). No module imports
 * them statically: a page whose specs are right never downloads them.
 */
export const ON_DEMAND = ['spec', 'inlineJson'];
/** Parts of a SPLIT section that only explain a problem (a wheel asked for an area the spec lacks): with ON_DEMAND, not with their section. */
export const ON_DEMAND_PARTS = [['wheel', 'error']];
const problemWords = /[\\/]lib[\\/]i18n[\\/]problem-words\.js$/;

const PREFIX = '\0en-words:';
const catalogue = fileURLToPath(new URL('../lib/i18n/en.js', import.meta.url));
const libModule = /[\\/]lib[\\/].*\.js$/;
const catalogues = /[\\/]lib[\\/]i18n[\\/](en|cy|all)\.js$/;
// `.section` read as a value (not called: `this.render()` is Lit's, not the catalogue's).
const reads = Object.fromEntries(SPLIT.map((section) => [section, new RegExp(`[\\w$)\\]]\\??\\.${section}\\b(?!\\s*\\()`)]));

/** The `en` object literal's properties of SPLIT, with where each stands in en.js. */
function sectionsOf(code, parse) {
  const program = parse(code);
  for (const node of program.body) {
    const declaration = node.type === 'ExportNamedDeclaration' ? node.declaration : undefined;
    const en = declaration?.type === 'VariableDeclaration' ? declaration.declarations.find((d) => d.id.name === 'en') : undefined;
    if (en?.init?.type !== 'ObjectExpression') continue;
    const cut = [...SPLIT, ...ON_DEMAND];
    const found = en.init.properties.filter((p) => p.type === 'Property' && cut.includes(p.key.name ?? p.key.value));
    const missing = cut.filter((name) => !found.some((p) => (p.key.name ?? p.key.value) === name));
    if (missing.length) throw new Error(`rollup-words: en.js has no section ${missing.join(', ')} (update SPLIT in scripts/rollup-words.mjs)`);
    return found.map((p) => {
      const name = p.key.name ?? p.key.value;
      let value = code.slice(p.value.start, p.value.end);
      const parts = [];
      // Its ON_DEMAND parts out of the section's words (with the comma after each), from the last.
      const inner = ON_DEMAND_PARTS.filter(([section]) => section === name).map(([, part]) => {
        const property = p.value.properties.find((q) => q.type === 'Property' && (q.key.name ?? q.key.value) === part);
        if (!property) throw new Error(`rollup-words: en.${name} has no ${part} (update ON_DEMAND_PARTS in scripts/rollup-words.mjs)`);
        return property;
      });
      for (const q of inner.sort((a, b) => b.start - a.start)) {
        parts.push({ name: `${name}.${q.key.name ?? q.key.value}`, value: code.slice(q.value.start, q.value.end) });
        const start = q.start - p.value.start;
        const end = q.end - p.value.start;
        const after = /^\s*,/.exec(value.slice(end))?.[0].length ?? 0;
        value = value.slice(0, start) + value.slice(end + after);
      }
      return { name, start: p.start, end: p.end, value, parts };
    });
  }
  throw new Error('rollup-words: no `export const en = { … }` in lib/i18n/en.js');
}

export function englishWordsByPart() {
  let sections;
  const load = (parse) => (sections ??= sectionsOf(readFileSync(catalogue, 'utf8'), parse));
  return {
    name: 'english-words-by-part',
    buildStart() {
      sections = undefined;
    },
    resolveId(source) {
      return source.startsWith(PREFIX) ? { id: source, moduleSideEffects: true } : null;
    },
    load(id) {
      if (!id.startsWith(PREFIX)) return null;
      const section = load((code) => this.parse(code)).find((s) => s.name === id.slice(PREFIX.length));
      return `import { en } from ${JSON.stringify(catalogue)};\nen.${section.name} = ${section.value};\n`;
    },
    transform(code, id) {
      if (!libModule.test(id)) return null;
      if (problemWords.test(id)) {
        const all = load((c) => this.parse(c));
        const put = [...all.filter((s) => ON_DEMAND.includes(s.name)), ...all.flatMap((s) => s.parts)];
        // A part goes into its section, whose words are put back first.
        const sections = [...new Set(all.filter((s) => s.parts.length).map((s) => s.name))].map((name) => `import ${JSON.stringify(PREFIX + name)};`).join('');
        return { code: `${sections}import { en } from ${JSON.stringify(catalogue)};\n${put.map((s) => `en.${s.name} = ${s.value};`).join('\n')}\n`, map: null };
      }
      if (catalogues.test(id)) {
        if (!/[\\/]en\.js$/.test(id)) return null;
        // Cut the sections out (with the comma after each), from the last so positions hold.
        let out = code;
        for (const { start, end } of [...load((c) => this.parse(c))].sort((a, b) => b.start - a.start)) {
          const after = /^\s*,/.exec(out.slice(end))?.[0].length ?? 0;
          out = out.slice(0, start) + out.slice(end + after);
        }
        return { code: out, map: null };
      }
      const needed = SPLIT.filter((section) => reads[section].test(code));
      if (!needed.length) return null;
      // On the first line, so the module's own source map still holds line for line.
      return { code: needed.map((section) => `import ${JSON.stringify(PREFIX + section)};`).join('') + code, map: null };
    },
  };
}
