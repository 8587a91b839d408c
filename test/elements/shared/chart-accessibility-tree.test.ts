/**
 * What a screen reader hears from each chart element, from Chromium's full accessibility tree
 * (DevTools protocol `Accessibility.getFullAXTree`, through the `ax-tree` command; nothing pruned):
 * issue 11 §4 and issue 15 item 15.
 * - The chart is one group with its own name, described by its type and axes, the main message (the
 *   summary) and the keyboard help, in that order; the type, axes and keys heard only there, the
 *   summary also as text where it stands; nothing of Vega's SVG inside it.
 * - An outline (a snapshot) of the element's named structure and controls, in reading order: the
 *   title, the chart, the table button, the download menu, the table region with its caption and
 *   column headers.
 * - Nowhere, in any element: Vega's raw field text ("key: p0"), "Vega visualization", Vega's mark
 *   roles, or a graphic without a name.
 */
import { expect } from '@open-wc/testing';
import '../../../src/index.js';
import { axTree, type AXNode } from '../../commands.js';
import { shadow, textOf } from '../../helpers.js';
import { createElement, createWellbeingChart, EVERY_ELEMENT, mountReady } from './every-element.js';

type Drawn = HTMLElement & { updateComplete: Promise<boolean> };

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

const all = (node: AXNode): AXNode[] => [node, ...node.children.flatMap(all)];

/**
 * The outline a screen reader user moves through by structure: every node that is not plain text or
 * an unnamed wrapper, as `role: name`, nested by two spaces; a table's body rows are left out (its
 * headers stay), as is the text inside a named node.
 */
function outline(node: AXNode, depth = 0): string[] {
  const text = node.role === 'StaticText' || node.role === 'InlineTextBox';
  const wrapper = !node.name && ['generic', 'paragraph', 'group', 'definition', 'listitem', 'caption', 'rowgroup'].includes(node.role);
  if (text) return [];
  if (node.role === 'row' && node.children.some((c) => c.role === 'cell')) return [];
  const own = wrapper ? [] : [`${'  '.repeat(depth)}${node.role}: ${node.name}`];
  return [...own, ...node.children.flatMap((c) => outline(c, wrapper ? depth : depth + 1))];
}

/** What must never be heard: Vega's own words, raw fields, graphics without a name. */
function checkNothingRaw(tree: AXNode, report: string): void {
  const nodes = all(tree);
  const words = nodes.flatMap((n) => [n.name, n.description]).filter(Boolean);
  expect(words.filter((w) => /\b[\w.-]+: p\d+\b/.test(w)), `raw Vega fields ("key: p0")${report}`).to.deep.equal([]);
  expect(words.filter((w) => /vega visualization|group mark container|title text|mark container/i.test(w)), `Vega's own words${report}`).to.deep.equal([]);
  const graphics = nodes.filter((n) => /^(image|img|graphics-|svg|figure)/i.test(n.role) && !n.name);
  expect(graphics.map((n) => n.role), `graphics without a name${report}`).to.deep.equal([]);
  const controls = nodes.filter((n) => ['button', 'link', 'DisclosureTriangle', 'region', 'combobox', 'table', 'columnheader', 'rowheader'].includes(n.role) && !n.name.trim());
  expect(controls.map((n) => n.role), `controls, regions and headers without a name${report}`).to.deep.equal([]);
}

async function treeOf(el: Drawn, container: HTMLElement, id: string): Promise<AXNode> {
  container.id = id;
  // The table open, as a reader who asked for it hears it.
  shadow(el).querySelector<HTMLButtonElement>('.table-button')?.click();
  const details = shadow(el).querySelector<HTMLDetailsElement>('details.table-details');
  if (details) details.open = true;
  await el.updateComplete;
  return axTree(`#${id}`);
}

interface ChartCase {
  tag: string;
  make(): Promise<Drawn>;
  /** The chart's type and axes (the description's first sentence). */
  typeAndAxes: string;
  /** The outline from the chart group on (see `outline`). */
  outline: string[];
}

const caseOf = (tag: string) => EVERY_ELEMENT.find((c) => c.tag === tag)!;

const CHARTS: ChartCase[] = [
  {
    tag: 'indicator-trend',
    make: async () => (await createElement(caseOf('indicator-trend'))) as Drawn,
    typeAndAxes: 'Line chart, with the periods from 2011/12 to 2022/23 along the bottom and Score (axis starts at 7.00, not zero) up the side.',
    outline: [
      'group: Chart of Life satisfaction (mean score, 0 to 10) in Walsall, compared with England, 2011/12 to 2022/23',
      'button: Hide the table',
      'DisclosureTriangle: Download',
      'region: Life satisfaction (mean score, 0 to 10), Walsall: the data',
      '  table: Life satisfaction (mean score, 0 to 10), Walsall: the data',
      '    row: ',
      '      columnheader: Period',
      '      columnheader: Walsall',
      '      columnheader: Lower 95% limit',
      '      columnheader: Upper 95% limit',
      '      columnheader: Compared with England',
      '      columnheader: England',
      'DisclosureTriangle: About this indicator',
    ],
  },
  {
    tag: 'inequality-gap',
    make: async () => (await createElement(caseOf('inequality-gap'))) as Drawn,
    typeAndAxes: 'Dot chart, with Deprivation decile (1 = most deprived) along the bottom and per 100,000 up the side.',
    outline: [
      'group: Alcohol-related mortality by group, England, 2023',
      'list: Key',
      'DisclosureTriangle: Show the data as a table',
      'region: Alcohol-related mortality, England, 2023: the data',
      '  table: Alcohol-related mortality, England, 2023: the data',
      '    row: ',
      '      columnheader: Group',
      '      columnheader: Value (per 100,000)',
      '      columnheader: Lower 95% limit',
      '      columnheader: Upper 95% limit',
      '      columnheader: Population',
      '      columnheader: Fitted value (SII line)',
      'DisclosureTriangle: Definition',
      'DisclosureTriangle: Download',
    ],
  },
  {
    tag: 'wellbeing-chart',
    make: createWellbeingChart,
    // The author's chart: its own description is the summary (the author says its type and message).
    typeAndAxes: '',
    outline: [
      'group: Life satisfaction by area, April 2022 to March 2023',
      'button: Hide the table',
      'DisclosureTriangle: Download',
      'region: Life satisfaction by area, April 2022 to March 2023: the data',
      '  table: Life satisfaction by area, April 2022 to March 2023: the data',
      '    row: ',
      '      columnheader: Area',
      '      columnheader: Period',
      '      columnheader: Value',
      '      columnheader: Lower limit',
      '      columnheader: Upper limit',
      '      columnheader: Compared with the benchmark',
    ],
  },
];

describe('what a screen reader hears from each chart (Chromium’s full accessibility tree)', function () {
  this.timeout(60000);

  for (const c of CHARTS) {
    it(`<${c.tag}>: one named chart described by its type, axes, message and keys; named controls; the table; nothing of Vega`, async () => {
      const el = await c.make();
      const container = await mountReady(el, 720);
      mounted.push(container);
      const tree = await treeOf(el, container, `ax-${c.tag}`);
      const lines = outline(tree);
      const report = `\n${lines.join('\n')}`;

      // The chart: one group, its name the element's, its description type and axes, summary, keys.
      const groups = all(tree).filter((n) => n.role === 'group' && n.name);
      expect(groups.map((g) => g.name), `one named chart${report}`).to.have.length(1);
      const chart = groups[0]!;
      expect(chart.name).to.equal(shadow(el).querySelector('.chart')!.getAttribute('aria-label'));
      const summary = textOf(shadow(el).querySelector('#summary'));
      const keys = textOf(shadow(el).querySelector('#chart-hint'));
      expect(summary.length, 'a main message').to.be.greaterThan(40);
      expect(chart.description).to.equal([c.typeAndAxes, summary, keys].filter(Boolean).join(' '));
      // The type and axes and the keys are heard once, as the chart's description, not again as text
      // beside it; the summary twice: as the text where it stands (a reader moving through the text
      // may never hear a description) and in the chart's description.
      const text = all(tree).filter((n) => n.role === 'StaticText').map((n) => n.name).join(' ');
      const descriptions = all(tree).map((n) => n.description).filter(Boolean);
      const times = (words: string) => [text, ...descriptions].reduce((sum, heard) => sum + heard.split(words).length - 1, 0);
      for (const words of [c.typeAndAxes, keys].filter(Boolean)) expect(times(words), `times heard: "${words}"`).to.equal(1);
      expect(text.split(summary).length - 1, 'the summary as text').to.equal(1);
      expect(times(summary), 'the summary as text and as the description').to.equal(2);
      expect(chart.properties['focusable'], 'the chart is one tab stop').to.equal('true');
      expect(all(chart).length, `nothing of Vega's SVG inside the chart${report}`).to.equal(1);

      // The live region is there (polite), silent until something happens.
      const live = all(tree).filter((n) => n.properties['live']);
      expect(live.map((n) => [n.properties['live'], n.name, n.children.length])).to.deep.equal([['polite', '', 0]]);

      // The outline from the chart on: named controls and the table, in reading order.
      const at = lines.findIndex((l) => l.trimStart().startsWith('group: '));
      const indent = lines[at]!.length - lines[at]!.trimStart().length;
      const fromChart = lines.slice(at).map((l) => l.slice(indent));
      if (c.outline.length) expect(fromChart.slice(0, c.outline.length).join('\n'), report).to.equal(c.outline.join('\n'));
      const table = all(tree).find((n) => n.role === 'table');
      expect(table, `a table${report}`).to.not.equal(undefined);
      const region = all(tree).find((n) => n.role === 'region' && n.children.includes(table!));
      expect(region?.name, 'the table scrolls in a region named by its caption').to.equal(table!.name);
      expect(region?.properties['focusable']).to.equal('true');
      const rows = all(table!).filter((n) => n.role === 'row' && n.children.some((cell) => cell.role === 'rowheader'));
      expect(rows.length, 'every row of the table has a row header').to.be.greaterThan(1);
      expect(all(tree).some((n) => n.role === 'DisclosureTriangle' && n.name === 'Download')).to.equal(true);

      checkNothingRaw(tree, report);
    });
  }

  for (const c of EVERY_ELEMENT.filter((x) => !CHARTS.some((chart) => chart.tag === x.tag))) {
    it(`<${c.tag}>: nothing of Vega, no raw fields, no graphic or control without a name`, async () => {
      const el = (await createElement(c)) as Drawn;
      const container = await mountReady(el, 720);
      mounted.push(container);
      const tree = await treeOf(el, container, `ax-${c.tag}`);
      checkNothingRaw(tree, `\n${outline(tree).join('\n')}`);
    });
  }
});
