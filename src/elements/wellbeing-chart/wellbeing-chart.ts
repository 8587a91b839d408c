import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WellbeingElement, ViewError } from '../base/wellbeing-element.js';
import { defineElement } from '../define.js';
import type { Model } from '../../model/model.js';
import { describeJsonError } from '../../data/fetch.js';
import { readPalette, readToken, tooltipStyles } from '../../render/theme.js';
import { chartDownloadItems, csvFile, downloadMenu, downloadMenuStyles, offerDownload, pngFile, svgFile, titleSvg, toCsv, type DownloadFormat } from '../../render/downloads.js';
import { fileSlug, safeHref } from '../../render/format.js';
import { buildChartRows, ChartRequestError, type ChartRows } from './chart-rows.js';
import { checkAuthorChart, titleText, type AuthorChart } from './chart-safety.js';
import { defaultChartTheme, themeConfig, type ChartTheme } from './chart-theme.js';
import { chartTable, rowsCsv } from './chart-table.js';
import type { ChartMark, EmbeddedChart } from './chart-embed.js';
import { wellbeingChartStyles } from './wellbeing-chart.styles.js';

/** The child script an editor pastes the chart into. */
const CHART_SCRIPT = ':scope > script[type="application/vnd.vegalite+json"]';

/** Loads the drawing code (vega-embed, Vega-Lite) only when a chart is drawn: its own chunk. */
const loadEmbed = () => import('./chart-embed.js');

/**
 * A chart the other elements do not draw, written by the page's author in Vega-Lite, over the
 * spec's rows: areas ranked with their intervals, two indicators against each other, a breakdown by
 * group. The element binds the rows as the named dataset `rows` (with names joined in and each
 * row's comparison with the benchmark, by the library's statistics), draws them with vega-embed
 * under the library's theme, language and CSP rules, and adds what every element has: a name, the
 * author's summary, a data table of the rows, keyboard access to the marks, and downloads.
 *
 * Safe by construction: a chart that would fetch anything (`url`, images) is refused with the JSON
 * path of the problem, links must be http(s), and `usermeta` is dropped.
 *
 * Give the chart as a child `<script type="application/vnd.vegalite+json">` or the `chart`
 * property; its `description` is required (it is the summary), its `title` names it.
 *
 * Keyboard: Tab to the chart, then arrow keys move between its marks (a tooltip and a focus box
 * show each, and a live region reads it), Home/End go to the first/last, Enter or Space choose
 * (`wellbeing-select`), Escape hides the tooltip.
 *
 * @tag wellbeing-chart
 * @summary An author's Vega-Lite chart over the spec's rows, accessible and safe under a strict CSP.
 *
 * @attr {string} src - URL of a spec (JSON). Changing it reloads; the newest load wins.
 * @attr {string} indicator - Indicator ids to include, space- or comma-separated (default: every indicator).
 * @attr {string} area - Area codes to include, space- or comma-separated (default: every area).
 * @attr {string} period - Periods to include, space- or comma-separated, or `latest` (each indicator's latest period with a value; default: every period).
 * @attr {string} benchmark - Code of the area rows are compared with (default: the spec's `benchmark`).
 * @attr {string} lang - Language of the words and numbers (default: the spec's `lang`, then the page's).
 *
 * @fires wellbeing-ready - The chart is drawn (its SVG is in the DOM).
 * @fires wellbeing-error - The spec or the chart cannot be used; `detail.message` says why and `detail.issues` where (JSON paths in the chart).
 * @fires wellbeing-select - A mark was chosen (click, or Enter on the chart): `detail` is `{ indicator, area, period }` when the mark is a row.
 * @fires wellbeing-download - A download was asked for (cancelable); `detail` is `{ format, filename, blob }`.
 *
 * @csspart summary - The chart's description (the author's summary).
 * @csspart chart - The focusable chart container.
 * @csspart svg - The chart's SVG.
 * @csspart tooltip - The tooltip (hover and keyboard).
 * @csspart focus - The box drawn round the mark the keyboard is on.
 * @csspart hint - The keyboard instructions.
 * @csspart table-button - The button that shows and hides the table.
 * @csspart table - The data table's scrolling wrapper.
 * @csspart downloads - The download menu (a details element); also `downloads-button`, `downloads-list`, `download-button`, `downloads-status`.
 * @csspart source - The source note.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message.
 *
 * @cssprop --wb-status-better - Colour of "better" in the `comparison` range (default #1b7837); also `--wb-status-similar`, `-worse`, `-higher`, `-lower`, `-not-compared`.
 * @cssprop --wb-chart-series-1 - First colour of the chart's `category` range (default #1d70b8); `--wb-chart-series-2` to `-6` the others.
 * @cssprop --wb-color-text - Text colour (also of the chart's titles and axes).
 * @cssprop --wb-color-muted - Axis labels and secondary text.
 * @cssprop --wb-color-grid - Grid lines (default #e1e3e3).
 * @cssprop --wb-color-background - Background (also of downloaded images).
 * @cssprop --wb-font-family - Font of the text and the chart.
 * @cssprop --wb-chart-min-height - Space kept for the chart while it loads (default 200px).
 */
export class WellbeingChart extends WellbeingElement {
  static override styles = [...WellbeingElement.styles, tooltipStyles, downloadMenuStyles, wellbeingChartStyles];

  protected static override redrawProperties: readonly string[] = ['indicator', 'area', 'period', 'benchmark', 'chart', 'chartText'];

  /** Indicator ids, space- or comma-separated. */
  @property({ reflect: true }) indicator: string | null = null;

  /** Area codes, space- or comma-separated. */
  @property({ reflect: true }) area: string | null = null;

  /** Periods, space- or comma-separated, or `latest`. */
  @property({ reflect: true }) period: string | null = null;

  /** Code of the benchmark area (overrides the spec's). */
  @property({ reflect: true }) benchmark: string | null = null;

  /** The author's Vega-Lite as an object; takes precedence over a child script. */
  @property({ attribute: false }) chart: object | null = null;

  /** The text of the child chart script, read on connection and when it changes. */
  @state() private chartText: string | undefined;
  @state() private tableOpen = false;
  @state() private downloadStatus = '';
  @state() private downloadBusy = false;
  @state() private liveText = '';

  private embedded: EmbeddedChart | undefined;
  private drawSequence = 0;
  private marks: ChartMark[] = [];
  private focusIndex = -1;
  private scriptObserver: MutationObserver | undefined;
  private resizeObserver: ResizeObserver | undefined;
  private drawnWidth = 0;
  private cached: { key: string; model: Model; prepared: Prepared } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    this.chartText = this.readChartScript();
    this.scriptObserver = new MutationObserver(() => {
      const text = this.readChartScript();
      if (text !== this.chartText) this.chartText = text;
    });
    this.scriptObserver.observe(this, { childList: true, characterData: true, subtree: true });
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.scriptObserver?.disconnect();
    this.scriptObserver = undefined;
  }

  private readChartScript(): string | undefined {
    const text = this.querySelector(CHART_SCRIPT)?.textContent;
    return text?.trim() ? text : undefined;
  }

  private get locale(): string {
    return this.lang || this.model?.spec.lang || document.documentElement.lang || 'en-GB';
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    const changes = changed as PropertyValues;
    if (['indicator', 'area', 'period', 'benchmark', 'chart', 'chartText', 'lang', 'model'].some((name) => changes.has(name))) {
      this.focusIndex = -1;
      this.liveText = '';
      this.downloadStatus = '';
    }
  }

  /** The rows and the checked chart for the current model and attributes (recomputed only when they change). */
  private prepare(model: Model): Prepared {
    const key = JSON.stringify([this.indicator, this.area, this.period, this.benchmark, this.locale, this.chartText]);
    if (this.cached?.key === key && this.cached.model === model && this.cached.prepared.source === this.chart) return this.cached.prepared;
    const messages = this.messages;
    const m = messages.wellbeingChart;
    let data: ChartRows;
    try {
      data = buildChartRows(model, { indicator: this.indicator, area: this.area, period: this.period, benchmark: this.benchmark }, messages);
    } catch (error) {
      if (error instanceof ChartRequestError) throw new ViewError(error.message);
      throw error;
    }
    let input: unknown = this.chart;
    if (!input) {
      if (!this.chartText) throw new ViewError(m.noChart);
      try {
        input = JSON.parse(this.chartText);
      } catch (error) {
        throw new ViewError(m.notJson({ detail: describeJsonError(error, this.chartText) }));
      }
    }
    const { chart, issues } = checkAuthorChart(input, data.rows, messages);
    if (!chart || issues.length) throw new ViewError(m.invalid({ count: issues.length }), issues);
    const description = String(chart.description).trim();
    const prepared: Prepared = { source: this.chart, data, chart, name: titleText(chart.title) || description, description };
    this.cached = { key, model, prepared };
    return prepared;
  }

  protected override renderView(model: Model): TemplateResult {
    const prepared = this.prepare(model);
    const messages = this.messages;
    const m = messages.wellbeingChart;
    const table = chartTable(prepared.data.rows, messages, this.locale, model);
    const indicatorIds = [...new Set(prepared.data.rows.map((r) => r.indicator))];
    const onlyIndicator = indicatorIds.length === 1 ? model.indicator(indicatorIds[0]) : undefined;
    const source = onlyIndicator?.source ?? model.spec.source;
    const sourceHref = safeHref(source?.url, document.baseURI);

    return html`<div class="wellbeing-chart" lang=${this.lang || nothing}>
      <p class="summary" part="summary" id="summary">${prepared.description}</p>
      <div class="tooltip-layer">
        <div
          class="chart"
          part="chart"
          tabindex="0"
          role="group"
          aria-label=${prepared.name}
          aria-describedby="summary keyboard-hint"
          @keydown=${this.onChartKey}
          @focus=${this.onChartFocus}
          @blur=${this.onChartBlur}
        >
          <div class="vega"></div>
        </div>
        <div class="mark-focus" part="focus" hidden></div>
      </div>
      <p class="hint" id="keyboard-hint" part="hint">${m.keyboardHint}</p>
      <p class="visually-hidden" aria-live="polite" aria-atomic="true">${this.liveText}</p>

      <div class="actions">
        <button
          type="button"
          class="table-button"
          part="table-button"
          aria-expanded=${this.tableOpen ? 'true' : 'false'}
          aria-controls="table"
          @click=${() => (this.tableOpen = !this.tableOpen)}
        >
          ${this.tableOpen ? messages.common.hideTable : messages.common.showTable}
        </button>
        ${downloadMenu({
          label: messages.common.downloads,
          items: chartDownloadItems(messages.common),
          onChoose: (format) => void this.download(format),
          status: this.downloadStatus,
          busy: this.downloadBusy,
        })}
      </div>

      <div class="table-wrap" id="table" part="table" role="region" aria-labelledby="table-caption" tabindex="0" ?hidden=${!this.tableOpen}>
        <table>
          <caption id="table-caption">${messages.common.tableCaption({ title: prepared.name })}</caption>
          <thead>
            <tr>
              ${table.headers.map((h) => html`<th scope="col" class=${h.numeric ? 'number' : ''}>${h.text}</th>`)}
            </tr>
          </thead>
          <tbody>
            ${table.rows.length
              ? table.rows.map(
                  ([head, ...cells]) =>
                    html`<tr>
                      <th scope="row">${head!.text}</th>
                      ${cells.map((cell) => html`<td class=${cell.numeric ? 'number' : ''}>${cell.text}</td>`)}
                    </tr>`,
                )
              : html`<tr><td colspan=${table.headers.length}>${m.noRows}</td></tr>`}
          </tbody>
        </table>
      </div>
      ${source
        ? html`<p class="source" part="source">
            ${messages.common.source}: ${sourceHref ? html`<a href=${sourceHref} rel="noopener">${source.name}</a>` : source.name}
          </p>`
        : nothing}
    </div>`;
  }

  /** The library theme, read from the `--wb-*` custom properties so theming reaches the chart. */
  private theme(): ChartTheme {
    return {
      text: readToken(this, 'color-text', defaultChartTheme.text),
      muted: readToken(this, 'color-muted', defaultChartTheme.muted),
      grid: readToken(this, 'color-grid', defaultChartTheme.grid),
      background: readToken(this, 'color-background', defaultChartTheme.background),
      fontFamily: getComputedStyle(this).fontFamily || defaultChartTheme.fontFamily,
      palette: readPalette(this),
      series: defaultChartTheme.series.map((fallback, i) => readToken(this, `chart-series-${i + 1}`, fallback)),
    };
  }

  /** The chart to draw: a single view without a width follows the container's width. */
  private sized(chart: AuthorChart, width: number): AuthorChart {
    const single = 'mark' in chart || 'layer' in chart;
    if (!single || (chart['width'] !== undefined && chart['width'] !== 'container')) return chart;
    return { ...chart, width: Math.max(120, width), autosize: chart['autosize'] ?? { type: 'fit-x', contains: 'padding' } };
  }

  protected override async draw(): Promise<void> {
    const sequence = ++this.drawSequence;
    this.finalizeChart();
    const container = this.renderRoot.querySelector<HTMLElement>('.chart > .vega');
    const layer = this.renderRoot.querySelector<HTMLElement>('.tooltip-layer');
    if (!container || !layer || !this.model) return;
    const prepared = this.prepare(this.model);
    const messages = this.messages;
    const { embedChart } = await loadEmbed();
    if (sequence !== this.drawSequence) return;
    const width = Math.floor(container.clientWidth);
    let embedded: EmbeddedChart;
    try {
      embedded = await embedChart(container, this.sized(prepared.chart, width), {
        label: prepared.name,
        tooltipLayer: layer,
        config: themeConfig(this.theme()),
        locale: this.locale,
        refusedMessage: (url) => messages.wellbeingChart.refusedRequest({ url }),
        baseUrl: document.baseURI,
      });
    } catch (error) {
      throw new ViewError(messages.wellbeingChart.vegaError({ detail: error instanceof Error ? error.message : String(error) }));
    }
    if (sequence !== this.drawSequence || !this.isConnected || !container.isConnected) {
      embedded.finalize();
      return;
    }
    if (embedded.refused.length) {
      embedded.finalize();
      throw new ViewError(messages.wellbeingChart.refusedRequest({ url: embedded.refused[0]! }));
    }
    this.embedded = embedded;
    this.drawnWidth = width;
    this.marks = embedded.marks();
    embedded.view.addEventListener('click', (_event, item) => {
      const datum = (item as { datum?: Record<string, unknown> } | null | undefined)?.datum;
      if (datum) this.choose(datum);
    });
    this.resizeObserver = new ResizeObserver(() => {
      // Redraw when the width really changes (a phone turned, a column resized), not for a pixel.
      if (Math.abs(Math.floor(container.clientWidth) - this.drawnWidth) > 16) this.requestUpdate('chartText');
    });
    this.resizeObserver.observe(container);
  }

  protected override teardown(): void {
    this.drawSequence++;
    this.finalizeChart();
  }

  private finalizeChart(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
    this.embedded?.finalize();
    this.embedded = undefined;
    this.marks = [];
    this.hideFocus();
  }

  private choose(datum: Record<string, unknown>): void {
    const detail: Record<string, string> = {};
    for (const key of ['indicator', 'area', 'period']) if (typeof datum[key] === 'string') detail[key] = datum[key];
    if (Object.keys(detail).length) this.select(detail);
  }

  private onChartFocus = (event: FocusEvent) => {
    if (!this.embedded || !(event.target as Element).matches(':focus-visible')) return;
    if (this.focusIndex < 0) this.focusIndex = 0;
    this.showMark(this.focusIndex);
  };

  private onChartBlur = () => {
    this.embedded?.hideTooltip();
    this.hideFocus();
  };

  private onChartKey = (event: KeyboardEvent) => {
    if (!this.embedded || !this.marks.length) return;
    const count = this.marks.length;
    let index = this.focusIndex < 0 ? 0 : this.focusIndex;
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
        index = Math.min(count - 1, index + 1);
        break;
      case 'ArrowLeft':
      case 'ArrowUp':
        index = Math.max(0, index - 1);
        break;
      case 'Home':
        index = 0;
        break;
      case 'End':
        index = count - 1;
        break;
      case 'Enter':
      case ' ': {
        event.preventDefault();
        const mark = this.marks[index];
        if (mark) this.choose(mark.datum);
        return;
      }
      case 'Escape':
        this.embedded.hideTooltip();
        this.hideFocus();
        return;
      default:
        return;
    }
    event.preventDefault();
    this.focusIndex = index;
    this.showMark(index);
  };

  private hideFocus(): void {
    const box = this.renderRoot?.querySelector<HTMLElement>('.mark-focus');
    if (box) box.hidden = true;
  }

  /** Shows the tooltip and a focus box at a mark (keyboard), and tells screen readers. */
  private showMark(index: number): void {
    const mark = this.marks[index];
    const embedded = this.embedded;
    if (!mark || !embedded) return;
    const position = this.messages.wellbeingChart.markPosition({ index: index + 1, count: this.marks.length });
    this.liveText = `${position}: ${mark.entries.map(([label, value]) => (label ? `${label}: ${value}` : value)).join(', ')}`;
    const box = this.renderRoot.querySelector<HTMLElement>('.mark-focus');
    if (box) {
      // CSSOM (not a style attribute), so a `style-src 'self'` policy allows it.
      Object.assign(box.style, {
        transform: `translate(${mark.box.x - 3}px, ${mark.box.y - 3}px)`,
        width: `${mark.box.width + 6}px`,
        height: `${mark.box.height + 6}px`,
      });
      box.hidden = false;
    }
    embedded.showTooltip(mark.box.x + mark.box.width / 2, mark.box.y, mark.entries);
  }

  private async download(format: DownloadFormat): Promise<void> {
    if (!this.model || !this.embedded) return;
    const prepared = this.prepare(this.model);
    const messages = this.messages;
    const base = fileSlug(titleText(prepared.chart.title) || 'chart');
    this.downloadBusy = true;
    this.downloadStatus = '';
    try {
      const file =
        format === 'csv'
          ? csvFile(`${base}.csv`, toCsv(...rowsCsv(prepared.data.rows)))
          : format === 'svg'
            ? svgFile(`${base}.svg`, titleSvg(await this.embedded.toSVG(this.theme().background), prepared.name))
            : pngFile(`${base}.png`, await this.embedded.toPNG(this.theme().background, 2));
      offerDownload(this, file);
      this.downloadStatus = messages.wellbeingChart.downloaded({ file: file.filename });
    } catch (error) {
      this.downloadStatus = messages.wellbeingChart.downloadFailed({ detail: error instanceof Error ? error.message : String(error) });
    } finally {
      this.downloadBusy = false;
    }
  }
}

interface Prepared {
  /** The `chart` property the result was made from (a new object redraws). */
  source: object | null;
  data: ChartRows;
  chart: AuthorChart;
  /** The accessible name: the chart's title, else its description. */
  name: string;
  description: string;
}

defineElement('wellbeing-chart', WellbeingChart);

declare global {
  interface HTMLElementTagNameMap {
    'wellbeing-chart': WellbeingChart;
  }
}
