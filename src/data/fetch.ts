import { messagesFor, type Messages } from '../i18n/index.js';
import { LoadError, type LoadErrorKind } from './errors.js';
import { locateJsonError } from './json-error.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, type FetchLimits } from './fetch-limits.js';

export { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, isSuperseded, type FetchLimits } from './fetch-limits.js';

export interface FetchedText {
  text: string;
  contentType: string;
  /** The final URL, after redirects: relative data URLs resolve against it. */
  url: string;
}

/** Fetches text with a time limit and a size cap; every failure becomes a LoadError that names the URL. */
export async function fetchText(url: string, limits: FetchLimits = {}): Promise<FetchedText> {
  const messages = messagesFor(limits.lang);
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES;
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onOuterAbort = () => controller.abort();
  limits.signal?.addEventListener('abort', onOuterAbort, { once: true });
  /** A failure kept as facts, said in the language of whoever reads it (fetchShared answers several). */
  const failure = (kind: LoadErrorKind, words: (m: Messages) => string, status?: number) =>
    new LoadError(kind, words(messages), { url, ...(status === undefined ? {} : { status }), words });
  const tooBig = () => failure('too-big', (m) => m.load.tooBig({ url, megabytes: formatMegabytes(maxBytes) }));

  try {
    if (limits.signal?.aborted) throw new DOMException('Superseded', 'AbortError');
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials: 'same-origin' });
    } catch (error) {
      throw translateAbort(error, timedOut, limits.signal) ?? (await networkFailure(url, error, controller.signal, failure));
    }
    // 204 and 205 are successes with no body: no data, not broken data.
    if (response.status === 204 || response.status === 205) {
      const { status } = response;
      throw failure('no-content', (m) => m.load.noContent({ url, status }), status);
    }
    if (!response.ok) {
      const said = await serverExplanation(response);
      const { status, statusText } = response;
      throw failure(
        'status',
        (m) => {
          const sentence = m.load.status({ url, status, statusText });
          return said ? `${sentence} ${m.load.serverSaid({ text: said })}` : sentence;
        },
        status,
      );
    }
    const declared = Number(response.headers.get('content-length'));
    if (Number.isFinite(declared) && declared > maxBytes) {
      controller.abort();
      throw tooBig();
    }
    const text = await readCapped(response, maxBytes, () => {
      controller.abort();
      return tooBig();
    }).catch((error: unknown) => {
      throw translateAbort(error, timedOut, limits.signal) ?? error;
    });
    return { text, contentType: response.headers.get('content-type') ?? '', url: response.url || url };
  } finally {
    clearTimeout(timer);
    limits.signal?.removeEventListener('abort', onOuterAbort);
  }

  function translateAbort(error: unknown, didTimeOut: boolean, outer?: AbortSignal): Error | undefined {
    if (outer?.aborted) return new DOMException('Superseded', 'AbortError');
    if (didTimeOut) return failure('timeout', (m) => m.load.timeout({ url, seconds: Math.round(timeoutMs / 100) / 10 }));
    return error instanceof LoadError ? error : undefined;
  }
}

/**
 * Why a fetch failed with no answer, as far as can be known. Node says when redirects went round
 * too many times. A browser says only "failed" for a loop, a refused connection and CORS alike, so
 * the address is asked once more without following redirects: if it redirects, the failure was
 * in following it (a loop, or a last server that does not allow this page to read it).
 */
async function networkFailure(
  url: string,
  error: unknown,
  signal: AbortSignal,
  failure: (kind: LoadErrorKind, words: (m: Messages) => string) => LoadError,
): Promise<LoadError> {
  const cause = (error as { cause?: { message?: unknown } } | undefined)?.cause?.message;
  if (typeof cause === 'string' && /redirect count exceeded|too many redirects/i.test(cause)) {
    return failure('redirect-loop', (m) => m.load.redirectLoop({ url }));
  }
  try {
    const probe = await fetch(url, { signal, credentials: 'same-origin', redirect: 'manual' });
    if (probe.type === 'opaqueredirect' || (probe.status >= 300 && probe.status < 400)) {
      return failure('redirect', (m) => m.load.redirectFailed({ url }));
    }
  } catch {
    // Unreachable without redirects too: a network or CORS problem.
  }
  return failure('network', (m) => m.load.network({ url }));
}

/**
 * An API that answers an error with JSON such as { "error": "Unknown area" } often says why; the
 * editor should read it. Only a short `error` or `message` string is taken, never markup or a page.
 */
async function serverExplanation(response: Response): Promise<string | undefined> {
  if (!/json/i.test(response.headers.get('content-type') ?? '')) return undefined;
  try {
    const body = (await response.json()) as { error?: unknown; message?: unknown };
    const text = typeof body?.error === 'string' ? body.error : typeof body?.message === 'string' ? body.message : undefined;
    return text?.trim().slice(0, 300) || undefined;
  } catch {
    return undefined;
  }
}

async function readCapped(response: Response, maxBytes: number, onTooBig: () => LoadError): Promise<string> {
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  let received = 0;
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel().catch(() => undefined);
      throw onTooBig();
    }
    text += decoder.decode(value, { stream: true });
  }
  return text + decoder.decode();
}

function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  return mb >= 1 ? String(Math.round(mb * 10) / 10) : mb.toFixed(3).replace(/0+$/, '');
}

/** Fetches and parses JSON, telling an HTML page or broken JSON apart from data. */
export async function fetchJson(url: string, limits: FetchLimits = {}): Promise<{ json: unknown; url: string }> {
  const messages = messagesFor(limits.lang);
  const fetched = await fetchText(url, limits);
  if (looksLikeHtml(fetched.text, fetched.contentType)) throw new LoadError('html', messages.load.html({ url }), { url });
  try {
    return { json: JSON.parse(fetched.text), url: fetched.url };
  } catch (error) {
    throw new LoadError('broken-json', messages.load.brokenJson({ url, detail: describeJsonError(error, fetched.text) }), { url });
  }
}

export function looksLikeHtml(text: string, contentType: string): boolean {
  if (/\bhtml\b/i.test(contentType)) return true;
  return /^\s*</.test(text);
}

/** Where JSON text breaks, as "line 3, column 14: unexpected "}"". */
export function describeJsonError(error: unknown, text: string): string {
  const where = locateJsonError(text);
  if (where) return `line ${where.line}, column ${where.column}: unexpected ${where.found}`;
  return error instanceof Error ? error.message : String(error);
}
