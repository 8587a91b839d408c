// Storybook preview: defines the elements, feeds the custom-elements manifest to controls and
// autodocs, and adds two toolbars: the theme (light, dark, high contrast) and the page language.
import { setCustomElementsManifest } from '@storybook/web-components';
import type { Decorator, Preview } from '@storybook/web-components-vite';
import { withActions } from 'storybook/actions/decorator';
import { html } from 'lit';
import manifest from '../custom-elements.json';
import '../examples/themes.css';
import { IndicatorTrend, InequalityGap, WellbeingWheel } from '../src/index.js';
import { normaliseManifest, type Manifest } from './manifest.js';
import './preview.css';

setCustomElementsManifest(normaliseManifest(manifest as Manifest));

// Defined here by name, not only by importing the library for its side effects: package.json's
// `sideEffects` lists lib/ and dist/ only, so a production build (storybook build) would otherwise
// drop the src/ modules that call defineElement().
for (const [tag, element] of [
  ['wellbeing-wheel', WellbeingWheel],
  ['indicator-trend', IndicatorTrend],
  ['inequality-gap', InequalityGap],
] as const) {
  if (!customElements.get(tag)) customElements.define(tag, element);
}

const ELEMENT_SELECTOR = 'wellbeing-wheel, indicator-trend, inequality-gap, area-map, wellbeing-chart';

/** Every element of the library in `root`, looking inside shadow roots (the playground has its own). */
function elementsIn(root: ParentNode): HTMLElement[] {
  const found: HTMLElement[] = [];
  for (const el of root.querySelectorAll<HTMLElement>('*')) {
    if (el.matches(ELEMENT_SELECTOR)) found.push(el);
    else if (el.shadowRoot) found.push(...elementsIn(el.shadowRoot));
  }
  return found;
}

/**
 * Gives every element in the story the toolbar's language, unless the story set `lang` itself.
 * The elements read their own `lang` before the spec's, so setting the page's language is not enough.
 */
function applyLanguage(root: ParentNode, locale: string): void {
  for (const el of elementsIn(root)) {
    const own = el.getAttribute('lang');
    if (own && !el.hasAttribute('data-lang-from-toolbar')) continue;
    if (own !== locale) el.setAttribute('lang', locale);
    el.setAttribute('data-lang-from-toolbar', '');
  }
}

const withThemeAndLanguage: Decorator = (story, context) => {
  const theme = String(context.globals['theme'] ?? 'light');
  const locale = String(context.globals['locale'] ?? 'en');
  document.documentElement.lang = locale;
  // On a story's own canvas the whole page takes the theme; on a docs page only each story's box does.
  document.body.classList.remove('wb-theme-light', 'wb-theme-dark', 'wb-theme-high-contrast');
  if (context.viewMode === 'story') document.body.classList.add(`wb-theme-${theme}`);
  // After Storybook has put the story in the DOM (and again once loaders and inner elements have
  // rendered): give its elements the language.
  requestAnimationFrame(() => applyLanguage(document, locale));
  setTimeout(() => applyLanguage(document, locale), 500);
  return html`<div class="wb-story-root wb-theme-${theme}" lang=${locale}>${story()}</div>`;
};

const preview: Preview = {
  tags: ['autodocs'],
  decorators: [withThemeAndLanguage, withActions],
  globalTypes: {
    theme: {
      description: 'Colour theme (sets the --wb-* custom properties)',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
          { value: 'high-contrast', title: 'High contrast' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Language of the elements’ words',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [
          { value: 'en', right: 'en', title: 'English' },
          { value: 'cy', right: 'cy', title: 'Cymraeg (Welsh)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', locale: 'en' },
  parameters: {
    controls: { expanded: true, sort: 'requiredFirst' },
    // The three events of SPEC-v1 appear in the Actions panel.
    actions: { handles: ['wellbeing-ready', 'wellbeing-error', 'wellbeing-select'] },
    a11y: { test: 'error' },
    docs: { toc: true },
    options: {
      storySort: { order: ['Introduction', 'Elements', 'Playground', 'States', 'Theming', '*'] },
    },
  },
};

export default preview;
