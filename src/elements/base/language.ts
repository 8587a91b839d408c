import { languageOf } from '../../i18n/index.js';

/**
 * The element's language (SPEC-v1, "The element's language"): the `lang` of the nearest ancestor
 * that has one, also across shadow roots (an element inside another component's shadow DOM takes
 * that component's language). An empty `lang=""` means "unknown" in HTML and is passed over.
 */
export function inheritedLang(element: Element): string {
  let node: Node | null = element.parentNode;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
      node = node.parentNode;
    } else if (node instanceof ShadowRoot) node = node.host;
    else node = node.parentNode;
  }
  return '';
}

/**
 * Calls `changed` when a `lang` attribute changes anywhere above the element: in its document and
 * in every shadow root between the document and the element. Returns a function that stops watching.
 */
export function watchAncestorLang(element: Element, changed: () => void): () => void {
  const observer = new MutationObserver(changed);
  let root: Node = element.getRootNode();
  for (;;) {
    observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
    if (!(root instanceof ShadowRoot)) break;
    root = root.host.getRootNode();
  }
  return () => observer.disconnect();
}

/**
 * The `lang` to put on what the element draws: its language when the library writes that language,
 * else English (the words are then English, and a screen reader must read them with an English voice).
 */
export function spokenLang(tag: string): string {
  const primary = tag.toLowerCase().split('-')[0];
  return languageOf(tag) === primary ? tag : 'en';
}
