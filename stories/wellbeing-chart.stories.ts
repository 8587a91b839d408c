import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import onsWellbeing from '../examples/data/ons-wellbeing.json';
import '../src/elements/wellbeing-chart/wellbeing-chart.js';
import type { SpecInput } from '../src/spec/schema.js';

/**
 * `<wellbeing-chart>`: an author's own Vega-Lite chart of the spec's rows, with the library's
 * comparison, summary, table, keyboard access and downloads. Data: examples/data/ons-wellbeing.json
 * (ONS annual personal well-being estimates, see data/SOURCES.md). The charts are those of
 * examples/charts.html and docs/chart-recipes.md.
 */

const spec = onsWellbeing as unknown as SpecInput;
const STATUSES = ['better', 'similar', 'worse', 'higher', 'lower', 'not-compared'];

/** Areas ranked by their value, with the 95% interval, coloured and shaped by the comparison with England. */
const ranking = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: { text: 'Life satisfaction by area', subtitle: 'Mean score (0 to 10), with its 95% confidence interval' },
  description:
    'Areas ranked by their mean life satisfaction in the latest year, from highest to lowest. Each point is marked by its comparison with England: similar when England’s value lies inside the area’s 95% confidence interval.',
  data: { name: 'rows' },
  height: { step: 30 },
  encoding: { y: { field: 'areaName', type: 'nominal', sort: { field: 'value', order: 'descending' }, title: null, axis: { labelLimit: 160 } } },
  layer: [
    {
      mark: { type: 'rule', strokeWidth: 2, color: '#505a5f' },
      encoding: { x: { field: 'lower', type: 'quantitative', scale: { zero: false }, title: 'Mean score (0 to 10)' }, x2: { field: 'upper' } },
    },
    {
      mark: { type: 'point', filled: true, size: 110, stroke: '#0b0c0c', strokeWidth: 1, opacity: 1 },
      encoding: {
        x: { field: 'value', type: 'quantitative' },
        color: { field: 'comparison', type: 'nominal', scale: { domain: STATUSES, range: 'comparison' }, legend: { title: 'Compared with England', orient: 'bottom', columns: 2 } },
        shape: { field: 'comparison', type: 'nominal', scale: { domain: STATUSES, range: ['triangle-up', 'circle', 'triangle-down', 'square', 'diamond', 'cross'] } },
        tooltip: [
          { field: 'areaName', title: 'Area' },
          { field: 'value', title: 'Mean score', format: '.2f' },
          { field: 'comparisonLabel', title: 'Compared with England' },
        ],
      },
    },
  ],
};

/** Two indicators against each other, one point per area. */
const scatter = {
  $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
  title: { text: 'Life satisfaction and anxiety', subtitle: 'Mean scores (0 to 10) of each area' },
  description: 'Each area’s mean life satisfaction (across) against its mean anxiety (up) in the latest year.',
  data: { name: 'rows' },
  transform: [{ filter: 'datum.group === null' }, { pivot: 'indicator', value: 'value', groupby: ['area', 'areaName'] }],
  encoding: {
    x: { field: 'life-satisfaction', type: 'quantitative', scale: { zero: false }, title: 'Life satisfaction (mean score)' },
    y: { field: 'anxiety', type: 'quantitative', scale: { zero: false }, title: 'Anxiety (mean score)' },
  },
  layer: [
    {
      mark: { type: 'point', filled: true, size: 90, color: '#1d70b8', stroke: '#0b0c0c', strokeWidth: 1, opacity: 1 },
      encoding: { tooltip: [{ field: 'areaName', title: 'Area' }, { field: 'life-satisfaction', format: '.2f' }, { field: 'anxiety', format: '.2f' }] },
    },
    { mark: { type: 'text', align: 'left', dx: 8, fontSize: 12 }, encoding: { text: { field: 'areaName' } } },
  ],
};

/** A chart that asks for a file: refused, with a message naming the JSON path. */
const fetching = {
  description: 'Anxiety by area, from a file elsewhere',
  data: { url: 'https://example.com/anxiety.csv' },
  mark: 'bar',
  encoding: { x: { field: 'area', type: 'nominal' }, y: { field: 'value', type: 'quantitative' } },
};

interface ChartArgs {
  chart: object;
  indicator: string;
  area: string;
  period: string;
  benchmark: string;
  lang: string;
  width: string;
}

const optional = (value: string) => value || nothing;

const render = (args: ChartArgs): TemplateResult => html`<div style=${args.width ? `max-width: ${args.width}` : nothing}>
  <wellbeing-chart
    .spec=${spec}
    .chart=${args.chart}
    indicator=${optional(args.indicator)}
    area=${optional(args.area)}
    period=${optional(args.period)}
    benchmark=${optional(args.benchmark)}
    lang=${optional(args.lang)}
  ></wellbeing-chart>
</div>`;

const meta: Meta<ChartArgs> = {
  title: 'Elements/wellbeing-chart',
  component: 'wellbeing-chart',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'Your own Vega-Lite chart of the spec’s rows (the dataset `rows`, each with its comparison worked out by the library). The chart may not fetch anything; it gets a name from its title and description, a summary, a data table, keyboard access to its marks and downloads. See docs/chart-recipes.md.',
      },
    },
  },
  argTypes: {
    chart: { control: 'object', description: 'The Vega-Lite chart (property `chart`, or a child script of type application/vnd.vegalite+json).' },
    indicator: { control: 'text', description: 'Indicator ids, space-separated. Empty: every indicator.' },
    area: { control: 'text', description: 'Area codes, space-separated. Empty: every area.' },
    period: { control: 'text', description: '`latest`, period codes, or empty for every period.' },
    benchmark: { control: 'text', description: 'Empty: the spec’s benchmark.' },
    lang: { control: 'text' },
    width: { control: 'text', description: 'Width of the story container (not an attribute).' },
  },
  args: { chart: ranking, indicator: 'life-satisfaction', area: '', period: 'latest', benchmark: '', lang: '', width: '' },
  render,
};

export default meta;

type Story = StoryObj<ChartArgs>;

/** Areas ranked by life satisfaction in 2022/23, each marked (colour and shape) by its comparison with England. */
export const Ranking: Story = {};

/** Life satisfaction against anxiety for seven areas: a pivot of two indicators' rows. */
export const Scatter: Story = {
  args: { chart: scatter, indicator: 'life-satisfaction anxiety', area: 'E08000030 E06000047 E09000019 E12000005 E12000001 E12000007 E92000001' },
};

/** The ranking in Welsh: the summary, table, key words and comparisons follow `lang="cy"`; the chart's own titles are the author's. */
export const Welsh: Story = { args: { lang: 'cy' } };

/** At 320 px, as on a small phone. */
export const Narrow: Story = { args: { width: '320px' } };

/** A chart that asks for a file is refused, and the message says where (`data.url`). */
export const RefusedFetch: Story = { args: { chart: fetching, indicator: 'anxiety', period: '' } };
