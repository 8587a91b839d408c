import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import deprivationEngland from '../examples/data/deprivation-england.json';
import lifeExpectancy from '../examples/data/life-expectancy.json';
import '../src/elements/inequality-gap/inequality-gap.js';
import type { SpecInput } from '../src/spec/schema.js';
import { installStalledFetch, NEVER_ANSWERS } from './support/stalled-fetch.js';

/**
 * `<inequality-gap>`: how unequal an outcome is between groups, and whether the gap is closing.
 * Data: examples/data (real published numbers, see data/SOURCES.md): Fingertips deprivation deciles
 * and quintiles for England (deprivation-england.json) and Fingertips life expectancy by sex for
 * England, Walsall, County Durham and Islington (life-expectancy.json).
 */

const deprivation = deprivationEngland as unknown as SpecInput;
const life = lifeExpectancy as unknown as SpecInput;

type Row = { indicator: string; area: string; period: string; value: number | null; denominator?: number | null; count?: number | null; group?: { type: string; label: string; order?: number } };
const rowsOf = (spec: SpecInput) => spec.data as Row[];

/** The deprivation data with populations removed (as many local extracts come): the SII cannot be fitted. */
const withoutPopulations: SpecInput = {
  ...deprivation,
  data: rowsOf(deprivation).map(({ denominator: _d, count: _c, ...row }) => row) as SpecInput['data'],
};

/**
 * The published slope index of inequality in life expectancy (Fingertips 92901), males and females, as
 * rows of one indicator grouped by sex, so the element can show how the two compare over time.
 */
const publishedSii: SpecInput = {
  ...life,
  indicators: [
    ...(life.indicators ?? []),
    {
      id: 'sii-life-expectancy',
      title: 'Inequality in life expectancy at birth (slope index of inequality), by sex',
      unit: 'years',
      polarity: 'lower-is-better',
      decimals: 1,
      definition:
        'The published slope index of inequality (Fingertips 92901): the modelled gap in life expectancy between the most and the least deprived ends of the area, in years. Rows of sii-life-expectancy-male and sii-life-expectancy-female, grouped by sex.',
      source: { name: 'Office for Health Improvement and Disparities (OHID), Fingertips: indicator 92901', url: 'https://fingertips.phe.org.uk/search/92901' },
    },
  ],
  data: [
    ...rowsOf(life),
    ...rowsOf(life)
      .filter((r) => r.indicator === 'sii-life-expectancy-male' || r.indicator === 'sii-life-expectancy-female')
      .map((r) => ({
        ...r,
        indicator: 'sii-life-expectancy',
        group: { type: 'sex', label: r.indicator.endsWith('-female') ? 'Female' : 'Male' },
      })),
  ] as SpecInput['data'],
};

interface GapArgs {
  spec: SpecInput;
  indicator: string;
  area: string;
  period: string;
  view: '' | 'groups' | 'over-time';
  groups: string;
  groupType: string;
  lang: string;
  width: string;
}

const optional = (value: string) => value || nothing;

const render = (args: GapArgs): TemplateResult => html`<div style=${args.width ? `max-width: ${args.width}` : nothing}>
  <inequality-gap
    .spec=${args.spec}
    indicator=${optional(args.indicator)}
    area=${optional(args.area)}
    period=${optional(args.period)}
    view=${optional(args.view)}
    groups=${optional(args.groups)}
    group-type=${optional(args.groupType)}
    lang=${optional(args.lang)}
  ></inequality-gap>
</div>`;

const meta: Meta<GapArgs> = {
  title: 'Elements/inequality-gap',
  component: 'inequality-gap',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The gap between groups for one indicator and period (absolute gap, ratio, and for ordered groups with populations the slope and relative index of inequality, PHE method), or the gap between two groups over time. Every number is also in the summary, the key figures, the table and the CSV download. Focus the chart and use the arrow keys to move between marks.',
      },
    },
  },
  argTypes: {
    spec: { control: false, description: 'The spec (property).' },
    indicator: { control: 'text' },
    area: { control: 'text' },
    period: { control: 'text', description: 'Empty: the latest period with groups.' },
    view: { control: 'select', options: ['', 'groups', 'over-time'], description: 'Empty: groups when the latest period has two or more groups.' },
    groups: { control: 'text', description: 'Over-time view: two group labels, or one and "overall".' },
    groupType: { control: 'text', name: 'group-type' },
    lang: { control: 'text' },
    width: { control: 'text', description: 'Width of the story container (not an attribute).' },
  },
  args: {
    spec: deprivation,
    indicator: 'alcohol-related-mortality',
    area: 'E92000001',
    period: '',
    view: '',
    groups: '',
    groupType: '',
    lang: '',
    width: '',
  },
  render,
};

export default meta;

type Story = StoryObj<GapArgs>;

/** Alcohol-related mortality in England by IMD 2019 decile, 2023: the gap, the ratio, the SII and RII with the fitted line. */
export const DeprivationDeciles: Story = {};

/** The same indicator in 2019, chosen with `period`. */
export const EarlierPeriod: Story = { args: { period: '2019' } };

/** Emergency readmissions within 30 days by deprivation quintile, 2023/24 (percentages: the gap in percentage points). */
export const DeprivationQuintiles: Story = { args: { indicator: 'emergency-readmissions' } };

/** Children in absolute low income families, 2022/23: a steep gradient that is not a straight line (the SII still summarises it). */
export const ChildrenInLowIncome: Story = { args: { indicator: 'children-low-income' } };

/** Deaths in hospital: an indicator with no better or worse direction, so the words make no judgement. */
export const NoJudgement: Story = { args: { indicator: 'deaths-in-hospital' } };

/** Unordered groups (sex): highest against lowest, drawn as rows; the SII is explained as not applicable. */
export const UnorderedGroups: Story = {
  args: { spec: life, indicator: 'life-expectancy', area: 'E06000047' },
};

/** The female–male gap in life expectancy in County Durham, 2015 - 17 to 2023 - 25, shaded and stated in every period. */
export const OverTimeBySex: Story = {
  args: { spec: life, indicator: 'life-expectancy', area: 'E06000047', view: 'over-time' },
};

/** Islington, with the groups in the other order (`groups="Male,Female"`): the gap is negative, the words still say which is higher. */
export const OverTimeGroupsChosen: Story = {
  args: { spec: life, indicator: 'life-expectancy', area: 'E09000019', view: 'over-time', groups: 'Male,Female' },
};

/** The most against the least deprived decile over time (the default pair for ordered groups): did the gap in alcohol-related mortality close? */
export const OverTimeDeprivation: Story = { args: { view: 'over-time' } };

/**
 * Context: the published slope index of inequality in life expectancy for Walsall (Fingertips 92901),
 * males against females over time. Pick County Durham (E06000047) or Islington (E09000019) in `area`.
 */
export const PublishedSiiWalsall: Story = {
  args: { spec: publishedSii, indicator: 'sii-life-expectancy', area: 'E08000030', view: 'over-time', groups: 'Male,Female' },
};

/** The data have no populations (denominators removed here), so the SII is not fitted and the element says why. */
export const NoPopulations: Story = { args: { spec: withoutPopulations } };

/** At 320 px, as on a small phone: the chart and the key figures reflow. */
export const Narrow: Story = { args: { width: '320px' } };

/**
 * Over time at 320 px with the reader's text at 200% (32 px here): the chart's text grows too. The
 * gaps are written at the first and latest periods, inside the plot; of the periods only the latest
 * is labelled, ending at its point (two labels this wide would not fit side by side).
 */
export const OverTimeNarrowLargeText: Story = {
  args: { spec: life, indicator: 'life-expectancy', area: 'E06000047', view: 'over-time', width: '320px' },
  render: (args) => html`<div style="font-size: 32px">${render(args)}</div>`,
};

/** Author colours and font through the `--wb-*` custom properties: the chart's text is in the page's font too. */
export const Themed: Story = {
  args: { spec: life, indicator: 'life-expectancy', area: 'E08000030', view: 'over-time' },
  render: (args) => html`<div style="--wb-series-1: #00703c; --wb-series-2: #6f3c97; --wb-gap-shade: #e1d6ec; --wb-font-family: Georgia, serif">
    ${render(args)}
  </div>`,
};

/** For a CMS: the spec pasted inside the element as `<script type="application/json">`. */
export const InlineJson: Story = {
  render: () => html`<inequality-gap area="E06000047" view="over-time"
    ><script type="application/json">
      {
        "version": 1,
        "areas": [{ "code": "E06000047", "name": "County Durham" }],
        "indicators": [{ "id": "life-expectancy", "title": "Life expectancy at birth", "unit": "years", "polarity": "higher-is-better", "decimals": 1 }],
        "data": [
          { "indicator": "life-expectancy", "area": "E06000047", "period": "2015 - 17", "value": 81.3, "group": { "type": "sex", "label": "Female" } },
          { "indicator": "life-expectancy", "area": "E06000047", "period": "2015 - 17", "value": 78.2, "group": { "type": "sex", "label": "Male" } },
          { "indicator": "life-expectancy", "area": "E06000047", "period": "2023 - 25", "value": 81.7, "group": { "type": "sex", "label": "Female" } },
          { "indicator": "life-expectancy", "area": "E06000047", "period": "2023 - 25", "value": 78.0, "group": { "type": "sex", "label": "Male" } }
        ]
      }
    </script></inequality-gap
  >`,
};

/** Waiting: no spec yet (an app sets it later); the element keeps its space quietly. */
export const Waiting: Story = { render: () => html`<inequality-gap indicator="alcohol-related-mortality"></inequality-gap>` };

/** Loading: the spec is on its way (this request never answers), the host is aria-busy. */
export const Loading: Story = {
  render: () => {
    installStalledFetch();
    return html`<inequality-gap src=${`data/deprivation-england.json${NEVER_ANSWERS}`} timeout="3600" indicator="alcohol-related-mortality"></inequality-gap>`;
  },
};

/** Error: an indicator that is not in the spec, named in words. */
export const ErrorUnknownIndicator: Story = { args: { indicator: 'alcohol-mortality' } };

/** Error: a gap needs two groups; the male rows are removed here, so only one group is left. */
export const ErrorOneGroup: Story = {
  args: {
    spec: { ...life, data: rowsOf(life).filter((r) => r.group?.label !== 'Male') as SpecInput['data'] },
    indicator: 'life-expectancy',
    area: 'E06000047',
    view: 'groups',
  },
};

/** Error: a group named in `groups` that the data do not have. */
export const ErrorUnknownGroup: Story = {
  args: { spec: life, indicator: 'life-expectancy', area: 'E06000047', view: 'over-time', groups: 'Female,Persons' },
};
