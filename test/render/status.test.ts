import { expect } from '@open-wc/testing';
import { en } from '../../src/i18n/en.js';
import {
  allStatuses,
  statusColourCss,
  statuses,
  trendPhraseKey,
  type Status,
} from '../../src/render/status.js';
import { resolveStatusColour, shapePath } from '../../src/render/theme.js';
import { statusOrder } from '../../src/elements/wellbeing-wheel/status.js';
import { contrast } from '../helpers.js';

describe('the status vocabulary', () => {
  it('gives every drawn status at least 3:1 against a white page (WCAG 1.4.11)', () => {
    for (const status of allStatuses.filter((s) => s !== 'no-data')) {
      expect(contrast(statuses[status].colour, '#ffffff'), status).to.be.at.least(3);
    }
  });

  it('gives the statuses that can appear together distinct letters, so none depends on colour alone', () => {
    for (const [mode, shown] of Object.entries(statusOrder)) {
      const letters = shown.map((s) => statuses[s].letter);
      expect(new Set(letters).size, mode).to.equal(letters.length);
    }
  });

  it('lists every status in one of the wheel modes', () => {
    const listed = new Set<Status>([...statusOrder.benchmark, ...statusOrder.trend]);
    expect(allStatuses.filter((s) => !listed.has(s))).to.deep.equal([]);
  });

  it('has a word for every status and a path for every shape', () => {
    for (const status of allStatuses) {
      expect(en.status.words[statuses[status].word], status).to.be.a('string').and.not.equal('');
      expect(shapePath[statuses[status].shape], status).to.match(/^M/);
    }
  });

  it('gives "similar" one shape everywhere, and distinct shapes to better, similar, worse, higher, lower and not compared', () => {
    expect(statuses.similar.shape).to.equal('square');
    const shapes = (['better', 'similar', 'worse', 'higher', 'lower', 'not-compared'] as const).map((s) => statuses[s].shape);
    expect(new Set(shapes).size).to.equal(6);
  });

  it('chains a trend colour to the comparison colour it resembles, then the default', () => {
    expect(statusColourCss('improving')).to.equal('var(--wb-status-improving, var(--wb-status-better, #1b7837))');
    expect(statusColourCss('better')).to.equal('var(--wb-status-better, #1b7837)');
    const set: Record<string, string> = { '--wb-status-not-judged': '#123456' };
    expect(resolveStatusColour('increasing', (t) => set[t] ?? '')).to.equal('#123456');
    expect(resolveStatusColour('decreasing', () => '')).to.equal('#5b8fd0');
  });

  it('words a trend as Fingertips does, with its direction', () => {
    const phrase = (d: Parameters<typeof trendPhraseKey>[0], s: Parameters<typeof trendPhraseKey>[1]) => en.status.trend[trendPhraseKey(d, s)];
    expect(phrase('increasing', 'worsening')).to.equal('increasing and getting worse');
    expect(phrase('decreasing', 'improving')).to.equal('decreasing and getting better');
    expect(phrase('increasing', 'increasing')).to.equal('increasing');
    expect(phrase('decreasing', 'decreasing')).to.equal('decreasing');
    expect(phrase('no-change', 'no-change')).to.equal('no significant change');
    expect(phrase('cannot-calculate', 'cannot-calculate')).to.equal('cannot be calculated');
  });
});
