/**
 * In dist/ the English words that explain a spec's problems load only with the first problem
 * (scripts/rollup-words.mjs, `withProblemWords` in src/i18n/index.ts): the check runs again once they
 * are here. Elsewhere (these tests' own imports of src/) the catalogue is whole, so this is tested on
 * pages that load dist/wellbeing-widgets.js: a right spec downloads no such words, and every kind of
 * problem is still said in words.
 */
import { expect } from '@open-wc/testing';
import { pastePage } from '../commands.js';
import { exampleSpec } from '../helpers.js';
import { toInlineJson } from '../../src/spec/inline-json.js';

interface Loaded {
  doc: Document;
  win: Window & { warnings?: string[]; events?: string[] };
  close(): void;
}

/** Opens a pasted page that loads dist/ and records console warnings; waits until `done` holds. */
async function open(body: string, done: (doc: Document) => boolean): Promise<Loaded> {
  const path = await pastePage(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Problem words</title>
<script>window.warnings = []; const warn = console.warn; console.warn = (...args) => { window.warnings.push(args.join(' ')); warn(...args); };
window.events = []; for (const type of ['wellbeing-ready', 'wellbeing-error']) document.addEventListener(type, () => window.events.push(type));</script>
<script type="module" src="/dist/wellbeing-widgets.js"></script></head>
<body><main>${body}</main></body></html>`);
  const iframe = document.createElement('iframe');
  iframe.style.cssText = 'width:800px;height:900px;border:0';
  document.body.append(iframe);
  iframe.src = path;
  const started = performance.now();
  while (!(iframe.contentDocument?.readyState === 'complete' && done(iframe.contentDocument))) {
    if (performance.now() - started > 20000) {
      iframe.remove();
      throw new Error('the pasted page did not settle');
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return { doc: iframe.contentDocument!, win: iframe.contentWindow as Loaded['win'], close: () => iframe.remove() };
}

const drawn = (el: Element | null) => !!el?.shadowRoot?.querySelector('svg.wheel');
const alertOf = (el: Element | null) => (el?.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? '').replace(/\s+/g, ' ');
const problemWordsRequested = (win: Window) =>
  win.performance.getEntriesByType('resource').some((entry) => /\/chunks\/problem-words-[\w-]+\.js$/.test(entry.name));

describe('the words of spec problems in dist/ (loaded with the first problem)', function () {
  this.timeout(60000);

  it('a right spec draws without downloading them', async () => {
    const spec = await exampleSpec('islington.json');
    const page = await open(`<wellbeing-wheel><script type="application/json">${toInlineJson(spec)}</script></wellbeing-wheel>`, (doc) =>
      drawn(doc.querySelector('wellbeing-wheel')),
    );
    try {
      expect(page.win.warnings).to.deep.equal([]);
      expect(problemWordsRequested(page.win)).to.equal(false);
    } finally {
      page.close();
    }
  });

  it('a spec with problems: each said in words, by its JSON path', async () => {
    const spec = structuredClone(await exampleSpec('islington.json')) as { indicators: Array<Record<string, unknown>>; data: Array<Record<string, unknown>> };
    spec.indicators[0]!['polarity'] = 'higher is better';
    spec.data[1]!['value'] = 'seven';
    const page = await open(`<wellbeing-wheel><script type="application/json">${toInlineJson(spec)}</script></wellbeing-wheel>`, (doc) =>
      alertOf(doc.querySelector('wellbeing-wheel')).length > 0,
    );
    try {
      const text = alertOf(page.doc.querySelector('wellbeing-wheel'));
      expect(text).to.include('The spec has 2 problems.');
      expect(text).to.include('indicators[0].polarity: must be one of "higher-is-better", "lower-is-better", "no-judgement", got "higher is better"');
      expect(text).to.include('data[1].value: expected a number, got "seven"');
      expect(problemWordsRequested(page.win)).to.equal(true);
    } finally {
      page.close();
    }
  });

  it('a Welsh page: the problems said in Welsh from the Welsh words, without downloading the English ones', async () => {
    const spec = structuredClone(await exampleSpec('islington.json')) as { data: Array<Record<string, unknown>> };
    spec.data[1]!['value'] = 'seven';
    const page = await open(`<wellbeing-wheel lang="cy"><script type="application/json">${toInlineJson(spec)}</script></wellbeing-wheel>`, (doc) =>
      alertOf(doc.querySelector('wellbeing-wheel')).length > 0,
    );
    try {
      const text = alertOf(page.doc.querySelector('wellbeing-wheel'));
      expect(text).to.include('data[1].value');
      expect(text).not.to.include('expected a number');
      expect(problemWordsRequested(page.win)).to.equal(false);
    } finally {
      page.close();
    }
  });

  it('a field the library does not know: the wheel draws and the console says so, with a suggestion', async () => {
    const spec = structuredClone(await exampleSpec('islington.json')) as { indicators: Array<Record<string, unknown>> };
    const { polarity, ...indicator } = spec.indicators[0]!;
    spec.indicators[0] = { ...indicator, polarty: polarity };
    const page = await open(`<wellbeing-wheel><script type="application/json">${toInlineJson(spec)}</script></wellbeing-wheel>`, (doc) =>
      drawn(doc.querySelector('wellbeing-wheel')),
    );
    try {
      expect(page.win.warnings).to.deep.equal([
        '<wellbeing-wheel>: indicators[0].polarty: is not a field this library knows, so it is ignored; did you mean "polarity"?',
      ]);
    } finally {
      page.close();
    }
  });

  it('a wheel asked for an area the spec lacks: says so (its own words load with the problem words), never ready', async () => {
    const spec = await exampleSpec('islington.json');
    const page = await open(`<wellbeing-wheel area="nowhere"><script type="application/json">${toInlineJson(spec)}</script></wellbeing-wheel>`, (doc) =>
      alertOf(doc.querySelector('wellbeing-wheel')).length > 0,
    );
    try {
      expect(alertOf(page.doc.querySelector('wellbeing-wheel'))).to.include('area="nowhere" is not one of the areas');
      expect(page.win.events).to.deep.equal(['wellbeing-error']);
      expect(problemWordsRequested(page.win)).to.equal(true);
    } finally {
      page.close();
    }
  });

  it('an inline spec cut short by a </script>: says so', async () => {
    const page = await open('<wellbeing-wheel><script type="application/json">{ "version": 1, "title": "Trends </script> and gaps" }</script></wellbeing-wheel>', (doc) =>
      alertOf(doc.querySelector('wellbeing-wheel')).length > 0,
    );
    try {
      expect(alertOf(page.doc.querySelector('wellbeing-wheel'))).to.include('The spec ends early: a `</script>` inside it closes the block.');
    } finally {
      page.close();
    }
  });
});
