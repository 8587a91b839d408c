/**
 * The script a page includes (dist/wellbeing-widgets.js): tiny, it loads an element's code when
 * its tag appears on the page (in the document, now or later) and defines it; elements already on
 * the page upgrade when their definition arrives (properties set before are kept, by Lit).
 *
 * Tags created by script and not yet attached (or inside another component's shadow root) are not
 * seen until attached to the document; `whenLoaded(tag)` or `loadAll()` load one or all at once.
 */
import { elementModules } from './elements/registry.js';

const pending = new Map<string, Promise<void>>();

/** Loads (once) and defines the element `tag`; resolves when it is defined. */
export function whenLoaded(tag: string): Promise<void> {
  const name = tag.toLowerCase();
  const load = elementModules[name];
  // not for readers: a page's author asked for a tag the library does not have (console, like a TypeError).
  if (!load) return Promise.reject(new Error(`wellbeing-widgets has no element <${name}>`));
  let promise = pending.get(name);
  if (!promise) {
    promise = load().then(
      () => undefined,
      (error: unknown) => {
        pending.delete(name); // a failed download may be tried again
        throw error;
      },
    );
    pending.set(name, promise);
  }
  return promise;
}

/** Loads every element (e.g. before creating them in a shadow root the loader cannot watch). */
export function loadAll(): Promise<void> {
  return Promise.all(Object.keys(elementModules).map(whenLoaded)).then(() => undefined);
}

const tags = Object.keys(elementModules);
const selector = tags.join(',');

function scan(root: ParentNode): void {
  for (const tag of tags) {
    if (pending.has(tag)) continue;
    if ((root instanceof Element && root.localName === tag) || root.querySelector(tag)) void whenLoaded(tag).catch((error: unknown) => reportFailure(tag, error));
  }
}

function reportFailure(tag: string, error: unknown): void {
  console.error('wellbeing-widgets: could not load an element', error);
  // Said in the elements themselves, in their language, by a small module of its own (it may fail too).
  import('./elements/base/code-failure.js').then(
    (module) => module.showCodeFailure(tag, error),
    () => undefined,
  );
}

if (typeof document !== 'undefined') {
  scan(document);
  const observer = new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (node instanceof Element && (node.matches(selector) || node.firstElementChild)) scan(node);
      }
    }
    // Once every element is loaded there is nothing left to watch for.
    if (pending.size === tags.length) observer.disconnect();
  });
  observer.observe(document, { childList: true, subtree: true });
}
