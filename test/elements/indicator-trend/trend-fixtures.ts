/**
 * Specs for the <indicator-trend> tests, all from the real example data (examples/data, see
 * data/SOURCES.md); where a case needs something the published data do not have (a missing period,
 * a no-judgement indicator, very long labels, a target), the change is made here and named.
 */
import { Model } from '../../../src/model/model.js';
import { parseSpec } from '../../../src/spec/parse.js';
import type { DataRow, Spec, SpecInput } from '../../../src/spec/schema.js';
import { exampleSpec } from '../../helpers.js';

export const ENGLAND = 'E92000001';
export const WALSALL = 'E08000030';
export const COUNTY_DURHAM = 'E06000047';
export const ISLINGTON = 'E09000019';
export const WEST_MIDLANDS = 'E12000005';
export const LONDON = 'E12000007';
export const NORTH_EAST = 'E12000001';

type Rows = Array<Partial<DataRow> & { indicator: string; area: string; period: string }>;
const rowsOf = (spec: SpecInput) => spec.data as Rows;

/** ONS personal wellbeing (APS, release of 7 November 2023): 8 areas, 4 measures, 2011/12 to 2022/23. */
export function onsWellbeing(): Promise<SpecInput> {
  return exampleSpec('ons-wellbeing.json');
}

/**
 * The ONS series with Walsall's anxiety estimate for 2020/21 made unavailable (value null, as ONS
 * publishes suppressed "x" estimates) and, when `dropRow`, County Durham's 2019/20 row removed.
 */
export async function onsWithMissingPeriod(dropRow = false): Promise<SpecInput> {
  const spec = await onsWellbeing();
  spec.data = rowsOf(spec)
    .filter((r) => !(dropRow && r.indicator === 'anxiety' && r.area === COUNTY_DURHAM && r.period === '2019-04-01/P1Y'))
    .map((r) =>
      r.indicator === 'anxiety' && r.area === WALSALL && r.period === '2020-04-01/P1Y' ? { ...r, value: null, lower: null, upper: null } : r,
    ) as SpecInput['data'];
  return spec;
}

/** The ONS series with anxiety's polarity set to no-judgement (higher/lower only). */
export async function onsNoJudgement(): Promise<SpecInput> {
  const spec = await onsWellbeing();
  spec.indicators = spec.indicators!.map((i) => (i.id === 'anxiety' ? { ...i, polarity: 'no-judgement' as const } : i));
  return spec;
}

/** Fingertips life expectancy (no confidence limits in the extract). */
export function lifeExpectancy(): Promise<SpecInput> {
  return exampleSpec('life-expectancy.json');
}

/** Long labels: the ONS data with a very long indicator title, area names and a long unit. */
export async function onsLongLabels(): Promise<SpecInput> {
  const spec = await onsWellbeing();
  spec.indicators = spec.indicators!.map((i) =>
    i.id === 'life-satisfaction'
      ? { ...i, title: 'Average rating of life satisfaction among residents aged sixteen years and over, on a scale from nought (not at all satisfied) to ten (completely satisfied), Annual Population Survey', unit: 'mean score out of ten on the ONS personal wellbeing scale' }
      : i,
  );
  spec.areas = spec.areas!.map((a) =>
    a.code === ISLINGTON
      ? { ...a, name: 'The London Borough of Islington (including the former Metropolitan Borough of Finsbury)' }
      : a.code === LONDON
        ? { ...a, name: 'London (Greater London Authority area, thirty-two boroughs and the City of London)' }
        : a,
  );
  return spec;
}

/** The ONS data with a target on life satisfaction (7.5: an illustrative local ambition, not published). */
export async function onsWithTarget(): Promise<SpecInput> {
  const spec = await onsWellbeing();
  spec.indicators = spec.indicators!.map((i) => (i.id === 'life-satisfaction' ? { ...i, target: 7.5 } : i));
  return spec;
}

/** A Model from a spec with inline data, as the element builds it. */
export function modelOf(input: SpecInput): Model {
  const parsed = parseSpec(input);
  if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('\n'));
  return new Model(parsed.spec as Spec);
}

/**
 * The Fingertips rule written out independently of src/stats, as the oracle: similar when the
 * benchmark value lies in [lower, upper]; else higher/lower, which polarity turns into better/worse.
 */
export function fingertipsLetter(value: number, lower: number, upper: number, benchmark: number, polarity: string): string {
  if (lower <= benchmark && benchmark <= upper) return 'S';
  const higher = value > benchmark;
  if (polarity === 'higher-is-better') return higher ? 'B' : 'W';
  if (polarity === 'lower-is-better') return higher ? 'W' : 'B';
  return higher ? 'H' : 'L';
}
