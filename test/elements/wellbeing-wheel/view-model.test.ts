/**
 * The wheel's view model, from the real example specs in examples/data (ONS annual personal
 * well-being estimates, APS release of 7 November 2023; OHID Fingertips life expectancy 90366 and
 * SII 92901). Expected comparisons were read off the published numbers by hand (Fingertips rule:
 * similar when the benchmark lies inside the area's 95% interval), not computed by the code under test.
 */
import { expect } from '@open-wc/testing';
import { ViewError } from '../../../src/elements/base/wellbeing-element.js';
import { buildWheelViewModel, defaultArea, type WheelOptions } from '../../../src/elements/wellbeing-wheel/view-model.js';
import { messagesFor } from '../../../src/i18n/index.js';
import { Model } from '../../../src/model/model.js';
import { parseSpec } from '../../../src/spec/parse.js';
import type { Spec, SpecInput } from '../../../src/spec/schema.js';
import { exampleSpec } from '../../helpers.js';

const messages = messagesFor('en');

function modelOf(input: SpecInput | object): Model {
  const parsed = parseSpec(input);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return new Model(parsed.spec as Spec);
}

async function view(file: string, options: WheelOptions = {}, edit?: (spec: SpecInput) => void) {
  const spec = await exampleSpec(file);
  edit?.(spec);
  return buildWheelViewModel(modelOf(spec), options, messages);
}

function viewError(run: () => unknown): ViewError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(ViewError);
    return error as ViewError;
  }
  throw new Error('expected a ViewError');
}

describe('wellbeing-wheel view model', () => {
  it('Islington 2022/23: worthwhile is worse than England, the other three similar (the brief’s sentence)', async () => {
    // Islington 2022/23: life satisfaction 7.25 (6.97–7.54) vs England 7.44 → similar; worthwhile 7.31 (7.02–7.60)
    // vs 7.73 → worse; happiness 7.20 (6.86–7.55) vs 7.38 → similar; anxiety 3.80 (3.22–4.39) vs 3.24 → similar.
    const v = await view('islington.json');
    expect(v.area).to.deep.equal({ code: 'E09000019', name: 'Islington' });
    expect(v.benchmark?.name).to.equal('England');
    expect(v.summary).to.equal('Islington, 2022/23. Of 4 indicators, 1 is worse than England and 3 are similar.');
    expect(v.domains.get('worthwhile')!.indicators[0]!.comparison).to.equal('worse');
    expect(v.domains.get('anxiety')!.indicators[0]!.comparison).to.equal('similar');
    expect(v.domains.get('worthwhile')!.accessibleName).to.equal('Worthwhile: 1 indicator, 1 worse than England');
    expect(v.accessibleName).to.equal('ONS4 personal wellbeing (each a mean score from 0 to 10): Islington compared with England');
  });

  it('Walsall: the default area, each indicator’s latest period, life expectancy not compared (no intervals), empty domains', async () => {
    const v = await view('walsall-wwof.json');
    expect(v.area.name).to.equal('Walsall');
    expect(v.summary).to.equal(
      'Walsall, latest data (2022/23 and 2023 to 2025). Of 6 indicators, 4 are similar to England and 2 are not compared. 5 domains have no data.',
    );
    const health = v.domains.get('health')!;
    expect(health.counts.map((c) => [c.status, c.count, c.letter])).to.deep.equal([
      ['similar', 1, 'S'],
      ['not-compared', 2, '–'],
    ]);
    expect(health.accessibleName).to.equal('Health: 3 indicators, 1 similar to England and 2 not compared');
    const male = health.indicators.find((i) => i.id === 'life-expectancy-male')!;
    // Fingertips 90366, Walsall males 2023 - 25: 77.8 years; England 79.7; no confidence limits in the extract.
    expect(male.valueText).to.equal('77.8 years');
    expect(male.benchmarkText).to.equal('79.7 years');
    expect(male.periodText).to.equal('2023 to 2025');
    expect(male.intervalText).to.equal(undefined);
    expect(male.comparisonText).to.equal('not compared (no confidence interval)');
    const anxiety = health.indicators.find((i) => i.id === 'anxiety')!;
    expect([anxiety.valueText, anxiety.intervalText, anxiety.benchmarkText, anxiety.periodText]).to.deep.equal(['3.36', '2.96 to 3.75', '3.24', '2022/23']);
    expect(v.domains.get('money')!.statusText).to.equal('no data');
    expect(v.domains.get('money')!.hasData).to.equal(false);
    expect(v.rings).to.have.length(1);
    expect(v.rings[0]!.map((d) => d.id)).to.deep.equal([
      'transport', 'meaningful-activity', 'where-we-live', 'money', 'co-creation', 'health', 'education-training', 'digital', 'meaningful-connections',
    ]);
    expect(v.factors.map((f) => f.label)).to.deep.equal(['Health', 'Participation', 'Life Satisfaction', 'Resilience']);
    expect(v.legend.map((e) => e.text)).to.include.members(['Worse than England', 'Similar to England', 'Not compared', 'Domain with no data']);
  });

  it('County Durham: two rings, parents without indicators of their own defer to their children', async () => {
    const v = await view('county-durham.json');
    expect(v.rings.map((r) => r.map((d) => d.id))).to.deep.equal([
      ['evidence', 'people-and-places', 'supporting-systems'],
      ['p1', 'p2', 'p3', 'p4', 'p5', 'p6'],
    ]);
    const people = v.domains.get('people-and-places')!;
    expect(people.isGroupOnly).to.equal(true);
    expect(people.statusText).to.equal('no indicators of its own; 3 parts in the outer ring');
    expect(v.domains.get('p3')!.parentId).to.equal('people-and-places');
    // Life expectancy and its slope index of inequality have no confidence limits: not compared.
    expect(v.domains.get('p3')!.counts.map((c) => [c.status, c.count])).to.deep.equal([['not-compared', 4]]);
    // Group-only parents are not counted as "no data": 5 of the 6 principles are empty.
    expect(v.summary).to.match(/\. 5 domains have no data\.$/);
  });

  it("comparison: each indicator's own method; quintiles among fewer than 5 areas of a type and \"none\" say not compared, and why", async () => {
    const v = await view('walsall-wwof.json', {}, (spec) => {
      const indicators = spec.indicators as Array<{ id: string; comparison?: string }>;
      indicators.find((i) => i.id === 'life-satisfaction')!.comparison = 'quintiles';
      indicators.find((i) => i.id === 'anxiety')!.comparison = 'none';
    });
    const all = [...v.domains.values()].flatMap((d) => d.indicators);
    const life = all.find((i) => i.id === 'life-satisfaction')!;
    expect(life.comparison).to.equal('not-compared');
    expect(life.comparisonText).to.equal('not compared (fewer than 5 areas of its type have a value)');
    const anxiety = all.find((i) => i.id === 'anxiety')!;
    expect(anxiety.comparisonText).to.equal('not compared (the indicator is not compared)');
  });

  it('comparison: "quintiles" ranks the area among 5 or more areas of its type (NTILE), words and letters from the vocabulary', async () => {
    // Walsall's life satisfaction in 2022/23 (7.35) among four more local authorities: it is the 2nd lowest of 5.
    const v = await view('walsall-wwof.json', { period: '2022/23' }, (spec) => {
      const s = spec as { areas: Array<{ code: string; name: string; type?: string }>; indicators: Array<{ id: string; comparison?: string }>; data: object[] };
      s.indicators.find((i) => i.id === 'life-satisfaction')!.comparison = 'quintiles';
      for (const [code, value] of [['X1', 7.1], ['X2', 7.5], ['X3', 7.6], ['X4', 7.7]] as const) {
        s.areas.push({ code, name: code, type: 'local-authority' });
        s.data.push({ indicator: 'life-satisfaction', area: code, period: '2022-04-01/P1Y', value });
      }
    });
    const life = [...v.domains.values()].flatMap((d) => d.indicators).find((i) => i.id === 'life-satisfaction')!;
    expect(life.comparison).to.equal('quintile-worse');
    expect(life.comparisonText).to.equal('in the second-worst fifth');
    expect(v.legend.map((l) => l.status)).to.include('quintile-worse');
  });

  it('status="trend": polarity-aware recent trends (County Durham worthwhile is worsening)', async () => {
    // Worthwhile, County Durham 2018/19 to 2022/23: 8.07, 7.80, 7.78, 7.68, 7.63 with their 95% limits; weighted
    // regression (SE = width / 3.92) gives slope −0.107 a year, chi-squared 13.4 > 9.55, every leave-one-out slope
    // negative: a significant fall in a higher-is-better measure. The other three: chi-squared 0.6 to 7.5.
    const v = await view('county-durham.json', { status: 'trend' });
    const evidence = v.domains.get('evidence')!;
    expect(evidence.indicators.map((i) => [i.id, i.trend])).to.deep.equal([
      ['life-satisfaction', 'no-change'],
      ['worthwhile', 'worsening'],
      ['happiness', 'no-change'],
      ['anxiety', 'no-change'],
    ]);
    expect(evidence.counts.map((c) => [c.status, c.count, c.letter])).to.deep.equal([
      ['worsening', 1, 'W'],
      ['no-change', 3, '='],
    ]);
    // Life expectancy has no limits and no counts, so no trend can be tested.
    expect(v.domains.get('p3')!.indicators.every((i) => i.status === 'cannot-calculate')).to.equal(true);
    expect(v.summary).to.equal(
      'County Durham, recent trends to latest data (2022/23, 2023 to 2025 and 2022 to 2024). Of 8 indicators, 1 is getting worse, 3 show no significant change and 4 have a trend that cannot be calculated. 5 domains have no data.',
    );
    expect(v.accessibleName).to.equal("County Durham's Approach to Wellbeing: recent trends for County Durham");
  });

  it('period="2021/22" (as people write it) picks the data’s 2021-04-01/P1Y; indicators without it have no value', async () => {
    // Walsall 2021/22 vs England: life satisfaction 7.42 (7.15–7.70) vs 7.55, worthwhile 7.67 (7.46–7.89) vs 7.78,
    // happiness 7.39 (7.11–7.67) vs 7.45, anxiety 3.30 (2.91–3.69) vs 3.13: all similar. Life expectancy is in 3-year periods.
    const v = await view('walsall-wwof.json', { period: '2021/22' });
    expect(v.period).to.equal('2021-04-01/P1Y');
    expect(v.summary).to.equal(
      'Walsall, 2021/22. Of 6 indicators, 4 are similar to England and 2 have no value for the period. 5 domains have no data.',
    );
    const male = v.domains.get('health')!.indicators.find((i) => i.id === 'life-expectancy-male')!;
    expect(male.status).to.equal('no-data');
    expect(male.valueText).to.equal('No value');
  });

  it('benchmark="E12000005": compared with the West Midlands; life expectancy has no West Midlands value', async () => {
    const v = await view('walsall-wwof.json', { benchmark: 'E12000005' });
    expect(v.benchmark).to.deep.equal({ code: 'E12000005', name: 'West Midlands' });
    const male = v.domains.get('health')!.indicators.find((i) => i.id === 'life-expectancy-male')!;
    expect(male.comparisonText).to.equal('not compared (no value for West Midlands)');
    expect(v.summary).to.contain('similar to West Midlands');
  });

  it('the benchmark area itself is not compared with itself', async () => {
    const v = await view('islington.json', { area: 'E92000001' });
    expect(v.area.name).to.equal('England');
    expect(v.domains.get('anxiety')!.indicators[0]!.comparisonText).to.equal('not compared (this area is the benchmark)');
  });

  it('without a benchmark nothing is compared, and the legend lists only what is shown', async () => {
    const v = await view('islington.json', {}, (spec) => delete (spec as { benchmark?: string }).benchmark);
    expect(v.benchmark).to.equal(undefined);
    expect(v.domains.get('anxiety')!.indicators[0]!.comparisonText).to.equal('not compared (no benchmark area is set)');
    expect(v.summary).to.equal('Islington, 2022/23. Of 4 indicators, 4 are not compared.');
    expect(v.legend.map((e) => e.status)).to.deep.equal(['not-compared']);
  });

  it('default area: skips the benchmark and areas without data; an explicit area without data is shown with a clear message', async () => {
    const spec = await exampleSpec('walsall-wwof.json');
    (spec.areas as Array<{ code: string; name: string }>).unshift({ code: 'E06000001', name: 'Hartlepool' });
    const model = modelOf(spec);
    expect(defaultArea(model, ['life-satisfaction'], 'E92000001')).to.equal('E08000030');
    const v = buildWheelViewModel(model, { area: 'E06000001' }, messages);
    expect(v.areaHasData).to.equal(false);
    expect(v.summary).to.equal('There is no data for Hartlepool in this spec, so the wheel shows the framework only.');
    expect([...v.domains.values()].every((d) => d.statusText === 'no data')).to.equal(true);
  });

  it('errors name the attribute and list what is allowed', async () => {
    const model = modelOf(await exampleSpec('walsall-wwof.json'));
    expect(viewError(() => buildWheelViewModel(model, { area: 'E0000000X' }, messages)).message).to.equal(
      'area="E0000000X" is not one of the areas in the spec (E08000030, E12000005, E92000001).',
    );
    expect(viewError(() => buildWheelViewModel(model, { benchmark: 'nowhere' }, messages)).message).to.equal(
      'benchmark="nowhere" is not one of the areas in the spec (E08000030, E12000005, E92000001).',
    );
    expect(viewError(() => buildWheelViewModel(model, { period: '2030/31' }, messages)).message).to.match(
      /^period="2030\/31" is not a period in the data \(2011\/12, 2012\/13, .*…\)\.$/,
    );
    const noFramework = modelOf(await exampleSpec('ons-wellbeing.json'));
    expect(viewError(() => buildWheelViewModel(noFramework, {}, messages)).message).to.contain('The spec has no "framework"');
  });

  it('an indicator in two domains is counted once in the summary', async () => {
    const v = await view('islington.json', {}, (spec) => {
      const domains = (spec.framework as { domains: Array<{ indicators: string[] }> }).domains;
      domains[0]!.indicators.push('worthwhile');
    });
    expect(v.indicatorCount).to.equal(4);
    expect(v.domains.get('life-satisfaction')!.counts.map((c) => [c.status, c.count])).to.deep.equal([
      ['worse', 1],
      ['similar', 1],
    ]);
  });
});
