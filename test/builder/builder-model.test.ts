/**
 * The builder page's logic (src/builder/builder-model.ts), with the real files in data/raw/ (see
 * data/SOURCES.md): reading each format, the default choice, the spec, the problems in words, and
 * the HTML to paste read back as a browser would parse it.
 */
import { expect } from '@open-wc/testing';
import {
  assembleSpec,
  bilingual,
  defaultChoices,
  domainList,
  specFileText,
  textIn,
  textParts,
  detectFormat,
  escapeHtml,
  findProblems,
  placeIndicator,
  readFile,
  specForElement,
  startingFramework,
  writeSnippet,
  withSexAndAge,
  sexAndAgeOf,
  FileProblem,
  mixedHosting,
  type BuilderChoices,
} from '../../src/builder/builder-model.js';
import '../../src/i18n/all.js'; // the Welsh catalogue, as the builder page loads it
import { parseSpec } from '../../src/spec/parse.js';
import { resolveData } from '../../src/data/resolve.js';

async function raw(path: string): Promise<string> {
  const response = await fetch(`/data/raw/${path}`);
  if (!response.ok) throw new Error(`data/raw/${path}: ${response.status}`);
  return response.text();
}

const FINGERTIPS = 'fingertips/variant_underscored_suicide_london.csv';
const ONS = 'ons-els/personal-wellbeing-estimates_wales-subset.csv';
const WIDE = 'wide/london_datastore_personal-well-being-borough_summary-mean-scores.csv';
const TIDY = 'ons-wellbeing/wellbeing_focus_areas.csv';
/** Fingertips data by deprivation decile: 18 indicators, several sexes (93763) and several ages (93474). */
const DEPRIVATION = 'fingertips/healthdata_deprivation_categories.csv';

/** Parses the HTML to paste as a browser does, returning each element with its spec and table. */
function pasted(snippet: string) {
  const doc = new DOMParser().parseFromString(`<!doctype html><body>${snippet}</body>`, 'text/html');
  return [...doc.querySelectorAll('indicator-trend, inequality-gap, wellbeing-wheel')].map((el) => ({
    el,
    spec: JSON.parse(el.querySelector(':scope > script[type="application/json"]')!.textContent!) as Record<string, unknown>,
    table: el.querySelector(':scope > table'),
  }));
}

describe('builder: reading files', () => {
  it('tells the formats apart from the first line', async () => {
    expect(detectFormat('a.csv', await raw(FINGERTIPS))).to.equal('fingertips-csv');
    expect(detectFormat('b.csv', await raw(ONS))).to.equal('ons-csv');
    expect(detectFormat('c.csv', await raw(WIDE))).to.equal('wide-csv');
    expect(detectFormat('d.csv', 'indicator,area,period,value\nx,E1,2020,1')).to.equal('csv');
    expect(detectFormat('e.json', '{ "version": 1, "data": [] }')).to.equal('spec');
    expect(detectFormat('f.json', await raw('fingertips/fingertipsnext_api_healthdata_benchmark_rag_response.json'))).to.equal('fingertips-json');
    expect(detectFormat('g.json', '[{"indicator":"x"}]')).to.equal('json');
  });

  it('reads a Fingertips export: rows, areas and the indicator named as in the file', async () => {
    const file = readFile('suicide.csv', await raw(FINGERTIPS));
    expect(file.format).to.equal('fingertips-csv');
    expect(file.rows.length).to.be.greaterThan(100);
    expect(file.areas.map((a) => a.name)).to.include('London region');
    expect(file.indicators[0]).to.include({ id: '41001', title: 'Suicide rate' });
  });

  it('a StatsWales download: the English view\'s indicator names fill the English title box, the Welsh view\'s the Welsh one', async () => {
    const english = defaultChoices([readFile('view_en.csv', await raw('wales/statswales_HLTH1250_view_en.csv'))]).indicators;
    expect(english.find((i) => i.id === 'Number of contacts: Health Visitor')).to.deep.include({ title: 'Number of contacts: Health Visitor', titleCy: '' });
    const welsh = defaultChoices([readFile('view_cy.csv', await raw('wales/statswales_HLTH1250_view_cy.csv'))]).indicators;
    expect(welsh.find((i) => i.id === 'Nifer y cysylltiadau: Ymwelwyr iechyd')).to.deep.include({ title: '', titleCy: 'Nifer y cysylltiadau: Ymwelwyr iechyd' });
    // Named in Welsh on an English page too, rather than left blank, until the author writes the English.
    expect(textIn(bilingual('', 'Nifer y cysylltiadau'), 'en')).to.equal('Nifer y cysylltiadau');
  });

  it('reads an ONS file and a wide spreadsheet', async () => {
    const ons = readFile('wellbeing.csv', await raw(ONS));
    expect(ons.rows.length).to.be.greaterThan(100);
    const wide = readFile('borough.csv', await raw(WIDE));
    expect(wide.format).to.equal('wide-csv');
    expect(new Set(wide.rows.map((r) => r.indicator)).size).to.be.greaterThan(1);
  });

  it('says what is wrong with a file, naming it and the line', () => {
    expect(() => readFile('mine.csv', 'indicator,area,period,value\nx,E1,2020,"7,4"\n')).to.throw(FileProblem, /mine\.csv.*line 2/);
    expect(() => readFile('mine.json', '{ "version": 1, "data": [ }')).to.throw(FileProblem, /mine\.json is not valid JSON/);
  });

  it('pre-fills an indicator from Fingertips metadata where the file gives only its id', () => {
    const file = readFile('mine.csv', 'indicator,area,period,value\n41101,E09000019,2020,12.5\n');
    const [indicator] = defaultChoices([file]).indicators;
    expect(indicator).to.deep.equal({
      id: '41101',
      title: 'Emergency readmissions within 30 days of discharge from hospital',
      titleCy: '',
      unit: '%',
      polarity: 'lower-is-better',
      valueType: 'proportion',
    });
  });
});

describe('builder: a Fingertips file with several sexes and ages', () => {
  type Row = { indicator: string; area: string; period: string; value: number | null; group?: { label: string; order?: number } };
  /** The values of the most deprived tenth in a period, one per kind of deprivation decile the file has. */
  const mostDeprived = (rows: Row[], indicator: string, period: string) =>
    rows.filter((r) => r.indicator === indicator && r.period === period && r.group?.order === 1).map((r) => Number(r.value!.toFixed(4))).sort();

  it('offers the sexes and ages each indicator has, starting from Persons and All ages (else the commonest)', async () => {
    const file = readFile('deprivation.csv', await raw(DEPRIVATION));
    expect(file.warnings.join(' ')).not.to.match(/several ages/);
    const sexes = sexAndAgeOf([file], '93763')!.choice;
    expect(sexes.sexes).to.have.members(['Persons', 'Female', 'Male']);
    expect(sexes).to.deep.include({ ages: ['All ages'], filter: { sex: 'Persons', age: 'All ages' } });
    const ages = sexAndAgeOf([file], '93474')!.choice;
    expect(ages.ages).to.have.members(['65-74 yrs', '75-84 yrs', '85+ yrs', '<65 yrs', 'All ages']);
    expect(ages.filter).to.deep.equal({ sex: '', age: 'All ages' });
    // One sex and one age: nothing to choose.
    expect(sexAndAgeOf([file], '41203')).to.equal(undefined);
    // Every indicator is kept, each with its own age: a single filter for the file would drop most of them.
    expect(new Set(file.rows.map((r) => r.indicator)).size).to.equal(18);
    // The rows are the file's for Persons, all ages (alcohol-related mortality, 2021, most deprived tenth).
    expect(mostDeprived(file.rows as Row[], '93763', '2021')).to.include.members([48.5205, 48.5802]).and.not.include(73.6624);
    expect(mostDeprived(file.rows as Row[], '93474', '2023')).to.include.members([46.6018, 47.1792]).and.not.include(43.0581);
  });

  it('reads the file again for another sex or age, and the snippet follows; the other indicators keep theirs', async () => {
    const file = readFile('deprivation.csv', await raw(DEPRIVATION));
    const male = withSexAndAge(file, '93763', { sex: 'Male' });
    expect(mostDeprived(male.rows as Row[], '93763', '2021')).to.include.members([73.6624, 73.6971]).and.not.include(48.5205);
    const oldest = withSexAndAge(male, '93474', { age: '85+ yrs' });
    expect(mostDeprived(oldest.rows as Row[], '93474', '2023')).to.include.members([42.3282, 43.0581]).and.not.include(46.6018);
    expect(sexAndAgeOf([oldest], '93763')!.choice.filter).to.deep.equal({ sex: 'Male', age: 'All ages' });

    // All its rows are by deprivation tenth: the builder starts with a gap, which has no problems.
    const choices = { ...defaultChoices([oldest]), indicator: '93474', includeLibrary: false };
    expect(defaultChoices([oldest]).elements).to.deep.equal(['inequality-gap']);
    expect(findProblems(choices)).to.deep.equal([]);
    expect(findProblems({ ...choices, elements: ['indicator-trend'] }).map((p) => p.message)).to.deep.equal([
      `The data for ${choices.indicators.find((i) => i.id === '93474')!.title} in E92000001 is only by group (such as deprivation tenths), so a trend would be empty. Choose the gap chart instead.`,
    ]);
    const [gap] = pasted(writeSnippet(choices));
    const cells = [...gap!.table!.querySelectorAll('tbody tr')].map((tr) => [...tr.children].map((c) => c.textContent));
    expect(cells.find((c) => /Most deprived decile/.test(c[0]!))![1]).to.match(/^4[23]\.\d/);
  });
});

describe('builder: a FingertipsNext API response with several sexes', () => {
  const RAG = 'fingertips/fingertipsnext_api_healthdata_benchmark_rag_response.json';

  it('offers its sexes as a Fingertips CSV does, and the rows and the snippet follow the choice', async () => {
    const file = readFile('readmissions.json', await raw(RAG));
    expect(file.format).to.equal('fingertips-json');
    const { choice } = sexAndAgeOf([file], '41101')!;
    expect(choice.sexes).to.have.members(['Persons', 'Female', 'Male']);
    // Rows by sex without categories: each sex can be a group (a gap between them), and that is where it starts.
    expect(choice).to.deep.include({ sexGroups: true, ages: ['All ages'], filter: { sex: '', age: 'All ages' } });
    const first = (rows: Array<{ area: string; period: string; value: number | null; group?: unknown }>) =>
      rows.find((r) => r.area === 'E12000007' && r.period === '2013-04-01/P1Y' && !r.group)?.value;
    expect(first(file.rows)).to.equal(12.9); // Persons, 2013/14, as the response has it

    const male = withSexAndAge(file, '41101', { sex: 'Male' });
    expect(sexAndAgeOf([male], '41101')!.choice.filter).to.deep.equal({ sex: 'Male', age: 'All ages' });
    expect(first(male.rows)).to.equal(13.4);
    expect(male.rows.some((r) => r.group)).to.equal(false);
    const [trend] = pasted(writeSnippet({ ...defaultChoices([male]), includeLibrary: false }));
    expect(parseSpec(trend!.spec).ok).to.equal(true);
    const row = [...trend!.table!.querySelectorAll('tbody tr')].find((tr) => /^2013\/14/.test(tr.querySelector('th')!.textContent!))!;
    expect(row.querySelector('td')!.textContent).to.match(/^13\.4/);
  });

  it('points with an empty sex label, or a null segment: the segment\'s sex, for the builder\'s choices and the rows alike', async () => {
    type Segment = { sex?: { value: string }; healthData: Array<{ sex?: { value: string; isAggregate?: boolean } }> } | null;
    const response = JSON.parse(await raw(RAG)) as { areaHealthData: Array<{ indicatorSegments: Segment[] }> };
    for (const area of response.areaHealthData) {
      // The men's points say "" for their sex (the builder took the segment's, the reader took none),
      // and the first of them that it is an aggregate: the empty label leaves that to the segment too.
      const men = area.indicatorSegments.find((s) => s?.sex?.value === 'Male')!.healthData;
      men.forEach((point, p) => (point.sex = p === 0 ? { value: '', isAggregate: true } : { value: '' }));
      area.indicatorSegments.unshift(null);
    }
    const file = readFile('readmissions.json', JSON.stringify(response));
    expect(sexAndAgeOf([file], '41101')!.choice.sexes).to.have.members(['Persons', 'Female', 'Male']);
    expect(file.rows).to.deep.equal(readFile('readmissions.json', await raw(RAG)).rows);
  });

  it('a response with one sex and one age offers nothing to choose', async () => {
    const file = readFile('quintiles.json', await raw('fingertips/fingertipsnext_api_healthdata_benchmark_quintiles_response.json'));
    expect(file.sexAndAge).to.equal(undefined);
  });
});

describe('builder: from choices to the HTML to paste', () => {
  let choices: BuilderChoices;
  beforeEach(async () => {
    choices = defaultChoices([readFile('suicide.csv', await raw(FINGERTIPS))]);
  });

  it('starts with a trend of the first indicator for the first area that is not the benchmark', () => {
    expect(choices.elements).to.deep.equal(['indicator-trend']);
    expect(choices.indicator).to.equal('41001');
    expect(choices.benchmark).to.equal('E92000001');
    expect(choices.area).to.equal('E12000007');
    expect(findProblems(choices)).to.deep.equal([]);
  });

  it('writes each element with its attributes, a valid spec inline and a fallback table of the same numbers', () => {
    const [trend] = pasted(writeSnippet({ ...choices, includeLibrary: false }));
    expect(trend!.el.getAttribute('indicator')).to.equal('41001');
    expect(trend!.el.getAttribute('area')).to.equal('E12000007');
    const parsed = parseSpec(trend!.spec);
    expect(parsed.ok ? [] : parsed.issues).to.deep.equal([]);
    // Only what the element needs: its indicator, its area and the benchmark.
    expect(new Set((trend!.spec.data as Array<{ area: string }>).map((r) => r.area))).to.deep.equal(new Set(['E12000007', 'E92000001']));
    const table = trend!.table!;
    expect(table.querySelector('caption')!.textContent).to.equal('Suicide rate: London region and England');
    const firstRow = [...table.querySelectorAll('tbody tr')][0]!;
    const period = firstRow.querySelector('th')!.textContent!;
    const row = (trend!.spec.data as Array<{ area: string; period: string; value: number | null; group?: unknown }>).find(
      (r) => r.area === 'E12000007' && !r.group && (r.period === period || period.startsWith(r.period.slice(0, 4))),
    );
    expect(row, `a row for ${period}`).to.exist;
    expect(firstRow.querySelector('td')!.textContent).to.include(row!.value === null ? 'No data' : row!.value!.toFixed(1));
  });

  it('includes the line that loads the library when asked, from the address given', () => {
    expect(writeSnippet({ ...choices, libraryUrl: '/lib/wellbeing-widgets.js' })).to.match(/^<script type="module" src="\/lib\/wellbeing-widgets.js"><\/script>\n/);
    expect(writeSnippet({ ...choices, includeLibrary: false })).to.match(/^<indicator-trend /);
  });

  it('escapes what a file or a person wrote: a </script> in a title cannot end the block, markup stays text', () => {
    const hostile = '</script><script>alert(1)</script> & <!--<script> <b>bold</b>';
    const edited = { ...choices, includeLibrary: false, indicators: choices.indicators.map((i) => ({ ...i, title: hostile })) };
    const snippet = writeSnippet(edited);
    expect(snippet.match(/<\/script>/g)).to.have.length(1);
    const [trend] = pasted(snippet);
    expect((trend!.spec.indicators as Array<{ title: string }>)[0]!.title).to.equal(hostile);
    expect(trend!.table!.querySelector('caption')!.textContent).to.equal(`${hostile}: London region and England`);
    expect(trend!.table!.querySelector('b')).to.equal(null);
    expect(escapeHtml(`<a href="x" title='y'>&`)).to.equal('&#60;a href=&#34;x&#34; title=&#39;y&#39;&#62;&#38;');
  });

  it('says in words what the chosen elements still need', () => {
    const wheel = { ...choices, elements: ['wellbeing-wheel' as const] };
    expect(findProblems(wheel).map((p) => p.message)).to.deep.equal(['The wheel needs a framework. Choose one, or untick the wheel.']);
    const walsall = startingFramework('walsall')!.framework;
    expect(findProblems({ ...wheel, framework: walsall }).map((p) => p.message)).to.deep.equal([
      'No indicator is placed in a domain yet, so the wheel would be empty. Place at least one.',
    ]);
    const placed = { ...wheel, framework: placeIndicator(walsall, 'health', '41001', true) };
    expect(findProblems(placed)).to.deep.equal([]);
    expect(findProblems({ ...choices, area: 'E99999999' }).map((p) => p.message)).to.deep.equal([
      'There are no values for Suicide rate in E99999999. Choose another area or indicator.',
    ]);
    expect(findProblems({ ...choices, elements: [] }).map((p) => p.message)).to.deep.equal(['Choose at least one chart to make.']);
    expect(findProblems(defaultChoices([])).map((p) => p.message)).to.deep.equal(['Choose a data file first.']);
  });

  it('places indicators in domains: the wheel’s spec carries the framework and those indicators only', () => {
    const framework = placeIndicator(startingFramework('ons-ten')!.framework, 'health', '41001', true);
    const spec = specForElement(assembleSpec({ ...choices, framework }), 'wellbeing-wheel', choices.framework ? choices : { ...choices, framework });
    expect((spec.framework as { domains: Array<{ id: string; indicators: string[] }> }).domains.find((d) => d.id === 'health')!.indicators).to.deep.equal(['41001']);
    expect((spec.indicators as Array<{ id: string }>).map((i) => i.id)).to.deep.equal(['41001']);
    const [wheel] = pasted(writeSnippet({ ...choices, framework, elements: ['wellbeing-wheel'], includeLibrary: false }));
    expect(wheel!.el.hasAttribute('indicator')).to.equal(false);
    expect([...wheel!.table!.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Health']);
  });

  it('writes a title given in Welsh too as { "en", "cy" }: a Welsh page shows it, an English page the English', () => {
    const welsh = {
      ...choices,
      includeLibrary: false,
      indicators: choices.indicators.map((i) => (i.id === '41001' ? { ...i, titleCy: 'Cyfradd hunanladdiad' } : i)),
    };
    expect((assembleSpec(welsh).indicators as Array<{ id: string; title: unknown }>).find((i) => i.id === '41001')!.title).to.deep.equal({
      en: 'Suicide rate',
      cy: 'Cyfradd hunanladdiad',
    });
    // Without Welsh the title stays a plain string.
    expect((assembleSpec(choices).indicators as Array<{ title: unknown }>)[0]!.title).to.equal('Suicide rate');
    const [english] = pasted(writeSnippet(welsh, 'en'));
    expect(parseSpec(english!.spec).ok).to.equal(true);
    expect(english!.table!.querySelector('caption')!.textContent).to.equal('Suicide rate: London region and England');
    const [cymraeg] = pasted(writeSnippet(welsh, 'cy'));
    expect(cymraeg!.table!.querySelector('caption')!.textContent).to.match(/^Cyfradd hunanladdiad: /);
    expect(cymraeg!.table!.querySelector('thead th')!.textContent).to.equal('Cyfnod');
  });

  it('the spec’s own title can be given in Welsh too: written as { "en", "cy" }, and read back into both boxes', () => {
    const titled = { ...choices, title: 'Suicide in London', titleCy: 'Hunanladdiad yn Llundain', includeLibrary: false };
    expect(assembleSpec(titled).title).to.deep.equal({ en: 'Suicide in London', cy: 'Hunanladdiad yn Llundain' });
    // Each element's spec keeps it, and stays valid.
    const [trend] = pasted(writeSnippet(titled));
    expect(trend!.spec.title).to.deep.equal({ en: 'Suicide in London', cy: 'Hunanladdiad yn Llundain' });
    expect(parseSpec(trend!.spec).ok).to.equal(true);
    // English only: a plain string, as before; nothing: no title.
    expect(assembleSpec({ ...titled, titleCy: '' }).title).to.equal('Suicide in London');
    expect(assembleSpec({ ...titled, title: '', titleCy: '' })).not.to.have.property('title');
    // The spec file read back fills both boxes.
    const again = defaultChoices([readFile('spec.json', specFileText(titled))]);
    expect(again).to.include({ title: 'Suicide in London', titleCy: 'Hunanladdiad yn Llundain' });
  });

  it('a framework’s title and domain names can be given in Welsh too, and a spec’s bilingual text reads back for editing', () => {
    const framework = placeIndicator(startingFramework('ons-ten')!.framework, 'health', '41001', true);
    const health = framework.domains.find((d) => d.id === 'health')!;
    (health as { label: unknown }).label = bilingual('Health', 'Iechyd');
    (framework as { title: unknown }).title = bilingual(textIn(framework.title), 'Mesur llesiant cenedlaethol');
    const wheelChoices = { ...choices, framework, elements: ['wellbeing-wheel' as const], includeLibrary: false };
    const [wheel] = pasted(writeSnippet(wheelChoices, 'cy'));
    const written = wheel!.spec.framework as { title: unknown; domains: Array<{ id: string; label: unknown }> };
    expect(written.domains.find((d) => d.id === 'health')!.label).to.deep.equal({ en: 'Health', cy: 'Iechyd' });
    expect(parseSpec(wheel!.spec).ok).to.equal(true);
    expect([...wheel!.table!.querySelectorAll('tbody th')].map((th) => th.textContent)).to.deep.equal(['Iechyd']);
    expect(wheel!.table!.querySelector('caption')!.textContent).to.match(/^Mesur llesiant cenedlaethol: /);
    // The spec file read back into the builder gives the English and the Welsh to edit.
    const again = readFile('spec.json', specFileText({ ...wheelChoices, indicators: wheelChoices.indicators.map((i) => ({ ...i, titleCy: 'Cyfradd hunanladdiad' })) }));
    expect(textParts(domainList(again.framework).find((d) => d.domain.id === 'health')!.domain.label)).to.deep.equal({ en: 'Health', cy: 'Iechyd' });
    expect(defaultChoices([again]).indicators.find((i) => i.id === '41001')).to.include({ title: 'Suicide rate', titleCy: 'Cyfradd hunanladdiad' });
  });

  it('writes the spec file with every row of every file', async () => {
    const tidy = readFile('wellbeing.csv', await raw(TIDY));
    const both = defaultChoices([choices.files[0]!, tidy]);
    const spec = assembleSpec(both);
    expect((spec.data as unknown[]).length).to.equal(choices.files[0]!.rows.length + tidy.rows.length);
    const parsed = parseSpec(spec);
    expect(parsed.ok ? [] : parsed.issues.slice(0, 3)).to.deep.equal([]);
  });
});

describe('builder: a file hosted on the person’s site, read by the spec (SPEC-v1 data files)', () => {
  type Row = { indicator: string; area: string; period: string; value: number | null; group?: { label: string } };
  /** The rows the library reads for a spec whose data entries point at files, each answered with the given text. */
  async function readBack(spec: Record<string, unknown>, texts: Record<string, string>): Promise<Row[]> {
    const parsed = parseSpec(spec);
    if (!parsed.ok) throw new Error(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; '));
    const loaded = await resolveData(spec, parsed.spec, { read: async (ref) => ({ text: texts[ref.url]!, url: ref.url }) });
    return loaded.data as Row[];
  }
  const key = (r: Row) => `${r.indicator}|${r.area}|${r.period}|${r.group?.label ?? ''}|${r.value}`;

  it('without an address the data stays inline (the default: it works with no hosting)', async () => {
    const choices = defaultChoices([readFile('suicide.csv', await raw(FINGERTIPS))]);
    expect(choices.dataUrls).to.deep.equal({});
    const [trend] = pasted(writeSnippet({ ...choices, includeLibrary: false }));
    expect(Array.isArray(trend!.spec.data)).to.equal(true);
    expect((trend!.spec.data as Row[])[0]).to.include({ indicator: '41001' });
  });

  it('with an address: the element’s spec reads the file with its format, the table keeps the numbers, and the library reads the same rows', async () => {
    const text = await raw(FINGERTIPS);
    const choices = { ...defaultChoices([readFile('suicide.csv', text)]), includeLibrary: false, dataUrls: { 'suicide.csv': 'data/suicide.csv' } };
    const [inline] = pasted(writeSnippet({ ...choices, dataUrls: {} }));
    const [hosted] = pasted(writeSnippet(choices));
    expect(hosted!.spec.data).to.deep.equal([{ url: 'data/suicide.csv', format: 'fingertips-csv' }]);
    expect(hosted!.table!.isEqualNode(inline!.table!), "the same fallback table").to.equal(true);
    expect(findProblems(choices)).to.deep.equal([]);
    const read = (await readBack(hosted!.spec, { 'data/suicide.csv': text })).filter((r) => r.indicator === '41001' && ['E12000007', 'E92000001'].includes(r.area));
    expect(read.map(key).sort()).to.deep.equal((inline!.spec.data as Row[]).map(key).sort());
    // The spec file taken away points at the file too.
    expect(JSON.parse(specFileText(choices)).data).to.deep.equal([{ url: 'data/suicide.csv', format: 'fingertips-csv' }]);
  });

  it('a Fingertips file: the sex and age chosen are the entry’s filter; indicators that chose differently each get their own entry', async () => {
    const text = await raw(DEPRIVATION);
    const file = withSexAndAge(readFile('deprivation.csv', text), '93763', { sex: 'Male' });
    const choices = { ...defaultChoices([file]), indicator: '93763', includeLibrary: false, dataUrls: { 'deprivation.csv': 'deprivation.csv' } };
    const [gap] = pasted(writeSnippet(choices));
    expect(gap!.spec.data).to.deep.equal([{ url: 'deprivation.csv', format: 'fingertips-csv', filter: { sex: 'Male', age: 'All ages' } }]);
    const [inline] = pasted(writeSnippet({ ...choices, dataUrls: {} }));
    const read = (await readBack(gap!.spec, { 'deprivation.csv': text })).filter((r) => r.indicator === '93763' && r.area === choices.area);
    expect(read.map(key).sort()).to.deep.equal((inline!.spec.data as Row[]).filter((r) => r.area === choices.area).map(key).sort());

    // The whole spec: 18 indicators of several ages and one of Males: one entry each, naming it.
    const whole = assembleSpec(choices, { hosted: true });
    const entries = whole.data as Array<{ indicator?: string; filter?: { sex?: string; age?: string } }>;
    expect(entries.length).to.equal(18);
    expect(entries.find((e) => e.indicator === '93763')!.filter).to.deep.equal({ sex: 'Male', age: 'All ages' });
    const all = await readBack(whole, { 'deprivation.csv': text });
    expect(all.map(key).sort()).to.deep.equal(file.rows.map((r) => key(r as Row)).sort());
  });

  it('a FingertipsNext response and a spreadsheet named after its file keep their reader options', async () => {
    const json = readFile('readmissions.json', await raw('fingertips/fingertipsnext_api_healthdata_benchmark_rag_response.json'));
    const male = withSexAndAge(json, '41101', { sex: 'Male' });
    const spec = specForElement(assembleSpec(defaultChoices([male])), 'indicator-trend', { ...defaultChoices([male]), dataUrls: { 'readmissions.json': 'https://data.example.gov.uk/41101.json' } }, { hosted: true });
    expect(spec.data).to.deep.equal([{ url: 'https://data.example.gov.uk/41101.json', format: 'fingertips-json', filter: { sex: 'Male', age: 'All ages' } }]);
    const sheet = 'Code,Area,2019,2020\nE09000001,City of London,7.1,7.3\nE09000002,Barking and Dagenham,7.4,7.2\n';
    const wide = readFile('Life satisfaction.csv', sheet);
    const choices = { ...defaultChoices([wide]), dataUrls: { 'Life satisfaction.csv': 'life.csv' } };
    const written = assembleSpec(choices, { hosted: true });
    expect(written.data).to.deep.equal([{ url: 'life.csv', format: 'wide-csv', indicator: 'life-satisfaction' }]);
    expect((await readBack(written, { 'life.csv': sheet })).map(key).sort()).to.deep.equal(wide.rows.map((r) => key(r as Row)).sort());
  });

  it('some files with an address and some without: says so, and keeps the data inline', async () => {
    const choices = { ...defaultChoices([readFile('suicide.csv', await raw(FINGERTIPS)), readFile('wellbeing.csv', await raw(TIDY))]), dataUrls: { 'suicide.csv': 'suicide.csv' } };
    expect(mixedHosting(choices)).to.equal(true);
    expect(findProblems(choices).map((p) => p.message)).to.include(
      'Some files have an address and some do not. The HTML to paste carries the data inside it until every file has one (or none has).',
    );
    expect(Array.isArray(assembleSpec(choices, { hosted: true }).data)).to.equal(true);
    expect((assembleSpec(choices, { hosted: true }).data as Row[])[0]).to.have.property('value');
  });
});

describe('builder: a StatsWales download (statswales-csv), in English or Welsh', () => {
  it('reads the English view: council and Wales names get their codes, the years their dates, values their thousands', async () => {
    const file = readFile('HLTH1250.csv', await raw('wales/statswales_HLTH1250_view_en.csv'));
    expect(file.format).to.equal('statswales-csv');
    expect(file.rows.length).to.equal(1416);
    expect(file.areas.find((a) => a.code === 'W06000024')).to.include({ name: 'Merthyr Tydfil' });
    expect(file.areas.find((a) => a.code === 'W92000004')).to.include({ name: 'Wales' });
    // "3,697",Number of contacts,2013-14,01/04/2013,31/03/2014,Merthyr Tydfil,Health Visitor
    expect(file.rows[0]).to.deep.include({ indicator: 'Number of contacts: Health Visitor', area: 'W06000024', period: '2013-04-01/P1Y', value: 3697 });
    const choices = defaultChoices([file]);
    expect(choices).to.include({ indicator: 'Number of contacts: Health Visitor', area: 'W06000024', benchmark: 'W92000004' });
    expect(findProblems(choices)).to.deep.equal([]);
    const [trend] = pasted(writeSnippet({ ...choices, includeLibrary: false }));
    expect(trend!.table!.querySelector('caption')!.textContent).to.equal('Number of contacts: Health Visitor: Merthyr Tydfil and Wales');
    expect(trend!.table!.querySelector('tbody th')!.textContent).to.equal('2013/14');
    expect(trend!.table!.querySelector('tbody td')!.textContent).to.equal('3,697');
  });

  it('reads the Welsh view to the same codes and values ("Ynys Mon" and "Cymru" as the file spells them)', async () => {
    const en = readFile('en.csv', await raw('wales/statswales_HLTH1250_view_en.csv'));
    const cy = readFile('cy.csv', await raw('wales/statswales_HLTH1250_view_cy.csv'));
    expect(cy.format).to.equal('statswales-csv');
    expect(cy.areas.find((a) => a.code === 'W06000001')).to.include({ name: 'Ynys Mon' });
    expect(cy.areas.find((a) => a.code === 'W92000004')).to.include({ name: 'Cymru' });
    expect(cy.rows[0]).to.deep.include({ indicator: 'Nifer y cysylltiadau: Ymwelwyr iechyd', area: 'W06000024', period: '2013-04-01/P1Y', value: 3697 });
    const values = (file: typeof en) => file.rows.map((r) => `${r.area}|${r.period}|${r.value}`);
    expect(values(cy)).to.deep.equal(values(en));
  });

  it('says which column is missing, and where a value is not a number', () => {
    expect(() => readFile('a.csv', 'Data Values,Measure,Start Date,End Date\n1,x,01/04/2013,31/03/2014\n')).to.throw(FileProblem, /"Local Authority"/);
    expect(() => readFile('b.csv', 'Data Values,Measure,Year,Start Date,End Date,Local Authority\n"7,4",x,2013-14,01/04/2013,31/03/2014,Powys\n')).to.throw(
      FileProblem,
      /b\.csv, line 2, column 1.*7\.4/,
    );
  });
});
