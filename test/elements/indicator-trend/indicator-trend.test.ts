import { expect, html } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/elements/indicator-trend/indicator-trend.js';
import type { IndicatorTrend } from '../../../src/elements/indicator-trend/indicator-trend.js';
import type { WellbeingErrorDetail } from '../../../src/elements/base/wellbeing-element.js';
import type { DownloadDetail } from '../../../src/render/downloads.js';
import { defaultPalette } from '../../../src/render/theme.js';
import { liveViewCount, loadVega } from '../../../src/render/vega.js';
import { withForcedColors } from '../../commands.js';
import { eventWithin, fixtureError, fixtureReady, shadow, textOf } from '../../helpers.js';
import {
  COUNTY_DURHAM,
  ENGLAND,
  ISLINGTON,
  lifeExpectancy,
  LONDON,
  onsLongLabels,
  onsNoJudgement,
  onsWellbeing,
  onsWithMissingPeriod,
  onsWithTarget,
  WALSALL,
  WEST_MIDLANDS,
} from './trend-fixtures.js';
import type { SpecInput } from '../../../src/spec/schema.js';

const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => shadow(el).querySelector<T>(selector);
const $$ = (el: Element, selector: string) => [...shadow(el).querySelectorAll(selector)];

/** Mounts an element with a spec and attributes, and waits until it is drawn. */
function trend(spec: SpecInput, attributes: Record<string, string> = {}, width = 720): Promise<IndicatorTrend> {
  return fixtureReady<IndicatorTrend>(mountTemplate(spec, attributes, width));
}

// Attributes are set before the element connects, as a page's HTML would.
function mountTemplate(spec: SpecInput, attributes: Record<string, string>, width: number) {
  return html`<indicator-trend
    style="width:${width}px"
    .spec=${spec}
    indicator=${attributes.indicator ?? ''}
    area=${attributes.area ?? ''}
    compare=${attributes.compare ?? ''}
    benchmark=${attributes.benchmark ?? ''}
  ></indicator-trend>`;
}

/** The area's points (the last symbol layer) with their fills. */
const areaSymbols = (el: Element) => {
  const layers = $$(el, '.chart .mark-symbol');
  return [...layers[layers.length - 1]!.querySelectorAll('path')];
};

const tableRows = (el: Element) => $$(el, 'tbody tr').map((tr) => [...tr.children].map((c) => textOf(c)));

// The Vega runtime arrives as many modules from the test server: load it once, with time to spare.
before(async function () {
  this.timeout(60_000);
  await loadVega();
});

describe('<indicator-trend>', () => {
  describe('Islington life satisfaction against England and London (ONS APS, release of 7 November 2023)', () => {
    let el: IndicatorTrend;
    beforeEach(async () => {
      el = await trend(await onsWellbeing(), { indicator: 'life-satisfaction', area: ISLINGTON, compare: LONDON });
    });

    it('draws the chart inside a named, described, focusable group; Vega\'s SVG is hidden from assistive technology', () => {
      expect($(el, '.chart svg')).to.not.equal(null);
      expect($(el, '.chart > .vega')!.getAttribute('aria-hidden')).to.equal('true');
      const name = 'Chart of Life satisfaction (mean score, 0 to 10) in Islington, compared with England and London, 2011/12 to 2022/23';
      const chart = $(el, '.chart')!;
      expect(chart.getAttribute('role')).to.equal('group');
      expect(chart.getAttribute('aria-label')).to.equal(name);
      expect(chart.tabIndex).to.equal(0);
      // Described by its type and axes, the summary (the main message) and how to use it.
      const described = chart.getAttribute('aria-describedby')!.split(' ').map((id) => textOf(shadow(el).getElementById(id)));
      expect(described[0]).to.match(/^Line chart, with the periods from 2011\/12 to 2022\/23 along the bottom and Score \(axis starts at 6\.\d0, not zero\) up the side\.$/);
      expect(described.slice(1)).to.deep.equal([textOf($(el, '[part="summary"]')), textOf($(el, '[part="hint"]'))]);
      expect(described[2]).to.contain('Left and Right move along a line. Up and Down move between the lines.');
    });

    it('says the title, the area, the period range, the latest value with its interval and comparison, and the trend', () => {
      expect(textOf($(el, '[part="title"]'))).to.equal('Life satisfaction (mean score, 0 to 10)');
      expect(textOf($(el, '[part="subtitle"]'))).to.equal('Islington, 2011/12 to 2022/23');
      expect(textOf($(el, '[part="latest"]'))).to.equal(
        'Latest value (2022/23) 7.25 95% confidence interval 6.97 to 7.54 Compared with England S Similar to England (7.44) Recent trend No significant change',
      );
      expect($(el, '.latest-status .badge')!.getAttribute('aria-hidden')).to.equal('true');
    });

    it('gives the generated summary', () => {
      expect(textOf($(el, '[part="summary"]'))).to.equal(
        'Life satisfaction in Islington was 7.09 in 2011/12 and 7.25 in 2022/23; in 2022/23 it was similar to England (7.44). ' +
          'Recent trend (latest 5 periods): no significant change.',
      );
    });

    it('marks each point by its comparison: 9 worse, 3 similar, by shape and colour, with a key in words', () => {
      // Islington is worse than England (interval below England's value) in every year but 2013/14, 2021/22 and 2022/23.
      const fills = areaSymbols(el).map((p) => p.getAttribute('fill'));
      expect(fills.filter((f) => f === defaultPalette.worse)).to.have.length(9);
      expect(fills.filter((f) => f === defaultPalette.similar)).to.have.length(3);
      expect(fills[2]).to.equal(defaultPalette.similar);
      // Square for similar, diamond for worse: different paths, not only different colours.
      const shapes = new Set(areaSymbols(el).map((p) => p.getAttribute('d')!.replace(/[\d.-]+/g, '#')));
      expect(shapes.size).to.equal(2);
      expect($$(el, '[part="legend"] li').map((li) => textOf(li))).to.deep.equal([
        'Islington',
        'England',
        'London',
        '95% confidence interval',
        'Similar to England',
        'Worse than England',
      ]);
    });

    it('draws England and London as their own dashed lines', () => {
      const lines = $$(el, '.chart .mark-line path');
      expect(lines).to.have.length(3);
      expect(lines.map((l) => l.getAttribute('stroke-dasharray') ?? '')).to.have.members(['', '6,4', '2,3']);
    });

    it('says on the y axis that it does not start at zero', () => {
      const titles = $$(el, '.chart .role-axis-title text').map((t) => textOf(t));
      expect(titles.some((t) => /^Score \(axis starts at 6\.\d0, not zero\)$/.test(t))).to.equal(true, titles.join('|'));
    });

    it('shows the definition and a safe source link', () => {
      expect(textOf($(el, '[part="about"] p'))).to.match(/^Definition: Average rating of life satisfaction/);
      const link = $<HTMLAnchorElement>(el, '[part="source"] a')!;
      expect(link.href).to.equal('https://www.ons.gov.uk/peoplepopulationandcommunity/wellbeing/bulletins/measuringnationalwellbeing/previousreleases');
    });

    it('passes axe', async () => {
      await expect(el).to.be.accessible();
    });
  });

  describe('the table', () => {
    it('opens from its button by keyboard and has the same numbers as the chart', async () => {
      const el = await trend(await onsWellbeing(), { indicator: 'life-satisfaction', area: ISLINGTON, compare: LONDON });
      const button = $<HTMLButtonElement>(el, '[part="table-button"]')!;
      expect(button.getAttribute('aria-expanded')).to.equal('false');
      expect($(el, '#table')!.hidden).to.equal(true);
      button.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(button.getAttribute('aria-expanded')).to.equal('true');
      expect(textOf(button)).to.equal('Hide the table');
      expect($(el, '#table')!.hidden).to.equal(false);
      expect($$(el, 'thead th').map((th) => textOf(th))).to.deep.equal([
        'Period',
        'Islington',
        'Lower 95% limit',
        'Upper 95% limit',
        'Compared with England',
        'England',
        'London',
      ]);
      const rows = tableRows(el);
      expect(rows).to.have.length(12);
      expect(rows[0]).to.deep.equal(['2011/12', '7.09', '6.88', '7.30', 'W Worse', '7.41', '7.25']);
      expect(rows[11]).to.deep.equal(['2022/23', '7.25', '6.97', '7.54', 'S Similar', '7.44', '7.35']);
      expect($$(el, 'tbody th[scope="row"]')).to.have.length(12);
      expect(textOf($(el, 'caption'))).to.equal('Life satisfaction (mean score, 0 to 10), Islington: the data');
      await expect(el).to.be.accessible();
    });
  });

  describe('keyboard', () => {
    it('arrow keys move between periods with a tooltip in the shadow root, a guide line and a spoken announcement; Escape hides', async () => {
      const el = await trend(await onsWellbeing(), { indicator: 'life-satisfaction', area: ISLINGTON, compare: LONDON });
      const chart = $(el, '.chart')!;
      chart.focus();
      await eventually(() => textOf($(el, '#live')) !== '');
      // Focus starts at the latest period.
      expect(textOf($(el, '#live'))).to.equal('2022/23. Islington: 7.25 (6.97 to 7.54). Compared with England: Similar. England: 7.44. London: 7.35.');

      await sendKeys({ press: 'ArrowLeft' });
      await eventually(() => textOf($(el, '#live')).startsWith('2021/22'));
      const tooltip = $(el, '.wb-tooltip')!;
      expect(tooltip.hidden).to.equal(false);
      expect(linesOf(tooltip)).to.deep.equal(['2021/22', 'Islington: 7.30 (6.96 to 7.63)', 'Compared with England: Similar', 'England: 7.55', 'London: 7.46']);
      // The guide line is drawn through the 2021/22 point, and the tooltip sits just above that point.
      const guide = $$(el, '.chart .mark-rule.layer_0_marks line');
      expect(guide).to.have.length(1);
      const point = areaSymbols(el)[10]!.getBoundingClientRect();
      const pointX = point.x + point.width / 2;
      const pointY = point.y + point.height / 2;
      expect(Math.abs(guide[0]!.getBoundingClientRect().x - pointX)).to.be.below(2);
      const tip = tooltip.getBoundingClientRect();
      expect(tip.bottom).to.be.at.most(pointY);
      expect(pointY - tip.bottom).to.be.below(20);
      // 12 px right of the point, unless that would overflow the chart (then against its right edge).
      const layer = $(el, '.tooltip-layer')!.getBoundingClientRect();
      expect(Math.abs(tip.left - Math.min(pointX + 12, layer.right - tip.width))).to.be.below(2);
      expect(tip.right).to.be.at.most(layer.right + 1);

      await sendKeys({ press: 'Home' });
      await eventually(() => textOf($(el, '#live')).startsWith('2011/12'));
      expect(textOf(tooltip)).to.contain('Compared with England: Worse');
      await sendKeys({ press: 'ArrowLeft' });
      expect(textOf($(el, '#live'))).to.match(/^2011\/12/); // stays at the first

      await sendKeys({ press: 'End' });
      await eventually(() => textOf($(el, '#live')).startsWith('2022/23'));

      await sendKeys({ press: 'Escape' });
      await eventually(() => $$(el, '.chart .mark-rule.layer_0_marks line').length === 0);
      expect(tooltip.hidden).to.equal(true);
    });

    it('Enter chooses the period (wellbeing-select)', async () => {
      const el = await trend(await onsWellbeing(), { indicator: 'anxiety', area: WALSALL });
      $(el, '.chart')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      const selected = eventWithin(el, 'wellbeing-select') as Promise<CustomEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await selected).detail).to.deep.equal({ indicator: 'anxiety', area: WALSALL, period: '2021-04-01/P1Y' });
    });

    it('Tab reaches the chart, the table button, the download menu and the definition, in that order', async () => {
      const el = await trend(await onsWellbeing(), { area: ISLINGTON });
      const before = document.createElement('button');
      el.before(before);
      before.focus();
      const order: string[] = [];
      for (let i = 0; i < 4; i++) {
        await sendKeys({ press: 'Tab' });
        const active = shadow(el).activeElement as HTMLElement | null;
        order.push(active?.getAttribute('part') ?? active?.tagName ?? 'outside');
      }
      before.remove();
      // The table is hidden until asked for, so after the menu comes "About this indicator".
      expect(order).to.deep.equal(['chart', 'table-button', 'downloads-button', 'SUMMARY']);
    });
  });

  describe('pointer', () => {
    it('hovering a point shows its tooltip inside the shadow root; clicking chooses the period', async () => {
      const el = await trend(await onsWellbeing(), { indicator: 'life-satisfaction', area: ISLINGTON });
      el.scrollIntoView();
      const point = areaSymbols(el)[0]!;
      const box = point.getBoundingClientRect();
      const position: [number, number] = [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)];
      await sendMouse({ type: 'move', position });
      const tooltip = $(el, '.wb-tooltip')!;
      await eventually(() => !tooltip.hidden);
      expect(linesOf(tooltip)).to.deep.equal(['2011/12', 'Islington: 7.09 (6.88 to 7.30)', 'Compared with England: Worse', 'England: 7.41']);
      expect(document.body.querySelector(':scope > .wb-tooltip, :scope > #vg-tooltip-element')).to.equal(null);
      const selected = eventWithin(el, 'wellbeing-select') as Promise<CustomEvent>;
      await sendMouse({ type: 'click', position });
      expect((await selected).detail).to.deep.equal({ indicator: 'life-satisfaction', area: ISLINGTON, period: '2011-04-01/P1Y' });
      await sendMouse({ type: 'move', position: [0, 0] });
    });
  });

  describe('cases', () => {
    it('anxiety, where lower is better: Walsall 2012/13 is better, 2017/18 worse', async () => {
      const el = await trend(await onsWellbeing(), { indicator: 'anxiety', area: WALSALL, compare: WEST_MIDLANDS });
      $<HTMLButtonElement>(el, '[part="table-button"]')!.click();
      await el.updateComplete;
      const comparisons = tableRows(el).map((r) => r[4]);
      expect(comparisons.map((c) => c![0]).join('')).to.equal('SBSSSSWWSSSS');
      expect(comparisons[1]).to.equal('B Better');
      const fills = areaSymbols(el).map((p) => p.getAttribute('fill'));
      expect(fills[1]).to.equal(defaultPalette.better);
      expect(fills[6]).to.equal(defaultPalette.worse);
    });

    it('a missing period is a gap in the line, "no value" in the table, and named in the summary', async () => {
      const el = await trend(await onsWithMissingPeriod(), { indicator: 'anxiety', area: WALSALL, compare: WEST_MIDLANDS });
      const walsallLine = $$(el, '.chart .mark-line path').find((p) => p.getAttribute('stroke') === '#505a5f')!;
      expect(walsallLine.getAttribute('d')!.match(/M/g)).to.have.length(2);
      expect(areaSymbols(el)).to.have.length(11);
      expect(textOf($(el, '[part="summary"]'))).to.contain('There is no value for 2020/21.');
      $<HTMLButtonElement>(el, '[part="table-button"]')!.click();
      await el.updateComplete;
      // England 3.31 and the West Midlands 3.34 in 2020/21 (ONS).
      expect(tableRows(el)[9]).to.deep.equal(['2020/21', 'no value', 'no value', 'no value', 'no value', '3.31', '3.34']);
      // The keyboard reaches the gap and says so.
      $(el, '.chart')!.focus();
      await sendKeys({ press: 'ArrowLeft' });
      await sendKeys({ press: 'ArrowLeft' });
      await eventually(() => textOf($(el, '#live')).startsWith('2020/21'));
      expect(textOf($(el, '#live'))).to.equal('2020/21. Walsall: no value. England: 3.31. West Midlands: 3.34.');
    });

    it('an indicator without intervals (life expectancy): plain points, no status key, says why it is not compared', async () => {
      const el = await trend(await lifeExpectancy(), { area: COUNTY_DURHAM });
      expect($$(el, '[part="legend"] li').map((li) => textOf(li))).to.deep.equal(['County Durham', 'England']);
      expect($$(el, '.chart .intervals_marks path')).to.have.length(0);
      expect(new Set(areaSymbols(el).map((p) => p.getAttribute('fill')))).to.deep.equal(new Set(['#505a5f']));
      expect(textOf($(el, '[part="summary"]'))).to.equal(
        'Life expectancy at birth, males in County Durham was 78.2 years in 2015 to 2017 and 78.0 years in 2023 to 2025; ' +
          'it was not compared with England because the data have no confidence intervals.',
      );
      expect(textOf($(el, '.latest-status'))).to.equal('– Not compared with England (79.7 years)');
      await expect(el).to.be.accessible();
    });

    it('a no-judgement indicator is higher or lower, never better or worse', async () => {
      const el = await trend(await onsNoJudgement(), { indicator: 'anxiety', area: ISLINGTON });
      const legend = $$(el, '[part="legend"] li').map((li) => textOf(li));
      expect(legend).to.include.members(['Similar to England', 'Higher than England']);
      expect(legend.join()).not.to.match(/Better|Worse/);
      expect(new Set(areaSymbols(el).map((p) => p.getAttribute('fill')))).to.deep.equal(new Set([defaultPalette.higher, defaultPalette.similar]));
    });

    it('a target is drawn and said', async () => {
      const el = await trend(await onsWithTarget(), { area: WALSALL });
      const label = $$(el, '.chart .mark-text text').find((t) => textOf(t) === 'Target 7.50');
      expect(label, 'the target labelled on the chart').to.exist;
      // At the axes' size (the reader's chart text, at least 12 px), not a smaller one of its own.
      expect(parseFloat(getComputedStyle(label!).fontSize)).to.equal(parseFloat(getComputedStyle($(el, '.chart .role-axis-label text')!).fontSize));
      expect(parseFloat(getComputedStyle(label!).fontSize)).to.be.at.least(12);
      expect(textOf($(el, '[part="summary"]'))).to.contain('The target is 7.50.');
      expect($$(el, '[part="legend"] li').map((li) => textOf(li))).to.include('Target 7.50');
    });

    it('long labels reflow at 320 px without scrolling sideways, and pass axe', async () => {
      const el = await trend(await onsLongLabels(), { area: ISLINGTON, compare: LONDON }, 320);
      expect(el.getBoundingClientRect().width).to.equal(320);
      expect(el.scrollWidth).to.be.at.most(320);
      expect(shadow(el).querySelector('.trend')!.scrollWidth).to.be.at.most(320);
      expect(Number($(el, '.chart svg')!.getAttribute('width'))).to.be.at.most(320);
      expect(textOf($(el, '[part="subtitle"]'))).to.contain('The London Borough of Islington (including the former Metropolitan Borough of Finsbury)');
      $<HTMLButtonElement>(el, '[part="table-button"]')!.click();
      await el.updateComplete;
      // The table scrolls inside its own focusable region, not the page.
      expect(el.scrollWidth).to.be.at.most(320);
      expect($(el, '#table')!.tabIndex).to.equal(0);
      await expect(el).to.be.accessible();
    });

    it('at 320 px with 200% text, the value axis title is written whole, in lines inside the chart; at 720 px again in one', async () => {
      document.documentElement.style.fontSize = '32px';
      try {
        const el = await trend(await onsWellbeing(), { indicator: 'life-satisfaction', area: ISLINGTON }, 320);
        const title = () => {
          const text = $$(el, '.chart svg text').find((t) => /^Score/.test(textOf(t)))!;
          return { text, lines: [...text.querySelectorAll('tspan')].map((t) => textOf(t)) };
        };
        const { text, lines } = title();
        expect(lines.length, 'in more than one line').to.be.greaterThan(1);
        expect(lines.join(' ')).to.equal('Score (axis starts at 6.50, not zero)');
        const svgBox = $(el, '.chart svg')!.getBoundingClientRect();
        const titleBox = text.getBoundingClientRect();
        expect(titleBox.left).to.be.at.least(svgBox.left);
        expect(titleBox.right, 'inside the chart').to.be.at.most(svgBox.right);
        const gridLines = $$(el, '.chart svg .role-axis-grid line');
        expect(gridLines.length).to.be.greaterThan(0);
        expect(titleBox.bottom, 'above the plot').to.be.at.most(Math.min(...gridLines.map((l) => l.getBoundingClientRect().top)));
        expect(parseFloat(getComputedStyle(text).fontSize) || Number(text.getAttribute('font-size'))).to.equal(24);

        // Wider, the chart is drawn again and the title fits on one line.
        const ready = eventWithin(el, 'wellbeing-ready', 20000).catch(() => undefined);
        el.style.width = '720px';
        await ready;
        await new Promise((resolve) => setTimeout(resolve, 300));
        expect(textOf(title().text)).to.equal('Score (axis starts at 6.50, not zero)');
        expect(title().lines, 'one line, no tspans').to.deep.equal([]);
      } finally {
        document.documentElement.style.fontSize = '';
      }
    });

    /** The period axis's labels a reader sees (Vega hides one that would overlap with opacity 0), left to right, with their boxes. */
    const periodLabels = (el: Element) =>
      $$(el, '.chart svg .role-axis-label text')
        .filter((t) => /^\d{4}\/\d{2}$/.test(textOf(t)) && t.getAttribute('opacity') !== '0')
        .map((t) => ({ text: textOf(t), box: t.getBoundingClientRect() }))
        .sort((a, b) => a.box.left - b.box.left);

    it('at 320 px with 200% text, the period labels are whole, inside the chart and apart, the latest among them; at 720 px and usual text as before', async () => {
      document.documentElement.style.fontSize = '32px';
      try {
        const el = await trend(await onsWellbeing(), { indicator: 'life-satisfaction', area: ISLINGTON }, 320);
        const svgBox = $(el, '.chart svg')!.getBoundingClientRect();
        const labels = periodLabels(el);
        expect(labels.length, 'more than one period is labelled').to.be.greaterThan(1);
        for (const { text, box } of labels) {
          expect(box.left, `${text} starts inside the chart`).to.be.at.least(svgBox.left);
          expect(box.right, `${text} ends inside the chart`).to.be.at.most(svgBox.right);
          expect(box.width, `${text} is written whole`).to.be.greaterThan(0);
        }
        for (let i = 1; i < labels.length; i++) {
          expect(labels[i]!.box.left, `${labels[i]!.text} is clear of ${labels[i - 1]!.text}`).to.be.at.least(labels[i - 1]!.box.right);
        }
        expect(labels.map((l) => l.text), 'the latest period is labelled').to.include('2022/23');
      } finally {
        document.documentElement.style.fontSize = '';
      }
      // At usual sizes every period is labelled, centred under its point.
      const el = await trend(await onsWellbeing(), { indicator: 'life-satisfaction', area: ISLINGTON }, 720);
      const labels = periodLabels(el);
      expect(labels.map((l) => l.text)).to.deep.equal(['2011/12', '2012/13', '2013/14', '2014/15', '2015/16', '2016/17', '2017/18', '2018/19', '2019/20', '2020/21', '2021/22', '2022/23']);
      const points = areaSymbols(el).map((p) => p.getBoundingClientRect());
      const last = labels[labels.length - 1]!.box;
      const lastPoint = points[points.length - 1]!;
      expect(Math.abs((last.left + last.right) / 2 - (lastPoint.left + lastPoint.right) / 2), 'the latest label is centred under its point').to.be.below(1);
    });

    it('theming reaches the chart: --wb-status-* colours the points', async () => {
      const spec = await onsWellbeing();
      const el = await fixtureReady<IndicatorTrend>(
        html`<indicator-trend style="--wb-status-worse: #7a0019; width: 600px" .spec=${spec} area=${ISLINGTON}></indicator-trend>`,
      );
      expect(areaSymbols(el).filter((p) => p.getAttribute('fill') === '#7a0019')).to.have.length(9);
      expect($(el, '[part="legend"] li[data-status="worse"] [fill]')!.getAttribute('fill')).to.equal('#7a0019');
    });

    it('theming reaches the chart: --wb-font-family is the font of every text in it, as of the words around it', async () => {
      const spec = await onsWellbeing();
      const el = await fixtureReady<IndicatorTrend>(
        html`<indicator-trend style="--wb-font-family: Georgia, serif; width: 600px" .spec=${spec} area=${ISLINGTON} target="7.5"></indicator-trend>`,
      );
      const texts = $$(el, '.chart svg text');
      expect(texts.length, 'axis labels, title and the target label').to.be.greaterThan(10);
      for (const text of texts) expect(getComputedStyle(text).fontFamily, textOf(text)).to.equal('Georgia, serif');
      expect(getComputedStyle($(el, '[part="summary"]')!).fontFamily).to.equal('Georgia, serif');
    });

    it('forced colours (Windows High Contrast): lines and points take system colours, shapes and dashes still tell them apart', async () => {
      const el = await trend(await onsWellbeing(), { indicator: 'anxiety', area: WALSALL, compare: WEST_MIDLANDS });
      await withForcedColors(({ canvas, canvasText }) => {
        const lines = $$(el, '.chart .mark-line path');
        expect(lines.map((l) => getComputedStyle(l).stroke)).to.deep.equal([canvasText, canvasText, canvasText]);
        expect(new Set(lines.map((l) => l.getAttribute('stroke-dasharray') ?? 'solid')).size).to.equal(3);
        const points = areaSymbols(el);
        expect(new Set(points.map((p) => getComputedStyle(p).fill))).to.deep.equal(new Set([canvas]));
        expect(new Set(points.map((p) => getComputedStyle(p).stroke))).to.deep.equal(new Set([canvasText]));
        // Similar, better and worse keep three different shapes.
        expect(new Set(points.map((p) => p.getAttribute('d')!.replace(/[\d.-]+/g, '#'))).size).to.equal(3);
        expect(getComputedStyle($(el, '.chart .role-axis-label text')!).fill).to.equal(canvasText);
      });
    });

    it('text from a spec stays text, and only http(s) sources are links', async () => {
      const spec = await onsWellbeing();
      spec.areas = spec.areas!.map((a) => (a.code === ISLINGTON ? { ...a, name: '<img src=x onerror="window.__hacked=1">Islington' } : a));
      spec.indicators![0]!.source = { name: 'Evil', url: 'javascript:window.__hacked=1' };
      const el = await trend(spec, { area: ISLINGTON });
      expect(shadow(el).querySelector('img')).to.equal(null);
      expect(textOf($(el, '[part="subtitle"]'))).to.contain('<img src=x');
      expect($(el, '[part="source"] a')).to.equal(null);
      expect(textOf($(el, '[part="source"]'))).to.equal('Source: Evil');
    });

    it('numbers follow lang (German: 7,25)', async () => {
      const spec = await onsWellbeing();
      const el = await fixtureReady<IndicatorTrend>(html`<indicator-trend lang="de" .spec=${spec} area=${ISLINGTON}></indicator-trend>`);
      expect(textOf($(el, '.latest-value'))).to.match(/^7,25 95% confidence interval 6,97 to 7,54$/);
    });

    it('reads a spec pasted as inline JSON (CMS)', async () => {
      const spec = await onsWellbeing();
      const json = JSON.stringify(spec);
      const holder = document.createElement('div');
      document.body.append(holder);
      const el = document.createElement('indicator-trend');
      el.setAttribute('area', COUNTY_DURHAM);
      const script = document.createElement('script');
      script.type = 'application/json';
      script.textContent = json;
      el.append(script);
      const ready = eventWithin(holder, 'wellbeing-ready');
      holder.append(el);
      await ready;
      expect(textOf($(el, '[part="subtitle"]'))).to.equal('County Durham, 2011/12 to 2022/23');
      holder.remove();
    });
  });

  describe('errors', () => {
    it('an unknown indicator is an alert naming the attribute, the page keeps working, and fixing it redraws', async () => {
      const spec = await onsWellbeing();
      const other = await trend(spec, { area: WALSALL });
      const { el, detail } = await fixtureError<IndicatorTrend>(html`<indicator-trend .spec=${spec} indicator="happyness"></indicator-trend>`);
      const message = 'indicator="happyness" is not one of the indicators in the spec (life-satisfaction, worthwhile, happiness, anxiety).';
      expect((detail as WellbeingErrorDetail).message).to.equal(message);
      expect(textOf($(el, '[role="alert"]'))).to.contain(message);
      expect($(el, '.chart')).to.equal(null);
      // The other element is untouched and still responds.
      expect($(other, '.chart svg')).not.to.equal(null);
      const redrawn = eventWithin(other, 'wellbeing-ready');
      other.area = ISLINGTON;
      await redrawn;
      expect(textOf($(other, '[part="subtitle"]'))).to.contain('Islington');
      // Fixing the attribute draws the chart.
      const ready = eventWithin(el, 'wellbeing-ready');
      el.indicator = 'happiness';
      await ready;
      expect($(el, '[role="alert"]')).to.equal(null);
      expect(textOf($(el, '[part="title"]'))).to.equal('Happiness (mean score, 0 to 10)');
    });

    for (const [name, attributes, message] of [
      ['an unknown area', { area: 'E0000000X' }, 'area="E0000000X" is not one of the areas in the spec'],
      ['an unknown comparator', { compare: `${LONDON} W06000015` }, 'compare names "W06000015", which is not one of the areas in the spec'],
      ['an unknown benchmark', { benchmark: 'nowhere' }, 'benchmark="nowhere" is not one of the areas in the spec'],
    ] as const) {
      it(`${name} is an alert naming the attribute`, async () => {
        const spec = await onsWellbeing();
        const { el, detail } = await fixtureError<IndicatorTrend>(mountTemplate(spec, attributes as Record<string, string>, 600));
        expect(detail.message).to.contain(message);
        expect(textOf($(el, '[role="alert"]'))).to.contain(message);
        await expect(el).to.be.accessible();
      });
    }

    it('a src that fails says where and why', async () => {
      const { el, detail } = await fixtureError<IndicatorTrend>(html`<indicator-trend src="/__fixtures/status/404"></indicator-trend>`);
      expect(detail.status).to.equal(404);
      expect(textOf($(el, '[role="alert"]'))).to.contain('404');
    });

    it('shows the loading state with aria-busy while src loads', async () => {
      // A small spec (Islington and England, one measure) so it fits in the echo URL.
      const spec = await onsWellbeing();
      spec.data = (spec.data as Array<{ area: string; indicator: string }>).filter(
        (r) => (r.area === ISLINGTON || r.area === ENGLAND) && r.indicator === 'life-satisfaction',
      ) as never;
      const url = `/__fixtures/echo?delay=600&body=${encodeURIComponent(JSON.stringify(spec))}`;
      const holder = document.createElement('div');
      document.body.append(holder);
      const el = document.createElement('indicator-trend');
      el.src = url;
      const ready = eventWithin(holder, 'wellbeing-ready');
      holder.append(el);
      await el.updateComplete;
      expect(el.getAttribute('aria-busy')).to.equal('true');
      expect(textOf($(el, '[part="placeholder"]'))).to.equal('Loading…');
      await ready;
      expect(el.hasAttribute('aria-busy')).to.equal(false);
      holder.remove();
    });
  });

  describe('redrawing', () => {
    for (const fontSize of ['16px', '32px']) {
      it(`keeps the chart's place while it loads: drawing it moves nothing below (text at ${fontSize})`, async () => {
        // The reader's text size (the browser's setting: the root's font size).
        document.documentElement.style.fontSize = fontSize;
        const box = document.createElement('div');
        const el = document.createElement('indicator-trend') as IndicatorTrend;
        el.setAttribute('area', ISLINGTON);
        el.style.width = '720px';
        const below = document.createElement('p');
        below.textContent = 'Below the chart';
        box.append(el, below);
        const ready = eventWithin(el, 'wellbeing-ready', 20000);
        el.spec = await onsWellbeing();
        // Where the paragraph below is once the words are written, before the chart is drawn.
        let before: number | undefined;
        const watch = new MutationObserver(() => {
          if (before === undefined && shadow(el).querySelector('.chart > .vega') && !shadow(el).querySelector('.chart svg')) before = below.getBoundingClientRect().top;
        });
        document.body.append(box);
        watch.observe(shadow(el), { childList: true, subtree: true });
        try {
          await ready;
          watch.disconnect();
          expect(before, 'the words came before the chart').to.be.a('number');
          const svg = shadow(el).querySelector('.chart svg')!;
          expect(below.getBoundingClientRect().top).to.equal(before);
          expect(Number(svg.getAttribute('height')), 'the chart fills its box').to.equal(Math.floor(shadow(el).querySelector('.chart > .vega')!.clientHeight));
        } finally {
          box.remove();
          document.documentElement.style.fontSize = '';
        }
      });
    }

    it('changing indicator, area, compare or src redraws and finalizes the old Vega view', async () => {
      const start = liveViewCount();
      const el = await trend(await onsWellbeing(), { indicator: 'life-satisfaction', area: ISLINGTON });
      expect(liveViewCount()).to.equal(start + 1);

      const steps: Array<[() => void, string]> = [
        [() => (el.indicator = 'anxiety'), 'Anxiety in Islington was 3.66 in 2011/12 and 3.80 in 2022/23'],
        [() => el.setAttribute('area', WALSALL), 'Anxiety in Walsall was 3.15 in 2011/12 and 3.36 in 2022/23'],
        [() => el.setAttribute('compare', `${WEST_MIDLANDS},${ENGLAND}`), 'Anxiety in Walsall'],
        [() => (el.src = '/examples/data/walsall-wwof.json'), 'Anxiety in Walsall'],
      ];
      for (const [change, summary] of steps) {
        const ready = eventWithin(el, 'wellbeing-ready');
        change();
        await ready;
        expect(textOf($(el, '[part="summary"]'))).to.contain(summary);
        expect(liveViewCount()).to.equal(start + 1);
      }
      expect($$(el, '[part="legend"] li').map((li) => textOf(li)).slice(0, 3)).to.deep.equal(['Walsall', 'England', 'West Midlands']);
      expect($$(el, '.chart svg')).to.have.length(1); // one chart, not one per draw
      el.remove();
      expect(liveViewCount()).to.equal(start);
    });

    it('moved to another place in the page, it draws again', async () => {
      const start = liveViewCount();
      const el = await trend(await onsWellbeing(), { area: ISLINGTON });
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      const ready = eventWithin(elsewhere, 'wellbeing-ready');
      elsewhere.append(el);
      await ready;
      expect(liveViewCount()).to.equal(start + 1);
      $(el, '.chart')!.focus();
      await eventually(() => textOf($(el, '#live')).startsWith('2022/23'));
      elsewhere.remove();
      expect(liveViewCount()).to.equal(start);
    });

    it('adding and removing the element 20 times leaves no live Vega view', async () => {
      const spec = await onsWellbeing();
      const start = liveViewCount();
      const holder = document.createElement('div');
      document.body.append(holder);
      for (let i = 0; i < 20; i++) {
        const el = document.createElement('indicator-trend');
        el.spec = spec;
        el.area = i % 2 ? WALSALL : ISLINGTON;
        // Half are removed once drawn, half while Vega may still be drawing.
        const ready = eventWithin(holder, 'wellbeing-ready');
        holder.append(el);
        if (i % 2 === 0) await ready;
        else await el.updateComplete;
        el.remove();
      }
      await new Promise((resolve) => setTimeout(resolve, 300));
      holder.remove();
      expect(liveViewCount()).to.equal(start);
    });
  });

  describe('downloads', () => {
    async function download(el: IndicatorTrend, format: string): Promise<DownloadDetail> {
      const got = new Promise<DownloadDetail>((resolve) => {
        el.addEventListener(
          'wellbeing-download',
          (event) => {
            event.preventDefault(); // the test takes the file instead of the browser
            resolve((event as CustomEvent<DownloadDetail>).detail);
          },
          { once: true },
        );
      });
      const details = $<HTMLDetailsElement>(el, '[part="downloads"]')!;
      $(el, '[part="downloads-button"]')!.focus();
      if (!details.open) await sendKeys({ press: 'Enter' });
      $<HTMLButtonElement>(el, `[data-format="${format}"]`)!.focus();
      await sendKeys({ press: 'Enter' });
      return got;
    }

    it('CSV of the shown rows, SVG and PNG of the chart, from a keyboard menu, without leaking views', async () => {
      const el = await trend(await onsWithMissingPeriod(), { indicator: 'anxiety', area: WALSALL, compare: WEST_MIDLANDS });
      const start = liveViewCount();

      const csv = await download(el, 'csv');
      expect(csv.filename).to.equal('anxiety-E08000030.csv');
      const text = new TextDecoder().decode(await csv.blob.arrayBuffer());
      const lines = text.split('\r\n');
      expect(lines[0]).to.equal('indicator,area,area_name,period,period_label,value,lower,upper,comparison,benchmark,note');
      expect(lines[1]).to.equal('anxiety,E08000030,Walsall,2011-04-01/P1Y,2011/12,3.15,2.93,3.37,similar,E92000001,');
      expect(lines[10]).to.equal('anxiety,E08000030,Walsall,2020-04-01/P1Y,2020/21,,,,not-compared,E92000001,');
      expect(lines.filter(Boolean)).to.have.length(1 + 36);
      await eventually(() => textOf($(el, '[part="downloads-status"]')) === 'Downloaded anxiety-E08000030.csv.');

      const svgFile = await download(el, 'svg');
      expect(svgFile.filename).to.equal('anxiety-E08000030.svg');
      const svgText = await svgFile.blob.text();
      expect(svgText).to.match(/^<svg/);
      expect(svgText).to.contain('<title>Chart of Anxiety (mean score, 0 to 10) in Walsall, compared with England and West Midlands, 2011/12 to 2022/23</title>');
      expect(svgText).to.contain('Anxiety (mean score, 0 to 10)'); // the title is drawn in the file
      expect(svgText).to.contain('Better than England'); // and the key
      expect(svgText).to.contain('West Midlands');

      const png = await download(el, 'png');
      expect(png.filename).to.equal('anxiety-E08000030.png');
      expect([...new Uint8Array(await png.blob.arrayBuffer()).slice(0, 4)]).to.deep.equal([137, 80, 78, 71]);

      expect(liveViewCount()).to.equal(start);
      expect($$(el, '.wb-export')).to.have.length(0);
    });
  });
});

/** A tooltip's lines as text. */
const linesOf = (tooltip: Element) => [...tooltip.children].map((line) => textOf(line));

/** Waits for a condition the browser reaches asynchronously (Vega runs, Lit updates). */
async function eventually(condition: () => boolean, timeoutMs = 3000): Promise<void> {
  const start = performance.now();
  while (!condition()) {
    if (performance.now() - start > timeoutMs) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
