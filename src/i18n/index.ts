import { en, type Messages } from './en.js';

export type { Messages };
// Plural rules (./plural.js) are the Welsh catalogue's own import: an English page never loads them.

/** The catalogues loaded so far. Each has the full type of the English one. */
const catalogues: Record<string, Messages> = { en };

/**
 * The other languages the library writes, loaded when a page first asks for one (a chunk of its
 * own: an English page never downloads the Welsh words). Node, the CLI and `lib/pure` load them all
 * at once (src/i18n/all.ts).
 */
const onDemand: Record<string, () => Promise<Messages>> = {
  cy: () => import('./cy.js').then((m) => m.cy),
};
const loading = new Map<string, Promise<Messages>>();

const known = (lang: string) => lang in catalogues || lang in onDemand;

/**
 * The supported language for a BCP 47 tag: the exact tag ("cy"), else its primary subtag ("cy-GB"
 * → "cy"), else English. The answer is a whole catalogue: a Welsh page never mixes in English keys.
 */
export function languageOf(tag: string | null | undefined): string {
  const lower = (tag || 'en').trim().toLowerCase();
  if (known(lower)) return lower;
  const primary = lower.split('-')[0] ?? 'en';
  return known(primary) ? primary : 'en';
}

/** Adds or replaces a language's messages. The catalogue must be complete (type `Messages`). */
export function registerMessages(lang: string, messages: Messages): void {
  catalogues[lang.toLowerCase()] = messages;
}

/** True when the catalogue of a language tag is loaded, so `messagesFor` gives its words now. */
export function messagesLoaded(lang: string | null | undefined): boolean {
  return languageOf(lang) in catalogues;
}

/** Loads (once) the catalogue of a language tag; resolves at once for a catalogue already there. */
export function loadMessages(lang: string | null | undefined): Promise<Messages> {
  const language = languageOf(lang);
  const loaded = catalogues[language];
  if (loaded) return Promise.resolve(loaded);
  let pending = loading.get(language);
  if (!pending) {
    pending = onDemand[language]!().then(
      (messages) => (catalogues[language] ??= messages),
      (error: unknown) => {
        loading.delete(language); // a failed download may be tried again
        throw error;
      },
    );
    loading.set(language, pending);
  }
  return pending;
}

/**
 * Whether `messages` holds the words that explain a problem (`spec`, `inlineJson`, `wheel.error`:
 * they arrive together, so `spec` stands for all three). Every catalogue does, but in dist/ the
 * English ones load only with the first problem (scripts/rollup-words.mjs): a page whose specs are
 * right never downloads them.
 */
export function problemWordsLoaded(messages: Messages): boolean {
  return 'spec' in messages;
}

/** Loads (once) the English words that explain a problem (see `problemWordsLoaded`), when they are not there yet (dist/). */
export function loadProblemWords(): Promise<unknown> {
  return problemWordsLoaded(en) ? Promise.resolve() : import('./problem-words.js');
}

/**
 * Runs a check that words the problems it finds (`messages`: its language's words). A problem found
 * before those words are loaded cannot be worded: the check fails reading them, so they are loaded
 * (`load`: how, e.g. saying in words when the download fails) and the check runs again. A check
 * that finds nothing never needs them.
 */
export async function withProblemWords<T>(messages: Messages, check: () => T, load: () => Promise<unknown> = loadProblemWords): Promise<T> {
  if (problemWordsLoaded(messages)) return check();
  try {
    return check();
  } catch {
    await load();
    return check();
  }
}

/**
 * The messages for a language tag ("cy", "en-GB"…): see `languageOf`. A catalogue not loaded yet
 * (`loadMessages`) gives English meanwhile: elements wait for theirs before drawing.
 */
export function messagesFor(lang: string | null | undefined): Messages {
  return catalogues[languageOf(lang)] ?? en;
}

/** A list as a whole phrase in the catalogue's language: "a, b and c", "a, b ac c". */
export function listInWords(items: string[], messages: Messages = en): string {
  return messages.common.list({ items });
}
