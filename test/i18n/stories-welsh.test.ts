/**
 * Every Storybook story, drawn as Storybook draws it with the language toolbar on Cymraeg: the story's
 * own args, loaders and render function, inside a `lang="cy"` container (the toolbar's decorator in
 * .storybook/preview.ts does the same: elements without a `lang` of their own take the page's). Once its
 * elements have settled (drawn, an error, or a waiting/loading story's placeholder), nothing an element
 * writes may hold a word of the English catalogue: its text, the names a screen reader hears (aria-*,
 * title, alt) and the CSV download's file name. Words from the story's own spec and chart (English specs
 * are written as given) are set aside, as in every-state-welsh.test.ts.
 *
 * An element that sets its own language keeps it (the "numbers in another language" story is German
 * on purpose, which the library writes in English words): it is listed below, exactly.
 * The stories' JSON imports and `data/…` addresses are served as Storybook does (test/server/stories.mjs).
 */
import { expect } from '@open-wc/testing';
import { render, type TemplateResult } from 'lit';
// As .storybook/preview.ts does: every element is defined (some stories only write the tags).
import '../../src/elements/area-map/area-map.js';
import '../../src/elements/indicator-trend/indicator-trend.js';
import '../../src/elements/inequality-gap/inequality-gap.js';
import '../../src/elements/wellbeing-chart/wellbeing-chart.js';
import '../../src/elements/wellbeing-wheel/wellbeing-wheel.js';
import * as areaMap from '../../stories/area-map.stories.js';
import * as indicatorTrend from '../../stories/indicator-trend.stories.js';
import * as inequalityGap from '../../stories/inequality-gap.stories.js';
import * as playground from '../../stories/playground.stories.js';
import * as states from '../../stories/states.stories.js';
import * as themes from '../../stories/themes.stories.js';
import * as wellbeingChart from '../../stories/wellbeing-chart.stories.js';
import * as wellbeingWheel from '../../stories/wellbeing-wheel.stories.js';
import { csvFileName, englishWordsIn, specTexts, wordsOf, writtenBy } from './english-words.js';

type Args = Record<string, unknown>;
type Context = { args: Args; loaded: Record<string, unknown>; globals: Record<string, string>; viewMode: 'story'; id: string; name: string };
type Render = (args: Args, context: Context) => TemplateResult;
type Loader = (context: Context) => Promise<Record<string, unknown> | void>;
interface StoryParts {
  args?: Args;
  render?: Render;
  loaders?: Loader[];
  name?: string;
}
type StoriesModule = Record<string, unknown> & { default: StoryParts & { title?: string } };

const MODULES: Record<string, StoriesModule> = {
  'area-map.stories.ts': areaMap as unknown as StoriesModule,
  'indicator-trend.stories.ts': indicatorTrend as unknown as StoriesModule,
  'inequality-gap.stories.ts': inequalityGap as unknown as StoriesModule,
  'playground.stories.ts': playground as unknown as StoriesModule,
  'states.stories.ts': states as unknown as StoriesModule,
  'themes.stories.ts': themes as unknown as StoriesModule,
  'wellbeing-chart.stories.ts': wellbeingChart as unknown as StoriesModule,
  'wellbeing-wheel.stories.ts': wellbeingWheel as unknown as StoriesModule,
};

/** Stories whose elements all choose a language of their own that is not Welsh. */
const NOT_WELSH_BY_DESIGN = ['indicator-trend.stories.ts NumbersInAnotherLanguage'];

const TAGS = /^(wellbeing-wheel|indicator-trend|inequality-gap|area-map|wellbeing-chart)$/;

/** Every element of the library under `root`, through shadow roots (the playground has its own). */
function elementsIn(root: ParentNode): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('*')].flatMap((el) => [...(TAGS.test(el.localName) ? [el] : []), ...(el.shadowRoot ? elementsIn(el.shadowRoot) : [])]);
}

function stateOf(el: HTMLElement): string {
  const shadow = el.shadowRoot;
  if (!shadow) return 'not defined';
  if (shadow.querySelector('[role="alert"]')) return 'error';
  if (el.getAttribute('aria-busy') !== 'true' && shadow.querySelector('svg')) return 'drawn';
  if (shadow.querySelector('[part~="placeholder"]')) return el.getAttribute('aria-busy') === 'true' ? 'loading' : 'waiting';
  return 'empty';
}

/** Waits until every element is drawn or explains an error (a waiting or loading story: its placeholder). */
async function settled(root: HTMLElement, waitingStory: boolean): Promise<HTMLElement[]> {
  const started = performance.now();
  for (;;) {
    const elements = elementsIn(root);
    const done = (el: HTMLElement) => ['drawn', 'error'].includes(stateOf(el)) || (waitingStory && ['loading', 'waiting'].includes(stateOf(el)));
    if (elements.length && elements.every(done)) {
      await Promise.all(elements.map((el) => (el as unknown as { updateComplete?: Promise<unknown> }).updateComplete));
      return elements;
    }
    if (performance.now() - started > 20000) throw new Error(`not settled in 20 s: ${elements.map((el) => `${el.localName} ${stateOf(el)}`).join(', ') || 'no elements'}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The spec and chart words an element was given: its properties, its inline JSON, the file its `src` names. */
async function authorTexts(el: HTMLElement): Promise<string[]> {
  const given = el as HTMLElement & { spec?: unknown; chart?: unknown };
  const texts = specTexts([given.spec ?? {}, given.chart ?? {}]);
  for (const script of el.querySelectorAll('script')) texts.push(...specTexts(JSON.parse(script.textContent || '{}')));
  const src = el.getAttribute('src');
  if (src && !src.includes('#')) {
    const response = await fetch(new URL(src, document.baseURI));
    if (response.ok && /json/.test(response.headers.get('content-type') ?? '')) texts.push(...specTexts(await response.json().catch(() => ({}))));
  }
  return texts;
}

const storyEntries = Object.entries(MODULES).flatMap(([file, module]) =>
  Object.entries(module)
    .filter(([name, story]) => name !== 'default' && story !== null && typeof story === 'object')
    .map(([name, story]) => ({ file, name, meta: module.default, story: story as StoryParts })),
);

describe('every Storybook story in Welsh (the language toolbar on Cymraeg)', function () {
  this.timeout(60000);
  let container: HTMLElement;
  afterEach(() => {
    if (container) render(null, container);
    container?.remove();
  });

  it('walks every stories file', async () => {
    const files = (await (await fetch('/__stories')).json()) as string[];
    expect(Object.keys(MODULES).sort(), 'a stories file this test does not import').to.deep.equal(files);
  });

  const notWelsh: string[] = [];
  for (const { file, name, meta, story } of storyEntries) {
    it(`${file} ${story.name ?? name}`, async () => {
      container = document.createElement('div');
      container.lang = 'cy';
      container.style.width = '1000px';
      document.body.append(container);
      const args = { ...meta.args, ...story.args };
      const context: Context = { args, loaded: {}, globals: { locale: 'cy', theme: 'light' }, viewMode: 'story', id: `${file}--${name}`, name };
      for (const loader of [...(meta.loaders ?? []), ...(story.loaders ?? [])]) Object.assign(context.loaded, (await loader(context)) ?? {});
      const draw = story.render ?? meta.render;
      expect(draw, 'the story or its file has a render function').to.be.a('function');
      render(draw!(args, context), container);

      const waitingStory = /loading|waiting/i.test(`${name} ${story.name ?? ''}`);
      const elements = await settled(container, waitingStory);
      const welsh = elements.filter((el) => el.shadowRoot!.querySelector('.wb-lang')?.getAttribute('lang') === 'cy');
      if (!welsh.length) {
        notWelsh.push(`${file} ${name}`);
        return;
      }
      const found: string[] = [];
      for (const el of welsh) {
        const texts = writtenBy(el.shadowRoot!, { heard: true });
        if (stateOf(el) === 'drawn' && el.localName !== 'wellbeing-chart') texts.push(...(await csvFileName(el)));
        const allowed = new Set(wordsOf((await authorTexts(el)).join(' ')));
        for (const text of texts) {
          for (const word of englishWordsIn(text).filter((w) => !allowed.has(w))) {
            const at = text.toLowerCase().indexOf(word);
            found.push(`<${el.localName}> ${word}: …${text.replace(/\s+/g, ' ').slice(Math.max(0, at - 50), at + 50)}…`);
          }
        }
      }
      expect([...new Set(found)], `English words in the story "${name}"`).to.deep.equal([]);
    });
  }

  it('only the stories listed choose a language other than Welsh for all their elements', () => {
    expect(notWelsh).to.deep.equal(NOT_WELSH_BY_DESIGN);
  });
});
