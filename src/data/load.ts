import { messagesFor } from '../i18n/index.js';
import { parseRows, parseSpec } from '../spec/parse.js';
import type { ParsedSpec, Spec } from '../spec/schema.js';
import { csvToRows } from './csv.js';
import { LoadError } from './errors.js';
import { describeJsonError, fetchJson, fetchText, looksLikeHtml, type FetchLimits } from './fetch.js';

/** Where an element's spec comes from (SPEC-v1, "Giving an element its spec"). */
export type SpecSource =
  | { kind: 'object'; value: unknown }
  | { kind: 'url'; url: string }
  | { kind: 'inline'; text: string };

export interface LoadOptions extends FetchLimits {
  /** What relative URLs resolve against when the spec itself has no URL (the page's address). */
  baseUrl: string;
}

/** Loads, parses and checks a spec and any data it points at; throws a LoadError saying what and where. */
export async function loadSpec(source: SpecSource, options: LoadOptions): Promise<Spec> {
  const messages = messagesFor(options.lang);
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

  const parsed = parseSpec(raw, options.lang);
  if (!parsed.ok) throw specError(parsed.issues, where, options.lang);
  return resolveData(parsed.spec, specUrl, options);
}

async function resolveData(spec: ParsedSpec, specUrl: string, options: LoadOptions): Promise<Spec> {
  if (Array.isArray(spec.data)) return spec as Spec;
  const messages = messagesFor(options.lang);
  const url = new URL(spec.data.url, specUrl).href;
  let rows: unknown;
  if (spec.data.format === 'csv') {
    const fetched = await fetchText(url, options);
    if (looksLikeHtml(fetched.text, fetched.contentType)) throw new LoadError('html', messages.load.html({ url }), { url });
    rows = csvToRows(fetched.text, url, options.lang);
  } else {
    const fetched = await fetchJson(url, options);
    // A data file may be a bare list of rows or an object with a `data` list.
    const json = fetched.json as { data?: unknown };
    rows = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray(json.data) ? json.data : json;
  }
  const checked = parseRows(spec, rows, options.lang);
  if (!checked.ok) throw specError(checked.issues, url, options.lang);
  return checked.spec;
}

function specError(issues: LoadError['issues'], url: string | undefined, lang?: string): LoadError {
  const messages = messagesFor(lang);
  const sentence = messages.spec.invalid({ count: issues.length });
  return new LoadError('spec', url ? `${url}: ${sentence}` : sentence, { url, issues });
}
