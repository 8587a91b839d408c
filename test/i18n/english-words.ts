/**
 * The words of the English catalogue, for tests that check a Welsh rendering has none of them.
 * Code the reader is meant to type (attribute names, JSON field names, key names) is the same in
 * both languages and is left out, as are words English and Welsh spell alike.
 */
import { en } from '../../src/i18n/en.js';
import type { DownloadDetail } from '../../src/render/downloads.js';

/** Words both catalogues may use: names of keys and formats, and Welsh words spelt like English ones. */
export const SHARED_WORDS = new Set([
  'json', 'csv', 'svg', 'png', 'html', 'cors', 'sii', 'rii', 'spec', 'home', 'end', 'enter', 'escape', 'space',
  'true', 'false', 'null', 'version', 'url', 'spec-v', 'http', 'https',
  // names of products
  'vega-lite', 'vega', 'lite', 'word', 'powerpoint',
  // attribute names written bare in a sentence ("compare names …")
  'compare', 'groups', 'code', 'property', 'layer', 'geojson', 'topojson', 'tab',
  // names of a product, an encoding, a command and an HTML tag, written as the reader types them
  'fingertipsnext', 'utf', 'build', 'script',
  // a statistical method, its option and its scales, named as in PHEindicatormethods (phe_sii, transform = TRUE)
  'phe', 'transform', 'log', 'logit',
  // Welsh words spelt like English ones
  'data', 'band', 'problem', 'dot', 'map', 'all', 'well',
]);

/** Arguments for a catalogue function: numbers for counts, a list for items, "Q" for any text. */
export const sampleArguments = (count = 2): Record<string, unknown> =>
  new Proxy(
    {},
    {
      get: (_target, key) =>
        key === 'items' ? ['Q1', 'Q2', 'Q3'] : key === 'trend' ? count % 2 === 0 : /count|minimum|maximum|line|seconds|status$/i.test(String(key)) && key !== 'status' ? count : key === 'status' ? 404 : 'Q',
    },
  );

/** Every text a catalogue can produce (functions called with a few sample arguments). */
export function catalogueTexts(node: unknown, path = ''): Array<{ path: string; text: string }> {
  if (typeof node === 'string') return [{ path, text: node }];
  if (typeof node === 'function') {
    return [0, 1, 2, 3, 6, 11].map((count) => ({ path: `${path}(${count})`, text: String((node as (p: unknown) => unknown)(sampleArguments(count))) }));
  }
  if (node && typeof node === 'object') {
    return Object.entries(node).flatMap(([key, value]) => catalogueTexts(value, path ? `${path}.${key}` : key));
  }
  return [];
}

/** Removes code a reader types as it is: addresses, `code`, <tags>, "quoted names", name="value", { … }, JSON paths. */
export function withoutCode(text: string): string {
  return text
    .replace(/\bhttps?:\/\/\S+/g, ' ')
    .replace(/`[^`]*`/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/[\w-]+="[^"]*"/g, ' ')
    .replace(/"[^"]*"/g, ' ')
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/\b\w+\.\w+\b/g, ' ')
    // JSON paths a spec's problems point at: areas[0].name, indicators[2].title
    .replace(/\b\w+(\[\d+\])?(\.\w+(\[\d+\])?)+/g, ' ')
    .replace(/\b\w+\[\d+\]/g, ' ');
}

export function wordsOf(text: string): string[] {
  return withoutCode(text)
    .toLowerCase()
    .split(/[^a-zâêîôûŵŷáéíóúàèìòùäëïöü’']+/)
    .map((w) => w.replace(/^['’-]+|['’-]+$/g, ''))
    .filter((w) => w.length >= 3 && !SHARED_WORDS.has(w));
}

/** The English catalogue's words (three letters or more). */
export const ENGLISH_WORDS: ReadonlySet<string> = new Set(catalogueTexts(en).flatMap(({ text }) => wordsOf(text)));

/** English catalogue words found in a text. */
export function englishWordsIn(text: string): string[] {
  return [...new Set(wordsOf(text).filter((w) => ENGLISH_WORDS.has(w)))];
}

/** Every text of a spec a person may read, in Welsh where it is given in two languages (`{ "en", "cy" }`). */
export function specTexts(node: unknown): string[] {
  if (typeof node === 'string') return [node];
  if (Array.isArray(node)) return node.flatMap(specTexts);
  if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (typeof record['cy'] === 'string' && typeof record['en'] === 'string') return [record['cy']];
    return Object.values(record).flatMap(specTexts);
  }
  return [];
}

const ASSISTIVE_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'alt', 'placeholder'];

/**
 * What an element gives a reader: its text and its assistive names, through nested shadow roots.
 * With `heard` set, names inside a subtree hidden from assistive technology (aria-hidden="true", such
 * as Vega's SVG, which the element names itself) are left out; its text is still counted (it is seen).
 */
export function writtenBy(root: ShadowRoot | Element, options: { heard?: boolean } = {}): string[] {
  const out: string[] = [];
  const visit = (node: ParentNode) => {
    for (const el of node.querySelectorAll('*')) {
      if (!(options.heard && el.closest('[aria-hidden="true"]'))) {
        for (const name of ASSISTIVE_ATTRIBUTES) {
          const value = el.getAttribute(name);
          if (value) out.push(value);
        }
      }
      if (el.shadowRoot) {
        out.push(el.shadowRoot.textContent ?? '');
        visit(el.shadowRoot);
      }
    }
  };
  out.push(root.textContent ?? '');
  visit(root);
  return out;
}

/**
 * The CSV download's file name (its words), asked for with the element's own button; the download
 * itself is stopped. The CSV's column names (`area_name`, `period_label`…) are identifiers a program
 * reads, the same in both languages, like the spec's field names (docs/translation.md); its cells
 * hold the numbers and the spec's words.
 */
export async function csvFileName(el: HTMLElement): Promise<string[]> {
  const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-format="csv"]');
  if (!button) return [];
  const file = new Promise<DownloadDetail>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no CSV download within 10 s')), 10000);
    el.addEventListener(
      'wellbeing-download',
      (e) => {
        e.preventDefault();
        clearTimeout(timer);
        resolve((e as CustomEvent<DownloadDetail>).detail);
      },
      { once: true },
    );
  });
  button.click();
  return [(await file).filename.replace(/[-_.]/g, ' ')];
}
