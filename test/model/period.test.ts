import { expect } from '@open-wc/testing';
import { orderPeriods, parsePeriod, periodLabel } from '../../src/model/period.js';
import { Model } from '../../src/model/model.js';
import type { Spec } from '../../src/spec/schema.js';
// Welsh synchronously, as the pure functions give it in Node (elements load it on demand).
import '../../src/i18n/all.js';

describe('periods', () => {
  it('reads years, financial years, ONS intervals and Fingertips ranges', () => {
    expect(parsePeriod('2019')).to.include({ start: 2019, label: '2019' });
    expect(parsePeriod('2019/20')).to.include({ start: 2019.25, label: '2019/20' });
    expect(parsePeriod('2019-20')).to.include({ start: 2019.25, label: '2019/20' });
    expect(parsePeriod('1999/00')).to.include({ start: 1999.25, label: '1999/00' });
    expect(parsePeriod('2019-04-01/P1Y')).to.include({ label: '2019/20' });
    expect(parsePeriod('2019-01-01/P1Y')).to.include({ start: 2019, label: '2019' });
    expect(parsePeriod('2015 - 17')).to.include({ start: 2015, length: 3, label: '2015 to 2017' });
    expect(parsePeriod('Spring term')).to.equal(null);
  });

  it('reads YYYY-MM as a month, and YYYY-YY as a financial year only when the second year follows the first', () => {
    expect(periodLabel('2019-03')).to.equal('March 2019');
    expect(periodLabel('2023-01')).to.equal('January 2023');
    expect(periodLabel('2011-12')).to.equal('2011/12');
    expect(parsePeriod('2019-03')).to.include({ start: 2019 + 2 / 12 });
    expect(parsePeriod('2019/03')).to.equal(null);
  });

  it('reads quarters and ONS month intervals, with labels people read', () => {
    expect(periodLabel('2023 Q1')).to.equal('January to March 2023');
    expect(periodLabel('2023-Q1')).to.equal('January to March 2023');
    expect(periodLabel('2023-01-01/P1M')).to.equal('January 2023');
    expect(periodLabel('2022-11-01/P3M')).to.equal('November 2022 to January 2023');
    expect(periodLabel('2011-01-01/P3Y')).to.equal('2011 to 2013');
    expect(parsePeriod('2011-01-01/P3Y')).to.include({ start: 2011, length: 3 });
  });

  it('refuses a duration of zero instead of reading "2019 to 2018"', () => {
    expect(parsePeriod('2019-01/P0Y')).to.equal(null);
    expect(parsePeriod('2019-01-01/P0M')).to.equal(null);
  });

  it('never labels a range with a dash that reads as minus', () => {
    for (const period of ['2015 - 17', '2023 - 25', '2015-2017', '2011-01-01/P3Y']) expect(periodLabel(period)).to.match(/^\d{4} to \d{4}$/);
  });

  it('names months in the reader\'s language: the browser\'s names, else the catalogue\'s', () => {
    expect(periodLabel('2019-03', 'de')).to.equal('März 2019');
    // Chromium has no Welsh month names: the Welsh catalogue gives them.
    expect(periodLabel('2023 Q1', 'cy')).to.equal('Ionawr i Fawrth 2023');
    expect(periodLabel('2015 - 17', 'cy')).to.equal('2015 i 2017');
  });

  it('softens the Welsh month after "i" (Ionawr i Fawrth), within a year and across years', () => {
    expect(periodLabel('2023 Q3', 'cy')).to.equal('Gorffennaf i Fedi 2023');
    expect(periodLabel('2022-10-01/P3M', 'cy')).to.equal('Hydref i Ragfyr 2022');
    expect(periodLabel('2022-08-01/P6M', 'cy')).to.equal('Awst 2022 i Ionawr 2023');
    expect(periodLabel('2022-12-01/P3M', 'cy')).to.equal('Rhagfyr 2022 i Chwefror 2023');
    expect(periodLabel('2022-09-01/P6M', 'cy')).to.equal('Medi 2022 i Chwefror 2023');
    expect(periodLabel('2022-11-01/P4M', 'cy')).to.equal('Tachwedd 2022 i Chwefror 2023');
    expect(periodLabel('2022-10-01/P6M', 'cy')).to.equal('Hydref 2022 i Fawrth 2023');
  });

  it('a model writes its period labels in its own language (the trend, the gap and the wheel use it)', () => {
    const spec = { version: 1, areas: [], indicators: [], data: [] } as unknown as Spec;
    expect(new Model(spec, 'cy').periodLabel('2015 - 17')).to.equal('2015 i 2017');
    expect(new Model(spec, 'en').periodLabel('2015 - 17')).to.equal('2015 to 2017');
    expect(new Model(spec).periodLabel('2015 - 17')).to.equal('2015 to 2017');
  });

  it('labels ONS periods as financial years', () => {
    expect(periodLabel('2011-04-01/P1Y')).to.equal('2011/12');
    expect(periodLabel('Q3 weird')).to.equal('Q3 weird');
  });

  it('sorts periods by time whatever order the data gives them in', () => {
    expect(orderPeriods(['2021/22', '2019/20', '2020/21'])).to.deep.equal(['2019/20', '2020/21', '2021/22']);
    expect(orderPeriods(['2022-04-01/P1Y', '2011-04-01/P1Y', '2016-04-01/P1Y'])).to.deep.equal([
      '2011-04-01/P1Y',
      '2016-04-01/P1Y',
      '2022-04-01/P1Y',
    ]);
    expect(orderPeriods(['2017 - 19', '2015 - 17', '2016 - 18'])).to.deep.equal(['2015 - 17', '2016 - 18', '2017 - 19']);
    expect(orderPeriods(['2019-03', '2019-01', '2018-12'])).to.deep.equal(['2018-12', '2019-01', '2019-03']);
    expect(orderPeriods(['2023 Q2', '2023-Q1', '2022 Q4'])).to.deep.equal(['2022 Q4', '2023-Q1', '2023 Q2']);
    // A calendar year sorts before the financial year that starts in it.
    expect(orderPeriods(['2019/20', '2019'])).to.deep.equal(['2019', '2019/20']);
  });

  it('keeps the given order when some periods are not times (SPEC-v1)', () => {
    expect(orderPeriods(['Wave 2', '2019', 'Wave 1', '2019'])).to.deep.equal(['Wave 2', '2019', 'Wave 1']);
  });
});
