/**
 * The one chart controller (a Lit ReactiveController) that <indicator-trend>, <inequality-gap> and
 * <wellbeing-chart> share, so a reader meets the same chart behaviour in each:
 * - drawing: charts on screen first, the rest in idle time; a newer draw or the element leaving the
 *   page drops the older view; everything (view, observers, listeners) is released on disconnect;
 * - one tab stop for the chart, then Left/Right (and Home/End) along a line, Up/Down between lines;
 *   Enter or Space choose (`wellbeing-select`);
 * - tooltips (WCAG 1.4.13): shown on keyboard focus and on hover, by the nearest point within 24 px
 *   (WCAG 2.5.8) rather than the tiny mark alone, and on a touch tap; the pointer can move onto them;
 *   they stay until Escape (focus does not move), or until focus or the pointer leaves; they never
 *   cover the point they describe;
 * - one polite live region saying the point the keyboard reached (never on hover), and, once the
 *   chart is drawn again after a change of data or attribute, what it shows now (never on the
 *   first drawing, never for a redraw that changes nothing, such as a new text size);
 * - the keyboard hint, with a touch hint where touch is used;
 * - chart text from the element's font size (at least 12 px), drawn again when the reader's text
 *   size changes; downloads' busy and done messages.
 * The pure logic (where keys go, which point a pointer means, where a tooltip goes) is in
 * chart-points.ts. The chart's own SVG is hidden from assistive technology: the element's words
 * (name, description, summary, table, live region) speak for it, not Vega's.
 */
import { css, html, nothing, type PropertyValues, type ReactiveController, type ReactiveElement, type TemplateResult } from 'lit';
import type { View } from 'vega';
import { drawWhenVisibleOrIdle } from './lazy-draw.js';
import { chartDownloadItems, downloadMenu, type DownloadFile, type DownloadFormat } from './downloads.js';
import type { Messages } from '../i18n/index.js';
import {
  chartTextSize,
  isNavigationKey,
  lineDirection,
  nearestPoint,
  nextPoint,
  samePoint,
  TARGET_SIZE,
  tooltipPlace,
  type Box,
  type ChartPoint,
} from './chart-points.js';

export type { ChartPoint };

/** What a drawn chart must offer the controller (src/render/vega.ts's Chart, or an embedded one). */
export interface DrawnChart {
  readonly view: View;
  finalize(): void;
}

export interface ChartControllerOptions<C extends DrawnChart> {
  /** The drawn chart's points, in the pixels of its SVG (0,0 at its top left). */
  points(chart: C): ChartPoint[];
  /** Where the keyboard starts when the chart gets focus (default: the first point). */
  start?(points: readonly ChartPoint[]): number;
  /** A point was chosen: fire `wellbeing-select` with this detail. */
  select(detail: Record<string, string>): void;
  /** The keyboard moved to a point, or left the chart (undefined): e.g. draw a guide line through it. */
  onActive?(chart: C, point: ChartPoint | undefined): void;
  /** Draw again (the reader's text size changed, or the width when `redrawOnResize`). */
  redraw(): void;
  /** Draw again when the chart's width changes by more than 16 px (charts that cannot follow a width themselves). */
  redrawOnResize?: boolean;
}

/** A column of a chart's data table: its heading, and whether it holds numbers (aligned right). */
export interface TableHeading {
  text: string;
  numeric?: boolean | undefined;
}

/** Words of a download's outcome, in the element's language. */
export interface DownloadWords {
  downloaded(p: { file: string }): string;
  downloadFailed(p: { detail: string }): string;
}

type Host = ReactiveElement & { readonly renderRoot: HTMLElement | DocumentFragment };

/**
 * The drawn SVG's height (its attribute: reading it lays nothing out) as the height the chart box
 * keeps while the browser skips its contents off screen (`content-visibility: auto`), so the page
 * below is laid out where it will be.
 */
function keepDrawnHeight(container: HTMLElement): void {
  const height = Number(container.querySelector('svg')?.getAttribute('height'));
  if (height > 0) container.style.containIntrinsicHeight = `auto ${height}px`;
}

/** Is this device used by touch? (A coarse pointer, or a touch seen on the chart.) */
const coarsePointer = () => typeof matchMedia === 'function' && matchMedia('(any-pointer: coarse)').matches;

export class ChartController<C extends DrawnChart> implements ReactiveController {
  /** The drawn chart, once drawn. */
  chart: C | undefined;
  /** What the live region says. */
  liveText = '';
  downloadStatus = '';
  downloadBusy = false;

  private readonly host: Host;
  private readonly options: ChartControllerOptions<C>;
  private sequence = 0;
  /** The point the keyboard is on (−1: none yet). */
  private active = -1;
  /** That point itself: found again in the new points when the chart is only drawn again. */
  private activePoint: ChartPoint | undefined;
  private touchSeen = false;
  private shown: { index: number; source: 'keyboard' | 'pointer' } | undefined;
  /** The point whose tooltip Escape dismissed: it stays hidden until the pointer or keyboard moves on. */
  private dismissed = -1;
  private cached: { key: string; points: ChartPoint[] } | undefined;
  private drawnTextSize = 0;
  private drawnWidth = 0;
  private resizeObserver: ResizeObserver | undefined;
  private observed: Element[] = [];
  private listening = false;
  /** A chart was drawn before: a change is worth saying from now on. */
  private drawnBefore = false;
  /** What to say once the chart is drawn again after a change (see `viewChanged`). */
  private changeSentence: (() => string | undefined) | undefined;

  constructor(host: Host, options: ChartControllerOptions<C>) {
    this.host = host;
    this.options = options;
    host.addController(this);
  }

  hostConnected(): void {
    this.resizeObserver = new ResizeObserver(() => this.onResize());
  }

  hostUpdated(): void {
    // Watch the chart box (width) and a 1em probe (the reader's text size) once they are rendered.
    const targets = [this.find('.chart'), this.find('.em-probe')].filter((e): e is HTMLElement => !!e);
    if (targets.length === this.observed.length && targets.every((t, i) => t === this.observed[i])) return;
    this.resizeObserver?.disconnect();
    this.observed = targets;
    for (const target of targets) this.resizeObserver?.observe(target);
  }

  hostDisconnected(): void {
    this.sequence++;
    this.release();
    // Vega's SVG renderer keeps the last SVG node it drew in a module variable until another chart
    // draws; through it, the view and the view's container stay reachable. With the container taken
    // out of the shadow root (a new empty one in its place) they no longer keep the element alive.
    // (Put back on the page, the element draws again.)
    const drawn = this.find('.chart > .vega');
    if (drawn) {
      const fresh = document.createElement('div');
      fresh.className = 'vega';
      fresh.setAttribute('aria-hidden', 'true');
      drawn.replaceWith(fresh);
    }
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observed = [];
  }

  /**
   * Call from the element's `willUpdate` with the properties that make a new view (its attributes,
   * `lang`, `model`). On such a change the keyboard starts again with no message, and once the new
   * chart is drawn the live region says `sentence()`, politely and once (never before the first
   * drawing). `model` marked changed without an old value is a redraw (text size, width, the element
   * moved in the page), not new data: it says nothing, and the keyboard stays on its point (same
   * series, same period) where that point is drawn again. `sentence` returns undefined
   * while the words of the element's language are still loading: it is asked again at the next drawing
   * (in that language), so a change of language is said once, in the new language.
   */
  viewChanged(changed: PropertyValues, names: readonly string[], sentence: () => string | undefined): void {
    const changes = names.filter((name) => changed.has(name));
    if (!changes.length) return;
    const real = changes.some((name) => name !== 'model' || changed.get(name) !== undefined);
    if (!real) return;
    this.reset();
    if (this.drawnBefore) this.changeSentence = sentence;
  }

  /** Starts again with no point chosen and no message (a new question, new data, a new language). */
  reset(): void {
    this.active = -1;
    this.activePoint = undefined;
    this.dismissed = -1;
    this.liveText = '';
    this.downloadStatus = '';
  }

  /** Chart text size in px for the element's font size (never below 12). */
  textSize(): number {
    return chartTextSize(parseFloat(getComputedStyle(this.host).fontSize));
  }

  /**
   * Draws with `make` into the chart box, once the element is on screen or the browser is idle;
   * finalizes the chart drawn before. Resolves to the chart, or undefined when a newer draw or the
   * element's removal overtook this one (the chart it made is then finalized at once).
   */
  async draw(make: (container: HTMLElement) => Promise<C>): Promise<C | undefined> {
    const sequence = ++this.sequence;
    this.release();
    if (!this.find('.chart > .vega')) return undefined;
    // Off-screen charts are drawn in turn in idle time: the next starts when this one has finished.
    return drawWhenVisibleOrIdle(this.host, async () => {
      const container = this.find('.chart > .vega');
      if (sequence !== this.sequence || !this.host.isConnected || !container) return undefined;
      this.drawnTextSize = this.textSize();
      this.drawnWidth = Math.floor(container.clientWidth);
      const chart = await make(container);
      if (sequence !== this.sequence || !this.host.isConnected || !container.isConnected) {
        chart.finalize();
        return undefined;
      }
      keepDrawnHeight(container);
      this.chart = chart;
      this.cached = undefined;
      this.drawn();
      return chart;
    });
  }

  /** A chart is drawn: the keyboard's point found again; after a change, say what it shows now (once). */
  private drawn(): void {
    this.drawnBefore = true;
    this.findKeptPoint();
    const text = this.changeSentence?.();
    if (text === undefined) return;
    this.changeSentence = undefined;
    this.liveText = text;
    this.host.requestUpdate();
  }

  /**
   * After a redraw, the keyboard's point in the new chart (−1 when it is gone); with focus still on
   * the chart, its ring and tooltip come back (the words are the same, so nothing is said again),
   * unless Escape had closed them.
   */
  private findKeptPoint(): void {
    // The old chart's indices mean nothing in the new one; a tooltip Escape closed stays closed.
    const wasDismissed = this.active >= 0 && this.dismissed === this.active;
    this.dismissed = -1;
    if (!this.activePoint) return;
    const index = samePoint(this.points(), this.activePoint);
    if (index < 0) {
      this.active = -1;
      this.activePoint = undefined;
    } else if (wasDismissed) this.active = this.dismissed = index;
    else if (this.find('.chart')?.matches(':focus-visible')) this.activate(index);
    else this.active = index;
  }

  /** Finalizes the chart and hides what belonged to it. Safe to call twice. */
  release(): void {
    this.chart?.finalize();
    this.chart = undefined;
    this.cached = undefined;
    this.hideTooltip();
    this.hideRing();
    this.listen(false);
  }

  /**
   * The chart's main message, shown above it: read as text where it stands, and again as part of the
   * chart's description (`describedBy: 'summary'`) when the reader reaches the chart. Not hidden from
   * assistive technology: a reader moving through the text (browse mode, a phone's swipe) may never
   * hear a description, and visible words must be reachable as words.
   */
  renderSummary(text: string): TemplateResult {
    return html`<p class="summary" part="summary" id="summary">${text}</p>`;
  }

  /**
   * The focusable chart box, its tooltip, focus ring and description (the chart's type and axes;
   * none when the author's own description is the summary). `describedBy`: ids of more words (the
   * summary). The chart's one description is these words, then the keyboard hint: the type and axes
   * (`hidden`) and the hint (`aria-hidden`: it is about keys that work on the chart) are heard only
   * there; the summary also as text (renderSummary).
   */
  renderChart(options: { label: string; description: string; describedBy?: string }): TemplateResult {
    return html`<div class="chart-frame tooltip-layer">
        <div
          class="chart"
          part="chart"
          tabindex="0"
          role="group"
          aria-label=${options.label}
          aria-describedby=${[options.description ? 'chart-description' : '', options.describedBy, 'chart-hint'].filter(Boolean).join(' ')}
          @keydown=${this.onKeydown}
          @focus=${this.onFocus}
          @blur=${this.onBlur}
          @pointermove=${this.onPointerMove}
          @pointerdown=${this.onPointerDown}
          @pointerleave=${this.onPointerLeave}
          @click=${this.onClick}
        >
          <div class="vega" aria-hidden="true"></div>
        </div>
        <div class="mark-focus" part="focus" hidden></div>
        <div class="wb-tooltip" role="tooltip" part="tooltip" hidden @pointerleave=${this.onTooltipLeave}></div>
        <span class="em-probe" aria-hidden="true"></span>
      </div>
      ${options.description ? html`<p hidden id="chart-description">${options.description}</p>` : nothing}`;
  }

  /** How to use the chart: the keyboard always, touch where touch is used (heard in the chart's description). */
  renderHint(keyboard: string, touch: string): TemplateResult {
    const touchText = this.touchSeen || coarsePointer() ? touch : '';
    return html`<p class="hint" id="chart-hint" part="hint" aria-hidden="true">${keyboard}${touchText ? html` <span class="touch-hint">${touchText}</span>` : nothing}</p>`;
  }

  /** The element's one live region (polite): the point the keyboard is on, or what a change now shows. */
  renderLive(): TemplateResult {
    return html`<p class="visually-hidden" id="live" part="live" aria-live="polite" aria-atomic="true">${this.liveText}</p>`;
  }

  /**
   * The bar under the chart: the button that shows and hides the table (when the element has one;
   * `tableOpen` and `onToggle`), then the download menu with the controller's busy and done messages.
   */
  renderActions(options: {
    words: Messages['common'];
    tableOpen?: boolean;
    onToggle?: () => void;
    download: (format: DownloadFormat) => void;
  }): TemplateResult {
    const { words, tableOpen, onToggle } = options;
    return html`<div class="actions">
      ${onToggle
        ? html`<button
            type="button"
            class="table-button"
            part="table-button"
            aria-expanded=${tableOpen ? 'true' : 'false'}
            aria-controls="table"
            @click=${onToggle}
          >
            ${tableOpen ? words.hideTable : words.showTable}
          </button>`
        : nothing}
      ${downloadMenu({
        label: words.downloads,
        items: chartDownloadItems(words),
        onChoose: options.download,
        status: this.downloadStatus,
        busy: this.downloadBusy,
      })}
    </div>`;
  }

  /**
   * The data table in its scrolling region (focusable and named by its caption, so it can be scrolled
   * by keyboard, and in Safari): the caption, a head row of `headings` (none: no head yet) and the
   * element's `body` (its `tbody`, as a template or a DOM node). Hidden while `hidden`.
   */
  renderTable(caption: string, headings: readonly TableHeading[], body: unknown, hidden = false): TemplateResult {
    return html`<div class="table-wrap" id="table" part="table" role="region" aria-labelledby="table-caption" tabindex="0" ?hidden=${hidden}>
      <table>
        <caption id="table-caption">${caption}</caption>
        ${headings.length
          ? html`<thead>
              <tr>
                ${headings.map((h) => html`<th scope="col" class=${h.numeric ? 'number' : ''}>${h.text}</th>`)}
              </tr>
            </thead>`
          : nothing}
        ${body}
      </table>
    </div>`;
  }

  /** Makes a file with `make` and offers it, saying so (or why not) beside the download menu. */
  async download(make: () => Promise<DownloadFile>, offer: (file: DownloadFile) => void, words: DownloadWords): Promise<void> {
    if (this.downloadBusy) return;
    this.downloadBusy = true;
    this.downloadStatus = '';
    this.host.requestUpdate();
    try {
      const file = await make();
      offer(file);
      this.downloadStatus = words.downloaded({ file: file.filename });
    } catch (error) {
      this.downloadStatus = words.downloadFailed({ detail: error instanceof Error ? error.message : String(error) });
    } finally {
      this.downloadBusy = false;
      this.host.requestUpdate();
    }
  }

  // ---- points ----

  private find<E extends Element = HTMLElement>(selector: string): E | null {
    return this.host.renderRoot?.querySelector<E>(selector) ?? null;
  }

  /** The chart's points in the layer's pixels (recomputed when the chart's size changes). */
  private points(): ChartPoint[] {
    const chart = this.chart;
    const svg = this.find('.chart svg');
    const layer = this.find('.chart-frame');
    if (!chart || !svg || !layer) return [];
    const s = svg.getBoundingClientRect();
    const l = layer.getBoundingClientRect();
    const dx = s.left - l.left;
    const dy = s.top - l.top;
    const key = `${chart.view.width()}x${chart.view.height()}@${dx},${dy}`;
    if (this.cached?.key !== key) {
      const points = this.options.points(chart).map((p) => ({ ...p, box: { ...p.box, x: p.box.x + dx, y: p.box.y + dy } }));
      this.cached = { key, points };
    }
    return this.cached.points;
  }

  private onResize(): void {
    this.cached = undefined;
    if (!this.chart) return;
    const container = this.find('.chart > .vega');
    const widthChanged = !!container && Math.abs(Math.floor(container.clientWidth) - this.drawnWidth) > 16;
    if (this.textSize() !== this.drawnTextSize || (this.options.redrawOnResize && widthChanged)) this.options.redraw();
  }

  // ---- keyboard ----

  private onFocus = (event: FocusEvent): void => {
    // A click focuses the chart too: the pointer has its own tooltip; this one serves the keyboard.
    if (!this.chart || !(event.target as Element).matches(':focus-visible')) return;
    const points = this.points();
    if (!points.length) return;
    if (this.active < 0 || this.active >= points.length) this.active = Math.max(0, this.options.start?.(points) ?? 0);
    this.activate(this.active);
  };

  private onBlur = (): void => {
    if (this.shown?.source === 'keyboard') this.hideTooltip();
    this.hideRing();
    if (this.chart) this.options.onActive?.(this.chart, undefined);
  };

  private onKeydown = (event: KeyboardEvent): void => {
    if (!this.chart) return;
    const points = this.points();
    if (isNavigationKey(event.key)) {
      if (!points.length) return;
      event.preventDefault();
      const start = this.options.start?.(points) ?? 0;
      this.activate(nextPoint(points, this.active, event.key, start, lineDirection(points)));
    } else if (event.key === 'Enter' || event.key === ' ') {
      const detail = points[this.active]?.select;
      if (!detail) return;
      event.preventDefault();
      this.options.select(detail);
    } else if (event.key === 'Escape') {
      this.dismiss();
    }
  };

  /** The keyboard is on a point: its tooltip, a ring round it, the element's own mark, and the words. */
  private activate(index: number): void {
    const point = this.points()[index];
    if (!point || !this.chart) return;
    this.active = index;
    this.activePoint = point;
    this.dismissed = -1;
    this.showTooltip(index, 'keyboard');
    this.showRing(point.box);
    this.options.onActive?.(this.chart, point);
    if (this.liveText !== point.sentence) {
      this.liveText = point.sentence;
      this.host.requestUpdate();
    }
  }

  /** Escape: the tooltip goes (and the keyboard's marks), focus stays where it is. */
  private dismiss(): void {
    if (!this.shown) return;
    this.dismissed = this.shown.index;
    const wasKeyboard = this.shown.source === 'keyboard';
    this.hideTooltip();
    if (wasKeyboard) {
      this.hideRing();
      if (this.chart) this.options.onActive?.(this.chart, undefined);
    }
  }

  // ---- pointer ----

  /** The point under a pointer event (the nearest within 24 px), or −1. */
  private hit(event: MouseEvent): number {
    const layer = this.find('.chart-frame');
    if (!layer) return -1;
    const box = layer.getBoundingClientRect();
    return nearestPoint(this.points(), event.clientX - box.left, event.clientY - box.top, TARGET_SIZE);
  }

  private onPointerMove = (event: PointerEvent): void => {
    if (!this.chart || event.pointerType === 'touch') return;
    const index = this.hit(event);
    this.find('.chart')?.classList.toggle('on-point', index >= 0);
    if (index < 0) {
      this.dismissed = -1;
      if (this.shown?.source === 'pointer') this.hideTooltip();
      return;
    }
    if (index === this.dismissed || (this.shown?.source === 'pointer' && this.shown.index === index)) return;
    this.dismissed = -1;
    this.showTooltip(index, 'pointer');
  };

  private onPointerDown = (event: PointerEvent): void => {
    if (event.pointerType !== 'touch' && event.pointerType !== 'pen') return;
    if (!this.touchSeen) {
      this.touchSeen = true;
      this.host.requestUpdate(); // the touch hint
    }
    if (!this.chart) return;
    const index = this.hit(event);
    if (index >= 0) this.showTooltip(index, 'pointer');
    else if (this.shown?.source === 'pointer') this.hideTooltip();
  };

  private onPointerLeave = (event: PointerEvent): void => {
    // Onto the tooltip: it stays (the pointer may rest on it to read it).
    const to = event.relatedTarget as Node | null;
    if (to && this.find('.wb-tooltip')?.contains(to)) return;
    this.find('.chart')?.classList.remove('on-point');
    if (event.pointerType !== 'touch' && this.shown?.source === 'pointer') this.hideTooltip();
    this.dismissed = -1;
  };

  private onTooltipLeave = (event: PointerEvent): void => {
    const to = event.relatedTarget as Node | null;
    if (to && this.find('.chart')?.contains(to)) return;
    if (this.shown?.source === 'pointer') this.hideTooltip();
  };

  private onClick = (event: MouseEvent): void => {
    if (!this.chart) return;
    const detail = this.points()[this.hit(event)]?.select;
    if (detail) this.options.select(detail);
  };

  /** Escape anywhere hides a tooltip shown by hover; a tap elsewhere hides one shown by a tap. */
  private onDocumentKey = (event: KeyboardEvent): void => {
    if (event.key === 'Escape') this.dismiss();
  };

  private onDocumentPointer = (event: PointerEvent): void => {
    const path = event.composedPath();
    const frame = this.find('.chart-frame');
    if (frame && path.includes(frame)) return;
    if (this.shown?.source === 'pointer') this.hideTooltip();
  };

  private listen(on: boolean): void {
    if (on === this.listening) return;
    this.listening = on;
    const method = on ? 'addEventListener' : 'removeEventListener';
    document[method]('keydown', this.onDocumentKey as EventListener, true);
    document[method]('pointerdown', this.onDocumentPointer as EventListener, true);
  }

  // ---- tooltip and focus ring ----

  private showTooltip(index: number, source: 'keyboard' | 'pointer'): void {
    const point = this.points()[index];
    const tooltip = this.find('.wb-tooltip');
    const layer = this.find('.chart-frame');
    if (!point || !tooltip || !layer) return;
    tooltip.replaceChildren(
      ...point.lines.map(([label, text]) => {
        const line = document.createElement('div');
        if (label) {
          const name = document.createElement('span');
          name.className = 'wb-tooltip-label';
          name.textContent = `${label}: `;
          line.append(name);
        }
        line.append(document.createTextNode(text));
        return line;
      }),
    );
    tooltip.hidden = point.lines.length === 0;
    // CSSOM (not a style attribute), so a `style-src 'self'` policy allows it.
    const place = tooltipPlace(point.box, { width: tooltip.offsetWidth, height: tooltip.offsetHeight }, { width: layer.clientWidth, height: layer.clientHeight });
    tooltip.style.transform = `translate(${place.left}px, ${place.top}px)`;
    this.shown = { index, source };
    this.listen(true);
  }

  private hideTooltip(): void {
    const tooltip = this.find('.wb-tooltip');
    if (tooltip) tooltip.hidden = true;
    this.shown = undefined;
    this.listen(false);
  }

  /** A ring round the keyboard's point: at least the 24 px target round a point mark. */
  private showRing(box: Box): void {
    const ring = this.find('.mark-focus');
    if (!ring) return;
    const width = Math.max(TARGET_SIZE, box.width + 6);
    const height = Math.max(TARGET_SIZE, box.height + 6);
    const x = box.x + box.width / 2 - width / 2;
    const y = box.y + box.height / 2 - height / 2;
    Object.assign(ring.style, { transform: `translate(${x}px, ${y}px)`, width: `${width}px`, height: `${height}px` });
    ring.hidden = false;
  }

  private hideRing(): void {
    const ring = this.find('.mark-focus');
    if (ring) ring.hidden = true;
  }
}

/** Styles of the controller's parts: the chart box, its focus, tooltip, ring, hint and text-size probe. */
export const chartControllerStyles = css`
  .chart-frame {
    position: relative;
    min-width: 0;
  }
  .chart {
    min-height: var(--wb-chart-min-height, 200px);
    width: 100%;
    border-radius: 2px;
  }
  /* The minimum height keeps the chart's place while it loads; once drawn, the chart is its own
     height (an unordered gap of two rows is shorter than 200 px). */
  .chart:has(svg) {
    min-height: 0;
  }
  .chart.on-point {
    cursor: pointer;
  }
  .chart:focus {
    outline: none;
  }
  .chart:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
    box-shadow: 0 0 0 5px var(--_focus-text);
  }
  .chart svg {
    display: block;
    max-width: 100%;
  }
  .vega {
    width: 100%;
    /* Off screen, the browser skips laying out and painting the chart's SVG until it comes near
       (drawn charts keep their height meanwhile: keepDrawnHeight). Thirty charts on a page were
       each laid out and painted again in the frames between the idle periods that draw them. */
    content-visibility: auto;
    contain-intrinsic-height: auto 0px;
  }
  .wb-tooltip {
    /* Hoverable (WCAG 1.4.13): the pointer can rest on it to read it. */
    pointer-events: auto;
  }
  .mark-focus {
    position: absolute;
    left: 0;
    top: 0;
    pointer-events: none;
    outline: 3px solid var(--_focus-text);
    box-shadow: 0 0 0 5px var(--_focus);
    border-radius: 2px;
  }
  .mark-focus[hidden] {
    display: none;
  }
  .em-probe {
    position: absolute;
    visibility: hidden;
    width: 1em;
    height: 1em;
    left: 0;
    top: 0;
    pointer-events: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-start;
    gap: 0.5rem;
  }
  .table-button {
    min-height: 44px;
    padding: 0.375rem 0.75rem;
    /* The muted colour: a button's edge needs 3:1 (the border colour has 2.1:1). */
    border: 1px solid var(--_muted);
    border-radius: 4px;
    background: var(--wb-button-background, transparent);
    cursor: pointer;
  }
  .table-wrap[hidden] {
    display: none;
  }
  .hint {
    margin: 0.25rem 0;
    font-size: 0.875em;
    color: var(--_muted);
  }
  @media (forced-colors: active) {
    .chart:focus-visible {
      outline-color: Highlight;
    }
    .mark-focus {
      outline-color: Highlight;
      box-shadow: none;
    }
    .table-button {
      border-color: ButtonText;
    }
  }
`;
