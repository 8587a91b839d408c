/**
 * Text in more than one language (SPEC-v1, "Text in more than one language"): any text a person
 * reads in a spec may be a string or an object of language tags, `{ "en": "Money", "cy": "Arian" }`.
 * The parser keeps such an object as a `LocalText`; `localize` turns every one into a plain string
 * for one language, once, where the model is made, so elements and view models only see strings.
 */
export class LocalText {
  /** Makes the type nominal: a plain object with the same fields is never mistaken for one. */
  // @ts-expect-error never read: a private field makes the type nominal
  private readonly isLocalText = true;
  constructor(readonly entries: Readonly<Record<string, string>>) {}

  /** The entry for a language: exact tag, then the primary subtag, else `en`, else the first entry. */
  in(lang: string | null | undefined): string {
    return textFor(this.entries, lang);
  }

  /** Written back as the object it was read from (a spec saved from the builder round-trips). */
  toJSON(): Readonly<Record<string, string>> {
    return this.entries;
  }

  static is(value: unknown): value is LocalText {
    return value instanceof LocalText;
  }
}

/** The entry of `entries` for `lang`: exact tag, then the primary subtag, else `en`, else the first. */
export function textFor(entries: Readonly<Record<string, string>>, lang: string | null | undefined): string {
  const keys = Object.keys(entries);
  const find = (tag: string) => keys.find((key) => key.toLowerCase() === tag);
  const wanted = (lang || 'en').toLowerCase();
  const primary = wanted.split('-')[0]!;
  const key =
    find(wanted) ??
    find(primary) ??
    keys.find((k) => k.toLowerCase().split('-')[0] === primary) ??
    find('en') ??
    keys.find((k) => k.toLowerCase().startsWith('en-')) ??
    keys[0];
  return key === undefined ? '' : entries[key]!;
}

/** A spec's type with every `LocalText` as the plain string for one language. */
export type Localized<T> = T extends LocalText
  ? string
  : T extends string | number | boolean | null | undefined
    ? T
    : T extends ReadonlyArray<infer E>
      ? Array<Localized<E>>
      : { [K in keyof T]: Localized<T[K]> };

/** Every `LocalText` inside `value` (a parsed spec or part of one) as its string for `lang`. */
export function localize<T>(value: T, lang: string | null | undefined): Localized<T> {
  if (LocalText.is(value)) return value.in(lang) as Localized<T>;
  // Parts without any LocalText are returned as they are (no copy of every data row).
  // A copy is made only from the first part that changes (a spec's hundreds of areas have none).
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const item: unknown = value[i];
      const localized = localize(item, lang);
      if (localized !== item) out ??= value.slice(0, i);
      out?.push(localized);
    }
    return (out ?? value) as Localized<T>;
  }
  if (value && typeof value === 'object') {
    let out: Record<string, unknown> | undefined;
    const keys = Object.keys(value);
    for (let i = 0; i < keys.length; i++) {
      const item = (value as Record<string, unknown>)[keys[i]!];
      const localized = localize(item, lang);
      if (localized !== item && !out) {
        out = {};
        for (let j = 0; j < i; j++) out[keys[j]!] = (value as Record<string, unknown>)[keys[j]!];
      }
      if (out) out[keys[i]!] = localized;
    }
    return (out ?? value) as Localized<T>;
  }
  return value as Localized<T>;
}

/**
 * Data rows for one language, in one loop: only a row's `note` and its group's `label` can be text in
 * several languages (the parser keeps no other field), so only rows with one are copied.
 */
export function localizeRows<R extends { note?: unknown; group?: { label: unknown } | undefined }>(rows: readonly R[], lang: string | null | undefined): Array<Localized<R>> {
  let out: R[] | undefined;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    const note = row.note;
    const label = row.group?.label;
    if (!LocalText.is(note) && !LocalText.is(label)) continue;
    out ??= rows.slice();
    const copy = { ...row };
    if (LocalText.is(note)) copy.note = note.in(lang);
    if (LocalText.is(label)) copy.group = { ...row.group!, label: label.in(lang) };
    out[i] = copy;
  }
  return (out ?? rows) as Array<Localized<R>>;
}

/** True when a parsed spec has text in more than one language anywhere (so a language change must rebuild). */
export function hasLocalText(value: unknown): boolean {
  if (LocalText.is(value)) return true;
  if (Array.isArray(value)) return value.some(hasLocalText);
  if (value && typeof value === 'object') return Object.values(value).some(hasLocalText);
  return false;
}
