import { expect } from '@open-wc/testing';
import { messagesFor } from '../../../src/i18n/index.js';
import { buildTrendView, TrendRequestError, type TrendRequest } from '../../../src/elements/indicator-trend/trend-model.js';
import type { AreaComparison } from '../../../src/stats/benchmark.js';
import {
  COUNTY_DURHAM,
  ENGLAND,
  fingertipsLetter,
  ISLINGTON,
  lifeExpectancy,
  LONDON,
  modelOf,
  NORTH_EAST,
  onsNoJudgement,
  onsWellbeing,
  onsWithMissingPeriod,
  onsWithTarget,
  WALSALL,
  WEST_MIDLANDS,
} from './trend-fixtures.js';

const en = messagesFor('en');
const request = (r: Partial<TrendRequest> = {}): TrendRequest => ({ locale: 'en-GB', ...r });
const letter = { better: 'B', similar: 'S', worse: 'W', higher: 'H', lower: 'L', 'not-compared': '-' } as Record<AreaComparison, string>;

describe('indicator-trend view model (trend-model.ts)', () => {
  describe('comparisons with England, ONS personal wellbeing 2011/12 to 2022/23', () => {
    // Expected letters worked out from the published estimates and limits (examples/data/ons-wellbeing.json,
    // ONS APS release of 7 November 2023) by the Fingertips rule: S when England's value lies inside the
    // area's 95% interval; otherwise B/W by polarity (anxiety: lower is better). One letter per year.
    const expected: Record<string, Record<string, string>> = {
      [WALSALL]: { 'life-satisfaction': 'SSSSSSWWSSSS', worthwhile: 'SBSSSSSSSSSS', happiness: 'SSSSSSSWSSSS', anxiety: 'SBSSSSWWSSSS' },
      [COUNTY_DURHAM]: { 'life-satisfaction': 'SSSSSSSSSSSS', worthwhile: 'SSSSSSSBSSSS', happiness: 'SWWSWSSSSSSS', anxiety: 'SSSSWBSSSSSS' },
      [ISLINGTON]: { 'life-satisfaction': 'WWSWWWWWWWSS', worthwhile: 'WWSWWWWWWWSW', happiness: 'SWSWWSWWWWSS', anxiety: 'WWWWWWWSSSSS' },
    };
    for (const [area, byIndicator] of Object.entries(expected)) {
      for (const [indicator, letters] of Object.entries(byIndicator)) {
        it(`${area} ${indicator}: ${letters}`, async () => {
          const view = buildTrendView(modelOf(await onsWellbeing()), request({ indicator, area }), en);
          expect(view.points.map((p) => letter[p.comparison]).join('')).to.equal(letters);
          expect(view.points).to.have.length(12);
          expect(view.benchmark?.code).to.equal(ENGLAND);
        });
      }
    }

    it('anxiety is judged with lower as better: Walsall 2012/13 (2.56 to 2.99 against 3.04) is better, Islington 2011/12 (3.38 to 3.94 against 3.14) worse', async () => {
      const model = modelOf(await onsWellbeing());
      const walsall = buildTrendView(model, request({ indicator: 'anxiety', area: WALSALL }), en);
      expect(walsall.points[1]).to.include({ label: '2012/13', value: 2.78, lower: 2.56, upper: 2.99, benchmarkValue: 3.04, comparison: 'better' });
      const islington = buildTrendView(model, request({ indicator: 'anxiety', area: ISLINGTON }), en);
      expect(islington.points[0]).to.include({ label: '2011/12', value: 3.66, benchmarkValue: 3.14, comparison: 'worse' });
    });

    it('the benchmark attribute changes what values are compared with (Walsall against the West Midlands)', async () => {
      const model = modelOf(await onsWellbeing());
      const view = buildTrendView(model, request({ indicator: 'life-satisfaction', area: WALSALL, benchmark: WEST_MIDLANDS }), en);
      expect(view.benchmark).to.deep.equal({ code: WEST_MIDLANDS, name: 'West Midlands', role: 'benchmark' });
      for (const point of view.points) {
        const region = model.row('life-satisfaction', WEST_MIDLANDS, point.period)!.value!;
        expect(point.benchmarkValue).to.equal(region);
        expect(letter[point.comparison], point.label).to.equal(fingertipsLetter(point.value!, point.lower!, point.upper!, region, 'higher-is-better'));
      }
    });

    it('a no-judgement indicator is only higher, lower or similar (County Durham anxiety)', async () => {
      const view = buildTrendView(modelOf(await onsNoJudgement()), request({ indicator: 'anxiety', area: COUNTY_DURHAM }), en);
      expect(view.points.map((p) => letter[p.comparison]).join('')).to.equal('SSSSHLSSSSSS');
    });
  });

  describe('defaults', () => {
    it('without attributes: the first indicator, the first area other than the benchmark with data, the benchmark as comparator', async () => {
      const view = buildTrendView(modelOf(await onsWellbeing()), request(), en);
      expect(view.indicator.id).to.equal('life-satisfaction');
      // The spec lists the United Kingdom first; England is the benchmark.
      expect(view.area).to.deep.equal({ code: 'K02000001', name: 'United Kingdom', role: 'area' });
      expect(view.comparators.map((c) => c.code)).to.deep.equal([ENGLAND]);
    });

    it('compare adds areas after the benchmark, accepts commas and spaces, and ignores repeats and the area itself', async () => {
      const view = buildTrendView(
        modelOf(await onsWellbeing()),
        request({ area: ISLINGTON, compare: `${LONDON}, ${ENGLAND} ${ISLINGTON},${LONDON}` }),
        en,
      );
      expect(view.comparators).to.deep.equal([
        { code: ENGLAND, name: 'England', role: 'benchmark' },
        { code: LONDON, name: 'London', role: 'comparator' },
      ]);
      expect(view.points[11]!.comparatorValues).to.deep.equal([7.44, 7.35]);
    });

    it('the benchmark drawn as the area is not compared with itself', async () => {
      const view = buildTrendView(modelOf(await onsWellbeing()), request({ area: ENGLAND }), en);
      expect(view.benchmark).to.equal(undefined);
      expect(view.comparators).to.deep.equal([]);
      expect(view.points.every((p) => p.comparison === 'not-compared' && p.notComparedBecause === 'no-benchmark')).to.equal(true);
    });
  });

  describe('gaps', () => {
    it('a null value is a gap: not compared, listed, and not part of first or latest', async () => {
      const view = buildTrendView(modelOf(await onsWithMissingPeriod()), request({ indicator: 'anxiety', area: WALSALL }), en);
      const gap = view.points.find((p) => p.label === '2020/21')!;
      expect(gap).to.include({ value: null, lower: null, upper: null, comparison: 'not-compared', notComparedBecause: 'no-value' });
      expect(view.gaps.map((g) => g.label)).to.deep.equal(['2020/21']);
      expect(view.points).to.have.length(12);
      expect(view.latest.label).to.equal('2022/23');
      // FingertipsNext allows gaps between the 5 most recent points: 2017/18 to 2019/20, 2021/22 and 2022/23.
      expect(view.trend).to.include({ direction: 'no-change', pointsUsed: 5 });
    });

    it('a missing row is a gap too: the period stays on the axis', async () => {
      const view = buildTrendView(modelOf(await onsWithMissingPeriod(true)), request({ indicator: 'anxiety', area: COUNTY_DURHAM, compare: NORTH_EAST }), en);
      expect(view.points.map((p) => p.label)).to.include('2019/20');
      expect(view.gaps.map((g) => g.label)).to.deep.equal(['2019/20']);
    });
  });

  describe('an indicator without intervals (Fingertips life expectancy)', () => {
    it('is not compared, says why, and keeps its unit and decimals', async () => {
      const view = buildTrendView(modelOf(await lifeExpectancy()), request({ area: WALSALL }), en);
      expect(view.indicator.id).to.equal('life-expectancy-male');
      expect(view.hasIntervals).to.equal(false);
      expect(view.anyCompared).to.equal(false);
      expect(view.points.every((p) => p.comparison === 'not-compared' && p.notComparedBecause === 'no-intervals')).to.equal(true);
      expect(view.style).to.deep.equal({ decimals: 1, unit: 'years', locale: 'en-GB' });
      expect(view.points[0]).to.include({ period: '2015 - 17', label: '2015 to 2017', value: 77.4, benchmarkValue: 79.5 });
      expect(view.trend).to.include({ direction: 'cannot-calculate', reason: 'missing-intervals' });
    });

    it('an indicator with only group rows says so (life expectancy by sex)', async () => {
      const model = modelOf(await lifeExpectancy());
      expect(() => buildTrendView(model, request({ indicator: 'life-expectancy', area: WALSALL }), en)).to.throw(
        TrendRequestError,
        'Indicator "life-expectancy" has values for Walsall only by group (sex)',
      );
    });
  });

  it('the recent trend comes from src/stats (Fingertips 5 points): Islington anxiety shows no significant change', async () => {
    const view = buildTrendView(modelOf(await onsWellbeing()), request({ indicator: 'anxiety', area: ISLINGTON }), en);
    expect(view.trend).to.include({ method: 'weighted-regression', pointsUsed: 5, judgement: 'no-change' });
  });

  it('a target is carried to the view', async () => {
    const view = buildTrendView(modelOf(await onsWithTarget()), request({ area: ISLINGTON }), en);
    expect(view.target).to.equal(7.5);
  });

  describe('what cannot be shown is said in a sentence naming the attribute', () => {
    const cases: Array<[string, Partial<TrendRequest>, string]> = [
      ['an unknown indicator', { indicator: 'happyness' }, 'indicator="happyness" is not one of the indicators in the spec (life-satisfaction, worthwhile, happiness, anxiety).'],
      ['an unknown area', { area: 'E0000000X' }, 'area="E0000000X" is not one of the areas in the spec (K02000001, E92000001,'],
      ['an unknown comparator', { compare: `${LONDON} W06000015` }, 'compare names "W06000015", which is not one of the areas in the spec'],
      ['an unknown benchmark', { benchmark: 'nowhere' }, 'benchmark="nowhere" is not one of the areas in the spec'],
    ];
    let model: ReturnType<typeof modelOf>;
    before(async () => {
      model = modelOf(await onsWellbeing());
    });
    for (const [name, asked, message] of cases) {
      it(name, () => {
        expect(() => buildTrendView(model, request(asked), en)).to.throw(TrendRequestError, message);
      });
    }

    it('a spec without indicators', () => {
      expect(() => buildTrendView(modelOf({ version: 1, areas: [], indicators: [], data: [] }), request(), en)).to.throw(
        TrendRequestError,
        'The spec has no indicators',
      );
    });

    it('an area with no values for the indicator', async () => {
      const spec = await onsWellbeing();
      spec.areas!.push({ code: 'W06000015', name: 'Cardiff' });
      const withCardiff = modelOf(spec);
      expect(() => buildTrendView(withCardiff, request({ area: 'W06000015' }), en)).to.throw(
        TrendRequestError,
        'There are no values of indicator "life-satisfaction" for Cardiff',
      );
    });
  });
});
