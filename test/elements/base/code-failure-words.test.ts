/**
 * The other on-demand parts that may fail to download (see code-failure.test.ts): the data file
 * readers, and the Welsh words themselves, in a test page of their own (without Welsh words, this
 * page cannot show Welsh). With the Welsh words gone, the message can only be in English, and says so.
 */
import { expect } from '@open-wc/testing';
import { failRequests } from '../../commands.js';
import { shadow, textOf } from '../../helpers.js';

const whenError = (el: HTMLElement) =>
  new Promise<string>((resolve) => el.addEventListener('wellbeing-error', (e) => resolve((e as CustomEvent<{ message: string }>).detail.message), { once: true }));

describe('the data readers or the Welsh words cannot be downloaded', function () {
  this.timeout(60000);
  const page = document.createElement('div');
  page.style.width = '720px';

  before(async () => {
    await failRequests(['*/src/data/data-files.*', '*/src/i18n/cy.*']);
    document.body.append(page);
    await import('../../../src/loader.js');
  });
  after(async () => {
    page.remove();
    await failRequests([]);
  });

  it('a spec naming a data file: the readers did not download, with their URL', async () => {
    const trend = document.createElement('indicator-trend');
    trend.setAttribute('src', '/examples/data/ons-wellbeing-csv.json');
    trend.setAttribute('indicator', 'life-satisfaction');
    trend.setAttribute('area', 'E08000030');
    const failed = whenError(trend);
    page.append(trend);
    expect(await failed).to.match(/^Part of this page's code \(the data file readers\) could not be downloaded from http:\/\/127\.0\.0\.1:\d+\/src\/data\/data-files\.[jt]s\. Check the connection, then reload the page\.$/);
  });

  it('a Welsh element: the Welsh words did not download (said in English), with their URL', async () => {
    const trend = document.createElement('indicator-trend');
    trend.lang = 'cy';
    trend.setAttribute('src', '/examples/data/ons-wellbeing.json');
    trend.setAttribute('indicator', 'life-satisfaction');
    trend.setAttribute('area', 'E08000030');
    const failed = whenError(trend);
    page.append(trend);
    expect(await failed).to.match(/^Part of this page's code \(the Welsh words\) could not be downloaded from http:\/\/127\.0\.0\.1:\d+\/src\/i18n\/cy\.[jt]s\./);
    expect(textOf(shadow(trend).querySelector('[role="alert"]'))).to.not.contain('dynamically imported');
  });
});
