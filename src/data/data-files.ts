/**
 * What a spec that names data files needs in the browser: the readers (CSV, Fingertips, ONS, wide
 * tables), URL templates and fetching over HTTP. src/data/load.ts imports this module only when a
 * spec names a data file, so a page whose specs carry their rows never downloads it.
 */
import { messagesFor } from '../i18n/index.js';
import { LoadError } from './errors.js';
import { fetchText, looksLikeHtml, type FetchLimits } from './fetch.js';
import type { ReadText } from './resolve.js';
import { fetchShared } from './shared-fetch.js';

export { resolveData } from './resolve.js';

/** Reads a data file over HTTP for `resolveData`, relative to the spec's own address. */
export function fetchDataFile(specUrl: string, options: FetchLimits): ReadText {
  const messages = messagesFor(options.lang);
  return async (ref, how) => {
    const url = new URL(ref.url, specUrl).href;
    // A URL filled from a template is one slice of a data service: elements on the page share its answer.
    const fetched = await (how.filled ? fetchShared : fetchText)(url, options);
    if (looksLikeHtml(fetched.text, fetched.contentType)) throw new LoadError('html', messages.load.html({ url }), { url });
    return { text: fetched.text, url };
  };
}
