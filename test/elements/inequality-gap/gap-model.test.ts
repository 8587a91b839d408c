/**
 * The view model of <inequality-gap>: choice of what to show, the gaps and the SII from src/stats,
 * and every word. Numbers come from the real Fingertips data in examples/data (see gap-fixtures.ts).
 */
import type { SpecInput } from '../../../src/spec/schema.js';
import { expect } from '@open-wc/testing';
import { buildGapView, exportRows, GapDataError, parseGroupPair, type GapRequest, type GroupsView, type OverTimeView } from '../../../src/elements/inequality-gap/gap-model.js';
import { en } from '../../../src/i18n/en.js';
import type { Model } from '../../../src/model/model.js';
import { SII_DEFAULT_SEED, slopeIndexOfInequality } from '../../../src/stats/index.js';
import {
  COUNTY_DURHAM,
  deprivation,
  deprivationTwoKinds,
  deprivationWithOverall,
  deprivationWithoutPopulations,
  employmentGapSpec,
  ENGLAND,
  lifeExpectancy,
  lifeExpectancyOneGroupLatest,
  lifeExpectancyWithGap,
  modelOf,
  rowsOf,
} from './gap-fixtures.js';

const options = { messages: en, lang: 'en' };
const groupsView = (model: Model, request: GapRequest) => {
  const view = buildGapView(model, request, options);
  if (view.kind !== 'groups') throw new Error(`expected the groups view, got ${view.kind}`);
  return view as GroupsView;
};
const overTimeView = (model: Model, request: GapRequest) => {
  const view = buildGapView(model, request, options);
  if (view.kind !== 'over-time') throw new Error(`expected the over-time view, got ${view.kind}`);
  return view as OverTimeView;
};
function errorOf(fn: () => unknown): GapDataError {
  try {
    fn();
  } catch (error) {
    if (error instanceof GapDataError) return error;
    throw error;
  }
  throw new Error('expected a GapDataError');
}


/** Declares an indicator's value type (and SII options): PHE's method follows it, never the unit text. */
function declare(spec: SpecInput, id: string, fields: Record<string, unknown>): SpecInput {
  const indicator = (spec.indicators as Array<{ id: string }>).find((i) => i.id === id)!;
  Object.assign(indicator, fields);
  return spec;
}

describe('gap-model: groups view (Fingertips deprivation deciles)', () => {
  // Alcohol-related mortality, England, 2023, by IMD 2019 decile (Fingertips 93763, deprivation-england.json):
  // most deprived decile 51.27809784 per 100,000, least deprived 30.02891978.
  it('defaults to the latest period and compares the most with the least deprived decile', async () => {
    const view = groupsView(modelOf(await deprivation()), { indicator: 'alcohol-related-mortality' });
    expect(view.period).to.equal('2023');
    expect(view.areaName).to.equal('England');
    expect(view.groupType).to.equal('deprivation-decile');
    expect(view.ordered).to.equal(true);
    expect(view.groups.map((g) => g.order)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(view.gap.a.label).to.equal('Most deprived decile');
    expect(view.gap.b.label).to.equal('Least deprived decile');
    expect(view.gap.absolute).to.be.closeTo(51.27809784 - 30.02891978, 1e-9);
    expect(view.gap.relative).to.be.closeTo(51.27809784 / 30.02891978, 1e-9);
  });

  it('takes the SII and RII from slopeIndexOfInequality with populations, rates on the log scale and a fixed seed', async () => {
    const spec = declare(await deprivation(), 'alcohol-related-mortality', { valueType: 'standardised-rate' });
    const view = groupsView(modelOf(spec), { indicator: 'alcohol-related-mortality' });
    expect(view.sii.ok).to.equal(true);
    if (!view.sii.ok) return;
    const rows = rowsOf(spec).filter((r) => r.indicator === 'alcohol-related-mortality' && r.period === '2023');
    const direct = slopeIndexOfInequality(
      rows.map((r) => ({ order: r.group!.order!, value: r.value, population: r.denominator ?? null, lower: r.lower ?? null, upper: r.upper ?? null })),
      { valueType: 'rate', seed: SII_DEFAULT_SEED },
    );
    expect(direct.ok).to.equal(true);
    if (!direct.ok) return;
    expect(view.sii.result.sii).to.equal(direct.sii);
    expect(view.sii.result.siiLower).to.equal(direct.siiLower);
    expect(view.sii.result.siiUpper).to.equal(direct.siiUpper);
    expect(view.sii.result.rii).to.equal(direct.rii);
    // Independent check of the point estimate: least squares weighted by population share, on the
    // midpoints of the cumulative population (PHE method), worked out in Python from the same rows.
    expect(view.sii.result.sii).to.be.closeTo(-22.45745278455548, 1e-9);
    expect(view.sii.result.rii).to.be.closeTo(0.570533313207104, 1e-9);
    expect(view.sii.result.siiLower).to.be.below(view.sii.result.sii);
    expect(view.sii.result.siiUpper).to.be.above(view.sii.result.sii);
    // The same request gives the same limits (seeded simulation).
    const again = groupsView(modelOf(spec), { indicator: 'alcohol-related-mortality' });
    expect(again.sii.ok && again.sii.result.siiLower).to.equal(view.sii.result.siiLower);
    // Groups sit at their population midpoints and carry the fitted values.
    expect(view.placedByPopulation).to.equal(true);
    expect(view.groups[0]!.position).to.be.closeTo(7919358 / 2 / rows.reduce((s, r) => s + r.denominator!, 0), 1e-12);
    expect(view.groups[0]!.fitted).to.be.closeTo(view.sii.result.intercept + view.sii.result.slope * view.groups[0]!.position, 1e-9);
  });

  it('writes the summary in the form "In England in 2023, the value was A in the most deprived tenth and B in the least deprived…"', async () => {
    const view = groupsView(modelOf(await deprivation()), { indicator: 'alcohol-related-mortality' });
    expect(view.summary).to.match(
      /^In England in 2023, the value was 51\.3 per 100,000 in the most deprived tenth and 30\.0 per 100,000 in the least deprived tenth: a gap of 21\.2 per 100,000\. The slope index of inequality was -22\.5 per 100,000 \(95% limits -\d\d\.\d to -\d\d\.\d\)\./,
    );
    expect(view.summary).to.contain('Lower is better for this indicator: the value is better in the least deprived tenth.');
    const terms = view.figures.map((f) => f.term);
    expect(terms).to.include.members(['Slope index of inequality (SII)', 'Relative index of inequality (RII)']);
    expect(view.figures.find((f) => f.term.startsWith('Ratio'))!.description).to.equal('1.71');
  });

  it('names fifths for quintiles and simulates percentages on the logit scale (emergency readmissions 2023/24)', async () => {
    const spec = declare(await deprivation(), 'emergency-readmissions', { valueType: 'proportion', multiplier: 100 });
    const view = groupsView(modelOf(spec), { indicator: 'emergency-readmissions' });
    expect(view.period).to.equal('2023/24');
    expect(view.groups).to.have.length(5);
    expect(view.summary).to.match(/^In England in 2023\/24, the value was 15\.5% in the most deprived fifth and 14\.1% in the least deprived fifth: a gap of 1\.4 percentage points\./);
    const rows = rowsOf(spec).filter((r) => r.indicator === 'emergency-readmissions' && r.period === '2023/24');
    const direct = slopeIndexOfInequality(
      rows.map((r) => ({ order: r.group!.order!, value: r.value, population: r.denominator ?? null, lower: r.lower ?? null, upper: r.upper ?? null })),
      { valueType: 'proportion', proportionScale: 100, seed: SII_DEFAULT_SEED },
    );
    expect(view.sii.ok && direct.ok && view.sii.result.siiLower === direct.siiLower && view.sii.result.sii === direct.sii).to.equal(true);
  });

  it('sii.transform: a rate fitted on the log scale as phe_sii(transform = TRUE) does, and the notes say so', async () => {
    const spec = declare(await deprivation(), 'alcohol-related-mortality', { valueType: 'standardised-rate', sii: { transform: true } });
    const view = groupsView(modelOf(spec), { indicator: 'alcohol-related-mortality' });
    if (!view.sii.ok) throw new Error('no SII');
    const rows = rowsOf(spec).filter((r) => r.indicator === 'alcohol-related-mortality' && r.period === '2023');
    const direct = slopeIndexOfInequality(
      rows.map((r) => ({ order: r.group!.order!, value: r.value, population: r.denominator ?? null, lower: r.lower ?? null, upper: r.upper ?? null })),
      { valueType: 'rate', transform: true, seed: SII_DEFAULT_SEED },
    );
    if (!direct.ok) throw new Error('no direct SII');
    expect(view.sii.result.transformed).to.equal(true);
    expect(view.sii.result.sii).to.equal(direct.sii);
    // the log-scale line is not the straight one
    expect(view.sii.result.sii).to.not.be.closeTo(-22.45745278455548, 0.01);
    expect(view.notes.at(-1)).to.match(/transform = TRUE for a rate: the line fitted on the log scale/);
    // the unit never decides: without a value type the same data are fitted as they are
    const plain = groupsView(modelOf(await deprivation()), { indicator: 'alcohol-related-mortality' });
    expect(plain.sii.ok && plain.sii.result.transformed).to.equal(false);
    expect(plain.notes.at(-1)).to.match(/a straight line on the values themselves/);
  });

  it('accepts a period as written in the data and refuses one with no groups, naming the attribute', async () => {
    const model = modelOf(await deprivation());
    expect(groupsView(model, { indicator: 'alcohol-related-mortality', period: '2019' }).periodLabel).to.equal('2019');
    expect(groupsView(model, { indicator: 'children-low-income', period: '2019/20' }).period).to.equal('2019/20');
    const error = errorOf(() => buildGapView(model, { indicator: 'alcohol-related-mortality', period: '2031' }, options));
    expect(error.attribute).to.equal('period');
    expect(error.message).to.equal('period="2031" has no groups for this indicator and area; periods with groups: 2018, 2019, 2020, 2021, 2022 and 2023.');
  });

  it('says which end is better, or that there is no better direction', async () => {
    const model = modelOf(await deprivation());
    // Deaths in hospital has no judgement in Fingertips.
    expect(groupsView(model, { indicator: 'deaths-in-hospital' }).summary).to.contain('This indicator has no better or worse direction.');
    // Children in low income families 2022/23: 38.4% most deprived, 6.4% least deprived; lower is better.
    const children = groupsView(model, { indicator: 'children-low-income' });
    expect(children.summary).to.contain('the value was 38.4% in the most deprived tenth and 6.4% in the least deprived tenth: a gap of 32.0 percentage points');
    expect(children.summary).to.contain('the value is better in the least deprived tenth');
  });

  it('explains why there is no SII when the data have no populations, naming the groups', async () => {
    const view = groupsView(modelOf(await deprivationWithoutPopulations()), { indicator: 'alcohol-related-mortality' });
    expect(view.sii.ok).to.equal(false);
    if (view.sii.ok) return;
    expect(view.sii.reason).to.equal('missing-population');
    expect(view.sii.message).to.contain(`it needs each group's population (the row's "denominator")`);
    expect(view.sii.message).to.contain('"Most deprived decile"');
    expect(view.placedByPopulation).to.equal(false);
    expect(view.groups.map((g) => g.position)).to.deep.equal([0.05, 0.15, 0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.85, 0.95]);
    expect(view.figures.find((f) => f.term === 'Slope index of inequality (SII)')!.description).to.match(/^not calculated: it needs each group's population/);
    // The gap itself still stands.
    expect(view.gap.absolute).to.be.closeTo(21.24917806, 1e-6);
    expect(view.summary).not.to.contain('slope index');
  });

  it('explains why there is no SII for too few ordered groups', async () => {
    const spec = await deprivation();
    spec.data = rowsOf(spec).filter((r) => !(r.indicator === 'alcohol-related-mortality' && r.period === '2023' && r.group!.order! > 3)) as typeof spec.data;
    const view = groupsView(modelOf(spec), { indicator: 'alcohol-related-mortality' });
    expect(view.sii.ok === false && view.sii.message).to.equal('it needs at least 5 ordered groups with a value, and there are 3');
    expect(view.gap.b.label).to.equal('Third more deprived decile');
    // The ends are named by their labels: the least deprived decile is not among them.
    expect(view.summary).to.contain('in the most deprived tenth and 45.2 per 100,000 for Third more deprived decile');
  });

  it('compares highest with lowest for unordered groups and says the SII needs an order (life expectancy by sex)', async () => {
    // County Durham 2023 - 25: females 81.7 years, males 78.0 (Fingertips 90366).
    const view = groupsView(modelOf(await lifeExpectancy()), { indicator: 'life-expectancy', area: COUNTY_DURHAM });
    expect(view.ordered).to.equal(false);
    expect(view.periodLabel).to.equal('2023 to 2025');
    expect(view.gap.a.label).to.equal('Female');
    expect(view.gap.b.label).to.equal('Male');
    expect(view.gap.absolute).to.be.closeTo(3.7, 1e-9);
    expect(view.sii.ok === false && view.sii.reason).to.equal('unordered');
    expect(view.sii.ok === false && view.sii.message).to.contain('it needs groups in order');
    expect(view.summary).to.equal(
      'In County Durham in 2023 to 2025, the value was 81.7 years for Female and 78.0 years for Male: a gap of 3.7 years. Higher is better for this indicator: the value is better for Female.',
    );
  });

  it('compares every group with the overall value when there is one (Fingertips method)', async () => {
    const view = groupsView(modelOf(await deprivationWithOverall()), { indicator: 'alcohol-related-mortality' });
    expect(view.overall?.value).to.equal(39.6);
    expect(view.overall?.label).to.equal('England overall');
    // 51.3 (49.6 to 53.0) is worse than 39.6 (lower is better); 39.9 (38.2 to 41.8) holds 39.6: similar; 30.0: better.
    expect(view.groups[0]!.comparison).to.equal('worse');
    expect(view.groups[4]!.comparison).to.equal('similar');
    expect(view.groups[9]!.comparison).to.equal('better');
    expect(view.table.head.at(-1)!.text).to.equal('Compared with England overall');
    expect(view.table.rows[0]!.at(-1)).to.deep.equal({ text: 'worse', status: 'worse' });
    expect(view.table.rows.at(-1)![0]!.text).to.equal('England overall');
    expect(view.summary).to.contain('The value for England overall was 39.6 per 100,000.');
  });

  it('fills the table with the same numbers, and "No data" for a missing one', async () => {
    const spec = await deprivation();
    rowsOf(spec).forEach((r) => {
      if (r.indicator === 'alcohol-related-mortality' && r.period === '2023' && r.group!.order === 5) r.value = null;
    });
    const view = groupsView(modelOf(spec), { indicator: 'alcohol-related-mortality' });
    expect(view.table.head.map((h) => h.text)).to.deep.equal(['Group', 'Value (per 100,000)', 'Lower 95% limit', 'Upper 95% limit', 'Population']);
    expect(view.table.rows[0]!.map((c) => c.text)).to.deep.equal(['Most deprived decile', '51.3', '49.6', '53.0', '7,919,358']);
    expect(view.table.rows[4]![1]!.text).to.equal('No data');
    // A missing value is not a group with a value: no keyboard stop, and no SII.
    expect(view.stops).to.have.length(9);
    expect(view.sii.ok === false && view.sii.reason).to.equal('missing-value');
  });
});

describe('gap-model: choosing what to show', () => {
  it('picks the first indicator with groups and the first area with them when none is asked', async () => {
    const view = buildGapView(modelOf(await lifeExpectancy()), {}, options);
    expect(view.indicator.id).to.equal('life-expectancy');
    expect(view.areaCode).to.equal(ENGLAND);
  });

  it('defaults to groups when the latest period has two groups, else to over-time', async () => {
    expect(buildGapView(modelOf(await lifeExpectancy()), { indicator: 'life-expectancy', area: COUNTY_DURHAM }, options).kind).to.equal('groups');
    const view = buildGapView(modelOf(await lifeExpectancyOneGroupLatest()), { indicator: 'life-expectancy', area: COUNTY_DURHAM }, options);
    expect(view.kind).to.equal('over-time');
  });

  it('chooses the kind of group with group-type, defaulting to the first', async () => {
    const model = modelOf(await deprivationTwoKinds());
    expect(groupsView(model, { indicator: 'alcohol-related-mortality' }).groupType).to.equal('deprivation-quintile');
    const deciles = groupsView(model, { indicator: 'alcohol-related-mortality', groupType: 'deprivation-decile' });
    expect(deciles.groups).to.have.length(10);
    const error = errorOf(() => buildGapView(model, { indicator: 'alcohol-related-mortality', groupType: 'ward' }, options));
    expect(error.attribute).to.equal('group-type');
    expect(error.message).to.equal(
      'group-type="ward" is not one of the kinds of group for this indicator and area ("deprivation-quintile" and "deprivation-decile").',
    );
  });

  it('names the attribute at fault for an unknown indicator, area or view', async () => {
    const model = modelOf(await lifeExpectancy());
    const indicator = errorOf(() => buildGapView(model, { indicator: 'foo' }, options));
    expect(indicator.attribute).to.equal('indicator');
    expect(indicator.message).to.match(/^indicator="foo" is not one of the indicators in the spec \("life-expectancy-male", /);
    const area = errorOf(() => buildGapView(model, { indicator: 'life-expectancy', area: 'E99999999' }, options));
    expect(area.message).to.match(/^area="E99999999" is not one of the areas in the spec \("E92000001", /);
    const ungrouped = errorOf(() => buildGapView(model, { indicator: 'life-expectancy-male', area: COUNTY_DURHAM }, options));
    expect(ungrouped.message).to.equal('area="E06000047" (County Durham) has no rows with a group for indicator "life-expectancy-male".');
    const view = errorOf(() => buildGapView(model, { indicator: 'life-expectancy', view: 'pie' }, options));
    expect(view.message).to.equal('view="pie" is not a view of this element: use "groups" or "over-time".');
  });

  it('says a gap needs two groups when a period has only one', async () => {
    const model = modelOf(await lifeExpectancyOneGroupLatest());
    const error = errorOf(() => buildGapView(model, { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'groups' }, options));
    expect(error.message).to.equal(
      'Only one group ("Female") has a value in County Durham in 2023 to 2025: a gap needs at least two groups. Try view="over-time" to compare a group with the overall value.',
    );
  });
});

describe('gap-model: over-time view', () => {
  it('states the female-male gap in County Durham in every period and that it widened (life-expectancy.json)', async () => {
    const view = overTimeView(modelOf(await lifeExpectancy()), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' });
    expect(view.series.map((s) => s.label)).to.deep.equal(['Female', 'Male']);
    expect(view.periods.map((p) => p.periodLabel)).to.deep.equal([
      '2015 to 2017', '2016 to 2018', '2017 to 2019', '2018 to 2020', '2019 to 2021', '2020 to 2022', '2021 to 2023', '2022 to 2024', '2023 to 2025',
    ]);
    // Female minus male, as published to one decimal: 81.3 - 78.2 … 81.7 - 78.0.
    expect(view.periods.map((p) => Number(p.gap!.toFixed(1)))).to.deep.equal([3.1, 3.2, 3.5, 3.6, 3.6, 3.3, 3.6, 3.5, 3.7]);
    expect(view.change?.direction).to.equal('widened');
    expect(view.change?.change).to.be.closeTo(0.6, 1e-9);
    expect(view.summary).to.equal(
      'In County Durham, the value for Female was 3.1 years higher than for Male in 2015 to 2017; the value for Female was 3.7 years higher than for Male in 2023 to 2025. From the first to the last period the gap widened by 0.6 years. Higher is better for this indicator.',
    );
    expect(view.table.head.map((h) => h.text)).to.deep.equal(['Period', 'Female', 'Male', 'Gap (Female minus Male)']);
    expect(view.table.rows[0]!.map((c) => c.text)).to.deep.equal(['2015 to 2017', '81.3', '78.2', '3.1']);
    expect(view.stops[8]!.tip).to.deep.equal([['', '2023 to 2025'], ['Female', '81.7 years'], ['Male', '78.0 years'], ['Gap', '3.7 years']]);
  });

  it('takes the two groups from groups="Male,Female" in that order, whatever their case', async () => {
    const view = overTimeView(modelOf(await lifeExpectancy()), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time', groups: 'male, FEMALE' });
    expect(view.series.map((s) => s.label)).to.deep.equal(['Male', 'Female']);
    expect(view.periods[0]!.gap).to.be.closeTo(-3.1, 1e-9);
    // Sizes are compared, so the gap still widened; the words put the higher group first.
    expect(view.change?.direction).to.equal('widened');
    expect(view.summary).to.contain('the value for Female was 3.1 years higher than for Male in 2015 to 2017');
  });

  it('shows a missing value as a gap in the data, never as zero', async () => {
    const view = overTimeView(modelOf(await lifeExpectancyWithGap()), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' });
    const missing = view.periods.find((p) => p.periodLabel === '2019 to 2021')!;
    expect(missing.b).to.equal(null);
    expect(missing.gap).to.equal(null);
    expect(view.table.rows[4]!.map((c) => c.text)).to.deep.equal(['2019 to 2021', '80.8', 'No data', 'No data']);
  });

  it('compares a group with the overall value: the employment gap widened from 16.5 to 19.5 points', () => {
    const view = overTimeView(modelOf(employmentGapSpec()), { view: 'over-time', groups: 'Long-term condition,overall' });
    expect(view.series.map((s) => s.label)).to.deep.equal(['Long-term condition', 'Overall']);
    expect(view.periods.map((p) => Number(p.gap!.toFixed(1)))).to.deep.equal([-16.5, -17.1, -17.6, -18.2, -19.5]);
    expect(view.summary).to.contain('In County Durham, the value overall was 16.5 percentage points higher than for Long-term condition in 2014');
    expect(view.summary).to.contain('From the first to the last period the gap widened by 3.0 percentage points.');
    expect(view.figures.map((f) => `${f.term}: ${f.description}`)).to.deep.equal([
      'Gap (Long-term condition minus Overall), 2014: -16.5 percentage points',
      'Gap (Long-term condition minus Overall), 2018: -19.5 percentage points',
      'Change in the gap: widened by 3.0 percentage points',
    ]);
  });

  it('defaults to one group against the overall value when there is only one group', () => {
    const view = overTimeView(modelOf(employmentGapSpec()), {});
    expect(view.series.map((s) => s.group)).to.deep.equal(['Long-term condition', undefined]);
  });

  it('defaults to the two ends of ordered groups (most and least deprived)', async () => {
    const view = overTimeView(modelOf(await deprivation()), { indicator: 'alcohol-related-mortality', view: 'over-time' });
    expect(view.series.map((s) => s.label)).to.deep.equal(['Most deprived decile', 'Least deprived decile']);
    expect(view.series[0]!.phrase).to.equal('in the most deprived tenth');
    expect(view.periods.map((p) => p.period)).to.deep.equal(['2018', '2019', '2020', '2021', '2022', '2023']);
  });

  it('refuses groups it cannot find, the same group twice, and "overall" when there is none', async () => {
    const model = modelOf(await lifeExpectancy());
    const request = { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' };
    expect(errorOf(() => buildGapView(model, { ...request, groups: 'Female' }, options)).message).to.equal(
      'groups="Female" should name two groups separated by a comma (e.g. "Male,Female"), or one group and "overall".',
    );
    const unknown = errorOf(() => buildGapView(model, { ...request, groups: 'Female,Other' }, options));
    expect(unknown.attribute).to.equal('groups');
    expect(unknown.message).to.equal('groups="Female,Other" names "Other", which is not one of the groups here ("Female" and "Male", or "overall").');
    expect(errorOf(() => buildGapView(model, { ...request, groups: 'Male,male' }, options)).message).to.contain('names the same group twice');
    expect(errorOf(() => buildGapView(model, { ...request, groups: 'Male,overall' }, options)).message).to.equal(
      'groups names "overall", but the data has no overall value (a row without a group) for County Durham.',
    );
  });

  it('reads group labels that contain commas', () => {
    const labels = ['Asian, Asian British', 'White', 'Black, Black British'];
    expect(parseGroupPair('Asian, Asian British,White', labels, ['overall'])).to.deep.equal(['Asian, Asian British', 'White']);
    expect(parseGroupPair('white, black, black british', labels, ['overall'])).to.deep.equal(['White', 'Black, Black British']);
    expect(parseGroupPair('White,Overall', labels, ['overall'])).to.deep.equal(['White', 'overall']);
    expect(parseGroupPair('White,Mixed', labels, ['overall'])).to.equal(undefined);
  });
});

describe('gap-model: download rows', () => {
  it('gives unrounded numbers, the SII and RII as rows, and over-time gaps per period', async () => {
    const groups = groupsView(modelOf(await deprivation()), { indicator: 'alcohol-related-mortality' });
    const table = exportRows(groups);
    expect(table.header).to.deep.equal(['indicator', 'area', 'area_name', 'period', 'group_type', 'group', 'order', 'value', 'lower', 'upper', 'population', 'fitted']);
    expect(table.rows[0]!.slice(0, 11)).to.deep.equal([
      'alcohol-related-mortality', 'E92000001', 'England', '2023', 'deprivation-decile', 'Most deprived decile', 1, 51.27809784, 49.56767047, 53.03224439, 7919358,
    ]);
    expect(table.rows.at(-2)![5]).to.equal('slope index of inequality');
    expect(table.rows.at(-2)![7]).to.equal(groups.sii.ok && groups.sii.result.sii);
    expect(table.rows.every((row) => row.length === table.header.length)).to.equal(true);

    const overTime = overTimeView(modelOf(await lifeExpectancy()), { indicator: 'life-expectancy', area: COUNTY_DURHAM, view: 'over-time' });
    const rows = exportRows(overTime);
    expect(rows.header.slice(4)).to.deep.equal(['Female', 'Male', 'gap (Female minus Male)']);
    expect(rows.rows[0]!.slice(3, 6)).to.deep.equal(['2015 - 17', 81.3, 78.2]);
  });

  it('renders the table and the CSV from one column list: same rows, same values, same columns', async () => {
    const groups = groupsView(modelOf(await deprivationWithOverall()), { indicator: 'alcohol-related-mortality' });
    const csv = exportRows(groups);
    const tableColumns = groups.columns.filter((c) => c.heading);
    expect(groups.table.head.map((h) => h.text)).to.deep.equal(tableColumns.map((c) => c.heading!.text));
    // Every table row is a CSV row (the CSV adds the SII and RII lines), in the same order, same values.
    expect(csv.rows.length - groups.table.rows.length).to.equal(groups.sii.ok ? 2 : 0);
    const shownAt = tableColumns.findIndex((c) => c.csv === 'value');
    const rawAt = csv.header.indexOf('value');
    expect(groups.table.rows.map((row) => Number(row[shownAt]!.text.replace(/,/g, '')))).to.deep.equal(
      csv.rows.slice(0, groups.table.rows.length).map((row) => Math.round((row[rawAt] as number) * 10) / 10),
    );
  });
});
