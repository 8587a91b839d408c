import { en, type Messages, type PartialMessages } from './en.js';

export type { Messages };

const catalogues: Record<string, PartialMessages> = { en };

/** Adds or replaces a language's messages; missing keys fall back to English. */
export function registerMessages(lang: string, messages: PartialMessages): void {
  catalogues[lang.toLowerCase()] = messages;
  cache.clear();
}

function merge<T extends object>(base: T, override: object | undefined): T {
  if (!override) return base;
  const out: Record<string, unknown> = { ...(base as Record<string, unknown>) };
  for (const [key, value] of Object.entries(override)) {
    const baseValue = (base as Record<string, unknown>)[key];
    out[key] =
      value && typeof value === 'object' && baseValue && typeof baseValue === 'object' && !Array.isArray(value)
        ? merge(baseValue as object, value as object)
        : value;
  }
  return out as T;
}

const cache = new Map<string, Messages>();

/** The messages for a language tag ("cy", "en-GB"…), falling back to English. */
export function messagesFor(lang: string | null | undefined): Messages {
  const tag = (lang || 'en').toLowerCase();
  const cached = cache.get(tag);
  if (cached) return cached;
  const primary = tag.split('-')[0] ?? 'en';
  const messages = merge(en, catalogues[tag] ?? catalogues[primary]);
  cache.set(tag, messages);
  return messages;
}

/** Joins words as a list: "a", "a and b", "a, b and c". */
export function listInWords(items: string[], messages: Messages = en): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${messages.common.and} ${items[items.length - 1]}`;
}
