/**
 * Loads an example page (examples/*.html) in an iframe from the test server, records what a
 * visitor's browser would report (uncaught errors, rejected promises, CSP violations, and each
 * element's wellbeing-ready / wellbeing-error), waits for every element to settle, and runs axe
 * inside the page.
 */
import type { AxeResults, Result } from 'axe-core';

export const ELEMENT_SELECTOR = 'wellbeing-wheel, indicator-trend, inequality-gap, area-map, wellbeing-chart';

export interface ElementError {
  message: string;
  issues: Array<{ path: string; message: string }>;
  url?: string;
  status?: number;
}

export interface ExamplePage {
  iframe: HTMLIFrameElement;
  win: Window;
  doc: Document;
  /** Uncaught errors and unhandled rejections, as text. */
  errors: string[];
  /** Content Security Policy violations: the directive and what was blocked. */
  violations: string[];
  /** How many times each element fired wellbeing-ready. */
  readyCount: Map<Element, number>;
  /** The last wellbeing-error of each element. */
  failures: Map<Element, ElementError>;
  /** Every wellbeing-select, in order. */
  selections: Array<{ target: Element; detail: Record<string, string> }>;
  elements(): Element[];
  close(): void;
}

const RECORDER = Symbol.for('wellbeing-widgets.example-recorder');

function describeError(event: Event): string {
  if (event instanceof ErrorEvent) return `${event.message} (${event.filename}:${event.lineno})`;
  const reason = (event as PromiseRejectionEvent).reason;
  return `Unhandled rejection: ${reason instanceof Error ? `${reason.name}: ${reason.message}` : String(reason)}`;
}

function record(win: Window, page: Omit<ExamplePage, 'win' | 'doc' | 'elements' | 'close'>): void {
  const flagged = win as unknown as Record<symbol, boolean>;
  if (flagged[RECORDER]) return;
  flagged[RECORDER] = true;
  win.addEventListener('error', (event) => page.errors.push(describeError(event)), true);
  win.addEventListener('unhandledrejection', (event) => page.errors.push(describeError(event)));
  win.addEventListener(
    'securitypolicyviolation',
    (event) => page.violations.push(`${event.violatedDirective}: ${event.blockedURI || '(inline)'} at ${event.sourceFile}:${event.lineNumber}`),
    true,
  );
  win.addEventListener(
    'wellbeing-ready',
    (event) => {
      const target = event.composedPath()[0] as Element;
      page.readyCount.set(target, (page.readyCount.get(target) ?? 0) + 1);
      page.failures.delete(target);
    },
    true,
  );
  win.addEventListener(
    'wellbeing-error',
    (event) => {
      const target = event.composedPath()[0] as Element;
      page.failures.set(target, (event as CustomEvent<ElementError>).detail);
    },
    true,
  );
  win.addEventListener(
    'wellbeing-select',
    (event) => page.selections.push({ target: event.composedPath()[0] as Element, detail: (event as CustomEvent).detail }),
    true,
  );
}

let buildChecked: Promise<void> | undefined;

/** Fails at once, saying what to do, when the library has not been built (the pages load dist/). */
function requireBuild(): Promise<void> {
  buildChecked ??= fetch('/dist/wellbeing-widgets.js', { method: 'HEAD' }).then((response) => {
    if (!response.ok) throw new Error('dist/wellbeing-widgets.js is missing: run `npm run build` before these tests (npm test does).');
  });
  return buildChecked;
}

/**
 * Opens `/examples/<name>` in an iframe `width` CSS pixels wide. Listeners are attached as soon as
 * the page's document exists, before its module scripts run, so no event is missed.
 */
export async function openExample(name: string, { width = 1024, height = 900 } = {}): Promise<ExamplePage> {
  await requireBuild();
  const iframe = document.createElement('iframe');
  iframe.title = `Example page ${name}`;
  iframe.style.cssText = `width:${width}px;height:${height}px;border:0;display:block`;
  const page = {
    iframe,
    errors: [] as string[],
    violations: [] as string[],
    readyCount: new Map<Element, number>(),
    failures: new Map<Element, ElementError>(),
    selections: [] as ExamplePage['selections'],
  };
  document.body.append(iframe);
  const url = new URL(`/examples/${name}`, location.href).href;
  const loaded = new Promise<void>((resolve) => iframe.addEventListener('load', () => resolve(), { once: true }));
  iframe.src = url;

  // Attach to the new document's window the moment it is committed (poll: no event tells the parent).
  await new Promise<void>((resolve, reject) => {
    const started = performance.now();
    const poll = () => {
      const win = iframe.contentWindow;
      let href = '';
      try {
        href = win?.location.href ?? '';
      } catch {
        // Not yet same-origin readable.
      }
      if (win && href === url) {
        record(win, page);
        resolve();
      } else if (performance.now() - started > 10000) reject(new Error(`${name} did not start loading`));
      else setTimeout(poll, 0);
    };
    poll();
  });
  await loaded;
  const win = iframe.contentWindow!;
  const doc = iframe.contentDocument!;
  return {
    ...page,
    win,
    doc,
    elements: () => [...doc.querySelectorAll(ELEMENT_SELECTOR)],
    close: () => iframe.remove(),
  };
}

/** A short description of an element for failure messages: its tag and attributes. */
export function describeElement(el: Element): string {
  const attributes = [...el.attributes]
    .filter((a) => !['aria-busy'].includes(a.name))
    .map((a) => `${a.name}="${a.value}"`)
    .join(' ');
  return `<${el.localName}${attributes ? ` ${attributes}` : ''}>`;
}

/** Waits until every element on the page has fired wellbeing-ready or wellbeing-error. */
export async function settled(page: ExamplePage, timeoutMs = 20000): Promise<void> {
  const started = performance.now();
  for (;;) {
    const pending = page.elements().filter((el) => !page.readyCount.has(el) && !page.failures.has(el));
    if (!pending.length) return;
    if (performance.now() - started > timeoutMs) {
      throw new Error(`Still not drawn after ${timeoutMs} ms: ${pending.map(describeElement).join(', ')}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Resolves when `el` next fires wellbeing-ready (counted by the page's recorder). */
export async function nextReady(page: ExamplePage, el: Element, timeoutMs = 15000): Promise<void> {
  const before = page.readyCount.get(el) ?? 0;
  const started = performance.now();
  while ((page.readyCount.get(el) ?? 0) <= before) {
    if (page.failures.has(el)) throw new Error(`${describeElement(el)} failed: ${page.failures.get(el)!.message}`);
    if (performance.now() - started > timeoutMs) throw new Error(`${describeElement(el)} did not redraw within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

type AxeInFrame = { run(context: Document, options: object): Promise<AxeResults> };

/**
 * Runs axe inside the page (the script is same-origin, so a `script-src 'self'` policy allows it)
 * and returns the serious and critical violations as readable lines.
 */
export async function seriousAxeFindings(page: ExamplePage): Promise<string[]> {
  const frameWindow = page.win as unknown as { axe?: AxeInFrame };
  if (!frameWindow.axe) {
    const script = page.doc.createElement('script');
    script.src = new URL('/node_modules/axe-core/axe.min.js', location.href).href;
    const loaded = new Promise((resolve, reject) => {
      script.addEventListener('load', resolve, { once: true });
      script.addEventListener('error', () => reject(new Error('axe-core did not load in the page')), { once: true });
    });
    page.doc.head.append(script);
    await loaded;
  }
  const results = await frameWindow.axe!.run(page.doc, { resultTypes: ['violations'] });
  return results.violations
    .filter((v: Result) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v: Result) =>
        `${v.id} (${v.impact}): ${v.help}: ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' > '))
          .join('; ')}`,
    );
}

/** True when the page scrolls sideways (it should reflow instead, down to 320 px). */
export function scrollsSideways(page: ExamplePage): boolean {
  const root = page.doc.documentElement;
  return root.scrollWidth > root.clientWidth + 1;
}

/** The text of the element's shadow root, folded as a screen reader would read it. */
export function shadowText(el: Element): string {
  return (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns `value`, or fails the test saying what was missing (chai's `.to.exist`, as a function). */
export function present<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`expected ${what}`);
  return value;
}
