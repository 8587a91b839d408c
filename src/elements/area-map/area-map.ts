import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { classMap } from 'lit/directives/class-map.js';
import { repeat } from 'lit/directives/repeat.js';
import { ViewError, WellbeingElement } from '../base/wellbeing-element.js';
import { defineElement } from '../define.js';
import { LoadError } from '../../data/errors.js';
import { fetchJson } from '../../data/fetch.js';
import type { Model } from '../../model/model.js';
import {
  csvFile,
  downloadMenu,
  fileSlug,
  downloadMenuStyles,
  offerDownload,
  pngFile,
  svgFile,
  toCsv,
  type DownloadFile,
  type DownloadFormat,
} from '../../render/downloads.js';
import { safeHref } from '../../render/format.js';
import { colourAsHex, readToken } from '../../render/theme.js';
import { areasForYear, BoundaryError, boundaryProblemMessage, readBoundaries, type BoundaryArea, type BoundaryLayer } from './boundaries.js';
import { mapStyles } from './area-map.styles.js';
import { EXPORT_WIDTH, exportLayout, LETTER_PX, letteredAreas, mapCsv, mapExportNotes, mapSvgDocument, type ExportColours } from './map-export.js';
import { buildMapView, MAP_STATUS_ORDER, sortByValue, type MapArea, type MapStatus, type MapView } from './map-model.js';
import { directionOfKey, neighbourInDirection } from './neighbours.js';
import { fitShapes, ShapeCache, type ProjectedArea, type ProjectedMap } from './projection.js';
import { TEXTURE_SIZE, textures } from './textures.js';

/** Width used before the element has been measured (e.g. while hidden). */
const FALLBACK_WIDTH = 600;

interface LoadedBoundaries {
  key: string;
  url: string;
  layer: BoundaryLayer;
  /** Each outline projected once: a change of year, indicator or `within` only fits and writes paths. */
  shapes: ShapeCache<BoundaryArea>;
}

interface Drawing {
  projected: ProjectedMap;
  /** Position in `projected.areas` by code. */
  index: Map<string, number>;
  adjacency: number[][];
  /** Areas of the view with no outline this year. */
  notOnMap: MapArea[];
}

/** Parsed boundary files by URL: maps on one page (or one map redrawn) fetch a file once. */
const boundaryCache = new Map<string, Promise<unknown>>();

const fold = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLocaleLowerCase()
    .trim();

const capitalise = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/**
 * A map of areas (councils, regions) drawn from a boundary file, each coloured by how its value of
 * one indicator compares with the benchmark, with a texture and (where there is room) a letter so
 * colour is never alone. Areas without data are hatched and named as such. Usable without sight:
 * one Tab stop, arrow keys to the neighbouring area, a summary sentence, a search box and a table
 * sorted by value.
 *
 * Keyboard: Tab to the map; the arrow keys move to the neighbouring area in that direction (areas
 * sharing a border first); Home and End go to the first and last area in alphabetical order; Enter
 * or Space chooses the area (`wellbeing-select`, and `selected` is set).
 *
 * Drawn with Lit SVG; d3-geo projects and topojson-client reads the boundaries (about 25 KB
 * minified together, loaded only with this element).
 *
 * @summary A map of areas coloured by how each compares, usable by keyboard and screen reader.
 * @tag area-map
 *
 * @attr src - URL of a spec (JSON).
 * @attr indicator - Id of the indicator to map. Default: the spec's first indicator.
 * @attr period - Period to show, as written in the data (`2023-01-01/P1Y`) or as read (`2023`). Default: the latest with a value.
 * @attr boundaries - URL of a TopoJSON or GeoJSON file of the areas' outlines (fetched with the same time limit and size cap as `src`).
 * @attr layer - The TopoJSON object to draw. Default: the file's first.
 * @attr code-property - The feature property holding the area code. Default `areacd`.
 * @attr within - An area code: show only the areas whose `parent` is it (and compare them with it, when it has a value).
 * @attr benchmark - Area code to compare with. Default: the `within` area when it has a value, else the spec's `benchmark`.
 * @attr selected - Code of the chosen area (outlined); set when a person chooses one.
 * @attr attribution - Text shown under the map in place of the ONS and OS copyright lines (for boundaries from elsewhere).
 * @attr lang - Language of the element's words.
 *
 * @fires wellbeing-select - A person chose an area: `detail: { area }`.
 * @fires wellbeing-ready - The map has been drawn.
 * @fires wellbeing-error - The spec or the boundaries could not be loaded, or the map cannot show what was asked (`detail: { message, issues }`).
 * @fires wellbeing-download - A download was asked for (cancelable); `detail` is `{ format, filename, blob }`.
 *
 * @csspart title - The line above the map.
 * @csspart search - The search form; also `search-input`.
 * @csspart search-input - The search box.
 * @csspart current - The line naming the area under the pointer or focus.
 * @csspart map - The SVG.
 * @csspart area - Each area's outline (a button); the chosen one also has `area-selected`.
 * @csspart area-selected - The chosen area.
 * @csspart summary - The summary sentence.
 * @csspart legend - What the colours, textures and letters mean.
 * @csspart attribution - The copyright lines for the boundaries.
 * @csspart table-disclosure - The `<details>` holding the data table.
 * @csspart table - The data table.
 * @csspart downloads - The download menu; also `downloads-button`, `downloads-list`, `download-button`, `downloads-status`.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message.
 *
 * @cssprop --wb-color-text - Text. Default #0b0c0c.
 * @cssprop --wb-color-background - Background (also of downloaded images). Default #ffffff.
 * @cssprop --wb-color-muted - Secondary text. Default #505a5f.
 * @cssprop --wb-color-focus - Focus ring. Default #ffdd00 (drawn over a dark ring).
 * @cssprop --wb-map-max-height - Tallest the map is drawn. Default 40rem.
 * @cssprop --wb-map-area-stroke - Borders between areas. Default: the background colour.
 * @cssprop --wb-map-selected-stroke - Outline of the chosen area. Default: the text colour.
 * @cssprop --wb-map-no-data-hatch - Hatching of areas without data. Default #505a5f.
 * @cssprop --wb-status-better - Better than the benchmark. Default #1b7837.
 * @cssprop --wb-status-similar - Similar to the benchmark. Default #b8860b.
 * @cssprop --wb-status-worse - Worse than the benchmark. Default #c0392b.
 * @cssprop --wb-status-higher - Higher, for indicators without a judgement. Default #1f4e9c.
 * @cssprop --wb-status-lower - Lower, for indicators without a judgement. Default #5b8fd0.
 * @cssprop --wb-status-not-compared - Not compared. Default #767676.
 * @cssprop --wb-status-no-data - Background of areas without data. Default #ffffff.
 * @cssprop --wb-status-better-text - Letter and texture on a status colour; likewise for each status. Default: black or white, whichever reads.
 */
export class AreaMap extends WellbeingElement {
  static override styles = [...WellbeingElement.styles, downloadMenuStyles, mapStyles];

  protected static override redrawProperties = ['indicator', 'period', 'boundaries', 'layer', 'codeProperty', 'within', 'benchmark', 'attribution'];

  /** Id of the indicator to map; default: the spec's first. */
  @property({ reflect: true }) indicator: string | null = null;
  /** Period to show; default: the latest with a value. */
  @property({ reflect: true }) period: string | null = null;
  /** URL of a TopoJSON or GeoJSON boundary file. */
  @property({ reflect: true }) boundaries: string | null = null;
  /** TopoJSON object to draw; default: the first. */
  @property({ reflect: true }) layer: string | null = null;
  /** Feature property holding the area code. */
  @property({ reflect: true, attribute: 'code-property' }) codeProperty = 'areacd';
  /** Show only the areas whose `parent` is this code. */
  @property({ reflect: true }) within: string | null = null;
  /** Area to compare with; default: `within` (when it has a value), else the spec's benchmark. */
  @property({ reflect: true }) benchmark: string | null = null;
  /** Code of the chosen area. */
  @property({ reflect: true }) selected: string | null = null;
  /** Replaces the ONS and OS copyright lines under the map. */
  @property({ reflect: true }) attribution: string | null = null;

  @state() private geo: LoadedBoundaries | undefined;
  /** The area holding the Tab stop (roving tabindex). */
  @state() private activeCode = '';
  /** The area under the pointer, named above the map. */
  @state() private hoverCode = '';
  /** Map units per CSS pixel as drawn (the SVG keeps its shape inside its box), from a ResizeObserver. */
  @state() private unitsPerPixel = 0;
  @state() private tableOpen = false;
  @state() private searchStatus = '';
  @state() private downloadStatus = '';
  @state() private downloadBusy = false;

  private resizeObserver: ResizeObserver | undefined;
  private observedBox: Element | undefined;
  private viewCache: { key: unknown[]; view: MapView } | undefined;
  private drawingCache: { key: unknown[]; drawing: Drawing } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) void this.updateComplete.then(() => this.observeSize());
  }

  protected override teardown(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.observedBox = undefined;
  }

  // ---- boundaries ----

  private boundaryKey(): string | undefined {
    if (!this.boundaries) return undefined;
    return [new URL(this.boundaries, document.baseURI).href, this.layer ?? '', this.codeProperty].join('\n');
  }

  /** Loads and reads the boundary file named by the attributes (once per file); throws a ViewError that says what is wrong. */
  private async loadBoundaries(): Promise<void> {
    const m = this.messages.areaMap.errors;
    const key = this.boundaryKey();
    if (!key || !this.boundaries) throw new ViewError(m.noBoundaries);
    if (this.geo?.key === key) return;
    const url = key.split('\n')[0]!;
    const shownUrl = this.boundaries;
    this.setAttribute('aria-busy', 'true');
    try {
      let pending = boundaryCache.get(url);
      if (!pending) {
        pending = fetchJson(url, { timeoutMs: this.timeout * 1000, maxBytes: this.maxSize * 1024 * 1024, lang: this.language }).then((r) => r.json);
        boundaryCache.set(url, pending);
        pending.catch(() => boundaryCache.delete(url));
      }
      const json = await pending;
      const layer = readBoundaries(json, { layer: this.layer, codeProperty: this.codeProperty });
      if (this.boundaryKey() === key) this.geo = { key, url, layer, shapes: new ShapeCache() };
    } catch (error) {
      if (error instanceof LoadError) throw new ViewError(m.boundariesLoad({ detail: error.message }));
      if (error instanceof BoundaryError) throw new ViewError(boundaryProblemMessage(error.problem, shownUrl, this.messages));
      throw error;
    } finally {
      this.removeAttribute('aria-busy');
    }
  }

  protected override async draw(): Promise<void> {
    await this.loadBoundaries();
    await this.updateComplete;
    this.observeSize();
    // Draw at the real size (letters and textures depend on it) before saying we are ready.
    const measured = this.measure();
    if (measured && measured !== this.unitsPerPixel) {
      this.unitsPerPixel = measured;
      await this.updateComplete;
    }
    if (this.state !== 'ready') return;
    // A view error found while rendering the loaded map (e.g. an unknown `selected`).
    if (this.model) this.check(this.model);
  }

  /** Map units per CSS pixel of the drawn map, or 0 when it is not laid out (hidden). */
  private measure(): number {
    const map = this.renderRoot.querySelector<SVGSVGElement>('svg.map');
    const box = map?.viewBox.baseVal;
    if (!map || !box?.width) return 0;
    const { width, height } = map.getBoundingClientRect();
    if (!width || !height) return 0;
    // preserveAspectRatio "meet": the smaller scale wins.
    const scale = Math.min(width / box.width, height / box.height);
    return Math.round((1 / scale) * 1000) / 1000;
  }

  private observeSize(): void {
    const box = this.renderRoot.querySelector('svg.map');
    if (!box || box === this.observedBox) return;
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(() => {
      const measured = this.measure();
      if (measured && measured !== this.unitsPerPixel) this.unitsPerPixel = measured;
    });
    this.resizeObserver.observe(box);
    this.observedBox = box;
  }

  // ---- view model and drawing (pure modules; cached per inputs) ----

  private viewFor(model: Model, geo: LoadedBoundaries): MapView {
    const key = [model, geo, this.indicator, this.period, this.within, this.benchmark, this.language, this.messages];
    if (!this.viewCache || key.some((k, i) => k !== this.viewCache!.key[i])) {
      const layerCodes = new Set(geo.layer.areas.map((a) => a.code));
      const view = buildMapView(
        model,
        { indicator: this.indicator, period: this.period, within: this.within, benchmark: this.benchmark, lang: this.language, layerCodes },
        this.messages,
      );
      this.viewCache = { key, view };
    }
    return this.viewCache.view;
  }

  private drawingFor(view: MapView, geo: LoadedBoundaries): Drawing {
    const key = [view.areas.map((a) => a.code).join(), view.year, [...view.withRow].join(), geo];
    if (!this.drawingCache || key.some((k, i) => k !== this.drawingCache!.key[i])) {
      const codes = new Set(view.areas.map((a) => a.code));
      const chosen = areasForYear(geo.layer, codes, view.year, view.withRow);
      const projected = fitShapes(chosen.map((a) => ({ code: a.code, shape: geo.shapes.get(a, () => geo.layer.feature(a)) })));
      const index = new Map(projected.areas.map((a, i) => [a.code, i]));
      // Adjacency in the order of the projected areas (areas empty after projection are dropped).
      const kept = chosen.filter((a) => index.has(a.code));
      const adjacency = geo.layer.adjacency(kept);
      const notOnMap = view.areas.filter((a) => !index.has(a.code));
      this.drawingCache = { key, drawing: { projected, index, adjacency, notOnMap } };
    }
    return this.drawingCache.drawing;
  }

  /** Checks what depends on the drawing, so the error names the attribute. */
  private check(model: Model): void {
    if (!this.geo) return;
    const view = this.viewFor(model, this.geo);
    if (this.selected && !view.byCode.has(this.selected)) throw new ViewError(this.messages.areaMap.errors.unknownSelected({ code: this.selected }));
  }

  /** The area holding the Tab stop: the last focused, else the chosen, else the first in alphabetical order on the map. */
  private tabStop(view: MapView, drawing: Drawing): string {
    for (const code of [this.activeCode, this.selected]) if (code && drawing.index.has(code)) return code;
    return view.areas.find((a) => drawing.index.has(a.code))?.code ?? '';
  }

  // ---- interaction ----

  private areaElement(code: string): SVGPathElement | undefined {
    return [...this.renderRoot.querySelectorAll<SVGPathElement>('path.area')].find((p) => p.dataset['code'] === code);
  }

  private codeFrom(event: Event): string | undefined {
    const target = event.composedPath().find((n): n is SVGPathElement => n instanceof SVGPathElement && n.classList.contains('area'));
    return target?.dataset['code'];
  }

  private async focusArea(code: string): Promise<void> {
    this.activeCode = code;
    await this.updateComplete;
    this.areaElement(code)?.focus();
  }

  private choose(code: string): void {
    this.activeCode = code;
    if (this.selected === code) return;
    this.selected = code;
    this.select({ area: code });
  }

  private onMapKeydown = (event: KeyboardEvent): void => {
    const code = this.codeFrom(event);
    const view = this.viewCache?.view;
    const drawing = this.drawingCache?.drawing;
    if (!code || !view || !drawing) return;
    const direction = directionOfKey(event.key);
    const onMap = view.areas.filter((a) => drawing.index.has(a.code));
    let next: string | undefined;
    if (direction) {
      const from = drawing.index.get(code);
      const to = from === undefined ? undefined : neighbourInDirection(drawing.projected.areas, from, direction, drawing.adjacency);
      next = to === undefined ? undefined : drawing.projected.areas[to]!.code;
    } else if (event.key === 'Home') next = onMap[0]?.code;
    else if (event.key === 'End') next = onMap[onMap.length - 1]?.code;
    else if (event.key === 'Enter' || event.key === ' ' || event.key === 'Spacebar') {
      event.preventDefault();
      if (!event.repeat) this.choose(code);
      return;
    } else return;
    event.preventDefault();
    if (next) void this.focusArea(next);
  };

  private onMapClick = (event: MouseEvent): void => {
    const code = this.codeFrom(event);
    if (code) this.choose(code);
  };

  private onMapFocusin = (event: FocusEvent): void => {
    const code = this.codeFrom(event);
    if (code && code !== this.activeCode) this.activeCode = code;
  };

  private onMapPointer = (event: PointerEvent): void => {
    this.hoverCode = event.type === 'pointerleave' ? '' : (this.codeFrom(event) ?? '');
  };

  private onSearch = (event: SubmitEvent): void => {
    event.preventDefault();
    const view = this.viewCache?.view;
    const drawing = this.drawingCache?.drawing;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#search');
    if (!view || !drawing || !input) return;
    const m = this.messages.areaMap;
    const query = input.value.trim();
    if (!query) return;
    const wanted = fold(query);
    const onMap = view.areas.filter((a) => drawing.index.has(a.code));
    const exact = onMap.filter((a) => fold(a.name) === wanted || fold(a.code) === wanted);
    const matches = exact.length ? exact : onMap.filter((a) => fold(a.name).includes(wanted));
    if (matches.length === 1) {
      const area = matches[0]!;
      this.searchStatus = m.searchFound({ name: area.name });
      void this.focusArea(area.code);
    } else if (matches.length > 1) {
      this.searchStatus = m.searchMany({ query, names: matches.slice(0, 6).map((a) => a.name).join(', ') + (matches.length > 6 ? ', …' : '') });
    } else {
      this.searchStatus = m.searchNotFound({ query });
    }
  };

  // ---- rendering ----

  protected override renderView(model: Model): TemplateResult {
    const geo = this.geo;
    if (!geo || geo.key !== this.boundaryKey()) {
      return html`<div class="placeholder" part="placeholder">${this.messages.areaMap.loadingBoundaries}</div>`;
    }
    const view = this.viewFor(model, geo);
    const drawing = this.drawingFor(view, geo);
    const m = this.messages.areaMap;
    const common = this.messages.common;
    const source = view.indicator.source ?? model.spec.source;
    const sourceHref = safeHref(source?.url, document.baseURI);
    const current = view.byCode.get(this.hoverCode) ?? (this.matches(':focus-within') ? view.byCode.get(this.activeCode) : undefined);
    return html`${this.heading(0, m.title({ title: view.title, period: view.periodText, within: view.within?.name ?? '' }), { id: 'map-title', className: 'title', part: 'title' })}
      <div class="tools">
        <form class="search" part="search" role="search" aria-label=${m.searchLabel} @submit=${this.onSearch}>
          <label for="search">${m.searchLabel}</label>
          <input id="search" part="search-input" type="search" autocomplete="off" list="area-names" />
          <button type="submit">${m.searchButton}</button>
          <datalist id="area-names">${view.areas.filter((a) => drawing.index.has(a.code)).map((a) => html`<option value=${a.name}></option>`)}</datalist>
          <p class="search-status" role="status">${this.searchStatus}</p>
        </form>
      </div>
      <p class="current" part="current" aria-hidden="true">${current ? current.accessibleName : ''}</p>
      <div class="map-box" @keydown=${this.onMapKeydown} @click=${this.onMapClick} @focusin=${this.onMapFocusin}
        @pointerover=${this.onMapPointer} @pointerleave=${this.onMapPointer}>
        ${this.renderMap(view, drawing)}
      </div>
      <p class="keyboard-help" id="keyboard-help">${m.keyboardHelp}</p>
      <p class="summary" id="summary" part="summary">${view.summary}</p>
      ${drawing.notOnMap.length
        ? html`<p class="not-on-map">${m.notOnMap({ count: drawing.notOnMap.length, names: drawing.notOnMap.map((a) => a.name).join(', ') })}</p>`
        : nothing}
      ${this.renderLegend(view)}
      <p class="attribution" part="attribution">${this.attributionText(geo, view)}</p>
      ${downloadMenu({
        label: common.downloads,
        items: [
          { format: 'csv', label: common.downloadCsv },
          { format: 'svg', label: m.downloadMap.svg },
          { format: 'png', label: m.downloadMap.png },
        ],
        onChoose: (format) => void this.download(format),
        status: this.downloadStatus,
        busy: this.downloadBusy,
      })}
      ${this.renderTable(view)}
      ${source ? html`<p class="source">${common.source}: ${sourceHref ? html`<a href=${sourceHref}>${source.name}</a>` : source.name}</p>` : nothing}`;
  }

  private attributionText(geo: LoadedBoundaries, view: MapView): string {
    if (this.attribution) return this.attribution;
    const year = geo.layer.latestYear ?? view.year ?? new Date().getFullYear();
    return this.messages.areaMap.attributionOns({ year });
  }

  /** Map units per CSS pixel: as measured, else as if the map filled the element's width. */
  private scaleFor(projected: ProjectedMap): number {
    return this.unitsPerPixel || projected.width / (Math.round(this.getBoundingClientRect().width) || FALLBACK_WIDTH);
  }

  /** Areas big enough on screen for their letter. */
  private lettered(projected: ProjectedMap, unitsPerPixel: number): ProjectedArea[] {
    return letteredAreas(projected, unitsPerPixel);
  }

  private renderPatterns(statuses: Iterable<MapStatus>, scale: number): SVGTemplateResult {
    return svg`<defs>${[...statuses].map((s) => {
      const t = textures[s];
      return svg`<pattern id=${`texture-${s}`} patternUnits="userSpaceOnUse" width=${TEXTURE_SIZE} height=${TEXTURE_SIZE} patternTransform=${`scale(${scale})`}>
        <rect class=${`pattern-bg status-${s}`} width=${TEXTURE_SIZE} height=${TEXTURE_SIZE}></rect>
        ${t.lines ? svg`<path class=${`texture ink-${s}`} d=${t.lines}></path>` : nothing}
        ${t.dot ? svg`<circle class=${`dot ink-${s}`} cx=${TEXTURE_SIZE / 2} cy=${TEXTURE_SIZE / 2} r=${t.dot}></circle>` : nothing}
      </pattern>`;
    })}</defs>`;
  }

  private renderMap(view: MapView, drawing: Drawing): TemplateResult {
    const { projected } = drawing;
    const k = this.scaleFor(projected);
    const tabStop = this.tabStop(view, drawing);
    const selected = this.selected ? drawing.projected.areas[drawing.index.get(this.selected) ?? -1] : undefined;
    const focused = this.activeCode && this.matches(':focus-within') ? drawing.projected.areas[drawing.index.get(this.activeCode) ?? -1] : undefined;
    const m = this.messages.areaMap;
    const letterSize = Math.round(LETTER_PX * k * 10) / 10;
    const statuses = new Set(view.areas.map((a) => a.status));
    return html`<svg class="map" part="map" viewBox="0 0 ${projected.width} ${projected.height}" role="group"
      aria-labelledby="map-title" aria-describedby="summary keyboard-help">
      ${this.renderPatterns(statuses, k)}
      <g class="areas">
        ${repeat(
          projected.areas,
          (p) => p.code,
          (p) => {
            const area = view.byCode.get(p.code)!;
            const isSelected = p.code === this.selected;
            return svg`<path class=${classMap({ area: true, [`area-${area.status}`]: true, 'is-selected': isSelected })}
              part=${isSelected ? 'area area-selected' : 'area'} d=${p.path} fill=${`url(#texture-${area.status})`}
              data-code=${p.code} data-status=${area.status} role="button" tabindex=${p.code === tabStop ? '0' : '-1'}
              aria-label=${isSelected ? `${area.accessibleName} (${m.chosen})` : area.accessibleName}
              aria-current=${isSelected ? 'true' : nothing}></path>`;
          },
        )}
      </g>
      <g class="letters" aria-hidden="true">
        ${this.lettered(projected, k).map((p) => {
          const area = view.byCode.get(p.code)!;
          return svg`<text class=${`letter letter-${area.status}`} x=${p.x} y=${p.y} font-size=${letterSize} text-anchor="middle" dominant-baseline="central">${area.letter}</text>`;
        })}
      </g>
      ${selected ? svg`<path class="selected-outline" aria-hidden="true" d=${selected.path}></path>` : nothing}
      ${focused
        ? svg`<path class="focus-outline-outer" aria-hidden="true" d=${focused.path}></path><path class="focus-outline" aria-hidden="true" d=${focused.path}></path>`
        : nothing}
    </svg>`;
  }

  private renderLegend(view: MapView): TemplateResult {
    const m = this.messages.areaMap;
    return html`<div class="legend" part="legend">
      <p>${m.legendHeading}</p>
      <ul>
        ${view.legend.map(
          (entry) => html`<li data-status=${entry.status}>
            <svg class="swatch" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
              ${this.renderPatterns([entry.status], 1)}
              <rect x="1" y="1" width="22" height="22" fill=${`url(#texture-${entry.status})`}></rect>
              <rect class="frame" x="1" y="1" width="22" height="22"></rect>
              <text class=${`letter letter-${entry.status}`} x="12" y="12.5" font-size="13" text-anchor="middle" dominant-baseline="central">${entry.letter}</text>
            </svg>
            <span>${entry.text} (${entry.count})</span>
          </li>`,
        )}
      </ul>
    </div>`;
  }

  private renderTable(view: MapView): TemplateResult {
    const m = this.messages.areaMap;
    const common = this.messages.common;
    const rows = sortByValue(view.areas, this.language);
    let rank = 0;
    return html`<details class="data" part="table-disclosure" @toggle=${(e: Event) => (this.tableOpen = (e.target as HTMLDetailsElement).open)}>
      <summary>${this.tableOpen ? common.hideTable : common.showTable}</summary>
      ${view.benchmark ? html`<p>${m.benchmarkLine({ benchmark: view.benchmark.name, value: view.benchmark.valueText })}</p>` : nothing}
      <div class="table-wrap" tabindex="0" role="region" aria-labelledby="table-caption">
        <table part="table">
          <caption id="table-caption">${m.tableCaption({ title: view.title, period: view.periodText, within: view.within?.name ?? '' })}</caption>
          <thead>
            <tr>
              <th scope="col" class="number">${m.rank}</th>
              <th scope="col">${m.areaColumn}</th>
              <th scope="col">${m.code}</th>
              <th scope="col" class="number">${m.value}</th>
              <th scope="col">${m.intervalColumn}</th>
              <th scope="col">${view.benchmark && view.indicator.comparison !== 'quintiles' ? m.comparedWith({ benchmark: view.benchmark.name }) : m.comparison}</th>
            </tr>
          </thead>
          <tbody>
            ${rows.map(
              (a) => html`<tr class=${classMap({ 'is-selected': a.code === this.selected })} data-code=${a.code}>
                <td class="number">${a.value === null ? '' : ++rank}</td>
                <th scope="row">${a.name}</th>
                <td>${a.code}</td>
                <td class="number">${a.valueText}</td>
                <td>${a.intervalText ?? common.notAvailable}</td>
                <td><span class=${`chip status-${a.status}`} aria-hidden="true">${a.letter}</span>${capitalise(a.statusText)}</td>
              </tr>`,
            )}
          </tbody>
        </table>
      </div>
    </details>`;
  }

  // ---- downloads ----

  private exportColours(): ExportColours {
    const style = getComputedStyle(this);
    const read = (name: string, fallback: string) => style.getPropertyValue(name).trim() || fallback;
    const probe = this.renderRoot.querySelector('.map');
    const status = {} as Record<MapStatus, string>;
    const ink = {} as Record<MapStatus, string>;
    for (const s of MAP_STATUS_ORDER) {
      // The colours as the page's CSS resolved them (the author's tokens, the dark theme).
      const bg = probe?.querySelector(`.pattern-bg.status-${s}`);
      const fg = probe?.querySelector(`.ink-${s}`) ?? this.renderRoot.querySelector(`.letter-${s}`);
      // As hex: the browser resolves the letters' ink to oklch(), which many SVG viewers cannot read.
      status[s] = colourAsHex(bg ? getComputedStyle(bg).fill : '', '#ffffff');
      ink[s] = colourAsHex(fg ? getComputedStyle(fg).fill : '', '#0b0c0c');
    }
    return {
      status,
      ink,
      text: colourAsHex(read('--wb-color-text', '#0b0c0c'), '#0b0c0c'),
      background: colourAsHex(readToken(this, 'color-background', '#ffffff'), '#ffffff'),
      stroke: colourAsHex(read('--wb-map-area-stroke', '#ffffff'), '#ffffff'),
    };
  }

  private exportNotes(view: MapView, geo: LoadedBoundaries): string[] {
    return mapExportNotes(view, this.messages, view.indicator.source ?? this.model?.spec.source, this.attributionText(geo, view));
  }

  private async download(format: DownloadFormat): Promise<void> {
    const geo = this.geo;
    const view = this.viewCache?.view;
    const drawing = this.drawingCache?.drawing;
    if (!geo || !view || !drawing) return;
    const m = this.messages.areaMap;
    const filename = fileSlug(m.filename({ indicator: view.indicator.id, period: view.periodText, within: view.within?.code ?? '' }));
    this.downloadBusy = true;
    this.downloadStatus = '';
    try {
      let file: DownloadFile;
      if (format === 'csv') {
        const { header, rows } = mapCsv(view, this.language);
        file = csvFile(`${filename}.csv`, toCsv(header, rows));
      } else {
        const title = m.title({ title: view.title, period: view.periodText, within: view.within?.name ?? '' });
        const notes = this.exportNotes(view, geo);
        const colours = this.exportColours();
        const letters = new Set(this.lettered(drawing.projected, drawing.projected.width / EXPORT_WIDTH).map((a) => a.code));
        const options = { title, notes, colours, width: EXPORT_WIDTH, letters };
        file =
          format === 'svg'
            ? svgFile(`${filename}.svg`, mapSvgDocument(view, drawing.projected, options))
            : pngFile(`${filename}.png`, this.drawPng(view, drawing.projected, options));
      }
      offerDownload(this, file);
      this.downloadStatus = m.downloaded({ file: file.filename });
    } catch (error) {
      this.downloadStatus = m.downloadFailed({ detail: error instanceof Error ? error.message : String(error) });
    } finally {
      this.downloadBusy = false;
    }
  }

  /** The PNG: the same picture as the SVG file, drawn on a canvas at twice the size. */
  private drawPng(view: MapView, projected: ProjectedMap, options: Parameters<typeof mapSvgDocument>[2]): string {
    const layout = exportLayout(projected, options.width, options.notes.length);
    const ratio = 2;
    const canvas = document.createElement('canvas');
    canvas.width = options.width * ratio;
    canvas.height = layout.height * ratio;
    const ctx = canvas.getContext('2d');
    // not for readers: a browser always gives a 2D context; this guards the code.
    if (!ctx) throw new Error('no canvas');
    const { colours } = options;
    ctx.scale(ratio, ratio);
    ctx.fillStyle = colours.background;
    ctx.fillRect(0, 0, options.width, layout.height);
    const font = getComputedStyle(this).fontFamily || 'sans-serif';
    ctx.fillStyle = colours.text;
    ctx.font = `600 16px ${font}`;
    ctx.fillText(options.title, 8, 24);
    // Textures as canvas patterns, one tile each.
    const fills = new Map<MapStatus, CanvasPattern | string>();
    for (const s of MAP_STATUS_ORDER) {
      const tile = document.createElement('canvas');
      tile.width = tile.height = TEXTURE_SIZE * ratio;
      const t = tile.getContext('2d')!;
      t.scale(ratio, ratio);
      t.fillStyle = colours.status[s];
      t.fillRect(0, 0, TEXTURE_SIZE, TEXTURE_SIZE);
      t.strokeStyle = t.fillStyle = colours.ink[s];
      t.lineWidth = 1.2;
      if (textures[s].lines) t.stroke(new Path2D(textures[s].lines));
      if (textures[s].dot) {
        t.beginPath();
        t.arc(TEXTURE_SIZE / 2, TEXTURE_SIZE / 2, textures[s].dot!, 0, Math.PI * 2);
        t.fill();
      }
      const pattern = ctx.createPattern(tile, 'repeat');
      pattern?.setTransform(new DOMMatrix().scale(1 / ratio));
      fills.set(s, pattern ?? colours.status[s]);
    }
    ctx.save();
    ctx.translate(0, layout.header);
    ctx.scale(layout.scale, layout.scale);
    ctx.lineWidth = 0.5 / layout.scale;
    ctx.strokeStyle = colours.stroke;
    for (const p of projected.areas) {
      const area = view.byCode.get(p.code);
      if (!area) continue;
      const path = new Path2D(p.path);
      const fill = fills.get(area.status)!;
      if (typeof fill !== 'string') fill.setTransform(new DOMMatrix().scale(1 / (ratio * layout.scale)));
      ctx.fillStyle = fill;
      ctx.fill(path);
      ctx.stroke(path);
    }
    ctx.font = `700 ${12 / layout.scale}px ${font}`;
    ctx.textAlign = 'center';
    ctx.textBaseline = 'middle';
    for (const p of projected.areas) {
      const area = view.byCode.get(p.code);
      if (!area || !options.letters.has(p.code)) continue;
      ctx.fillStyle = colours.ink[area.status];
      ctx.fillText(area.letter, p.x, p.y);
    }
    ctx.restore();
    ctx.font = `12px ${font}`;
    ctx.fillStyle = colours.text;
    options.notes.forEach((line, i) => ctx.fillText(line, 8, layout.header + layout.mapHeight + 16 + i * layout.lineHeight));
    return canvas.toDataURL('image/png');
  }
}

defineElement('area-map', AreaMap);

declare global {
  interface HTMLElementTagNameMap {
    'area-map': AreaMap;
  }
}
