/**
 * examples/your-files.html: a trend, a gap and a wheel that read a Fingertips file and an ONS
 * Explore Local Statistics file as published (copies in examples/data/files, see its SOURCES.md).
 * The page's specs hold no values; what is drawn is what the files say.
 */
import { expect } from '@open-wc/testing';
import { openExample, settled, shadowText, type ExamplePage, present } from './example-page.js';

describe('your-files.html', function () {
  this.timeout(60000);
  let page: ExamplePage | undefined;
  afterEach(() => page?.close());

  it('draws each element from its file, with the numbers the files publish', async () => {
    page = await openExample('your-files.html');
    await settled(page);
    expect([...page.failures.values()].map((f) => f.message)).to.deep.equal([]);
    const text = (id: string) => shadowText(present(page!.doc.getElementById(id), id)).replace(/\s+/g, ' ');

    // The inline specs point at files and give no value of their own.
    for (const script of page.doc.querySelectorAll('script[type="application/json"]')) {
      const spec = JSON.parse(script.textContent!) as { data: { url: string; format: string } };
      expect(spec.data.url).to.match(/^data\/files\/.+\.csv$/);
      expect(script.textContent).not.to.match(/"value"/);
    }
    // fingertips-life-expectancy.csv: County Durham, women, 81.3 in 2015 - 17 and 81.7 in 2023 - 25.
    expect(text('from-fingertips')).to.contain('81.3 Years in 2015 to 2017').and.contain('81.7 Years in 2023 to 2025');
    // fingertips-deprivation.csv, indicator 93763, Persons, 2021: 50.46370481 most deprived, 30.41118818 least.
    expect(text('from-deprivation')).to.contain('50.464 per 100,000 in the most deprived tenth').and.contain('30.411 per 100,000 in the least deprived tenth');
    // ons-personal-wellbeing-wales.csv, 2022-04-01/P1Y: four measures for Cardiff against Wales.
    expect(text('from-ons')).to.contain('Cardiff, 2022/23').and.contain('Of 4 indicators, 4 are similar to Wales');
  });
});
