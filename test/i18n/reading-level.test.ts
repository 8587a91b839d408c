/**
 * Reading level of the summary sentences (issue 15, item 4): Flesch-Kincaid grade 9 or lower for
 * every summary each element writes, in English, over every example spec and every area in it.
 *
 * Method (also in docs/accessibility.md):
 * - Text: the summary exactly as shown (the `.summary` paragraph of the element).
 * - Sentences end at ".", "!", "?" or ";" followed by a space or the end (a semicolon joins two
 *   sentences a reader takes separately; the GOV.UK style prefers them apart anyway).
 * - Names the writer of the spec chose (the area, benchmark, indicator and framework names) are
 *   replaced by a one-syllable word first: the library cannot shorten them, and readers of a page
 *   about their area know them. The sentence around them is what is measured.
 * - Words are runs of letters (with ' and -) or numbers; a number or a period such as 2022/23
 *   counts as one word of one syllable.
 * - Syllables: vowel groups (a e i o u y) in the lower-cased word, minus a silent final "e" (not
 *   "le"), at least one. A plain heuristic: it errs by about one syllable in ten words.
 * - Grade = 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 */
import { expect, html } from '@open-wc/testing';
import '../../src/index.js';
import { Model } from '../../src/model/model.js';
import { parseSpec } from '../../src/spec/parse.js';
import type { Spec, SpecInput } from '../../src/spec/schema.js';
import { messagesFor } from '../../src/i18n/index.js';
import { buildWheelViewModel } from '../../src/elements/wellbeing-wheel/view-model.js';
import { buildTrendView } from '../../src/elements/indicator-trend/trend-model.js';
import { summaryText } from '../../src/elements/indicator-trend/trend-text.js';
import { exampleSpec, fixtureReady, shadow, textOf } from '../helpers.js';

export function syllables(word: string): number {
  const w = word.toLowerCase().replace(/[^a-z]/g, '');
  if (!w) return 1;
  const groups = w.replace(/(?<!l)e$/, '').match(/[aeiouy]+/g)?.length ?? 0;
  return Math.max(1, groups);
}

export function fleschKincaidGrade(raw: string, names: readonly string[] = []): number {
  // Longest names first, so "England" inside a longer name does not split it.
  const text = [...names].sort((a, b) => b.length - a.length).reduce((t, name) => (name ? t.split(name).join('Name') : t), raw);
  const sentences = text.split(/[.!?;](?:\s+|$)/).filter((s) => /[A-Za-z0-9]/.test(s));
  const words = text.match(/[A-Za-z0-9][A-Za-z0-9'’/.,-]*/g)?.map((w) => w.replace(/[.,]$/, '')) ?? [];
  if (!words.length || !sentences.length) return 0;
  const syllableCount = words.reduce((sum, w) => sum + (/^[0-9]/.test(w) ? 1 : syllables(w)), 0);
  return 0.39 * (words.length / sentences.length) + 11.8 * (syllableCount / words.length) - 15.59;
}

const en = messagesFor('en');
const modelOf = (spec: SpecInput) => {
  const parsed = parseSpec(spec);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
  return new Model(parsed.spec as Spec);
};
const MAX_GRADE = 9;
/** The names a spec's writer chose: areas, indicators (title and short title) and the framework. */
const namesOf = (model: Model): string[] => [
  ...model.spec.areas.map((a) => a.name),
  ...model.spec.indicators.flatMap((i) => [i.title, (i as { shortTitle?: string }).shortTitle ?? '']),
  ...[(model.spec as { title?: string }).title ?? '', (model.spec.framework as { title?: string } | undefined)?.title ?? ''],
].filter(Boolean) as string[];

describe('reading level of summaries (Flesch-Kincaid grade 9 or lower)', function () {
  this.timeout(120000);

  it('the method: plain sentences score low, the old long summaries score high', () => {
    expect(fleschKincaidGrade('The cat sat on the mat. It was warm.')).to.be.below(3);
    expect(
      fleschKincaidGrade(
        'Walsall, latest data (2022/23 and 2023 - 25): of 6 indicators, 4 are similar to England and 2 are not compared; 5 domains have no data, indicating considerable uncertainty regarding comparative performance.',
      ),
    ).to.be.above(MAX_GRADE);
  });

  it('every wheel summary, for every framework and area', async () => {
    const failures: string[] = [];
    for (const file of ['walsall-wwof.json', 'county-durham.json', 'islington.json']) {
      const model = modelOf(await exampleSpec(file));
      for (const area of model.spec.areas) {
        for (const status of ['benchmark', 'trend'] as const) {
          const view = buildWheelViewModel(model, { area: area.code, benchmark: null, period: null, status, lang: 'en' }, en);
          const grade = fleschKincaidGrade(view.summary, namesOf(model));
          if (grade > MAX_GRADE) failures.push(`${grade.toFixed(1)}: ${view.summary}`);
        }
      }
    }
    expect(failures).to.deep.equal([]);
  });

  it('every trend summary, for every indicator and area', async () => {
    const failures: string[] = [];
    for (const file of ['ons-wellbeing.json', 'life-expectancy.json']) {
      const model = modelOf(await exampleSpec(file));
      for (const indicator of model.spec.indicators) {
        for (const area of model.spec.areas) {
          let text: string;
          try {
            text = summaryText(buildTrendView(model, { indicator: indicator.id, area: area.code, locale: 'en' }, en), en);
          } catch {
            continue; // no data for this area and indicator: the element says so as an error
          }
          const grade = fleschKincaidGrade(text, namesOf(model));
          if (grade > MAX_GRADE) failures.push(`${grade.toFixed(1)}: ${text}`);
        }
      }
    }
    expect(failures).to.deep.equal([]);
  });

  it('every gap summary, for every indicator of the examples', async () => {
    const failures: string[] = [];
    for (const file of ['deprivation-england.json', 'life-expectancy.json']) {
      const spec = await exampleSpec(file);
      for (const indicator of modelOf(spec).spec.indicators) {
        let el: Element;
        try {
          el = await fixtureReady(html`<inequality-gap .spec=${structuredClone(spec)} indicator=${indicator.id}></inequality-gap>`, 20000);
        } catch {
          continue;
        }
        const text = textOf(shadow(el).querySelector('.summary'));
        const grade = fleschKincaidGrade(text, namesOf(modelOf(spec)));
        if (grade > MAX_GRADE) failures.push(`${grade.toFixed(1)}: ${text}`);
      }
    }
    expect(failures).to.deep.equal([]);
  });
});
