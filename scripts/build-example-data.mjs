#!/usr/bin/env node
// Builds the example spec files in examples/data/ from the raw public data in data/raw/.
//
//   node scripts/build-example-data.mjs           write examples/data/*
//   node scripts/build-example-data.mjs --check   build in memory, fail if examples/data differs
//
// Plain Node 20 ESM, no dependencies. Deterministic: the same inputs give byte-identical output
// (no dates, no random ids, every list in an explicit order). Never invents a number: every value,
// limit, count and denominator is copied from a raw file; where the raw file has no value the row
// keeps `value: null`. Editorial choices (which indicators go under which domain, which Fingertips
// series to use) are made here in code and stated in each spec's `note` / domain `description`.
//
// The CSV parser is our own (d3-dsv is banned in this project because it uses `new Function`).

import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCymraegSpec } from './cymraeg-example-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RAW = join(ROOT, 'data', 'raw');
const OUT = join(ROOT, 'examples', 'data');

// ---------------------------------------------------------------------------------------------
// CSV
// ---------------------------------------------------------------------------------------------

/**
 * Parses CSV text (RFC 4180 plus the usual variations) into an array of records (arrays of strings).
 * Handles a UTF-8 BOM, CRLF / LF / lone CR line ends, quoted fields containing commas, quotes
 * (doubled: "") and line breaks, and a missing or present final line break. Blank lines are skipped.
 * Throws on an unterminated quoted field or on text between a closing quote and the next delimiter.
 */
export function parseCsv(text, { delimiter = ',' } = {}) {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const records = [];
  let record = [];
  let field = '';
  let i = 0;
  let line = 1;
  const n = text.length;
  let quoted = false; // the current field was quoted
  let atFieldStart = true;

  const endField = () => {
    record.push(field);
    field = '';
    quoted = false;
    atFieldStart = true;
  };
  const endRecord = () => {
    endField();
    // A blank line is one empty field: skip it.
    if (!(record.length === 1 && record[0] === '')) records.push(record);
    record = [];
  };

  while (i < n) {
    const c = text[i];
    if (atFieldStart && c === '"') {
      // Quoted field: read to the closing quote.
      quoted = true;
      atFieldStart = false;
      i++;
      const startLine = line;
      for (;;) {
        if (i >= n) throw new Error(`CSV: unterminated quoted field starting on line ${startLine}`);
        const q = text[i];
        if (q === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
          } else {
            i++;
            break;
          }
        } else {
          if (q === '\n' || (q === '\r' && text[i + 1] !== '\n')) line++;
          field += q;
          i++;
        }
      }
      // After the closing quote: delimiter, line end or end of text.
      if (i < n && text[i] !== delimiter && text[i] !== '\r' && text[i] !== '\n') {
        throw new Error(`CSV: unexpected character ${JSON.stringify(text[i])} after a closing quote on line ${line}`);
      }
      continue;
    }
    if (c === delimiter) {
      endField();
      i++;
    } else if (c === '\r' || c === '\n') {
      endRecord();
      i += c === '\r' && text[i + 1] === '\n' ? 2 : 1;
      line++;
    } else {
      if (quoted) throw new Error(`CSV: unexpected text after a closing quote on line ${line}`);
      field += c;
      atFieldStart = false;
      i++;
    }
  }
  // Last record when the text does not end with a line break.
  if (!atFieldStart || field !== '' || record.length > 0) endRecord();
  return records;
}

/** Parses CSV with a header row into objects; every record must have as many fields as the header. */
export function parseCsvObjects(text, source = 'CSV') {
  const [header, ...rows] = parseCsv(text);
  if (!header) throw new Error(`${source}: empty file`);
  const seen = new Set();
  for (const h of header) {
    if (seen.has(h)) throw new Error(`${source}: duplicate column ${JSON.stringify(h)}`);
    seen.add(h);
  }
  return rows.map((r, k) => {
    if (r.length !== header.length) {
      throw new Error(`${source}: record ${k + 2} has ${r.length} fields, the header has ${header.length}`);
    }
    return Object.fromEntries(header.map((h, j) => [h, r[j]]));
  });
}

/** Formats records as CSV (LF line ends, a final line break; quotes only where needed). */
export function toCsv(header, rows) {
  const cell = (v) => {
    if (v === null || v === undefined) return '';
    const s = String(v);
    return /[",\r\n]/.test(s) || s !== s.trim() ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [header, ...rows].map((r) => r.map(cell).join(',')).join('\n') + '\n';
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

const readText = (rel) => readFileSync(join(RAW, rel), 'utf8');
const readJson = (rel) => JSON.parse(readText(rel));
const readCsv = (rel) => parseCsvObjects(readText(rel), `data/raw/${rel}`);

/** A number from a raw field; '' and 'NA' are missing (null). Throws on anything else non-numeric. */
function num(s, where) {
  const t = (s ?? '').trim();
  if (t === '' || t === 'NA') return null;
  const v = Number(t);
  if (!Number.isFinite(v)) throw new Error(`${where}: ${JSON.stringify(s)} is not a number`);
  return v;
}

/** A data row with keys in one fixed order, leaving out absent optional fields. */
function row({ indicator, area, period, value, lower, upper, count, denominator, group, note }) {
  const r = { indicator, area, period, value: value ?? null };
  if (value != null && lower != null) r.lower = lower;
  if (value != null && upper != null) r.upper = upper;
  if (value != null && count != null) r.count = count;
  if (value != null && denominator != null) r.denominator = denominator;
  if (group) r.group = group;
  if (note) r.note = note;
  return r;
}

/** Strips HTML entities and Windows line ends from Fingertips metadata text. */
function cleanText(s) {
  return String(s ?? '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+\n/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

const clone = (x) => JSON.parse(JSON.stringify(x));

// ---------------------------------------------------------------------------------------------
// Areas
// ---------------------------------------------------------------------------------------------

const ENGLAND = 'E92000001';
const AREA_TYPES = {
  K02000001: 'country',
  E92000001: 'country',
  E12000005: 'region',
  E12000001: 'region',
  E12000007: 'region',
  E08000030: 'local-authority',
  E06000047: 'local-authority',
  E09000019: 'local-authority',
};
const AREA_ORDER = Object.keys(AREA_TYPES);

// ---------------------------------------------------------------------------------------------
// ONS personal wellbeing (ONS4)
// ---------------------------------------------------------------------------------------------

const ONS_META = readJson('ons-wellbeing/personal-wellbeing-estimates.metadata.json')['ess-beta-metadata'];
const WWCW = readJson('frameworks/wwcw-policy.json');
const ONS_QUESTIONS = Object.fromEntries(WWCW.frameworks.ons4.measures.map((m) => [m.id, m]));

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** '07/11/2023' (dd/mm/yyyy, as in the ONS metadata) -> '7 November 2023'. */
function ukDate(s) {
  const m = /^(\d{2})\/(\d{2})\/(\d{4})$/.exec(s);
  if (!m) throw new Error(`unexpected date ${s}`);
  return `${Number(m[1])} ${MONTHS[Number(m[2]) - 1]} ${m[3]}`;
}
const ONS_RELEASE = ukDate(ONS_META.shared.sourceDate);
const ONS_SOURCE = {
  name: `${ONS_META.shared.sourceOrg}: Annual personal well-being estimates, Annual Population Survey (released ${ONS_RELEASE})`,
  url: ONS_META.shared.sourceURL,
};

// Raw `indicator` value -> spec indicator id, in the order the indicators are listed.
const ONS_MEASURES = [
  ['Satisfaction', 'life-satisfaction'],
  ['Worthwhile', 'worthwhile'],
  ['Happiness', 'happiness'],
  ['Anxiety', 'anxiety'],
];
const ONS_ID = Object.fromEntries(ONS_MEASURES);

const ONS_INDICATORS = ONS_MEASURES.map(([raw, id]) => {
  const m = ONS_META[raw];
  const q = ONS_QUESTIONS[id];
  if (!m || !q) throw new Error(`ONS metadata or question missing for ${raw}`);
  return {
    id,
    title: `${m.label} (mean score, 0 to 10)`,
    unit: 'score',
    polarity: q.polarity, // anxiety: lower-is-better (wwcw-policy.json)
    decimals: 2,
    definition: `${m.subtitle}. Survey question: "${q.question}" Periods are financial years (2011-04-01/P1Y is April 2011 to March 2012).`,
    source: ONS_SOURCE,
  };
});

const onsRaw = readCsv('ons-wellbeing/wellbeing_focus_areas.csv');
const onsAreaNames = new Map();
const ONS_ROWS = [];
const onsOdd = { x: 0, u: 0, missing: 0, otherStatus: new Set() };
for (const [k, r] of onsRaw.entries()) {
  const where = `wellbeing_focus_areas.csv record ${k + 2}`;
  const indicator = ONS_ID[r.indicator];
  if (!indicator) throw new Error(`${where}: unknown measure ${r.indicator}`);
  if (!AREA_TYPES[r.areacd]) throw new Error(`${where}: unexpected area ${r.areacd}`);
  onsAreaNames.set(r.areacd, r.areanm);
  const status = r.status.trim().toLowerCase();
  let value = num(r.observation, where);
  let lower = num(r.lci_95, where);
  let upper = num(r.uci_95, where);
  let note;
  if (status === 'x') {
    onsOdd.x++;
    value = lower = upper = null;
  } else if (status === 'u') {
    onsOdd.u++;
    note = 'Low reliability';
  } else if (status !== '') {
    onsOdd.otherStatus.add(status);
  }
  if (value === null && status !== 'x') onsOdd.missing++;
  const notes = [note, r.notes.trim()].filter(Boolean).join('. ');
  ONS_ROWS.push(row({ indicator, area: r.areacd, period: r.period, value, lower, upper, note: notes || undefined }));
}
const indicatorOrder = (ids) => (a, b) => ids.indexOf(a) - ids.indexOf(b);
const byOnsIndicator = indicatorOrder(ONS_MEASURES.map(([, id]) => id));
ONS_ROWS.sort(
  (a, b) =>
    byOnsIndicator(a.indicator, b.indicator) ||
    AREA_ORDER.indexOf(a.area) - AREA_ORDER.indexOf(b.area) ||
    (a.period < b.period ? -1 : a.period > b.period ? 1 : 0),
);

function area(code, name) {
  const type = AREA_TYPES[code];
  if (!type) throw new Error(`no type for area ${code}`);
  return { code, name: name ?? onsAreaNames.get(code), type };
}

// ---------------------------------------------------------------------------------------------
// Fingertips: life expectancy (90366) and slope index of inequality in life expectancy (92901)
// ---------------------------------------------------------------------------------------------

const FT_URL = (id) => `https://fingertips.phe.org.uk/search/${id}`;
const LE_SOURCE = {
  name: 'Office for Health Improvement and Disparities (OHID), Fingertips: indicator 90366, based on ONS data',
  url: FT_URL(90366),
};
const SII_SOURCE = {
  name: 'Office for Health Improvement and Disparities (OHID), Fingertips: indicator 92901, based on ONS and MHCLG data',
  url: FT_URL(92901),
};
const LE_DEF =
  'The average number of years a person would expect to live based on contemporary mortality rates: for an area and a period, the average number of years a newborn baby would live if they experienced that area\'s age-specific mortality rates for that period throughout their life. Three-year periods ("2015 - 17" is 2015 to 2017). Values rounded to one decimal place in the extract; no confidence limits in the extract.';
const SII_DEF =
  'Slope index of inequality (SII) in life expectancy at birth: how much life expectancy varies with deprivation. The modelled gap in years between the most and the least deprived ends of the area, from a regression of life expectancy on deprivation deciles within the area. Three-year periods. No confidence limits in the extract.';

const LE_INDICATORS = [
  { id: 'life-expectancy-male', title: 'Life expectancy at birth, males', unit: 'years', polarity: 'higher-is-better', decimals: 1, definition: LE_DEF, source: LE_SOURCE },
  { id: 'life-expectancy-female', title: 'Life expectancy at birth, females', unit: 'years', polarity: 'higher-is-better', decimals: 1, definition: LE_DEF, source: LE_SOURCE },
];
const SII_INDICATORS = [
  { id: 'sii-life-expectancy-male', title: 'Inequality in life expectancy at birth (slope index of inequality), males', unit: 'years', polarity: 'lower-is-better', decimals: 1, definition: SII_DEF, source: SII_SOURCE },
  { id: 'sii-life-expectancy-female', title: 'Inequality in life expectancy at birth (slope index of inequality), females', unit: 'years', polarity: 'lower-is-better', decimals: 1, definition: SII_DEF, source: SII_SOURCE },
];
const LE_COMBINED = {
  id: 'life-expectancy',
  title: 'Life expectancy at birth, males and females',
  unit: 'years',
  polarity: 'higher-is-better',
  decimals: 1,
  definition: `${LE_DEF} Rows carry group { type: "sex" } so the gap between females and males can be shown; the same numbers as life-expectancy-male and life-expectancy-female.`,
  source: LE_SOURCE,
};

function readFingertipsExtract(rel, idPrefix, withComparison) {
  const raw = readCsv(rel);
  const names = new Map();
  const rows = [];
  const periods = [];
  for (const [k, r] of raw.entries()) {
    const where = `${rel} record ${k + 2}`;
    if (!AREA_TYPES[r.area_code]) throw new Error(`${where}: unexpected area ${r.area_code}`);
    if (r.area_code !== ENGLAND) names.set(r.area_code, r.area_name);
    const sex = r.inequality;
    if (sex !== 'Male' && sex !== 'Female') throw new Error(`${where}: unexpected sex ${sex}`);
    if (r.unit !== 'Years') throw new Error(`${where}: unexpected unit ${r.unit}`);
    if (!periods.includes(r.period)) periods.push(r.period);
    const cmp = r.compared_to_England.trim();
    const note = withComparison && cmp && cmp !== 'Not compared' ? `Fingertips comparison with England: ${cmp.toLowerCase()}` : undefined;
    rows.push({ sex, area: r.area_code, period: r.period, value: num(r.value, where), note, indicator: `${idPrefix}-${sex.toLowerCase()}` });
  }
  return { rows, names, periods };
}

const le = readFingertipsExtract('fingertips/life_expectancy_focus_areas.csv', 'life-expectancy', true);
const sii = readFingertipsExtract('fingertips/sii_life_expectancy_focus_areas.csv', 'sii-life-expectancy', false);
for (const [code, name] of [...le.names, ...sii.names]) if (!onsAreaNames.has(code)) onsAreaNames.set(code, name);

/** Rows ordered indicator (male, female), area, period (as published), for the given areas. */
function ftRows(extract, areas, ids) {
  const out = [];
  for (const id of ids) {
    for (const code of areas) {
      for (const period of extract.periods) {
        const r = extract.rows.find((x) => x.indicator === id && x.area === code && x.period === period);
        if (r) out.push(row({ indicator: id, area: code, period, value: r.value, note: r.note }));
      }
    }
  }
  return out;
}
/** The combined `life-expectancy` rows with a sex group (no England comparison note: not relevant to the gap). */
function leGroupRows(areas) {
  const out = [];
  for (const code of areas) {
    for (const period of le.periods) {
      for (const sex of ['Female', 'Male']) {
        const r = le.rows.find((x) => x.sex === sex && x.area === code && x.period === period);
        if (r) out.push(row({ indicator: 'life-expectancy', area: code, period, value: r.value, group: { type: 'sex', label: sex } }));
      }
    }
  }
  return out;
}
const LE_IDS = LE_INDICATORS.map((i) => i.id);
const SII_IDS = SII_INDICATORS.map((i) => i.id);
const leAreas = AREA_ORDER.filter((c) => le.rows.some((r) => r.area === c));

// ---------------------------------------------------------------------------------------------
// Fingertips: England by deprivation decile / quintile
// ---------------------------------------------------------------------------------------------

const ftIndicators = new Map(readCsv('fingertips/indicators.csv').map((r) => [r.IndicatorID, r]));
const ftMeta = new Map(readJson('fingertips/indicator_metadata_35_indicators.json').map((m) => [String(m.indicatorID), m]));
const depRaw = readCsv('fingertips/healthdata_deprivation_categories.csv');

const POLARITY = { 'High is good': 'higher-is-better', 'Low is good': 'lower-is-better', 'No judgement': 'no-judgement', '': 'no-judgement' };

/** Fingertips year -> the period as Fingertips labels it, from the indicator's period type. */
function ftPeriod(year, periodType) {
  const y = Number(year);
  if (!Number.isInteger(y)) throw new Error(`bad year ${year}`);
  if (periodType === 'Calendar') return String(y);
  if (periodType === 'Financial') return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
  throw new Error(`period type ${periodType} not handled`);
}

// The series chosen for deprivation-england.json (editorial: good coverage, several years, both
// deciles and quintiles, one no-judgement indicator). One Fingertips category type per indicator so
// that groupings from different geographies are never mixed; one sex per spec indicator.
const DEP_SERIES = [
  { id: 'children-low-income', ftId: '93701', categoryTypeId: '163', sex: 'Persons', age: '<16 yrs' },
  { id: 'alcohol-related-mortality', ftId: '93763', categoryTypeId: '163', sex: 'Persons', age: 'All ages' },
  { id: 'alcohol-related-mortality-male', ftId: '93763', categoryTypeId: '163', sex: 'Male', age: 'All ages' },
  { id: 'alcohol-related-mortality-female', ftId: '93763', categoryTypeId: '163', sex: 'Female', age: 'All ages' },
  { id: 'emergency-readmissions', ftId: '41101', categoryTypeId: '117', sex: 'Persons', age: 'All ages' },
  { id: 'emergency-readmissions-male', ftId: '41101', categoryTypeId: '117', sex: 'Male', age: 'All ages' },
  { id: 'emergency-readmissions-female', ftId: '41101', categoryTypeId: '117', sex: 'Female', age: 'All ages' },
  { id: 'falls-admissions-65-plus', ftId: '22401', categoryTypeId: '163', sex: 'Persons', age: '65+ yrs' },
  { id: 'deaths-in-hospital', ftId: '93474', categoryTypeId: '149', sex: 'Persons', age: 'All ages' },
];
const SEX_WORD = { Persons: 'persons', Male: 'males', Female: 'females' };

const DEP_INDICATORS = [];
const DEP_ROWS = [];
const depOdd = [];
for (const s of DEP_SERIES) {
  const ind = ftIndicators.get(s.ftId);
  const meta = ftMeta.get(s.ftId);
  if (!ind || !meta) throw new Error(`Fingertips ${s.ftId}: not in indicators.csv / metadata`);
  if (ind.Polarity !== meta.polarity) depOdd.push(`${s.ftId}: polarity ${ind.Polarity} in indicators.csv, ${meta.polarity} in metadata`);
  const polarity = POLARITY[ind.Polarity];
  if (!polarity) throw new Error(`Fingertips ${s.ftId}: unknown polarity ${ind.Polarity}`);
  const rows = depRaw.filter((r) => r.IndicatorId === s.ftId && r.AreaCode === ENGLAND && r.Sex === s.sex && r.Age === s.age && (r.CategoryTypeId === s.categoryTypeId || r.Category === ''));
  const grouped = rows.filter((r) => r.Category !== '');
  if (grouped.length === 0) throw new Error(`Fingertips ${s.ftId}: no rows for ${JSON.stringify(s)}`);
  const catType = grouped[0].CategoryType.replace(/^"+|"+$/g, ''); // the export wraps it in literal quotes
  const isQuintile = /quintile/i.test(catType);
  const unit = meta.unitLabel || ind.ValueType;
  const age = s.age === 'All ages' ? 'all ages' : s.age.replace(' yrs', ' years').replace('<', 'under ').replace('+', ' and over');
  DEP_INDICATORS.push({
    id: s.id,
    title: `${ind.IndicatorName}${s.sex === 'Persons' ? '' : `, ${SEX_WORD[s.sex]}`}`,
    unit,
    polarity,
    decimals: 1,
    definition: `${cleanText(meta.indicatorDefinition)}\n\nValue type: ${ind.ValueType.toLowerCase()} (${unit}); ${SEX_WORD[s.sex]}, ${age}. England by ${catType} (Fingertips category type ${s.categoryTypeId}); group order 1 is the most deprived.`,
    source: { name: `Office for Health Improvement and Disparities (OHID), Fingertips: indicator ${s.ftId}; data: ${cleanText(meta.dataSource).replace(/\s+/g, ' ')}`, url: FT_URL(s.ftId) },
  });
  const periodOf = (r) => ftPeriod(r.Year, ind.PeriodType);
  const years = [...new Set(rows.map((r) => Number(r.Year)))].sort((a, b) => a - b);
  for (const y of years) {
    const inYear = rows.filter((r) => Number(r.Year) === y);
    // The overall England value (no category), when the export has it.
    for (const r of inYear.filter((x) => x.Category === '')) {
      const w = `deprivation ${s.ftId} ${y} overall`;
      DEP_ROWS.push(row({ indicator: s.id, area: ENGLAND, period: periodOf(r), value: num(r.Value, w), lower: num(r.LowerCI, w), upper: num(r.UpperCI, w), count: num(r.Count, w), denominator: num(r.Denominator, w) }));
    }
    const cats = inYear.filter((x) => x.Category !== '').sort((a, b) => Number(a.CategoryId) - Number(b.CategoryId));
    const seen = new Set();
    for (const r of cats) {
      const w = `deprivation ${s.ftId} ${y} category ${r.CategoryId}`;
      const order = Number(r.CategoryId);
      if (!Number.isInteger(order) || order < 1) throw new Error(`${w}: bad CategoryId`);
      if (seen.has(order)) throw new Error(`${w}: duplicate category`);
      seen.add(order);
      const value = num(r.Value, w);
      DEP_ROWS.push(
        row({
          indicator: s.id,
          area: ENGLAND,
          period: periodOf(r),
          value,
          lower: num(r.LowerCI, w),
          upper: num(r.UpperCI, w),
          count: num(r.Count, w),
          denominator: num(r.Denominator, w),
          group: { type: isQuintile ? 'deprivation-quintile' : 'deprivation-decile', label: r.Category.replace(/\s*\(IMD2019\)$/, ''), order },
        }),
      );
    }
    if (seen.size !== (isQuintile ? 5 : 10)) depOdd.push(`${s.id} ${y}: ${seen.size} groups`);
  }
}

// ---------------------------------------------------------------------------------------------
// Frameworks
// ---------------------------------------------------------------------------------------------

const ILLUSTRATIVE = 'Indicators under this domain are an illustrative mapping made by wellbeing-widgets, not part of the published framework.';

/** Domain keys in one order: id, label, statement, description, indicators, children, then any others. */
function tidyDomain(d) {
  const { id, label, statement, description, indicators, children, ...rest } = d;
  const out = { id, label };
  if (statement !== undefined) out.statement = statement;
  if (description !== undefined) out.description = description;
  out.indicators = indicators ?? [];
  if (children !== undefined) out.children = children.map(tidyDomain);
  return { ...out, ...rest };
}

/**
 * Copies a framework, fills domains' indicator lists from `mapping` and marks them illustrative.
 * `edit(domain)` may change a domain before its keys are put in order.
 */
function mapFramework(fw, mapping, edit = () => {}) {
  const out = clone(fw);
  const used = new Set();
  const visit = (domains) => {
    for (const d of domains) {
      d.indicators = [...(mapping[d.id] ?? [])];
      if (mapping[d.id]?.length) {
        used.add(d.id);
        d.description = d.description ? `${d.description}. ${ILLUSTRATIVE}` : ILLUSTRATIVE;
      }
      edit(d);
      if (d.children) visit(d.children);
    }
  };
  visit(out.domains);
  for (const id of Object.keys(mapping)) if (!used.has(id)) throw new Error(`mapping names unknown domain ${id}`);
  out.domains = out.domains.map(tidyDomain);
  return out;
}

const WALSALL_FW = readJson('frameworks/walsall-wwof.json');
const DURHAM_FW = readJson('frameworks/county-durham.json');
const WALSALL_URL = 'https://walsalltogether.co.uk/our-work/resilient-communities/walsall-wellbeing-outcomes-framework';
const DURHAM_URL = 'https://democracy.durham.gov.uk/';

const pick = (rows, areas) => rows.filter((r) => areas.includes(r.area));

// ---------------------------------------------------------------------------------------------
// The specs
// ---------------------------------------------------------------------------------------------

const ONS_AREAS = ['K02000001', 'E92000001', 'E12000005', 'E12000001', 'E12000007', 'E08000030', 'E06000047', 'E09000019'];
const onsPeriods = [...new Set(ONS_ROWS.map((r) => r.period))].sort();
const finYear = (p) => {
  const y = Number(/^(\d{4})-04-01\/P1Y$/.exec(p)?.[1]);
  if (!y) throw new Error(`unexpected ONS period ${p}`);
  return `${y}/${String((y + 1) % 100).padStart(2, '0')}`;
};
const ONS_SPAN = `${finYear(onsPeriods[0])} to ${finYear(onsPeriods.at(-1))}`;
const ONS_NOTE = `Mean scores from 0 to 10 with 95% confidence limits, as published by ONS (Annual Population Survey, release of ${ONS_RELEASE}) in ONSdigital/explore-local-statistics-data. Periods are financial years: 2011-04-01/P1Y is April 2011 to March 2012. ONS marks estimates x (not available: value null) or u (low reliability: noted on the row).`;

const onsSpec = {
  version: 1,
  title: `Personal wellbeing (ONS4): UK, England, three regions and three local authorities, ${ONS_SPAN}`,
  source: ONS_SOURCE,
  lang: 'en',
  note: ONS_NOTE,
  areas: ONS_AREAS.map((c) => area(c)),
  benchmark: ENGLAND,
  indicators: ONS_INDICATORS,
  data: ONS_ROWS,
};

const ONS_CSV_HEADER = ['indicator', 'area', 'period', 'value', 'lower', 'upper', 'note'];
const onsCsv = toCsv(ONS_CSV_HEADER, ONS_ROWS.map((r) => ONS_CSV_HEADER.map((h) => r[h] ?? null)));

const onsCsvSpec = {
  ...onsSpec,
  title: `${onsSpec.title} (data loaded from CSV)`,
  note: `${ONS_NOTE} The data are the same as ons-wellbeing.json, loaded from ons-wellbeing.csv (a URL relative to this file; columns ${ONS_CSV_HEADER.join(', ')}; an empty value is a gap).`,
  data: { url: 'ons-wellbeing.csv', format: 'csv' },
};

const lifeSpec = {
  version: 1,
  title: 'Life expectancy at birth and inequality in life expectancy, by sex: England, Walsall, County Durham and Islington',
  source: { name: 'Office for Health Improvement and Disparities (OHID), Fingertips (indicators 90366 and 92901), as extracted by Trafford Data Lab (trafford_themes)', url: FT_URL(90366) },
  lang: 'en',
  note: 'Three-year periods as published ("2015 - 17"). Values are rounded to one decimal place in the extract and carry no confidence limits, so comparisons with England cannot be computed here: where Fingertips published one (life expectancy only), it is given in the row\'s note. Sex is modelled twice: as separate indicators (life-expectancy-male, life-expectancy-female, sii-life-expectancy-male, sii-life-expectancy-female) and as rows of the combined indicator life-expectancy with group { type: "sex" } for showing the female-male gap over time. The extract has no regions.',
  areas: leAreas.map((c) => area(c)),
  benchmark: ENGLAND,
  indicators: [...LE_INDICATORS, ...SII_INDICATORS, LE_COMBINED],
  data: [...ftRows(le, leAreas, LE_IDS), ...ftRows(sii, leAreas, SII_IDS), ...leGroupRows(leAreas)],
};

const depSpec = {
  version: 1,
  title: 'Health inequalities in England by deprivation decile and quintile (IMD 2019)',
  source: { name: 'Office for Health Improvement and Disparities (OHID), Fingertips, as exported in dhsc-govuk/FingertipsNext', url: 'https://fingertips.phe.org.uk/' },
  lang: 'en',
  note: 'England (E92000001) by deprivation group, with 95% confidence limits, counts and denominators as published. Group order 1 is the most deprived (Fingertips CategoryId). Each indicator uses one Fingertips deprivation classification (named in its definition) and one sex; the choice of series is editorial. Financial-year periods are labelled as Fingertips labels them (2018/19). The export holds no overall England value for these series, so every row has a group. Emergency readmissions are by LSOA quintile: the export\'s decile rows for that indicator are empty.',
  areas: [area(ENGLAND, 'England')],
  benchmark: ENGLAND,
  indicators: DEP_INDICATORS,
  data: DEP_ROWS,
};

// Walsall Wellbeing Outcomes Framework
const WALSALL_AREAS = ['E08000030', 'E12000005', ENGLAND];
const walsallFw = mapFramework(
  WALSALL_FW.framework,
  {
    health: ['life-expectancy-male', 'life-expectancy-female', 'anxiety'],
    'meaningful-activity': ['worthwhile'],
    'meaningful-connections': ['happiness'],
    'where-we-live': ['life-satisfaction'],
  },
  // The raw transcription marks a statement cut off in the source: keep the words, say so in the description.
  (d) => {
    const m = /^(.*?)\s*\[rest of statement cut off in the source document\]$/.exec(d.statement ?? '');
    if (m) {
      d.statement = `${m[1]}…`;
      d.description = [d.description, 'The rest of this statement is cut off in the source document.'].filter(Boolean).join(' ');
    }
  },
);
const walsallSpec = {
  version: 1,
  title: WALSALL_FW.title,
  source: { name: `${WALSALL_FW.source.name}. Data: ONS annual personal well-being estimates; OHID Fingertips`, url: WALSALL_URL },
  lang: 'en',
  note: 'The framework (centre, nine fundamentals with their "I statements", four core factors) is transcribed from the WWOF. The WWOF names 80+ strategic indicators; this example carries only the real indicators available in this project\'s data, placed as an illustrative mapping: Health: life expectancy (males, females) and anxiety; Meaningful Activity: feeling life is worthwhile; Meaningful Connections: happiness; Where we live: life satisfaction (the WWOF names Life Satisfaction as a core factor, and factors carry no indicators in spec v1). The other domains are left empty: no data. Life expectancy has no West Midlands figures and no confidence limits in the extract.',
  framework: walsallFw,
  areas: WALSALL_AREAS.map((c) => area(c)),
  benchmark: ENGLAND,
  indicators: [...ONS_INDICATORS, ...LE_INDICATORS],
  data: [...pick(ONS_ROWS, WALSALL_AREAS), ...ftRows(le, WALSALL_AREAS, LE_IDS)],
};

// County Durham's Approach to Wellbeing
const DURHAM_AREAS = ['E06000047', 'E12000001', ENGLAND];
const durhamFw = mapFramework(DURHAM_FW.framework, {
  evidence: ['life-satisfaction', 'worthwhile', 'happiness', 'anxiety'],
  p3: ['life-expectancy-male', 'life-expectancy-female', 'sii-life-expectancy-male', 'sii-life-expectancy-female'],
});
const durhamSpec = {
  version: 1,
  title: DURHAM_FW.title,
  source: { name: `${DURHAM_FW.source.name}. Data: ONS annual personal well-being estimates; OHID Fingertips`, url: DURHAM_URL },
  lang: 'en',
  note: `${DURHAM_FW.notes} Indicators are an illustrative mapping made by wellbeing-widgets, not part of the approach: the four ONS personal wellbeing measures sit under "Informed by Evidence and Local Conversations" (the evidence of how people are doing); life expectancy and the slope index of inequality in life expectancy (males, females) under Principle 3 (support the most disadvantaged). Other domains are left empty: no data. Life expectancy has no North East figures and no confidence limits in the extract.`,
  framework: durhamFw,
  areas: DURHAM_AREAS.map((c) => area(c)),
  benchmark: ENGLAND,
  indicators: [...ONS_INDICATORS, ...LE_INDICATORS, ...SII_INDICATORS],
  data: [...pick(ONS_ROWS, DURHAM_AREAS), ...ftRows(le, DURHAM_AREAS, LE_IDS), ...ftRows(sii, DURHAM_AREAS, SII_IDS)],
};

// Islington: ONS4 as a simple framework
const ISLINGTON_AREAS = ['E09000019', 'E12000007', ENGLAND];
const islingtonSpec = {
  version: 1,
  title: 'Personal wellbeing in Islington, compared with London and England',
  source: ONS_SOURCE,
  lang: 'en',
  note: `${ONS_NOTE} The framework is the ONS4 set itself (one domain per measure, the survey question as its statement), not an Islington framework.`,
  framework: {
    id: 'ons4',
    title: WWCW.frameworks.ons4.title,
    centre: { label: 'Personal wellbeing', statement: 'How people rate their own lives: four questions, each answered from 0 to 10.' },
    domains: ONS_MEASURES.map(([, id]) => ({ id, label: ONS_QUESTIONS[id].label, statement: ONS_QUESTIONS[id].question, indicators: [id] })),
  },
  areas: ISLINGTON_AREAS.map((c) => area(c)),
  benchmark: ENGLAND,
  indicators: ONS_INDICATORS,
  data: pick(ONS_ROWS, ISLINGTON_AREAS),
};

// ---------------------------------------------------------------------------------------------
// Validation (a small structural check: the zod schema in src/spec is the real contract)
// ---------------------------------------------------------------------------------------------

const POLARITIES = new Set(['higher-is-better', 'lower-is-better', 'no-judgement']);
const isNum = (v) => typeof v === 'number' && Number.isFinite(v);
const isStr = (v) => typeof v === 'string' && v.trim() !== '';
/** Text a person reads: a string, or the same text in several languages ({ en, cy }) with English among them. */
const isText = (v) => isStr(v) || (v !== null && typeof v === 'object' && isStr(v.en) && Object.values(v).every(isStr));

/** Returns a list of problems ({ path, message }); empty when the spec is fine. */
export function validateSpec(spec, { data = spec.data } = {}) {
  const issues = [];
  const bad = (path, message) => issues.push({ path, message });
  if (spec.version !== 1) bad('version', 'must be 1');
  if (!isText(spec.title)) bad('title', 'missing');
  if (!isText(spec.source?.name) || !/^https:\/\//.test(spec.source?.url ?? '')) bad('source', 'needs a name and an https url');

  const areaCodes = new Set();
  spec.areas.forEach((a, i) => {
    if (!isStr(a.code) || !isText(a.name) || !isStr(a.type)) bad(`areas[${i}]`, 'needs code, name and type');
    if (areaCodes.has(a.code)) bad(`areas[${i}].code`, `duplicate ${a.code}`);
    areaCodes.add(a.code);
  });
  if (spec.benchmark && !areaCodes.has(spec.benchmark)) bad('benchmark', `${spec.benchmark} is not an area`);

  const indicatorIds = new Set();
  spec.indicators.forEach((ind, i) => {
    const p = `indicators[${i}]`;
    if (!/^[a-z0-9][a-z0-9-]*$/.test(ind.id ?? '')) bad(`${p}.id`, `bad id ${ind.id}`);
    if (indicatorIds.has(ind.id)) bad(`${p}.id`, `duplicate ${ind.id}`);
    indicatorIds.add(ind.id);
    if (!isText(ind.title)) bad(`${p}.title`, 'missing');
    if (!isText(ind.unit)) bad(`${p}.unit`, 'missing');
    if (!POLARITIES.has(ind.polarity)) bad(`${p}.polarity`, `bad polarity ${ind.polarity}`);
    if (!Number.isInteger(ind.decimals) || ind.decimals < 0) bad(`${p}.decimals`, 'must be a whole number');
    if (!isText(ind.definition)) bad(`${p}.definition`, 'missing');
    if (!isText(ind.source?.name) || !/^https:\/\//.test(ind.source?.url ?? '')) bad(`${p}.source`, 'needs a name and an https url');
  });

  if (spec.framework) {
    const fw = spec.framework;
    const domainIds = new Set();
    const visit = (domains, path) =>
      domains.forEach((d, i) => {
        const p = `${path}[${i}]`;
        if (!isStr(d.id) || !isText(d.label)) bad(p, 'needs id and label');
        if (domainIds.has(d.id)) bad(`${p}.id`, `duplicate domain ${d.id}`);
        domainIds.add(d.id);
        (d.indicators ?? []).forEach((id, j) => {
          if (!indicatorIds.has(id)) bad(`${p}.indicators[${j}]`, `unknown indicator ${id}`);
        });
        if (d.children) visit(d.children, `${p}.children`);
      });
    if (!isStr(fw.id) || !isText(fw.centre?.label)) bad('framework', 'needs id and centre.label');
    visit(fw.domains ?? [], 'framework.domains');
    const factorIds = new Set();
    (fw.factors ?? []).forEach((f, i) => {
      if (factorIds.has(f.id)) bad(`framework.factors[${i}].id`, `duplicate factor ${f.id}`);
      factorIds.add(f.id);
    });
  }

  if (Array.isArray(data)) {
    const keys = new Set();
    data.forEach((r, i) => {
      const p = `data[${i}]`;
      if (!indicatorIds.has(r.indicator)) bad(`${p}.indicator`, `unknown indicator ${r.indicator}`);
      if (!areaCodes.has(r.area)) bad(`${p}.area`, `unknown area ${r.area}`);
      if (!isStr(r.period)) bad(`${p}.period`, 'missing');
      if (r.value !== null && !isNum(r.value)) bad(`${p}.value`, 'must be a number or null');
      for (const k of ['lower', 'upper', 'count', 'denominator']) {
        if (k in r && !isNum(r[k])) bad(`${p}.${k}`, 'must be a number');
      }
      if (r.value === null && ('lower' in r || 'upper' in r)) bad(p, 'limits without a value');
      if (isNum(r.lower) && isNum(r.upper) && !(r.lower <= r.value && r.value <= r.upper)) bad(p, 'value outside its limits');
      if (r.group) {
        if (!isStr(r.group.type) || !isStr(r.group.label)) bad(`${p}.group`, 'needs type and label');
        if ('order' in r.group && !Number.isInteger(r.group.order)) bad(`${p}.group.order`, 'must be a whole number');
      }
      const key = [r.indicator, r.area, r.period, r.group?.type ?? '', r.group?.label ?? ''].join('|');
      if (keys.has(key)) bad(p, `duplicate observation ${key}`);
      keys.add(key);
    });
  } else if (!(data && isStr(data.url) && isStr(data.format))) {
    bad('data', 'must be an array or { url, format }');
  }
  return issues;
}

/** Checks the CSV parser on the awkward cases; returns a list of failures. */
export function csvSelfTest() {
  const cases = [
    ['a,b\r\n1,2\r\n', [['a', 'b'], ['1', '2']]],
    ['\ufeffa,b\n1,2', [['a', 'b'], ['1', '2']]],
    ['a,b\n"x, y","say ""hi"""\n', [['a', 'b'], ['x, y', 'say "hi"']]],
    ['a\n"line 1\r\nline 2"\n', [['a'], ['line 1\r\nline 2']]],
    ['a,b,c\n,,\n', [['a', 'b', 'c'], ['', '', '']]],
    ['a,b\n"",x\n', [['a', 'b'], ['', 'x']]],
    ['a\n"""quoted"""\n', [['a'], ['"quoted"']]],
    ['a\r1\r2', [['a'], ['1'], ['2']]],
    ['a,b\n\n1,2\n\n', [['a', 'b'], ['1', '2']]],
    ['a,b\n1,', [['a', 'b'], ['1', '']]],
  ];
  const failures = [];
  for (const [text, want] of cases) {
    let got;
    try {
      got = JSON.stringify(parseCsv(text));
    } catch (e) {
      got = `an error: ${e.message}`;
    }
    if (got !== JSON.stringify(want)) failures.push(`parseCsv(${JSON.stringify(text)}) gave ${got}`);
  }
  for (const text of ['a\n"open', 'a\n"x"y\n']) {
    let threw = false;
    try {
      parseCsv(text);
    } catch {
      threw = true;
    }
    if (!threw) failures.push(`parseCsv(${JSON.stringify(text)}) should throw`);
  }
  const rows = [['x, y', 'say "hi"', ''], ['multi\nline', ' padded', null]];
  const back = parseCsv(toCsv(['a', 'b', 'c'], rows)).slice(1);
  if (JSON.stringify(back) !== JSON.stringify(rows.map((r) => r.map((v) => v ?? '')))) failures.push('toCsv/parseCsv round trip');
  return failures;
}

// ---------------------------------------------------------------------------------------------
// Output
// ---------------------------------------------------------------------------------------------

const json = (x) => JSON.stringify(x, null, 2) + '\n';

export function buildAll() {
  const files = [
    ['ons-wellbeing.json', onsSpec],
    ['ons-wellbeing-csv.json', onsCsvSpec],
    ['life-expectancy.json', lifeSpec],
    ['deprivation-england.json', depSpec],
    ['walsall-wwof.json', walsallSpec],
    ['county-durham.json', durhamSpec],
    ['islington.json', islingtonSpec],
    ['cymraeg-caerdydd.json', buildCymraegSpec({ readCsv, num, row, onsSource: ONS_SOURCE, onsRelease: ONS_RELEASE })],
  ];
  const problems = csvSelfTest().map((f) => `CSV parser self-test: ${f}`);
  const summary = [];
  for (const [name, spec] of files) {
    // The CSV-backed spec is checked against the rows its CSV holds, read back with our parser.
    const data = name === 'ons-wellbeing-csv.json' ? csvRowsToData(onsCsv) : spec.data;
    for (const issue of validateSpec(spec, { data })) problems.push(`${name} ${issue.path}: ${issue.message}`);
    summary.push({ file: name, rows: data.length, indicators: spec.indicators.map((i) => i.id).join(', ') });
  }
  // Round trip: the CSV read back must equal the JSON rows (same numbers, same order).
  const back = csvRowsToData(onsCsv);
  const strip = (r) => ONS_CSV_HEADER.map((h) => r[h] ?? null);
  if (json(back.map(strip)) !== json(ONS_ROWS.map(strip))) problems.push('ons-wellbeing.csv does not read back to the rows of ons-wellbeing.json');
  summary.push({ file: 'ons-wellbeing.csv', rows: back.length, indicators: '(data for ons-wellbeing-csv.json)' });

  const outputs = new Map(files.map(([name, spec]) => [name, json(spec)]));
  outputs.set('ons-wellbeing.csv', onsCsv);
  return { outputs, problems, summary };
}

function csvRowsToData(text) {
  return parseCsvObjects(text, 'ons-wellbeing.csv').map((r, k) => {
    const w = `ons-wellbeing.csv record ${k + 2}`;
    return row({ indicator: r.indicator, area: r.area, period: r.period, value: num(r.value, w), lower: num(r.lower, w), upper: num(r.upper, w), note: r.note || undefined });
  });
}

function main() {
  const check = process.argv.includes('--check');
  const { outputs, problems, summary } = buildAll();
  if (problems.length) {
    for (const p of problems) console.error(`  ✗ ${p}`);
    console.error(`build-example-data: ${problems.length} problem(s); nothing written.`);
    process.exit(1);
  }
  if (check) {
    const stale = [];
    for (const [name, text] of outputs) {
      let old = null;
      try {
        old = readFileSync(join(OUT, name), 'utf8');
      } catch {
        /* missing */
      }
      if (old !== text) stale.push(name);
    }
    if (stale.length) {
      console.error(`build-example-data --check: out of date: ${stale.join(', ')} (run npm run data)`);
      process.exit(1);
    }
    console.log(`build-example-data --check: ${outputs.size} files up to date.`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  for (const [name, text] of outputs) writeFileSync(join(OUT, name), text);
  for (const s of summary) console.log(`${s.file.padEnd(26)} ${String(s.rows).padStart(4)} rows  ${s.indicators}`);
  const notes = [];
  if (onsOdd.x || onsOdd.u) notes.push(`ONS status: ${onsOdd.x} x (not available), ${onsOdd.u} u (low reliability)`);
  else notes.push('ONS status: no x or u markers in this extract');
  if (onsOdd.otherStatus.size) notes.push(`ONS: unknown status codes ${[...onsOdd.otherStatus].join(', ')}`);
  if (onsOdd.missing) notes.push(`ONS: ${onsOdd.missing} rows without a value and no x status`);
  notes.push(...depOdd);
  for (const n of notes) console.log(`note: ${n}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
