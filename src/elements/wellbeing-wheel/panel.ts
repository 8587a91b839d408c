/**
 * The chosen domain's panel (its statement, sub-domains and indicators). Most readers never open one,
 * so it is a module of its own that the wheel loads with the first domain opened (or at once when
 * `selected` is set); the wheel's first download is that much smaller. Renders the same DOM as before.
 */
import { html, nothing, type TemplateResult } from 'lit';
import type { Messages } from '../../i18n/index.js';
import { safeHref } from '../../render/format.js';
import { wheelStatusLetter, type IndicatorStatus } from './status.js';
import { capitalise, type DomainView, type IndicatorView, type WheelViewModel } from './view-model.js';

export { panelStyles } from './panel.styles.js';

/** What the panel needs from its wheel. */
export interface PanelHost {
  readonly messages: Messages;
  readonly indicatorHint: string | null;
  /** The spec's own source, for indicators without one. */
  readonly specSource: IndicatorView['indicator']['source'];
  heading(offset: number, content: unknown, options: { id?: string }): TemplateResult;
  onKeydown(event: KeyboardEvent): void;
  close(): void;
  chooseChild(id: string): void;
  chooseIndicator(indicator: IndicatorView): void;
}

export function renderPanel(host: PanelHost, view: WheelViewModel, domain: DomainView): TemplateResult {
  const m = host.messages.wheel;
  const children = domain.childIds.map((id) => view.domains.get(id)!).filter(Boolean);
  return html`<section class="panel" part="panel" id="panel" tabindex="-1" aria-labelledby="panel-heading" @keydown=${host.onKeydown}>
    <div class="panel-head">
      ${host.heading(1, domain.label, { id: 'panel-heading' })}
      <button class="close" part="panel-close" type="button" @click=${() => host.close()}>
        ${m.panelClose}<span class="visually-hidden"> ${domain.label}</span>
      </button>
    </div>
    ${domain.statement ? html`<p class="statement">${domain.statement}</p>` : nothing}
    ${domain.description ? html`<p class="description">${domain.description}</p>` : nothing}
    <p class="domain-status">${capitalise(domain.statusText)}.</p>
    ${children.length
      ? html`<ul class="children">
          ${children.map(
            (child) => html`<li>
              <button class="indicator-button" type="button" @click=${() => host.chooseChild(child.id)}>${child.label}</button>:
              ${child.statusText}
            </li>`,
          )}
        </ul>`
      : nothing}
    ${domain.indicators.length
      ? html`${host.indicatorHint ? html`<p class="hint">${host.indicatorHint}</p>` : nothing}
          <ul class="indicators">
            ${domain.indicators.map((indicator) => renderIndicator(host, view, indicator))}
          </ul>`
      : children.length
        ? nothing
        : html`<p>${m.panelNoIndicators}</p>`}
  </section>`;
}

function renderIndicator(host: PanelHost, view: WheelViewModel, v: IndicatorView): TemplateResult {
  const m = host.messages.wheel;
  const source = v.indicator.source ?? host.specSource;
  const href = safeHref(source?.url, document.baseURI);
  const chip = (status: string) => html`<span class=${`chip status-${status}`} aria-hidden="true">${wheelStatusLetter(status as IndicatorStatus)}</span>`;
  return html`<li>
    <button class="indicator-button" part="indicator" type="button" data-indicator=${v.id} @click=${() => host.chooseIndicator(v)}>
      ${v.title}
    </button>
    <dl class="facts">
      <dt>${m.value}</dt>
      <dd>${v.valueText}</dd>
      ${v.intervalText ? html`<dt>${m.interval}</dt><dd>${v.intervalText}</dd>` : nothing}
      <dt>${m.period}</dt>
      <dd>${v.periodText}</dd>
      ${view.benchmark ? html`<dt>${m.benchmarkValue({ benchmark: view.benchmark.name })}</dt><dd>${v.benchmarkText}</dd>` : nothing}
      <dt>${m.comparison}</dt>
      <dd>${chip(v.comparison)}${capitalise(v.comparisonText)}</dd>
      <dt>${m.trend}</dt>
      <dd>${chip(v.trend)}${capitalise(v.trendText)}</dd>
      ${source ? html`<dt>${host.messages.common.source}</dt><dd>${href ? html`<a href=${href}>${source.name}</a>` : source.name}</dd>` : nothing}
    </dl>
  </li>`;
}
