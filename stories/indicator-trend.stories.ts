import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing, type TemplateResult } from 'lit';
import lifeExpectancyData from '../examples/data/life-expectancy.json';
import onsWellbeingData from '../examples/data/ons-wellbeing.json';
import '../src/elements/indicator-trend/indicator-trend.js';
import type { SpecInput } from '../src/spec/schema.js';
import { installStalledFetch, NEVER_ANSWERS } from './support/stalled-fetch.js';

/**
 * `<indicator-trend>`: one indicator over time for an area, with its 95% intervals, the benchmark and
 * other comparators, each value marked by its comparison with the benchmark (Fingertips method).
 * Data: examples/data (real published numbers, see data/SOURCES.md): ONS annual personal wellbeing
 * (APS, release of 7 November 2023) for Walsall, County Durham and Islington, their regions, England
 * and the UK (ons-wellbeing.json); Fingertips life expectancy (life-expectancy.json, no intervals).
 * Where a story needs something the published data do not have (a gap, a target, long names), the
 * change is made below and named in the story's description.
 */

const ons = onsWellbeingData as unknown as SpecInput;
const lifeExpectancy = lifeExpectancyData as unknown as SpecInput;

type Row = { indicator: string; area: string; period: string; value: number | null; lower?: number | null; upper?: number | null };
const rowsOf = (spec: SpecInput) => spec.data as Row[];

/** Walsall's anxiety estimate for 2020/21 made unavailable (as ONS publishes a suppressed "x" estimate). */
const withGap: SpecInput = {
  ...ons,
  data: rowsOf(ons).map((r) =>
    r.indicator === 'anxiety' && r.area === 'E08000030' && r.period === '2020-04-01/P1Y' ? { ...r, value: null, lower: null, upper: null } : r,
  ) as SpecInput['data'],
};

/** Anxiety with its polarity set to no-judgement: values are higher or lower, never better or worse. */
const noJudgement: SpecInput = {
  ...ons,
  indicators: (ons.indicators ?? []).map((i) => (i.id === 'anxiety' ? { ...i, polarity: 'no-judgement' as const } : i)),
};

/** An illustrative local target of 7.5 for life satisfaction (not a published target). */
const withTarget: SpecInput = {
  ...ons,
  indicators: (ons.indicators ?? []).map((i) => (i.id === 'life-satisfaction' ? { ...i, target: 7.5 } : i)),
};

/** Very long titles and names, as some councils write them. */
const longLabels: SpecInput = {
  ...ons,
  indicators: (ons.indicators ?? []).map((i) =>
    i.id === 'life-satisfaction'
      ? {
          ...i,
          title:
            'Average rating of life satisfaction among residents aged sixteen years and over, on a scale from nought (not at all satisfied) to ten (completely satisfied), Annual Population Survey',
        }
      : i,
  ),
  areas: (ons.areas ?? []).map((a) =>
    a.code === 'E09000019'
      ? { ...a, name: 'The London Borough of Islington (including the former Metropolitan Borough of Finsbury)' }
      : a.code === 'E12000007'
        ? { ...a, name: 'London (Greater London Authority area, thirty-two boroughs and the City of London)' }
        : a,
  ),
};

interface TrendArgs {
  spec: SpecInput | undefined;
  src: string;
  indicator: string;
  area: string;
  compare: string;
  benchmark: string;
  lang: string;
  width: string;
}

const optional = (value: string) => value || nothing;

const render = (args: TrendArgs): TemplateResult => html`<div style=${args.width ? `max-width: ${args.width}` : nothing}>
  <indicator-trend
    .spec=${args.spec ?? null}
    src=${optional(args.src)}
    indicator=${optional(args.indicator)}
    area=${optional(args.area)}
    compare=${optional(args.compare)}
    benchmark=${optional(args.benchmark)}
    lang=${optional(args.lang)}
  ></indicator-trend>
</div>`;

const meta: Meta<TrendArgs> = {
  title: 'Elements/indicator-trend',
  component: 'indicator-trend',
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'One indicator over time: the area with its 95% confidence intervals, the benchmark and comparator areas as dashed and dotted lines, each value marked by shape, colour and words as better, similar or worse than the benchmark (similar when the benchmark lies inside the interval), gaps for missing periods, an optional target. The same numbers are in the summary, the table, the tooltips and the CSV download. Focus the chart and use the arrow keys to move between periods.',
      },
    },
  },
  argTypes: {
    spec: { control: false, description: 'The spec (property).' },
    src: { control: 'text', description: 'URL of a spec; used when `spec` is empty.' },
    indicator: { control: 'text', description: 'Empty: the first indicator with whole-area values.' },
    area: { control: 'text', description: 'Empty: the first area other than the benchmark with a value.' },
    compare: { control: 'text', description: 'Space- or comma-separated area codes drawn beside the benchmark.' },
    benchmark: { control: 'text', description: "Empty: the spec's benchmark." },
    lang: { control: 'text' },
    width: { control: 'text', description: 'Width of the story container (not an attribute).' },
  },
  args: {
    spec: ons,
    src: '',
    indicator: 'life-satisfaction',
    area: 'E09000019',
    compare: 'E12000007',
    benchmark: '',
    lang: '',
    width: '',
  },
  render,
};

export default meta;

type Story = StoryObj<TrendArgs>;

/** Islington's life satisfaction, 2011/12 to 2022/23, against England and London: worse than England in most years, similar in the latest two. */
export const LifeSatisfactionIslington: Story = {};

/** Anxiety, where lower is better: Walsall was better than England in 2012/13 and worse in 2017/18 and 2018/19. Compared with the West Midlands too. */
export const AnxietyWalsall: Story = { args: { indicator: 'anxiety', area: 'E08000030', compare: 'E12000005' } };

/** County Durham's happiness against England and the North East. */
export const HappinessCountyDurham: Story = { args: { indicator: 'happiness', area: 'E06000047', compare: 'E12000001' } };

/** Walsall against the West Midlands as the benchmark (`benchmark="E12000005"`), England drawn as a comparator. */
export const RegionalBenchmark: Story = {
  args: { indicator: 'worthwhile', area: 'E08000030', benchmark: 'E12000005', compare: 'E92000001' },
};

/** A missing period: Walsall's 2020/21 anxiety estimate removed here; the line breaks, the table and summary say "no value". */
export const MissingPeriod: Story = { args: { spec: withGap, indicator: 'anxiety', area: 'E08000030', compare: 'E12000005' } };

/** Life expectancy (Fingertips) has no confidence intervals in this extract: plain points, and the words say why values are not compared. */
export const WithoutIntervals: Story = { args: { spec: lifeExpectancy, indicator: 'life-expectancy-male', area: 'E08000030', compare: '' } };

/** Anxiety as a no-judgement indicator (polarity changed here): higher or lower than England, in blue, never better or worse. */
export const NoJudgement: Story = { args: { spec: noJudgement, indicator: 'anxiety', area: 'E09000019', compare: '' } };

/** A target line (7.5 set here for illustration). */
export const WithTarget: Story = { args: { spec: withTarget, area: 'E08000030', compare: '' } };

/** Very long titles and area names (changed here) wrap; nothing overflows. */
export const LongLabels: Story = { args: { spec: longLabels } };

/** At 320 px, as on a small phone. */
export const Narrow: Story = { args: { width: '320px' } };

/**
 * At 320 px with the reader's text at 200% (32 px here): the chart's text grows too, the axis title
 * wraps, and the period labels that fit are kept, counting back from the latest.
 */
export const NarrowLargeText: Story = {
  args: { width: '320px' },
  render: (args) => html`<div style="font-size: 32px">${render(args)}</div>`,
};

/** Author colours and font through the `--wb-*` custom properties reach the chart (its text too). */
export const Themed: Story = {
  render: (args) => html`<div
    style="--wb-status-better: #00703c; --wb-status-worse: #942514; --wb-status-similar: #ffbf47; --wb-trend-series-1: #003078; --wb-trend-series-2: #6f3c97; --wb-font-family: Georgia, serif"
  >
    ${render(args)}
  </div>`,
};

/** Numbers in German style (`lang="de"`; the words fall back to English until a German catalogue exists). */
export const NumbersInAnotherLanguage: Story = { args: { lang: 'de' } };

/** Loaded from a URL (`src`), as a page would. */
export const FromUrl: Story = { args: { spec: undefined, src: 'data/ons-wellbeing.json', area: 'E06000047', compare: 'E12000001' } };

/** Loaded from a URL whose data are a CSV file beside it. */
export const FromCsv: Story = { args: { spec: undefined, src: 'data/ons-wellbeing-csv.json', indicator: 'anxiety', area: 'E08000030' } };

/** For a CMS: the spec pasted inside the element as `<script type="application/json">` (a cut of the ONS data). */
export const InlineJson: Story = {
  render: () => html`<indicator-trend area="E09000019"
    ><script type="application/json">
      {
        "version": 1,
        "benchmark": "E92000001",
        "areas": [{ "code": "E09000019", "name": "Islington" }, { "code": "E92000001", "name": "England" }],
        "indicators": [{ "id": "life-satisfaction", "title": "Life satisfaction (mean score, 0 to 10)", "unit": "score", "polarity": "higher-is-better", "decimals": 2 }],
        "data": [
          { "indicator": "life-satisfaction", "area": "E09000019", "period": "2019-04-01/P1Y", "value": 7.37, "lower": 7.15, "upper": 7.59 },
          { "indicator": "life-satisfaction", "area": "E09000019", "period": "2020-04-01/P1Y", "value": 6.99, "lower": 6.66, "upper": 7.32 },
          { "indicator": "life-satisfaction", "area": "E09000019", "period": "2021-04-01/P1Y", "value": 7.3, "lower": 6.96, "upper": 7.63 },
          { "indicator": "life-satisfaction", "area": "E09000019", "period": "2022-04-01/P1Y", "value": 7.25, "lower": 6.97, "upper": 7.54 },
          { "indicator": "life-satisfaction", "area": "E92000001", "period": "2019-04-01/P1Y", "value": 7.65 },
          { "indicator": "life-satisfaction", "area": "E92000001", "period": "2020-04-01/P1Y", "value": 7.38 },
          { "indicator": "life-satisfaction", "area": "E92000001", "period": "2021-04-01/P1Y", "value": 7.55 },
          { "indicator": "life-satisfaction", "area": "E92000001", "period": "2022-04-01/P1Y", "value": 7.44 }
        ]
      }
    </script></indicator-trend
  >`,
};

/** Waiting: no spec yet (an app sets it later); the element keeps its space quietly. */
export const Waiting: Story = { render: () => html`<indicator-trend indicator="life-satisfaction"></indicator-trend>` };

/** Loading: the spec is on its way (this request never answers), the host is aria-busy. */
export const Loading: Story = {
  render: () => {
    installStalledFetch();
    return html`<indicator-trend src=${`data/ons-wellbeing.json${NEVER_ANSWERS}`} timeout="3600" area="E08000030"></indicator-trend>`;
  },
};

/** Error: an indicator that is not in the spec, named in words. */
export const ErrorUnknownIndicator: Story = { args: { indicator: 'happyness' } };

/** Error: a comparator area code that is not in the spec (Cardiff is not in this data). */
export const ErrorUnknownComparator: Story = { args: { compare: 'E12000007 W06000015' } };

/** Error: the spec cannot be fetched (404). */
export const ErrorNotFound: Story = { args: { spec: undefined, src: 'data/no-such-file.json' } };
