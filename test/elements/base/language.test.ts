/**
 * The element's language (SPEC-v1): its lang, else the nearest ancestor's (across shadow roots),
 * else the spec's, else English; a change of any of them redraws; what is drawn carries lang.
 * Data: Walsall's framework with ONS annual personal well-being estimates (examples/data).
 */
import { expect, fixture } from '@open-wc/testing';
import { html } from 'lit';
import '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import type { WellbeingWheel } from '../../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import type { SpecInput } from '../../../src/spec/schema.js';
import { eventWithin, exampleSpec, shadow } from '../../helpers.js';
import { englishWordsIn } from '../../i18n/english-words.js';

const wrapperLang = (el: Element) => shadow(el).querySelector('.wb-lang')!.getAttribute('lang');
const caption = (el: Element) => shadow(el).querySelector('caption')?.textContent ?? '';
/** Everything the element wrote itself, without the spec's own words (names, labels). */
function ownWords(el: Element, spec: SpecInput): string[] {
  const text = shadow(el).querySelector('.wb-lang')!.textContent ?? '';
  const specWords = JSON.stringify(spec.framework ?? {}) + JSON.stringify(spec.areas) + JSON.stringify(spec.indicators);
  return englishWordsIn(text).filter((word) => !specWords.toLowerCase().includes(word));
}

async function mountIn(container: HTMLElement, spec: SpecInput, attrs = ''): Promise<WellbeingWheel> {
  document.body.append(container);
  const ready = eventWithin(container, 'wellbeing-ready');
  const el = document.createElement('wellbeing-wheel') as WellbeingWheel;
  if (attrs) el.setAttribute('lang', attrs);
  el.spec = spec;
  container.append(el);
  await ready;
  await el.updateComplete;
  return el;
}

describe('the element’s language', () => {
  let spec: SpecInput;
  before(async () => {
    spec = await exampleSpec('walsall-wwof.json');
  });

  it('an element inside <section lang="cy"> on an English page speaks Welsh, and its drawing says so', async () => {
    const section = document.createElement('section');
    section.lang = 'cy';
    const el = await mountIn(section, spec);
    expect(el.language).to.equal('cy');
    expect(wrapperLang(el)).to.equal('cy');
    expect(caption(el)).to.not.equal('');
    expect(ownWords(el, spec)).to.deep.equal([]);
    section.remove();
  });

  it('a change of an ancestor’s lang redraws in the new language', async () => {
    const section = document.createElement('section');
    section.lang = 'en';
    const el = await mountIn(section, spec);
    const english = shadow(el).querySelector('.wb-lang')!.textContent!;
    expect(englishWordsIn(english).length).to.be.greaterThan(3);
    const redrawn = eventWithin(section, 'wellbeing-ready');
    section.lang = 'cy';
    await redrawn;
    await el.updateComplete;
    expect(wrapperLang(el)).to.equal('cy');
    expect(ownWords(el, spec)).to.deep.equal([]);
    section.remove();
  });

  it('takes the language of a component it sits in, across a shadow root', async () => {
    const host = document.createElement('div');
    host.lang = 'cy';
    const root = host.attachShadow({ mode: 'open' });
    document.body.append(host);
    const ready = eventWithin(root, 'wellbeing-ready');
    const el = document.createElement('wellbeing-wheel') as WellbeingWheel;
    el.spec = spec;
    root.append(el);
    await ready;
    expect(el.language).to.equal('cy');
    expect(ownWords(el, spec)).to.deep.equal([]);
    host.remove();
  });

  it('Welsh and English elements side by side on one page', async () => {
    const container = document.createElement('div');
    document.body.append(container);
    const el = await fixture<HTMLDivElement>(html`<div>
      <wellbeing-wheel lang="cy" .spec=${spec}></wellbeing-wheel><wellbeing-wheel lang="en" .spec=${spec}></wellbeing-wheel>
    </div>`, { parentNode: container });
    const [cy, en] = [...el.querySelectorAll('wellbeing-wheel')] as WellbeingWheel[];
    await new Promise((resolve) => setTimeout(resolve, 300));
    await cy!.updateComplete;
    await en!.updateComplete;
    expect(wrapperLang(cy!)).to.equal('cy');
    expect(wrapperLang(en!)).to.equal('en');
    expect(ownWords(cy!, spec)).to.deep.equal([]);
    expect(caption(en!)).to.not.equal(caption(cy!));
  });

  it('text given in two languages shows the Welsh on a cy page and the English on an en page', async () => {
    const bilingual = structuredClone(spec) as SpecInput & { areas: Array<{ code: string; name: unknown }> };
    bilingual.areas = bilingual.areas.map((a) => (a.name === 'England' ? { ...a, name: { en: 'England', cy: 'Lloegr' } } : a));
    const section = document.createElement('section');
    section.lang = 'cy';
    const el = await mountIn(section, bilingual);
    expect(shadow(el).textContent).to.contain('Lloegr');
    const redrawn = eventWithin(section, 'wellbeing-ready');
    section.lang = 'en';
    await redrawn;
    await el.updateComplete;
    expect(shadow(el).textContent).to.contain('England');
    expect(shadow(el).textContent).to.not.contain('Lloegr');
    section.remove();
  });

  it('a broken spec explains itself in Welsh on a Welsh page, and in the spec’s own lang when the page has none', async () => {
    const section = document.createElement('section');
    section.lang = 'cy';
    document.body.append(section);
    const failed = eventWithin(section, 'wellbeing-error') as Promise<CustomEvent<{ message: string }>>;
    const el = document.createElement('wellbeing-wheel') as WellbeingWheel;
    el.spec = { version: 1, areas: [{ code: 'W06000003' }] };
    section.append(el);
    const event = await failed;
    await el.updateComplete;
    expect(event.detail.message).to.equal('Mae problem gyda’r fanyleb.');
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.textContent).to.contain('Nid oedd modd dangos y siart hwn');
    expect(alert.textContent).to.contain('ar goll');
    const words = alert.cloneNode(true) as Element;
    words.querySelectorAll('code').forEach((code) => code.remove()); // JSON paths are the spec's field names
    expect(englishWordsIn(words.textContent!)).to.deep.equal([]);
    section.remove();

    const htmlLang = document.documentElement.getAttribute('lang');
    document.documentElement.removeAttribute('lang');
    try {
      const holder = document.createElement('div');
      document.body.append(holder);
      const failedToo = eventWithin(holder, 'wellbeing-error') as Promise<CustomEvent<{ message: string }>>;
      const own = document.createElement('wellbeing-wheel') as WellbeingWheel;
      own.spec = { version: 1, lang: 'cy', areas: 'none' };
      holder.append(own);
      expect((await failedToo).detail.message).to.equal('Mae problem gyda’r fanyleb.');
      await own.updateComplete;
      expect(wrapperLang(own)).to.equal('cy');
      holder.remove();
    } finally {
      if (htmlLang !== null) document.documentElement.setAttribute('lang', htmlLang);
    }
  });
});
