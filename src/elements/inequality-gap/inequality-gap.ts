import { html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { ViewError, WellbeingElement } from '../base/wellbeing-element.js';
import { messagesLoaded } from '../../i18n/index.js';
import { defineElement } from '../define.js';
import type { Model } from '../../model/model.js';
import {
  csvFile,
  downloadMenuStyles,
  fileSlug,
  offerDownload,
  toCsv,
  type DownloadFormat,
} from '../../render/downloads.js';
import { exportChart } from '../../render/chart-export.js';
import { safeHref } from '../../render/format.js';
import { readPalette, readToken, statusLetter, tooltipStyles } from '../../render/theme.js';
import { renderChart, type Chart } from '../../render/vega.js';
import { ChartController, chartControllerStyles } from '../../render/chart-controller.js';
import { plotOrigin, type ChartPoint, type TooltipEntry } from '../../render/chart-points.js';
import type { Comparison } from '../../stats/types.js';
import { buildGapView, exportRows, GapDataError, type GapView, type TableCell } from './gap-model.js';
import { defaultGapChartStyle, gapExportOptions } from './gap-export.js';
import { ACTIVE_SIGNAL, buildGapChartSpec, chartBoxHeight, stopAnchor, type GapChartStyle } from './gap-spec.js';
import { gapStyles } from './styles.js';

const STATUS_ORDER: Comparison[] = ['better', 'similar', 'worse', 'higher', 'lower', 'not-compared'];

/**
 * How unequal an outcome is between groups, and whether the gap is closing.
 *
 * Two views. **groups**: one indicator, area and period, one mark per group (deprivation deciles or
 * quintiles from the most to the least deprived, or any other groups) with its 95% interval, the
 * area's overall value as a reference line, the absolute gap (first against last ordered group;
 * highest against lowest otherwise) and the ratio, and for ordered groups with populations the slope
 * index and relative index of inequality (PHE method, src/stats) with 95% limits and the fitted line.
 * **over-time**: two groups (or a group and the overall value) across periods, the gap shaded between
 * them and written in every period, and whether it widened or narrowed.
 *
 * Words: a summary sentence, key figures, a key, a data table (in a disclosure) and tooltips, all
 * with the same numbers. The chart is one tab stop (the shared chart controller): Left/Right move
 * between groups or periods, Up/Down between the two series over time, a live region says each;
 * a pointer shows the nearest mark within 24 px, a tap shows its tooltip, Escape hides it.
 *
 * @tag inequality-gap
 * @summary Gaps between groups, the slope index of inequality, and gaps over time.
 *
 * @attr src - URL of a spec (JSON).
 * @attr indicator - Id of the indicator to show. Default: the first indicator with grouped rows.
 * @attr area - Area code. Default: the first area (in the spec's order) with grouped rows for the indicator.
 * @attr period - Period of the groups view (as in the data, or as labelled, e.g. `2019/20`). Default: the latest with group values.
 * @attr view - `groups` or `over-time`. Default: `groups` when the latest period has two or more group values, else `over-time`.
 * @attr groups - Over-time view: the two groups, comma-separated (`Male,Female`), or one group and `overall`. Default: the two ends of ordered groups, else the first two.
 * @attr group-type - The kind of group when an indicator has several (e.g. `deprivation-decile`, `deprivation-quintile`). Default: the first.
 * @attr lang - Language of the words (default: the spec's, then the page's).
 * @attr timeout - Seconds to wait for `src`.
 * @attr max-size - Largest spec accepted, in megabytes.
 *
 * @fires wellbeing-ready - The chart is drawn.
 * @fires wellbeing-error - The spec could not be loaded or does not support what was asked; `detail.message` says why.
 * @fires wellbeing-select - A person chose a mark (click, or Enter/Space on the focused chart): `{ indicator, area, period, group? }`.
 * @fires wellbeing-download - Before a download is saved (cancelable); `detail` is the file.
 *
 * @csspart figure - The whole drawn element.
 * @csspart title - The indicator's title and the area.
 * @csspart summary - The summary sentence.
 * @csspart figures - The key figures (gap, ratio, SII, RII).
 * @csspart chart - The focusable chart container.
 * @csspart svg - The chart's SVG.
 * @csspart tooltip - The tooltip (hover, tap and keyboard).
 * @csspart focus - The ring round the mark the keyboard is on.
 * @csspart hint - The keyboard (and, on touch screens, touch) instructions.
 * @csspart live - The live region saying the mark the keyboard is on (visually hidden).
 * @csspart key - The key to the chart.
 * @csspart table - The data table's scrolling region.
 * @csspart source - The source note.
 * @csspart downloads - The download menu.
 * @csspart placeholder - The loading placeholder.
 * @csspart error - The error message.
 *
 * @cssprop --wb-series-1 - Colour of the first series in the over-time view (default #1f4e9c).
 * @cssprop --wb-series-2 - Colour of the second series in the over-time view (default #b35806).
 * @cssprop --wb-color-mark - Colour of the group marks when there is no overall value to compare with.
 * @cssprop --wb-gap-shade - Fill between the two series.
 * @cssprop --wb-status-better - Colour of groups better than the overall value (also similar, worse, higher, lower, not-compared).
 * @cssprop --wb-color-text - Text and line colour.
 * @cssprop --wb-color-muted - Secondary text.
 * @cssprop --wb-color-focus - Focus ring.
 * @cssprop --wb-font-family - Font of the words and the chart.
 * @cssprop --wb-chart-min-height - Space kept for the chart while it loads (default 0); the chart's box (`--wb-gap-chart-height`) holds its place anyway.
 * @cssprop --wb-gap-chart-height - Height of the chart with its axes (default: its plot, 280 px or 34 px a group in rows, and room for the axes that grows with the text size, e.g. `calc(300px + 2.75em)` for groups in order, more when its axis title takes several lines). The chart fills it, so drawing it moves nothing on the page.
 */
export class InequalityGap extends WellbeingElement {
  static override styles = [...WellbeingElement.styles, tooltipStyles, chartControllerStyles, downloadMenuStyles, gapStyles];

  protected static override redrawProperties = ['indicator', 'area', 'period', 'view', 'groups', 'groupType'];

  /** Id of the indicator to show. */
  @property({ reflect: true }) indicator: string | null = null;
  /** Area code. */
  @property({ reflect: true }) area: string | null = null;
  /** Period of the groups view (default: latest). */
  @property({ reflect: true }) period: string | null = null;
  /** `groups` or `over-time`. */
  @property({ reflect: true }) view: string | null = null;
  /** Two groups for the over-time view: `Male,Female`, or a group and `overall`. */
  @property({ reflect: true }) groups: string | null = null;
  /** The kind of group, when an indicator has several. */
  @property({ reflect: true, attribute: 'group-type' }) groupType: string | null = null;

  private readonly controller = new ChartController<Chart>(this, {
    points: (chart) => this.chartPoints(chart),
    select: (detail) => this.select(detail),
    // The keyboard's mark is drawn larger (the `active` signal holds its stop's index).
    onActive: (chart, point) => void chart.view.signal(ACTIVE_SIGNAL, point ? point.order : -1).runAsync(),
    redraw: () => this.requestUpdate('model'),
    // A new width may need the axis titles in more or fewer lines.
    redrawOnResize: true,
  });
  private cached: { key: unknown[]; view: GapView } | undefined;
  /** The view and figure the chart box's height was last worked out for (`updated`). */
  private sizedBox: { view: GapView; figure: HTMLElement } | undefined;

  /** The view model for the current attributes (memoised: the SII simulation runs once per input). */
  private get gapView(): GapView | undefined {
    return this.state === 'ready' ? this.cached?.view : undefined;
  }

  private numberLang(): string {
    return this.language;
  }

  private computeView(model: Model): GapView {
    const messages = this.messages;
    const key = [model, messages, this.numberLang(), this.indicator, this.area, this.period, this.view, this.groups, this.groupType];
    if (this.cached && this.cached.key.every((part, i) => part === key[i])) return this.cached.view;
    try {
      const view = buildGapView(
        model,
        { indicator: this.indicator, area: this.area, period: this.period, view: this.view, groups: this.groups, groupType: this.groupType },
        { messages, lang: this.numberLang() },
      );
      this.cached = { key, view };
      return view;
    } catch (error) {
      this.cached = undefined;
      if (error instanceof GapDataError) throw new ViewError(error.message);
      throw error;
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // A new question or new data: the keyboard starts again from no mark, the last download message
    // goes, and the chart says what it shows once drawn.
    this.controller.viewChanged(changed, ['indicator', 'area', 'period', 'view', 'groups', 'groupType', 'lang', 'model'], () =>
      messagesLoaded(this.language) && this.gapView ? this.messages.chart.nowShowing({ chart: this.gapView.chartLabel }) : undefined,
    );
  }

  protected override renderView(model: Model): TemplateResult {
    const view = this.computeView(model);
    const m = this.messages;
    const words = m.inequalityGap;
    const subtitle =
      view.kind === 'groups'
        ? `${view.areaName}, ${view.periodLabel} · ${words.viewGroups}`
        : `${view.areaName} · ${words.viewOverTime}`;
    const source = view.indicator.source ?? model.spec.source;
    const sourceUrl = safeHref(source?.url, document.baseURI);
    return html`<figure part="figure" aria-labelledby="gap-title">
      <figcaption part="title">
        ${this.heading(0, view.indicator.title, { className: 'title', id: 'gap-title' })}
        <span class="subtitle">${subtitle}</span>
      </figcaption>
      ${this.controller.renderSummary(view.summary)}
      <dl class="figures" part="figures" aria-label=${words.figuresHeading}>
        ${view.figures.map((f) => html`<dt>${f.term}</dt><dd>${f.description}</dd>`)}
      </dl>
      ${this.controller.renderChart({ label: view.chartLabel, description: this.chartDescription(view), describedBy: 'summary' })}
      ${this.controller.renderHint(view.kind === 'over-time' ? m.chart.keysLines : m.chart.keysPoints, m.chart.touch)}
      ${this.controller.renderLive()}
      ${this.renderKey(view)}
      ${view.notes.map((note) => html`<p class="note">${note}</p>`)}
      <details class="table-details">
        <summary>${m.common.showTable}</summary>
        ${this.controller.renderTable(view.table.caption, view.table.head, this.renderTableBody(view))}
      </details>
      ${view.indicator.definition
        ? html`<details class="definition">
            <summary>${m.common.definition}</summary>
            <p>${view.indicator.definition}</p>
          </details>`
        : nothing}
      ${this.controller.renderActions({ words: m.common, download: (format) => void this.download(format) })}
      ${source
        ? html`<p class="source" part="source">
            ${m.common.source}: ${sourceUrl ? html`<a href=${sourceUrl}>${source.name}</a>` : source.name}
          </p>`
        : nothing}
    </figure>`;
  }

  private renderKey(view: GapView): TemplateResult {
    const words = this.messages.inequalityGap;
    const items: TemplateResult[] = [];
    if (view.kind === 'groups') {
      items.push(html`<li>${view.ordered ? words.keyPoints : words.keyPointsRows}</li>`);
      if (view.sii.ok) items.push(html`<li>${words.keyFitted}</li>`);
      if (view.overall) {
        const overall = view.overall.label;
        items.push(html`<li>${words.keyOverall({ overall })}</li>`);
        const present = new Set(view.groups.flatMap((g) => (g.comparison ? [g.comparison] : [])));
        for (const status of STATUS_ORDER.filter((s) => present.has(s))) {
          const letter = statusLetter[status];
          const text =
            status === 'similar'
              ? words.keyStatusSimilar({ overall })
              : status === 'not-compared'
                ? words.keyStatusNotCompared({ overall })
                : words.keyStatus({ status: this.messages.comparison[status], overall });
          // The letter is drawn beside each mark; the swatch repeats it with the colour.
          items.push(
            html`<li>
              <span class="swatch" data-status=${status}>${letter}</span> <span>${text}</span>
            </li>`,
          );
        }
      }
    } else {
      items.push(html`<li>${words.keySeries}</li>`, html`<li>${words.keyShade}</li>`);
    }
    return html`<div class="key" part="key">
      <p class="key-heading" id="key-heading">${words.keyHeading}</p>
      <ul aria-labelledby="key-heading">
        ${items}
      </ul>
    </div>`;
  }

  /** The table's rows (the controller writes the table, its caption and its head row, in its region). */
  private renderTableBody(view: GapView): TemplateResult {
    const cell = (c: TableCell, index: number) => {
      const content = c.status ? html`<span class="letter" aria-hidden="true">${statusLetter[c.status]}</span> ${c.text}` : c.text;
      return index === 0
        ? html`<th scope="row" class=${c.numeric ? 'number' : ''}>${content}</th>`
        : html`<td class=${c.numeric ? 'number' : ''}>${content}</td>`;
    };
    return html`<tbody>
        ${view.table.rows.map((row) => html`<tr>${row.map(cell)}</tr>`)}
      </tbody>`;
  }

  /** Colours and font for the chart, read from the `--wb-*` properties (Vega cannot read CSS variables). */
  private chartStyle(): GapChartStyle {
    const d = defaultGapChartStyle;
    return {
      palette: readPalette(this),
      letters: d.letters,
      series: [readToken(this, 'series-1', d.series[0]), readToken(this, 'series-2', d.series[1])],
      mark: readToken(this, 'color-mark', d.mark),
      text: readToken(this, 'color-text', d.text),
      muted: readToken(this, 'color-muted', d.muted),
      grid: readToken(this, 'color-grid', d.grid),
      shade: readToken(this, 'gap-shade', d.shade),
      font: readToken(this, 'font-family', d.font),
      fontSize: this.controller.textSize(),
    };
  }

  /** The chart's type and what its axes show (the summary, also named, gives its main message). */
  private chartDescription(view: GapView): string {
    const words = this.messages.chart;
    const values = view.valueTitle || this.messages.indicatorTrend.value;
    if (view.kind === 'over-time') {
      const periods = view.periods;
      return words.lineChart({ across: words.periods({ first: periods[0]?.periodLabel ?? '', last: periods.at(-1)?.periodLabel ?? '' }), up: values });
    }
    return view.ordered ? words.dotChart({ across: view.positionTitle, up: values }) : words.dotRows({ across: values, rows: view.positionTitle });
  }

  protected override updated(changed: PropertyValues<this>): void {
    // The chart's box is as high as the chart will be (from the number of groups), before it is
    // drawn: drawing it moves nothing below. Set through the CSSOM (a style attribute, as Lit's
    // styleMap first writes, is refused under a strict CSP).
    // The box knows the lines of the axis titles, which the chart's width and text size set: worked
    // out again for a new view, a new figure, or a redraw (`model`: a new width or text size), not
    // for every update (a keyboard move, a live message), as reading the width lays the page out.
    const view = this.gapView;
    const figure = this.renderRoot.querySelector<HTMLElement>('figure');
    const container = this.renderRoot.querySelector<HTMLElement>('.chart > .vega');
    if (view && figure && container && ((changed as PropertyValues).has('model') || this.sizedBox?.view !== view || this.sizedBox.figure !== figure)) {
      figure.style.setProperty('--_gap-chart-height', chartBoxHeight(view, { width: container.clientWidth, fontSize: this.controller.textSize() }));
      this.sizedBox = { view, figure };
    }
    super.updated(changed);
  }

  protected override async draw(): Promise<void> {
    const view = this.gapView;
    if (!view) return;
    await this.controller.draw((container) =>
      renderChart(container, buildGapChartSpec(view, this.chartStyle(), { width: container.clientWidth }), { label: view.chartLabel }),
    );
  }

  protected override teardown(): void {
    this.controller.release();
  }

  /**
   * The marks the keyboard and pointer reach: one a group (one line), or over time one a period on
   * each of the two series (two lines; the focused series' value comes first in its words).
   */
  private chartPoints(chart: Chart): ChartPoint[] {
    const view = this.gapView;
    if (!view) return [];
    const x = chart.view.scale('x') as ((v: unknown) => number) | undefined;
    const y = chart.view.scale('y') as (((v: unknown) => number) & { bandwidth?: () => number }) | undefined;
    if (!x || !y) return [];
    const [originX, originY] = plotOrigin(chart.view);
    const box = (xValue: unknown, yValue: unknown, band = false) => ({
      x: originX + x(xValue),
      y: originY + y(yValue) + (band && y.bandwidth ? y.bandwidth() / 2 : 0),
      width: 0,
      height: 0,
    });
    const sentence = (lines: TooltipEntry[]) => lines.map(([label, value]) => (label ? `${label}: ${value}` : value)).join('; ');
    if (view.kind === 'over-time') {
      return view.stops.flatMap((stop, order) => {
        const period = view.periods.find((p) => p.key === stop.key);
        if (!period) return [];
        return [period.a, period.b].flatMap((value, series) => {
          if (value === null) return [];
          const [heading, a, b, ...rest] = stop.tip;
          const lines = (series === 0 ? [heading, a, b, ...rest] : [heading, b, a, ...rest]).filter((l): l is TooltipEntry => !!l);
          return [{ series, order, box: box(period.periodLabel, value), lines, sentence: sentence(lines), select: stop.select }];
        });
      });
    }
    return view.stops.flatMap((stop, order) => {
      const anchor = stopAnchor(view, order);
      if (!anchor) return [];
      return [{ series: 0, order, box: box(anchor.x.value, anchor.y.value, anchor.y.band), lines: stop.tip, sentence: stop.sentence, select: stop.select }];
    });
  }

  private async download(format: DownloadFormat): Promise<void> {
    const view = this.gapView;
    if (!view) return;
    const words = this.messages.inequalityGap;
    const base = words.filename({
      indicator: fileSlug(view.indicator.id),
      area: fileSlug(view.areaCode),
      period: view.kind === 'groups' ? fileSlug(view.periodLabel) : '',
    });
    const filename = `${base}.${format}`;
    await this.controller.download(
      async () => {
        if (format === 'csv') {
          const { header, rows } = exportRows(view);
          return csvFile(filename, toCsv(header, rows));
        }
        // A file is drawn at 12 px text whatever the reader's setting: it is read at its own size.
        const spec = buildGapChartSpec(view, { ...this.chartStyle(), fontSize: 12 }, gapExportOptions(view, this.messages, view.indicator.source ?? this.model?.spec.source));
        return exportChart({ parent: this.renderRoot as ShadowRoot, spec, label: view.chartLabel, format, filename });
      },
      (file) => offerDownload(this, file),
      words,
    );
  }
}

defineElement('inequality-gap', InequalityGap);

declare global {
  interface HTMLElementTagNameMap {
    'inequality-gap': InequalityGap;
  }
}
