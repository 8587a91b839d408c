#!/usr/bin/env node
// Builds the <area-map> example data in examples/data/ from the raw public files in data/raw/:
//
//   examples/data/boundaries/ltla-england-wales.topo.json
//       the lower-tier council boundaries of England and Wales (layer `ltla`, every version from 2016
//       to 2025 with its `start`/`end` years) cut from ONS's UK TopoJSON; arcs no other kept area uses
//       are dropped, so the file is about half the size of the original.
//   examples/data/map-england-wales.json
//       the employment rate (2016 to 2023, with 95% limits) and gross disposable household income
//       per head (2019 to 2023) of every English and Welsh lower-tier council, its region, England,
//       Wales, and England and Wales (the benchmark), with each area's `parent`.
//   examples/data/map-wales-wellbeing.json
//       ONS4 personal wellbeing of the 22 Welsh councils and Wales, 2011/12 to 2022/23, with the
//       ONS4 framework (so a wheel can show a council), benchmark Wales.
//
//   node scripts/build-map-data.mjs           write the files
//   node scripts/build-map-data.mjs --check   fail if the files differ from what would be written
//
// Never invents a number: values and limits are copied from the ONS files (float artefacts such as
// 73.60000000000001 are rounded to the file's published decimal places); status `x` is a gap
// (`value: null`), `u` keeps the value with a note. A council's parent is the region (England) or
// Wales whose boundary holds the council's centroid in the same file.

import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { geoCentroid, geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import { parseCsvObjects } from './build-example-data.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const RAW = join(ROOT, 'data', 'raw');
const OUT = join(ROOT, 'examples', 'data');

const ONS_SOURCE = {
  name: 'Office for National Statistics, Explore Local Statistics',
  url: 'https://www.ons.gov.uk/explore-local-statistics/',
};
const LOWER_TIER = /^(E06|E07|E08|E09|W06)/;
const ENGLAND_AND_WALES = 'K04000001';

const readCsv = (path) => parseCsvObjects(readFileSync(join(RAW, path), 'utf8'), path);

/** A number as published, without binary float artefacts (73.60000000000001 → 73.6). */
function published(text, decimals) {
  if (text === '' || text === undefined) return undefined;
  const n = Number(text);
  if (!Number.isFinite(n)) throw new Error(`not a number: ${JSON.stringify(text)}`);
  return Number(n.toFixed(decimals));
}

// ---------------------------------------------------------------------------------------------
// Boundaries
// ---------------------------------------------------------------------------------------------

/** Keeps only the named objects (each filtered) and the arcs they use, renumbered. */
export function pruneTopology(topology, keep) {
  const objects = {};
  for (const [name, filter] of Object.entries(keep)) {
    const source = topology.objects[name];
    objects[name] = { ...source, geometries: source.geometries.filter(filter) };
  }
  const used = new Map();
  const remap = (index) => {
    const arc = index < 0 ? ~index : index;
    if (!used.has(arc)) used.set(arc, used.size);
    const next = used.get(arc);
    return index < 0 ? ~next : next;
  };
  const walk = (arcs) => (typeof arcs[0] === 'number' ? arcs.map(remap) : arcs.map(walk));
  for (const object of Object.values(objects)) {
    object.geometries = object.geometries.map((g) => ({ ...g, arcs: walk(g.arcs) }));
  }
  const arcs = new Array(used.size);
  for (const [old, next] of used) arcs[next] = topology.arcs[old];
  return { type: 'Topology', transform: topology.transform, objects, arcs };
}

// ---------------------------------------------------------------------------------------------
// Specs
// ---------------------------------------------------------------------------------------------

function onsRows(records, { indicator, decimals, fromYear, areas }) {
  const rows = [];
  for (const r of records) {
    if (!areas.has(r.areacd)) continue;
    const year = Number(r.period.slice(0, 4));
    if (year < fromYear) continue;
    const row = { indicator, area: r.areacd, period: r.period, value: r.status === 'x' ? null : published(r.observation, decimals) ?? null };
    const lower = published(r.lci_95, decimals);
    const upper = published(r.uci_95, decimals);
    if (row.value !== null && lower !== undefined && upper !== undefined) Object.assign(row, { lower, upper });
    if (r.status === 'u') row.note = 'Low reliability (ONS status u).';
    rows.push(row);
  }
  return rows.sort((a, b) => a.area.localeCompare(b.area) || a.period.localeCompare(b.period));
}

/** For a coastal council whose centroid falls in the sea of a generalised boundary: the region holding most of its points. */
function regionHoldingMostPoints(regions, f) {
  const points = f.geometry.coordinates.flat(f.geometry.type === 'MultiPolygon' ? 2 : 1);
  let best;
  let bestCount = 0;
  for (const region of regions) {
    const count = points.filter((p) => geoContains(region, p)).length;
    if (count > bestCount) [best, bestCount] = [region, count];
  }
  return best;
}

function buildEnglandWales(topology) {
  const employment = readCsv('ons-els/employment-rate.csv').filter((r) => r.indicator === 'Employment rate');
  const income = readCsv('ons-els/gross-disposable-household-income-per-head.csv');
  const ltla = feature(topology, topology.objects.ltla).features;
  const regions = feature(topology, topology.objects.rgn).features.filter((f) => /^E12/.test(f.properties.areacd));
  const parentOf = new Map();
  for (const f of ltla) {
    const code = f.properties.areacd;
    if (code.startsWith('W')) parentOf.set(code, 'W92000004');
    else if (code.startsWith('E')) {
      const region = regions.find((r) => geoContains(r, geoCentroid(f))) ?? regionHoldingMostPoints(regions, f);
      if (region) parentOf.set(code, region.properties.areacd);
    }
  }
  // Areas: the benchmark, the nations, the regions, and every lower-tier council with data.
  const names = new Map();
  for (const r of [...employment, ...income]) names.set(r.areacd, r.areanm);
  const lowerTier = [...new Set(employment.map((r) => r.areacd))].filter((c) => LOWER_TIER.test(c)).sort();
  const missingParent = lowerTier.filter((c) => !parentOf.has(c));
  if (missingParent.length) throw new Error(`no boundary (so no parent) for ${missingParent.join(', ')}`);
  const areas = [
    { code: ENGLAND_AND_WALES, name: 'England and Wales', type: 'country' },
    { code: 'E92000001', name: 'England', type: 'nation', parent: ENGLAND_AND_WALES },
    { code: 'W92000004', name: 'Wales', type: 'nation', parent: ENGLAND_AND_WALES },
    ...regions
      .map((r) => r.properties.areacd)
      .sort()
      .map((code) => ({ code, name: names.get(code), type: 'region', parent: 'E92000001' })),
    ...lowerTier.map((code) => ({ code, name: names.get(code), type: 'lower-tier-authority', parent: parentOf.get(code) })),
  ];
  const codes = new Set(areas.map((a) => a.code));
  const data = [
    ...onsRows(employment, { indicator: 'employment-rate', decimals: 1, fromYear: 2016, areas: codes }),
    ...onsRows(income, { indicator: 'household-income', decimals: 0, fromYear: 2019, areas: codes }),
  ];
  return {
    version: 1,
    title: 'Employment and household income in English and Welsh councils',
    source: ONS_SOURCE,
    lang: 'en',
    note:
      'Built by scripts/build-map-data.mjs from ONS Explore Local Statistics files (data/raw/ons-els/). ' +
      "A council's parent is the region (or Wales) that holds it, from ONS boundaries. Contains public sector information licensed under the Open Government Licence v3.0.",
    areas,
    benchmark: ENGLAND_AND_WALES,
    indicators: [
      {
        id: 'employment-rate',
        title: 'Employment rate (people aged 16 to 64)',
        shortTitle: 'Employment rate',
        unit: '%',
        polarity: 'higher-is-better',
        decimals: 1,
        definition:
          'The proportion of people aged 16 to 64 in paid work or temporarily away from a job (Annual Population Survey; official statistics in development).',
        source: { name: 'ONS, Annual Population Survey (Explore Local Statistics)', url: 'https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/employmentandemployeetypes/datasets/li01regionallabourmarketlocalindicatorsforcountieslocalandunitaryauthorities' },
      },
      {
        id: 'household-income',
        title: 'Gross disposable household income per head (£)',
        shortTitle: 'Household income per head',
        unit: '£',
        polarity: 'no-judgement',
        // Published without confidence intervals: compared by each council's fifth among councils,
        // as Fingertips does for such indicators.
        comparison: 'quintiles',
        decimals: 0,
        definition:
          'What each person in a household has for spending or saving after taxes and direct benefits, in pounds. Figures for 2023 are provisional.',
        source: { name: 'ONS, Regional gross disposable household income', url: 'https://www.ons.gov.uk/economy/regionalaccounts/grossdisposablehouseholdincome/bulletins/regionalgrossdisposablehouseholdincomegdhi/previousreleases' },
      },
    ],
    data,
  };
}

const ONS4 = [
  { measure: 'Satisfaction', id: 'life-satisfaction', title: 'Life satisfaction (mean score, 0 to 10)', label: 'Life satisfaction', polarity: 'higher-is-better' },
  { measure: 'Worthwhile', id: 'worthwhile', title: 'Feeling the things done in life are worthwhile (mean score, 0 to 10)', label: 'Worthwhile', polarity: 'higher-is-better' },
  { measure: 'Happiness', id: 'happiness', title: 'Happiness yesterday (mean score, 0 to 10)', label: 'Happiness', polarity: 'higher-is-better' },
  { measure: 'Anxiety', id: 'anxiety', title: 'Anxiety yesterday (mean score, 0 to 10)', label: 'Anxiety', polarity: 'lower-is-better' },
];

function buildWalesWellbeing() {
  const records = readCsv('ons-els/personal-wellbeing-estimates_wales-subset.csv').filter((r) => /^W/.test(r.areacd));
  const names = new Map(records.map((r) => [r.areacd, r.areanm]));
  const councils = [...names.keys()].filter((c) => c.startsWith('W06')).sort();
  const areas = [
    { code: 'W92000004', name: 'Wales', type: 'nation' },
    ...councils.map((code) => ({ code, name: names.get(code), type: 'lower-tier-authority', parent: 'W92000004' })),
  ];
  const codes = new Set(areas.map((a) => a.code));
  const data = ONS4.flatMap((m) =>
    onsRows(
      records.filter((r) => r.indicator === m.measure),
      { indicator: m.id, decimals: 2, fromYear: 0, areas: codes },
    ),
  );
  return {
    version: 1,
    title: 'Personal wellbeing in Welsh councils',
    source: { name: 'ONS, Annual Population Survey: personal wellbeing estimates', url: 'https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing/datasets/headlineestimatesofpersonalwellbeing' },
    lang: 'en',
    note: 'Built by scripts/build-map-data.mjs from the ONS Explore Local Statistics personal wellbeing file (Welsh rows). Open Government Licence v3.0.',
    framework: {
      id: 'ons4',
      title: 'ONS4 personal wellbeing',
      centre: { label: 'Personal wellbeing', statement: 'How people feel about their lives (ONS4 questions)' },
      domains: ONS4.map((m) => ({ id: m.id, label: m.label, indicators: [m.id] })),
    },
    areas,
    benchmark: 'W92000004',
    indicators: ONS4.map((m) => ({
      id: m.id,
      title: m.title,
      shortTitle: m.label,
      unit: 'score',
      polarity: m.polarity,
      decimals: 2,
      source: { name: 'ONS, Annual Population Survey' },
    })),
    data,
  };
}

/** Pretty JSON with one line per area and per data row, so the file is small and diffs read well. */
function specJson(spec) {
  const line = (items) => items.map((item) => `  ${JSON.stringify(item)}`).join(',\n');
  const { areas, data, ...rest } = spec;
  const head = JSON.stringify(rest, null, 1).replace(/\n}$/, '');
  return `${head},\n "areas": [\n${line(areas)}\n ],\n "data": [\n${line(data)}\n ]\n}\n`;
}

export function buildMapData() {
  const topology = JSON.parse(readFileSync(join(RAW, 'boundaries/uk-topo.json'), 'utf8'));
  const englandWales = buildEnglandWales(topology);
  const boundaries = pruneTopology(topology, { ltla: (g) => /^[EW]/.test(g.properties.areacd) });
  return new Map([
    ['boundaries/ltla-england-wales.topo.json', JSON.stringify(boundaries)],
    ['map-england-wales.json', specJson(englandWales)],
    ['map-wales-wellbeing.json', specJson(buildWalesWellbeing())],
  ]);
}

function main() {
  const outputs = buildMapData();
  if (process.argv.includes('--check')) {
    const stale = [...outputs].filter(([name, text]) => {
      try {
        return readFileSync(join(OUT, name), 'utf8') !== text;
      } catch {
        return true;
      }
    });
    if (stale.length) {
      console.error(`build-map-data --check: out of date: ${stale.map(([n]) => n).join(', ')} (run npm run data)`);
      process.exit(1);
    }
    console.log(`build-map-data --check: ${outputs.size} files up to date.`);
    return;
  }
  for (const [name, text] of outputs) {
    mkdirSync(dirname(join(OUT, name)), { recursive: true });
    writeFileSync(join(OUT, name), text);
    console.log(`${name.padEnd(44)} ${(text.length / 1024).toFixed(0).padStart(5)} KB`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main();
