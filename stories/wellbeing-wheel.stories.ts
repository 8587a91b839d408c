import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html, nothing } from 'lit';
import countyDurham from '../examples/data/county-durham.json';
import islington from '../examples/data/islington.json';
import walsall from '../examples/data/walsall-wwof.json';
import { installStalledFetch, NEVER_ANSWERS } from './support/stalled-fetch.js';

installStalledFetch();

/**
 * `<wellbeing-wheel>`: any wellbeing framework as a wheel. Data: examples/data, real published
 * numbers (ONS annual personal well-being estimates, APS release of 7 November 2023; OHID
 * Fingertips life expectancy 90366 and its slope index of inequality 92901) mapped onto the Walsall
 * and County Durham frameworks as an illustration (see each spec's `note`).
 */
interface WheelArgs {
  spec: object;
  area: string;
  benchmark: string;
  period: string;
  status: 'benchmark' | 'trend';
  selected: string;
  showStatements: boolean;
  width: number;
}

const copy = <T>(value: T): T => structuredClone(value);

const meta: Meta<WheelArgs> = {
  title: 'Elements/Wellbeing wheel',
  component: 'wellbeing-wheel',
  parameters: {
    layout: 'padded',
    docs: {
      description: {
        component:
          'The framework as a wheel: the centre, one ring of domains (two where domains have children), an optional band of factors. ' +
          'Each domain’s band shows how its indicators compare with the benchmark (or their recent trend), one cell per indicator, ' +
          'by colour and letter, with the counts in words. Click, Enter or Space opens a domain; arrow keys move round it.',
      },
    },
  },
  argTypes: {
    spec: { control: false, description: 'The spec (property); the stories use the example specs.' },
    area: { control: 'text', description: 'Area code; empty: the first area that is not the benchmark and has data.' },
    benchmark: { control: 'text', description: "Area code to compare with; empty: the spec's benchmark." },
    period: { control: 'text', description: 'Period (e.g. 2021/22); empty: each indicator’s latest.' },
    status: { control: 'inline-radio', options: ['benchmark', 'trend'] },
    selected: { control: 'text', description: 'Id of the open domain.' },
    showStatements: { control: 'boolean', name: 'show-statements' },
    width: { control: { type: 'range', min: 280, max: 1200, step: 10 }, description: 'Width of the container (not an attribute).' },
  },
  args: {
    spec: walsall,
    area: '',
    benchmark: '',
    period: '',
    status: 'benchmark',
    selected: '',
    showStatements: false,
    width: 720,
  },
  render: (args) => html`<div style="max-width: ${args.width}px">
    <wellbeing-wheel
      .spec=${copy(args.spec)}
      area=${args.area || nothing}
      benchmark=${args.benchmark || nothing}
      period=${args.period || nothing}
      status=${args.status === 'trend' ? 'trend' : nothing}
      selected=${args.selected || nothing}
      ?show-statements=${args.showStatements}
    ></wellbeing-wheel>
  </div>`,
};

export default meta;

type Story = StoryObj<WheelArgs>;

/** Walsall Wellbeing Outcomes Framework: personal wellbeing, nine fundamentals, four core factors. */
export const Walsall: Story = {};

/** County Durham’s Approach to Wellbeing: three components with six principles as a second ring. */
export const CountyDurham: Story = { args: { spec: countyDurham } };

/** The ONS4 measures as a framework, Islington 2022/23: worthwhile is worse than England, the rest similar. */
export const IslingtonOns4: Story = { args: { spec: islington } };

/** The statements on request: the centre’s inside the centre where it fits. */
export const WithStatements: Story = { args: { spec: islington, showStatements: true, width: 900 } };

/** `status="trend"`: County Durham’s recent trends (worthwhile is worsening; life expectancy has no intervals to test). */
export const RecentTrend: Story = { args: { spec: countyDurham, status: 'trend' } };

/** A domain chosen: the panel shows its statement and each indicator with value, interval, benchmark, comparison and source. */
export const DomainOpen: Story = { args: { selected: 'health' } };

/** Compared with the West Midlands instead of England (life expectancy has no regional figures: not compared). */
export const OtherBenchmark: Story = { args: { benchmark: 'E12000005' } };

/** An earlier year: `period="2021/22"` (life expectancy is published for three-year periods, so it has no value). */
export const EarlierPeriod: Story = { args: { period: '2021/22' } };

/**
 * On a phone: 320 px wide. The factor band, the status band and the centre get thinner so the labels stay
 * words; a label that still does not fit becomes a number, listed in words under the wheel.
 */
export const PhoneWidth: Story = { args: { width: 320 } };

/** Twenty domains (the four Islington measures repeated): narrow segments take their labels along the radius. */
export const TwentyDomains: Story = {
  args: {
    spec: {
      ...islington,
      framework: {
        ...islington.framework,
        domains: Array.from({ length: 20 }, (_, i) => {
          const source = islington.framework.domains[i % 4]!;
          return { ...source, id: `${source.id}-${i + 1}`, label: `${source.label} ${i + 1}` };
        }),
      },
    },
  },
};

/** Dark theme: the `--wb-*` tokens of examples/themes.css (`.wb-theme-dark`); status letters turn dark on lightened colours. */
export const DarkTheme: Story = {
  args: { selected: 'health' },
  render: (args, context) => html`<div class="wb-theme-dark" style="padding: 1rem">${meta.render!(args, context)}</div>`,
};

/** A council’s own palette and font, set with custom properties on the element. */
export const CustomPalette: Story = {
  args: { spec: islington },
  render: (args) => html`<div style="max-width: ${args.width}px">
    <wellbeing-wheel
      .spec=${copy(args.spec)}
      style="--wb-status-worse: #a4133c; --wb-status-similar: #ffd166; --wb-status-better: #2a9d8f; --wb-font-family: Georgia, serif; --wb-wheel-centre-fill: #fff4d6"
    ></wellbeing-wheel>
  </div>`,
};

/** Loading: the placeholder keeps its size while the spec is on its way (this request never answers). */
export const Loading: Story = {
  render: () => html`<wellbeing-wheel src=${`data/walsall-wwof.json${NEVER_ANSWERS}`} timeout="3600"></wellbeing-wheel>`,
};

/** Waiting: no spec given yet (an app will set one): a quiet placeholder, no error. */
export const WaitingForSpec: Story = { render: () => html`<wellbeing-wheel></wellbeing-wheel>` };

/** Error: an area that is not in the spec. The message names the attribute and lists the areas. */
export const UnknownArea: Story = { args: { area: 'E0000000X' } };

/** An area without data: the framework is drawn and the summary says there is no data. */
export const AreaWithoutData: Story = {
  args: {
    spec: { ...walsall, areas: [...walsall.areas, { code: 'E06000001', name: 'Hartlepool', type: 'local-authority' }] },
    area: 'E06000001',
  },
};

/** A framework not yet measured: no indicators under any domain. */
export const NoIndicatorsYet: Story = {
  args: {
    spec: {
      ...walsall,
      framework: { ...walsall.framework, domains: walsall.framework.domains.map((d) => ({ ...d, indicators: [] })) },
    },
  },
};

/**
 * Linked to `<indicator-trend>`: choosing an indicator in the wheel’s panel fires
 * `wellbeing-select` with `{ indicator, area, period }`; the page points the trend at it.
 */
export const LinkedToIndicatorTrend: Story = {
  args: { selected: 'health' },
  render: (args) => {
    const follow = (event: Event) => {
      const detail = (event as CustomEvent<Record<string, string>>).detail;
      if (!detail['indicator']) return;
      const trend = (event.currentTarget as HTMLElement).querySelector('indicator-trend')!;
      trend.setAttribute('indicator', detail['indicator']);
      trend.setAttribute('area', detail['area']!);
    };
    return html`<div style="display: grid; gap: 1.5rem; max-width: ${args.width}px" @wellbeing-select=${follow}>
      <wellbeing-wheel .spec=${copy(args.spec)} selected=${args.selected || nothing}></wellbeing-wheel>
      <indicator-trend .spec=${copy(args.spec)} indicator="anxiety" area="E08000030"></indicator-trend>
    </div>`;
  },
};
