import type { DataRow } from '../spec/schema.js';
import { FileReading, readTable, type DataFileResult } from './reading.js';

export interface FingertipsOptions {
  /** Keep only rows for this sex and age (as the file writes them, e.g. "Persons", "All ages"). */
  filter?: { sex?: string | undefined; age?: string | undefined } | undefined;
  /** fingertips-csv: keep only this indicator's rows (a file whose indicators each need their own `filter`). */
  indicator?: string | undefined;
}

type Column =
  | 'indicator'
  | 'indicatorName'
  | 'area'
  | 'areaName'
  | 'areaType'
  | 'parent'
  | 'parentName'
  | 'sex'
  | 'age'
  | 'categoryType'
  | 'category'
  | 'categoryOrder'
  | 'period'
  | 'value'
  | 'lower'
  | 'upper'
  | 'lower99_8'
  | 'upper99_8'
  | 'count'
  | 'denominator'
  | 'note'
  | 'comparedToEngland'
  | 'unit';

/**
 * Headers as the Fingertips exports spell them, with case, spaces, dots and underscores set aside:
 * "Indicator ID" (the all-data CSV), "IndicatorID" (fingertipsR, and the variant with underscores),
 * "IndicatorId" (FingertipsNext's export), "area_code" (tidied extracts).
 */
const ALIASES: Record<Column, string[]> = {
  indicator: ['indicatorid', 'indicator'],
  indicatorName: ['indicatorname', 'indicator'],
  area: ['areacode'],
  areaName: ['areaname'],
  areaType: ['areatype'],
  parent: ['parentcode'],
  parentName: ['parentname'],
  // Tidied extracts put sex in an "inequality" column.
  sex: ['sex', 'inequality'],
  age: ['age'],
  categoryType: ['categorytype'],
  category: ['category'],
  categoryOrder: ['categoryid'],
  period: ['timeperiod', 'period', 'year'],
  value: ['value'],
  lower: ['lowerci950limit', 'lowerci95limit', 'lowerci'],
  upper: ['upperci950limit', 'upperci95limit', 'upperci'],
  lower99_8: ['lowerci998limit'],
  upper99_8: ['upperci998limit'],
  count: ['count'],
  denominator: ['denominator'],
  note: ['valuenote'],
  comparedToEngland: ['comparedtoenglandvalueorpercentiles', 'comparedtoengland'],
  unit: ['unit'],
};

const normalise = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

/**
 * Reads a Fingertips CSV export: the "all data" CSV (`Indicator ID,Indicator Name,Parent Code,…`),
 * its variants (no spaces, underscores), FingertipsNext's data export (`IndicatorId,Category,…`) and
 * tidied extracts (`area_code,area_name,…,compared_to_England,inequality`).
 * - Indicator id = `Indicator ID`; its name, when the file has one, fills the indicator's title.
 * - `Category Type` and `Category` become a group (type = the Category Type text); deprivation
 *   deciles and quintiles are ordered most deprived = 1 (from `CategoryId` where given, else from
 *   the label: "Second most deprived decile" = 2, "Least deprived decile" = 10).
 * - When the file has several sexes or ages, the whole-area rows are those for `filter.sex` and
 *   `filter.age`; otherwise the other sexes become groups of type "Sex" (so a gap can compare them).
 * - "Compared to England" is kept as the publisher's comparison (`published`), for checking ours.
 */
export function readFingertipsCsv(text: string, file: string, options: FingertipsOptions = {}, lang?: string): DataFileResult {
  const reading = new FileReading(file, lang);
  const wantSex = options.filter?.sex?.trim().toLowerCase();
  const wantAge = options.filter?.age?.trim().toLowerCase();
  const wantIndicator = options.indicator?.trim();
  const agesByIndicator = new SetsByKey();
  const sexesByIndicator = new SetsByKey();

  // Rows of one sex or category share one group object (never changed after reading): not one per row.
  const groups = new Map<string, NonNullable<DataRow['group']>>();
  let last: NonNullable<DataRow['group']> | undefined;
  const sharedGroup = (type: string, label: string, order: number | undefined): NonNullable<DataRow['group']> => {
    // Rows of a group usually follow each other: the last one is checked before the map.
    if (last && last.label === label && last.type === type && last.order === order) return last;
    const key = `${type}\u241f${label}\u241f${order ?? ''}`;
    let group = groups.get(key);
    if (!group) groups.set(key, (group = order === undefined ? { type, label } : { type, label, order }));
    return (last = group);
  };
  // Rows whose sex may become a group, and that group: given once every row is read, for the
  // indicators with more than one sex (not given and taken back: a deleted field slows every later use of the row).
  const sexRows: number[] = [];
  const sexGroups: Array<NonNullable<DataRow['group']>> = [];

  readTable(text, reading, {
    normalise,
    aliases: ALIASES,
    required: ['indicator', 'area', 'period', 'value'],
    names: { indicator: 'Indicator ID', area: 'Area Code', period: 'Time period', value: 'Value' },
    columns: fingertipsColumns,
    row(cells, at, line) {
      const sex = cells.text(at.sex);
      const age = cells.text(at.age);
      // Sexes and ages repeat: each spelling is lower-cased once.
      const sexLower = sex ? lowerCase(sex) : undefined;
      if (wantSex && sexLower && sexLower !== wantSex) return;
      if (wantAge && age && lowerCase(age) !== wantAge) return;
      const indicator = cells.text(at.indicator);
      if (wantIndicator && indicator !== wantIndicator) return;
      const area = cells.text(at.area);
      const period = cells.text(at.period);
      if (!indicator || !area || !period) {
        reading.problem(reading.messages.load.missingCells, line);
        return;
      }
      const value = cells.number(at.value) ?? null;
      const lower = cells.number(at.lower);
      const upper = cells.number(at.upper);
      const lower99_8 = cells.number(at.lower99_8);
      const upper99_8 = cells.number(at.upper99_8);
      const count = cells.number(at.count);
      const denominator = cells.number(at.denominator);
      let row: DataRow;
      if (lower != null && upper != null && count != null && denominator != null && lower99_8 == null && upper99_8 == null) {
        // The usual row in one literal: its fields kept in the object itself, not in a second store
        // added and grown field by field (fewer allocations; same fields in the same order).
        row = { indicator, area, period, value, lower, upper, count, denominator };
      } else {
        row = { indicator, area, period, value };
        // Each field set by name (not by a key variable), so each store stays fast.
        if (lower != null) row.lower = lower;
        if (upper != null) row.upper = upper;
        if (lower99_8 != null) row.lower99_8 = lower99_8;
        if (upper99_8 != null) row.upper99_8 = upper99_8;
        if (count != null) row.count = count;
        if (denominator != null) row.denominator = denominator;
      }
      const note = cells.text(at.note);
      if (note) row.note = note;

      const category = cells.text(at.category);
      if (category) {
        const categoryType = unquote(cells.text(at.categoryType));
        const order = cells.number(at.categoryOrder) ?? deprivationOrder(category);
        row.group = sharedGroup(categoryType || 'Category', category, order ?? undefined);
      } else if (sex) {
        sexesByIndicator.add(indicator, sex);
        if (!wantSex && sexLower !== 'persons' && sexLower !== 'not applicable') {
          // No filter and rows by sex: each sex may be a group, so the gap element can compare them.
          sexRows.push(reading.rows.length);
          sexGroups.push(sharedGroup('Sex', sex, undefined));
        }
      }

      // Names are read the first time a code is met only (rows repeat them).
      if (!reading.indicators.has(indicator)) reading.indicator(indicator, { title: cells.text(at.indicatorName), unit: cells.text(at.unit) });
      const parent = cells.text(at.parent);
      if (!reading.areas.has(area)) reading.area(area, { name: cells.text(at.areaName), type: cells.text(at.areaType), parent: parent || undefined });
      if (parent && !reading.areas.has(parent)) reading.area(parent, { name: cells.text(at.parentName) });
      const compared = cells.text(at.comparedToEngland);
      if (compared) reading.compared('England', compared);
      if (age && !wantAge) agesByIndicator.add(indicator, age);
      reading.rows.push(row);
    },
  });
  // An indicator published for one sex only (suicide in males, say) has no groups by sex: its rows are the area's.
  const rows = reading.rows;
  for (let k = 0; k < sexRows.length; k++) {
    const row = rows[sexRows[k]!]!;
    if (sexesByIndicator.map.get(row.indicator)!.size > 1) row.group = sexGroups[k]!;
  }
  for (const [indicator, ages] of agesByIndicator.map) {
    if (ages.size > 1) reading.warn(reading.messages.load.severalAges({ indicator, ages: [...ages].map((a) => `"${a}"`).join(', ') }));
  }
  return reading.result();
}

/** Where each column is (-1 when the file has none), found once after the header. */
function fingertipsColumns(column: (key: Column) => number) {
  return {
    indicator: column('indicator'),
    indicatorName: column('indicatorName'),
    area: column('area'),
    areaName: column('areaName'),
    areaType: column('areaType'),
    parent: column('parent'),
    parentName: column('parentName'),
    sex: column('sex'),
    age: column('age'),
    categoryType: column('categoryType'),
    category: column('category'),
    categoryOrder: column('categoryOrder'),
    period: column('period'),
    value: column('value'),
    lower: column('lower'),
    upper: column('upper'),
    lower99_8: column('lower99_8'),
    upper99_8: column('upper99_8'),
    count: column('count'),
    denominator: column('denominator'),
    note: column('note'),
    comparedToEngland: column('comparedToEngland'),
    unit: column('unit'),
  } satisfies Record<Column, number>;
}

/** The values met under each key; a pair met on the row before is not looked up again (rows repeat them). */
class SetsByKey {
  readonly map = new Map<string, Set<string>>();
  private lastKey: string | undefined;
  private lastValue: string | undefined;

  add(key: string, value: string) {
    if (key === this.lastKey && value === this.lastValue) return;
    this.lastKey = key;
    this.lastValue = value;
    const set = this.map.get(key);
    if (set) set.add(value);
    else this.map.set(key, new Set([value]));
  }
}

const lowerCased = new Map<string, string>();
/** `text.toLowerCase()`, remembered: a file's few sexes and ages are met on every row. */
function lowerCase(text: string): string {
  let lower = lowerCased.get(text);
  if (lower === undefined) {
    if (lowerCased.size > 1000) lowerCased.clear();
    lowerCased.set(text, (lower = text.toLowerCase()));
  }
  return lower;
}

function setNumber(row: DataRow, key: 'lower' | 'upper' | 'lower99_8' | 'upper99_8' | 'count' | 'denominator', value: number | null | undefined) {
  if (value !== undefined && value !== null) (row as Record<string, unknown>)[key] = value;
}

/** FingertipsNext writes some category types inside literal quotes: `"County & UA deprivation deciles…"`. */
function unquote(text: string): string {
  return text.replace(/^"+|"+$/g, '').trim();
}

const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9 };

/**
 * The place of a deprivation category, most deprived = 1, read from its label as Fingertips writes
 * them: "Most deprived decile" 1, "Second most deprived decile" 2, "Third more deprived decile" 3,
 * "Fifth less deprived decile" 6, "Least deprived decile" 10; quintiles likewise ("Average deprived quintile" 3).
 */
export function deprivationOrder(label: string): number | undefined {
  const text = label.toLowerCase();
  const size = /\bdecile\b/.test(text) ? 10 : /\bquintile\b/.test(text) ? 5 : undefined;
  if (!size || !/deprived/.test(text)) return undefined;
  if (/\baverage\b/.test(text) && size === 5) return 3;
  const ordinal = /^(second|third|fourth|fifth|sixth|seventh|eighth|ninth)\b/.exec(text);
  const nth = ordinal ? ORDINALS[ordinal[1]!]! : 1;
  if (/\b(most|more) deprived\b/.test(text)) return nth;
  if (/\b(least|less) deprived\b/.test(text)) return size + 1 - nth;
  return undefined;
}

const POLARITY: Record<string, 'higher-is-better' | 'lower-is-better' | 'no-judgement'> = {
  highisgood: 'higher-is-better',
  lowisgood: 'lower-is-better',
  nojudgement: 'no-judgement',
  rag: 'no-judgement',
};

export interface NextHealthData {
  datePeriod?: { type?: string; from?: string; to?: string };
  year?: number;
  value?: unknown;
  lowerCi?: unknown;
  upperCi?: unknown;
  count?: unknown;
  denominator?: unknown;
  deprivation?: { sequence?: number; value?: string; type?: string; isAggregate?: boolean };
  sex?: { value?: string; isAggregate?: boolean };
  ageBand?: { value?: string; isAggregate?: boolean };
  benchmarkComparison?: { outcome?: string; benchmarkAreaCode?: string; benchmarkAreaName?: string; benchmarkValue?: unknown };
}

/** One sex and age of an area's points in a FingertipsNext response. */
interface NextSegment {
  sex?: { value?: string; isAggregate?: boolean };
  age?: { value?: string };
  healthData?: NextHealthData[];
}

/** One area of a FingertipsNext response. */
export interface NextArea {
  areaCode?: unknown;
  areaName?: unknown;
  indicatorSegments?: Array<NextSegment | null>;
  healthData?: NextHealthData[];
}

/** A label's text, trimmed; undefined when it has none. */
const labelOf = (labelled: { value?: unknown } | null | undefined): string | undefined =>
  typeof labelled?.value === 'string' ? labelled.value.trim() || undefined : undefined;

/**
 * The one walk over an area's points in a FingertipsNext response, shared by `readFingertipsJson`
 * and the builder's survey of sexes and ages, so both see the same points with the same labels.
 * Points sit under the area's segments (one sex and age each; a null segment has none); older
 * responses put them straight under the area (a newer one repeats them there: read only without
 * segments). `visit` gets each point, its JSON path, its sex and age (the point's own label, else its
 * segment's) and whether that sex is an aggregate (Persons) or one sex of several.
 */
export function eachNextPoint(
  area: NextArea,
  areaPath: string,
  visit: (point: NextHealthData, path: string, sex: string | undefined, age: string | undefined, sexIsAggregate: boolean | undefined) => void,
): void {
  const segments = Array.isArray(area.indicatorSegments) ? area.indicatorSegments : [];
  const lists: Array<[string, unknown, NextSegment]> = segments.map((segment, s) => [`${areaPath}.indicatorSegments[${s}].healthData`, segment?.healthData, segment ?? {}]);
  if (!segments.length) lists.push([`${areaPath}.healthData`, area.healthData, {}]);
  for (const [path, points, segment] of lists) {
    if (!Array.isArray(points)) continue;
    (points as NextHealthData[]).forEach((point, p) => {
      // The sex and whether it is an aggregate from the same label: a point's empty label leaves both to its segment.
      const sex = labelOf(point?.sex) !== undefined ? point.sex : segment.sex;
      visit(point, `${path}[${p}]`, labelOf(sex), labelOf(point?.ageBand) ?? labelOf(segment.age), sex?.isAggregate);
    });
  }
}

/**
 * Reads a FingertipsNext API health-data response (`GET /indicators/{id}/data`):
 * `areaHealthData[].indicatorSegments[].healthData[]` (or `areaHealthData[].healthData[]`).
 * Periods become ISO intervals (`2013-04-01/P1Y`, read as 2013/14). A segment for one sex becomes a
 * group of type "Sex" unless `filter.sex` picks it as the whole-area row; deprivation categories
 * become groups ordered most deprived = 1. The benchmark's value in `benchmarkComparison` becomes a
 * row for the benchmark area (when the response has none of its own), and the API's outcome is
 * kept as the publisher's comparison.
 */
export function readFingertipsJson(json: unknown, file: string, options: FingertipsOptions = {}, lang?: string): DataFileResult {
  const reading = new FileReading(file, lang);
  const m = reading.messages.load;
  const at = (path: string, message: string) => reading.problemAt(path, message);
  if (!json || typeof json !== 'object' || !Array.isArray((json as { areaHealthData?: unknown }).areaHealthData)) {
    at('areaHealthData', m.notFingertipsJson);
    return reading.result();
  }
  const response = json as { indicatorId?: unknown; name?: unknown; polarity?: unknown; areaHealthData: unknown[] };
  const indicator = response.indicatorId === undefined || response.indicatorId === null ? '' : String(response.indicatorId);
  if (!indicator) {
    at('indicatorId', m.missingField({ field: 'indicatorId' }));
    return reading.result();
  }
  const polarity = typeof response.polarity === 'string' ? POLARITY[response.polarity.toLowerCase()] : undefined;
  reading.indicator(indicator, { title: typeof response.name === 'string' ? response.name : undefined, polarity });
  const wantSex = options.filter?.sex?.trim().toLowerCase();
  const wantAge = options.filter?.age?.trim().toLowerCase();
  const benchmarkRows = new Map<string, DataRow>();
  const seen = new Set<string>();

  response.areaHealthData.forEach((areaData, a) => {
    const areaPath = `areaHealthData[${a}]`;
    const areaEntry = (areaData ?? {}) as NextArea;
    const { areaCode, areaName } = areaEntry;
    if (typeof areaCode !== 'string' || !areaCode.trim()) return at(`${areaPath}.areaCode`, m.missingField({ field: 'areaCode' }));
    const area = areaCode.trim();
    reading.area(area, { name: typeof areaName === 'string' ? areaName : undefined });

    eachNextPoint(areaEntry, areaPath, (point, here, sex, age, sexIsAggregate) => {
      if (wantSex && sex && sex.toLowerCase() !== wantSex) return;
      if (wantAge && age && age.toLowerCase() !== wantAge) return;
      const period = nextPeriod(point);
      if (!period) return at(`${here}.datePeriod`, m.missingField({ field: 'datePeriod' }));
      const value = jsonNumber(point.value, `${here}.value`);
      const row: DataRow = { indicator, area, period, value: value ?? null };
      setNumber(row, 'lower', jsonNumber(point.lowerCi, `${here}.lowerCi`));
      setNumber(row, 'upper', jsonNumber(point.upperCi, `${here}.upperCi`));
      setNumber(row, 'count', jsonNumber(point.count, `${here}.count`));
      setNumber(row, 'denominator', jsonNumber(point.denominator, `${here}.denominator`));
      const deprivation = point.deprivation;
      const sexIsGroup = sex && !wantSex && sexIsAggregate === false;
      if (deprivation && deprivation.isAggregate === false && deprivation.value) {
        const order = typeof deprivation.sequence === 'number' ? deprivation.sequence : deprivationOrder(deprivation.value);
        row.group = { type: deprivation.type || 'Deprivation', label: deprivation.value, ...(order === undefined ? {} : { order }) };
      } else if (sexIsGroup) row.group = { type: 'Sex', label: sex };
      const key = `${area}\u241f${period}\u241f${row.group ? `${row.group.type}\u241f${row.group.label}` : ''}`;
      if (seen.has(key)) return;
      seen.add(key);

      const comparison = point.benchmarkComparison;
      if (comparison?.outcome) reading.compared(comparison.benchmarkAreaCode || comparison.benchmarkAreaName || '', comparison.outcome);
      reading.rows.push(row);
      const benchmarkValue = jsonNumber(comparison?.benchmarkValue, `${here}.benchmarkComparison.benchmarkValue`);
      if (!row.group && comparison?.benchmarkAreaCode && typeof benchmarkValue === 'number') {
        reading.area(comparison.benchmarkAreaCode, { name: comparison.benchmarkAreaName });
        benchmarkRows.set(`${comparison.benchmarkAreaCode}\u241f${period}`, { indicator, area: comparison.benchmarkAreaCode, period, value: benchmarkValue });
      }
    });
  });
  for (const [key, row] of benchmarkRows) if (!seen.has(`${key}\u241f`)) reading.rows.push(row);
  return reading.result();

  function jsonNumber(value: unknown, path: string): number | null | undefined {
    if (value === undefined || value === null) return value === null ? null : undefined;
    if (typeof value === 'number' && Number.isFinite(value)) return value;
    at(path, m.notNumber({ got: typeof value === 'string' ? value : JSON.stringify(value) ?? String(value) }));
    return undefined;
  }
}

/** `{ from: "2013-04-01", to: "2014-03-31" }` → `2013-04-01/P1Y`; a bare `year` → "2013". */
function nextPeriod(point: NextHealthData | undefined): string | undefined {
  const from = /^(\d{4})-(\d{2})-(\d{2})/.exec(point?.datePeriod?.from ?? '');
  const to = /^(\d{4})-(\d{2})-(\d{2})/.exec(point?.datePeriod?.to ?? '');
  if (from && to) {
    const months = (Number(to[1]) - Number(from[1])) * 12 + (Number(to[2]) - Number(from[2])) + 1;
    if (months >= 1) return `${from[1]}-${from[2]}-${from[3]}/P${months % 12 === 0 ? `${months / 12}Y` : `${months}M`}`;
  }
  if (typeof point?.year === 'number' && Number.isInteger(point.year)) return String(point.year);
  return undefined;
}

/** For one indicator of a Fingertips CSV: how many rows each sex and each age has, and whether rows have categories. */
export interface SexesAndAges {
  sexes: Map<string, number>;
  ages: Map<string, number>;
  /** Rows of more than one sex carry categories (deprivation deciles, say): then sexes cannot become groups. */
  categories: boolean;
}

/**
 * The sexes and ages each indicator of a Fingertips CSV has, with their row counts, in one pass with
 * the same column names as readFingertipsCsv: what the builder offers as `filter` choices.
 */
export function fingertipsSexesAndAges(text: string, file: string): Map<string, SexesAndAges> {
  const found = new Map<string, SexesAndAges>();
  const count = (map: Map<string, number>, key: string | undefined) => {
    if (key) map.set(key, (map.get(key) ?? 0) + 1);
  };
  readTable(text, new FileReading(file), {
    normalise,
    aliases: ALIASES,
    required: ['indicator'],
    columns: fingertipsColumns,
    row(cells, at) {
      const indicator = cells.text(at.indicator);
      if (!indicator) return;
      let entry = found.get(indicator);
      if (!entry) found.set(indicator, (entry = { sexes: new Map(), ages: new Map(), categories: false }));
      count(entry.sexes, cells.text(at.sex));
      count(entry.ages, cells.text(at.age));
      if (cells.text(at.category)) entry.categories = true;
    },
  });
  return found;
}
