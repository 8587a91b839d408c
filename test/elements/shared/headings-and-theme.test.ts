/**
 * Two attributes every element shares: `heading-level` (the element's headings fit the page's
 * outline) and `theme` (light, dark, or following the reader's system setting).
 */
import { expect } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../../src/index.js';
import { shadow } from '../../helpers.js';
import { createElement, EVERY_ELEMENT, mountReady } from './every-element.js';

const headings = (el: Element) => [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => h.tagName.toLowerCase());
const mounted: HTMLElement[] = [];
afterEach(async () => {
  for (const container of mounted.splice(0)) container.remove();
  await emulateMedia({ colorScheme: 'light' });
});

async function ready(tag: (typeof EVERY_ELEMENT)[number], extra: Record<string, string> = {}) {
  const el = await createElement(tag, extra);
  mounted.push(await mountReady(el));
  return el;
}

/** The element's computed text and background colours, as rgb() strings. */
function colours(el: Element) {
  const style = getComputedStyle(el);
  return { text: style.color, background: style.backgroundColor };
}

describe('heading-level and theme, on every element', function () {
  this.timeout(90000);

  for (const c of EVERY_ELEMENT) {
    it(`<${c.tag}>: its title is an h2 by default and follows heading-level`, async () => {
      const el = await ready(c, c.tag === 'wellbeing-wheel' ? { selected: 'transport' } : {});
      const byDefault = headings(el);
      expect(byDefault.length, 'at least one heading').to.be.greaterThan(0);
      expect(byDefault[0]).to.equal(c.tag === 'wellbeing-wheel' ? 'h3' : 'h2');
      el.setAttribute('heading-level', '4');
      await el.updateComplete;
      const deeper = headings(el);
      expect(deeper[0]).to.equal(c.tag === 'wellbeing-wheel' ? 'h5' : 'h4');
      expect(deeper.length).to.equal(byDefault.length);
      // Nonsense and out-of-range values stay inside h1..h6.
      el.setAttribute('heading-level', '9');
      await el.updateComplete;
      expect(headings(el).every((h) => /^h[1-6]$/.test(h))).to.equal(true);
      el.setAttribute('heading-level', 'x');
      await el.updateComplete;
      expect(headings(el)[0]).to.equal(byDefault[0]);
    });

    it(`<${c.tag}>: theme="dark" draws light text on a dark background; auto follows the system`, async () => {
      const el = await ready(c);
      const light = colours(el);
      expect(light.text).to.equal('rgb(11, 12, 12)');
      el.setAttribute('theme', 'dark');
      await el.updateComplete;
      expect(colours(el)).to.deep.equal({ text: 'rgb(243, 242, 241)', background: 'rgb(29, 31, 33)' });
      el.setAttribute('theme', 'auto');
      await el.updateComplete;
      expect(colours(el).text, 'auto on a light system').to.equal('rgb(11, 12, 12)');
      await emulateMedia({ colorScheme: 'dark' });
      expect(colours(el).text, 'auto on a dark system').to.equal('rgb(243, 242, 241)');
      // A page's own token on the element still wins over the theme.
      el.style.setProperty('--wb-color-text', '#ffffff');
      expect(colours(el).text).to.equal('rgb(255, 255, 255)');
    });
  }

  it('theme="dark" uses exactly the colours of .wb-theme-dark (whose contrast test/examples/themes.test.ts checks)', async () => {
    const tokens = (css: string) => Object.fromEntries([...css.matchAll(/(--wb-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
    const examples = await (await fetch('/examples/themes.css')).text();
    const dark = tokens(/\.wb-theme-dark \{([^}]*)\}/.exec(examples)![1]!);
    const builtIn = tokens(await (await fetch('/src/render/color-themes.ts')).text());
    expect(builtIn).to.deep.equal(dark);
  });

  it('an error message heading follows heading-level too', async () => {
    const el = document.createElement('wellbeing-wheel');
    el.setAttribute('heading-level', '3');
    const failed = new Promise((resolve) => el.addEventListener('wellbeing-error', resolve, { once: true }));
    el.spec = { version: 2 };
    const container = document.createElement('div');
    container.append(el);
    document.body.append(container);
    mounted.push(container);
    await failed;
    await el.updateComplete;
    expect(headings(el)).to.deep.equal(['h3']);
  });
});
