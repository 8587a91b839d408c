/**
 * Plural forms by `Intl.PluralRules`. Each language's catalogue names every form its language has
 * (English: one, other; Welsh: zero, one, two, few, many, other), so a missing form is a type error.
 */
export interface PluralForms {
  en: { one: string; other: string };
  cy: { zero: string; one: string; two: string; few: string; many: string; other: string };
}

const rules = new Map<string, Intl.PluralRules>();

/** The form of `forms` that `count` takes in `lang` (e.g. Welsh 2 → `two`, 6 → `many`). */
export function plural<L extends keyof PluralForms>(lang: L, count: number, forms: PluralForms[L]): string {
  let rule = rules.get(lang);
  if (!rule) rules.set(lang, (rule = new Intl.PluralRules(lang)));
  const category = rule.select(count) as keyof PluralForms[L];
  return ((forms as Record<string, string>)[category as string] ?? forms.other).replaceAll('{n}', String(count));
}
