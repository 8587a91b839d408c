import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { composeStarterSpec } from './support/playground-model.js';
import { defineSpecPlayground } from './support/spec-playground.js';

defineSpecPlayground();

/** The example specs (real published numbers, see docs/data-sources.md), served by Storybook under data/. */
const EXAMPLES = [
  'county-durham.json',
  'walsall-wwof.json',
  'islington.json',
  'ons-wellbeing.json',
  'life-expectancy.json',
  'deprivation-england.json',
  'ons-wellbeing-csv.json',
] as const;

const STARTER = 'County Durham, with life expectancy by sex';

async function fetchExample(name: string): Promise<Record<string, unknown>> {
  const response = await fetch(`data/${name}`);
  if (!response.ok) throw new Error(`data/${name}: ${response.status}`);
  return response.json() as Promise<Record<string, unknown>>;
}

interface PlaygroundArgs {
  example: string;
}

const meta: Meta<PlaygroundArgs> = {
  title: 'Playground/Spec playground',
  tags: ['!autodocs'],
  parameters: {
    layout: 'fullscreen',
    docs: {
      description: {
        component:
          'Paste or edit a spec, or choose (or drop) your own file: a Fingertips download, an ONS Explore Local Statistics file or a spreadsheet is read into a spec of its rows. ' +
          'Problems are listed with their JSON path, and all three elements draw it. ' +
          'The first spec is County Durham’s Approach to Wellbeing (examples/data/county-durham.json) with the ' +
          'life expectancy by sex rows for the same areas added from life-expectancy.json, so the gap has groups to compare.',
      },
    },
  },
  argTypes: {
    example: { control: 'select', options: [STARTER, ...EXAMPLES], description: 'The spec the editor starts from.' },
  },
  args: { example: STARTER },
  loaders: [
    async ({ args }) => {
      const example = (args as PlaygroundArgs).example;
      const spec =
        example === STARTER
          ? composeStarterSpec(await fetchExample('county-durham.json'), await fetchExample('life-expectancy.json'), 'life-expectancy', 'life-expectancy.json')
          : await fetchExample(example);
      return { text: JSON.stringify(spec, null, 2) };
    },
  ],
  render: (_args, { loaded }) => html`<wb-spec-playground .text=${String(loaded['text'] ?? '')}></wb-spec-playground>`,
};

export default meta;

type Story = StoryObj<PlaygroundArgs>;

/** Starts from a valid spec: edit it and watch the problems list and the elements. */
export const Playground: Story = {};

/** Starts from a spec with mistakes in it, to show how problems are listed by JSON path. */
export const WithProblems: Story = {
  loaders: [
    async () => {
      const spec = await fetchExample('islington.json');
      const rows = spec['data'] as Array<Record<string, unknown>>;
      // Three typical editing mistakes: a number typed as text, a misspelt area, a missing title.
      rows[0]!['value'] = '7.4';
      rows[1]!['area'] = 'E09000O19';
      delete (spec['indicators'] as Array<Record<string, unknown>>)[0]!['title'];
      return { text: JSON.stringify(spec, null, 2) };
    },
  ],
};
