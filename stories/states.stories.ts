import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, type TemplateResult } from 'lit';
import { installStalledFetch, NEVER_ANSWERS } from './support/stalled-fetch.js';

installStalledFetch();

/**
 * Every state of SPEC-v1 (waiting, loading, error, drawn), for all three elements side by side.
 * The per-element stories (Elements/…) have the controls; this page is for comparing states.
 * Data: examples/data (real published numbers, see docs/data-sources.md), served under data/.
 */
const meta: Meta = {
  title: 'States/All elements',
  tags: ['!autodocs'],
  parameters: { layout: 'padded' },
};

export default meta;

type Story = StoryObj;

const frame = (title: string, note: string, element: TemplateResult) => html`<section style="margin-bottom: 2rem; min-width: 0;">
  <h2 style="font-size: 1.125rem; margin: 0 0 0.25rem;">${title}</h2>
  <p style="margin: 0 0 0.5rem; max-width: 45em;">${note}</p>
  ${element}
</section>`;

/** Drawn: each element with real data. */
export const Drawn: Story = {
  render: () => html`
    ${frame(
      '<wellbeing-wheel>',
      'Walsall Wellbeing Outcomes Framework (examples/data/walsall-wwof.json), Walsall compared with England.',
      html`<wellbeing-wheel src="data/walsall-wwof.json" area="E08000030"></wellbeing-wheel>`,
    )}
    ${frame(
      '<indicator-trend>',
      'Life satisfaction in Walsall, 2011/12 to 2022/23, with the West Midlands and England (ONS, examples/data/ons-wellbeing.json).',
      html`<indicator-trend src="data/ons-wellbeing.json" indicator="life-satisfaction" area="E08000030" compare="E12000005 E92000001"></indicator-trend>`,
    )}
    ${frame(
      '<inequality-gap>',
      'Alcohol-related mortality in England by deprivation decile (Fingertips, examples/data/deprivation-england.json).',
      html`<inequality-gap src="data/deprivation-england.json" indicator="alcohol-related-mortality" area="E92000001"></inequality-gap>`,
    )}
  `,
};

/** Loading: the spec is still on its way (this request never answers), so the placeholder keeps its size and the host is aria-busy. */
export const Loading: Story = {
  render: () => html`
    ${frame('<wellbeing-wheel>', 'Loading.', html`<wellbeing-wheel src=${`data/walsall-wwof.json${NEVER_ANSWERS}`} timeout="3600"></wellbeing-wheel>`)}
    ${frame(
      '<indicator-trend>',
      'Loading.',
      html`<indicator-trend src=${`data/ons-wellbeing.json${NEVER_ANSWERS}`} timeout="3600" indicator="life-satisfaction" area="E08000030"></indicator-trend>`,
    )}
    ${frame(
      '<inequality-gap>',
      'Loading.',
      html`<inequality-gap src=${`data/deprivation-england.json${NEVER_ANSWERS}`} timeout="3600" indicator="alcohol-related-mortality" area="E92000001"></inequality-gap>`,
    )}
  `,
};

/** Waiting: no spec has been given yet. Apps often set it later, so this is quiet, not an error. */
export const Waiting: Story = {
  render: () => html`
    ${frame('<wellbeing-wheel>', 'No spec yet.', html`<wellbeing-wheel></wellbeing-wheel>`)}
    ${frame('<indicator-trend>', 'No spec yet.', html`<indicator-trend indicator="life-satisfaction"></indicator-trend>`)}
    ${frame('<inequality-gap>', 'No spec yet.', html`<inequality-gap indicator="alcohol-related-mortality"></inequality-gap>`)}
  `,
};

/** A spec with typical editing mistakes: each element lists the problems by JSON path. */
const brokenSpec = {
  version: 1,
  areas: [{ code: 'E08000030', name: 'Walsall' }],
  indicators: [{ id: 'life-satisfaction', title: 'Life satisfaction', polarity: 'higher is better' }],
  data: [
    { indicator: 'life-satisfaction', area: 'E08000030', period: '2022/23', value: '7.4' },
    { indicator: 'life-satisfation', area: 'E08000030', period: '2021/22', value: 7.3 },
  ],
};

export const ErrorInSpec: Story = {
  name: 'Error: problems in the spec',
  render: () => html`
    ${frame('<wellbeing-wheel>', 'A polarity spelt wrongly and a number typed as text.', html`<wellbeing-wheel .spec=${brokenSpec}></wellbeing-wheel>`)}
    ${frame(
      '<indicator-trend>',
      'The same spec.',
      html`<indicator-trend .spec=${brokenSpec} indicator="life-satisfaction" area="E08000030"></indicator-trend>`,
    )}
    ${frame('<inequality-gap>', 'The same spec.', html`<inequality-gap .spec=${brokenSpec} indicator="life-satisfaction" area="E08000030"></inequality-gap>`)}
  `,
};

export const ErrorFileNotFound: Story = {
  name: 'Error: the file is not there',
  render: () => html`
    ${frame('<wellbeing-wheel>', 'src names a file that does not exist (the server answers 404).', html`<wellbeing-wheel src="data/walsall.json"></wellbeing-wheel>`)}
    ${frame('<indicator-trend>', 'The same.', html`<indicator-trend src="data/walsall.json" indicator="life-satisfaction"></indicator-trend>`)}
    ${frame('<inequality-gap>', 'The same.', html`<inequality-gap src="data/walsall.json" indicator="life-satisfaction"></inequality-gap>`)}
  `,
};

export const ErrorUnknownName: Story = {
  name: 'Error: an attribute names nothing in the spec',
  render: () => html`
    ${frame(
      '<wellbeing-wheel>',
      'area="E0800030" (a digit missing) is not one of the spec’s areas.',
      html`<wellbeing-wheel src="data/walsall-wwof.json" area="E0800030"></wellbeing-wheel>`,
    )}
    ${frame(
      '<indicator-trend>',
      'indicator="wellbeing" is not one of the spec’s indicators.',
      html`<indicator-trend src="data/ons-wellbeing.json" indicator="wellbeing" area="E08000030"></indicator-trend>`,
    )}
    ${frame(
      '<inequality-gap>',
      'indicator="alcohol" is not one of the spec’s indicators.',
      html`<inequality-gap src="data/deprivation-england.json" indicator="alcohol" area="E92000001"></inequality-gap>`,
    )}
  `,
};

/** Empty: a valid spec with nothing to draw for what was asked. */
export const NoData: Story = {
  name: 'Empty: no data for the area',
  loaders: [
    async () => {
      // The Walsall framework as a council drafting it would have it: every domain, no data yet.
      const response = await fetch('data/walsall-wwof.json');
      const spec = (await response.json()) as Record<string, unknown>;
      return { frameworkOnly: { ...spec, data: [] } };
    },
  ],
  render: (_args, { loaded }) => html`
    ${frame(
      '<wellbeing-wheel>',
      'The Walsall framework (examples/data/walsall-wwof.json) with its data left out: no domain has a value.',
      html`<wellbeing-wheel .spec=${loaded['frameworkOnly']} area="E08000030"></wellbeing-wheel>`,
    )}
    ${frame(
      '<indicator-trend>',
      'Life expectancy has no West Midlands figures in the extract (examples/data/walsall-wwof.json).',
      html`<indicator-trend src="data/walsall-wwof.json" indicator="life-expectancy-male" area="E12000005"></indicator-trend>`,
    )}
    ${frame(
      '<inequality-gap>',
      'Life satisfaction has no rows for groups (examples/data/ons-wellbeing.json).',
      html`<inequality-gap src="data/ons-wellbeing.json" indicator="life-satisfaction" area="E08000030"></inequality-gap>`,
    )}
  `,
};
