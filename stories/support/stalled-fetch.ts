/**
 * Lets a story show the real loading state: a `src` ending in `#never-answers` is fetched by a
 * request that stays pending until the element abandons it (a static Storybook has no slow server).
 * Every other request goes to the real `fetch`. Storybook only: the library never does this.
 */
export const NEVER_ANSWERS = '#never-answers';

const marker = Symbol.for('wellbeing-widgets.stalled-fetch');

/** Installs the stalling `fetch` once (called by the story, not on import, so no build can drop it). */
export function installStalledFetch(): void {
  const patched = window as unknown as Record<symbol, boolean>;
  if (patched[marker]) return;
  patched[marker] = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input: RequestInfo | URL, init?: RequestInit): Promise<Response> => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!url.endsWith(NEVER_ANSWERS)) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('The request was abandoned.', 'AbortError')), { once: true });
    });
  };
}
