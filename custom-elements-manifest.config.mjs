// The custom-elements manifest (custom-elements.json): the elements only, each with its attributes,
// properties, parts, CSS properties and typed events, for editors, Storybook and documentation.
// The elements are those of src/elements/registry.ts (one folder each, src/elements/<tag>/<tag>.ts);
// the base class is analysed too, so what the elements inherit is listed, then its own entry is
// dropped along with every module that declares no element (view models, specs, styles).
import { readFileSync } from 'node:fs';

const registry = readFileSync(new URL('./src/elements/registry.ts', import.meta.url), 'utf8');
const tags = [...registry.matchAll(/^\s*'([a-z]+-[a-z-]+)':\s*\(\)\s*=>\s*import\(/gm)].map((m) => m[1]);

/** The event types every element shares (detail types are exported from the package). */
const eventTypes = {
  'wellbeing-ready': 'CustomEvent<void>',
  'wellbeing-error': 'CustomEvent<WellbeingErrorDetail>',
  'wellbeing-select': 'CustomEvent<Record<string, string>>',
  'wellbeing-download': 'CustomEvent<DownloadDetail>',
};

function elementsOnly() {
  return {
    name: 'wellbeing-elements-only',
    packageLinkPhase({ customElementsManifest }) {
      customElementsManifest.modules = customElementsManifest.modules
        .map((module) => ({ ...module, declarations: (module.declarations ?? []).filter((d) => d.customElement && d.tagName) }))
        .filter((module) => module.declarations.length > 0)
        .map((module) => ({
          ...module,
          exports: (module.exports ?? []).filter((e) => module.declarations.some((d) => d.name === e.declaration?.name) || e.kind === 'custom-element-definition'),
          declarations: module.declarations.map((d) => ({
            ...d,
            events: (d.events ?? []).map((e) => (eventTypes[e.name] ? { ...e, type: { text: eventTypes[e.name] } } : e)),
          })),
        }));
    },
  };
}

export default {
  globs: ['src/elements/base/wellbeing-element.ts', ...tags.map((tag) => `src/elements/${tag}/${tag}.ts`)],
  outdir: '.',
  litelement: true,
  plugins: [elementsOnly()],
};
