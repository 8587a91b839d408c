import { adoptStyles, html, nothing, svg, type PropertyDeclarations, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { ViewError, WellbeingElement } from '../base/wellbeing-element.js';
import { defineElement } from '../define.js';
import { codeError, type LoadError } from '../../data/errors.js';
import type { Model } from '../../model/model.js';
import { baseStyles } from '../../render/base-styles.js';
import { safeHref } from '../../render/format.js';
import type { Measure, PlacedText } from './labels.js';
import { layoutWheel, MAX_DRAWN_DOMAINS, type SegmentLayout, type WheelLayout } from './layout.js';
import { isNavigationKey, nextSegment } from './navigation.js';
import { isStatusMode } from './status.js';
import { canvasMeasure } from './text-measure.js';
import type { PanelHost } from './panel.js';
import { buildWheelViewModel, capitalise, type DomainView, type IndicatorView, type WheelViewModel } from './view-model.js';
import { wheelStyles } from './wellbeing-wheel.styles.js';

/** Width used before the element has been measured (e.g. while hidden). */
const FALLBACK_SIZE = 400;

export { MAX_DRAWN_DOMAINS };

/** A touch screen is the main pointer (a phone or tablet): the help then says how to use it by touch. */
const isTouchScreen = () => typeof matchMedia === 'function' && matchMedia('(pointer: coarse)').matches;

type PanelModule = typeof import('./panel.js');
/** The panel's module, once loaded (see panel.ts): shared by every wheel on the page. */
let panelModule: PanelModule | undefined;
let panelLoading: Promise<PanelModule> | undefined;
const loadPanel = (): Promise<PanelModule> =>
  (panelLoading ??= import('./panel.js').then(
    (module) => (panelModule = module),
    (error: unknown) => {
      panelLoading = undefined; // the next opening tries again
      throw error;
    },
  ));

/**
 * A wellbeing framework drawn as a wheel: the centre (usually personal wellbeing), one ring of
 * domains or two where domains have `children`, and an optional outer band of `factors`. Each
 * domain's band shows how its indicators compare with the benchmark for the chosen area and period
 * (or their recent trend, with `status="trend"`): one cell per indicator, by colour and letter, with
 * the counts in words in the segment's accessible name, the key and the panel. Choosing a domain
 * (click, Enter or Space) opens a panel with its statement and indicators.
 *
 * Keyboard: one Tab stop; Left/Right move clockwise/anticlockwise round a ring, Down to the outer
 * ring, Up to the inner ring, Home/End to the ring's first/last domain; Enter or Space opens a
 * domain (again closes it); Escape closes the panel and returns focus to the domain.
 *
 * Draws with Lit SVG only: it never loads the charting runtime.
 *
 * @summary Any wellbeing framework as an accessible, responsive wheel, coloured by how the area compares.
 * @tag wellbeing-wheel
 *
 * @attr src - URL of a spec (JSON).
 * @attr area - Area code to show. Default: the first area in `areas` that is not the benchmark and has data for the framework's indicators.
 * @attr benchmark - Area code to compare with. Default: the spec's `benchmark`.
 * @attr period - Period to show, as written in the data (`2022-04-01/P1Y`) or as read (`2022/23`). Default: each indicator's latest period with a value for the area.
 * @attr selected - Id of the chosen domain; its panel is open while set.
 * @attr status - `benchmark` (default): compare with the benchmark; `trend`: the recent trend (improving, no change, worsening).
 * @attr show-statements - Also show the centre's statement (inside the centre when it fits, else under the wheel).
 * @attr indicator-hint - What choosing an indicator in the panel does on your page, shown above the indicators (none by default: the wheel cannot know).
 * @attr lang - Language of the element's words.
 *
 * @fires wellbeing-select - A person chose a domain (`detail: { domain }`) or an indicator in the panel (`detail: { indicator, area, period }`).
 * @fires wellbeing-ready - The wheel has been drawn.
 * @fires wellbeing-error - The spec could not be loaded or the wheel cannot show what was asked (`detail: { message, issues }`).
 *
 * @csspart title - The line above the wheel naming the framework, area and benchmark.
 * @csspart wheel - The SVG.
 * @csspart centre - The centre circle and its label.
 * @csspart segment - Each domain segment (a button); the chosen one also has `segment-selected`.
 * @csspart segment-selected - The chosen domain's segment.
 * @csspart label - A domain's label inside its segment.
 * @csspart factors - The outer band of factors.
 * @csspart summary - The summary sentence.
 * @csspart legend - What the colours and letters mean.
 * @csspart key - The domains in words, shown when some labels or letters did not fit.
 * @csspart panel - The chosen domain's panel.
 * @csspart panel-close - The panel's close button.
 * @csspart indicator - An indicator's button in the panel.
 * @csspart table-disclosure - The `<details>` holding the data table.
 * @csspart table - The data table.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message.
 *
 * @cssprop --wb-color-text - Text and outlines. Default #0b0c0c.
 * @cssprop --wb-color-background - Background. Default #ffffff.
 * @cssprop --wb-color-muted - Secondary text and segment edges. Default #505a5f.
 * @cssprop --wb-color-border - Borders of the panel and table. Default #b1b4b6.
 * @cssprop --wb-color-focus - Focus ring. Default #ffdd00 (drawn over a dark ring).
 * @cssprop --wb-color-focus-text - Dark ring round the focus ring. Default #0b0c0c.
 * @cssprop --wb-color-link - Links, indicator buttons, the chosen segment's tint. Default #1d70b8.
 * @cssprop --wb-font-family - Font of every word, including the wheel's labels.
 * @cssprop --wb-font-size - Base font size. Default 1rem.
 * @cssprop --wb-wheel-max-size - Largest width of the wheel. Default 40rem.
 * @cssprop --wb-wheel-segment-fill - Segment background. Default: 5% text colour on the background.
 * @cssprop --wb-wheel-segment-hover-fill - Segment background under the pointer.
 * @cssprop --wb-wheel-selected-fill - The chosen segment's background.
 * @cssprop --wb-wheel-segment-stroke - Segment edges. Default: the muted colour.
 * @cssprop --wb-wheel-centre-fill - The centre's background.
 * @cssprop --wb-wheel-factor-fill - The factors band's background.
 * @cssprop --wb-status-better - Better than the benchmark. Default #1b7837.
 * @cssprop --wb-status-similar - Similar to the benchmark. Default #b8860b.
 * @cssprop --wb-status-worse - Worse than the benchmark. Default #c0392b.
 * @cssprop --wb-status-higher - Higher, for indicators without a judgement. Default #1f4e9c.
 * @cssprop --wb-status-lower - Lower, for indicators without a judgement. Default #5b8fd0.
 * @cssprop --wb-status-not-compared - Not compared (no interval, no benchmark value). Default #767676.
 * @cssprop --wb-status-quintile-best - Quintiles with a polarity, best fifth; likewise `-quintile-better`, `-quintile-middle-judged`, `-quintile-worse`, `-quintile-worst`. Defaults: Fingertips' purples (docs/theming.md).
 * @cssprop --wb-status-quintile-lowest - Quintiles without a judgement, lowest fifth; likewise `-quintile-low`, `-quintile-middle`, `-quintile-high`, `-quintile-highest`.
 * @cssprop --wb-status-improving - Trend getting better. Default: the better colour.
 * @cssprop --wb-status-no-change - No significant change. Default: the similar colour.
 * @cssprop --wb-status-worsening - Trend getting worse. Default: the worse colour.
 * @cssprop --wb-status-increasing - Increasing, for indicators without a judgement. Default: `--wb-status-not-judged`, else the higher colour.
 * @cssprop --wb-status-decreasing - Decreasing, for indicators without a judgement. Default: `--wb-status-not-judged`, else the lower colour.
 * @cssprop --wb-status-cannot-calculate - Trend cannot be calculated (too few points, or no confidence intervals). Default: the not-compared colour.
 * @cssprop --wb-status-no-data - No value for the period. Default #ffffff.
 * @cssprop --wb-status-better-text - The letter drawn on a status colour; likewise `--wb-status-<status>-text` for every status above. Default: black or white, whichever has the higher contrast on the colour.
 */
export class WellbeingWheel extends WellbeingElement {
  static override styles = [baseStyles, wheelStyles];

  protected static override redrawProperties = ['area', 'benchmark', 'period', 'status', 'showStatements', 'indicatorHint'];

  // Lit's reactive properties (with the base element's, which Lit adds), declared without decorators: see the base element.
  static override properties: PropertyDeclarations = {
    area: { reflect: true },
    benchmark: { reflect: true },
    period: { reflect: true },
    selected: { reflect: true },
    status: { reflect: true },
    indicatorHint: { attribute: 'indicator-hint' },
    showStatements: { type: Boolean, reflect: true, attribute: 'show-statements' },
    size: { state: true, attribute: false },
    activeId: { state: true, attribute: false },
    tableOpen: { state: true, attribute: false },
  };

  /** Area code to show; default: the first area that is not the benchmark and has data. */
  area: string | null = null;

  /** Area code to compare with; default: the spec's `benchmark`. */
  benchmark: string | null = null;

  /** Period to show (as in the data, or as read, e.g. `2022/23`); default: each indicator's latest. */
  period: string | null = null;

  /** Id of the chosen domain; its panel is open while set. */
  selected: string | null = null;

  /** The panel's module could not be downloaded (said where the panel goes). */
  private panelFailure: LoadError | undefined;

  /** `benchmark` (default) or `trend`: what the colours show. */
  status: string | null = null;

  /**
   * What choosing an indicator in the panel does on this page (e.g. "Choose an indicator to see its
   * trend below."), shown above the list. The wheel cannot know what a page does with
   * `wellbeing-select`, so without this it promises nothing.
   */
  indicatorHint: string | null = null;

  /** Also show the centre's statement. */
  showStatements = false;

  /** Width of the drawing in CSS pixels, from a ResizeObserver. */
  private size = 0;
  /** The segment that holds the Tab stop (roving tabindex). */
  private activeId = '';
  private tableOpen = false;

  private resizeObserver: ResizeObserver | undefined;
  private observedBox: Element | undefined;
  private measure: { font: string; measure: Measure } | undefined;
  private viewCache: { key: unknown[]; view: WheelViewModel } | undefined;
  private layoutCache: { key: unknown[]; layout: WheelLayout } | undefined;
  /** The panel's styles are in this wheel's shadow root (see renderPanel). */
  private panelStylesAdopted = false;

  override connectedCallback(): void {
    super.connectedCallback();
    // Back on the page after being moved: watch the size again.
    if (this.hasUpdated) void this.updateComplete.then(() => this.observeSize());
  }

  protected override teardown(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedBox = undefined;
  }

  protected override async draw(): Promise<void> {
    this.observeSize();
    // Draw at the real width before saying we are ready.
    const width = Math.round(this.renderRoot.querySelector('.wheel-box')?.getBoundingClientRect().width ?? 0);
    if (width > 0 && width !== this.size) {
      this.size = width;
      await this.updateComplete;
    }
    // A wheel drawn with `selected` is ready once its panel is drawn too (see getUpdateComplete).
    if (this.selected && !panelModule) await this.updateComplete;
  }

  private observeSize(): void {
    const box = this.renderRoot.querySelector('.wheel-box');
    if (!box || box === this.observedBox) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver((entries) => {
      const width = Math.round(entries[entries.length - 1]!.contentRect.width);
      if (width > 0 && width !== this.size) this.size = width;
    });
    this.resizeObserver.observe(box);
    this.observedBox = box;
  }

  // ---- view model and layout (pure modules; cached per inputs) ----

  private viewFor(model: Model): WheelViewModel {
    const m = this.messages.wheel;
    if (this.status && !isStatusMode(this.status)) throw new ViewError(m.error.unknownStatus({ value: this.status }));
    const lang = this.language;
    const key = [model, this.area, this.benchmark, this.period, this.status, lang, this.messages];
    if (!this.viewCache || key.some((k, i) => k !== this.viewCache!.key[i])) {
      const view = buildWheelViewModel(
        model,
        { area: this.area, benchmark: this.benchmark, period: this.period, status: (this.status as 'benchmark' | 'trend' | null) ?? 'benchmark', lang },
        this.messages,
      );
      this.viewCache = { key, view };
    }
    const view = this.viewCache.view;
    if (this.selected && !view.domains.has(this.selected)) {
      throw new ViewError(m.error.unknownSelected({ id: this.selected, options: [...view.domains.keys()].join(', ') }));
    }
    return view;
  }

  private layoutFor(view: WheelViewModel): WheelLayout {
    const style = getComputedStyle(this);
    const font = style.fontFamily;
    if (!this.measure || this.measure.font !== font) this.measure = { font, measure: canvasMeasure(font) };
    const size = this.size || Math.round(this.getBoundingClientRect().width) || FALLBACK_SIZE;
    // The reader's text size (the browser's setting, or --wb-font-size): the wheel's words grow with it.
    const textScale = (Number.parseFloat(style.fontSize) || 16) / 16;
    const key = [view, size, this.showStatements, font, textScale];
    if (!this.layoutCache || key.some((k, i) => k !== this.layoutCache!.key[i])) {
      const layout = layoutWheel({
        size,
        rings: view.rings,
        centre: view.centre,
        showStatement: this.showStatements,
        factors: view.factors,
        measure: this.measure.measure,
        textScale,
      });
      this.layoutCache = { key, layout };
    }
    return this.layoutCache.layout;
  }

  /** The segment holding the Tab stop: the chosen one, else the last focused, else the first. */
  private tabStop(layout: WheelLayout): string {
    const drawn = (id: string | null) => Boolean(id && layout.segments.some((s) => s.id === id));
    if (drawn(this.activeId)) return this.activeId;
    if (drawn(this.selected)) return this.selected!;
    return layout.segments[0]?.id ?? '';
  }

  // ---- interaction ----

  private segmentElement(id: string): SVGGElement | undefined {
    return [...this.renderRoot.querySelectorAll<SVGGElement>('.segment')].find((g) => g.dataset['id'] === id);
  }

  private segmentFrom(event: Event): SVGGElement | undefined {
    return event.composedPath().find((node): node is SVGGElement => node instanceof SVGGElement && node.classList.contains('segment'));
  }

  private focusSegment(id: string): void {
    this.segmentElement(id)?.focus();
    this.activeId = id;
  }

  /** Opens a domain's panel (or closes it when it is already open), as a person chose. */
  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new choice, the reader's or the page's (`selected`), tries the panel's download again.
    if (changed.has('selected')) this.panelFailure = undefined;
  }

  private choose(id: string, by: 'pointer' | 'keyboard' = 'keyboard'): void {
    this.activeId = id;
    if (this.selected === id) {
      this.selected = null;
      return;
    }
    this.selected = id;
    this.select({ domain: id });
    void this.revealPanel(by);
  }

  /**
   * A panel opened out of sight (below the wheel on a phone or at 400% zoom) is scrolled into view, so
   * something visible happens. After a tap or click it also takes the focus, so the reader's place
   * follows what they see (Escape brings focus back to the domain); from the keyboard, focus stays on
   * the domain, whose name now says it is expanded, and Tab leads on into the panel.
   */
  private async revealPanel(by: 'pointer' | 'keyboard'): Promise<void> {
    await this.updateComplete;
    const panel = this.renderRoot.querySelector<HTMLElement>('#panel');
    if (!panel) return;
    const box = panel.getBoundingClientRect();
    const inView = box.top >= 0 && box.top < window.innerHeight - Math.min(box.height, 48) && box.left >= 0 && box.right <= window.innerWidth;
    if (inView) return;
    panel.scrollIntoView({ block: by === 'pointer' ? 'start' : 'nearest' });
    if (by === 'pointer') panel.focus({ preventScroll: true });
  }

  private async closePanel(): Promise<void> {
    const id = this.selected;
    this.selected = null;
    await this.updateComplete;
    // The panel (and the focus in it) is gone: put focus back on its domain.
    if (id) this.focusSegment(id);
  }

  private onWheelKeydown = (event: KeyboardEvent): void => {
    const segment = this.segmentFrom(event);
    const id = segment?.dataset['id'];
    if (!id) return;
    if (isNavigationKey(event.key)) {
      event.preventDefault();
      const layout = this.layoutCache?.layout;
      const view = this.viewCache?.view;
      if (!layout || !view) return;
      const drawn = new Set(layout.segments.map((s) => s.id));
      const next = nextSegment(view.rings.map((ring) => ring.filter((d) => drawn.has(d.id))), id, event.key);
      if (next) this.focusSegment(next);
    } else if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      // A held key must not open and close the panel over and over.
      if (!event.repeat) this.choose(id);
    } else if (event.key === 'Escape' && this.selected) {
      // Handled here: a dialog the wheel sits in should not close as well.
      event.preventDefault();
      event.stopPropagation();
      void this.closePanel();
    }
  };

  private onWheelClick = (event: MouseEvent): void => {
    const id = this.segmentFrom(event)?.dataset['id'];
    // detail is 0 for a click made by the keyboard or by script.
    if (id) this.choose(id, event.detail > 0 ? 'pointer' : 'keyboard');
  };

  private onWheelFocusin = (event: FocusEvent): void => {
    const id = this.segmentFrom(event)?.dataset['id'];
    if (id && id !== this.activeId) this.activeId = id;
  };

  private onPanelKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      void this.closePanel();
    }
  };

  private chooseIndicator(view: WheelViewModel, indicator: IndicatorView): void {
    const detail: Record<string, string> = { indicator: indicator.id, area: view.area.code };
    if (indicator.period) detail['period'] = indicator.period;
    this.select(detail);
  }

  private async chooseChild(id: string): Promise<void> {
    this.choose(id);
    await this.updateComplete;
    this.segmentElement(id)?.focus();
  }

  // ---- rendering ----

  protected override renderView(model: Model): TemplateResult {
    const view = this.viewFor(model);
    const domainCount = view.rings.reduce((sum, ring) => sum + ring.length, 0);
    if (domainCount > MAX_DRAWN_DOMAINS) return this.renderTooMany(view, domainCount);
    const layout = this.layoutFor(view);
    const m = this.messages.wheel;
    const selected = this.selected ? view.domains.get(this.selected) : undefined;
    const source = model.spec.source;
    const sourceHref = safeHref(source?.url, document.baseURI);
    return html`<div class="layout ${selected ? 'has-panel' : ''}">
      <div class="wheel-column">
        <p class="title" part="title">${view.accessibleName}</p>
        <div class="wheel-box" @keydown=${this.onWheelKeydown} @click=${this.onWheelClick} @focusin=${this.onWheelFocusin}>
          ${this.renderWheel(view, layout)}
        </div>
        <p class="keyboard-help" id="keyboard-help">
          ${m.keyboardHelp}${layout.segments.some((s) => s.ring > 0) ? ` ${m.keyboardHelpRings}` : ''}${isTouchScreen() ? ` ${m.touchHelp}` : ''}
        </p>
        <p class="summary ${view.areaHasData ? '' : 'no-data'}" id="summary" part="summary">${view.summary}</p>
        ${this.showStatements && view.centre.statement && !layout.centre.statement
          ? html`<p class="centre-note">${view.centre.label}: ${view.centre.statement}</p>`
          : nothing}
        ${this.renderLegend(view)} ${layout.needsKey ? this.renderKey(view, layout) : nothing}
      </div>
      ${selected ? this.renderPanel(view, selected) : nothing}
    </div>
    ${this.renderTable(view)}
    ${source
      ? html`<p class="source">${this.messages.common.source}: ${sourceHref ? html`<a href=${sourceHref}>${source.name}</a>` : source.name}</p>`
      : nothing}`;
  }

  /** A framework with more domains than a wheel can show readably: say so, and open the table. */
  private renderTooMany(view: WheelViewModel, count: number): TemplateResult {
    const m = this.messages.wheel;
    return html`<p class="title" part="title">${view.accessibleName}</p>
      <p class="too-many" part="too-many">${m.tooManyDomains({ count, max: MAX_DRAWN_DOMAINS })}</p>
      <p class="summary ${view.areaHasData ? '' : 'no-data'}" part="summary">${view.summary}</p>
      ${this.renderTable(view, true)}`;
  }

  private renderWheel(view: WheelViewModel, layout: WheelLayout): TemplateResult {
    const { size } = layout;
    const tabStop = this.tabStop(layout);
    const focused = layout.segments.find((s) => s.id === tabStop);
    const chosen = layout.segments.find((s) => s.id === this.selected);
    return html`<svg
      class="wheel"
      part="wheel"
      viewBox="0 0 ${size} ${size}"
      width=${size}
      height=${size}
      role="group"
      aria-label=${this.messages.wheel.wheelGroup({ count: layout.segments.length })}
      aria-describedby="summary keyboard-help"
    >
      ${layout.factorBand ? this.renderFactors(view, layout) : nothing} ${this.renderCentre(view, layout)}
      ${this.renderRings(view, layout, tabStop)}
      <g class="bands" aria-hidden="true">
        ${layout.segments.filter((s) => s.band).map((s) => this.renderBand(s))}
      </g>
      ${chosen ? svg`<path class="selected-indicator" aria-hidden="true" d=${chosen.path}></path>` : nothing}
      ${focused
        ? svg`<path class="focus-indicator-outer" aria-hidden="true" d=${focused.path}></path><path class="focus-indicator" aria-hidden="true" d=${focused.path}></path>`
        : nothing}
    </svg>`;
  }

  /**
   * The segments; with two rings, each ring is a named group and an outer segment's name says which
   * domain it belongs to, so a screen reader hears the framework's shape, not a flat list.
   */
  private renderRings(view: WheelViewModel, layout: WheelLayout, tabStop: string): SVGTemplateResult {
    const m = this.messages.wheel;
    const indexed = layout.segments.map((s, index) => ({ s, index }));
    // A plain list, not Lit's keyed repeat (a chunk of its own): segments keep their order while the spec stays.
    const segmentsOf = (ring: number) =>
      indexed.filter(({ s }) => s.ring === ring).map(({ s, index }) => this.renderSegment(view.domains.get(s.id)!, s, index, s.id === tabStop, view));
    const twoRings = layout.segments.some((s) => s.ring > 0);
    if (!twoRings) return svg`${segmentsOf(0)}`;
    return svg`<g role="group" aria-label=${m.innerRing}>${segmentsOf(0)}</g><g role="group" aria-label=${m.outerRing}>${segmentsOf(1)}</g>`;
  }

  private renderSegment(domain: DomainView, s: SegmentLayout, index: number, isTabStop: boolean, view: WheelViewModel): SVGTemplateResult {
    const isSelected = this.selected === domain.id;
    const parent = s.ring > 0 && domain.parentId ? view.domains.get(domain.parentId) : undefined;
    const name = parent ? this.messages.wheel.partOf({ name: domain.accessibleName, parent: parent.label }) : domain.accessibleName;
    return svg`<g
      class="segment ${isSelected ? 'is-selected' : ''} ${domain.hasData ? '' : 'no-data'}"
      part=${isSelected ? 'segment segment-selected' : 'segment'}
      id=${`segment-${index}`}
      data-id=${domain.id}
      role="button"
      tabindex=${isTabStop ? '0' : '-1'}
      aria-label=${s.keyNumber ? `${s.keyNumber} ${name}` : name}
      aria-expanded=${isSelected ? 'true' : 'false'}
      aria-controls=${isSelected ? 'panel' : nothing}
    >
      <path class="segment-shape" d=${s.path}></path>
      ${s.label ? this.renderLines(s.label, 'label', 'label') : nothing}
      ${s.curvedLabel
        ? svg`<text class="label curved" part="label" aria-hidden="true" font-size=${s.curvedLabel.fontSize} dominant-baseline="central">${s.curvedLabel.lines.map(
            (line, i) =>
              svg`<textPath href=${`#label-arc-${index}-${i}`} startOffset="50%" text-anchor="middle">${line.text}</textPath>${i < s.curvedLabel!.lines.length - 1 ? ' ' : ''}`,
          )}</text>${s.curvedLabel.lines.map((line, i) => svg`<path class="label-arc" id=${`label-arc-${index}-${i}`} d=${line.path}></path>`)}`
        : nothing}
      ${s.marker
        ? svg`<circle class="marker-ring" cx=${s.marker.x} cy=${s.marker.y} r=${s.marker.fontSize * 0.95}></circle><text class="marker" aria-hidden="true" x=${s.marker.x} y=${s.marker.y} font-size=${s.marker.fontSize} text-anchor="middle" dominant-baseline="central">${s.marker.text}</text>`
        : nothing}
    </g>`;
  }

  /**
   * A segment's status band: a cell per indicator (or per status) with its letter. Drawn in a layer
   * of its own so the button's visible text is its label alone (WCAG 2.5.3, label in name); the
   * counts are in the button's name in words.
   */
  private renderBand(s: SegmentLayout): SVGTemplateResult {
    return svg`<g class="band" data-for=${s.id}>${s.band!.cells.map(
      (cell) => svg`<path class=${`cell status-${cell.status}`} d=${cell.path}></path>${cell.letters.map(
        (letter) =>
          svg`<text class=${`cell-letter letter-${cell.status}`} x=${letter.x} y=${letter.y} font-size=${letter.fontSize} text-anchor="middle" dominant-baseline="central">${letter.text}</text>`,
      )}`,
    )}</g>`;
  }

  /** Lines of text centred on the placed block. */
  private renderLines(text: PlacedText, className: string, part?: string): SVGTemplateResult {
    const step = text.fontSize * text.lineHeight;
    const top = text.y - text.height / 2 + step / 2;
    // The words are in the group's accessible name already; hidden here so they are not read twice.
    const turn = text.rotate ? `rotate(${Math.round(text.rotate * 100) / 100} ${text.x} ${text.y})` : nothing;
    return svg`<text class=${className} part=${part ?? nothing} aria-hidden="true" transform=${turn} font-size=${text.fontSize} text-anchor="middle" dominant-baseline="central">${text.lines.map(
      (line, i) => svg`<tspan x=${text.x} y=${top + i * step} dominant-baseline="central">${line}</tspan>${i < text.lines.length - 1 ? ' ' : ''}`,
    )}</text>`;
  }

  private renderCentre(view: WheelViewModel, layout: WheelLayout): SVGTemplateResult {
    const { cx, cy, centre } = layout;
    return svg`<g class="centre" part="centre" role="img" aria-label=${view.centre.accessibleName}>
      <circle class="centre-shape" cx=${cx} cy=${cy} r=${centre.r}></circle>
      ${centre.label ? this.renderLines(centre.label, 'centre-label') : nothing}
      ${centre.statement ? this.renderLines(centre.statement, 'centre-statement') : nothing}
    </g>`;
  }

  private renderFactors(view: WheelViewModel, layout: WheelLayout): SVGTemplateResult {
    return svg`<g class="factors" part="factors" role="img" aria-label=${view.factorsText ?? nothing}>
      ${layout.factors.map(
        (f, i) => svg`<path class="factor-shape" d=${f.path}></path>
          <path class="factor-arc" id=${`factor-arc-${i}`} d=${f.textPath}></path>
          <text class="factor-label" font-size=${f.fontSize} dominant-baseline="central"><textPath href=${`#factor-arc-${i}`} startOffset="50%" text-anchor="middle">${f.text}</textPath></text>`,
      )}
    </g>`;
  }

  private renderLegend(view: WheelViewModel): TemplateResult {
    const m = this.messages.wheel;
    const heading =
      view.mode === 'trend' ? m.legendTrend : view.benchmark ? m.legendBenchmark({ benchmark: view.benchmark.name }) : m.legendNoBenchmark;
    return html`<div class="legend" part="legend">
      <p>${heading}</p>
      <ul>
        ${view.legend.map(
          (entry) => html`<li>
            <svg class="swatch" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              <path class=${`cell status-${entry.status}`} d="M1.5 1.5H22.5V22.5H1.5Z"></path>
              ${entry.letter
                ? svg`<text class=${`cell-letter letter-${entry.status}`} x="12" y="12.5" font-size="14" text-anchor="middle" dominant-baseline="central">${entry.letter}</text>`
                : nothing}
            </svg>
            <span>${entry.text}</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  /** The domains in words, for when some labels are numbers or some letters did not fit. */
  private renderKey(view: WheelViewModel, layout: WheelLayout): TemplateResult {
    const m = this.messages.wheel;
    const truncatedFactors = layout.factors.some((f) => f.truncated);
    return html`<div class="key" part="key">
      <p>${m.numberedHeading}</p>
      <ul>
        ${layout.segments.map((s) => {
          const domain = view.domains.get(s.id)!;
          return html`<li>${s.keyNumber ? html`<strong>${s.keyNumber}</strong> ` : nothing}${domain.label}: ${domain.statusText}</li>`;
        })}
      </ul>
      ${truncatedFactors && view.factorsText ? html`<p class="factors-note">${view.factorsText}</p>` : nothing}
    </div>`;
  }

  /**
   * The chosen domain's panel, from its own module: loaded now if it is not yet, then drawn. If the
   * module cannot be downloaded, the panel's place says so (the next choice, by the reader or the page, tries again).
   */
  private renderPanel(view: WheelViewModel, domain: DomainView): TemplateResult | typeof nothing {
    if (!panelModule) {
      if (this.panelFailure) {
        return html`<p class="panel-failure" id="panel" role="alert" tabindex="-1">${this.panelFailure.inLanguage(this.messages).message}</p>`;
      }
      loadPanel().then(
        () => this.requestUpdate(),
        (error: unknown) => {
          this.panelFailure = codeError('panel', error);
          this.requestUpdate();
        },
      );
      return nothing;
    }
    if (!this.panelStylesAdopted) {
      // The panel's styles came with its module: added to this wheel's own (constructed sheets, CSP-safe).
      adoptStyles(this.renderRoot as ShadowRoot, [...(this.constructor as typeof WellbeingWheel).elementStyles, panelModule.panelStyles]);
      this.panelStylesAdopted = true;
    }
    const host: PanelHost = {
      messages: this.messages,
      indicatorHint: this.indicatorHint,
      specSource: this.model?.spec.source,
      heading: (offset, content, options) => this.heading(offset, content, options),
      onKeydown: this.onPanelKeydown,
      close: () => void this.closePanel(),
      chooseChild: (id) => void this.chooseChild(id),
      chooseIndicator: (indicator) => this.chooseIndicator(view, indicator),
    };
    return panelModule.renderPanel(host, view, domain);
  }

  /** Done when the panel is drawn too: its module may still have been on its way. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    // Once the panel's module has loaded, the update it asked for draws the panel: wait for that too.
    if (this.selected && !panelModule && panelLoading && (await panelLoading.then(() => true, () => false))) done = await super.getUpdateComplete();
    return done;
  }

  private renderTable(view: WheelViewModel, open = false): TemplateResult {
    const m = this.messages.wheel;
    const common = this.messages.common;
    const pathOf = (domain: DomainView): string => {
      const parent = domain.parentId ? view.domains.get(domain.parentId) : undefined;
      return parent ? `${pathOf(parent)} › ${domain.label}` : domain.label;
    };
    return html`<details class="data" part="table-disclosure" ?open=${open} @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${this.tableOpen || open ? common.hideTable : common.showTable}</summary>
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
        <table part="table">
          <caption id="table-caption">
            ${m.tableCaption({ title: view.title, area: view.area.name, period: view.periodText })}
          </caption>
          <thead>
            <tr>
              <th scope="col">${m.tableDomain}</th>
              <th scope="col">${m.tableStatement}</th>
              <th scope="col">${m.tableIndicator}</th>
              <th scope="col">${m.period}</th>
              <th scope="col" class="number">${m.value}</th>
              <th scope="col">${m.interval}</th>
              <th scope="col" class="number">${view.benchmark ? view.benchmark.name : m.noBenchmarkColumn}</th>
              <th scope="col">${m.comparison}</th>
              <th scope="col">${m.trend}</th>
            </tr>
          </thead>
          ${[...view.domains.values()].map((domain) => {
            const rows = domain.indicators.length ? domain.indicators : [undefined];
            return html`<tbody>
              ${rows.map(
                (v, i) => html`<tr>
                  ${i === 0
                    ? html`<th scope="rowgroup" rowspan=${rows.length}>${pathOf(domain)}</th>
                        <td rowspan=${rows.length}>${domain.statement ?? ''}</td>`
                    : nothing}
                  ${v
                    ? html`<td>${v.title}</td>
                        <td>${v.periodText}</td>
                        <td class="number">${v.valueText}</td>
                        <td>${v.intervalText ?? common.notAvailable}</td>
                        <td class="number">${view.benchmark ? v.benchmarkText : common.notAvailable}</td>
                        <td>${capitalise(v.comparisonText)}</td>
                        <td>${capitalise(v.trendText)}</td>`
                    : html`<td colspan="7">${m.tableNoIndicators}</td>`}
                </tr>`,
              )}
            </tbody>`;
          })}
        </table>
      </div>
    </details>`;
  }
}

defineElement('wellbeing-wheel', WellbeingWheel);

declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-wheel': WellbeingWheel;
  }
}
