/**
 * Small pieces of Welsh grammar the Welsh catalogue needs where a name from a spec follows a word
 * that mutates it: `i` "to" (soft), `a` "and" / `na` "than" / `â` "with" (aspirate), `yn` "in"
 * (nasal). Welsh place names mutate; English ones do not, and a program cannot tell them apart, so
 * mutation is applied only to names whose first word is in a short list of Welsh names (Wales, the
 * 22 councils, health boards, regions). Any other name is written as given. Listed in
 * docs/translation.md for a translator's review.
 */
const MUTATING_FIRST_WORDS = new Set([
  'Cymru', 'Lloegr', 'Caerdydd', 'Caerffili', 'Casnewydd', 'Castell-nedd', 'Ceredigion', 'Conwy', 'Bro',
  'Blaenau', 'Gwynedd', 'Pen-y-bont', 'Powys', 'Merthyr', 'Torfaen', 'Rhondda', 'Cwm', 'Betsi', 'Bae',
  'Gogledd', 'De', 'Canolbarth', 'Gorllewin', 'Dwyrain', 'Prydain', 'Cyngor', 'Bwrdd', 'Tref', 'Dinas',
]);

const VOWEL = /^[aeiouwyâêîôûŵŷáéíóúàèìòùäëïöü]/i;
/** Words after which "and" is "ac" though they start with a consonant. */
const AC_BEFORE = /^(mae|mai|mewn|megis|meddai|mor|fel|felly)\b/i;

function mutates(name: string): boolean {
  return MUTATING_FIRST_WORDS.has(name.split(/\s/)[0] ?? '');
}

function keepCase(original: string, replaced: string): string {
  return original[0] === original[0]!.toUpperCase() ? replaced[0]!.toUpperCase() + replaced.slice(1) : replaced;
}

function swap(name: string, table: Array<[string, string]>): string {
  if (!mutates(name)) return name;
  return swapAlways(name, table);
}

function swapAlways(name: string, table: Array<[string, string]>): string {
  const lower = name.toLowerCase();
  for (const [from, to] of table) {
    if (lower.startsWith(from)) return to ? keepCase(name, to + name.slice(from.length)) : keepCase(name, name.slice(from.length));
  }
  return name;
}

const SOFT: Array<[string, string]> = [['ch', 'ch'], ['ph', 'ph'], ['th', 'th'], ['ll', 'l'], ['rh', 'r'], ['p', 'b'], ['t', 'd'], ['c', 'g'], ['b', 'f'], ['d', 'dd'], ['g', ''], ['m', 'f']];
const ASPIRATE: Array<[string, string]> = [['ch', 'ch'], ['ph', 'ph'], ['th', 'th'], ['p', 'ph'], ['t', 'th'], ['c', 'ch']];
const NASAL: Array<[string, string]> = [['ch', 'ch'], ['ph', 'ph'], ['th', 'th'], ['p', 'mh'], ['t', 'nh'], ['c', 'ngh'], ['b', 'm'], ['d', 'n'], ['g', 'ng']];

/** Soft mutation of a Welsh name (Cymru → Gymru, Powys → Bowys). */
export const soft = (name: string): string => swap(name, SOFT);
/** Aspirate mutation of a Welsh name (Cymru → Chymru, Torfaen → Thorfaen). */
export const aspirate = (name: string): string => swap(name, ASPIRATE);

/**
 * Soft mutation of any Welsh word, for the catalogue's own words after "i" (month names:
 * "Ionawr i Fawrth", "Medi 2022 i Ionawr 2023"); a number or a vowel is left as it is.
 */
export const softWord = (word: string): string => swapAlways(word, SOFT);

/** "to" + name: "i Gymru". */
export const to = (name: string): string => `i ${soft(name)}`;

/** "and" before a word: "ac" before a vowel and a few words, else "a" with the aspirate mutation. */
export function and(next: string): string {
  return VOWEL.test(next) || AC_BEFORE.test(next) ? `ac ${next}` : `a ${aspirate(next)}`;
}

/** "than" + name: "nag Abertawe", "na Chymru". */
export const than = (name: string): string => (VOWEL.test(name) ? `nag ${name}` : `na ${aspirate(name)}`);

/** "with" + name: "ag Abertawe", "â Chymru". */
export const withName = (name: string): string => (VOWEL.test(name) ? `ag ${name}` : `â ${aspirate(name)}`);

/** "in" + name: "yng Nghymru", "ym Mhowys", "yn Abertawe". */
export function inName(name: string): string {
  const mutated = swap(name, NASAL);
  const lower = mutated.toLowerCase();
  if (mutated === name) return lower.startsWith('m') && mutates(name) ? `ym ${name}` : `yn ${name}`;
  return lower.startsWith('ng') ? `yng ${mutated}` : lower.startsWith('m') ? `ym ${mutated}` : `yn ${mutated}`;
}

/** A list as Welsh writes it: "x", "x a y", "x, y ac z". */
export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${and(items[items.length - 1]!)}`;
}
