import { messagesFor } from '../i18n/index.js';
import { LoadError } from './errors.js';
import { fetchText, type FetchedText, type FetchLimits } from './fetch.js';

/**
 * Answers fetched from filled-in URL templates, shared by every element on the page: a trend, a
 * gap and a wheel showing the same area ask the data service once. A failed answer is forgotten
 * at once, so the next load asks again. Kept small: the oldest answers go first.
 */
const answers = new Map<string, Promise<FetchedText>>();
const MAX_ANSWERS = 200;

/**
 * Fetches `url` once for the page; each caller may still give up (its `signal`) without cancelling
 * it for others. A failure comes to each caller in its own `lang` (an English and a Welsh element
 * asking the same URL both read why).
 */
export function fetchShared(url: string, limits: FetchLimits = {}): Promise<FetchedText> {
  let answer = answers.get(url);
  if (answer) {
    // Most recently used last, so the oldest unused answer is the one forgotten.
    answers.delete(url);
    answers.set(url, answer);
  } else {
    const pending = fetchText(url, { ...limits, signal: undefined });
    answer = pending;
    answers.set(url, pending);
    pending.catch(() => {
      if (answers.get(url) === pending) answers.delete(url);
    });
    while (answers.size > MAX_ANSWERS) answers.delete(answers.keys().next().value!);
  }
  // The failure is shared, its sentence is not: each asker reads it in its own language.
  return giveUpOn(answer, limits.signal).catch((error: unknown) => {
    throw error instanceof LoadError ? error.inLanguage(messagesFor(limits.lang)) : error;
  });
}

/** The promise, or an AbortError as soon as `signal` aborts (a newer load replaced this one). */
function giveUpOn<T>(promise: Promise<T>, signal: AbortSignal | undefined): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(new DOMException('Superseded', 'AbortError'));
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(new DOMException('Superseded', 'AbortError'));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/** Forgets every shared answer (tests; a page that knows its data changed). */
export function forgetSharedAnswers(): void {
  answers.clear();
}
