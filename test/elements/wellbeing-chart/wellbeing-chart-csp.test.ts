/**
 * <wellbeing-chart> under a Content Security Policy without 'unsafe-eval' and without inline
 * styles: vega-embed drawing an author's chart, keyboard tooltips and an SVG download must not
 * cause a single violation. The policy is set by a <meta> element before anything is drawn.
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/wellbeing-chart/wellbeing-chart.js';
import type { WellbeingChart } from '../../../src/elements/wellbeing-chart/wellbeing-chart.js';
import { eventWithin, exampleSpec, fixtureReady, shadow } from '../../helpers.js';

const violations: string[] = [];
before(() => {
  document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective}: ${event.blockedURI} ${event.sample} ${event.sourceFile}:${event.lineNumber}`));
  const meta = document.createElement('meta');
  meta.httpEquiv = 'Content-Security-Policy';
  meta.content = "script-src 'self' 'unsafe-inline'; style-src 'self'; connect-src 'self'";
  document.head.append(meta);
});

describe('<wellbeing-chart> under a strict CSP', function () {
  this.timeout(30000);

  it('would notice a violation (control): eval is refused and reported', async () => {
    // eslint-disable-next-line no-new-func -- the control: this must be refused by the policy
    expect(() => new Function('return 1')).to.throw();
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(violations.some((v) => v.startsWith('script-src'))).to.equal(true);
    violations.length = 0;
  });

  it('draws an author’s ranking with expressions, shows keyboard tooltips and makes an SVG without a violation', async () => {
    const chart = await (await fetch('/examples/charts/ranking.vl.json')).json();
    const el = await fixtureReady<WellbeingChart>(
      html`<wellbeing-chart .spec=${await exampleSpec('ons-wellbeing.json')} .chart=${chart} indicator="life-satisfaction" period="latest"></wellbeing-chart>`,
      20000,
    );
    expect(shadow(el).querySelector('.chart svg')).not.to.equal(null);
    (shadow(el).querySelector('.chart') as HTMLElement).focus();
    await sendKeys({ press: 'ArrowRight' });
    expect((shadow(el).querySelector('.wb-tooltip') as HTMLElement).hidden).to.equal(false);
    const offered = eventWithin(el, 'wellbeing-download', 15000);
    el.addEventListener('wellbeing-download', (e) => e.preventDefault(), { once: true });
    (shadow(el).querySelector('button[data-format="svg"]') as HTMLButtonElement).click();
    await offered;
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(violations).to.deep.equal([]);
  });
});
