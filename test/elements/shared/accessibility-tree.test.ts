/**
 * What a screen reader hears from each element, taken from Chromium's accessibility tree (through
 * the DevTools protocol, as puppeteer reports it): the title and the summary once each, every
 * control named, nothing read twice in a row, no stray status letters, and the data table reachable
 * (issue 15, item 15). The tree is printed one line per node so a failure shows what was heard.
 */
import { expect } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../../../src/index.js';
import { messagesFor } from '../../../src/i18n/index.js';
import { shadow, textOf } from '../../helpers.js';
import { createElement, EVERY_ELEMENT, mountReady } from './every-element.js';

interface AXNode {
  role: string;
  name?: string;
  description?: string;
  children?: AXNode[];
}
/** One line per node: its role and name, then its description (a chart's summary is heard there). */
const lines = (node: AXNode): string[] => [
  `${node.role}: ${node.name ?? ''}${node.description ? ` | ${node.description}` : ''}`,
  ...(node.children ?? []).flatMap(lines),
];
const CONTROLS = new Set(['button', 'link', 'checkbox', 'radio', 'combobox', 'slider', 'tab', 'menuitem', 'region', 'DisclosureTriangle']);

const mounted: HTMLElement[] = [];
afterEach(() => mounted.splice(0).forEach((node) => node.remove()));

describe('the accessibility tree of every element', function () {
  this.timeout(60000);

  for (const c of EVERY_ELEMENT) {
    it(`<${c.tag}>: title and summary once, every control named, nothing read twice, no stray letters`, async () => {
      const el = await createElement(c);
      const container = await mountReady(el, 720);
      mounted.push(container);
      container.id = `tree-${c.tag}`;
      container.setAttribute('role', 'region');
      container.setAttribute('aria-label', 'Element under test');
      const tree = (await a11ySnapshot({ selector: `#tree-${c.tag}` })) as unknown as AXNode;
      const heard = lines(tree).slice(1);
      const report = `\n${heard.join('\n')}`;

      const summary = textOf(shadow(el).querySelector('.summary'));
      expect(summary.length, 'a summary sentence').to.be.greaterThan(20);
      // As text, once (the charts' description says it again: chart-accessibility-tree.test.ts).
      expect(heard.filter((line) => line.endsWith(`: ${summary}`)).length, `the summary once as text${report}`).to.equal(1);
      const title = textOf(shadow(el).querySelector('.title'));
      expect(heard.filter((line) => line.endsWith(`: ${title}`)).length, `the title once${report}`).to.equal(1);

      const unnamed = heard.filter((line) => CONTROLS.has(line.split(':')[0]!) && line.endsWith(': '));
      expect(unnamed, `controls without a name${report}`).to.deep.equal([]);
      const repeated = heard.filter((line, i) => i > 0 && line === heard[i - 1] && !line.endsWith(': '));
      expect(repeated, `read twice in a row${report}`).to.deep.equal([]);
      const letters = heard.filter((line) => /^StaticText: [BSWHL–]$/.test(line));
      expect(letters, `stray status letters${report}`).to.deep.equal([]);
      const showTable = messagesFor('en').common.showTable;
      expect(heard.some((line) => line.includes(showTable)), `the data table can be reached ("${showTable}")${report}`).to.equal(true);
    });

    it(`<${c.tag}>: at 320 px every region that scrolls sideways is focusable, with a role and a name`, async () => {
      const el = await createElement(c);
      const container = await mountReady(el, 320);
      mounted.push(container);
      for (const details of shadow(el).querySelectorAll('details')) (details as HTMLDetailsElement).open = true;
      shadow(el).querySelector<HTMLButtonElement>('.table-button')?.click();
      await (el as unknown as { updateComplete: Promise<boolean> }).updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      const scrolling = [...shadow(el).querySelectorAll<HTMLElement>('*')].filter((node) => {
        const overflow = getComputedStyle(node).overflowX;
        return (overflow === 'auto' || overflow === 'scroll') && node.scrollWidth > node.clientWidth + 1;
      });
      expect(scrolling.length, 'the table scrolls inside its own region at 320 px').to.be.greaterThan(0);
      for (const node of scrolling) {
        const what = `${node.className || node.localName}`;
        expect(node.getAttribute('tabindex'), `${what} focusable`).to.equal('0');
        expect(node.getAttribute('role'), `${what} role`).to.be.a('string');
        const labelledBy = node.getAttribute('aria-labelledby');
        const name = node.getAttribute('aria-label') ?? (labelledBy ? textOf(shadow(el).getElementById(labelledBy)) : '');
        expect(name, `${what} name`).to.not.equal('');
      }
    });
  }
});
