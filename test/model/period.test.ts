import { expect } from '@open-wc/testing';
import { orderPeriods, parsePeriod, periodLabel } from '../../src/model/period.js';

describe('periods', () => {
  it('reads years, financial years, ONS intervals and Fingertips ranges', () => {
    expect(parsePeriod('2019')).to.include({ start: 2019, label: '2019' });
    expect(parsePeriod('2019/20')).to.include({ start: 2019.25, label: '2019/20' });
    expect(parsePeriod('2019-20')).to.include({ start: 2019.25, label: '2019/20' });
    expect(parsePeriod('1999/00')).to.include({ start: 1999.25, label: '1999/00' });
    expect(parsePeriod('2019-04-01/P1Y')).to.include({ label: '2019/20' });
    expect(parsePeriod('2019-01-01/P1Y')).to.include({ start: 2019, label: '2019' });
    expect(parsePeriod('2015 - 17')).to.include({ start: 2015, length: 3, label: '2015 - 17' });
    expect(parsePeriod('Spring term')).to.equal(null);
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
    // A calendar year sorts before the financial year that starts in it.
    expect(orderPeriods(['2019/20', '2019'])).to.deep.equal(['2019', '2019/20']);
  });

  it('keeps the given order when some periods are not times (SPEC-v1)', () => {
    expect(orderPeriods(['Wave 2', '2019', 'Wave 1', '2019'])).to.deep.equal(['Wave 2', '2019', 'Wave 1']);
  });
});
