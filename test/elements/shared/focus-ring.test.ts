/**
 * The keyboard's focus ring sits on the point it names (issue 11 §4: it sat 4–8 px off): the ring's
 * centre is within 1.5 px of the centre of the mark Vega drew for that point, for each chart element,
 * on the first point and after moving along a line and between lines. (The cause: Vega's
 * `view.origin()` leaves out the view's padding, so every point was placed 4–5 px up and left.)
 */
import { expect } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/index.js';
import { shadow } from '../../helpers.js';
import { createElement, createWellbeingChart, EVERY_ELEMENT, mountReady } from './every-element.js';

type Drawn = HTMLElement & { updateComplete: Promise<boolean> };

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

const centre = (r: DOMRect) => ({ x: r.left + r.width / 2, y: r.top + r.height / 2 });

/** The drawn symbol marks (points), each with its centre on screen. */
function marks(el: Element): { x: number; y: number }[] {
  return [...shadow(el).querySelectorAll('.chart svg .mark-symbol path')]
    .map((p) => p.getBoundingClientRect())
    .filter((r) => r.width > 0)
    .map(centre);
}

function ringCentre(el: Element): { x: number; y: number } {
  const ring = shadow(el).querySelector<HTMLElement>('.mark-focus')!;
  expect(ring.hidden, 'the ring is shown').to.equal(false);
  return centre(ring.getBoundingClientRect());
}

/** How far the ring's centre is from the nearest drawn point. */
function offset(el: Element): number {
  const ring = ringCentre(el);
  return Math.min(...marks(el).map((m) => Math.hypot(m.x - ring.x, m.y - ring.y)));
}

const caseOf = (tag: string) => EVERY_ELEMENT.find((c) => c.tag === tag)!;
const CASES: { tag: string; make(): Promise<Drawn>; keys: string[] }[] = [
  { tag: 'indicator-trend', make: async () => (await createElement(caseOf('indicator-trend'))) as Drawn, keys: ['Home', 'ArrowRight', 'ArrowRight', 'ArrowDown', 'End'] },
  { tag: 'inequality-gap', make: async () => (await createElement(caseOf('inequality-gap'))) as Drawn, keys: ['Home', 'ArrowRight', 'End'] },
  {
    tag: 'wellbeing-chart',
    make: createWellbeingChart,
    keys: ['Home', 'ArrowRight', 'End'],
  },
];

describe('the focus ring sits on the point the keyboard is on', function () {
  this.timeout(60000);

  for (const c of CASES) {
    it(`<${c.tag}>: the ring's centre is on the drawn point`, async () => {
      const el = await c.make();
      mounted.push(await mountReady(el, 720));
      shadow(el).querySelector<HTMLElement>('.chart')!.focus();
      const offsets: Record<string, number> = {};
      for (const key of c.keys) {
        await sendKeys({ press: key });
        offsets[key] = Math.round(offset(el) * 10) / 10;
      }
      for (const [key, px] of Object.entries(offsets)) expect(px, `after ${key}: ${JSON.stringify(offsets)}`).to.be.below(1.5);
    });
  }
});
