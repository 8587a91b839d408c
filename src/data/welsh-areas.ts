/**
 * The 22 Welsh councils and Wales, by GSS code, with the names StatsWales writes for them in English
 * and Welsh (lower case, accents removed, so "Ynys Môn" and "Ynys Mon" are one name). From the Welsh
 * Government's reference data and StatsWales' own area lookup (data/raw/wales/, see data/SOURCES.md),
 * including their spellings as published ("Sir Gaerfryddin"). A StatsWales download names its areas
 * only: this gives them their codes, so a spec can compare with Wales (W92000004) and map them.
 */
const NAMES: Array<[code: string, names: string[]]> = [
  ['W06000001', ['isle of anglesey', 'ynys mon']],
  ['W06000002', ['gwynedd']],
  ['W06000003', ['conwy']],
  ['W06000004', ['denbighshire', 'sir ddinbych']],
  ['W06000005', ['flintshire', 'sir y fflint', 'sir y flint']],
  ['W06000006', ['wrecsam', 'wrexham']],
  ['W06000008', ['ceredigion']],
  ['W06000009', ['pembrokeshire', 'sir benfro']],
  ['W06000010', ['carmarthenshire', 'sir gaerfryddin', 'sir gaerfyrddin']],
  ['W06000011', ['abertawe', 'swansea']],
  ['W06000012', ['castell-nedd port talbot', 'neath port talbot']],
  ['W06000013', ['bridgend', 'pen-y-bont ar ogwr']],
  ['W06000014', ['bro morgannwg', 'vale of glamorgan']],
  ['W06000015', ['caerdydd', 'cardiff']],
  ['W06000016', ['rhondda cynon taf']],
  ['W06000018', ['caerffili', 'caerphilly']],
  ['W06000019', ['blaenau gwent']],
  ['W06000020', ['torfaen']],
  ['W06000021', ['monmouthshire', 'sir fynwy']],
  ['W06000022', ['casnewydd', 'newport']],
  ['W06000023', ['powys']],
  ['W06000024', ['merthyr tudful', 'merthyr tydfil']],
  ['W92000004', ['cymru', 'wales']],
];

/** A name as the table keeps it: lower case, without accents, single spaces. */
export function plainName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Each name's code. */
export const WELSH_AREA_CODES: ReadonlyMap<string, string> = new Map(NAMES.flatMap(([code, names]) => names.map((name): [string, string] => [name, code])));
