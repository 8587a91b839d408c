import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import englandWalesData from '../examples/data/map-england-wales.json';
import walesData from '../examples/data/map-wales-wellbeing.json';
import '../src/elements/area-map/area-map.js';
import type { SpecInput } from '../src/spec/schema.js';

/**
 * `<area-map>`: areas coloured, textured and lettered by how they compare. Data: examples/data (ONS
 * Explore Local Statistics and ONS boundaries, see data/SOURCES.md), served by Storybook at /data.
 */

const englandWales = englandWalesData as unknown as SpecInput;
const wales = walesData as unknown as SpecInput;
const BOUNDARIES = 'data/boundaries/ltla-england-wales.topo.json';

interface MapArgs {
  spec: SpecInput;
  indicator: string;
  period: string;
  within: string;
  selected: string;
  boundaries: string;
  layer: string;
  lang: string;
  width: string;
}

const optional = (value: string) => value || nothing;

const render = (args: MapArgs): TemplateResult => html`<div style=${args.width ? `max-width: ${args.width}` : nothing}>
  <area-map
    .spec=${args.spec}
    indicator=${optional(args.indicator)}
    period=${optional(args.period)}
    within=${optional(args.within)}
    selected=${optional(args.selected)}
    boundaries=${optional(args.boundaries)}
    layer=${optional(args.layer)}
    lang=${optional(args.lang)}
  ></area-map>
</div>`;

const meta: Meta<MapArgs> = {
  title: 'Elements/area-map',
  component: 'area-map',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'A map of areas from a TopoJSON or GeoJSON boundary file, each coloured, textured and lettered by how its value compares with the benchmark; areas without data hatched. One Tab stop: the arrow keys move to the neighbouring area, Home/End to the first and last, Enter or Space chooses. A search box, a summary sentence and a table sorted by value.',
      },
    },
  },
  argTypes: {
    spec: { control: false, description: 'The spec (property).' },
    indicator: { control: 'text' },
    period: { control: 'text', description: 'Empty: the latest with a value.' },
    within: { control: 'text', description: 'Only the areas whose parent is this code.' },
    selected: { control: 'text' },
    boundaries: { control: 'text' },
    layer: { control: 'text' },
    lang: { control: 'text' },
    width: { control: 'text', description: 'Width of the story container (not an attribute).' },
  },
  args: {
    spec: englandWales,
    indicator: 'employment-rate',
    period: '',
    within: '',
    selected: '',
    boundaries: BOUNDARIES,
    layer: 'ltla',
    lang: '',
    width: '',
  },
  render,
};

export default meta;
type Story = StoryObj<MapArgs>;

/** Every lower-tier council of England and Wales, compared with England and Wales. */
export const EnglandAndWales: Story = {};

/** The councils of one region (`within`), compared with the region. */
export const WithinARegion: Story = { args: { within: 'E12000001' } };

/** An earlier year: the boundaries of that year. */
export const EarlierYear: Story = { args: { within: 'E12000009', period: '2017' } };

/** No confidence intervals: compared by quintiles, each council in its fifth among all councils. */
export const Quintiles: Story = { args: { indicator: 'household-income' } };

/** The 22 Welsh councils, Cardiff chosen, in Welsh. */
export const WalesInWelsh: Story = { args: { spec: wales, indicator: 'life-satisfaction', within: 'W92000004', selected: 'W06000015', lang: 'cy' } };

/** A phone: 320 px wide. */
export const Narrow: Story = { args: { spec: wales, indicator: 'anxiety', within: 'W92000004', width: '320px' } };

/** A boundary file that cannot be loaded: the error says so, with the URL and status. */
export const BadBoundaries: Story = { args: { boundaries: 'data/boundaries/missing.topo.json' } };

/** A layer the file does not have: the error lists the layers it has. */
export const MissingLayer: Story = { args: { layer: 'wards' } };
