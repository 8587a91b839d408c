/**
 * <inequality-gap> under a Content Security Policy without 'unsafe-eval' and without inline styles:
 * drawing both views, keyboard tooltips and a chart download must not cause a single violation.
 * The policy is set by a <meta> element before anything is drawn (this test file only).
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/inequality-gap/inequality-gap.js';
import type { InequalityGap } from '../../../src/elements/inequality-gap/inequality-gap.js';
import { eventWithin, fixtureReady, shadow } from '../../helpers.js';
import { COUNTY_DURHAM, deprivation, lifeExpectancy } from './gap-fixtures.js';

const violations: string[] = [];
before(() => {
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample}`));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  // Scripts: the page's own and the test runner's (already running); no eval. Styles: no inline style attributes.
  meta.content = "script-src 'self' 'unsafe-inline'; style-src 'self'";
  document.head.append(meta);
});

describe('<inequality-gap> under a strict CSP', function () {
  this.timeout(30000);

  it('would notice a violation (control): eval and an inline style attribute are refused and reported', async () => {
    // eslint-disable-next-line no-new-func -- the control: this must be refused by the policy
    expect(() => new Function('return 1')).to.throw();
    const probe = document.createElement('div');
    probe.setAttribute('style', 'color: red');
    document.body.append(probe);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(getComputedStyle(probe).color).not.to.equal('rgb(255, 0, 0)');
    probe.remove();
    expect(violations.some((v) => v.startsWith('script-src'))).to.equal(true);
    expect(violations.some((v) => v.startsWith('style-src'))).to.equal(true);
    violations.length = 0;
  });

  it('draws, shows keyboard tooltips and makes an SVG without a violation', async () => {
    const groups = await fixtureReady<InequalityGap>(html`<inequality-gap .spec=${await deprivation()} indicator="alcohol-related-mortality"></inequality-gap>`);
    const overTime = await fixtureReady<InequalityGap>(
      html`<inequality-gap .spec=${await lifeExpectancy()} indicator="life-expectancy" area=${COUNTY_DURHAM} view="over-time"></inequality-gap>`,
    );
    for (const el of [groups, overTime]) {
      expect(shadow(el).querySelector('svg')).not.to.equal(null);
      (shadow(el).querySelector('.chart') as HTMLElement).focus();
      await sendKeys({ press: 'ArrowRight' });
      expect((shadow(el).querySelector('.wb-tooltip') as HTMLElement).hidden).to.equal(false);
    }
    const offered = eventWithin(groups, 'wellbeing-download', 15000);
    groups.addEventListener('wellbeing-download', (e) => e.preventDefault(), { once: true });
    (shadow(groups).querySelector('button[data-format="svg"]') as HTMLButtonElement).click();
    await offered;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal([]);
  });
});
