import { html, svg, type PropertyDeclarations, type TemplateResult } from 'lit';
import { WellbeingElement, ViewError } from '../../../src/elements/base/wellbeing-element.js';
import type { Model } from '../../../src/model/model.js';

/** The smallest real element: it draws an SVG naming the spec's title and counts its rows. */
export class TestWidget extends WellbeingElement {
  static override properties: PropertyDeclarations = { indicator: { reflect: true } };
  declare indicator: string | null;
  protected static override redrawProperties = ['indicator'];
  draws = 0;

  protected override renderView(model: Model): TemplateResult {
    if (this.indicator && !model.indicator(this.indicator)) {
      throw new ViewError(`indicator="${this.indicator}" is not one of the indicators in the spec.`);
    }
    const title = model.spec.title ?? 'Untitled';
    return html`<svg role="img" aria-label=${title} width="100" height="20">${svg`<text x="0" y="15">${title}</text>`}</svg>
      <p class="summary">${model.spec.data.length} rows</p>`;
  }

  protected override async draw(): Promise<void> {
    this.draws++;
  }
}
customElements.define('test-widget', TestWidget);
