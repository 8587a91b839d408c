import { expect } from '@open-wc/testing';
import { buildMapView, sortByValue } from '../../../src/elements/area-map/map-model.js';
import { ViewError } from '../../../src/elements/base/wellbeing-element.js';
import { messagesFor } from '../../../src/i18n/index.js';
import { Model } from '../../../src/model/model.js';
import { parseSpec } from '../../../src/spec/parse.js';
import type { Spec } from '../../../src/spec/schema.js';
import { exampleSpec } from '../../helpers.js';
// Welsh synchronously, as the pure functions give it in Node (elements load it on demand).
import '../../../src/i18n/all.js';

const en = messagesFor('en');

async function model(name: string): Promise<Model> {
  const result = parseSpec(await exampleSpec(name));
  if (!result.ok) throw new Error('example spec invalid');
  return new Model(result.spec as Spec);
}

const options = (overrides: Partial<Parameters<typeof buildMapView>[1]> = {}) => ({
  indicator: null,
  period: null,
  within: null,
  benchmark: null,
  lang: 'en',
  layerCodes: new Set<string>(),
  ...overrides,
});

function viewError(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof ViewError) return error.message;
    throw error;
  }
  throw new Error('no ViewError');
}

describe('area-map view model', () => {
  it('Welsh councils within Wales: compared with Wales, counted in one sentence, highest and lowest named', async () => {
    const m = await model('map-wales-wellbeing.json');
    const view = buildMapView(m, options({ indicator: 'life-satisfaction', within: 'W92000004' }), en);
    expect(view.areas).to.have.length(22);
    expect(view.period).to.equal('2022-04-01/P1Y');
    expect(view.periodText).to.equal('2022/23');
    expect(view.year).to.equal(2022);
    expect(view.benchmark).to.deep.include({ code: 'W92000004', name: 'Wales' });
    // Each status from the published numbers: similar when Wales's value is inside the council's interval.
    const wales = m.row('life-satisfaction', 'W92000004', '2022-04-01/P1Y')!.value!;
    for (const area of view.areas) {
      const row = m.row('life-satisfaction', area.code, '2022-04-01/P1Y')!;
      const expected = row.value === null ? 'no-data' : wales < row.lower! ? 'better' : wales > row.upper! ? 'worse' : 'similar';
      expect(area.status, area.name).to.equal(expected);
    }
    const count = (s: string) => view.areas.filter((a) => a.status === s).length;
    const ranked = [...view.areas].sort((a, b) => b.value! - a.value!);
    expect(view.summary).to.contain(`Of 22 areas in Wales, `);
    // The first phrase names Wales ("1 is better than Wales"), the rest are short ("and 21 similar").
    for (const status of ['better', 'similar', 'worse']) {
      if (count(status)) expect(view.summary).to.match(new RegExp(`[ ,]${count(status)} (?:(?:is|are) )?${status}\\b`));
    }
    expect(view.summary).to.match(/^Of 22 areas in Wales, \d+ (?:is|are) \w+ (?:than|to) Wales/);
    expect(view.summary).to.contain(`The highest is ${ranked[0]!.name} (${ranked[0]!.valueText})`);
    expect(view.summary).to.contain(`the lowest is ${ranked[21]!.name} (${ranked[21]!.valueText})`);
    expect(view.legend.reduce((n, e) => n + e.count, 0)).to.equal(22);
    const cardiff = view.byCode.get('W06000015')!;
    expect(cardiff.accessibleName).to.equal(`Cardiff: ${cardiff.valueText}, ${cardiff.statusText}`);
    expect(cardiff.letter).to.equal({ better: 'B', similar: 'S', worse: 'W' }[cardiff.status as string]);
    // Alphabetical order (Home/End and the search list).
    expect(view.areas[0]!.name).to.equal('Blaenau Gwent');
  });

  it('every English and Welsh council in the boundary layer, compared with England and Wales; areas with no value are "no data"', async () => {
    const m = await model('map-england-wales.json');
    const layerCodes = new Set(m.spec.areas.filter((a) => a.type === 'lower-tier-authority').map((a) => a.code));
    const view = buildMapView(m, options({ indicator: 'employment-rate', layerCodes }), en);
    expect(view.areas).to.have.length(layerCodes.size);
    expect(view.periodText).to.equal('2023');
    expect(view.benchmark!.name).to.equal('England and Wales');
    const noData = view.areas.filter((a) => a.status === 'no-data');
    expect(noData.length).to.be.greaterThan(0);
    for (const a of noData) {
      expect(m.row('employment-rate', a.code, view.period)?.value ?? null).to.equal(null);
      expect(a.accessibleName).to.equal(`${a.name}: no data`);
    }
    expect(view.summary).to.match(new RegExp(`^Of ${layerCodes.size} areas, \\d+ are better than England and Wales, \\d+ similar, \\d+ worse and ${noData.length} with no data\\.`));
  });

  it('an indicator compared by quintiles: each council in its fifth among all councils (NTILE), also within a region; the period can be given as read', async () => {
    const m = await model('map-england-wales.json');
    expect(m.indicator('household-income')!.comparison).to.equal('quintiles');
    const fifths = ['quintile-lowest', 'quintile-low', 'quintile-middle', 'quintile-high', 'quintile-highest'];
    const layerCodes = new Set(m.spec.areas.filter((a) => a.type === 'lower-tier-authority').map((a) => a.code));
    const all = buildMapView(m, options({ indicator: 'household-income', period: '2022', layerCodes }), en);
    const withValue = all.areas.filter((a) => a.value !== null);
    // Five groups whose sizes differ by at most one, ordered by value: a higher value is never in a lower fifth.
    const sizes = fifths.map((f) => withValue.filter((a) => a.status === f).length);
    expect(sizes.reduce((x, y) => x + y)).to.equal(withValue.length);
    expect(Math.max(...sizes) - Math.min(...sizes)).to.be.at.most(1);
    const ranked = [...withValue].sort((a, b) => a.value! - b.value!);
    for (let i = 1; i < ranked.length; i++) {
      expect(fifths.indexOf(ranked[i]!.status), ranked[i]!.name).to.be.at.least(fifths.indexOf(ranked[i - 1]!.status));
    }
    expect(ranked[0]!.status).to.equal('quintile-lowest');
    expect(ranked.at(-1)!.status).to.equal('quintile-highest');
    expect(all.summary).to.contain(`${sizes[4]} are in the highest fifth`);
    expect(all.legend.map((l) => l.text)).to.include('In the highest fifth');
    expect(ranked.at(-1)!.accessibleName).to.match(/, in the highest fifth$/);

    // Within the North East the fifths are still among all councils of the same type, as Fingertips ranks them.
    const northEast = buildMapView(m, options({ indicator: 'household-income', within: 'E12000001', period: '2022' }), en);
    expect(northEast.period).to.equal('2022-01-01/P1Y');
    for (const area of northEast.areas) expect(area.status, area.name).to.equal(all.byCode.get(area.code)!.status);
    expect(northEast.areas[0]!.valueText).to.match(/^£?[\d,]+/);
  });

  it('the same fifths in Welsh, in the words the wheel uses', async () => {
    const m = await model('map-england-wales.json');
    const view = buildMapView(m, options({ indicator: 'household-income', within: 'E12000001', period: '2022', lang: 'cy' }), messagesFor('cy'));
    expect(view.legend.map((l) => l.text).join(' ')).to.match(/Yn y cwintel/);
  });

  it('says which attribute names nothing', async () => {
    const m = await model('map-wales-wellbeing.json');
    expect(viewError(() => buildMapView(m, options({ indicator: 'wealth' }), en))).to.equal(
      'indicator="wealth" is not one of the indicators in the spec (life-satisfaction, worthwhile, happiness, anxiety).',
    );
    expect(viewError(() => buildMapView(m, options({ within: 'E92000001' }), en))).to.equal(
      'within="E92000001" is not the "parent" of any area in the spec (parents: W92000004 (Wales)).',
    );
    expect(viewError(() => buildMapView(m, options({ period: '1999' }), en))).to.contain('period="1999" is not a period of this indicator (2011/12,');
    expect(viewError(() => buildMapView(m, options(), en))).to.contain('None of the spec’s areas is in the boundary layer');
  });

  it('sorts by value, highest first, areas without a value last, ties by name', () => {
    const sorted = sortByValue([
      { name: 'b', value: 1 },
      { name: 'c', value: null },
      { name: 'a', value: 1 },
      { name: 'd', value: 3 },
      { name: 'Ä', value: null },
    ]);
    expect(sorted.map((a) => a.name)).to.deep.equal(['d', 'a', 'b', 'Ä', 'c']);
  });
});
