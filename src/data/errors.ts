import { messagesFor, type Messages } from '../i18n/index.js';
import type { SpecIssue } from '../spec/issues.js';

export type LoadErrorKind =
  | 'status'
  | 'no-content'
  | 'html'
  | 'broken-json'
  | 'network'
  | 'redirect'
  | 'redirect-loop'
  | 'timeout'
  | 'too-big'
  | 'csv'
  | 'spec'
  | 'code';

/** A failure to load or read a spec, with a sentence for people and the facts behind it. */
export class LoadError extends Error {
  readonly kind: LoadErrorKind;
  readonly url: string | undefined;
  readonly status: number | undefined;
  readonly issues: SpecIssue[];
  /** The language the message is written in, when it is not the page's (a spec's own "lang"). */
  lang: string | undefined;

  /**
   * The sentence from the facts (URL, status…) in any language, where the failure can be shared by
   * elements in different languages (an answer fetched once for the page): see `inLanguage`.
   */
  readonly words: ((messages: Messages) => string) | undefined;

  constructor(
    kind: LoadErrorKind,
    message: string,
    details: { url?: string | undefined; status?: number; issues?: SpecIssue[]; words?: (messages: Messages) => string } = {},
  ) {
    super(message);
    this.name = 'LoadError';
    this.kind = kind;
    this.url = details.url;
    this.status = details.status;
    this.issues = details.issues ?? [];
    this.words = details.words;
  }

  /** The same failure said with `messages` (another element's language); itself when it cannot be said again. */
  inLanguage(messages: Messages): LoadError {
    if (!this.words) return this;
    return new LoadError(this.kind, this.words(messages), { url: this.url, status: this.status, issues: this.issues, words: this.words });
  }
}

/** The failure of a spec that breaks its rules: how many problems, where (the spec's URL), and the list. */
export function specError(issues: SpecIssue[], url: string | undefined, lang?: string): LoadError {
  const sentence = messagesFor(lang).spec.invalid({ count: issues.length });
  return new LoadError('spec', url ? `${url}: ${sentence}` : sentence, { url, issues });
}

/** A part of the library's own code, loaded on demand: what a reader is told did not download. */
export type CodePart = keyof Messages['common']['codeParts'];

/** The URL a failed `import()` was fetching, as the browser says it (Chromium and Firefox name it; Safari does not). */
function failedUrl(error: unknown): string | undefined {
  const text = error instanceof Error ? error.message : String(error);
  return /\b[a-z][\w+.-]*:\/\/\S+/i.exec(text)?.[0];
}

/**
 * A part of the library's code that could not be downloaded, said in words (the browser's own message
 * is in English and names no part): which part and from where. `inLanguage` says it again in an
 * element's language.
 */
export function codeError(part: CodePart, error: unknown, messages: Messages = messagesFor(undefined)): LoadError {
  const url = failedUrl(error);
  const words = (m: Messages) => m.common.codeFailed({ part: m.common.codeParts[part], url: url ?? '' });
  return new LoadError('code', words(messages), { url, words });
}

/**
 * Loads a part of the library (an `import()`); a failed download becomes `codeError`. The browser's
 * is a TypeError naming the import ("Failed to fetch dynamically imported module: …", "error loading
 * dynamically imported module: …", Safari's "Importing a module script failed."); any other error,
 * such as a TypeError thrown by the downloaded code as it runs, is passed on as it is.
 */
export function loadCode<T>(part: CodePart, load: () => Promise<T>): Promise<T> {
  return load().catch((error: unknown) => {
    throw error instanceof TypeError && /\bimport/i.test(error.message) ? codeError(part, error) : error;
  });
}
