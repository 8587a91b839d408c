/**
 * The documentation stays true: the spec example is a valid spec, the element reference names
 * everything the custom-elements manifest does, the theming page lists every shared --wb-* token,
 * the data sources name every example file, and the README's links lead somewhere.
 */
import { expect } from '@open-wc/testing';
import { present } from './example-page.js';
import { parseSpec } from '../../src/spec/parse.js';
import { defaultPalette } from '../../src/render/theme.js';

async function text(path: string): Promise<string> {
  const response = await fetch(path);
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.text();
}

interface Declaration {
  name: string;
  attributes?: Array<{ name: string }>;
  events?: Array<{ name: string }>;
  cssParts?: Array<{ name: string }>;
  cssProperties?: Array<{ name: string }>;
}

describe('documentation', () => {
  it('docs/spec.md: the complete example is a valid spec', async () => {
    const markdown = await text('/docs/spec.md');
    const example = /```json\n([\s\S]*?)\n```/.exec(markdown)?.[1];
    present(example, 'a ```json block');
    const result = parseSpec(JSON.parse(example!));
    expect(result.ok ? [] : result.issues).to.deep.equal([]);
  });

  it('docs/spec.md: the CSV columns are the ones the reader accepts', async () => {
    const markdown = await text('/docs/spec.md');
    for (const column of ['indicator', 'area', 'period', 'value', 'lower', 'upper', 'count', 'denominator', 'note', 'group_type', 'group_label', 'group_order']) {
      expect(markdown).to.include(`\`${column}\``);
    }
  });

  it('docs/elements.md: names every attribute, event, part and custom property in custom-elements.json', async () => {
    const manifest = JSON.parse(await text('/custom-elements.json')) as { modules: Array<{ declarations?: Declaration[] }> };
    const markdown = await text('/docs/elements.md');
    const missing: string[] = [];
    for (const [className, tag] of [
      ['WellbeingWheel', 'wellbeing-wheel'],
      ['IndicatorTrend', 'indicator-trend'],
      ['InequalityGap', 'inequality-gap'],
      ['AreaMap', 'area-map'],
    ] as const) {
      const d = manifest.modules.flatMap((m) => m.declarations ?? []).find((x) => x.name === className);
      present(d, `${className} in custom-elements.json`);
      const start = markdown.indexOf(`## \`<${tag}>\``);
      expect(start, `a section for <${tag}>`).to.be.greaterThan(-1);
      const next = markdown.indexOf('\n## ', start + 1);
      const part = markdown.slice(start, next < 0 ? undefined : next);
      const names = [...(d!.attributes ?? []), ...(d!.events ?? []), ...(d!.cssParts ?? []), ...(d!.cssProperties ?? [])].map((x) => x.name);
      for (const name of names) if (!part.includes(`\`${name}\``)) missing.push(`${tag}: ${name}`);
    }
    expect(missing, 'regenerate with: npm run manifest && node docs/tools/write-elements-md.mjs').to.deep.equal([]);
  });

  it('docs/theming.md: lists every shared --wb-* token and status colour', async () => {
    const markdown = await text('/docs/theming.md');
    const themeSource = await text('/src/render/theme.ts');
    const tokens = new Set([...themeSource.matchAll(/--wb-[a-z-]+[a-z]/g)].map((m) => m[0]));
    for (const status of Object.keys(defaultPalette)) tokens.add(`--wb-status-${status}`);
    const missing = [...tokens].filter((token) => !markdown.includes(`\`${token}\``));
    expect(missing).to.deep.equal([]);
    // The status defaults in the table are the library's.
    for (const [status, colour] of Object.entries(defaultPalette)) {
      expect(markdown, status).to.include(`| \`--wb-status-${status}\` | \`${colour}\` |`);
    }
  });

  it('docs/data-sources.md: names every example data file that data/SOURCES.md lists', async () => {
    const sources = await text('/data/SOURCES.md');
    const markdown = await text('/docs/data-sources.md');
    const written = sources.slice(sources.indexOf('examples/data'));
    const files = new Set([...written.matchAll(/`([a-z0-9-]+\.(?:json|csv))`/g)].map((m) => m[1]!));
    expect(files.size).to.be.greaterThan(5);
    // Check the files exist, then that the docs name them.
    for (const file of files) {
      const exists = (await fetch(`/examples/data/${file}`, { method: 'HEAD' })).ok;
      if (exists) expect(markdown, file).to.include(`\`${file}\``);
    }
  });

  it('README.md: every relative link leads to a file', async () => {
    const readme = await text('/README.md');
    const links = [...readme.matchAll(/\]\(((?!https?:)[^)#]+)(#[^)]*)?\)/g)].map((m) => m[1]!);
    expect(links.length).to.be.greaterThan(5);
    for (const link of new Set(links)) {
      const response = await fetch(`/${link}`, { method: 'HEAD' });
      expect(response.ok, link).to.equal(true);
    }
  });

  it('docs/*.md: every relative link leads to a file', async () => {
    for (const page of ['elements', 'spec', 'theming', 'accessibility', 'csp', 'browser-support', 'data-sources', 'maps']) {
      const markdown = await text(`/docs/${page}.md`);
      for (const [, link] of markdown.matchAll(/\]\(((?!https?:)[^)#]+)(?:#[^)]*)?\)/g)) {
        const response = await fetch(new URL(link!, new URL(`/docs/${page}.md`, location.href)), { method: 'HEAD' });
        expect(response.ok, `${page}.md → ${link}`).to.equal(true);
      }
    }
  });
});
