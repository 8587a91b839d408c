import { html, nothing, svg, type PropertyValues, type SVGTemplateResult, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { WellbeingElement, ViewError } from '../base/wellbeing-element.js';
import { messagesLoaded, type Messages } from '../../i18n/index.js';
import { defineElement } from '../define.js';
import type { Model } from '../../model/model.js';
import { renderChart, type Chart } from '../../render/vega.js';
import { ChartController, chartControllerStyles } from '../../render/chart-controller.js';
import { linesSentence, plotOrigin, type ChartPoint } from '../../render/chart-points.js';
import { defaultPalette, readPalette, readToken, shapePath, statusLetter, tooltipStyles } from '../../render/theme.js';
import {
  csvFile,
  downloadMenuStyles,
  fileSlug,
  offerDownload,
  toCsv,
  type DownloadFormat,
} from '../../render/downloads.js';
import { exportChart } from '../../render/chart-export.js';
import type { StatusShape } from '../../render/status.js';
import { indicatorTrendStyles } from './indicator-trend.styles.js';
import { formatValue, safeHref } from '../../render/format.js';
import { buildTrendView, TREND_STATUS_ORDER, TrendRequestError, type TrendView } from './trend-model.js';
import { defaultTrendTheme, trendSpecOptions } from './trend-export.js';
import {
  buildTrendSpec,
  chartPeriods,
  defaultSeriesColours,
  FOCUS_SIGNAL,
  seriesDash,
  seriesNames,
  statusShape,
  valueDomain,
  type TrendSpecOptions,
  type TrendTheme,
} from './trend-spec.js';
import {
  axisTitle,
  capitalise,
  chartLabel,
  periodRange,
  statusLabel,
  showsComparison,
  comparisonHeading,
  noComparisonHint,
  summaryText,
  tooltipLines,
  trendCsv,
  valueText,
  trendPhrase,
  trendTable,
  type TrendTable,
} from './trend-text.js';


/** A legend swatch of a point shape (the same shapes Vega draws), 14 px. */
function shapeSwatch(shape: StatusShape, fill: string, outline: string): SVGTemplateResult {
  // The vocabulary's shape (drawn in -1..1), scaled into the 14 px swatch.
  return svg`<path class="swatch-fill" d=${shapePath[shape]} transform="translate(7 7) scale(5.5)" fill=${fill} stroke=${outline} stroke-width="1" vector-effect="non-scaling-stroke"></path>`;
}

/**
 * One indicator over time for an area, as a public-health analyst expects from Fingertips: the
 * area's values with their 95% confidence intervals, the benchmark and other comparator areas as
 * their own lines, each value marked (shape, colour and words) by its comparison with the benchmark
 * (similar when the benchmark lies inside the interval, else better/worse by polarity), gaps for
 * missing periods, an optional target, the latest value, a summary sentence, a data table, the
 * indicator's definition and source, and downloads (CSV, SVG, PNG).
 *
 * Defaults: without `indicator`, the first indicator with whole-area values; without `area`, the
 * first area of the spec (other than the benchmark) with a value; without `compare`, the benchmark
 * alone. The benchmark is always drawn, since the points are judged against it.
 *
 * Keyboard (the shared chart controller): Tab to the chart, then Left/Right move between periods (a
 * tooltip, a ring and the guide line show the values, and a live region reads them), Up/Down move
 * between the area's line and the comparators', Home/End go to the first/last period, Enter or
 * Space choose the period (`wellbeing-select`), Escape hides the tooltip. A pointer shows the
 * nearest point within 24 px; a tap shows its tooltip.
 *
 * @tag indicator-trend
 * @summary An indicator's trend for an area, with intervals, comparators and significance.
 *
 * @attr {string} src - URL of a spec (JSON). Changing it reloads; the newest load wins.
 * @attr {string} indicator - Id of the indicator to draw (default: the first with whole-area values).
 * @attr {string} area - Code of the area to draw (default: the first non-benchmark area with a value).
 * @attr {string} compare - Space- or comma-separated codes of areas drawn as comparator lines (the benchmark is always drawn).
 * @attr {string} benchmark - Code of the area values are compared with (default: the spec's `benchmark`).
 * @attr {string} lang - Language of the words and numbers (default: the spec's `lang`, then the page's).
 *
 * @fires wellbeing-ready - The chart is drawn (its SVG is in the DOM).
 * @fires wellbeing-error - The spec could not be loaded or the request cannot be shown; `detail.message` says why.
 * @fires wellbeing-select - A period was chosen (click on a point, or Enter on the chart): `detail` is `{ indicator, area, period }`.
 * @fires wellbeing-download - A download was asked for (cancelable); `detail` is `{ format, filename, blob }`. Call `preventDefault()` to handle it yourself.
 *
 * @csspart title - The indicator's title (an h2).
 * @csspart subtitle - The area and period range.
 * @csspart latest - The latest value, its interval, its comparison and the recent trend.
 * @csspart summary - The generated summary sentence.
 * @csspart legend - The key to the lines and point shapes.
 * @csspart chart - The focusable chart container.
 * @csspart svg - The chart's SVG.
 * @csspart tooltip - The tooltip (hover, tap and keyboard).
 * @csspart focus - The ring round the point the keyboard is on.
 * @csspart hint - The keyboard (and, on touch screens, touch) instructions.
 * @csspart live - The live region saying the point the keyboard is on (visually hidden).
 * @csspart table-button - The button that shows and hides the table.
 * @csspart table - The data table's scrolling wrapper.
 * @csspart downloads - The download menu (a details element); also `downloads-button`, `downloads-list`, `download-button`, `downloads-status`.
 * @csspart about - The indicator's definition (a details element).
 * @csspart source - The source note.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message.
 *
 * @cssprop --wb-status-better - Colour of "better" points and badges (default #1b7837); also `--wb-status-similar`, `-worse`, `-higher`, `-lower`, `-not-compared`.
 * @cssprop --wb-trend-series-1 - Colour of the area's line (default #505a5f); `--wb-trend-series-2` the benchmark's (#0b0c0c), `-3` to `-6` the other comparators'.
 * @cssprop --wb-trend-target-color - Colour of the target line (default #0b0c0c).
 * @cssprop --wb-color-text - Text colour.
 * @cssprop --wb-color-muted - Secondary text and axis labels.
 * @cssprop --wb-color-grid - Grid lines of the chart (default #e1e3e3).
 * @cssprop --wb-color-background - Background (also of downloaded images).
 * @cssprop --wb-color-focus - Focus ring colour.
 * @cssprop --wb-font-family - Font of the text and the chart.
 * @cssprop --wb-chart-min-height - Space kept for the chart while it loads (default 268px); the chart's box (`--wb-trend-chart-height`) holds its place anyway.
 * @cssprop --wb-trend-chart-height - Height of the chart with its axes (default `calc(260px + 3.5em)`, so it grows with the text size). The chart fills it, so drawing it moves nothing on the page.
 */
export class IndicatorTrend extends WellbeingElement {
  static override styles = [...WellbeingElement.styles, tooltipStyles, chartControllerStyles, downloadMenuStyles, indicatorTrendStyles];

  protected static override redrawProperties: readonly string[] = ['indicator', 'area', 'compare', 'benchmark'];

  /** Id of the indicator to draw. */
  @property({ reflect: true }) indicator: string | null = null;

  /** Code of the area to draw. */
  @property({ reflect: true }) area: string | null = null;

  /** Comparator area codes, space- or comma-separated. */
  @property({ reflect: true }) compare: string | null = null;

  /** Code of the benchmark area (overrides the spec's). */
  @property({ reflect: true }) benchmark: string | null = null;

  @state() private tableOpen = false;

  private readonly controller = new ChartController<Chart>(this, {
    points: (chart) => this.chartPoints(chart),
    start: (points) => Math.max(0, points.findIndex((p) => p.series === 0 && p.order === this.latestIndex())),
    select: (detail) => this.select(detail),
    onActive: (chart, point) => {
      const label = point && this.model ? (this.chartView(this.model).points[point.order]?.label ?? '') : '';
      void chart.view.signal(FOCUS_SIGNAL, label).runAsync();
    },
    redraw: () => this.requestUpdate('model'),
    // A new width may need the value axis's title in more or fewer lines.
    redrawOnResize: true,
  });
  private cachedView: { key: string; model: Model; view: TrendView } | undefined;
  private cachedChartView: { from: TrendView; view: TrendView } | undefined;
  private cachedTable: { view: TrendView; messages: Messages; table: TrendTable; body: HTMLTableSectionElement } | undefined;
  /**
   * The theme read when the chart was last drawn, for the key's colours. Computed styles are read
   * when the chart is drawn, never while the element renders: there, with other elements rendering
   * around it, each read made the browser work out the page's styles again (a fifth of the time of
   * 30 trends).
   */
  private drawnTheme: TrendTheme | undefined;

  /** The view model for the current model and attributes (recomputed only when they change). */
  private trendView(model: Model): TrendView {
    const key = JSON.stringify([this.indicator, this.area, this.compare, this.benchmark, this.locale]);
    if (this.cachedView?.key === key && this.cachedView.model === model) return this.cachedView.view;
    let view: TrendView;
    try {
      view = buildTrendView(model, { indicator: this.indicator, area: this.area, compare: this.compare, benchmark: this.benchmark, locale: this.locale }, this.messages);
    } catch (error) {
      if (error instanceof TrendRequestError) throw new ViewError(error.message);
      throw error;
    }
    this.cachedView = { key, model, view };
    return view;
  }

  private get locale(): string {
    return this.language;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new view starts without a focused period or old messages, and says what it shows once drawn.
    this.controller.viewChanged(changed, ['indicator', 'area', 'compare', 'benchmark', 'lang', 'model'], () =>
      messagesLoaded(this.language) ? this.messages.chart.nowShowing({ chart: chartLabel(this.trendView(this.model!), this.messages) }) : undefined,
    );
  }

  protected override renderView(model: Model): TemplateResult {
    const view = this.trendView(model);
    const messages = this.messages;
    const m = messages.indicatorTrend;
    // The table is written when first opened (as Highcharts writes its data table): hidden, nobody
    // reads it. Writing it at once was a twentieth of the time of 30 trends, and seconds for a long
    // one (issue 15: 25,000 periods).
    const table = this.tableOpen ? this.table(view, messages) : undefined;
    const latest = view.latest;
    const source = view.indicator.source ?? model.spec.source;
    const sourceHref = safeHref(source?.url, document.baseURI);
    const names = seriesNames(view);
    // The key's colours: the theme read when the chart was last drawn (the defaults before).
    const theme = this.drawnTheme;
    const palette = theme?.palette ?? defaultPalette;
    const colours = theme?.seriesColours ?? defaultSeriesColours;
    const outline = theme?.pointOutline ?? '#0b0c0c';
    const statuses = TREND_STATUS_ORDER.filter((s) => view.points.some((p) => p.value !== null && p.comparison === s));
    const domain = valueDomain(view);

    return html`<div class="trend" lang=${this.lang || nothing}>
      <div>
        ${this.heading(0, view.indicator.title, { className: 'title', part: 'title' })}
        <p class="subtitle" part="subtitle">${m.subtitle({ area: view.area.name, range: periodRange(view, messages) })}</p>
      </div>

      <dl class="latest" part="latest">
        <div>
          <dt>${m.latestHeading({ period: latest.label })}</dt>
          <dd class="latest-value">
            ${formatValue(latest.value!, view.style)}
            ${latest.lower !== null && latest.upper !== null
              ? html`<span class="latest-interval">${m.interval({ lower: formatValue(latest.lower, view.style), upper: formatValue(latest.upper, view.style) })}</span>`
              : nothing}
          </dd>
        </div>
        ${showsComparison(view)
          ? html`<div>
              <dt>${comparisonHeading(view, messages)}</dt>
              <dd class="latest-status">
                <span class="badge status-${latest.comparison}" aria-hidden="true">${statusLetter[latest.comparison]}</span> ${statusLabel(latest.comparison, view, messages)}${latest.benchmarkValue !== null && view.method !== 'quintiles'
                  ? ` (${formatValue(latest.benchmarkValue, view.style)})`
                  : ''}
              </dd>
            </div>`
          : nothing}
        ${view.trend.direction !== 'cannot-calculate'
          ? html`<div>
              <dt>${m.recentTrend}</dt>
              <dd>${capitalise(trendPhrase(view.trend, messages))}</dd>
            </div>`
          : nothing}
      </dl>

      ${this.controller.renderSummary(summaryText(view, messages))}
      ${noComparisonHint(view, messages) ? html`<p class="hint">${noComparisonHint(view, messages)}</p>` : nothing}

      <div>
        <p class="legend-heading" id="legend-heading">${m.legendHeading}</p>
        <ul class="legend" part="legend" aria-labelledby="legend-heading">
          ${names.map(
            (name, i) =>
              html`<li>
                <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
                  <line x1="1" y1="7" x2="35" y2="7" stroke=${colours[i % colours.length]!} stroke-width="2.5" stroke-dasharray=${seriesDash[i % seriesDash.length]!.join(' ') || nothing}></line>
                </svg>
                ${name}
              </li>`,
          )}
          ${view.hasIntervals
            ? html`<li>
                <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">
                  <path d="M3,1H11M7,1V13M3,13H11" stroke=${colours[0]!} stroke-width="1.5" fill="none"></path>
                </svg>
                ${m.intervalLegend}
              </li>`
            : nothing}
          ${view.anyCompared
            ? statuses.map(
                (status) =>
                  html`<li data-status=${status}>
                    <svg width="14" height="14" viewBox="0 0 14 14" aria-hidden="true" focusable="false">${shapeSwatch(statusShape(status), palette[status], outline)}</svg>
                    ${statusLabel(status, view, messages)}
                  </li>`,
              )
            : nothing}
          ${view.target !== undefined
            ? html`<li>
                <svg width="36" height="14" viewBox="0 0 36 14" aria-hidden="true" focusable="false">
                  <line x1="1" y1="7" x2="35" y2="7" stroke=${theme?.target ?? '#0b0c0c'} stroke-width="1.5" stroke-dasharray="8 4"></line>
                </svg>
                ${m.target({ value: formatValue(view.target, view.style) })}
              </li>`
            : nothing}
        </ul>
      </div>

      ${this.controller.renderChart({
        label: chartLabel(view, messages),
        description: messages.chart.lineChart({
          across: messages.chart.periods({ first: view.points[0]!.label, last: view.points[view.points.length - 1]!.label }),
          up: axisTitle(view, domain.domain[0], domain.startsAtZero, messages),
        }),
        describedBy: 'summary',
      })}
      ${this.controller.renderHint(names.length > 1 ? messages.chart.keysLines : messages.chart.keysPoints, messages.chart.touch)}
      ${this.controller.renderLive()}

      ${this.controller.renderActions({
        words: messages.common,
        tableOpen: this.tableOpen,
        onToggle: () => (this.tableOpen = !this.tableOpen),
        download: (format) => void this.download(format),
      })}
      ${this.controller.renderTable(
        messages.common.tableCaption({ title: `${view.indicator.title}, ${view.area.name}` }),
        table?.table.headers ?? [],
        table?.body ?? nothing,
        !this.tableOpen,
      )}

      ${view.indicator.definition
        ? html`<details class="about" part="about">
            <summary>${m.aboutHeading}</summary>
            <p><strong>${messages.common.definition}:</strong> ${view.indicator.definition}</p>
          </details>`
        : nothing}
      ${source
        ? html`<p class="source" part="source">
            ${messages.common.source}: ${sourceHref ? html`<a href=${sourceHref} rel="noopener">${source.name}</a>` : source.name}
          </p>`
        : nothing}
    </div>`;
  }

  /**
   * The table, and its rows written once per view and language with the DOM's own methods (text
   * stays text): a Lit template for every cell made the hidden table a quarter of the time of
   * drawing 30 trends. The same body is given again while the view is the same, so Lit leaves it alone.
   */
  private table(view: TrendView, messages: Messages): { table: TrendTable; body: HTMLTableSectionElement } {
    if (this.cachedTable?.view === view && this.cachedTable.messages === messages) return this.cachedTable;
    const table = trendTable(view, messages);
    const body = document.createElement('tbody');
    for (const [head, ...cells] of table.rows) {
      const row = body.insertRow();
      const th = document.createElement('th');
      th.scope = 'row';
      th.textContent = head!.text;
      row.append(th);
      for (const cell of cells) {
        const td = row.insertCell();
        if (cell.numeric || cell.note) td.className = cell.numeric ? 'number' : 'note';
        if (cell.status && cell.text !== messages.indicatorTrend.noValue) {
          const badge = document.createElement('span');
          badge.className = `badge status-${cell.status}`;
          badge.setAttribute('aria-hidden', 'true');
          badge.textContent = statusLetter[cell.status];
          td.append(badge, ' ');
        }
        td.append(cell.text);
      }
    }
    this.cachedTable = { view, messages, table, body };
    return this.cachedTable;
  }

  /** Colours and fonts for Vega, read from the `--wb-*` custom properties so theming reaches the chart. */
  private theme(): TrendTheme {
    const text = readToken(this, 'color-text', '#0b0c0c');
    return {
      palette: readPalette(this),
      seriesColours: defaultSeriesColours.map((fallback, i) => readToken(this, `trend-series-${i + 1}`, fallback)),
      text,
      muted: readToken(this, 'color-muted', '#505a5f'),
      grid: readToken(this, 'color-grid', '#e1e3e3'),
      pointOutline: text,
      target: readToken(this, 'trend-target-color', '#0b0c0c'),
      fontFamily: getComputedStyle(this).fontFamily || 'sans-serif',
      background: readToken(this, 'color-background', '#ffffff'),
      fontSize: this.controller.textSize(),
    };
  }

  private specOptions(view: TrendView, mode: 'screen' | 'export'): TrendSpecOptions {
    // A file is drawn at 12 px text whatever the reader's setting: it is read at its own size.
    const theme = mode === 'export' ? { ...this.theme(), fontSize: 12 } : this.theme();
    return trendSpecOptions(view, this.messages, theme, mode, view.indicator.source ?? this.model?.spec.source);
  }

  protected override async draw(): Promise<void> {
    // Charts on screen first; the rest in idle time (the words above and the table are already there).
    let keyChanged = false;
    await this.controller.draw((container) => {
      const view = this.trendView(this.model!);
      // The box's width sizes the axis title's lines (read already: no new layout).
      const options = { ...this.specOptions(view, 'screen'), boxWidth: container.clientWidth };
      const key = (t: TrendTheme | undefined) => JSON.stringify(t && [t.palette, t.seriesColours, t.pointOutline, t.target]);
      keyChanged = key(options.theme) !== key(this.drawnTheme ?? defaultTrendTheme);
      this.drawnTheme = options.theme;
      return renderChart(container, buildTrendSpec(view, options), { label: chartLabel(view, this.messages) });
    });
    // An author's colours reach the key too (before `wellbeing-ready`).
    if (keyChanged) {
      this.requestUpdate();
      await this.updateComplete;
    }
  }

  protected override teardown(): void {
    this.controller.release();
  }

  /** The periods the chart draws (all of them, but at most MAX_CHART_PERIODS: chartPeriods); the table keeps every one. */
  private chartView(model: Model): TrendView {
    const view = this.trendView(model);
    if (this.cachedChartView?.from !== view) this.cachedChartView = { from: view, view: chartPeriods(view) };
    return this.cachedChartView.view;
  }

  private latestIndex(): number {
    const view = this.model ? this.chartView(this.model) : undefined;
    return view ? view.points.indexOf(view.latest) : -1;
  }

  /**
   * The points the keyboard and pointer reach: the area's at every period (a period without a value
   * is reached by the keyboard, on the next line's point, and says so), then each comparator's.
   */
  private chartPoints(chart: Chart): ChartPoint[] {
    if (!this.model) return [];
    const view = this.chartView(this.model);
    const messages = this.messages;
    const x = chart.view.scale('x') as ((label: string) => number) | undefined;
    const y = chart.view.scale('y') as (((value: number) => number) & { domain(): number[] }) | undefined;
    if (!x || !y) return [];
    const [originX, originY] = plotOrigin(chart.view);
    const at = (label: string, value: number) => ({ x: originX + x(label), y: originY + y(value), width: 0, height: 0 });
    const names = seriesNames(view);
    const points: ChartPoint[] = [];
    view.points.forEach((point, order) => {
      const lines = tooltipLines(view, point, messages);
      const anchor = point.value ?? point.comparatorValues.find((v) => v !== null) ?? y.domain()[1]!;
      points.push({
        series: 0,
        order,
        box: at(point.label, anchor),
        lines,
        sentence: linesSentence(lines),
        select: { indicator: view.indicator.id, area: view.area.code, period: point.period },
        pointer: point.value !== null,
      });
      view.comparators.forEach((comparator, i) => {
        const value = point.comparatorValues[i];
        if (value === null || value === undefined) return;
        points.push({
          series: i + 1,
          order,
          box: at(point.label, value),
          lines,
          sentence: linesSentence([['', point.label], [names[i + 1]!, valueText(view, value, messages)]]),
          select: { indicator: view.indicator.id, area: comparator.code, period: point.period },
        });
      });
    });
    return points;
  }

  private async download(format: DownloadFormat): Promise<void> {
    if (!this.model) return;
    const view = this.trendView(this.model);
    const messages = this.messages;
    const base = `${fileSlug(view.indicator.id)}-${fileSlug(view.area.code)}`;
    await this.controller.download(
      async () => {
        if (format === 'csv') {
          const { header, rows } = trendCsv(view);
          return csvFile(`${base}.csv`, toCsv(header, rows));
        }
        return exportChart({
          parent: this.renderRoot as ShadowRoot,
          spec: buildTrendSpec(view, this.specOptions(view, 'export')),
          label: chartLabel(view, messages),
          format,
          filename: `${base}.${format}`,
        });
      },
      (file) => offerDownload(this, file),
      messages.indicatorTrend,
    );
  }
}

defineElement('indicator-trend', IndicatorTrend);

declare global {
  interface HTMLElementTagNameMap {
    'indicator-trend': IndicatorTrend;
  }
}
