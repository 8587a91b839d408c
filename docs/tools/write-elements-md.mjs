#!/usr/bin/env node
// Writes docs/elements.md from custom-elements.json (which `npm run manifest` generates from the
// elements' JSDoc), so the reference never drifts from the code:
//
//   npm run manifest && node docs/tools/write-elements-md.mjs
//
// test/examples/docs.test.ts checks that docs/elements.md names everything the manifest does.
// Plain Node 20, no dependencies.

import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const manifest = JSON.parse(readFileSync(`${root}custom-elements.json`, 'utf8'));

/** The elements, in the order the docs present them, and what SPEC-v1 fixes for each. */
const ELEMENTS = [
  { className: 'WellbeingWheel', tag: 'wellbeing-wheel', contract: ['src', 'area', 'benchmark', 'period', 'selected', 'lang'] },
  { className: 'IndicatorTrend', tag: 'indicator-trend', contract: ['src', 'indicator', 'area', 'compare', 'lang'] },
  { className: 'InequalityGap', tag: 'inequality-gap', contract: ['src', 'indicator', 'area', 'period', 'lang'] },
  {
    className: 'AreaMap',
    tag: 'area-map',
    contract: ['src', 'indicator', 'period', 'boundaries', 'layer', 'code-property', 'within', 'selected', 'lang'],
  },
  { className: 'WellbeingChart', tag: 'wellbeing-chart', contract: ['src', 'indicator', 'area', 'period', 'lang'] },
];
const CONTRACT_EVENTS = ['wellbeing-ready', 'wellbeing-error', 'wellbeing-select'];
const CONTRACT_PROPERTIES = ['spec', 'chart'];

const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
const cell = (text) => String(text ?? '').replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|').trim();
const code = (text) => (text ? `\`${cell(text)}\`` : '');
const table = (head, rows) =>
  rows.length ? [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n') : '_None._';

function section(element) {
  const d = declarations.find((x) => x.name === element.className);
  if (!d) return `## \`<${element.tag}>\`\n\n_Not in custom-elements.json: run \`npm run manifest\`._\n`;
  const contract = new Set([...element.contract, ...CONTRACT_PROPERTIES]);
  const mark = (name) => (contract.has(name) ? 'v1' : 'provisional');
  const members = (d.members ?? []).filter((m) => !m.static && (!m.privacy || m.privacy === 'public') && !m.name.startsWith('_'));
  const fields = members.filter((m) => m.kind === 'field');
  const methods = members.filter((m) => m.kind === 'method');
  const attributes = d.attributes ?? [];
  const attributeRows = attributes.map((a) => {
    const field = fields.find((f) => f.name === a.fieldName);
    return [code(a.name), code(a.fieldName), code(a.type?.text), code(a.default), cell(a.description ?? field?.description), mark(a.name)];
  });
  const propertyOnly = fields.filter((f) => !attributes.some((a) => a.fieldName === f.name));
  const propertyRows = propertyOnly.map((f) => [code(f.name), code(f.type?.text), cell(f.description), mark(f.name)]);
  const eventRows = (d.events ?? []).map((e) => [code(e.name), cell(e.description), CONTRACT_EVENTS.includes(e.name) ? 'v1' : 'provisional']);
  const partRows = (d.cssParts ?? []).map((p) => [code(p.name), cell(p.description)]);
  const propRows = (d.cssProperties ?? []).map((p) => [code(p.name), cell(p.description), code(p.default)]);
  const methodRows = methods.map((m) => [
    code(`${m.name}(${(m.parameters ?? []).map((p) => p.name).join(', ')})`),
    code(m.return?.type?.text),
    cell(m.description),
  ]);
  return [
    `## \`<${element.tag}>\``,
    '',
    d.summary ? `**${cell(d.summary)}**` : '',
    '',
    (d.description ?? '').trim(),
    '',
    '### Attributes',
    '',
    'Every attribute reflects to the property named beside it.',
    '',
    table(['attribute', 'property', 'type', 'default', 'what it does', 'status'], attributeRows),
    '',
    '### Properties without an attribute',
    '',
    table(['property', 'type', 'what it is', 'status'], propertyRows),
    '',
    ...(methodRows.length ? ['### Methods', '', table(['method', 'returns', 'what it does'], methodRows), ''] : []),
    '### Events',
    '',
    'All bubble and are composed (they cross shadow roots).',
    '',
    table(['event', 'when', 'status'], eventRows),
    '',
    '### CSS parts',
    '',
    table(['part', 'what it is'], partRows),
    '',
    '### CSS custom properties',
    '',
    table(['property', 'what it sets', 'default'], propRows),
    '',
  ].join('\n');
}

const intro = `# The elements

This reference is generated from \`custom-elements.json\` (itself generated from the elements' JSDoc by
\`npm run manifest\`) by \`docs/tools/write-elements-md.mjs\`: edit the JSDoc, not this file.

**Status.** Version 0.x. What the spec contract (version 1) fixes is marked **v1**: the element names,
their attributes listed in it, the \`spec\` property and the three events \`wellbeing-ready\`,
\`wellbeing-error\` and \`wellbeing-select\`. Everything marked **provisional** (further attributes and
events) may still change before 1.0, and so may the part names and custom properties, which are listed
as they are today.

What every element shares:

- **Giving it a spec**: the \`spec\` property, the \`src\` attribute or a child
  \`<script type="application/json">\` (see [spec.md](spec.md#giving-an-element-its-spec)). \`timeout\`
  (seconds) and \`max-size\` (megabytes) limit loading from \`src\`.
- **States**: while loading, a placeholder that keeps its size and \`aria-busy="true"\` on the element;
  on a problem, a message with \`role="alert"\` in the element's place (and \`wellbeing-error\`); once
  drawn, an SVG with an accessible name, a summary sentence and a data table (and \`wellbeing-ready\`).
- **Fallback content**: the element's own children other than its inline spec (a \`<table>\`, an
  \`<img>\`) show while it waits or loads, and again below the message if it fails; they are hidden (and not
  read) while it is drawn. A page without JavaScript, or a search engine, sees them. See
  [spec.md](spec.md#fallback-content).
- **Language**: \`lang\` on the element, else the spec's \`lang\`, else the page's \`<html lang>\`.
- **Headings**: \`heading-level\` (1 to 6, default 2) is the level of the element's title (or of its
  error message); headings inside it, such as the wheel's panel, go one level deeper. Set it so the
  element fits your page's outline: \`heading-level="3"\` under an \`h2\` section.
- **Colours**: \`theme\` is \`light\` (the default), \`dark\`, or \`auto\` to follow the reader's
  system setting (\`prefers-color-scheme\`). The property is \`colorTheme\`. Your own \`--wb-*\` properties
  on the element still win (see [theming.md](theming.md#the-theme-attribute)).
- **Detail of \`wellbeing-error\`**: \`{ message, issues: [{ path, message }], url?, status? }\`.
  **Detail of \`wellbeing-select\`**: what was chosen, e.g. \`{ domain: "money" }\` or
  \`{ indicator, area, period }\`.

Theming (colours, fonts, sizes) is described in [theming.md](theming.md).
`;

const text = `${[intro, ...ELEMENTS.map(section)].join('\n')}`.replace(/\n{3,}/g, '\n\n');
writeFileSync(`${root}docs/elements.md`, text);
console.log('wrote docs/elements.md');
