/**
 * Specs for the <inequality-gap> tests, from the real example data (examples/data, see
 * data/SOURCES.md). Where a case needs something the published data do not have (no populations,
 * an overall value, one group only, a missing period), the change is made here and named.
 */
import { Model } from '../../../src/model/model.js';
import { parseSpec } from '../../../src/spec/parse.js';
import type { DataRow, Spec, SpecInput } from '../../../src/spec/schema.js';
import { exampleSpec } from '../../helpers.js';

export const ENGLAND = 'E92000001';
export const WALSALL = 'E08000030';
export const COUNTY_DURHAM = 'E06000047';
export const ISLINGTON = 'E09000019';

export type Rows = Array<Partial<DataRow> & { indicator: string; area: string; period: string; value: number | null }>;
export const rowsOf = (spec: SpecInput) => spec.data as Rows;

/** A parsed spec's model, as the element builds it. */
export function modelOf(spec: SpecInput): Model {
  const parsed = parseSpec(spec);
  if (!parsed.ok) throw new Error(`spec does not parse: ${JSON.stringify(parsed.issues)}`);
  return new Model(parsed.spec as Spec);
}

/** Fingertips deprivation data for England (IMD 2019 deciles and quintiles; group order 1 = most deprived). */
export function deprivation(): Promise<SpecInput> {
  return exampleSpec('deprivation-england.json');
}

/** Life expectancy at birth by sex (Fingertips 90366), England, Walsall, County Durham, Islington, 2015 - 17 to 2023 - 25. */
export function lifeExpectancy(): Promise<SpecInput> {
  return exampleSpec('life-expectancy.json');
}

/** The deprivation data without populations (denominator and count removed), as many local extracts come. */
export async function deprivationWithoutPopulations(): Promise<SpecInput> {
  const spec = await deprivation();
  spec.data = rowsOf(spec).map(({ denominator: _d, count: _c, ...row }) => row) as SpecInput['data'];
  return spec;
}

/**
 * Alcohol-related mortality 2023 with an England overall value added (the export has none): 39.6
 * per 100,000 with limits 39.0 to 40.2, a value between the groups' for the comparison colours.
 */
export async function deprivationWithOverall(): Promise<SpecInput> {
  const spec = await deprivation();
  rowsOf(spec).push({ indicator: 'alcohol-related-mortality', area: ENGLAND, period: '2023', value: 39.6, lower: 39.0, upper: 40.2 });
  return spec;
}

/** Life expectancy with County Durham's male value for 2019 - 21 removed (a gap in one series). */
export async function lifeExpectancyWithGap(): Promise<SpecInput> {
  const spec = await lifeExpectancy();
  spec.data = rowsOf(spec).map((r) =>
    r.indicator === 'life-expectancy' && r.area === COUNTY_DURHAM && r.period === '2019 - 21' && r.group?.label === 'Male' ? { ...r, value: null } : r,
  ) as SpecInput['data'];
  return spec;
}

/**
 * Life expectancy with only the female rows kept for County Durham in the latest period (2023 - 25),
 * and County Durham's whole-area values (persons) added for every period: one group, plus overall.
 * The overall values are made up for the test (the extract has no persons figure).
 */
export async function lifeExpectancyOneGroupLatest(): Promise<SpecInput> {
  const spec = await lifeExpectancy();
  const rows = rowsOf(spec).filter(
    (r) => !(r.indicator === 'life-expectancy' && r.area === COUNTY_DURHAM && r.period === '2023 - 25' && r.group?.label === 'Male'),
  );
  const periods = [...new Set(rows.filter((r) => r.indicator === 'life-expectancy').map((r) => r.period))];
  periods.forEach((period, i) => rows.push({ indicator: 'life-expectancy', area: COUNTY_DURHAM, period, value: 79.5 + i * 0.05 }));
  spec.data = rows as SpecInput['data'];
  return spec;
}

/** The deprivation spec with one indicator holding both decile and quintile rows (quintiles first). */
export async function deprivationTwoKinds(): Promise<SpecInput> {
  const spec = await deprivation();
  const rows = rowsOf(spec);
  const quintiles = rows
    .filter((r) => r.indicator === 'emergency-readmissions')
    .map((r) => ({ ...r, indicator: 'alcohol-related-mortality' }));
  spec.data = [...quintiles, ...rows.filter((r) => r.indicator !== 'emergency-readmissions')] as SpecInput['data'];
  return spec;
}

/**
 * A small spec in the shape of County Durham's employment example (the report quotes the gap between
 * people with a long-term condition and everyone: 16.5 points in 2014, 19.5 in 2018). The rates are
 * made up to give exactly those gaps; the report does not publish them.
 */
export function employmentGapSpec(): SpecInput {
  const overall = [69.0, 70.2, 71.5, 72.8, 74.0];
  const withCondition = [52.5, 53.1, 53.9, 54.6, 54.5];
  const periods = ['2014', '2015', '2016', '2017', '2018'];
  return {
    version: 1,
    areas: [{ code: COUNTY_DURHAM, name: 'County Durham' }],
    indicators: [{ id: 'employment-rate', title: 'Employment rate, people aged 16 to 64', unit: '%', polarity: 'higher-is-better', decimals: 1 }],
    data: periods.flatMap((period, i) => [
      { indicator: 'employment-rate', area: COUNTY_DURHAM, period, value: overall[i]! },
      { indicator: 'employment-rate', area: COUNTY_DURHAM, period, value: withCondition[i]!, group: { type: 'health', label: 'Long-term condition' } },
    ]),
  };
}
