import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { LoadError } from '../../data/errors.js';
import { DEFAULT_MAX_BYTES, DEFAULT_TIMEOUT_MS, isSuperseded } from '../../data/fetch-limits.js';
import { loadSpec, problemWordsFor, type SpecSource } from '../../data/load.js';
import { dataViewKey, type DataView } from '../../data/data-view.js';
import { loadMessages, messagesFor, messagesLoaded, problemWordsLoaded, type Messages } from '../../i18n/index.js';
import { inheritedLang, spokenLang, watchAncestorLang } from './language.js';
import { Model } from '../../model/model.js';
import { inlineJsonCut, type InlineJsonCut } from '../../spec/inline-json.js';
import type { SpecIssue } from '../../spec/issues.js';
import type { LoadedSpec, SpecInput } from '../../spec/schema.js';
import { baseStyles } from '../../render/base-styles.js';

export type ElementState = 'idle' | 'loading' | 'error' | 'ready';

/** Colours: `light` (default), `dark`, or `auto` (follows the reader's `prefers-color-scheme`). */
export type ColorTheme = 'light' | 'dark' | 'auto';

type HeadingOptions = { id?: string; className?: string; part?: string };
/** One plain template per heading level (Lit's static-html, which would make the tag a value, is a module more on every page). */
const HEADINGS: readonly ((content: unknown, o: HeadingOptions) => TemplateResult)[] = [
  (content, o) => html`<h1 id=${o.id ?? nothing} class=${o.className ?? nothing} part=${o.part ?? nothing}>${content}</h1>`,
  (content, o) => html`<h2 id=${o.id ?? nothing} class=${o.className ?? nothing} part=${o.part ?? nothing}>${content}</h2>`,
  (content, o) => html`<h3 id=${o.id ?? nothing} class=${o.className ?? nothing} part=${o.part ?? nothing}>${content}</h3>`,
  (content, o) => html`<h4 id=${o.id ?? nothing} class=${o.className ?? nothing} part=${o.part ?? nothing}>${content}</h4>`,
  (content, o) => html`<h5 id=${o.id ?? nothing} class=${o.className ?? nothing} part=${o.part ?? nothing}>${content}</h5>`,
  (content, o) => html`<h6 id=${o.id ?? nothing} class=${o.className ?? nothing} part=${o.part ?? nothing}>${content}</h6>`,
];

/** The `heading-level` attribute as a level 1 to 6 (2 when missing or not a number). */
export function headingLevelOf(value: unknown): number {
  const level = Math.round(Number(value));
  return Number.isFinite(level) && level >= 1 ? Math.min(6, level) : 2;
}

/** Detail of `wellbeing-error`. */
export interface WellbeingErrorDetail {
  message: string;
  issues: SpecIssue[];
  url?: string | undefined;
  status?: number | undefined;
}

/** A problem with what the element was asked to show (not with the spec itself). */
export class ViewError extends Error {
  readonly issues: SpecIssue[];
  constructor(message: string, issues: SpecIssue[] = []) {
    super(message);
    this.name = 'ViewError';
    this.issues = issues;
  }
}

const MAX_LISTED_ISSUES = 12;

/**
 * What every element shares: reading its spec from one of the four sources of SPEC-v1, the
 * loading, error and drawn states, the three events and the language of its words.
 *
 * Subclasses implement `renderView()` (Lit) and may implement `draw()` for work after the DOM
 * exists (a Vega chart); `wellbeing-ready` fires once both are done.
 */
export abstract class WellbeingElement extends LitElement {
  static override styles = [baseStyles];

  /** URL of a spec (JSON). Relative URLs resolve against the page. */
  src: string | null = null;

  /** The spec as a JavaScript object; takes precedence over `src` and an inline script. */
  spec: SpecInput | object | null = null;

  /**
   * Language of the element's words (BCP 47, e.g. `en`, `cy`). Without it: the nearest ancestor's
   * `lang` (also across shadow roots), then the spec's `lang`, then English. Declared without a default (see `properties` below) so that an element
   * never writes an empty `lang=""`, which would tell screen readers its language is unknown.
   */
  declare lang: string;
  // Lit's reactive properties, declared here rather than with decorators, so a page with only a wheel
  // (which declares its own the same way) carries none of the decorators' code. Plain class fields do
  // not hide Lit's accessors because tsconfig.json sets useDefineForClassFields to false.
  // `attribute: false` on internal state is Lit's default already: it tells the manifest (docs/elements.md) too.
  static override properties: PropertyDeclarations = {
    lang: { reflect: true },
    src: { reflect: true },
    spec: { attribute: false },
    timeout: { type: Number },
    maxSize: { type: Number, attribute: 'max-size' },
    headingLevel: { type: Number, attribute: 'heading-level' },
    colorTheme: { reflect: true, attribute: 'theme' },
    state: { state: true, attribute: false },
    model: { state: true, attribute: false },
    failure: { state: true, attribute: false },
  };

  /** Seconds to wait for `src` (and any data URL) before giving up. */
  timeout = DEFAULT_TIMEOUT_MS / 1000;

  /** Largest spec or data file accepted, in megabytes. */
  maxSize = DEFAULT_MAX_BYTES / (1024 * 1024);

  /**
   * Level of the element's top heading (1 to 6; default 2, under a page's `h1`). Headings inside the
   * element go one level deeper, so the element fits the page's outline.
   */
  headingLevel = 2;

  /**
   * Colours: `light` (default), `dark`, or `auto` to follow the reader's system setting. Named
   * `colorTheme` as a property (`theme` as an attribute) so it cannot clash with an element's own members.
   */
  colorTheme: ColorTheme | null = null;

  /** Where the element is: waiting for a spec, loading it, showing an error, or drawn. */
  protected state: ElementState = 'idle';
  protected model: Model | undefined;
  protected failure: WellbeingErrorDetail | undefined;

  private loadToken = 0;
  private loadController: AbortController | undefined;
  private inlineObserver: MutationObserver | undefined;
  /** The inline JSON last loaded: other changes inside the element (a CMS adding white space) do not reload. */
  private loadedInlineText: string | undefined;
  /** The source the last load started from (see sourceIdentity). */
  private loadedFrom: unknown;
  private drawToken = 0;
  /** The current error came from the view (attributes), not from loading the spec. */
  private viewFailed = false;
  /** The slice of a data service the current load asked for (its data URLs are templates), else undefined. */
  private loadedView: string | undefined;

  /** Properties whose change means the visual must be drawn again. */
  protected static redrawProperties: readonly string[] = [];

  /** The spec as loaded, its text in every language it gives: the model is made from it for one language. */
  private loaded: LoadedSpec | undefined;
  /** The language the model (or the load error) was made in; a change of language makes them again. */
  private madeIn: string | undefined;
  /** The language of a load error's message when it came from the spec's own "lang". */
  private errorLang: string | undefined;
  private stopWatchingLang: (() => void) | undefined;
  /** The language of the last render (the loading and waiting words follow it too). */
  private renderedIn: string | undefined;

  /**
   * The element's language (SPEC-v1): its `lang`, else the nearest ancestor's (across shadow roots),
   * else the spec's, else `en`. Numbers, dates and every word follow it.
   */
  get language(): string {
    return this.lang || inheritedLang(this) || this.loaded?.lang || this.errorLang || 'en';
  }

  /** The messages in the element's language. */
  protected get messages(): Messages {
    return messagesFor(this.language);
  }

  /** Makes the model again when the language changed (text in several languages, numbers, words). */
  private followLanguage(): void {
    const language = this.language;
    if (this.madeIn === undefined || language === this.madeIn) return;
    // A language whose words are not loaded yet (Welsh, on demand): keep what is drawn until they arrive.
    if (!messagesLoaded(language)) return;
    this.madeIn = language;
    if (this.state === 'error' && !this.viewFailed) {
      this.startLoad(); // a load error's message is made while loading: load again to say it in this language
      return;
    }
    if (this.loaded) this.model = new Model(this.loaded, language);
    if (this.state === 'error' && this.viewFailed) {
      this.viewFailed = false;
      this.failure = undefined;
      this.state = 'ready';
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // CMS editors paste <script type="application/json"> inside the element; some CMSs insert it late.
    this.inlineObserver = new MutationObserver(() => {
      if (!this.spec && !this.src && this.inlineText() !== this.loadedInlineText) this.startLoad();
      else if (this.state !== 'ready') this.requestUpdate(); // fallback content came or went
    });
    this.inlineObserver.observe(this, { childList: true, characterData: true, subtree: true });
    // A page (or a component around the element) changing its lang redraws the element in that language.
    this.stopWatchingLang = watchAncestorLang(this, () => {
      if (this.language !== this.madeIn || this.language !== this.renderedIn) this.requestUpdate();
    });
    if (this.state === 'idle' || this.state === 'loading') this.startLoad();
    // Moved within the page (removed and added again): what draw() made was released on removal.
    else if (this.hasUpdated && this.state === 'ready') this.requestUpdate('model');
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.inlineObserver?.disconnect();
    this.inlineObserver = undefined;
    this.stopWatchingLang?.();
    this.stopWatchingLang = undefined;
    this.loadController?.abort();
    if (this.state === 'loading') this.state = 'idle';
    this.drawToken++;
    this.teardown();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Welsh is loaded when first asked for: draw again (once) when its words arrive.
    // (A failed download leaves English; loading the spec reports the failure.)
    if (!messagesLoaded(this.language)) void loadMessages(this.language).then(() => this.requestUpdate(), () => undefined);
    if (changed.has('src') || changed.has('spec') || changed.has('timeout') || changed.has('maxSize')) {
      // Before the first update, connectedCallback has loaded already, unless the spec or src came
      // later: set on an element not yet defined (the loader defines elements lazily), Lit applies
      // it only now.
      if (this.isConnected && (this.hasUpdated || this.loadedFrom !== this.sourceIdentity())) this.startLoad();
      return;
    }
    // Data read through URL templates is the slice for what the element shows: showing another
    // area, indicator or period asks for its slice (the newest load wins, as for a new src).
    if (this.loadedView !== undefined && this.isConnected && dataViewKey(this.dataView()) !== this.loadedView) {
      this.startLoad();
      return;
    }
    this.followLanguage();
    // A view error (e.g. an unknown area) is about attributes, not the spec: fixing the attribute
    // draws again without reloading.
    if (this.state === 'error' && this.viewFailed && this.model) {
      const redrawProperties = (this.constructor as typeof WellbeingElement).redrawProperties;
      if (['lang', ...redrawProperties].some((name) => (changed as PropertyValues).has(name))) {
        this.viewFailed = false;
        this.failure = undefined;
        this.state = 'ready';
      }
    }
  }

  private currentSource(): SpecSource | undefined {
    if (this.spec) return { kind: 'object', value: this.spec };
    if (this.src) return { kind: 'url', url: this.src };
    const text = this.inlineText();
    return text ? { kind: 'inline', text } : undefined;
  }

  /** The child <script type="application/json">, if there is one. */
  private inlineScript(): HTMLScriptElement | null {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** The text of a child <script type="application/json">, if there is one with content. */
  private inlineText(): string | undefined {
    const text = this.inlineScript()?.textContent;
    return text?.trim() ? text : undefined;
  }

  /** Whether HTML parsing cut the pasted spec short (a `</script>` or `<!--<script>` in it). */
  private inlineCut(text: string): InlineJsonCut | undefined {
    const next = this.inlineScript()?.nextSibling;
    return inlineJsonCut(text, next?.nodeType === Node.TEXT_NODE ? (next.textContent ?? '') : '');
  }

  /** Starts a load from the current source; a newer load always replaces one still in flight. */
  /** What the current source is (the spec object, the URL or the inline text), to tell whether it changed. */
  private sourceIdentity(): unknown {
    const source = this.currentSource();
    return source?.kind === 'object' ? source.value : source?.kind === 'url' ? source.url : source?.text;
  }

  private startLoad(): void {
    const source = this.currentSource();
    this.loadedFrom = this.sourceIdentity();
    this.loadedInlineText = source?.kind === 'inline' ? source.text : undefined;
    this.loadController?.abort();
    const token = ++this.loadToken;
    this.loadedView = undefined;
    if (!source) {
      // No spec yet: wait quietly (apps often set it after creating the element).
      this.state = 'idle';
      this.model = undefined;
      this.loaded = undefined;
      this.madeIn = undefined;
      this.removeAttribute('aria-busy');
      return;
    }
    const cut = source.kind === 'inline' ? this.inlineCut(source.text) : undefined;
    if (cut) {
      // Said in words, which explain a problem and so load with the first one (src/i18n/index.ts).
      this.state = 'loading';
      this.setAttribute('aria-busy', 'true');
      void problemWordsFor(this.messages).then(
        () => {
          const m = this.messages.inlineJson;
          if (token === this.loadToken) this.fail(new LoadError('broken-json', cut === 'closed-early' ? m.closedEarly : m.commentScript));
        },
        (error: unknown) => token === this.loadToken && this.fail(error),
      );
      return;
    }
    const controller = new AbortController();
    this.loadController = controller;
    this.state = 'loading';
    this.setAttribute('aria-busy', 'true');

    loadSpec(source, {
      baseUrl: document.baseURI,
      timeoutMs: this.timeout * 1000,
      maxBytes: this.maxSize * 1024 * 1024,
      signal: controller.signal,
      // The spec's own "lang" is the fallback when neither the element nor a parent has one.
      lang: this.lang || inheritedLang(this) || undefined,
      // Problems that do not stop drawing (a file not in UTF-8, an unknown field): for the page's author.
      onWarning: (issue) => console.warn(`<${this.localName}>: ${issue.path}: ${issue.message}`),
      // Asked only when a data URL is a template, once the spec is read.
      view: () => {
        const view = this.dataView();
        if (token === this.loadToken) this.loadedView = dataViewKey(view);
        return view;
      },
    }).then(
      (spec) => {
        if (token !== this.loadToken) return;
        this.loaded = spec;
        this.errorLang = undefined;
        this.madeIn = this.language;
        this.model = new Model(spec, this.madeIn);
        this.failure = undefined;
        this.state = 'ready';
        this.removeAttribute('aria-busy');
      },
      (error: unknown) => {
        if (token !== this.loadToken || isSuperseded(error)) return;
        this.loaded = undefined;
        this.model = undefined;
        this.errorLang = error instanceof LoadError ? error.lang : undefined;
        this.madeIn = this.language;
        this.fail(error);
      },
    );
  }

  /**
   * What the element shows, to fill `{indicator}`, `{area}` and `{period}` in data URLs: read from
   * the attributes the elements share (`indicator`, `area`, `compare`, `benchmark`, `period`). An
   * element whose attributes mean something else overrides it.
   */
  protected dataView(): DataView {
    const own = this as unknown as Record<string, unknown>;
    const text = (name: string) => (typeof own[name] === 'string' && own[name].trim() ? own[name].trim() : undefined);
    const codes = (name: string) => text(name)?.split(/[\s,]+/).filter(Boolean) ?? [];
    // An element without an `area` (the map) shows every area of the spec: it names none itself.
    const areas = 'area' in this ? [...codes('area'), ...codes('compare'), ...codes('benchmark')] : [];
    return { indicator: text('indicator'), areas, period: text('period'), usesSpecBenchmark: !text('compare') && !text('benchmark') };
  }

  /** Shows the error state and tells the page. */
  protected fail(error: unknown): void {
    // A part of the library's code that did not download is said in the element's language.
    if (error instanceof LoadError && error.kind === 'code') error = error.inLanguage(this.messages);
    const detail: WellbeingErrorDetail =
      error instanceof LoadError
        ? { message: error.message, issues: error.issues, url: error.url, status: error.status }
        : error instanceof ViewError
          ? { message: error.message, issues: error.issues }
          : { message: error instanceof Error ? error.message : String(error), issues: [] };
    this.failure = detail;
    this.viewFailed = !(error instanceof LoadError);
    this.state = 'error';
    this.removeAttribute('aria-busy');
    this.teardown();
    this.dispatchEvent(new CustomEvent<WellbeingErrorDetail>('wellbeing-error', { detail, bubbles: true, composed: true }));
  }

  /**
   * A heading `offset` levels below the element's `heading-level` (never deeper than h6): 0 for the
   * element's title, 1 for a heading inside it.
   */
  protected heading(offset: number, content: unknown, options: HeadingOptions = {}): TemplateResult {
    return HEADINGS[Math.min(5, headingLevelOf(this.headingLevel) - 1 + offset)]!(content, options);
  }

  /** Fires `wellbeing-select`. */
  protected select(detail: Record<string, string>): void {
    this.dispatchEvent(new CustomEvent('wellbeing-select', { detail, bubbles: true, composed: true }));
  }

  /**
   * True when the element holds fallback content: children other than its inline spec (a table, an
   * image) that the page wrote for readers without JavaScript.
   */
  private hasFallback(): boolean {
    return [...this.childNodes].some((node) =>
      node instanceof Element ? !(node instanceof HTMLScriptElement) : node.nodeType === Node.TEXT_NODE && !!node.textContent?.trim(),
    );
  }

  /**
   * The element's own children, shown through a slot until it draws and again when it fails, so a
   * page without JavaScript, a search engine or a failed load still has them. The drawn state
   * renders no slot: the fallback is then neither seen nor read (a screen reader hears the chart once).
   */
  private renderFallback(): TemplateResult {
    return html`<div class="fallback" part="fallback"><slot></slot></div>`;
  }

  /**
   * Everything drawn carries the element's language, so a screen reader switches voice (a Welsh
   * element on an English page, or a language that came from the spec rather than the page).
   */
  protected override render(): TemplateResult {
    this.renderedIn = this.language;
    return html`<div class="wb-lang" lang=${spokenLang(this.renderedIn)}>${this.renderState()}</div>`;
  }

  private renderState(): TemplateResult | typeof nothing {
    switch (this.state) {
      case 'idle':
      case 'loading': {
        const words = this.state === 'idle' ? html`<span class="visually-hidden">${this.messages.common.waiting}</span>` : this.messages.common.loading;
        // With fallback content the page already shows something the size of the data: no empty box.
        if (this.hasFallback()) return html`<p class="loading-line" part="placeholder">${words}</p>${this.renderFallback()}`;
        return html`<div class="placeholder" part="placeholder">${words}</div>`;
      }
      case 'error':
        return html`${this.renderError(this.failure!)}${this.hasFallback() ? this.renderFallback() : nothing}`;
      case 'ready': {
        try {
          return this.renderView(this.model!);
        } catch (error) {
          // A view that cannot be drawn (unknown indicator, no data for the area) is shown as an error.
          // In dist/ the words that say why load with the first problem (src/i18n/index.ts): until they
          // are here, the element is loading; then it draws again and says it.
          if (!problemWordsLoaded(this.messages)) {
            const token = this.loadToken;
            queueMicrotask(() => {
              this.state = 'loading';
              this.setAttribute('aria-busy', 'true');
            });
            problemWordsFor(this.messages).then(
              () => {
                if (token !== this.loadToken || this.state !== 'loading') return;
                this.removeAttribute('aria-busy');
                this.state = 'ready';
              },
              (failure: unknown) => token === this.loadToken && this.fail(failure),
            );
            return nothing;
          }
          queueMicrotask(() => this.fail(error));
          return nothing;
        }
      }
    }
  }

  private renderError(failure: WellbeingErrorDetail): TemplateResult {
    const m = this.messages.common;
    const listed = failure.issues.slice(0, MAX_LISTED_ISSUES);
    return html`<div class="error" role="alert" part="error">
      ${this.heading(0, m.errorHeading)}
      <p>${failure.message}</p>
      ${listed.length
        ? html`<p>${m.problemsHeading({ count: failure.issues.length })}</p>
            <ul>
              ${listed.map((issue) => html`<li><code>${issue.path}</code>: ${issue.message}</li>`)}
            </ul>
            ${failure.issues.length > listed.length ? html`<p>${m.moreProblems({ count: failure.issues.length - listed.length })}</p>` : nothing}`
        : nothing}
    </div>`;
  }

  protected override updated(changed: PropertyValues): void {
    if (this.state !== 'ready') return;
    const redrawProperties = (this.constructor as typeof WellbeingElement).redrawProperties;
    const needsDraw = ['state', 'model', 'lang', 'colorTheme', ...redrawProperties].some((name) => changed.has(name));
    if (!needsDraw) return;
    const token = ++this.drawToken;
    Promise.resolve()
      .then(() => this.draw())
      .then(
        () => {
          if (token !== this.drawToken || this.state !== 'ready') return;
          this.dispatchEvent(new CustomEvent('wellbeing-ready', { bubbles: true, composed: true }));
        },
        (error: unknown) => {
          if (token === this.drawToken) this.fail(error);
        },
      );
  }

  /** The drawn state's template. Throw a ViewError when the element cannot show what it was asked. */
  protected abstract renderView(model: Model): TemplateResult;

  /** Work after the template is in the DOM (e.g. a Vega chart). Default: nothing. */
  protected async draw(): Promise<void> {}

  /** Releases what `draw()` made (e.g. finalizes a Vega view). */
  protected teardown(): void {}
}
