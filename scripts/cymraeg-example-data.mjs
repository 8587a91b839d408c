// The spec of examples/cymraeg.html (examples/data/cymraeg-caerdydd.json): a Welsh council's page,
// every text in Welsh and English. Called by scripts/build-example-data.mjs (which writes it and,
// with --check, fails CI when it is stale); the helpers come from there, so this file reads no file
// itself and has no dependencies.
//
// Data, as published (nothing invented; a missing value stays null):
// - ONS personal well-being (ONS4) for Cardiff, two neighbours and Wales, 2011/12 to 2022/23, with
//   95% confidence limits: data/raw/ons-els/personal-wellbeing-estimates_wales-subset.csv.
// - StatsWales HLTH1250, health visitor contacts per child receiving services, 2013/14 to 2023/24
//   (no limits published): data/raw/wales/statswales_HLTH1250_*.csv, with its own English and Welsh
//   labels for the measure and the staff type.
// - English and Welsh names of the councils and Wales: Welsh Government reference data,
//   data/raw/wales/statswales_reference_data_info_W06_W92.csv.
//
// The Welsh for the ONS4 labels, questions and definitions, and the page's own sentences, are the
// developers' translation (docs/translation.md lists them as not yet reviewed by a translator).

const COUNCIL = 'W06000015'; // Cardiff / Caerdydd
const NEIGHBOURS = ['W06000014', 'W06000022']; // Vale of Glamorgan, Newport
const WALES = 'W92000004';
export const CYMRAEG_AREAS = [COUNCIL, ...NEIGHBOURS, WALES];

/** ONS4: the raw `indicator` value, our id, and the Welsh words (developers' translation). */
const ONS4 = [
  {
    raw: 'Satisfaction',
    id: 'life-satisfaction',
    label: { en: 'Life satisfaction', cy: 'Boddhad â bywyd' },
    title: { en: 'Life satisfaction (mean score, 0 to 10)', cy: 'Boddhad â bywyd (sgôr gymedrig, 0 i 10)' },
    question: {
      en: 'Overall, how satisfied are you with your life nowadays?',
      cy: 'Ar y cyfan, pa mor fodlon ydych chi â’ch bywyd y dyddiau hyn?',
    },
    subtitle: {
      cy: 'Sgôr gyfartalog boddhad â bywyd (0 = ‘ddim yn fodlon o gwbl’, 10 = ‘hollol fodlon’) ymhlith pobl 16 oed a throsodd',
    },
  },
  {
    raw: 'Worthwhile',
    id: 'worthwhile',
    label: { en: 'Worthwhile', cy: 'Gwerth chweil' },
    title: { en: 'Feeling life is worthwhile (mean score, 0 to 10)', cy: 'Teimlo bod bywyd yn werth chweil (sgôr gymedrig, 0 i 10)' },
    question: {
      en: 'Overall, to what extent do you feel that the things you do in your life are worthwhile?',
      cy: 'Ar y cyfan, i ba raddau ydych chi’n teimlo bod y pethau rydych chi’n eu gwneud yn eich bywyd yn werth chweil?',
    },
    subtitle: {
      cy: 'Sgôr gyfartalog teimlo bod y pethau y mae pobl yn eu gwneud yn eu bywyd yn werth chweil (0 = ‘ddim yn werth chweil o gwbl’, 10 = ‘hollol werth chweil’) ymhlith pobl 16 oed a throsodd',
    },
  },
  {
    raw: 'Happiness',
    id: 'happiness',
    label: { en: 'Happiness', cy: 'Hapusrwydd' },
    title: { en: 'Happiness (mean score, 0 to 10)', cy: 'Hapusrwydd (sgôr gymedrig, 0 i 10)' },
    question: { en: 'Overall, how happy did you feel yesterday?', cy: 'Ar y cyfan, pa mor hapus oeddech chi’n teimlo ddoe?' },
    subtitle: {
      cy: 'Sgôr gyfartalog hapusrwydd (0 = ‘ddim yn hapus o gwbl’, 10 = ‘hollol hapus’) ymhlith pobl 16 oed a throsodd',
    },
  },
  {
    raw: 'Anxiety',
    id: 'anxiety',
    label: { en: 'Anxiety', cy: 'Gorbryder' },
    title: { en: 'Anxiety (mean score, 0 to 10)', cy: 'Gorbryder (sgôr gymedrig, 0 i 10)' },
    question: { en: 'Overall, how anxious did you feel yesterday?', cy: 'Ar y cyfan, pa mor bryderus oeddech chi’n teimlo ddoe?' },
    subtitle: {
      cy: 'Sgôr gyfartalog gorbryder y diwrnod cynt (0 = ‘ddim yn bryderus o gwbl’, 10 = ‘hollol bryderus’) ymhlith pobl 16 oed a throsodd',
    },
  },
];

const HEALTH_VISITOR_ID = 'health-visitor-contacts-per-child';
const MEASURE_PER_CHILD = '2'; // HLTH1250 measure lookup: "Contacts per child"
const STAFF_HEALTH_VISITOR = '1'; // HLTH1250 staff lookup: "Health Visitor"

/** `201314` (StatsWales YearCode) -> `2013-04-01/P1Y`, the financial year as ONS writes it. */
function financialYear(yearCode, where) {
  const m = /^(\d{4})(\d{2})$/.exec(yearCode);
  if (!m || (Number(m[1]) + 1) % 100 !== Number(m[2])) throw new Error(`${where}: unexpected YearCode ${yearCode}`);
  return `${m[1]}-04-01/P1Y`;
}

/**
 * Builds the spec. `readCsv(rel)` reads data/raw/<rel> into objects; `num(s, where)` reads a number
 * ('' is null); `row(fields)` writes a data row in the project's key order; `onsSource` is the ONS
 * source the other examples cite (English), `onsRelease` its release date in English.
 */
export function buildCymraegSpec({ readCsv, num, row, onsSource, onsRelease }) {
  // Names in both languages, from the Welsh Government's reference data.
  const names = new Map();
  for (const r of readCsv('wales/statswales_reference_data_info_W06_W92.csv')) {
    const lang = { 'en-gb': 'en', 'cy-gb': 'cy' }[r.lang];
    if (!lang) throw new Error(`reference data: unexpected lang ${r.lang}`);
    names.set(r.item_id, { ...names.get(r.item_id), [lang]: r.description });
  }
  const area = (code) => {
    const name = names.get(code);
    if (!name?.en || !name?.cy) throw new Error(`reference data: no English and Welsh name for ${code}`);
    return code === WALES
      ? { code, name: { en: name.en, cy: name.cy }, type: 'country' }
      : { code, name: { en: name.en, cy: name.cy }, type: 'local-authority', parent: WALES };
  };

  // ONS4 rows.
  const byRaw = new Map(ONS4.map((m) => [m.raw, m]));
  const onsRows = [];
  for (const [k, r] of readCsv('ons-els/personal-wellbeing-estimates_wales-subset.csv').entries()) {
    if (!CYMRAEG_AREAS.includes(r.areacd)) continue;
    const where = `personal-wellbeing-estimates_wales-subset.csv record ${k + 2}`;
    const measure = byRaw.get(r.indicator);
    if (!measure) throw new Error(`${where}: unknown measure ${r.indicator}`);
    if (r.areanm !== names.get(r.areacd)?.en) throw new Error(`${where}: ${r.areanm} is not the reference name of ${r.areacd}`);
    const status = r.status.trim().toLowerCase();
    if (status !== '') throw new Error(`${where}: status ${status} is not handled by this example`);
    onsRows.push(
      row({ indicator: measure.id, area: r.areacd, period: r.period, value: num(r.observation, where), lower: num(r.lci_95, where), upper: num(r.uci_95, where) }),
    );
  }
  const order = (ids) => (a, b) => ids.indexOf(a) - ids.indexOf(b);
  const byIndicator = order(ONS4.map((m) => m.id));
  const byArea = order(CYMRAEG_AREAS);
  onsRows.sort((a, b) => byIndicator(a.indicator, b.indicator) || byArea(a.area, b.area) || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));

  // StatsWales HLTH1250: health visitors' contacts per child, with its own labels in both languages.
  const measure = readCsv('wales/statswales_HLTH1250_measure_lookup.csv').find((m) => m['Reference Code'] === MEASURE_PER_CHILD);
  const staff = readCsv('wales/statswales_HLTH1250_staff_lookup.csv').find((s) => s.RowRefAlt === STAFF_HEALTH_VISITOR);
  if (!measure || !staff) throw new Error('HLTH1250: the measure or staff lookup lost its row');
  const gss = new Map(readCsv('wales/statswales_geog_alt_ids.csv').map((r) => [r.item_id, r.alternate_id]));
  const hvRows = [];
  for (const [k, r] of readCsv('wales/statswales_HLTH1250_data.csv').entries()) {
    if (r.Measure !== MEASURE_PER_CHILD || r.RowRef !== STAFF_HEALTH_VISITOR) continue;
    const code = gss.get(r.AreaCode);
    if (!code) throw new Error(`statswales_HLTH1250_data.csv record ${k + 2}: no GSS code for StatsWales area ${r.AreaCode}`);
    if (!CYMRAEG_AREAS.includes(code)) continue;
    const where = `statswales_HLTH1250_data.csv record ${k + 2}`;
    hvRows.push(row({ indicator: HEALTH_VISITOR_ID, area: code, period: financialYear(r.YearCode, where), value: num(r.Data, where) }));
  }
  hvRows.sort((a, b) => byArea(a.area, b.area) || (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));

  const onsSourceText = {
    en: onsSource.name,
    cy: `Swyddfa Ystadegau Gwladol: amcangyfrifon blynyddol o les personol, Arolwg Blynyddol o’r Boblogaeth (cyhoeddwyd ${welshDate(onsRelease)})`,
  };
  const financialYears = {
    en: 'Periods are financial years (April to March).',
    cy: 'Blynyddoedd ariannol (Ebrill i Fawrth) yw’r cyfnodau.',
  };
  const onsIndicators = ONS4.map((m) => ({
    id: m.id,
    title: m.title,
    shortTitle: m.label,
    unit: { en: 'score', cy: 'sgôr' },
    polarity: m.id === 'anxiety' ? 'lower-is-better' : 'higher-is-better',
    decimals: 2,
    definition: {
      en: `Mean of the answers, from 0 to 10, of people aged 16 and over. Survey question: “${m.question.en}” ${financialYears.en}`,
      cy: `${m.subtitle.cy}. Cwestiwn yr arolwg: “${m.question.cy}” ${financialYears.cy}`,
    },
    source: { name: onsSourceText, url: onsSource.url },
  }));
  const healthVisitors = {
    id: HEALTH_VISITOR_ID,
    title: { en: `${measure['Notes English']} (${staff.Description_en})`, cy: `${measure['Notes Welsh']} (${staff.Description_cy})` },
    shortTitle: { en: measure['Description English'], cy: measure['Description Welsh'] },
    unit: { en: measure['Description English'].toLowerCase(), cy: measure['Description Welsh'].toLowerCase() },
    polarity: 'no-judgement',
    decimals: Number(measure.Decimals),
    definition: {
      en: `Health visitors’ contacts with children, per child receiving services, by local authority (StatsWales table HLTH1250). ${financialYears.en} No confidence limits are published, so the areas are not compared.`,
      cy: `Cysylltiadau ymwelwyr iechyd â phlant, fesul plentyn sy’n cael gwasanaethau, fesul awdurdod lleol (tabl StatsCymru HLTH1250). ${financialYears.cy} Ni chyhoeddir cyfyngau hyder, felly nid yw’r ardaloedd yn cael eu cymharu.`,
    },
    source: {
      name: { en: 'Welsh Government, StatsWales: HLTH1250, health visitor contacts', cy: 'Llywodraeth Cymru, StatsCymru: HLTH1250, cysylltiadau ymwelwyr iechyd' },
      url: 'https://statswales.gov.wales/',
    },
  };

  return {
    version: 1,
    title: { en: 'Well-being in Cardiff', cy: 'Llesiant yng Nghaerdydd' },
    source: {
      name: {
        en: 'Office for National Statistics (personal well-being); Welsh Government, StatsWales (health visitor contacts)',
        cy: 'Swyddfa Ystadegau Gwladol (lles personol); Llywodraeth Cymru, StatsCymru (cysylltiadau ymwelwyr iechyd)',
      },
      url: onsSource.url,
    },
    lang: 'cy',
    note: {
      en: `Built by scripts/cymraeg-example-data.mjs. ONS4 mean scores with 95% confidence limits for Cardiff, the Vale of Glamorgan, Newport and Wales, as published by ONS (release of ${onsRelease}) in ONSdigital/explore-local-statistics-data. Health visitor contacts from StatsWales HLTH1250 (its Wales rows carry note code t). Names in English and Welsh from the Welsh Government's reference data. The framework is the ONS4 set itself, not a Cardiff framework. The Welsh of the labels, questions and definitions has not yet been reviewed by a translator.`,
      cy: `Wedi’i adeiladu gan scripts/cymraeg-example-data.mjs. Sgorau cymedrig ONS4 gyda chyfyngau hyder 95 y cant ar gyfer Caerdydd, Bro Morgannwg, Casnewydd a Chymru, fel y’u cyhoeddwyd gan y Swyddfa Ystadegau Gwladol (${welshDate(onsRelease)}) yn ONSdigital/explore-local-statistics-data. Cysylltiadau ymwelwyr iechyd o StatsCymru HLTH1250 (mae cod nodyn t ar resi Cymru). Enwau yn Gymraeg ac yn Saesneg o ddata cyfeirio Llywodraeth Cymru. Set ONS4 ei hun yw’r fframwaith, nid fframwaith gan Gaerdydd. Nid yw cyfieithydd wedi adolygu’r Gymraeg eto.`,
    },
    framework: {
      id: 'ons4',
      title: { en: 'ONS4 personal well-being (each a mean score from 0 to 10)', cy: 'Lles personol ONS4 (pob un yn sgôr gymedrig o 0 i 10)' },
      centre: {
        label: { en: 'Personal well-being', cy: 'Llesiant personol' },
        statement: {
          en: 'How people rate their own lives: four questions, each answered from 0 to 10.',
          cy: 'Sut mae pobl yn barnu eu bywydau eu hunain: pedwar cwestiwn, ac ateb pob un o 0 i 10.',
        },
      },
      domains: ONS4.map((m) => ({ id: m.id, label: m.label, statement: m.question, indicators: [m.id] })),
    },
    areas: CYMRAEG_AREAS.map(area),
    benchmark: WALES,
    indicators: [...onsIndicators, healthVisitors],
    data: [...onsRows, ...hvRows],
  };
}

const WELSH_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
/** '7 November 2023' -> '7 Tachwedd 2023'. */
function welshDate(english) {
  const m = /^(\d{1,2}) (\w+) (\d{4})$/.exec(english);
  const month = m ? ENGLISH_MONTHS.indexOf(m[2]) : -1;
  if (!m || month < 0) throw new Error(`unexpected date ${english}`);
  return `${m[1]} ${WELSH_MONTHS[month]} ${m[3]}`;
}
