/**
 * The ready-made themes in examples/themes.css (also Storybook's theme toolbar): every colour pair a
 * reader depends on meets WCAG 2.2 AA, and the three elements drawn inside each theme pass axe
 * (which measures the contrast of the text actually drawn).
 */
import { expect, fixtureCleanup, html } from '@open-wc/testing';
import { contrast, exampleSpec, fixtureReady } from '../helpers.js';
import '../../src/index.js';

const STATUSES = ['better', 'similar', 'worse', 'higher', 'lower', 'not-compared'] as const;

/** The custom properties of one `.wb-theme-<name>` block. */
async function themeTokens(name: string): Promise<Record<string, string>> {
  const css = await (await fetch('/examples/themes.css')).text();
  const block = new RegExp(`\\.wb-theme-${name} \\{([^}]*)\\}`).exec(css)?.[1];
  if (!block) throw new Error(`no .wb-theme-${name} in examples/themes.css`);
  return Object.fromEntries([...block.matchAll(/(--wb-[a-z0-9-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe('themes (examples/themes.css)', function () {
  this.timeout(30000);

  for (const name of ['light', 'dark', 'high-contrast']) {
    it(`${name}: text 4.5:1, links and the error border, focus ring`, async () => {
      const t = await themeTokens(name);
      const background = t['--wb-color-background']!;
      const failures: string[] = [];
      const need = (what: string, colour: string | undefined, against: string, ratio: number) => {
        if (!colour?.startsWith('#')) return;
        const got = contrast(colour, against);
        if (got < ratio) failures.push(`${what} ${colour} on ${against}: ${got.toFixed(2)} < ${ratio}`);
      };
      need('text', t['--wb-color-text'], background, 4.5);
      need('muted text', t['--wb-color-muted'], background, 4.5);
      need('link', t['--wb-color-link'], background, 4.5);
      need('error border', t['--wb-color-error'], background, 3);
      need('focus ring', t['--wb-color-focus'], t['--wb-color-focus-text']!, 3);
      need('tooltip text', t['--wb-tooltip-color'], t['--wb-tooltip-background']!, 4.5);
      expect(failures).to.deep.equal([]);
    });

    if (name !== 'light') {
      it(`${name}: status colours 3:1 against the background, letters 4.5:1 on them; chart lines 3:1`, async () => {
        const t = await themeTokens(name);
        const background = t['--wb-color-background']!;
        const failures: string[] = [];
        for (const status of STATUSES) {
          const fill = t[`--wb-status-${status}`]!;
          const letter = t[`--wb-status-${status}-text`]!;
          if (contrast(fill, background) < 3) failures.push(`${status} ${fill} against ${background}: ${contrast(fill, background).toFixed(2)}`);
          if (contrast(letter, fill) < 4.5) failures.push(`${status} letter ${letter} on ${fill}: ${contrast(letter, fill).toFixed(2)}`);
        }
        for (const series of ['--wb-trend-series-1', '--wb-trend-series-2', '--wb-trend-series-3', '--wb-trend-series-4', '--wb-series-1', '--wb-series-2']) {
          const colour = t[series]!;
          if (contrast(colour, background) < 3) failures.push(`${series} ${colour}: ${contrast(colour, background).toFixed(2)}`);
        }
        expect(failures).to.deep.equal([]);
      });
    }
  }

  for (const name of ['dark', 'high-contrast']) {
    it(`${name}: the three elements drawn in the theme pass axe (contrast of what is drawn included)`, async () => {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = '/examples/themes.css';
      const loaded = new Promise((resolve) => link.addEventListener('load', resolve, { once: true }));
      document.head.append(link);
      await loaded;
      try {
        // Walsall (examples/data/walsall-wwof.json, ons-wellbeing.json) and England by deprivation (deprivation-england.json).
        const [walsall, wellbeing, deprivation] = await Promise.all([
          exampleSpec('walsall-wwof.json'),
          exampleSpec('ons-wellbeing.json'),
          exampleSpec('deprivation-england.json'),
        ]);
        // The theme class on the element itself: a theme is only custom properties, which any ancestor (or the host) can carry.
        const wheel = await fixtureReady(html`<wellbeing-wheel class="wb-theme-${name}" .spec=${walsall} area="E08000030"></wellbeing-wheel>`);
        const tokens = await themeTokens(name);
        expect(getComputedStyle(wheel).getPropertyValue('--wb-color-background').trim(), 'the theme applies').to.equal(tokens['--wb-color-background']);
        await expect(wheel).to.be.accessible();
        const trend = await fixtureReady(
          html`<indicator-trend class="wb-theme-${name}" .spec=${wellbeing} indicator="life-satisfaction" area="E08000030" compare="E12000005 E92000001"></indicator-trend>`,
        );
        await expect(trend).to.be.accessible();
        const gap = await fixtureReady(
          html`<inequality-gap class="wb-theme-${name}" .spec=${deprivation} indicator="alcohol-related-mortality" area="E92000001"></inequality-gap>`,
        );
        await expect(gap).to.be.accessible();
      } finally {
        link.remove();
        fixtureCleanup();
      }
    });
  }
});
