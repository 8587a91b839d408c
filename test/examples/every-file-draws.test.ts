/**
 * Every shared data file the repo carries (data/raw/, copies of the published files; see
 * data/SOURCES.md) drawn the way a web editor gets it: the builder reads the file, picks its default
 * element and choices, writes that element's spec, and the element draws it. Each check: the element
 * is ready, has marks, and its table has the rows and the number of the builder's fallback table,
 * whose number is in the file as published. One page for all files (no example page per file).
 * StatsWales: its download views (English and Welsh, `statswales-csv`). Not here: the StatsWales
 * service's own tables in data/raw/wales/ (values by StatsWales code in one file, their labels in
 * lookups, joined by scripts/cymraeg-example-data.mjs and drawn on examples/cymraeg.html), and the
 * ONS .json files, which are metadata, not rows.
 */
import { expect, oneEvent } from '@open-wc/testing';
import '../../src/elements/indicator-trend/indicator-trend.js';
import '../../src/elements/inequality-gap/inequality-gap.js';
import '../../src/i18n/all.js';
import { assembleSpec, defaultChoices, fallbackTableData, readFile, specForElement } from '../../src/builder/builder-model.js';
import { parseSpec } from '../../src/spec/parse.js';
import type { Spec } from '../../src/spec/schema.js';
import { eventWithin, shadow, textOf } from '../helpers.js';

/** The data files of data/raw/ (metadata, boundaries and frameworks aside), and the element each draws in. */
const FILES: Array<[path: string, element: string]> = [
  ['fingertips/healthdata_deprivation_categories.csv', 'inequality-gap'],
  ['fingertips/life_expectancy_focus_areas.csv', 'inequality-gap'],
  ['fingertips/sii_life_expectancy_focus_areas.csv', 'inequality-gap'],
  ['fingertips/variant_underscored_cyp_mental_health_north_west.csv', 'indicator-trend'],
  ['fingertips/variant_underscored_suicide_london.csv', 'indicator-trend'],
  ['fingertips/fingertipsnext_api_healthdata_benchmark_quintiles_response.json', 'indicator-trend'],
  ['fingertips/fingertipsnext_api_healthdata_benchmark_rag_response.json', 'indicator-trend'],
  ['ons-els/employment-rate.csv', 'indicator-trend'],
  ['ons-els/gross-disposable-household-income-per-head.csv', 'indicator-trend'],
  ['ons-els/personal-wellbeing-estimates_wales-subset.csv', 'indicator-trend'],
  ['ons-wellbeing/wellbeing_focus_areas.csv', 'indicator-trend'],
  ['wide/london_datastore_personal-well-being-borough_summary-mean-scores.csv', 'indicator-trend'],
  ['wales/statswales_HLTH1250_view_en.csv', 'indicator-trend'],
  ['wales/statswales_HLTH1250_view_cy.csv', 'indicator-trend'],
];

describe('every shared data file draws, from the builder’s default spec', function () {
  // The first draw loads the chart runtime: slow on a loaded machine.
  this.timeout(60000);
  const host = document.createElement('div');
  host.style.width = '800px';
  before(() => document.body.append(host));
  after(() => host.remove());

  for (const [path, tag] of FILES) {
    it(`${path} → <${tag}>`, async () => {
      const text = await (await fetch(`/data/raw/${path}`)).text();
      const file = readFile(path.split('/').pop()!, text);
      const choices = defaultChoices([file]);
      expect(choices.elements).to.deep.equal([tag]);
      const spec = specForElement(assembleSpec(choices), tag as 'indicator-trend', choices);
      const parsed = parseSpec(spec);
      if (!parsed.ok) throw new Error(parsed.issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`).join('; '));
      const expected = fallbackTableData(parsed.spec as Spec, tag as 'indicator-trend', choices);
      expect(expected.rows.length, 'rows in the fallback table').to.be.greaterThan(0);

      const el = document.createElement(tag) as HTMLElement & { spec: unknown; updateComplete: Promise<boolean> };
      el.setAttribute('indicator', choices.indicator);
      el.setAttribute('area', choices.area);
      el.spec = spec;
      const ready = eventWithin(el, 'wellbeing-ready', 40000);
      // No time limit of its own: ready's decides (a second timer would reject after this test).
      const failed = oneEvent(el, 'wellbeing-error').then((e) => {
        throw new Error((e as CustomEvent<{ message: string }>).detail.message);
      });
      host.replaceChildren(el);
      await Promise.race([ready, failed]);

      const svg = shadow(el).querySelector('svg');
      expect(svg, 'a chart').to.exist;
      expect(svg!.querySelectorAll('path, circle, rect, line').length, 'marks').to.be.greaterThan(0);
      // The element's table (opened, as a reader opens it): the fallback table's rows, and one of
      // its numbers as the file has it.
      shadow(el).querySelector<HTMLButtonElement>('[part="table-button"]')?.click();
      await el.updateComplete;
      const rows = [...shadow(el).querySelectorAll('tbody tr')].map((tr) => textOf(tr));
      expect(rows.length).to.equal(expected.rows.length);
      const [label, value] = expected.rows.find((row) => /\d/.test(row[1] ?? ''))!;
      const number = /-?[\d,]*\.?\d+/.exec(value!)![0];
      expect(rows.find((row) => row.includes(label!)), `a row for ${label}`).to.include(number);
      const digits = number.replace(/,/g, '').replace(/\.?0+$/, '');
      expect(text.replace(/,(?=\d{3})/g, ''), `${number} in the file`).to.include(digits.length > 4 ? digits.slice(0, 4) : digits);
    });
  }
});
