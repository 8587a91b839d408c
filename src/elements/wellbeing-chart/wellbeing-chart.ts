import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WellbeingElement, ViewError } from '../base/wellbeing-element.js';
import { messagesLoaded, type Messages } from '../../i18n/index.js';
import { defineElement } from '../define.js';
import type { Model } from '../../model/model.js';
import { describeJsonError } from '../../data/fetch.js';
import { loadCode } from '../../data/errors.js';
import { readPalette, readToken, tooltipStyles } from '../../render/theme.js';
import { csvFile, downloadMenuStyles, fileSlug, offerDownload, pngFile, svgFile, titleSvg, toCsv, type DownloadFormat } from '../../render/downloads.js';
import { ChartController, chartControllerStyles } from '../../render/chart-controller.js';
import { lineDirection, type ChartPoint } from '../../render/chart-points.js';
import { safeHref } from '../../render/format.js';
import { buildChartRows, ChartRequestError, type ChartRows } from './chart-rows.js';
import { checkAuthorChart, titleText, type AuthorChart } from './chart-safety.js';
import { defaultChartTheme, themeConfig, type ChartTheme } from './chart-theme.js';
import { chartTable, rowsCsv } from './chart-table.js';
import type { EmbeddedChart } from './chart-embed.js';
import { wellbeingChartStyles } from './wellbeing-chart.styles.js';

/** The child script an editor pastes the chart into. */
const CHART_SCRIPT = ':scope > script[type="application/vnd.vegalite+json"]';

/**
 * The words for a refused request, made outside the element's methods: the view keeps its loader, and
 * Vega's renderer keeps the last view it drew until another chart draws; a closure made inside
 * `draw()` would keep the removed element alive through them.
 */
const refusedMessageIn = (messages: Messages) => (url: string) => messages.wellbeingChart.refusedRequest({ url });

/** Loads the drawing code (vega-embed, Vega-Lite) only when a chart is drawn: its own chunk. */
const loadEmbed = () => loadCode('authorChart', () => import('./chart-embed.js'));

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
 * Keyboard (the shared chart controller): Tab to the chart, then the arrow keys move along its marks
 * (a tooltip and a focus ring show each, and a live region reads it), and between its layers'
 * marks (Up/Down) when it has several; Home/End go to the first/last, Enter or Space choose
 * (`wellbeing-select`), Escape hides the tooltip. A pointer shows the nearest mark within 24 px; a
 * tap shows its tooltip.
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
 * @csspart tooltip - The tooltip (hover, tap and keyboard).
 * @csspart focus - The ring drawn round the mark the keyboard is on.
 * @csspart hint - The keyboard (and, on touch screens, touch) instructions.
 * @csspart live - The live region saying the mark the keyboard is on (visually hidden).
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
  static override styles = [...WellbeingElement.styles, tooltipStyles, chartControllerStyles, downloadMenuStyles, wellbeingChartStyles];

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

  private readonly controller = new ChartController<EmbeddedChart>(this, {
    points: (chart) => this.chartPoints(chart),
    select: (detail) => this.select(detail),
    redraw: () => this.requestUpdate('model'),
    // An author's chart is given its width when drawn: a new width (a phone turned) draws it again.
    redrawOnResize: true,
  });
  private scriptObserver: MutationObserver | undefined;
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
    this.controller.viewChanged(changed, ['indicator', 'area', 'period', 'benchmark', 'chart', 'chartText', 'lang', 'model'], () => {
      if (!messagesLoaded(this.language)) return undefined;
      const prepared = this.prepare(this.model!);
      return this.messages.chart.nowShowingRows({ chart: prepared.name, count: prepared.data.rows.length });
    });
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
      ${this.controller.renderSummary(prepared.description)}
      ${this.controller.renderChart({ label: prepared.name, description: '', describedBy: 'summary' })}
      ${this.controller.renderHint(this.seriesCount > 1 ? messages.chart.keysLines : messages.chart.keysPoints, messages.chart.touch)}
      ${this.controller.renderLive()}

      ${this.controller.renderActions({
        words: messages.common,
        tableOpen: this.tableOpen,
        onToggle: () => (this.tableOpen = !this.tableOpen),
        download: (format) => void this.download(format),
      })}
      ${this.controller.renderTable(
        messages.common.tableCaption({ title: prepared.name }),
        table.headers,
        html`<tbody>
            ${table.rows.length
              ? table.rows.map(
                  ([head, ...cells]) =>
                    html`<tr>
                      <th scope="row">${head!.text}</th>
                      ${cells.map((cell) => html`<td class=${cell.numeric ? 'number' : ''}>${cell.text}</td>`)}
                    </tr>`,
                )
              : html`<tr><td colspan=${table.headers.length}>${m.noRows}</td></tr>`}
          </tbody>`,
        !this.tableOpen,
      )}
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
      fontSize: this.controller.textSize(),
    };
  }

  /** The chart to draw: a single view without a width follows the container's width. */
  private sized(chart: AuthorChart, width: number): AuthorChart {
    const single = 'mark' in chart || 'layer' in chart;
    if (!single || (chart['width'] !== undefined && chart['width'] !== 'container')) return chart;
    return { ...chart, width: Math.max(120, width), autosize: chart['autosize'] ?? { type: 'fit-x', contains: 'padding' } };
  }

  protected override async draw(): Promise<void> {
    if (!this.model) return;
    const prepared = this.prepare(this.model);
    const messages = this.messages;
    const { embedChart } = await loadEmbed();
    const embedded = await this.controller.draw(async (container) => {
      try {
        return await embedChart(container, this.sized(prepared.chart, Math.floor(container.clientWidth)), {
          label: prepared.name,
          config: themeConfig(this.theme()),
          locale: this.locale,
          refusedMessage: refusedMessageIn(messages),
          baseUrl: document.baseURI,
        });
      } catch (error) {
        throw new ViewError(messages.wellbeingChart.vegaError({ detail: error instanceof Error ? error.message : String(error) }));
      }
    });
    if (embedded?.refused.length) {
      const url = embedded.refused[0]!;
      this.controller.release();
      throw new ViewError(messages.wellbeingChart.refusedRequest({ url }));
    }
    const series = new Set(embedded?.marks().map((m) => m.series)).size;
    if (series !== this.seriesCount) {
      this.seriesCount = series;
      this.requestUpdate(); // the keyboard hint says whether Up and Down move between layers
    }
  }

  /** Marks of the author's layers (1 when drawn with one): the hint words it. */
  private seriesCount = 1;

  protected override teardown(): void {
    this.controller.release();
  }

  /** The marks the keyboard and pointer reach, each with its words: "2 of 8: Area: Walsall, …". */
  private chartPoints(chart: EmbeddedChart): ChartPoint[] {
    const marks = chart.marks();
    const direction = lineDirection(marks.map((m) => ({ series: m.series, order: 0, box: m.box, lines: [], sentence: '' })));
    const count = (series: number) => marks.filter((m) => m.series === series).length;
    const along = (box: ChartPoint['box']) => (direction === 'x' ? box.x + box.width / 2 : box.y + box.height / 2);
    const ranks = new Map<number, number>();
    return [...marks]
      .sort((a, b) => along(a.box) - along(b.box))
      .map((mark) => {
        const rank = (ranks.get(mark.series) ?? 0) + 1;
        ranks.set(mark.series, rank);
        const position = this.messages.chart.position({ index: rank, count: count(mark.series) });
        const words = mark.entries.map(([label, value]) => (label ? `${label}: ${value}` : value)).join(', ');
        const select = this.selectDetail(mark.datum);
        return { series: mark.series, order: along(mark.box), box: mark.box, lines: mark.entries, sentence: `${position}: ${words}`, ...(select ? { select } : {}) };
      });
  }

  /** What `wellbeing-select` names for a mark: its row's indicator, area and period. */
  private selectDetail(datum: Record<string, unknown>): Record<string, string> | undefined {
    const detail: Record<string, string> = {};
    for (const key of ['indicator', 'area', 'period']) if (typeof datum[key] === 'string') detail[key] = datum[key];
    return Object.keys(detail).length ? detail : undefined;
  }

  private async download(format: DownloadFormat): Promise<void> {
    const embedded = this.controller.chart;
    if (!this.model || !embedded) return;
    const prepared = this.prepare(this.model);
    const base = fileSlug(titleText(prepared.chart.title) || 'chart');
    const background = this.theme().background;
    await this.controller.download(
      async () =>
        format === 'csv'
          ? csvFile(`${base}.csv`, toCsv(...rowsCsv(prepared.data.rows)))
          : format === 'svg'
            ? svgFile(`${base}.svg`, titleSvg(await embedded.toSVG(background), prepared.name))
            : pngFile(`${base}.png`, await embedded.toPNG(background, 2)),
      (file) => offerDownload(this, file),
      this.messages.wellbeingChart,
    );
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
