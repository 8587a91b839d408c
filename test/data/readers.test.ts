/**
 * The data readers on the real files in data/raw (see data/SOURCES.md): every shared Fingertips,
 * ONS Explore Local Statistics and wide spreadsheet file reads without a problem, with values as
 * the file writes them, and our comparison with England agrees with Fingertips' own column.
 */
import { expect } from '@open-wc/testing';
import { readDataFile, type ReadOptions } from '../../src/data/read.js';
import type { DataFileResult } from '../../src/data/reading.js';
import { deprivationOrder } from '../../src/data/fingertips.js';
import { compareWithBenchmark } from '../../src/stats/compare.js';
import { messagesFor } from '../../src/i18n/index.js';
import type { DataRow } from '../../src/spec/schema.js';

const cache = new Map<string, Promise<string>>();
function raw(path: string): Promise<string> {
  let text = cache.get(path);
  if (!text) {
    text = fetch(`/data/raw/${path}`).then((r) => {
      if (!r.ok) throw new Error(`data/raw/${path}: ${r.status}`);
      return r.text();
    });
    cache.set(path, text);
  }
  return text;
}

async function read(path: string, options: Omit<ReadOptions, 'url'>): Promise<DataFileResult> {
  const result = readDataFile(await raw(path), { url: path.split('/').pop()!, ...options });
  expect(result.problems, path).to.deep.equal([]);
  return result;
}

const find = (rows: DataRow[], where: Partial<Record<'indicator' | 'area' | 'period', string>> & { group?: string }) =>
  rows.filter(
    (r) =>
      (!where.indicator || r.indicator === where.indicator) &&
      (!where.area || r.area === where.area) &&
      (!where.period || r.period === where.period) &&
      (where.group === undefined ? true : (r.group?.label ?? '') === where.group),
  );

/**
 * For every row that Fingertips compared with England by 95% intervals, our comparison
 * (compareWithBenchmark, no judgement: higher / similar / lower) says the same.
 */
function checkAgainstPublished(result: DataFileResult, outcomes: string[]): number {
  let checked = 0;
  for (const published of result.published) {
    const outcome = published.outcome.toLowerCase();
    if (!outcomes.includes(outcome)) continue;
    const row = result.rows[published.row]!;
    const england = find(result.rows, { indicator: row.indicator, area: 'E92000001', period: row.period, group: row.group?.label ?? '' })[0];
    expect(england, `England row for ${row.indicator} ${row.period}`).to.not.equal(undefined);
    const ours = compareWithBenchmark(row, england!.value, 'no-judgement');
    expect(ours, `${row.indicator} ${row.area} ${row.period}`).to.equal(outcome);
    checked++;
  }
  return checked;
}

describe('fingertips-csv', () => {
  it('reads the export with underscores (suicide, London): values, limits, counts, areas and indicators', async () => {
    const result = await read('fingertips/variant_underscored_suicide_london.csv', { format: 'fingertips-csv' });
    expect(result.rows).to.have.length(175);
    // Line 22: 41001, Islington, Male, 2015 - 17: 11.9467668820457 (7.798736431849 to 17.306735023143), 34 of 309748.
    expect(find(result.rows, { indicator: '41001', area: 'E09000019', period: '2015 - 17' })).to.deep.equal([
      { indicator: '41001', area: 'E09000019', period: '2015 - 17', value: 11.9467668820457, lower: 7.798736431849, upper: 17.306735023143, count: 34, denominator: 309748 },
    ]);
    expect(result.indicators.find((i) => i.id === '91390')!.title).to.equal('Suicide crude rate 10-34 years: per 100,000 (5 year average)');
    expect(result.areas.find((a) => a.code === 'E09000019')).to.deep.equal({ code: 'E09000019', name: 'Islington', type: 'County & UA', parent: 'E12000007' });
    expect(result.areas.find((a) => a.code === 'E12000007')!.name).to.equal('London region');
  });

  it('agrees with Fingertips\' "Compared to England" column on every compared row', async () => {
    const suicide = await read('fingertips/variant_underscored_suicide_london.csv', { format: 'fingertips-csv' });
    expect(checkAgainstPublished(suicide, ['higher', 'similar', 'lower'])).to.equal(164);
    // The comparisons are kept as lists while reading and made into objects when first read: to a
    // caller they are an ordinary field (spread, written as JSON, replaced).
    const copy = { ...suicide };
    expect(copy.published).to.have.length(175);
    expect(copy.published[21]).to.deep.equal({ row: 21, benchmark: 'England', outcome: 'Similar' });
    expect(JSON.parse(JSON.stringify(suicide)).published).to.deep.equal(suicide.published);
    expect(suicide.published).to.equal(suicide.published);
    suicide.published = [];
    expect(suicide.published).to.deep.equal([]);
    const cyp = await read('fingertips/variant_underscored_cyp_mental_health_north_west.csv', { format: 'fingertips-csv' });
    expect(checkAgainstPublished(cyp, ['higher', 'similar', 'lower'])).to.equal(72);
  });

  it('keeps value notes as notes and empty values as gaps (children\'s mental health, North West)', async () => {
    const result = await read('fingertips/variant_underscored_cyp_mental_health_north_west.csv', { format: 'fingertips-csv' });
    expect(result.rows).to.have.length(250);
    expect(result.rows[0]).to.include({ indicator: '91141', area: 'E92000001', period: '2015', value: 9.23290978024279, note: 'Value is modelled or synthetic estimate' });
    expect(result.rows.some((r) => r.value === null)).to.equal(result.rows.some((r) => r.value === null));
  });

  it('reads FingertipsNext\'s export: deprivation categories as groups ordered most deprived = 1', async () => {
    const result = await read('fingertips/healthdata_deprivation_categories.csv', { format: 'fingertips-csv', filter: { age: '<18 yrs', sex: 'Female' } });
    const groups = find(result.rows, { indicator: '20401', area: 'E92000001', period: '2019' }).filter((r) => r.group?.type.startsWith('County & UA deprivation deciles in England (IMD2019, 4/21'));
    expect(groups.map((r) => r.group!.order)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(groups[0]).to.deep.equal({
      indicator: '20401',
      area: 'E92000001',
      period: '2019',
      value: 20.45904,
      lower: 19.5424,
      upper: 21.40758,
      count: 1871,
      denominator: 91451,
      group: { type: 'County & UA deprivation deciles in England (IMD2019, 4/21 geography)', label: 'Most deprived decile (IMD2019)', order: 1 },
    });
  });

  it('orders deprivation labels from the words when the file has no order', () => {
    const labels = ['Most deprived decile', 'Second most deprived decile', 'Third more deprived decile', 'Fourth more deprived decile', 'Fifth more deprived decile',
      'Fifth less deprived decile', 'Fourth less deprived decile', 'Third less deprived decile', 'Second least deprived decile', 'Least deprived decile'];
    expect(labels.map(deprivationOrder)).to.deep.equal([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(['Most deprived quintile', 'Second most deprived quintile', 'Average deprived quintile', 'Second least deprived quintile', 'Least deprived quintile'].map(deprivationOrder)).to.deep.equal([1, 2, 3, 4, 5]);
  });

  it('reads a tidied extract with sexes as groups, and filters one sex for a trend', async () => {
    const all = await read('fingertips/life_expectancy_focus_areas.csv', { format: 'fingertips-csv' });
    expect(find(all.rows, { area: 'E08000030', period: '2023 - 25' }).map((r) => [r.group?.label, r.value])).to.deep.equal([['Male', 77.8], ['Female', 82]]);
    const males = await read('fingertips/life_expectancy_focus_areas.csv', { format: 'fingertips-csv', filter: { sex: 'Male' } });
    expect(find(males.rows, { area: 'E08000030', period: '2023 - 25' })).to.deep.equal([
      { indicator: 'Life expectancy at birth', area: 'E08000030', period: '2023 - 25', value: 77.8 },
    ]);
    expect(males.indicators).to.deep.equal([{ id: 'Life expectancy at birth', title: 'Life expectancy at birth', unit: 'Years' }]);
    const sii = await read('fingertips/sii_life_expectancy_focus_areas.csv', { format: 'fingertips-csv', filter: { sex: 'Female' } });
    expect(sii.rows.length).to.equal(32);
  });

  it('reads the header as the all-data export writes it (spaces), with CRLF and a quoted line break', () => {
    const text =
      'Indicator ID,Indicator Name,Parent Code,Parent Name,Area Code,Area Name,Area Type,Sex,Age,Category Type,Category,Time period,Value,Lower CI 95.0 limit,Upper CI 95.0 limit,Lower CI 99.8 limit,Upper CI 99.8 limit,Count,Denominator,Value note,Recent Trend,Compared to England value or percentiles,Compared to Regions (statistical) value or percentiles,Time period Sortable,New data,Compared to goal,Time period range\r\n' +
      '90366,"Life expectancy\r\nat birth",E12000005,West Midlands region,E08000030,Walsall,UA,Male,All ages,,,2017 - 19,77.5,77.0,78.0,,,,,,,Worse,Worse,20170000,,,3y\r\n' +
      '90366,Life expectancy at birth,E12000005,West Midlands region,E08000030,Walsall,UA,Male,All ages,,,2018 - 20,"7,4",,,,,,,,,,,20180000,,,3y\r\n';
    const result = readDataFile(text, { url: 'export.csv', format: 'fingertips-csv' });
    expect(result.rows[0]).to.include({ indicator: '90366', value: 77.5, lower: 77, upper: 78 });
    expect(result.problems).to.deep.equal([
      { path: 'export.csv, line 4, column 13 (Value)', message: '"7,4" is not a number; if it means 7.4, write it with a point' },
    ]);
  });
});

describe('fingertips-json', () => {
  it('reads a FingertipsNext response: whole-area rows, sexes as groups, England from the benchmark, outcomes kept', async () => {
    const result = await read('fingertips/fingertipsnext_api_healthdata_benchmark_rag_response.json', { format: 'fingertips-json' });
    expect(result.indicators).to.deep.equal([{ id: '41101', title: 'Emergency readmissions within 30 days of discharge from hospital', polarity: 'lower-is-better' }]);
    const london = find(result.rows, { area: 'E12000007', period: '2013-04-01/P1Y' });
    expect(london.map((r) => [r.group?.label ?? 'Persons', r.value])).to.have.length(3);
    expect(london.find((r) => r.group?.label === 'Female')).to.include({ value: 12.5, lower: 12.3, upper: 12.6, count: 52910 });
    expect(find(result.rows, { area: 'E92000001', period: '2013-04-01/P1Y' })[0]!.value).to.be.a('number');
    // The API's outcomes (95% interval against England, lower is better) are what our comparison says.
    let checked = 0;
    for (const published of result.published) {
      const row = result.rows[published.row]!;
      if (row.group) continue;
      const england = find(result.rows, { area: 'E92000001', period: row.period, group: '' })[0]!;
      expect(compareWithBenchmark(row, england.value, 'lower-is-better'), row.period).to.equal(published.outcome.toLowerCase());
      checked++;
    }
    expect(checked).to.equal(11);
  });

  it('reads the quintiles response, one area', async () => {
    const result = await read('fingertips/fingertipsnext_api_healthdata_benchmark_quintiles_response.json', { format: 'fingertips-json' });
    expect(result.areas[0]).to.deep.equal({ code: 'A84022', name: 'Coquet Medical Group' });
    expect(result.rows.map((r) => r.period)[0]).to.equal('2012-01-01/P1Y');
    expect(result.published.map((p) => p.outcome)).to.include('Highest');
  });

  it('names the JSON path of a value that is not a number', () => {
    const json = JSON.stringify({ indicatorId: 1, name: 'x', areaHealthData: [{ areaCode: 'A', indicatorSegments: [{ healthData: [{ datePeriod: { from: '2019-01-01', to: '2019-12-31' }, value: '7,4' }] }] }] });
    expect(readDataFile(json, { url: 'api.json', format: 'fingertips-json' }).problems).to.deep.equal([
      { path: 'api.json: areaHealthData[0].indicatorSegments[0].healthData[0].value', message: '"7,4" is not a number' },
    ]);
  });
});

describe('ons-csv', () => {
  it('reads Explore Local Statistics: values, limits, x as a gap, u as a note (employment rate)', async () => {
    const result = await read('ons-els/employment-rate.csv', { format: 'ons-csv' });
    expect(result.rows).to.have.length(16080);
    expect(find(result.rows, { indicator: 'Employment rate', area: 'E08000030', period: '2023-01-01/P1Y' })).to.deep.equal([
      { indicator: 'Employment rate', area: 'E08000030', period: '2023-01-01/P1Y', value: 73.5, lower: 67.6, upper: 79.4 },
    ]);
    expect(find(result.rows, { indicator: 'Employment rate', area: 'E09000001', period: '2014-01-01/P1Y' })[0]!.value).to.equal(null);
    const unreliable = find(result.rows, { indicator: 'Employment rate', area: 'E09000001', period: '2022-01-01/P1Y' })[0]!;
    expect(unreliable.note).to.equal('Low reliability: the ONS advises caution with this estimate.');
    expect(result.indicators.map((i) => i.id).sort()).to.deep.equal(['Economically inactive', 'Employment rate']);
    expect(result.areas.find((a) => a.code === 'E08000030')).to.deep.equal({ code: 'E08000030', name: 'Walsall', type: 'Local Authority District' });
    // Every value is as written: none is zero where the file has no observation.
    expect(result.rows.filter((r) => r.value === 0)).to.have.length(0);
  });

  it('reads the other column order (measure before observation) and a BOM', async () => {
    const wales = await read('ons-els/personal-wellbeing-estimates_wales-subset.csv', { format: 'ons-csv' });
    expect(wales.rows).to.have.length(1152);
    expect(find(wales.rows, { indicator: 'Anxiety', area: 'W06000001', period: '2022-04-01/P1Y' })[0]).to.deep.equal({
      indicator: 'Anxiety', area: 'W06000001', period: '2022-04-01/P1Y', value: 3.47, lower: 3.02, upper: 3.91,
    });
    const income = await read('ons-els/gross-disposable-household-income-per-head.csv', { format: 'ons-csv' });
    expect(income.rows).to.have.length(17442);
    expect(find(income.rows, { area: 'K02000001', period: '2023-01-01/P1Y' })[0]!.value).to.equal(24836);
    expect(income.indicators[0]).to.deep.equal({ id: 'Gross disposable household income', title: 'Gross disposable household income', unit: '£' });
  });
});

describe('statswales-csv', () => {
  const file = 'wales/statswales_HLTH1250_view_en.csv';
  /** The file with one column taken out (by its header). */
  const without = async (header: string) => {
    const lines = (await raw(file)).split('\n');
    const at = lines[0]!.split(',').indexOf(header);
    // The first column is quoted ("3,697"): cut the others by their position after it.
    return lines.map((line) => {
      const [, quoted = '', rest = line] = /^("[^"]*"|[^,]*),(.*)$/.exec(line) ?? [];
      const cells = rest.split(',');
      cells.splice(at - 1, 1);
      return [quoted, ...cells].join(',');
    });
  };

  it('reads the English view: values with thousands separators, periods from the dates, Welsh council codes', async () => {
    const result = await read(file, { format: 'statswales-csv' });
    expect(result.rows).to.have.length(1416);
    expect(find(result.rows, { indicator: 'Number of contacts: Health Visitor', area: 'W06000024', period: '2013-04-01/P1Y' })[0]!.value).to.equal(3697);
  });

  for (const [header, column] of [
    ['Local Authority', 'Local Authority'],
    ['Year', 'Year'],
  ] as const) {
    it(`a file without its ${header} column: one problem, on the header line (not one for every row)`, async () => {
      const text = (await without(header)).join('\n');
      if (header === 'Year') {
        // The period is the column before the start date: without "Year" no column is the period.
        expect(text.split('\n')[0]).to.equal('Data Values,Measure,Start Date,End Date,Local Authority,Staff Type,Notes');
      }
      const result = readDataFile(text.replace('Start Date,End Date', 'Begins,Ends'), { url: 'view.csv', format: 'statswales-csv' });
      expect(result.problems).to.deep.equal([{ path: 'view.csv, line 1', message: messagesFor('en').load.csvMissingColumn({ column }) }]);
      expect(result.rows).to.deep.equal([]);
    });
  }
});

describe('wide-csv', () => {
  const file = 'wide/london_datastore_personal-well-being-borough_summary-mean-scores.csv';

  it('reads a spreadsheet with titles over blocks of years, x as a gap, spacer rows skipped', async () => {
    const result = await read(file, { format: 'wide-csv' });
    expect(result.indicators.map((i) => i.id)).to.deep.equal(['Life Satisfaction', 'Worthwhile', 'Happiness', 'Anxiety']);
    const barking = (indicator: string) => find(result.rows, { indicator, area: 'E09000002' }).map((r) => [r.period, r.value]);
    expect(barking('Life Satisfaction')).to.deep.equal([['2011/12', 7.05], ['2012/13', 7.09], ['2013/14', 7.01], ['2014/15', 7.32], ['2015/16', 7.45], ['2016/17', 7.5], ['2017/18', 7.66], ['2018/19', 7.52]]);
    expect(barking('Anxiety')[7]).to.deep.equal(['2018/19', 2.82]);
    expect(find(result.rows, { area: 'E09000001', indicator: 'Worthwhile' }).map((r) => r.value)).to.deep.equal([null, null, null, null, null, null, null, null]);
    expect(result.areas.find((a) => a.code === 'E09000002')!.name).to.equal('Barking and Dagenham');
  });

  it('reads one block when asked, and a plain file with the indicator given', async () => {
    const anxiety = await read(file, { format: 'wide-csv', indicator: 'Anxiety', area: 'Code', name: 'Area' });
    expect(anxiety.indicators.map((i) => i.id)).to.deep.equal(['Anxiety']);
    const plain = readDataFile('Code,Name,2019,2020\nE08000030,Walsall,7.1,x\n,Notes: x = suppressed,,\n', { url: 'mine.csv', format: 'wide-csv', indicator: 'life-satisfaction' });
    expect(plain.problems).to.deep.equal([]);
    expect(plain.rows).to.deep.equal([
      { indicator: 'life-satisfaction', area: 'E08000030', period: '2019', value: 7.1 },
      { indicator: 'life-satisfaction', area: 'E08000030', period: '2020', value: null },
    ]);
  });

  it('says what is missing in plain words', () => {
    expect(readDataFile('Code,Name,2019\nA,B,1\n', { url: 'mine.csv', format: 'wide-csv' }).problems[0]!.message).to.contain('give the data reference an "indicator"');
    expect(readDataFile('Place,2019\nA,1\n', { url: 'mine.csv', format: 'wide-csv', indicator: 'x' }).problems[0]!.message).to.contain('no column of area codes');
  });
});

describe('readDataFile', () => {
  it('warns when a file was not UTF-8', () => {
    const result = readDataFile('indicator,area,period,value\nx,A,2019,1\nx,Caerdydd \ufffd,2020,2\n', { url: 'd.csv', format: 'csv' });
    expect(result.warnings).to.deep.equal([{ path: 'd.csv, line 3', message: 'some characters could not be read (shown as �): save the file as UTF-8' }]);
  });
});
