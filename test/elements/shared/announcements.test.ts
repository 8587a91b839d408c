/**
 * A change of data or attribute is announced politely, once, by the element (issue 11, §4): the
 * chart elements' live region says what the chart shows now after it is drawn again, never on the
 * first drawing, never twice, never for a redraw that changes nothing (a new text size), and in
 * Welsh when the element turns Welsh.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { loadMessages } from '../../../src/i18n/index.js';
import { shadow, textOf } from '../../helpers.js';
import { createElement, createWellbeingChart, EVERY_ELEMENT, mountReady } from './every-element.js';

type Drawn = HTMLElement & { updateComplete: Promise<boolean> };

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

/** Everything the live region said (its text each time it changed, empty texts left out). */
function listen(el: Element): { said: string[]; stop(): void } {
  const live = shadow(el).querySelector('[aria-live]')!;
  expect(live.getAttribute('aria-live')).to.equal('polite');
  const said: string[] = [];
  const observer = new MutationObserver(() => {
    const text = textOf(live);
    if (text && text !== said.at(-1)) said.push(text);
  });
  observer.observe(live, { childList: true, characterData: true, subtree: true });
  return { said, stop: () => observer.disconnect() };
}

/** Changes the element (`act`), waits until it is drawn again, and a moment more for late messages. */
async function change(el: Drawn, act: () => void): Promise<void> {
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('no wellbeing-ready after the change')), 20000);
    el.addEventListener('wellbeing-ready', () => (clearTimeout(timer), resolve()), { once: true });
  });
  act();
  await ready;
  await el.updateComplete;
  await new Promise((resolve) => setTimeout(resolve, 300));
}

const chartName = (el: Element) => shadow(el).querySelector('.chart')!.getAttribute('aria-label')!;
const liveText = (el: Element) => textOf(shadow(el).querySelector('[aria-live]'));

interface ChangeCase {
  tag: string;
  make(): Promise<Drawn>;
  /** An attribute change, and what the element then says. */
  attribute: [name: string, value: string];
  expected: RegExp;
}

const caseOf = (tag: string) => EVERY_ELEMENT.find((c) => c.tag === tag)!;

const CASES: ChangeCase[] = [
  {
    tag: 'indicator-trend',
    make: async () => (await createElement(caseOf('indicator-trend'))) as Drawn,
    attribute: ['area', 'E09000019'],
    expected: /^Now showing: Chart of Life satisfaction \(mean score, 0 to 10\) in Islington, compared with England, 2011\/12 to 2022\/23\.$/,
  },
  {
    tag: 'inequality-gap',
    make: async () => (await createElement(caseOf('inequality-gap'))) as Drawn,
    attribute: ['indicator', 'emergency-readmissions'],
    expected: /^Now showing: Emergency readmissions.* by group, England, .+\.$/i,
  },
  {
    tag: 'wellbeing-chart',
    make: createWellbeingChart,
    attribute: ['area', 'E92000001 E08000030 E09000019'],
    expected: /^Now showing: Life satisfaction by area, .+, from 3 rows\.$/,
  },
];

describe('a change of data or attribute is announced politely, once', function () {
  this.timeout(90000);

  for (const c of CASES) {
    it(`<${c.tag}>: nothing on the first drawing; once after an attribute changes; nothing for a new text size; Welsh once`, async () => {
      const el = await c.make();
      mounted.push(await mountReady(el, 720));
      await el.updateComplete;
      expect(liveText(el), 'nothing said on the first drawing').to.equal('');

      const heard = listen(el);
      await change(el, () => el.setAttribute(...c.attribute));
      expect(heard.said, 'said once after the change').to.have.length(1);
      expect(heard.said[0]).to.match(c.expected);
      expect(heard.said[0], 'the chart’s new name').to.include(chartName(el));

      // The reader's text size changes: the chart is drawn again, with nothing new to say.
      await change(el, () => (el.style.fontSize = '24px'));
      expect(heard.said, 'a redraw for the text size says nothing').to.have.length(1);

      // Welsh (its words load on demand): said once, in Welsh, with the chart's Welsh name.
      await change(el, () => el.setAttribute('lang', 'cy'));
      await loadMessages('cy');
      for (let waited = 0; !/^Yn dangos/.test(liveText(el)) && waited < 15000; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
      await new Promise((resolve) => setTimeout(resolve, 500));
      heard.stop();
      expect(heard.said, `said once more, in Welsh: ${heard.said.join(' | ')}`).to.have.length(2);
      expect(heard.said[1]).to.match(/^Yn dangos nawr: /);
      expect(heard.said[1]).to.include(chartName(el));
    });
  }
});
