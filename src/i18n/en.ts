/**
 * Every user-facing string of the library, in English. One section per part of the library;
 * other languages (Welsh next) provide the same shape, falling back to English key by key.
 * Values are plain text: the elements render them as text, never as markup.
 */
export const en = {
  common: {
    loading: 'Loading…',
    waiting: 'Waiting for a spec.',
    errorHeading: 'This chart could not be shown',
    problemsHeading: (p: { count: number }) => (p.count === 1 ? 'The problem:' : `The ${p.count} problems:`),
    moreProblems: (p: { count: number }) => `…and ${p.count} more.`,
    showTable: 'Show the data as a table',
    hideTable: 'Hide the table',
    tableCaption: (p: { title: string }) => `${p.title}: the data`,
    source: 'Source',
    definition: 'Definition',
    noData: 'No data',
    notAvailable: 'not available',
    downloads: 'Download',
    downloadCsv: 'Data (CSV)',
    downloadSvg: 'Chart (SVG)',
    downloadPng: 'Chart (PNG)',
    and: 'and',
  },
  spec: {
    invalid: (p: { count: number }) =>
      p.count === 1 ? 'The spec has a problem.' : `The spec has ${p.count} problems.`,
    expected: (p: { expected: string; got: string }) => `expected ${p.expected}, got ${p.got}`,
    missing: (p: { expected: string }) => `is missing (expected ${p.expected})`,
    notOneOf: (p: { options: string; got: string }) => `must be one of ${p.options}, got ${p.got}`,
    tooShort: (p: { minimum: number }) =>
      p.minimum === 1 ? 'must not be empty' : `needs at least ${p.minimum} items`,
    tooBig: (p: { maximum: number }) => `must be at most ${p.maximum}`,
    tooSmall: (p: { minimum: number }) => `must be at least ${p.minimum}`,
    notWhole: 'must be a whole number',
    unknownIndicator: (p: { id: string }) => `names the indicator "${p.id}", which is not in "indicators"`,
    unknownArea: (p: { code: string }) => `names the area "${p.code}", which is not in "areas"`,
    duplicateId: (p: { kind: string; id: string; first: string }) =>
      `repeats the ${p.kind} "${p.id}" (first used at ${p.first})`,
    benchmarkNotArea: (p: { code: string }) => `is "${p.code}", which is not one of the areas in "areas"`,
    notJson: 'The spec is not an object: expected a JSON object like { "version": 1, … }.',
    inlineJson: (p: { detail: string }) =>
      `The spec inside <script type="application/json"> is not valid JSON: ${p.detail}.`,
    typeNames: {
      string: 'text',
      number: 'a number',
      int: 'a whole number',
      boolean: 'true or false',
      array: 'a list [ … ]',
      object: 'an object { … }',
      null: 'null',
    } as Record<string, string>,
  },
  load: {
    status: (p: { url: string; status: number; statusText: string }) =>
      `The server answered ${p.status}${p.statusText ? ` ${p.statusText}` : ''} for ${p.url}.` +
      (p.status === 404 ? ' Check the address: the file may have moved.' : p.status >= 500 ? ' The server had a problem; try again later.' : ''),
    html: (p: { url: string }) =>
      `${p.url} sent a web page (HTML), not JSON data. Check the address points at the data file itself.`,
    brokenJson: (p: { url: string; detail: string }) => `${p.url} is not valid JSON: ${p.detail}.`,
    network: (p: { url: string }) =>
      `Could not reach ${p.url}. The address may be wrong, the network down, or the server may not allow this page to read it (CORS).`,
    timeout: (p: { url: string; seconds: number }) => `${p.url} took longer than ${p.seconds} seconds to answer, so loading stopped.`,
    tooBig: (p: { url: string; megabytes: string }) =>
      `${p.url} is larger than the ${p.megabytes} MB limit, so loading stopped.`,
    csvBroken: (p: { url: string; line: number; detail: string }) => `${p.url}, line ${p.line}: ${p.detail}.`,
    csvMissingColumn: (p: { url: string; column: string }) => `${p.url} has no "${p.column}" column.`,
    csvUnclosedQuote: 'a quoted field is never closed',
    csvNotNumber: (p: { column: string; got: string }) => `the ${p.column} column should be a number, got "${p.got}"`,
  },
  comparison: {
    better: 'better',
    similar: 'similar',
    worse: 'worse',
    higher: 'higher',
    lower: 'lower',
    'not-compared': 'not compared',
    sentence: (p: { comparison: string; benchmark: string }) =>
      p.comparison === 'not compared' ? `not compared with ${p.benchmark}` : `${p.comparison} than ${p.benchmark}`,
  },
  trend: {
    improving: 'improving',
    worsening: 'worsening',
    'no-change': 'no significant change',
    'not-judged': 'changing (no judgement)',
    'cannot-calculate': 'trend cannot be calculated',
    increasing: 'increasing',
    decreasing: 'decreasing',
  },
  indicatorTrend: {
    /** Accessible name of the chart. */
    chartLabel: (p: { title: string; area: string; comparators: string; range: string }) =>
      `Chart of ${p.title} in ${p.area}${p.comparators ? `, compared with ${p.comparators}` : ''}, ${p.range}`,
    range: (p: { from: string; to: string }) => (p.from === p.to ? p.from : `${p.from} to ${p.to}`),
    subtitle: (p: { area: string; range: string }) => `${p.area}, ${p.range}`,
    latestHeading: (p: { period: string }) => `Latest value (${p.period})`,
    interval: (p: { lower: string; upper: string }) => `95% confidence interval ${p.lower} to ${p.upper}`,
    valueWithInterval: (p: { value: string; lower: string; upper: string }) => `${p.value} (${p.lower} to ${p.upper})`,
    comparedWith: (p: { benchmark: string }) => `Compared with ${p.benchmark}`,
    recentTrend: 'Recent trend',
    /** A status as a heading or legend entry. */
    status: {
      better: (p: { benchmark: string }) => `Better than ${p.benchmark}`,
      similar: (p: { benchmark: string }) => `Similar to ${p.benchmark}`,
      worse: (p: { benchmark: string }) => `Worse than ${p.benchmark}`,
      higher: (p: { benchmark: string }) => `Higher than ${p.benchmark}`,
      lower: (p: { benchmark: string }) => `Lower than ${p.benchmark}`,
      'not-compared': (p: { benchmark: string }) => `Not compared with ${p.benchmark}`,
    },
    /** A status inside a sentence. */
    statusInSentence: {
      better: (p: { benchmark: string }) => `better than ${p.benchmark}`,
      similar: (p: { benchmark: string }) => `similar to ${p.benchmark}`,
      worse: (p: { benchmark: string }) => `worse than ${p.benchmark}`,
      higher: (p: { benchmark: string }) => `higher than ${p.benchmark}`,
      lower: (p: { benchmark: string }) => `lower than ${p.benchmark}`,
      'not-compared': (p: { benchmark: string }) => `not compared with ${p.benchmark}`,
    },
    notComparedBecause: {
      'no-intervals': 'the data have no confidence intervals',
      'no-benchmark-value': (p: { benchmark: string; period: string }) => `${p.benchmark} has no value for ${p.period}`,
      'no-value': 'there is no value',
    },
    noBenchmark: 'No benchmark is set, so values are not compared.',
    summaryValues: (p: { indicator: string; area: string; first: string; firstPeriod: string; latest: string; latestPeriod: string }) =>
      `${p.indicator} in ${p.area} was ${p.first} in ${p.firstPeriod} and ${p.latest} in ${p.latestPeriod}`,
    summarySingle: (p: { indicator: string; area: string; value: string; period: string }) =>
      `${p.indicator} in ${p.area} was ${p.value} in ${p.period}`,
    summaryComparison: (p: { period: string; comparison: string; benchmarkValue: string }) =>
      `; in ${p.period} it was ${p.comparison} (${p.benchmarkValue})`,
    summaryNotCompared: (p: { benchmark: string; reason: string }) => `; it was not compared with ${p.benchmark} because ${p.reason}`,
    summaryGaps: (p: { periods: string; count: number }) =>
      p.count === 1 ? `There is no value for ${p.periods}.` : `There are no values for ${p.periods}.`,
    summaryTrend: (p: { count: number; trend: string }) => `Recent trend (latest ${p.count} periods): ${p.trend}.`,
    summaryTarget: (p: { target: string }) => `The target is ${p.target}.`,
    target: (p: { value: string }) => `Target ${p.value}`,
    targetLegend: 'Target',
    value: 'Value',
    axisTitle: (p: { unit: string }) => p.unit,
    axisNotFromZero: (p: { unit: string; start: string }) => `${p.unit} (axis starts at ${p.start}, not zero)`,
    legendHeading: 'Key',
    legendPoints: (p: { area: string }) => `Points: ${p.area}, 95% confidence interval as a vertical bar`,
    period: 'Period',
    lowerLimit: 'Lower 95% limit',
    upperLimit: 'Upper 95% limit',
    note: 'Note',
    noValue: 'no value',
    keyboardHint:
      'Focus the chart, then use the left and right arrow keys to move between periods, Home and End for the first and last, Enter to choose a period, Escape to hide the details.',
    aboutHeading: 'About this indicator',
    exportSource: (p: { source: string }) => `Source: ${p.source}`,
    downloadFailed: (p: { detail: string }) => `The download could not be made: ${p.detail}`,
    downloaded: (p: { file: string }) => `Downloaded ${p.file}.`,
    errors: {
      noIndicators: 'The spec has no indicators, so there is no trend to draw. Add at least one to "indicators".',
      unknownIndicator: (p: { id: string; options: string }) =>
        `indicator="${p.id}" is not one of the indicators in the spec (${p.options}).`,
      unknownArea: (p: { code: string; options: string }) => `area="${p.code}" is not one of the areas in the spec (${p.options}).`,
      unknownCompare: (p: { code: string; options: string }) =>
        `compare names "${p.code}", which is not one of the areas in the spec (${p.options}).`,
      unknownBenchmark: (p: { code: string; options: string }) =>
        `benchmark="${p.code}" is not one of the areas in the spec (${p.options}).`,
      noData: (p: { indicator: string; area: string }) =>
        `There are no values of indicator "${p.indicator}" for ${p.area} in the spec's data, so there is no trend to draw.`,
      onlyGroups: (p: { indicator: string; area: string; groups: string }) =>
        `Indicator "${p.indicator}" has values for ${p.area} only by group (${p.groups}); <indicator-trend> draws whole-area values. <inequality-gap> shows groups.`,
    },
  },
};

export type Messages = typeof en;

type DeepPartial<T> = { [K in keyof T]?: T[K] extends (...args: never[]) => unknown ? T[K] : T[K] extends object ? DeepPartial<T[K]> : T[K] };
export type PartialMessages = DeepPartial<Messages>;
