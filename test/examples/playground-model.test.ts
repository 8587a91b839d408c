/** The Storybook spec playground's logic (stories/support/playground-model.ts), on the real example specs. */
import { expect } from '@open-wc/testing';
import { chooseForElements, composeStarterSpec, readPlaygroundText, specTextFromFile } from '../../stories/support/playground-model.js';
import { parseSpec } from '../../src/spec/parse.js';
import type { ParsedSpec } from '../../src/spec/schema.js';
import { exampleSpec } from '../helpers.js';

async function parsed(name: string): Promise<ParsedSpec> {
  const result = parseSpec(await exampleSpec(name));
  if (!result.ok) throw new Error(`${name}: ${JSON.stringify(result.issues.slice(0, 3))}`);
  return result.spec;
}

describe('spec playground: reading the text', () => {
  it('an empty editor is empty, not an error', () => {
    expect(readPlaygroundText('  \n ')).to.deep.equal({ kind: 'empty' });
  });

  it('text that is not JSON says so, with the line and column', () => {
    const result = readPlaygroundText('{\n  "version": 1,\n  "areas": [\n}');
    expect(result.kind).to.equal('not-json');
    if (result.kind === 'not-json') expect(result.message).to.match(/^The text is not valid JSON: line 4, column 1/);
  });

  it('lists every problem by JSON path, and still hands the JSON to the elements', async () => {
    const spec = (await exampleSpec('islington.json')) as { data: Array<Record<string, unknown>> };
    spec.data[0]!['value'] = '7.4';
    spec.data[1]!['area'] = 'E09000O19';
    const result = readPlaygroundText(JSON.stringify(spec));
    expect(result.kind).to.equal('checked');
    if (result.kind !== 'checked') return;
    expect(result.spec).to.deep.equal(spec);
    expect(result.issues.map((i) => i.path)).to.include('data[0].value');
    // The misspelt area is found once the shape is right.
    spec.data[0]!['value'] = 7.4;
    const second = readPlaygroundText(JSON.stringify(spec));
    expect(second.kind === 'checked' && second.issues.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'data[1].area: names the area "E09000O19", which is not in "areas"',
    ]);
  });

  it('a valid spec has no problems', async () => {
    const result = readPlaygroundText(JSON.stringify(await exampleSpec('walsall-wwof.json')));
    expect(result.kind === 'checked' && result.issues).to.deep.equal([]);
  });
});

describe('spec playground: what each element shows', () => {
  it('Walsall framework: Walsall (not the benchmark), its first indicator with values', async () => {
    const choices = chooseForElements(await parsed('walsall-wwof.json'));
    expect(choices.area).to.equal('E08000030');
    expect(choices.trendIndicator).to.equal('life-satisfaction');
  });

  it('deprivation data (England only, every row by decile): England, and an indicator with groups for the gap', async () => {
    const choices = chooseForElements(await parsed('deprivation-england.json'));
    expect(choices.area).to.equal('E92000001');
    expect(choices.gapIndicator).to.equal('children-low-income');
    expect(choices.gapArea).to.equal('E92000001');
  });

  it('life expectancy: the gap uses the combined indicator with rows by sex', async () => {
    const choices = chooseForElements(await parsed('life-expectancy.json'));
    expect(choices.area).to.equal('E08000030');
    expect(choices.gapIndicator).to.equal('life-expectancy');
    expect(choices.gapArea).to.equal('E08000030');
  });
});

describe('spec playground: the first spec', () => {
  it('is County Durham’s framework plus its life expectancy rows by sex, copied unchanged, and valid', async () => {
    const durham = await exampleSpec('county-durham.json');
    const lifeExpectancy = await exampleSpec('life-expectancy.json');
    const starter = composeStarterSpec(durham as never, lifeExpectancy as never, 'life-expectancy', 'life-expectancy.json');
    const result = parseSpec(starter);
    expect(result.ok, JSON.stringify(!result.ok && result.issues.slice(0, 3))).to.equal(true);
    const added = (starter.data as Array<{ indicator: string; area: string }>).filter((r) => r.indicator === 'life-expectancy');
    const expected = (lifeExpectancy.data as Array<{ indicator: string; area: string }>).filter(
      (r) => r.indicator === 'life-expectancy' && ['E06000047', 'E12000001', 'E92000001'].includes(r.area),
    );
    expect(added).to.deep.equal(expected);
    // County Durham, 2023 - 25: females 81.7, males 78 (Fingertips 90366).
    expect(added.filter((r) => r.area === 'E06000047').length).to.equal(18);
    expect(starter.note).to.include('life-expectancy.json');
    // The inputs are not changed.
    expect((durham.data as unknown[]).length).to.equal(212);
    const choices = result.ok ? chooseForElements(result.spec) : {};
    expect(choices).to.deep.equal({
      area: 'E06000047',
      trendIndicator: 'life-satisfaction',
      gapIndicator: 'life-expectancy',
      gapArea: 'E06000047',
    });
  });
});

describe('spec playground: your own file', () => {
  const raw = async (path: string) => (await fetch(`/data/raw/${path}`)).text();

  it('an ONS Explore Local Statistics file becomes a valid spec of its rows, and the elements get something to show', async () => {
    const made = specTextFromFile('personal-wellbeing.csv', await raw('ons-els/personal-wellbeing-estimates_wales-subset.csv'));
    if (!('text' in made)) throw new Error(made.problem);
    const result = readPlaygroundText(made.text);
    expect(result.kind).to.equal('checked');
    if (result.kind !== 'checked') return;
    expect(result.issues).to.deep.equal([]);
    const spec = result.spec as { data: Array<{ indicator: string; area: string; period: string; value: number }>; indicators: Array<{ id: string }> };
    // 4 measures x 24 areas x 12 years, as the file has them (a header line and 1,152 rows).
    expect(spec.data).to.have.length(1152);
    expect(spec.indicators.map((i) => i.id).sort()).to.deep.equal(['Anxiety', 'Happiness', 'Satisfaction', 'Worthwhile']);
    // File line 1060: Cardiff, life satisfaction, 2022-23: 7.15.
    expect(spec.data.find((r) => r.area === 'W06000015' && r.indicator === 'Satisfaction' && r.period === '2022-04-01/P1Y')!.value).to.equal(7.15);
    expect(result.choices.area).to.be.a('string');
    expect(result.choices.trendIndicator).to.be.a('string');
  });

  it('a Fingertips file by sex gives the gap its groups; a file that cannot be read says why', async () => {
    const made = specTextFromFile('life.csv', await raw('fingertips/life_expectancy_focus_areas.csv'));
    if (!('text' in made)) throw new Error(made.problem);
    const result = readPlaygroundText(made.text);
    expect(result.kind === 'checked' && result.issues).to.deep.equal([]);
    expect(result.kind === 'checked' && result.choices.gapIndicator).to.equal('Life expectancy at birth');
    const bad = specTextFromFile('broken.csv', 'IndicatorID,AreaCode,Timeperiod,Value\n1,E1,2019,"7,4"\n');
    expect('problem' in bad && bad.problem).to.contain('"7,4" is not a number');
  });
});
