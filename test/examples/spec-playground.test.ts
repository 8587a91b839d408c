/** The Storybook spec playground takes a file: chosen in its file input, it fills the editor and the elements draw it. */
import { expect, html } from '@open-wc/testing';
import '../../src/elements/indicator-trend/indicator-trend.js';
import '../../src/elements/inequality-gap/inequality-gap.js';
import '../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import { defineSpecPlayground, type SpecPlayground } from '../../stories/support/spec-playground.js';
import { eventWithin, mount, shadow, textOf } from '../helpers.js';

defineSpecPlayground();

describe('<wb-spec-playground> and your own file', function () {
  // Three elements draw, the gap with its Vega-Lite compiled at run time.
  this.timeout(40000);
  it('a Fingertips file chosen in the file input draws in the trend and the gap', async () => {
    const container = mount(html`<wb-spec-playground></wb-spec-playground>`);
    const playground = container.querySelector<SpecPlayground>('wb-spec-playground')!;
    await playground.updateComplete;
    const input = shadow(playground).querySelector<HTMLInputElement>('input[type="file"]')!;
    expect(textOf(shadow(playground).querySelector(`label[for="${input.id}"]`))).to.equal('Your own file');

    const text = await (await fetch('/data/raw/fingertips/life_expectancy_focus_areas.csv')).text();
    const files = new DataTransfer();
    files.items.add(new File([text], 'life_expectancy_focus_areas.csv', { type: 'text/csv' }));
    input.files = files.files;
    const drawn = eventWithin(shadow(playground), 'wellbeing-ready', 30000);
    input.dispatchEvent(new Event('change'));
    await drawn;
    await playground.updateComplete;
    expect(textOf(shadow(playground).querySelector('.file-note'))).to.equal(
      'Read life_expectancy_focus_areas.csv: its areas, indicators and rows are in the editor.',
    );
    expect(shadow(playground).querySelector('textarea')!.value).to.contain('"Life expectancy at birth"');
    const gap = shadow(playground).querySelector('inequality-gap')!;
    if (!gap.shadowRoot?.querySelector('svg')) await eventWithin(gap, 'wellbeing-ready', 30000);
    expect(textOf(gap.shadowRoot!.querySelector('table'))).to.contain('Female').and.contain('Male');
  });
});
