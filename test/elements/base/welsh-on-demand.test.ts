/**
 * Welsh words are loaded only when a page asks for Welsh (src/i18n/index.ts): an English page
 * never downloads them, and a Welsh element still draws in Welsh the first time it is drawn. This
 * file imports nothing that loads Welsh up front (no src/i18n/all.js), as a page would.
 * Data: Walsall's framework with ONS annual personal well-being estimates (examples/data).
 */
import { expect } from '@open-wc/testing';
import '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import type { WellbeingWheel } from '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import { cy } from '../../../src/i18n/cy.js';
import { en } from '../../../src/i18n/en.js';
import { messagesLoaded } from '../../../src/i18n/index.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { exampleSpec, shadow } from '../../helpers.js';

const headers = (el: Element) => [...shadow(el).querySelectorAll('th[scope="col"]')].map((th) => th.textContent?.trim());

/** Mounts a wheel in `lang`, and records the table's column headings each time `wellbeing-ready` fires. */
async function mount(spec: SpecInput, lang: string) {
  const section = document.createElement('section');
  section.lang = lang;
  document.body.append(section);
  const drawn: (string | undefined)[][] = [];
  const el = document.createElement('wellbeing-wheel') as WellbeingWheel;
  el.addEventListener('wellbeing-ready', () => drawn.push(headers(el)));
  el.spec = spec;
  section.append(el);
  for (let i = 0; i < 100 && !drawn.length; i++) await new Promise((r) => setTimeout(r, 50));
  await new Promise((r) => setTimeout(r, 300)); // room for a second, English-then-Welsh draw, had there been one
  return { el, section, drawn };
}

describe('Welsh loaded on demand', () => {
  let spec: SpecInput;
  before(async () => {
    spec = await exampleSpec('walsall-wwof.json');
  });

  it('an English page draws without the Welsh words', async () => {
    const { section, drawn } = await mount(spec, 'en');
    try {
      expect(drawn).to.deep.equal([[en.wheel.tableDomain, en.wheel.tableStatement, en.wheel.tableIndicator, ...drawn[0]!.slice(3)]]);
      expect(messagesLoaded('cy')).to.equal(false);
    } finally {
      section.remove();
    }
  });

  it('a Welsh page loads them and draws in Welsh the first time, once', async () => {
    const { el, section, drawn } = await mount(spec, 'cy');
    try {
      expect(messagesLoaded('cy')).to.equal(true);
      expect(drawn).to.have.length(1);
      expect(drawn[0]!.slice(0, 3)).to.deep.equal([cy.wheel.tableDomain, cy.wheel.tableStatement, cy.wheel.tableIndicator]);
      expect(shadow(el).querySelector('.wb-lang')!.getAttribute('lang')).to.equal('cy');
    } finally {
      section.remove();
    }
  });
});
