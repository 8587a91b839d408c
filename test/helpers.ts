/** Shared test helpers: mounting elements, waiting for their events, loading the real example data. */
import { fixture, oneEvent } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
import type { WellbeingElement, WellbeingErrorDetail } from '../src/elements/base/wellbeing-element.js';
import type { SpecInput } from '../src/spec/schema.js';

const exampleCache = new Map<string, Promise<SpecInput>>();

/** A spec from examples/data (real published numbers; see data/SOURCES.md), as a fresh copy. */
export async function exampleSpec(name: string): Promise<SpecInput> {
  let pending = exampleCache.get(name);
  if (!pending) {
    pending = fetch(`/examples/data/${name}`).then((r) => {
      if (!r.ok) throw new Error(`examples/data/${name}: ${r.status}`);
      return r.json() as Promise<SpecInput>;
    });
    exampleCache.set(name, pending);
  }
  return structuredClone(await pending);
}

/** Mounts a template and waits for the element to be drawn (`wellbeing-ready`). */
export async function fixtureReady<T extends WellbeingElement>(template: TemplateResult, timeoutMs = 8000): Promise<T> {
  const container = document.createElement('div');
  document.body.append(container);
  const ready = eventWithin(container, 'wellbeing-ready', timeoutMs);
  const el = await fixture<T>(template, { parentNode: container });
  await ready;
  return el;
}

/** Mounts a template and waits for `wellbeing-error`; returns the element and the event's detail. */
export async function fixtureError<T extends WellbeingElement>(
  template: TemplateResult,
  timeoutMs = 8000,
): Promise<{ el: T; detail: WellbeingErrorDetail }> {
  const container = document.createElement('div');
  document.body.append(container);
  const failed = eventWithin(container, 'wellbeing-error', timeoutMs) as Promise<CustomEvent<WellbeingErrorDetail>>;
  const el = await fixture<T>(template, { parentNode: container });
  const event = await failed;
  await el.updateComplete;
  return { el, detail: event.detail };
}

/** Resolves with the next event of that name, or rejects after a while (so a missing event fails the test, not the suite). */
export function eventWithin(target: EventTarget, name: string, timeoutMs = 8000): Promise<Event> {
  return Promise.race([
    oneEvent(target, name) as Promise<Event>,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no ${name} within ${timeoutMs} ms`)), timeoutMs)),
  ]);
}

/** The element's shadow root (open), typed. */
export function shadow(el: Element): ShadowRoot {
  if (!el.shadowRoot) throw new Error(`${el.tagName} has no shadow root`);
  return el.shadowRoot;
}

/** Text content with white space folded, as a screen reader would read it. */
export function textOf(node: Node | null | undefined): string {
  return (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

const mounted: HTMLElement[] = [];

/**
 * Renders a template into a fresh container on the page and returns the container. Unlike
 * open-wc's fixture() on a plain element, it does not wait for an animation frame, which never
 * comes while test files run side by side in background tabs. Containers are removed after each test.
 */
export function mount(template: TemplateResult): HTMLDivElement {
  const container = document.createElement('div');
  document.body.append(container);
  render(template, container);
  mounted.push(container);
  return container;
}

afterEach(() => {
  for (const container of mounted.splice(0)) container.remove();
});

// Colours as the page paints them: any CSS colour (oklch(), color-mix(), system colours, alpha) resolved
// to sRGB by painting it on a canvas over what it sits on.
const paint = document.createElement('canvas').getContext('2d', { willReadFrequently: true })!;
function rgb(colour: string, over = '#ffffff'): [number, number, number] {
  paint.clearRect(0, 0, 1, 1);
  paint.fillStyle = over;
  paint.fillRect(0, 0, 1, 1);
  paint.fillStyle = colour;
  paint.fillRect(0, 0, 1, 1);
  const [r, g, b] = paint.getImageData(0, 0, 1, 1).data;
  return [r!, g!, b!];
}
const luminance = (c: [number, number, number]) =>
  c.map((v) => v / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i]!, 0);
/** WCAG contrast ratio (1 to 21) of `colour` drawn on `background` (an opaque CSS colour). */
export function contrast(colour: string, background: string): number {
  const back = rgb(background);
  const [high, low] = [luminance(rgb(colour, `rgb(${back.join(',')})`)), luminance(back)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}
/** Whether two CSS colours paint the same. */
export const sameColour = (a: string, b: string) => rgb(a).join() === rgb(b).join();
