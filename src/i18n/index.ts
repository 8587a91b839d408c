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
