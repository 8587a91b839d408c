/**
 * Every element of the library, each with a real example spec (examples/data, see data/SOURCES.md)
 * and the attributes of a typical page: the shared tests (headings, themes, leaks, the
 * accessibility tree, strict CSP) run over this list, so a new element is tested by adding it here.
 */
import type { SpecInput } from '../../../src/spec/schema.js';
import { exampleSpec } from '../../helpers.js';

export interface ElementCase {
  tag: 'wellbeing-wheel' | 'indicator-trend' | 'inequality-gap' | 'area-map';
  /** The example file in examples/data. */
  specFile: string;
  attributes: Record<string, string>;
}

export const EVERY_ELEMENT: readonly ElementCase[] = [
  { tag: 'wellbeing-wheel', specFile: 'walsall-wwof.json', attributes: { area: 'E08000030' } },
  { tag: 'indicator-trend', specFile: 'ons-wellbeing.json', attributes: { indicator: 'life-satisfaction', area: 'E08000030' } },
  { tag: 'inequality-gap', specFile: 'deprivation-england.json', attributes: { indicator: 'alcohol-related-mortality' } },
  {
    tag: 'area-map',
    specFile: 'map-wales-wellbeing.json',
    attributes: { indicator: 'life-satisfaction', within: 'W92000004', boundaries: '/examples/data/boundaries/ltla-england-wales.topo.json' },
  },
];

/** Creates (without connecting) the element of a case, with its attributes and spec. */
export async function createElement(c: ElementCase, extra: Record<string, string> = {}, spec?: SpecInput): Promise<HTMLElement & { spec: unknown; updateComplete: Promise<boolean> }> {
  const el = document.createElement(c.tag) as unknown as HTMLElement & { spec: unknown; updateComplete: Promise<boolean> };
  for (const [name, value] of Object.entries({ ...c.attributes, ...extra })) el.setAttribute(name, value);
  el.spec = spec ?? (await exampleSpec(c.specFile));
  return el;
}

/**
 * A `<wellbeing-chart>` (not in EVERY_ELEMENT: it needs an author's chart): the example ranking of the
 * ONS areas' latest life satisfaction (examples/charts/ranking.vl.json), not yet connected.
 */
export async function createWellbeingChart(): Promise<HTMLElement & { spec: unknown; chart: unknown; updateComplete: Promise<boolean> }> {
  const el = document.createElement('wellbeing-chart') as unknown as HTMLElement & { spec: unknown; chart: unknown; updateComplete: Promise<boolean> };
  el.setAttribute('indicator', 'life-satisfaction');
  el.setAttribute('period', 'latest');
  el.spec = await exampleSpec('ons-wellbeing.json');
  el.chart = await (await fetch('/examples/charts/ranking.vl.json')).json();
  return el;
}

/** Puts the element on the page (in a container of `width` px) and waits for `wellbeing-ready`. */
export async function mountReady(el: HTMLElement, width = 720, timeoutMs = 30000): Promise<HTMLDivElement> {
  const container = document.createElement('div');
  container.style.width = `${width}px`;
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`${el.tagName.toLowerCase()}: no wellbeing-ready within ${timeoutMs} ms`)), timeoutMs);
    el.addEventListener('wellbeing-ready', () => (clearTimeout(timer), resolve()), { once: true });
    el.addEventListener('wellbeing-error', (e) => (clearTimeout(timer), reject(new Error((e as CustomEvent<{ message: string }>).detail.message))), { once: true });
  });
  container.append(el);
  document.body.append(container);
  await ready;
  return container;
}
