import { loadMessages, messagesFor } from '../i18n/index.js';
import type { SpecIssue } from '../spec/issues.js';
import { parseSpec, unknownFields } from '../spec/parse.js';
import type { LoadedSpec } from '../spec/schema.js';
import { LoadError } from './errors.js';
import { describeJsonError, fetchJson, fetchText, looksLikeHtml, type FetchLimits } from './fetch.js';
import { resolveData, specError, type ReadText } from './resolve.js';
import { fetchShared } from './shared-fetch.js';
import type { DataView } from './url-template.js';

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
  const messages = await loadMessages(options.lang); // Welsh is loaded only when asked for
  let raw: unknown;
  let specUrl = options.baseUrl;
  let where: string | undefined;

  if (source.kind === 'object') raw = source.value;
  else if (source.kind === 'inline') {
    try {
      raw = JSON.parse(source.text);
    } catch (error) {
      throw new LoadError('broken-json', messages.spec.inlineJson({ detail: describeJsonError(error, source.text) }));
    }
  } else {
    const url = new URL(source.url, options.baseUrl).href;
    const fetched = await fetchJson(url, options);
    raw = fetched.json;
    specUrl = fetched.url;
    where = url;
  }

  // Without a language from the page, problems are explained in the spec's own "lang" (SPEC-v1).
  const lang = options.lang ?? declaredLang(raw);
  await loadMessages(lang);
  const withLang = { ...options, lang };
  for (const warning of unknownFields(raw, lang)) options.onWarning?.(warning);
  try {
    const parsed = parseSpec(raw, lang);
    if (!parsed.ok) throw specError(parsed.issues, where, lang);
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

/** Reads a data file over HTTP for `resolveData`, relative to the spec's own address. */
function fetchDataFile(specUrl: string, options: LoadOptions): ReadText {
  const messages = messagesFor(options.lang);
  return async (ref, how) => {
    const url = new URL(ref.url, specUrl).href;
    // A URL filled from a template is one slice of a data service: elements on the page share its answer.
    const fetched = await (how.filled ? fetchShared : fetchText)(url, options);
    if (looksLikeHtml(fetched.text, fetched.contentType)) throw new LoadError('html', messages.load.html({ url }), { url });
    return { text: fetched.text, url };
  };
}
