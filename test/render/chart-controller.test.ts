/**
 * The shared chart controller, as a reader meets it in <indicator-trend> (ONS APS life satisfaction,
 * Islington against England and London): the keyboard across points and lines, the polite words,
 * tooltips a reader can dismiss and hover, 24 px pointer targets, a tap, and text that follows the
 * reader's text size (issue 11, item 4; issue 15, items 1 and 8).
 */
import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../src/elements/indicator-trend/indicator-trend.js';
import type { IndicatorTrend } from '../../src/elements/indicator-trend/indicator-trend.js';
import { messagesFor } from '../../src/i18n/index.js';
import { fixtureReady, shadow, textOf } from '../helpers.js';
import { ISLINGTON, LONDON, onsWellbeing } from '../elements/indicator-trend/trend-fixtures.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector)!;
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)];
const live = (el: Element) => textOf($(el, '[aria-live="polite"]'));
const tooltip = (el: Element) => $(el, '.wb-tooltip');

async function until(condition: () => boolean, timeoutMs = 4000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

async function islington(style = 'width:720px;display:block'): Promise<IndicatorTrend> {
  return fixtureReady<IndicatorTrend>(
    html`<indicator-trend style=${style} .spec=${await onsWellbeing()} indicator="life-satisfaction" area=${ISLINGTON} compare=${LONDON}></indicator-trend>`,
    20000,
  );
}

/** The centre of the area's points (the last symbol layer), in the page's pixels. */
function areaPoint(el: Element, index: number): [number, number] {
  const layers = $$(el, '.chart .mark-symbol');
  const box = layers[layers.length - 1]!.querySelectorAll('path')[index]!.getBoundingClientRect();
  return [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
}

const pressKey = async (el: IndicatorTrend, key: string) => {
  await sendKeys({ press: key });
  await el.updateComplete;
};

describe('the shared chart controller', function () {
  this.timeout(60000);
  afterEach(async () => {
    await sendMouse({ type: 'move', position: [0, 0] });
  });

  it('keyboard: Left/Right along a line, Up/Down between the area, the benchmark and a comparator, in words', async () => {
    const el = await islington();
    $(el, '.chart').focus();
    await pressKey(el, 'End');
    // The area's latest point: value, interval and the status word.
    expect(live(el)).to.equal('2022/23. Islington: 7.25 (6.97 to 7.54). Compared with England: Similar. England: 7.44. London: 7.35.');
    await pressKey(el, 'ArrowDown');
    expect(live(el)).to.equal('2022/23. England: 7.44.');
    await pressKey(el, 'ArrowDown');
    expect(live(el)).to.equal('2022/23. London: 7.35.');
    await pressKey(el, 'ArrowDown'); // no line below London
    expect(live(el)).to.equal('2022/23. London: 7.35.');
    await pressKey(el, 'ArrowLeft');
    expect(live(el)).to.equal('2021/22. London: 7.46.');
    await pressKey(el, 'ArrowUp');
    await pressKey(el, 'ArrowUp');
    expect(live(el)).to.match(/^2021\/22\. Islington: 7\.30 \(6\.96 to 7\.63\)\. Compared with England: Similar\./);
    await pressKey(el, 'Home');
    expect(live(el)).to.match(/^2011\/12\. Islington: 7\.09/);
    // A visible ring marks the point, at least the 24 px target round it.
    const ring = $(el, '.mark-focus');
    expect(ring.hidden).to.equal(false);
    expect(ring.getBoundingClientRect().width).to.be.at.least(24);
    // One live region, polite.
    expect($$(el, '[aria-live]')).to.have.length(1);
  });

  it('one tab stop: Tab enters the chart and the next Tab leaves it', async () => {
    const el = await islington();
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement).to.equal($(el, '.chart'));
    await until(() => !tooltip(el).hidden); // focus shows the latest point, as a tooltip and in words
    expect(live(el)).to.match(/^2022\/23\. Islington/);
    await sendKeys({ press: 'Tab' });
    expect(shadow(el).activeElement?.getAttribute('part')).to.equal('table-button');
    expect(tooltip(el).hidden, 'the keyboard tooltip goes with focus').to.equal(true);
    before.remove();
  });

  it('Escape dismisses the tooltip and focus stays on the chart; a hover tooltip too, wherever focus is', async () => {
    const el = await islington();
    const chart = $(el, '.chart');
    chart.focus();
    await pressKey(el, 'ArrowLeft');
    expect(tooltip(el).hidden).to.equal(false);
    await pressKey(el, 'Escape');
    expect(tooltip(el).hidden).to.equal(true);
    expect(shadow(el).activeElement).to.equal(chart);
    await pressKey(el, 'ArrowLeft'); // the keyboard goes on from where it was
    expect(live(el)).to.match(/^2020\/21\./);
    chart.blur();

    await sendMouse({ type: 'move', position: areaPoint(el, 3) });
    await until(() => !tooltip(el).hidden);
    await sendKeys({ press: 'Escape' });
    expect(tooltip(el).hidden).to.equal(true);
    // Resting on the same point does not bring it back; another point does.
    const [x, y] = areaPoint(el, 3);
    await sendMouse({ type: 'move', position: [x + 1, y] });
    expect(tooltip(el).hidden).to.equal(true);
    await sendMouse({ type: 'move', position: areaPoint(el, 5) });
    await until(() => !tooltip(el).hidden);
  });

  it('hover: the nearest point within 24 px answers (10 px from a mark still shows it); the tooltip can be hovered; nothing is announced', async () => {
    const el = await islington();
    const [x, y] = areaPoint(el, 4);
    await sendMouse({ type: 'move', position: [x + 10, y] });
    await until(() => !tooltip(el).hidden);
    expect(textOf(tooltip(el))).to.match(/^2015\/16Islington: /);
    expect(live(el), 'hover is not announced').to.equal('');
    // The tooltip sits above the point, not over it.
    const tip = tooltip(el).getBoundingClientRect();
    expect(tip.bottom).to.be.at.most(y - 4);
    // The pointer moves onto the tooltip: it stays.
    await sendMouse({ type: 'move', position: [Math.round(tip.x + tip.width / 2), Math.round(tip.y + tip.height / 2)] });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(tooltip(el).hidden).to.equal(false);
    expect(textOf(tooltip(el))).to.match(/^2015\/16/);
    // Away from every point (the chart's bottom corner, under the axis labels): it goes.
    const box = $(el, '.chart').getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(box.right - 3), Math.round(box.bottom - 3)] });
    await until(() => tooltip(el).hidden);
  });

  it('touch: a tap shows the point\'s tooltip and the hint says how to use touch', async () => {
    const el = await islington();
    const touch = messagesTouch();
    expect(textOf($(el, '[part="hint"]'))).to.not.contain(touch);
    const [x, y] = areaPoint(el, 2);
    $(el, '.chart').dispatchEvent(new PointerEvent('pointerdown', { pointerType: 'touch', clientX: x + 8, clientY: y, bubbles: true, composed: true }));
    await el.updateComplete;
    expect(tooltip(el).hidden).to.equal(false);
    expect(textOf(tooltip(el))).to.match(/^2013\/14/);
    expect(textOf($(el, '[part="hint"]'))).to.contain(touch);
  });

  it('chart text follows the element\'s text size (24 px → 18 px labels), redraws when it changes, never below 12 px', async () => {
    const labelSize = (el: Element) => Number.parseFloat($$(el, '.role-axis-label text')[0]!.getAttribute('font-size') ?? '0');
    const small = await islington('width:720px;display:block;font-size:12px');
    expect(labelSize(small)).to.equal(12);
    const large = await islington('width:720px;display:block;font-size:24px');
    expect(labelSize(large)).to.equal(18);
    // The value axis's title is horizontal (no rotated text).
    const title = $$(large, '.role-axis-title text').map((t) => t.getAttribute('transform') ?? '');
    expect(title.every((t) => !t.includes('rotate(-90)'))).to.equal(true, title.join('|'));
    // The reader makes the text larger: the chart draws again, larger.
    const ready = new Promise((resolve) => large.addEventListener('wellbeing-ready', resolve, { once: true }));
    large.style.fontSize = '32px';
    await ready;
    expect(labelSize(large)).to.equal(24);
  });

  it('a new text size keeps the keyboard on its point: same line, same period, ring and tooltip back', async () => {
    const el = await islington('width:720px;display:block;font-size:16px');
    const before = document.createElement('button');
    before.textContent = 'before';
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    await pressKey(el, 'End');
    await pressKey(el, 'ArrowDown');
    await pressKey(el, 'ArrowLeft');
    await pressKey(el, 'ArrowLeft');
    expect(live(el)).to.equal('2020/21. England: 7.38.');
    // The reader makes the text larger: the chart is drawn again, focus stays on it.
    const ready = new Promise((resolve) => el.addEventListener('wellbeing-ready', resolve, { once: true }));
    el.style.fontSize = '24px';
    await ready;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal($(el, '.chart'));
    expect(live(el), 'nothing new said').to.equal('2020/21. England: 7.38.');
    expect($(el, '.mark-focus').hidden, 'the ring is back on the point').to.equal(false);
    expect(textOf(tooltip(el))).to.match(/^2020\/21/);
    await pressKey(el, 'ArrowLeft');
    expect(live(el), 'the next key goes on from the same point').to.match(/^2019\/20\. England: /);

    // A tooltip Escape closed stays closed when the chart is drawn again (WCAG 1.4.13).
    await pressKey(el, 'Escape');
    expect(tooltip(el).hidden, 'Escape closes the tooltip').to.equal(true);
    const again = new Promise((resolve) => el.addEventListener('wellbeing-ready', resolve, { once: true }));
    el.style.fontSize = '16px';
    await again;
    await el.updateComplete;
    expect(shadow(el).activeElement).to.equal($(el, '.chart'));
    expect(tooltip(el).hidden, 'still closed after the redraw').to.equal(true);
    expect($(el, '.mark-focus').hidden, 'no ring either').to.equal(true);
    await pressKey(el, 'ArrowLeft');
    expect(live(el), 'the next key goes on from the same point').to.match(/^2018\/19\. England: /);
    expect(tooltip(el).hidden).to.equal(false);
    before.remove();
  });
});

const messagesTouch = () => messagesFor('en').chart.touch;
