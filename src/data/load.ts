import { loadMessages, loadProblemWords, problemWordsLoaded, withProblemWords, type Messages } from '../i18n/index.js';
import type { SpecIssue } from '../spec/issues.js';
import { dataReferences, parseSpecWithWarnings } from '../spec/parse.js';
import type { LoadedSpec } from '../spec/schema.js';
import type { DataView } from './data-view.js';
import { loadCode, LoadError, specError } from './errors.js';
import type { FetchLimits } from './fetch-limits.js';

// Loaded only when a spec needs them (each is a chunk of its own in dist/): fetching, for a spec
// given by URL (and for where broken JSON breaks); the readers and URL templates, for a spec that
// names data files. A spec with its rows inline, the common case, needs neither.
const fetching = () => loadCode('fetch', () => import('./fetch.js'));
const dataFiles = () => loadCode('readers', () => import('./data-files.js'));
/** The words of a language (Welsh is downloaded when first asked for). */
const wordsOf = (lang: string | undefined) => loadCode('welshWords', () => loadMessages(lang));
/**
 * The words that explain a problem in `words`' language, for the loader and the elements alike: the
 * English ones in dist/ load with the first problem (src/i18n/index.ts), a failed download said in
 * words; the Welsh catalogue has its own, so a Welsh page needs no download.
 */
export const problemWordsFor = (words: Messages): Promise<unknown> =>
  problemWordsLoaded(words) ? Promise.resolve() : loadCode('problemWords', loadProblemWords);

/** Where an element's spec comes from (SPEC-v1, "Giving an element its spec"). */
export type SpecSource =
  | { kind: 'object'; value: unknown }
  | { kind: 'url'; url: string }
  | { kind: 'inline'; text: string };

export interface LoadOptions extends FetchLimits {
  /** What relative URLs resolve against when the spec itself has no URL (the page's address). */
  baseUrl: string;
  /** Told of problems that do not stop drawing (the element writes them to the console). */
  onWarning?: ((issue: SpecIssue) => void) | undefined;
  /** What the element shows, to fill data URL templates (`{indicator}`, `{area}`, `{period}`). */
  view?: (() => DataView) | undefined;
}

/** Loads, parses and checks a spec and any data it points at; throws a LoadError saying what and where. */
export async function loadSpec(source: SpecSource, options: LoadOptions): Promise<LoadedSpec> {
  const messages = await wordsOf(options.lang); // Welsh is loaded only when asked for
  let raw: unknown;
  let specUrl = options.baseUrl;
  let where: string | undefined;

  if (source.kind === 'object') raw = source.value;
  else if (source.kind === 'inline') {
    try {
      raw = JSON.parse(source.text);
    } catch (error) {
      const [{ describeJsonError }] = await Promise.all([fetching(), problemWordsFor(messages)]);
      throw new LoadError('broken-json', messages.spec.inlineJson({ detail: describeJsonError(error, source.text) }));
    }
  } else {
    const url = new URL(source.url, options.baseUrl).href;
    const { fetchJson } = await fetching();
    const fetched = await fetchJson(url, options);
    raw = fetched.json;
    specUrl = fetched.url;
    where = url;
  }

  // Without a language from the page, problems are explained in the spec's own "lang" (SPEC-v1).
  const lang = options.lang ?? declaredLang(raw);
  const words = await wordsOf(lang);
  const withLang = { ...options, lang };
  // Checked and walked for unknown fields at once (the rows, the bulk of a spec, are walked once);
  // the words of a problem or warning are loaded with the first one (src/i18n/index.ts).
  const { parsed, warnings } = await withProblemWords(words, () => parseSpecWithWarnings(raw, lang), () => problemWordsFor(words));
  for (const warning of warnings) options.onWarning?.(warning);
  try {
    if (!parsed.ok) {
      await problemWordsFor(words);
      throw specError(parsed.issues, where, lang);
    }
    if (!dataReferences(parsed.spec.data).length) return parsed.spec as LoadedSpec;
    // Data files are checked as they arrive (their problems worded at once): their words come with the readers.
    const [{ resolveData, fetchDataFile }] = await Promise.all([dataFiles(), problemWordsFor(words)]);
    return await resolveData(raw, parsed.spec, { read: fetchDataFile(specUrl, withLang), lang, onWarning: options.onWarning, view: options.view });
  } catch (error) {
    if (error instanceof LoadError) error.lang = lang;
    throw error;
  }
}

/** The "lang" a spec declares, read before the spec is checked (a broken spec still has one). */
function declaredLang(raw: unknown): string | undefined {
  const lang = raw && typeof raw === 'object' ? (raw as { lang?: unknown }).lang : undefined;
  return typeof lang === 'string' && lang.trim() ? lang.trim() : undefined;
}
