/**
 * The builder page's logic, with no DOM: reading the files a person chose, putting together a spec
 * from them and the person's choices, finding its problems, and writing the HTML to paste (elements
 * with their spec inline, escaped, and a fallback table). The page (builder-page.ts) only wires
 * form controls to these functions, so everything here is unit-tested directly.
 */
import { eachNextPoint, fingertipsSexesAndAges, type NextArea, type SexesAndAges } from '../data/fingertips.js';
import { readDataFile } from '../data/read.js';
import { statsWalesView } from '../data/statswales.js';
import type { DataFileResult } from '../data/reading.js';
import { messagesFor, type Messages } from '../i18n/index.js';
import { Model } from '../model/model.js';
import { formatValue, numberStyle } from '../render/format.js';
import { toInlineJson } from '../spec/inline-json.js';
import type { SpecIssue } from '../spec/issues.js';
import { LocalText, localize } from '../spec/local-text.js';
import { parseSpec } from '../spec/parse.js';
import { indicatorSchema, type Area, type DataFormat, type DataRow, type Domain, type Framework, type Indicator, type Spec } from '../spec/schema.js';
import { fingertipsIndicators } from './data/fingertips-indicators.js';
import { startingFrameworks } from './data/frameworks.js';

export { startingFrameworks };

/** The elements the builder writes. */
export type ElementTag = 'indicator-trend' | 'inequality-gap' | 'wellbeing-wheel';
export const ELEMENT_TAGS: readonly ElementTag[] = ['indicator-trend', 'inequality-gap', 'wellbeing-wheel'];

/** What one chosen file gave: rows, and the areas, indicators and framework it names (if any). */
export interface ReadFile {
  name: string;
  format: string;
  rows: DataRow[];
  areas: Area[];
  indicators: Partial<Indicator>[];
  framework?: Framework | undefined;
  /** The spec's own title, in English and Welsh (a JSON spec may give both). */
  title?: { en: string; cy: string } | undefined;
  source?: Spec['source'];
  /** What the reader noticed but could still read (a low-reliability note, a changed encoding…). */
  warnings: string[];
  /**
   * A Fingertips file (CSV or API JSON) with several sexes or ages for an indicator: the values each such indicator
   * has (most rows first), and the one chosen (`filter` of SPEC-v1; "" for the sex: each sex a group).
   */
  sexAndAge?: Map<string, SexAndAgeChoice> | undefined;
  /** The file's text, kept to read it again when a sex or age is chosen. */
  text?: string | undefined;
  /** Reader options the file needed beyond its format (a wide spreadsheet's indicator id): written with its `data` entry. */
  readOptions?: { indicator: string } | undefined;
}

/** The sexes and ages an indicator has in its file, and the filter chosen for it. */
export interface SexAndAgeChoice {
  sexes: string[];
  ages: string[];
  /** Whether "each sex as a group" can be offered (rows by sex without categories). */
  sexGroups: boolean;
  filter: { sex: string; age: string };
}

/** The indicator fields a person edits on the page. */
export interface IndicatorFields {
  id: string;
  title: string;
  /** The title in Welsh; when given, the spec's title is `{ "en": title, "cy": titleCy }`. */
  titleCy: string;
  unit: string;
  polarity: Indicator['polarity'];
  valueType: string;
}

/** Everything the person chose on the page. */
export interface BuilderChoices {
  files: ReadFile[];
  title: string;
  /** The spec's title in Welsh; when given, the spec's title is `{ "en": title, "cy": titleCy }`. */
  titleCy: string;
  /** The framework (edited or not); undefined for none. */
  framework: Framework | undefined;
  frameworkSource?: Spec['source'] | undefined;
  indicators: IndicatorFields[];
  /** Which elements to write, with their shared attributes. */
  elements: ElementTag[];
  indicator: string;
  area: string;
  benchmark: string;
  /**
   * Where each file (by name) will be on the person's site. A file with an address is written as a
   * `data` entry (`url`, `format`, `filter`) the element reads; without one its rows go inline.
   */
  dataUrls: Record<string, string>;
  /** Include the line that loads the library, from `libraryUrl`. */
  includeLibrary: boolean;
  libraryUrl: string;
}

export const DEFAULT_LIBRARY_URL = 'https://unpkg.com/wellbeing-widgets/dist/wellbeing-widgets.js';

/** The value types of SPEC-v1's additions; offered on the page. */
export const VALUE_TYPES = ['proportion', 'crude-rate', 'standardised-rate', 'life-expectancy', 'mean', 'score', 'count', 'ratio', 'other'] as const;

/** True once the schema knows `valueType` (the statistics work adds it): until then it is not written. */
const schemaHasValueType = 'valueType' in (indicatorSchema as unknown as { shape: object }).shape;

/**
 * Text a spec may give in one language or several (a string, a parsed LocalText, or the plain
 * `{ "en": …, "cy": … }` the builder writes) as its English and its Welsh.
 */
export function textParts(text: unknown): { en: string; cy: string } {
  if (typeof text === 'string') return { en: text, cy: '' };
  const entries = LocalText.is(text) ? text.entries : text && typeof text === 'object' ? (text as Record<string, string>) : {};
  const first = Object.values(entries)[0] ?? '';
  return { en: entries.en ?? first, cy: entries.cy ?? '' };
}

/** English and Welsh as a spec writes them: the English alone when no Welsh is given. */
export function bilingual(en: string, cy: string): string | { en: string; cy: string } {
  return cy.trim() ? { en: en.trim(), cy: cy.trim() } : en.trim();
}

/** Text of a spec (one language or several) in one language (the Welsh where there is no English). */
export function textIn(text: unknown, lang = 'en'): string {
  const { en, cy } = textParts(text);
  return lang.toLowerCase().startsWith('cy') && cy ? cy : en || cy;
}

/** A framework as plain JSON (text in several languages as `{ "en", "cy" }` objects), safe to copy and edit. */
export function plainFramework(framework: Framework): Framework {
  return JSON.parse(JSON.stringify(framework)) as Framework;
}

/** A problem found in a file the person chose. */
export class FileProblem extends Error {}

/**
 * Checks rows (and a spec's other fields) as the elements will, with every area and indicator the
 * rows name counted as known: a file of rows names them without listing them, and the builder
 * lists them itself (assembleSpec).
 */
function checkFile(name: string, spec: Record<string, unknown>, lang: string | undefined): Spec {
  const rows = Array.isArray(spec.data) ? (spec.data as Array<Record<string, unknown>>) : [];
  const named = (key: string) => [...new Set(rows.map((r) => r?.[key]).filter((v): v is string => typeof v === 'string' && v !== ''))];
  const areas = Array.isArray(spec.areas) ? (spec.areas as Area[]) : [];
  const indicators = Array.isArray(spec.indicators) ? (spec.indicators as Indicator[]) : [];
  const knownAreas = new Set(areas.map((a) => a?.code));
  const knownIndicators = new Set(indicators.map((i) => i?.id));
  const parsed = parseSpec(
    {
      version: 1,
      ...spec,
      areas: [...areas, ...named('area').filter((c) => !knownAreas.has(c)).map((code) => ({ code, name: code }))],
      indicators: [...indicators, ...named('indicator').filter((id) => !knownIndicators.has(id)).map((id) => ({ id, title: id }))],
      data: rows,
    },
    lang,
  );
  if (!parsed.ok) {
    const problems = parsed.issues.slice(0, 5).map((i) => `${i.path}: ${i.message}`).join('; ');
    throw new FileProblem(messagesFor(lang).builder.fileProblems({ file: name, problems }));
  }
  const checked = parsed.spec as Spec;
  // Only what the file itself gave: the stand-in areas and indicators are not kept.
  return { ...checked, areas: checked.areas.slice(0, areas.length), indicators: checked.indicators.slice(0, indicators.length) };
}

/**
 * Which of the formats of SPEC-v1 ("Data files") a file is in, from its name and first line:
 * a Fingertips export (`Indicator ID`, or `Indicator_ID`), an ONS Explore Local Statistics file
 * (`areacd` … `observation`), this library's tidy CSV (`indicator,area,period,value`), else a wide
 * spreadsheet (one column per period). JSON: a FingertipsNext response, a spec, or rows.
 */
export function detectFormat(name: string, text: string): DataFormat | 'spec' {
  const body = text.replace(/^\uFEFF/, '');
  if (/\.json$/i.test(name) || /^\s*[[{]/.test(body)) {
    if (/"areaHealthData"\s*:/.test(body)) return 'fingertips-json';
    return /^\s*\{/.test(body) && /"version"\s*:/.test(body) ? 'spec' : 'json';
  }
  const header = (body.split(/\r?\n/, 1)[0] ?? '').toLowerCase().replace(/[_"]/g, ' ');
  if (/\bindicator ?id\b/.test(header) && /\barea ?code\b/.test(header)) return 'fingertips-csv';
  // A tidied Fingertips extract (area_code, …, value, compared_to_England): no indicator id column.
  if (/\barea ?code\b/.test(header) && /\bcompared to england\b/.test(header)) return 'fingertips-csv';
  if (/\bareacd\b/.test(header) && /\bobservation\b/.test(header)) return 'ons-csv';
  if (statsWalesView(header)) return 'statswales-csv';
  const columns = header.split(',').map((c) => c.trim());
  if (['indicator', 'area', 'period', 'value'].every((c) => columns.includes(c))) return 'csv';
  return 'wide-csv';
}

/** An indicator id from a file name, for a wide spreadsheet (one indicator per file). */
const idFromName = (name: string) => name.replace(/\.[^.]+$/, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'indicator';

/**
 * Reads one chosen file, in any format the library reads (the readers of src/data, the same as the
 * elements and the command line use). A JSON spec gives its areas, indicators, framework and rows.
 */
export function readFile(name: string, text: string, lang?: string, filters?: ReadonlyMap<string, { sex: string; age: string }>): ReadFile {
  const m = messagesFor(lang).builder;
  const body = text.replace(/^\uFEFF/, '');
  const format = detectFormat(name, body);
  if (format === 'spec') {
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch (error) {
      throw new FileProblem(m.notJson({ file: name, detail: error instanceof Error ? error.message : String(error) }));
    }
    const s = checkFile(name, json as Record<string, unknown>, lang);
    const plain = JSON.parse(JSON.stringify({ indicators: s.indicators, title: s.title })) as { indicators: Partial<Indicator>[]; title?: unknown };
    return {
      name,
      format,
      rows: s.data,
      areas: s.areas,
      indicators: plain.indicators,
      framework: s.framework ? plainFramework(s.framework) : undefined,
      title: plain.title === undefined ? undefined : textParts(plain.title),
      source: s.source,
      warnings: [],
    };
  }
  const fingertips = format === 'fingertips-csv' || format === 'fingertips-json' ? format : undefined;
  const survey = fingertips === 'fingertips-csv' ? fingertipsSexesAndAges(body, name) : fingertips ? fingertipsJsonSexesAndAges(body) : undefined;
  const sexAndAge = survey ? sexAndAgeChoices(survey, filters) : undefined;
  let result = sexAndAge && fingertips ? readFiltered(body, name, fingertips, lang, sexAndAge) : readDataFile(body, { format, url: name, lang });
  let readOptions: ReadFile['readOptions'];
  // A wide spreadsheet without titles over blocks of periods holds one indicator: name it after the file.
  if (format === 'wide-csv' && result.problems.length) {
    readOptions = { indicator: idFromName(name) };
    const named = readDataFile(body, { format, url: name, lang, ...readOptions });
    if (!named.problems.length) result = named;
  }
  const welshView = format === 'statswales-csv' && statsWalesView(body) === 'cy';
  if (result.problems.length) {
    const problems = result.problems.slice(0, 5).map((p) => (p.path && p.path !== name ? `${p.path}: ${p.message}` : p.message)).join('; ');
    throw new FileProblem(m.fileProblems({ file: name, problems }));
  }
  const checked = checkFile(name, { data: result.rows }, lang);
  return {
    name,
    format,
    rows: checked.data,
    areas: result.areas.map((a) => ({ code: a.code, name: a.name ?? a.code, ...(a.type ? { type: a.type } : {}) })),
    // The Welsh view of a StatsWales cube names its indicators in Welsh: their titles go in the Welsh box.
    indicators: result.indicators.map((i) => (welshView && typeof i.title === 'string' ? { ...i, title: { en: '', cy: i.title } } : { ...i })) as Partial<Indicator>[],
    warnings: [...new Set(result.warnings.map((w) => w.message))],
    ...(sexAndAge ? { sexAndAge, text: body } : {}),
    ...(readOptions ? { readOptions } : {}),
  };
}

/** Values by row count, most first (ties in the file's order). */
const byCount = (counts: Map<string, number>) => [...counts].sort((a, b) => b[1] - a[1]).map(([value]) => value);

/**
 * The sexes and ages of a FingertipsNext API response (its indicator's points, walked as
 * readFingertipsJson walks them: `eachNextPoint`), with their counts: the same survey as a Fingertips
 * CSV's. Empty when the text is not such a response (the reader then says why).
 */
function fingertipsJsonSexesAndAges(text: string): Map<string, SexesAndAges> {
  const found = new Map<string, SexesAndAges>();
  let json: { indicatorId?: unknown; areaHealthData?: unknown };
  try {
    json = JSON.parse(text) as typeof json;
  } catch {
    return found;
  }
  if (json?.indicatorId === undefined || json.indicatorId === null || !Array.isArray(json.areaHealthData)) return found;
  const entry: SexesAndAges = { sexes: new Map(), ages: new Map(), categories: false };
  const count = (map: Map<string, number>, key: string | undefined) => {
    if (key) map.set(key, (map.get(key) ?? 0) + 1);
  };
  json.areaHealthData.forEach((area: NextArea | null, a) =>
    eachNextPoint(area ?? {}, `areaHealthData[${a}]`, (point, _path, sex, age) => {
      count(entry.sexes, sex);
      count(entry.ages, age);
      if (point?.deprivation?.isAggregate === false && point.deprivation.value) entry.categories = true;
    }),
  );
  found.set(String(json.indicatorId), entry);
  return found;
}

/**
 * For each indicator of a Fingertips file (CSV or API JSON) with several sexes or ages, what to offer
 * and what to start from: "Persons" (else the commonest sex), or each sex as a group where rows by
 * sex have no categories; "All ages" (else the commonest age). Undefined when no indicator needs a choice.
 */
function sexAndAgeChoices(survey: Map<string, SexesAndAges>, given?: ReadonlyMap<string, { sex: string; age: string }>): Map<string, SexAndAgeChoice> | undefined {
  const choices = new Map<string, SexAndAgeChoice>();
  const needed = [...survey.values()].some((s) => s.sexes.size > 1 || s.ages.size > 1);
  if (!needed) return undefined;
  for (const [indicator, found] of survey) choices.set(indicator, sexAndAgeChoice(found, given?.get(indicator)));
  return choices;
}

function sexAndAgeChoice(found: SexesAndAges, given: { sex: string; age: string } | undefined): SexAndAgeChoice {
  const sexes = byCount(found.sexes);
  const ages = byCount(found.ages);
  const sexGroups = sexes.length > 1 && !found.categories;
  const persons = sexes.find((s) => s.toLowerCase() === 'persons');
  const allAges = ages.find((a) => a.toLowerCase() === 'all ages');
  const sex = given && (sexes.includes(given.sex) || (given.sex === '' && sexGroups)) ? given.sex : sexGroups || sexes.length < 2 ? '' : (persons ?? sexes[0]!);
  const age = given && ages.includes(given.age) ? given.age : (allAges ?? ages[0] ?? '');
  return { sexes, ages, sexGroups, filter: { sex, age } };
}

/**
 * Reads a Fingertips file once per distinct sex-and-age choice, keeping from each pass only the rows
 * of the indicators that chose it (one `filter` applies to a whole file; here each indicator has its own).
 */
function readFiltered(text: string, name: string, format: 'fingertips-csv' | 'fingertips-json', lang: string | undefined, choices: Map<string, SexAndAgeChoice>): DataFileResult {
  const passes = new Map<string, { filter: { sex: string; age: string }; indicators: Set<string> }>();
  for (const [indicator, { filter }] of choices) {
    const key = JSON.stringify([filter.sex, filter.age]);
    const pass = passes.get(key) ?? { filter, indicators: new Set<string>() };
    pass.indicators.add(indicator);
    passes.set(key, pass);
  }
  const merged: DataFileResult = { rows: [], areas: [], indicators: [], problems: [], warnings: [], published: [] };
  const areas = new Set<string>();
  for (const { filter, indicators } of passes.values()) {
    const result = readDataFile(text, { format, url: name, lang, filter: { sex: filter.sex || undefined, age: filter.age || undefined } });
    merged.problems.push(...result.problems);
    merged.warnings.push(...result.warnings);
    merged.rows.push(...result.rows.filter((r) => indicators.has(r.indicator)));
    merged.indicators.push(...result.indicators.filter((i) => indicators.has(i.id)));
    for (const area of result.areas) {
      if (areas.has(area.code)) continue;
      areas.add(area.code);
      merged.areas.push(area);
    }
    if (merged.problems.length) break;
  }
  // In the file's order of indicators, as one pass would give.
  const order = [...choices.keys()];
  merged.indicators.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return merged;
}

/** The file read again with another sex or age for one indicator. */
export function withSexAndAge(file: ReadFile, indicator: string, filter: { sex?: string; age?: string }, lang?: string): ReadFile {
  if (!file.sexAndAge || !file.text) return file;
  const filters = new Map([...file.sexAndAge].map(([id, c]) => [id, c.filter]));
  const current = filters.get(indicator);
  if (!current) return file;
  filters.set(indicator, { sex: filter.sex ?? current.sex, age: filter.age ?? current.age });
  return readFile(file.name, file.text, lang, filters);
}

/** The sex and age choice of an indicator, from the file that holds it (if it needs one). */
export function sexAndAgeOf(files: readonly ReadFile[], indicator: string): { file: ReadFile; choice: SexAndAgeChoice } | undefined {
  for (const file of files) {
    const choice = file.sexAndAge?.get(indicator);
    if (choice && (choice.sexes.length > 1 || choice.ages.length > 1)) return { file, choice };
  }
  return undefined;
}

/** Areas in the order the files first name them; a file's own names win over a bare code. */
export function areasOf(files: readonly ReadFile[]): Area[] {
  const areas = new Map<string, Area>();
  for (const file of files) for (const area of file.areas) if (!areas.has(area.code)) areas.set(area.code, area);
  for (const file of files) for (const row of file.rows) if (!areas.has(row.area)) areas.set(row.area, { code: row.area, name: row.area });
  return [...areas.values()];
}

/**
 * The indicators the files hold, with their fields pre-filled: from the file, else from Fingertips'
 * metadata where the id is a Fingertips indicator id, else from the id itself.
 */
export function indicatorsOf(files: readonly ReadFile[]): IndicatorFields[] {
  const given = new Map<string, Partial<Indicator>>();
  for (const file of files) for (const indicator of file.indicators) if (indicator.id && !given.has(indicator.id)) given.set(indicator.id, indicator);
  const ids = new Set<string>([...given.keys()]);
  for (const file of files) for (const row of file.rows) ids.add(row.indicator);
  return [...ids].map((id) => {
    const own = given.get(id) ?? {};
    const known = fingertipsIndicators[id];
    const title = own.title === undefined ? undefined : textParts(own.title);
    return {
      id,
      // Only a Welsh title (a Welsh StatsWales view): the English box is left for the author.
      title: title?.en || (title?.cy ? '' : known?.title || id),
      titleCy: title?.cy ?? '',
      unit: own.unit ?? known?.unit ?? '',
      polarity: own.polarity ?? known?.polarity ?? 'no-judgement',
      valueType: (own as { valueType?: string }).valueType ?? known?.valueType ?? '',
    };
  });
}

/** The first area with a value for the indicator that is not the benchmark, else the first area. */
function defaultArea(files: readonly ReadFile[], indicator: string, benchmark: string): string {
  const rows = files.flatMap((f) => f.rows).filter((r) => r.indicator === indicator && r.value !== null);
  return rows.find((r) => r.area !== benchmark)?.area ?? rows[0]?.area ?? areasOf(files)[0]?.code ?? '';
}

/** England (E92000001) when the files have it, else the first file's benchmark choice: none. */
function defaultBenchmark(files: readonly ReadFile[]): string {
  const codes = areasOf(files).map((a) => a.code);
  return codes.includes('E92000001') ? 'E92000001' : codes.includes('W92000004') ? 'W92000004' : '';
}

/** A trend, unless the indicator's rows are all by group (deprivation tenths, say): then a gap. */
function defaultElement(files: readonly ReadFile[], indicator: string): ElementTag {
  const rows = files.flatMap((f) => f.rows).filter((r) => r.indicator === indicator && r.value !== null);
  return rows.length && rows.every((r) => r.group) ? 'inequality-gap' : 'indicator-trend';
}

/**
 * The choices the page starts from once files are chosen: a trend of the first indicator for the
 * first area (that is not the benchmark), the files' own framework if they have one.
 */
export function defaultChoices(files: ReadFile[]): BuilderChoices {
  const indicators = indicatorsOf(files);
  const framework = files.find((f) => f.framework)?.framework;
  const benchmark = defaultBenchmark(files);
  const indicator = indicators[0]?.id ?? '';
  return {
    files,
    title: files.find((f) => f.title)?.title?.en ?? '',
    titleCy: files.find((f) => f.title)?.title?.cy ?? '',
    framework: framework ? structuredClone(framework) : undefined,
    frameworkSource: undefined,
    indicators,
    elements: [defaultElement(files, indicator)],
    indicator,
    area: defaultArea(files, indicator, benchmark),
    benchmark,
    includeLibrary: true,
    dataUrls: {},
    libraryUrl: DEFAULT_LIBRARY_URL,
  };
}

/** Keeps the person's choices when files change, filling in what no longer fits. */
export function withFiles(choices: BuilderChoices, files: ReadFile[]): BuilderChoices {
  const fresh = defaultChoices(files);
  const edited = new Map(choices.indicators.map((i) => [i.id, i]));
  const indicators = fresh.indicators.map((i) => edited.get(i.id) ?? i);
  const ids = new Set(indicators.map((i) => i.id));
  const codes = new Set(areasOf(files).map((a) => a.code));
  return {
    ...choices,
    files,
    indicators,
    ...(choices.title || choices.titleCy ? {} : { title: fresh.title, titleCy: fresh.titleCy }),
    framework: choices.framework ?? fresh.framework,
    indicator: ids.has(choices.indicator) ? choices.indicator : fresh.indicator,
    area: codes.has(choices.area) ? choices.area : fresh.area,
    benchmark: codes.has(choices.benchmark) ? choices.benchmark : fresh.benchmark,
  };
}

/** A copy of a starting framework (its domains empty of indicators), or undefined for none. */
export function startingFramework(key: string): { framework: Framework; source: Spec['source'] } | undefined {
  const found = startingFrameworks.find((f) => f.key === key);
  return found ? { framework: structuredClone(found.framework), source: found.source } : undefined;
}

/** Every domain of the framework, inner ring first, each with the path of labels leading to it. */
export function domainList(framework: Framework | undefined, lang = 'en'): Array<{ domain: Domain; path: string }> {
  const out: Array<{ domain: Domain; path: string }> = [];
  const walk = (domains: readonly Domain[], parents: string[]) => {
    for (const domain of domains) {
      const label = textIn(domain.label, lang);
      out.push({ domain, path: [...parents, label].join(' › ') });
      if (domain.children) walk(domain.children, [...parents, label]);
    }
  };
  if (framework) walk(framework.domains, []);
  return out;
}

/** Puts an indicator in a domain (or takes it out), returning a new framework. */
export function placeIndicator(framework: Framework, domainId: string, indicator: string, placed: boolean): Framework {
  const copy = structuredClone(framework);
  const target = domainList(copy).find((d) => d.domain.id === domainId)?.domain;
  if (target) {
    const list = (target.indicators ?? []).filter((id) => id !== indicator);
    target.indicators = placed ? [...list, indicator] : list;
  }
  return copy;
}

function indicatorEntry(fields: IndicatorFields, given: Partial<Indicator> | undefined): Record<string, unknown> {
  const entry: Record<string, unknown> = { ...given, id: fields.id, title: bilingual(fields.title.trim() || fields.id, fields.titleCy), polarity: fields.polarity };
  if (fields.unit.trim()) entry.unit = fields.unit.trim();
  else delete entry.unit;
  if (schemaHasValueType && fields.valueType) entry.valueType = fields.valueType;
  else delete entry.valueType;
  return entry;
}

/** How a spec carries its data: the rows themselves, or (`hosted`) each file's `data` entry where the person gave its address. */
export interface DataChoice {
  /** Write `data` entries for files with an address (the spec file, the HTML to paste); else rows (the preview, checks, tables). */
  hosted?: boolean;
}

/** The indicator ids a file holds (its rows' and those it names). */
function indicatorIdsOf(file: ReadFile): Set<string> {
  return new Set([...file.indicators.map((i) => i.id).filter((id): id is string => !!id), ...file.rows.map((r) => r.indicator)]);
}

/** A `data` entry's format for a file the builder read (a JSON spec is read as rows in an object with `data`). */
const refFormat = (file: ReadFile): DataFormat => (file.format === 'spec' ? 'json' : (file.format as DataFormat));

/**
 * A hosted file's `data` entries for the indicators a spec needs (SPEC-v1, "Data files"): its address,
 * format and reader options, and for a Fingertips file the sex and age chosen as `filter`. One
 * `filter` applies to a whole file, so when the indicators needed chose different ones, each gets
 * its own entry naming its `indicator`.
 */
function dataRefs(file: ReadFile, url: string, needed: ReadonlySet<string> | undefined): Array<Record<string, unknown>> {
  const ids = [...indicatorIdsOf(file)].filter((id) => !needed || needed.has(id));
  if (!ids.length) return [];
  const base = { url, format: refFormat(file), ...file.readOptions };
  if (!file.sexAndAge) return [base];
  const filterOf = (id: string) => {
    const chosen = file.sexAndAge!.get(id)?.filter;
    const filter = { ...(chosen?.sex ? { sex: chosen.sex } : {}), ...(chosen?.age ? { age: chosen.age } : {}) };
    return Object.keys(filter).length ? filter : undefined;
  };
  const distinct = new Set(ids.map((id) => JSON.stringify(filterOf(id) ?? null)));
  if (distinct.size === 1) {
    const filter = filterOf(ids[0]!);
    return [{ ...base, ...(filter ? { filter } : {}) }];
  }
  return ids.map((id) => {
    const filter = filterOf(id);
    return { ...base, indicator: id, ...(filter ? { filter } : {}) };
  });
}

/** The address given for a file, or "" (a JSON spec's rows and files without one stay inline). */
const hostedAt = (choices: BuilderChoices, file: ReadFile) => (choices.dataUrls?.[file.name] ?? '').trim();

/**
 * The files whose data a spec needs (those with one of the indicators), and whether each is hosted.
 * Rows and `data` entries cannot be mixed in one spec: the data goes inline unless every file needed has an address.
 */
function dataOf(choices: BuilderChoices, indicators: ReadonlySet<string> | undefined, areas: ReadonlySet<string> | undefined, how: DataChoice): unknown[] {
  const files = choices.files.filter((f) => !indicators || [...indicatorIdsOf(f)].some((id) => indicators.has(id)));
  if (how.hosted && files.length && files.every((f) => hostedAt(choices, f))) return files.flatMap((f) => dataRefs(f, hostedAt(choices, f), indicators));
  return files.flatMap((f) => f.rows).filter((r) => (!indicators || indicators.has(r.indicator)) && (!areas || areas.has(r.area)));
}

/** Some files have an address and some needed by the same spec do not: say so (the data then goes inline). */
export function mixedHosting(choices: BuilderChoices): boolean {
  const hosted = choices.files.filter((f) => hostedAt(choices, f));
  return hosted.length > 0 && hosted.length < choices.files.length;
}

/**
 * The whole spec: the areas and indicators (with the person's fields), the framework with the
 * indicators placed in its domains, and every row of every file (or, `hosted`, the files' `data`
 * entries). This is the spec file a person takes away.
 */
export function assembleSpec(choices: BuilderChoices, how: DataChoice = {}): Record<string, unknown> {
  const given = new Map<string, Partial<Indicator>>();
  for (const file of choices.files) for (const i of file.indicators) if (i.id && !given.has(i.id)) given.set(i.id, i);
  const source = choices.files.find((f) => f.source)?.source ?? choices.frameworkSource;
  const spec: Record<string, unknown> = { version: 1 };
  if (choices.title.trim() || choices.titleCy.trim()) spec.title = bilingual(choices.title.trim() || choices.titleCy, choices.titleCy);
  if (source) spec.source = source;
  if (choices.framework) spec.framework = choices.framework;
  spec.areas = areasOf(choices.files);
  if (choices.benchmark) spec.benchmark = choices.benchmark;
  spec.indicators = choices.indicators.map((fields) => indicatorEntry(fields, given.get(fields.id)));
  spec.data = dataOf(choices, undefined, undefined, how);
  return spec;
}

/** Indicator ids the framework places in its domains. */
function placedIndicators(framework: Framework | undefined): Set<string> {
  return new Set(domainList(framework).flatMap((d) => d.domain.indicators ?? []));
}

/**
 * The spec one element needs and nothing more (a pasted page stays small): the rows of its
 * indicator(s) for its area and the benchmark, or (`hosted`) the `data` entries of their files.
 */
export function specForElement(spec: Record<string, unknown>, tag: ElementTag, choices: BuilderChoices, how: DataChoice = {}): Record<string, unknown> {
  const areas = new Set([choices.area, choices.benchmark].filter(Boolean));
  const indicators = tag === 'wellbeing-wheel' ? placedIndicators(choices.framework) : new Set([choices.indicator]);
  const { framework, ...rest } = spec;
  return {
    ...rest,
    ...(tag === 'wellbeing-wheel' && framework ? { framework } : {}),
    areas: (spec.areas as Area[]).filter((a) => areas.has(a.code)),
    indicators: (spec.indicators as Indicator[]).filter((i) => indicators.has(i.id)),
    data: dataOf(choices, indicators, areas, how),
  };
}

/** The attributes each element is written with. */
export function elementAttributes(tag: ElementTag, choices: BuilderChoices): Array<[string, string]> {
  const attributes: Array<[string, string]> = [];
  if (tag !== 'wellbeing-wheel') attributes.push(['indicator', choices.indicator]);
  attributes.push(['area', choices.area]);
  return attributes.filter(([, value]) => value);
}

/** Every problem in words: the spec's own (with JSON paths) and what the chosen elements need. */
export function findProblems(choices: BuilderChoices, lang?: string): SpecIssue[] {
  const m = messagesFor(lang).builder;
  if (!choices.files.length) return [{ path: '(files)', message: m.noFiles }];
  const spec = assembleSpec(choices);
  const parsed = parseSpec(spec, lang);
  const issues: SpecIssue[] = parsed.ok ? [] : [...parsed.issues];
  if (!choices.elements.length) issues.push({ path: '(elements)', message: m.noElements });
  if (mixedHosting(choices)) issues.push({ path: '(data)', message: m.someHosted });
  else if (parsed.ok && choices.files.some((f) => hostedAt(choices, f))) {
    // The spec that reads the hosted files must be valid too (an address is written as given).
    // Without an address it is the spec just checked.
    const hosted = parseSpec(assembleSpec(choices, { hosted: true }), lang);
    if (!hosted.ok) issues.push(...hosted.issues);
  }
  const rows = spec.data as DataRow[];
  const title = (id: string) => choices.indicators.find((i) => i.id === id)?.title ?? id;
  const areaName = (code: string) => areasOf(choices.files).find((a) => a.code === code)?.name ?? code;
  const wantsIndicator = choices.elements.some((t) => t !== 'wellbeing-wheel');
  const valued = rows.filter((r) => r.indicator === choices.indicator && r.area === choices.area && r.value !== null);
  if (wantsIndicator && !valued.length) {
    issues.push({ path: '(indicator, area)', message: m.noValues({ indicator: title(choices.indicator), area: areaName(choices.area) }) });
  } else if (choices.elements.includes('indicator-trend') && valued.every((r) => r.group)) {
    issues.push({ path: '(indicator-trend)', message: m.onlyGroups({ indicator: title(choices.indicator), area: areaName(choices.area) }) });
  }
  if (choices.elements.includes('inequality-gap') && !rows.some((r) => r.indicator === choices.indicator && r.area === choices.area && r.group)) {
    issues.push({ path: '(inequality-gap)', message: m.noGroups({ indicator: title(choices.indicator), area: areaName(choices.area) }) });
  }
  if (choices.elements.includes('wellbeing-wheel')) {
    if (!choices.framework) issues.push({ path: '(wellbeing-wheel)', message: m.wheelNeedsFramework });
    else if (!placedIndicators(choices.framework).size) issues.push({ path: 'framework.domains', message: m.nothingPlaced });
  }
  return issues;
}

/** Text for HTML: `&`, `<`, `>`, `"` and `'` written as character references. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** One column of a fallback table: the heading and the text of each cell. */
interface TableData {
  caption: string;
  head: string[];
  rows: string[][];
}

function styleFor(model: Model, indicator: Indicator, rows: DataRow[]) {
  return numberStyle(indicator, rows.length ? rows : model.rows(indicator.id), 'en');
}

function describeValue(row: DataRow | undefined, style: ReturnType<typeof numberStyle>, m: Messages): string {
  if (!row || row.value === null) return m.common.noData;
  const value = formatValue(row.value, style);
  return typeof row.lower === 'number' && typeof row.upper === 'number'
    ? `${value} (${formatValue(row.lower, style)} ${m.builder.to} ${formatValue(row.upper, style)})`
    : value;
}

/** What the fallback table of an element shows: the numbers the element draws, as text. */
export function fallbackTableData(parsed: Spec, tag: ElementTag, choices: BuilderChoices, lang?: string): TableData {
  const m = messagesFor(lang);
  const model = new Model(parsed, lang);
  // Text given in English and Welsh, in the page's language.
  const spec = localize(parsed, lang) as unknown as Spec;
  const area = model.areaName(choices.area);
  const benchmark = choices.benchmark && choices.benchmark !== choices.area ? choices.benchmark : '';
  if (tag === 'wellbeing-wheel') {
    const head = [m.builder.domain, m.builder.indicator, m.builder.period, area, ...(benchmark ? [model.areaName(benchmark)] : [])];
    const rows: string[][] = [];
    for (const { domain, path } of domainList(spec.framework)) {
      for (const id of domain.indicators ?? []) {
        const indicator = model.indicator(id);
        if (!indicator) continue;
        const period = model.latestPeriod(id, choices.area);
        const style = styleFor(model, indicator, model.rows(id));
        const cell = (code: string) => describeValue(period ? model.row(id, code, period) : undefined, style, m);
        rows.push([path, indicator.title, period ? model.periodLabel(period) : m.common.noData, cell(choices.area), ...(benchmark ? [cell(benchmark)] : [])]);
      }
    }
    return { caption: `${spec.framework?.title ?? spec.title ?? ''}: ${area}`, head, rows };
  }
  const indicator = model.indicator(choices.indicator);
  if (!indicator) return { caption: choices.indicator, head: [], rows: [] };
  const style = styleFor(model, indicator, model.rows(indicator.id));
  const unit = indicator.unit ? ` (${indicator.unit})` : '';
  if (tag === 'inequality-gap') {
    // The element shows the first kind of group (a file may have two kinds of deprivation decile),
    // in the latest period that has it.
    const type = model.groupTypes(indicator.id, choices.area)[0];
    const withGroups = model.series(indicator.id, choices.area).filter((point) => model.groups(indicator.id, choices.area, point.period, type).some((r) => r.value !== null));
    const period = withGroups.at(-1)?.period ?? '';
    const groups = period ? model.groups(indicator.id, choices.area, period, type) : [];
    return {
      caption: `${indicator.title}: ${area}, ${model.periodLabel(period)}`,
      head: [m.builder.group, `${m.builder.value}${unit}`],
      rows: groups.map((row) => [row.group?.label ?? '', describeValue(row, style, m)]),
    };
  }
  const areas = [choices.area, ...(benchmark ? [benchmark] : [])];
  return {
    caption: `${indicator.title}: ${areas.map((code) => model.areaName(code)).join(` ${m.builder.and} `)}`,
    head: [m.builder.period, ...areas.map((code) => `${model.areaName(code)}${unit}`)],
    rows: model.series(indicator.id, choices.area).map((point) => [point.label, ...areas.map((code) => describeValue(model.row(indicator.id, code, point.period), style, m))]),
  };
}

/** The fallback table as HTML, every text escaped. */
export function fallbackTableHtml(table: TableData, indent = '  '): string {
  const cells = (tag: string, texts: string[]) => texts.map((t) => `<${tag}>${escapeHtml(t)}</${tag}>`).join('');
  return [
    `${indent}<table>`,
    `${indent}  <caption>${escapeHtml(table.caption)}</caption>`,
    `${indent}  <thead><tr>${cells('th', table.head)}</tr></thead>`,
    `${indent}  <tbody>`,
    ...table.rows.map((row) => `${indent}    <tr>${row.map((t, i) => (i === 0 ? `<th scope="row">${escapeHtml(t)}</th>` : `<td>${escapeHtml(t)}</td>`)).join('')}</tr>`),
    `${indent}  </tbody>`,
    `${indent}</table>`,
  ].join('\n');
}

/**
 * The HTML to paste: (optionally) the line that loads the library, then each chosen element with its
 * spec inline (every `<` written `\u003c`, so nothing in it can end the block) and a fallback table.
 */
export function writeSnippet(choices: BuilderChoices, lang?: string): string {
  const spec = assembleSpec(choices);
  const parts: string[] = [];
  if (choices.includeLibrary && choices.libraryUrl.trim()) parts.push(`<script type="module" src="${escapeHtml(choices.libraryUrl.trim())}"></script>`);
  for (const tag of choices.elements) {
    // The spec pasted reads the hosted files; the fallback table has the numbers the builder read.
    const own = specForElement(spec, tag, choices, { hosted: true });
    const parsed = parseSpec(specForElement(spec, tag, choices), lang);
    const attributes = elementAttributes(tag, choices)
      .map(([name, value]) => ` ${name}="${escapeHtml(value)}"`)
      .join('');
    const json = inlineSpecText(own, '    ');
    const table = parsed.ok ? fallbackTableHtml(fallbackTableData(parsed.spec as Spec, tag, choices, lang)) : '';
    parts.push(`<${tag}${attributes}>\n  <script type="application/json">\n${json}\n  </script>\n${table}${table ? '\n' : ''}</${tag}>`);
  }
  return parts.join('\n\n') + '\n';
}

/**
 * A spec as inline JSON a person can read in a CMS: one field a line, one row a line, every `<`
 * written `\u003c` (toInlineJson).
 */
export function inlineSpecText(spec: Record<string, unknown>, indent = ''): string {
  const fields = Object.entries(spec).map(([key, value]) => {
    const name = toInlineJson(key, 0);
    if (!Array.isArray(value) || !value.length) return `${indent}  ${name}: ${toInlineJson(value, 0)}`;
    return `${indent}  ${name}: [\n${value.map((item) => `${indent}    ${toInlineJson(item, 0)}`).join(',\n')}\n${indent}  ]`;
  });
  return `${indent}{\n${fields.join(',\n')}\n${indent}}`;
}

/** The spec file to take away, pretty-printed. */
export function specFileText(choices: BuilderChoices): string {
  return `${JSON.stringify(assembleSpec(choices, { hosted: true }), null, 2)}\n`;
}
