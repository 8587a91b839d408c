/**
 * Fallback content (SPEC-v1, "Fallback content"): an element's own children other than its inline
 * spec show until it draws and again if it fails, and are neither seen nor read while it is drawn.
 * Also: an inline spec cut short by HTML parsing is reported in words.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import { html } from 'lit';
import { openWithoutJavaScript, pastePage } from '../../commands.js';
import { eventWithin, exampleSpec, mount, shadow, textOf } from '../../helpers.js';
import { toInlineJson } from '../../../src/spec/inline-json.js';
import type { TestWidget } from './test-element.js';
import './test-element.js';

const echo = (spec: unknown, delay = 0) => `/__fixtures/echo?delay=${delay}&body=${encodeURIComponent(JSON.stringify(spec))}`;
const fallbackTable = html`<table id="fallback-table">
  <caption>
    Fallback: life expectancy
  </caption>
  <tr>
    <th>Period</th>
    <th>Years</th>
  </tr>
  <tr>
    <td>2020 - 22</td>
    <td>78.6</td>
  </tr>
</table>`;

/** True when the node is laid out (rendered through a slot), false when it is not rendered at all. */
const rendered = (node: Element) => node.getClientRects().length > 0;

interface AXNode {
  role: string;
  name?: string;
  children?: AXNode[];
}
const axText = (node: AXNode): string[] => [`${node.role}: ${node.name ?? ''}`, ...(node.children ?? []).flatMap(axText)];

describe('fallback content', () => {
  it('shows the page’s table while loading, hides it once drawn, and no screen reader hears it twice', async () => {
    const container = mount(html`<div id="fallback-region" role="region" aria-label="Fallback under test">
      <test-widget src=${echo({ version: 1, title: 'Drawn chart' }, 400)}>${fallbackTable}</test-widget>
    </div>`);
    const el = container.querySelector<TestWidget>('test-widget')!;
    const table = container.querySelector('#fallback-table')!;
    const ready = eventWithin(el, 'wellbeing-ready');
    await el.updateComplete;
    expect(el.getAttribute('aria-busy')).to.equal('true');
    expect(rendered(table), 'the table is shown while loading').to.equal(true);
    expect(textOf(shadow(el).querySelector('[part="placeholder"]'))).to.equal('Loading…');
    // No empty 320 px box above a table that already shows the data.
    expect(shadow(el).querySelector('.placeholder')).to.equal(null);

    await ready;
    expect(rendered(table), 'the table is hidden once drawn').to.equal(false);
    expect(shadow(el).querySelector('slot')).to.equal(null);
    const lines = axText((await a11ySnapshot({ selector: '#fallback-region' })) as unknown as AXNode).join('\n');
    expect(lines).to.include('Drawn chart');
    expect(lines).not.to.include('Fallback: life expectancy');
    expect(lines).not.to.include('78.6');
  });

  it('shows it again, below the error, when the element fails', async () => {
    const container = mount(html`<test-widget src="/__fixtures/status/404">${fallbackTable}</test-widget>`);
    const el = container.querySelector<TestWidget>('test-widget')!;
    await eventWithin(el, 'wellbeing-error');
    await el.updateComplete;
    const table = container.querySelector('#fallback-table')!;
    expect(rendered(table)).to.equal(true);
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.include('404');
    // The alert comes first, then the page's own content.
    const alert = shadow(el).querySelector('[role="alert"]')!;
    expect(alert.getBoundingClientRect().bottom).to.be.at.most(table.getBoundingClientRect().top + 1);
  });

  it('does not count the inline spec as fallback: without other children the placeholder keeps its size', async () => {
    // src wins over the inline script, and is slow: the loading state can be looked at.
    const container = mount(html`<test-widget src=${echo({ version: 1, title: 'From src' }, 400)}
      ><script type="application/json">
        { "version": 1, "title": "Inline" }
      </script></test-widget
    >`);
    const el = container.querySelector<TestWidget>('test-widget')!;
    await el.updateComplete;
    expect(shadow(el).querySelector('.placeholder')!.getBoundingClientRect().height).to.be.at.least(300);
    expect(shadow(el).querySelector('slot')).to.equal(null);
  });

  it('hides fallback added after the element drew, and shows it when a later spec fails', async () => {
    const container = mount(html`<test-widget></test-widget>`);
    const el = container.querySelector<TestWidget>('test-widget')!;
    await el.updateComplete;
    const ready = eventWithin(el, 'wellbeing-ready');
    el.spec = { version: 1, title: 'First' };
    await ready;
    const image = document.createElement('img');
    image.alt = 'A picture of the chart';
    image.width = 40;
    image.height = 20;
    image.src = '/examples/favicon.svg';
    el.append(image);
    await el.updateComplete;
    expect(rendered(image)).to.equal(false);
    const failed = eventWithin(el, 'wellbeing-error');
    el.spec = { version: 2 };
    await failed;
    await el.updateComplete;
    expect(rendered(image)).to.equal(true);
  });
});

describe('an inline spec cut short by HTML parsing', () => {
  /** Parses markup as the HTML parser does for a pasted page (the same rules for <script>). */
  const pasteInto = (markup: string) => {
    const container = mount(html``);
    container.append(document.createRange().createContextualFragment(markup));
    return container.querySelector<TestWidget>('test-widget')!;
  };

  it('says a </script> inside the spec closed the block', async () => {
    const failed = eventWithin(document.body, 'wellbeing-error');
    const el = pasteInto('<test-widget><script type="application/json">{ "version": 1, "title": "Trends </script> and gaps" }</script></test-widget>');
    const event = (await failed) as CustomEvent<{ message: string }>;
    expect(event.target === el, 'the event comes from the element').to.equal(true);
    expect(event.detail.message).to.match(/^The spec ends early: a `<\/script>` inside it closes the block\./);
    await el.updateComplete;
    expect(textOf(shadow(el).querySelector('[role="alert"]'))).to.include('The spec ends early');
  });

  it('says what <!--<script> does', async () => {
    const failed = eventWithin(document.body, 'wellbeing-error');
    pasteInto('<test-widget><script type="application/json">{ "version": 1, "title": "<!--<script>" }</script></test-widget><p>The rest of the page</p>');
    const event = (await failed) as CustomEvent<{ message: string }>;
    expect(event.detail.message).to.include('`<!--` and then `<script`');
  });

  it('draws a spec written with toInlineJson, whatever its text holds', async () => {
    const title = 'Trends </script> and <!--<script> gaps';
    const ready = eventWithin(document.body, 'wellbeing-ready');
    const el = pasteInto(`<test-widget><script type="application/json">${toInlineJson({ version: 1, title })}</script></test-widget>`);
    await ready;
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal(title);
  });
});

describe('fallback content with JavaScript off', function () {
  this.timeout(30000);

  it('a pasted element shows its table to a reader without JavaScript, and draws with it', async () => {
    const spec = await exampleSpec('life-expectancy.json');
    const path = await pastePage(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Fallback</title>
<script type="module" src="/dist/wellbeing-widgets.js"></script></head>
<body><main><h1>Life expectancy</h1>
<indicator-trend indicator="life-expectancy-male" area="E08000030">
<script type="application/json">${toInlineJson(spec)}</script>
<table><caption>Life expectancy at birth, males, Walsall</caption>
<tr><th>Period</th><th>Years</th></tr><tr><td>2020 - 22</td><td>76.0</td></tr></table>
</indicator-trend></main></body></html>`);

    const off = await openWithoutJavaScript(path);
    expect(off.status).to.equal(200);
    expect(off.scriptsRan).to.equal(false);
    expect(off.text).to.include('Life expectancy at birth, males, Walsall');
    expect(off.text).to.include('2020 - 22\t76.0');
    // The inline spec is not shown as text.
    expect(off.text).not.to.include('"version"');
    const tree = axText(off.tree as AXNode).join('\n');
    expect(tree).to.match(/table: Life expectancy at birth, males, Walsall/);

    // With JavaScript on, the same page draws and the table is no longer shown.
    const iframe = document.createElement('iframe');
    iframe.style.cssText = 'width:800px;height:600px;border:0';
    document.body.append(iframe);
    try {
      iframe.src = path;
      const started = performance.now();
      const drawn = () => !!iframe.contentDocument?.querySelector('indicator-trend')?.shadowRoot?.querySelector('svg');
      while (!drawn()) {
        if (performance.now() - started > 15000) throw new Error('the pasted trend did not draw');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const doc = iframe.contentDocument!;
      expect(doc.querySelector('indicator-trend')!.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
      expect(rendered(doc.querySelector('indicator-trend > table')!)).to.equal(false);
      expect(doc.body.innerText).not.to.include('2020 - 22\t76.0');
    } finally {
      iframe.remove();
    }
  });
});

describe('a spec set before the element is defined', () => {
  it('draws (the loader defines elements lazily: Lit applies the property in the first update)', async () => {
    class LateWidget extends (customElements.get('test-widget') as typeof TestWidget) {}
    const el = document.createElement('late-widget') as TestWidget;
    el.spec = { version: 1, title: 'Set before definition' };
    const container = mount(html``);
    container.append(el);
    const ready = eventWithin(el, 'wellbeing-ready');
    customElements.define('late-widget', LateWidget);
    await ready;
    expect(shadow(el).querySelector('svg')!.getAttribute('aria-label')).to.equal('Set before definition');
  });
});
