import { cy } from './cy.js';
import { en, type Messages } from './en.js';

export type { Messages };
export { plural, type PluralForms } from './plural.js';

/** The languages the library writes. Each catalogue has the full type of the English one. */
const catalogues: Record<string, Messages> = { en, cy };

/**
 * The supported language for a BCP 47 tag: the exact tag ("cy"), else its primary subtag ("cy-GB"
 * → "cy"), else English. The answer is a whole catalogue: a Welsh page never mixes in English keys.
 */
export function languageOf(tag: string | null | undefined): string {
  const lower = (tag || 'en').trim().toLowerCase();
  if (catalogues[lower]) return lower;
  const primary = lower.split('-')[0] ?? 'en';
  return catalogues[primary] ? primary : 'en';
}

/** Adds or replaces a language's messages. The catalogue must be complete (type `Messages`). */
export function registerMessages(lang: string, messages: Messages): void {
  catalogues[lang.toLowerCase()] = messages;
}

/** The messages for a language tag ("cy", "en-GB"…): see `languageOf`. */
export function messagesFor(lang: string | null | undefined): Messages {
  return catalogues[languageOf(lang)]!;
}

/** A list as a whole phrase in the catalogue's language: "a, b and c", "a, b ac c". */
export function listInWords(items: string[], messages: Messages = en): string {
  return messages.common.list({ items });
}
