import type { Status, TrendPhraseKey } from '../render/status.js';

/**
 * Every user-facing string of the library, in English. One section per part of the library.
 * Every other language's catalogue (src/i18n/cy.ts) has exactly this type: a missing or extra key
 * is a type error, so a Welsh page never falls back to English word by word. When you add a key
 * here, add its Welsh in cy.ts (terms: docs/translation.md).
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
    /** A part of the library's own code could not be downloaded (`part`: one of `codeParts`; `url`: where from, or empty). */
    codeFailed: (p: { part: string; url: string }) =>
      `Part of this page's code (${p.part}) could not be downloaded${p.url ? ` from ${p.url}` : ''}. Check the connection, then reload the page.`,
    codeParts: {
      element: 'this element',
      panel: 'the details of a domain',
      readers: 'the data file readers',
      fetch: 'the code that fetches a spec',
      welshWords: 'the Welsh words',
      charts: 'the code that draws charts',
      authorChart: "the code for an author's chart",
      problemWords: 'the words that explain a problem with the spec',
    },
    and: 'and',
    /**
     * An indicator's unit given as plain text (not `{ "en", "cy" }`) in the spec, as written in this
     * language: the spec's text. Another language may translate a few common English units
     * (docs/translation.md, "Unit words in a spec that is not bilingual").
     */
    unitWord: (p: { unit: string }) => p.unit,
    /** A list in words, as a whole phrase: "a", "a and b", "a, b and c". */
    list: (p: { items: string[] }) =>
      p.items.length <= 1 ? p.items.join('') : `${p.items.slice(0, -1).join(', ')} and ${p.items[p.items.length - 1]}`,
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
    unknownField: (p: { suggestion?: string | undefined }) =>
      `is not a field this library knows, so it is ignored${p.suggestion ? `; did you mean "${p.suggestion}"?` : ''}`,
    tooDeep: (p: { depth: number }) => `domains nest at most ${p.depth} deep (the wheel draws ${p.depth} rings): this list is one level too deep`,
    unreadable: (p: { detail: string }) => `the spec could not be read: ${p.detail}`,
    dataKinds: 'a list of rows, a file reference { "url": … } or a list of file references',
    unknownIndicator: (p: { id: string }) => `names the indicator "${p.id}", which is not in "indicators"`,
    unknownArea: (p: { code: string }) => `names the area "${p.code}", which is not in "areas"`,
    duplicateId: (p: { kind: string; id: string; first: string }) =>
      `repeats the ${p.kind} "${p.id}" (first used at ${p.first})`,
    /** What a repeated id is, for duplicateId. */
    idKinds: { area: 'area code', indicator: 'indicator id', domain: 'domain id', factor: 'factor id' },
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
    /** Kinds of value that would have been accepted: "text or a number". */
    either: (p: { items: string[] }) => p.items.join(' or '),
    somethingElse: 'something else',
    /** How a value found in a spec is described in a message (text is quoted as it is). */
    aList: 'a list',
    anObject: 'an object',
    /** The path of a problem with the whole spec. */
    wholeSpec: '(the spec)',
    /** Checks the schema makes itself (keyed by the check's name in src/spec/schema.ts). */
    checks: {
      notFinite: 'must be a finite number',
      notLanguageTag: 'must be a language tag such as "en" or "cy"',
      noLanguages: 'needs at least one language, e.g. { "en": "…", "cy": "…" }',
    } as Record<string, string>,
  },
  builder: {
    notJson: (p: { file: string; detail: string }) => `${p.file} is not valid JSON: ${p.detail}.`,
    fileProblems: (p: { file: string; problems: string }) => `${p.file} has problems: ${p.problems}.`,
    noFiles: 'Choose a data file first.',
    noElements: 'Choose at least one chart to make.',
    noValues: (p: { indicator: string; area: string }) => `There are no values for ${p.indicator} in ${p.area}. Choose another area or indicator.`,
    noGroups: (p: { indicator: string; area: string }) =>
      `The gap chart needs groups (such as men and women, or deprivation tenths). The data for ${p.indicator} in ${p.area} has none.`,
    onlyGroups: (p: { indicator: string; area: string }) =>
      `The data for ${p.indicator} in ${p.area} is only by group (such as deprivation tenths), so a trend would be empty. Choose the gap chart instead.`,
    wheelNeedsFramework: 'The wheel needs a framework. Choose one, or untick the wheel.',
    nothingPlaced: 'No indicator is placed in a domain yet, so the wheel would be empty. Place at least one.',
    to: 'to',
    and: 'and',
    domain: 'Domain',
    indicator: 'Indicator',
    period: 'Period',
    group: 'Group',
    value: 'Value',
    filesRead: (p: { count: number; rows: number }) => `Read ${p.count === 1 ? '1 file' : `${p.count} files`}: ${p.rows} rows.`,
    noProblems: 'No problems found.',
    problemCount: (p: { count: number }) => (p.count === 1 ? '1 problem to fix:' : `${p.count} problems to fix:`),
    copied: 'Copied. Paste it into your page.',
    copyFailed: 'Could not copy. Select the text in the box and copy it yourself.',
    sex: 'Sex',
    age: 'Age',
    sexGroups: 'Each sex as a group (for a gap between them)',
    sexAndAgeHint: (p: { indicator: string }) => `Your file has ${p.indicator} for several sexes or ages. A chart shows one of each: choose which.`,
    placeIn: (p: { indicator: string }) => `Domains for ${p.indicator}`,
    someHosted: 'Some files have an address and some do not. The HTML to paste carries the data inside it until every file has one (or none has).',
    page: {
      documentTitle: (p: { library: string }) => `Make a chart from your data: the ${p.library} builder`,
      skip: 'Skip to main content',
      serviceName: 'Builder',
      heading: 'Make a chart from your data',
      lead: 'Choose a data file, pick what to show, then copy the HTML into your page. Your files stay on your computer: this page reads them in your browser and sends nothing anywhere.',
      dataHeading: '1. Your data',
      filesHint: (p: { fingertips: string; fingertipsApi: string; ons: string; statsWales: string }) =>
        `A ${p.fingertips} data download (CSV, or JSON from the ${p.fingertipsApi}), an ${p.ons} CSV, a ${p.statsWales} download (in English or Welsh), a spreadsheet saved as CSV with one row per area and one column per year, a CSV with the columns "indicator", "area", "period" and "value", or a JSON spec. You can choose more than one file.`,
      filesLabel: 'Data files',
      showHeading: '2. What to show',
      chartsLegend: 'Charts to make',
      trendChoice: 'Trend: one indicator over time',
      gapChoice: 'Gap between groups (for example men and women)',
      wheelChoice: 'Wheel: a whole framework',
      area: 'Area',
      compareWith: 'Compare with',
      nothing: 'Nothing',
      specTitleInEnglish: 'Title of the spec, in English (optional)',
      specTitleInWelsh: 'Title of the spec, in Welsh (optional)',
      frameworkHeading: '3. Framework (for the wheel)',
      startFrom: 'Start from',
      noFramework: 'None',
      frameworkInFile: 'The framework in your file',
      frameworkWalsall: (p: { walsall: string }) => `${p.walsall} Wellbeing Outcomes Framework`,
      frameworkCountyDurham: (p: { durham: string }) => `County ${p.durham}’s Approach to Wellbeing`,
      frameworkOnsTen: 'ONS: the ten domains of national well-being',
      frameworkTitle: 'Framework title',
      domains: 'Domains',
      domainWithin: (p: { path: string }) => `Domain (within ${p.path})`,
      removeDomain: (p: { domain: string }) => `Remove ${p.domain}`,
      addDomain: 'Add a domain',
      newDomain: (p: { number: string }) => `Domain ${p.number}`,
      inEnglish: (p: { label: string }) => `${p.label}, in English`,
      inWelsh: (p: { label: string }) => `${p.label}, in Welsh (optional)`,
      indicatorsHeading: '4. Indicators',
      indicatorsIntro: (p: { fingertips: string }) =>
        `Each indicator’s title, unit and which direction is better, filled in from your file (and from ${p.fingertips} for its indicator numbers). Change anything that is wrong. Give a Welsh title too, and a page in Welsh shows it. With a framework, tick the domains it belongs to.`,
      title: 'Title',
      unit: 'Unit (for example %, years, per 100,000)',
      polarity: 'Which is better',
      higherIsBetter: 'Higher is better',
      lowerIsBetter: 'Lower is better',
      noJudgement: 'Neither (no judgement)',
      valueType: 'Type of value',
      notGiven: 'Not given',
      valueTypes: {
        proportion: 'proportion',
        'crude-rate': 'crude rate',
        'standardised-rate': 'standardised rate',
        'life-expectancy': 'life expectancy',
        mean: 'mean',
        score: 'score',
        count: 'count',
        ratio: 'ratio',
        other: 'other',
      } as Record<string, string>,
      problemsHeading: '5. Problems',
      previewHeading: '6. Preview',
      takeHeading: '7. Take it away',
      snippetLabel: 'HTML to paste',
      snippetHint: (p: { javascript: string }) => `Each chart with its data inside it, and a table of the same numbers for readers without ${p.javascript}.`,
      copy: 'Copy',
      download: 'Download the spec (JSON)',
      includeLibrary: 'Include the line that loads the library (leave it out if your page loads it already)',
      libraryUrl: 'Address of the library',
      hostingHeading: 'Where your files will be (optional)',
      hostingHint:
        'Leave these empty and the HTML to paste carries the numbers inside it: it works with no hosting. If you put a file on your website, give its address (relative to your page, or in full), and the HTML to paste reads the file from there, with the sex and age you chose. The preview still uses the file you chose here.',
      fileAddress: (p: { file: string }) => `Address of ${p.file} on your website`,
      footer: (p: { npm: string; folder: string }) => `This page is also in the ${p.npm} package, in ${p.folder}, so a council can host it on its own site.`,
    },
  },
  inlineJson: {
    closedEarly:
      'The spec ends early: a `</script>` inside it closes the block. Write each `<` in the spec as `\\u003c` instead. The builder page and the `build` command do this for you.',
    commentScript:
      'The spec has `<!--` and then `<script` inside it. The browser then reads the rest of the page as part of the spec. Write each `<` in the spec as `\\u003c` instead. The builder page and the `build` command do this for you.',
  },
  load: {
    status: (p: { url: string; status: number; statusText: string }) =>
      `The server answered ${p.status}${p.statusText ? ` ${p.statusText}` : ''} for ${p.url}.` +
      (p.status === 404 ? ' Check the address: the file may have moved.' : p.status >= 500 ? ' The server had a problem; try again later.' : ''),
    serverSaid: (p: { text: string }) => `The server said: “${p.text}”`,
    noContent: (p: { url: string; status: number }) =>
      `The server answered ${p.status} No Content for ${p.url}: no data. Check the address, or ask the data’s publisher why it sends nothing.`,
    redirectLoop: (p: { url: string }) =>
      `${p.url} sends the browser on again and again (too many redirects), so loading stopped. Ask the site’s owner to fix its redirects.`,
    redirectFailed: (p: { url: string }) =>
      `${p.url} sends the browser on to another address, and following it failed. The redirects may go round in a loop, or end at a server that does not allow this page to read it (CORS).`,
    html: (p: { url: string }) =>
      `${p.url} sent a web page (HTML), not JSON data. Check the address points at the data file itself.`,
    brokenJson: (p: { url: string; detail: string }) => `${p.url} is not valid JSON: ${p.detail}.`,
    network: (p: { url: string }) =>
      `Could not reach ${p.url}. The address may be wrong, the network down, or the server may not allow this page to read it (CORS).`,
    timeout: (p: { url: string; seconds: number }) => `${p.url} took longer than ${p.seconds} seconds to answer, so loading stopped.`,
    tooBig: (p: { url: string; megabytes: string }) =>
      `${p.url} is larger than the ${p.megabytes} MB limit, so loading stopped.`,
    /** Where in a data file: "data.csv, line 3, column 4 (Value)". */
    where: (p: { file: string; line?: number | undefined; column?: number | undefined; header?: string | undefined }) =>
      `${p.file}${p.line === undefined ? '' : `, line ${p.line}`}${p.column === undefined ? '' : `, column ${p.column}`}${p.header ? ` (${p.header})` : ''}`,
    fileProblems: (p: { url: string; count: number; first: string }) => `${p.url} has ${p.count} problems. The first: ${p.first}.`,
    csvMissingColumn: (p: { column: string }) => `there is no "${p.column}" column in the header line`,
    csvUnclosedQuote: 'a quoted field opens here and is never closed',
    notNumber: (p: { got: string; meant?: string | undefined }) =>
      `"${p.got}" is not a number${p.meant ? `; if it means ${p.meant}, write it with a point` : ''}`,
    missingCells: 'the indicator, area or period is empty',
    missingField: (p: { field: string }) => `"${p.field}" is missing`,
    notFingertipsJson: 'this is not a FingertipsNext health-data response: expected an object with an "areaHealthData" list',
    severalAges: (p: { indicator: string; ages: string }) =>
      `indicator ${p.indicator} has rows for several ages (${p.ages}); choose one with "filter": { "age": … } or rows will overwrite each other`,
    lowReliability: 'Low reliability: the ONS advises caution with this estimate.',
    wideNeedsIndicator: 'no indicator is named: give the data reference an "indicator" (the id for every value in the file)',
    wideNoBlock: (p: { indicator: string }) =>
      p.indicator ? `no block of periods is headed "${p.indicator}"` : 'no column header reads as a period (such as 2019 or 2019/20)',
    wideNoAreaColumn: 'no column of area codes was found: name its header with "area" in the data reference (for example "area": "Code")',
    brokenJsonDetail: (p: { detail: string }) => `not valid JSON: ${p.detail}`,
    notRowList: 'expected a list of rows [ … ] or an object with a "data" list',
    unknownFormat: (p: { format: string; formats: string }) => `the format "${p.format}" is not one this library reads (${p.formats})`,
    nameFromCode: (p: { code: string }) => `neither the spec nor the data file names the area ${p.code}: its code is shown as its name`,
    titleFromId: (p: { id: string }) => `neither the spec nor the data file gives a title for the indicator ${p.id}: its id is shown as its title`,
    emptyFile: 'the file is empty: expected a header line and rows',
    notUtf8: 'some characters could not be read (shown as �): save the file as UTF-8',
    /** A data URL with {area}, {indicator} or {period} that the element cannot fill in. */
    templateNeeds: (p: { url: string; placeholder: 'indicator' | 'area' | 'period' }) =>
      `The data address ${p.url} has {${p.placeholder}} in it, but nothing says which ${p.placeholder} to ask for. ` +
      (p.placeholder === 'period'
        ? 'Give the element a "period" attribute: the latest period is not known before the data is read.'
        : p.placeholder === 'area'
          ? 'Give the element an "area" attribute, or list the areas in the spec.'
          : 'Give the element an "indicator" attribute, or list the indicators in the spec.'),
  },
  cli: {
    helpIntro: 'wellbeing-widgets: check and build specs for the wellbeing-widgets elements.',
    helpOptions: 'Options: --help (this text, or a command\'s), --lang cy (messages in Welsh).',
    exitCodes: 'Exit codes: 0 done (valid), 1 the spec or its data has problems, 2 the command was used wrongly.',
    validateSummary: 'Check a spec and its data files; list every problem with its JSON path or file, line and column.',
    buildSummary: 'Read the spec\'s data files and write one self-contained spec (to -o out.json, or the standard output).',
    usage: (p: { usage: string }) => `Usage: ${p.usage}`,
    unknownCommand: (p: { name: string; commands: string }) => `"${p.name}" is not a command (the commands: ${p.commands}).`,
    cannotRead: (p: { path: string; reason: string }) => `Could not read ${p.path}: ${p.reason}.`,
    templateUrl: (p: { url: string }) =>
      `${p.url} has {indicator}, {area} or {period} in it: the element fills those in as it draws, so the command line cannot read it. Give a file instead.`,
    warnings: (p: { count: number }) => (p.count === 1 ? 'A warning (the spec still draws):' : `${p.count} warnings (the spec still draws):`),
    valid: (p: { path: string; rows: number; areas: number; indicators: number }) =>
      `${p.path} is valid: ${p.rows} rows, ${p.areas} areas, ${p.indicators} indicators.`,
    builtInvalid: 'The built spec does not pass its own check (a bug in wellbeing-widgets; please report it):',
    wrote: (p: { path: string; rows: number; areas: number; indicators: number }) =>
      `Wrote ${p.path}: ${p.rows} rows, ${p.areas} areas, ${p.indicators} indicators.`,
    crashed: (p: { detail: string }) => `wellbeing-widgets stopped because of a fault in itself, not in your files. Please report it:\n${p.detail}`,
  },
  /** The command line's `render` command (src/cli/render.ts). */
  render: {
    summary: 'Draw an element as a standalone SVG file, for reports and board papers, with no browser.',
    /** Shown by `render --help`, under the usage line. */
    details: (p: { elements: string }) =>
      [
        `--element: the element to draw (${p.elements}).`,
        '--indicator, --area, --period, --benchmark: what to show, as the element’s attributes; also --compare (trend), --status (wheel), --view, --groups and --group-type (gap), --within (map).',
        '--boundaries areas.topojson, with --layer and --code-property: the map’s boundary file.',
        '--chart chart.json: the Vega-Lite that <wellbeing-chart> draws.',
        '--width 800: the file’s width in pixels (charts and maps 800, the wheel 640 unless you say).',
        '-o out.svg: the file to write (else the SVG goes to the standard output).',
        '--lang cy: the words in the drawing and the messages in Welsh.',
      ].join('\n'),
    needsElement: (p: { elements: string }) => `Say which element to draw with --element (one of: ${p.elements}).`,
    unknownElement: (p: { name: string; elements: string }) => `"${p.name}" is not an element render can draw (it draws: ${p.elements}).`,
    badWidth: (p: { value: string }) => `--width must be a whole number of pixels from 240 to 4000, not "${p.value}".`,
    needsChart: '<wellbeing-chart> draws a chart you write in Vega-Lite: give its file with --chart chart.json.',
    needsBoundaries: 'A map needs a boundary file: give a TopoJSON or GeoJSON file with --boundaries areas.topojson.',
    noPng: 'render writes SVG only: PNG needs a renderer this package does not include. Word, PowerPoint and browsers open the SVG; a browser can save it as PNG.',
    wrote: (p: { path: string; title: string; width: number; height: number }) => `Wrote ${p.path} (${p.width} by ${p.height} pixels): ${p.title}.`,
  },
  period: {
    /**
     * Month names, January first, separated by spaces, for a language the browser has no names for
     * (Chromium has no Welsh). Empty in English: the browser's own names are used.
     */
    months: '',
    /**
     * For an author's chart's time axes (Vega's date formats), where the browser has no names in this
     * language: short month names, and day names long and short, Sunday first, separated by commas.
     * Empty in English.
     */
    shortMonths: '',
    days: '',
    shortDays: '',
    /** A financial or academic year: "2019/20". */
    financialYear: (p: { from: string; to: string }) => `${p.from}/${p.to}`,
    /** Years or months from one to another: "2015 to 2017", "November 2022 to January 2023". */
    range: (p: { from: string; to: string }) => `${p.from} to ${p.to}`,
    month: (p: { month: string; year: string }) => `${p.month} ${p.year}`,
    /** Months within one year: "January to March 2023". */
    monthsInYear: (p: { from: string; to: string; year: string }) => `${p.from} to ${p.to} ${p.year}`,
  },
  comparison: {
    better: 'better',
    similar: 'similar',
    worse: 'worse',
    higher: 'higher',
    lower: 'lower',
    'not-compared': 'not compared',
    /** "better than England", "similar to England", "not compared with England". */
    sentence: (p: { comparison: string; benchmark: string }) =>
      p.comparison === 'not compared'
        ? `not compared with ${p.benchmark}`
        : p.comparison === 'similar'
          ? `similar to ${p.benchmark}`
          : `${p.comparison} than ${p.benchmark}`,
  },
  /**
   * One word per status of src/render/status.ts, as Fingertips words it (fingertips-open
   * PholioVisualisationWS/Formatting/TrendMarkerLabelProvider.cs; FingertipsNext BenchmarkOutcome).
   */
  status: {
    words: {
      better: 'better',
      similar: 'similar',
      worse: 'worse',
      higher: 'higher',
      lower: 'lower',
      'not-compared': 'not compared',
      'quintile-best': 'best',
      'quintile-better': 'better',
      'quintile-middle-judged': 'middle',
      'quintile-worse': 'worse',
      'quintile-worst': 'worst',
      'quintile-lowest': 'lowest',
      'quintile-low': 'low',
      'quintile-middle': 'middle',
      'quintile-high': 'high',
      'quintile-highest': 'highest',
      improving: 'getting better',
      worsening: 'getting worse',
      increasing: 'increasing',
      decreasing: 'decreasing',
      'no-change': 'no significant change',
      'cannot-calculate': 'cannot be calculated',
      'no-data': 'no data',
    } satisfies Record<Status, string>,
    /** A recent trend in Fingertips' words, keyed by `trendPhraseKey` (src/render/status.ts). */
    trend: {
      'increasing-improving': 'increasing and getting better',
      'increasing-worsening': 'increasing and getting worse',
      'decreasing-improving': 'decreasing and getting better',
      'decreasing-worsening': 'decreasing and getting worse',
      increasing: 'increasing',
      decreasing: 'decreasing',
      'no-change': 'no significant change',
      'cannot-calculate': 'cannot be calculated',
    } satisfies Record<TrendPhraseKey, string>,
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
    /** The comparison's heading when the indicator is compared by 99.8% intervals (SPEC-v1 `comparison`). */
    comparedWith998: (p: { benchmark: string }) => `Compared with ${p.benchmark} (99.8% confidence)`,
    /** The comparison's heading when the indicator is compared by quintiles. */
    comparedByQuintile: 'Fifth among areas of the same type',
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
      'method-none': 'the indicator is not compared',
      'too-few-peers': 'fewer than 5 areas of its type have a value',
    },
    noBenchmark: 'No benchmark is set, so values are not compared.',
    summaryValues: (p: { indicator: string; area: string; first: string; firstPeriod: string; latest: string; latestPeriod: string }) =>
      `${p.indicator} in ${p.area} was ${p.first} in ${p.firstPeriod} and ${p.latest} in ${p.latestPeriod}`,
    summarySingle: (p: { indicator: string; area: string; value: string; period: string }) =>
      `${p.indicator} in ${p.area} was ${p.value} in ${p.period}`,
    summaryComparison: (p: { period: string; comparison: string; benchmarkValue: string }) =>
      `; in ${p.period} it was ${p.comparison} (${p.benchmarkValue})`,
    summaryNotCompared: (p: { benchmark: string; reason: string }) => `; it was not compared with ${p.benchmark} because ${p.reason}`,
    /** Quintiles: `; in 2022/23 it was in the best fifth of the 30 areas of its type`. */
    summaryQuintile: (p: { period: string; status: string; count: number }) => `; in ${p.period} it was ${p.status} of the ${p.count} areas of its type`,
    summaryNotPlaced: (p: { reason: string }) => `; it was not placed in a fifth because ${p.reason}`,
    summaryMethodNone: 'This indicator is not compared with other areas.',
    summaryMethod998: (p: { benchmark: string }) => `Values are compared with ${p.benchmark} by their 99.8% confidence intervals.`,
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
    intervalLegend: '95% confidence interval',
    period: 'Period',
    lowerLimit: 'Lower 95% limit',
    upperLimit: 'Upper 95% limit',
    note: 'Note',
    noValue: 'no value',
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
  wheel: {
    /** Accessible name of the wheel. */
    name: (p: { framework: string; area: string; benchmark: string; trend: boolean }) =>
      p.trend ? `${p.framework}: recent trends for ${p.area}` : p.benchmark ? `${p.framework}: ${p.area} compared with ${p.benchmark}` : `${p.framework}: ${p.area}`,
    summary: (p: { area: string; period: string; count: number; parts: string; noData: string }) =>
      // Short sentences (reading level, issue 15): where and when; the counts; the domains without data.
      `${p.area}, ${p.period}. Of ${p.count} ${p.count === 1 ? 'indicator' : 'indicators'}, ${p.parts}.${p.noData ? ` ${p.noData.charAt(0).toLocaleUpperCase('en') + p.noData.slice(1)}.` : ''}`,
    summaryNoIndicators: (p: { area: string; framework: string }) => `${p.framework} lists no indicators yet, so there is nothing to show for ${p.area}.`,
    noDataForArea: (p: { area: string }) => `There is no data for ${p.area} in this spec, so the wheel shows the framework only.`,
    domainsWithoutData: (p: { count: number; names: string }) =>
      p.count === 1 ? `1 domain has no data${p.names ? ` (${p.names})` : ''}` : `${p.count} domains have no data${p.names ? ` (${p.names})` : ''}`,
    latest: 'latest data',
    latestPeriods: (p: { periods: string }) => `latest data (${p.periods})`,
    recentTrends: (p: { period: string }) => `recent trends to ${p.period}`,
    /** Phrases for the summary: how many indicators have each status. The benchmark is named once, in the first phrase. */
    statusCount: {
      better: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} better${p.benchmark ? ` than ${p.benchmark}` : ''}`,
      similar: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} similar${p.benchmark ? ` to ${p.benchmark}` : ''}`,
      worse: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} worse${p.benchmark ? ` than ${p.benchmark}` : ''}`,
      higher: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} higher${p.benchmark ? ` than ${p.benchmark}` : ''}`,
      lower: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} lower${p.benchmark ? ` than ${p.benchmark}` : ''}`,
      'not-compared': (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} not compared${p.benchmark ? ` with ${p.benchmark}` : ''}`,
      'quintile-best': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the best fifth`,
      'quintile-better': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the second-best fifth`,
      'quintile-middle-judged': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the middle fifth`,
      'quintile-worse': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the second-worst fifth`,
      'quintile-worst': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the worst fifth`,
      'quintile-lowest': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the lowest fifth`,
      'quintile-low': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the second-lowest fifth`,
      'quintile-middle': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the middle fifth`,
      'quintile-high': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the second-highest fifth`,
      'quintile-highest': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} in the highest fifth`,
      improving: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} getting better`,
      worsening: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} getting worse`,
      increasing: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} increasing`,
      decreasing: (p: { count: number }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} decreasing`,
      'no-change': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'shows' : 'show'} no significant change`,
      'cannot-calculate': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'has' : 'have'} a trend that cannot be calculated`,
      'no-data': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'has' : 'have'} no value for the period`,
    },
    /** Short words for one status (segment names, legend, panel). */
    status: {
      better: (p: { benchmark: string }) => `better than ${p.benchmark}`,
      similar: (p: { benchmark: string }) => `similar to ${p.benchmark}`,
      worse: (p: { benchmark: string }) => `worse than ${p.benchmark}`,
      higher: (p: { benchmark: string }) => `higher than ${p.benchmark} (no judgement)`,
      lower: (p: { benchmark: string }) => `lower than ${p.benchmark} (no judgement)`,
      'not-compared': () => 'not compared',
      'quintile-best': () => 'in the best fifth',
      'quintile-better': () => 'in the second-best fifth',
      'quintile-middle-judged': () => 'in the middle fifth',
      'quintile-worse': () => 'in the second-worst fifth',
      'quintile-worst': () => 'in the worst fifth',
      'quintile-lowest': () => 'in the lowest fifth',
      'quintile-low': () => 'in the second-lowest fifth',
      'quintile-middle': () => 'in the middle fifth',
      'quintile-high': () => 'in the second-highest fifth',
      'quintile-highest': () => 'in the highest fifth',
      improving: () => 'getting better',
      worsening: () => 'getting worse',
      increasing: () => 'increasing',
      decreasing: () => 'decreasing',
      'no-change': () => 'no significant change',
      'cannot-calculate': () => 'trend cannot be calculated',
      'no-data': () => 'no value for the period',
    },
    notComparedBecause: {
      noBenchmark: 'no benchmark area is set',
      isBenchmark: 'this area is the benchmark',
      noBenchmarkValue: (p: { benchmark: string }) => `no value for ${p.benchmark}`,
      noInterval: 'no confidence interval',
      methodNone: 'the indicator is not compared',
      tooFewPeers: 'fewer than 5 areas of its type have a value',
    },
    withReason: (p: { status: string; reason: string }) => `${p.status} (${p.reason})`,
    domainName: (p: { label: string; status: string }) => `${p.label}: ${p.status}`,
    domainCounts: (p: { count: number; parts: string }) => `${p.count} ${p.count === 1 ? 'indicator' : 'indicators'}, ${p.parts}`,
    domainCountPart: (p: { count: number; status: string }) => `${p.count} ${p.status}`,
    domainNoData: 'no data',
    domainSeeChildren: (p: { count: number }) => `no indicators of its own; ${p.count} ${p.count === 1 ? 'part' : 'parts'} in the outer ring`,
    centre: (p: { label: string; statement: string }) => `Centre: ${p.label}${p.statement ? `. ${p.statement}` : ''}`,
    factors: (p: { list: string }) => `Outer band of factors: ${p.list}`,
    /** Short sentences (issue 15): the rings sentence only when there are two rings; the touch sentence only on a touch screen. */
    keyboardHelp: 'Use the arrow keys to move between domains. Press Enter to open a domain and Escape to close it.',
    keyboardHelpRings: 'Up and down move between the rings.',
    touchHelp: 'Tap a domain to open it.',
    legendBenchmark: (p: { benchmark: string }) => `Each band shows how the domain's indicators compare with ${p.benchmark}:`,
    legendTrend: "Each band shows the recent trend of the domain's indicators:",
    legendNoBenchmark: 'No benchmark area is set, so the indicators are not compared:',
    legendDomainNoData: 'Domain with no data',
    numberedHeading: 'The wheel in words',
    /** The drawing's name (the title above it is read just before, so it is not repeated). */
    wheelGroup: (p: { count: number }) => `Wheel of ${p.count} ${p.count === 1 ? 'domain' : 'domains'}`,
    innerRing: 'Inner ring',
    outerRing: 'Outer ring',
    partOf: (p: { name: string; parent: string }) => `${p.name}; part of ${p.parent}`,
    tooManyDomains: (p: { count: number; max: number }) =>
      `This framework has ${p.count} domains. A wheel can only show up to ${p.max} in a way people can read, so the table below lists them all.`,
    panelClose: 'Close',
    panelNoIndicators: 'No indicators are linked to this domain yet.',
    value: 'Value',
    interval: '95% confidence interval',
    intervalRange: (p: { lower: string; upper: string }) => `${p.lower} to ${p.upper}`,
    benchmarkValue: (p: { benchmark: string }) => `${p.benchmark}`,
    comparison: 'Compared with the benchmark',
    trend: 'Recent trend',
    period: 'Period',
    tableCaption: (p: { title: string; area: string; period: string }) => `${p.title}: ${p.area}, ${p.period}`,
    tableDomain: 'Domain',
    tableStatement: 'Statement',
    tableIndicator: 'Indicator',
    tableNoIndicators: 'No indicators',
    noValue: 'No value',
    noBenchmarkColumn: 'Benchmark',
    error: {
      noFramework:
        'The spec has no "framework", which <wellbeing-wheel> needs: add one with a centre and domains (see "framework" in SPEC-v1).',
      noAreas: 'The spec lists no areas, so the wheel has no area to show: add at least one to "areas".',
      unknownArea: (p: { code: string; options: string }) => `area="${p.code}" is not one of the areas in the spec (${p.options}).`,
      unknownBenchmark: (p: { code: string; options: string }) => `benchmark="${p.code}" is not one of the areas in the spec (${p.options}).`,
      unknownPeriod: (p: { period: string; options: string }) => `period="${p.period}" is not a period in the data (${p.options}).`,
      unknownSelected: (p: { id: string; options: string }) => `selected="${p.id}" is not one of the domains of the framework (${p.options}).`,
      unknownStatus: (p: { value: string }) => `status="${p.value}" is not one of "benchmark" or "trend".`,
    },
  },
  inequalityGap: {
    viewGroups: 'Gap between groups',
    viewOverTime: 'Gap over time',
    chartLabelGroups: (p: { title: string; area: string; period: string }) => `${p.title} by group, ${p.area}, ${p.period}`,
    chartLabelOverTime: (p: { title: string; area: string; a: string; b: string }) =>
      `${p.title}: ${p.a} and ${p.b} over time, ${p.area}, with the gap between them shaded`,
    group: 'Group',
    period: 'Period',
    value: 'Value',
    valueWithUnit: (p: { unit: string }) => (p.unit ? `Value (${p.unit})` : 'Value'),
    lower: 'Lower 95% limit',
    upper: 'Upper 95% limit',
    population: 'Population',
    fitted: 'Fitted value (SII line)',
    comparedWithOverall: (p: { overall: string }) => `Compared with ${p.overall}`,
    comparedWithOverall998: (p: { overall: string }) => `Compared with ${p.overall} (99.8% confidence)`,
    /** Notes under the chart when the indicator's `comparison` is not the default 95% intervals. */
    comparedBy998: (p: { overall: string }) => `Each group is compared with ${p.overall} by its 99.8% confidence interval.`,
    groupsNotComparedQuintiles: 'Groups are not compared: this indicator is compared by quintiles, which place an area among areas of its type, not a group within an area.',
    groupsNotComparedNone: 'This indicator is not compared, so groups are not compared with the whole area.',
    gapColumn: (p: { a: string; b: string }) => `Gap (${p.a} minus ${p.b})`,
    overallSeries: 'Overall',
    overallOf: (p: { area: string }) => `${p.area} overall`,
    overallPhrase: 'overall',
    forGroup: (p: { label: string }) => `for ${p.label}`,
    mostDeprived: (p: { fraction: string }) => `the most deprived ${p.fraction}`,
    leastDeprived: (p: { fraction: string }) => `the least deprived ${p.fraction}`,
    inPhrase: (p: { name: string }) => `in ${p.name}`,
    fractions: { decile: 'tenth', quintile: 'fifth', quartile: 'quarter' } as Record<string, string>,
    groupTypeNames: {
      'deprivation-decile': 'Deprivation decile (1 = most deprived)',
      'deprivation-quintile': 'Deprivation quintile (1 = most deprived)',
      sex: 'Sex',
      'ethnic-group': 'Ethnic group',
    } as Record<string, string>,
    /** A gap between two percentages (the number is written by src/render/format.ts). */
    percentagePoints: (p: { number: string }) => `${p.number} percentage points`,
    limits: (p: { lower: string; upper: string }) => `95% limits ${p.lower} to ${p.upper}`,
    summaryGroups: (p: { area: string; period: string; a: string; nameA: string; b: string; nameB: string; gap: string }) =>
      `In ${p.area} in ${p.period}, the value was ${p.a} ${p.nameA} and ${p.b} ${p.nameB}: a gap of ${p.gap}.`,
    summarySii: (p: { sii: string; lower: string; upper: string }) =>
      `The slope index of inequality was ${p.sii} (95% limits ${p.lower} to ${p.upper}).`,
    summaryOverall: (p: { overall: string; value: string }) => `The value for ${p.overall} was ${p.value}.`,
    gapFigure: (p: { a: string; b: string }) => `Gap (${p.a} minus ${p.b})`,
    ratioFigure: (p: { a: string; b: string }) => `Ratio (${p.a} divided by ${p.b})`,
    ratioUndefined: 'cannot be calculated (division by zero)',
    siiFigure: 'Slope index of inequality (SII)',
    riiFigure: 'Relative index of inequality (RII)',
    siiExplained:
      'The SII is the modelled gap from the most to the least deprived end, fitted to every group weighted by its population; a negative SII means the value falls from the most to the least deprived end.',
    /** Which method the SII used (PHEindicatormethods phe_sii). */
    siiMethod: {
      linear: 'Method: PHE phe_sii, a straight line on the values themselves, limits from 10,000 simulations.',
      log: 'Method: PHE phe_sii with transform = TRUE for a rate: the line fitted on the log scale and turned back into the indicator’s units, limits from 10,000 simulations.',
      logit: 'Method: PHE phe_sii with transform = TRUE for a proportion: the line fitted on the logit scale and turned back into the indicator’s units, limits from 10,000 simulations.',
    },
    notCalculated: (p: { reason: string }) => `not calculated: ${p.reason}`,
    siiUnordered: (p: { type: string }) =>
      `it needs groups in order (each row's group.order, 1 = most deprived), and the ${p.type} groups have none`,
    siiTooFewGroups: (p: { count: number; minimum: number }) =>
      `it needs at least ${p.minimum} ordered groups with a value, and there ${p.count === 1 ? 'is 1' : `are ${p.count}`}`,
    siiMissingPopulation: (p: { groups: string }) =>
      `it needs each group's population (the row's "denominator"), and ${p.groups} ${p.groups.includes(' and ') ? 'have' : 'has'} none`,
    siiMissingValue: (p: { groups: string }) => `it needs a value for every group, and ${p.groups} ${p.groups.includes(' and ') ? 'have' : 'has'} none`,
    siiMissingInterval: (p: { groups: string }) =>
      `it needs each group's 95% confidence limits ("lower" and "upper"), and ${p.groups} ${p.groups.includes(' and ') ? 'have' : 'has'} none`,
    siiInvalidValue: 'a value or confidence limit is outside the range the calculation can take (for example 0, or 100% or more)',
    better: {
      'higher-is-better': (p: { name: string }) => `Higher is better for this indicator: the value is better ${p.name}.`,
      'lower-is-better': (p: { name: string }) => `Lower is better for this indicator: the value is better ${p.name}.`,
      same: 'The two values are the same.',
      'no-judgement': 'This indicator has no better or worse direction.',
    },
    polarityOnly: {
      'higher-is-better': 'Higher is better for this indicator.',
      'lower-is-better': 'Lower is better for this indicator.',
      'no-judgement': 'This indicator has no better or worse direction.',
    } as Record<string, string>,
    higherThan: (p: { nameA: string; nameB: string; gap: string; period: string }) =>
      `the value ${p.nameA} was ${p.gap} higher than ${p.nameB} in ${p.period}`,
    sameIn: (p: { nameA: string; nameB: string; period: string }) => `the value ${p.nameA} was the same as ${p.nameB} in ${p.period}`,
    summaryOverTime: (p: { area: string; first: string; last: string }) => `In ${p.area}, ${p.first}; ${p.last}.`,
    summaryOnePeriod: (p: { area: string; first: string }) => `In ${p.area}, ${p.first}.`,
    widened: (p: { change: string }) => `From the first to the last period the gap widened by ${p.change}.`,
    narrowed: (p: { change: string }) => `From the first to the last period the gap narrowed by ${p.change}.`,
    unchanged: 'The gap was the same in the first and last periods.',
    noChange: 'There are not enough periods with both values to say whether the gap widened or narrowed.',
    changeFigure: 'Change in the gap',
    widenedShort: (p: { change: string }) => `widened by ${p.change}`,
    narrowedShort: (p: { change: string }) => `narrowed by ${p.change}`,
    unchangedShort: 'no change',
    gapInPeriod: (p: { a: string; b: string; period: string }) => `Gap (${p.a} minus ${p.b}), ${p.period}`,
    changeNote: 'Widened or narrowed describes the size of the gap; it is not a test of whether the change is beyond chance.',
    positionNote:
      'Groups are placed at the middle of their share of the population, from the most deprived on the left to the least deprived on the right, so the rise of the fitted line from left to right is the SII.',
    gapEnd: 'one end of the gap',
    tooltipGap: 'Gap',
    unknownIndicator: (p: { id: string; known: string }) => `indicator="${p.id}" is not one of the indicators in the spec (${p.known}).`,
    noGroupedIndicator: 'No indicator in the spec has rows with a "group", so there is no gap to show.',
    unknownArea: (p: { code: string; known: string }) => `area="${p.code}" is not one of the areas in the spec (${p.known}).`,
    areaHasNoGroups: (p: { code: string; area: string; indicator: string }) =>
      `area="${p.code}" (${p.area}) has no rows with a group for indicator "${p.indicator}".`,
    unknownGroupType: (p: { type: string; known: string }) => `group-type="${p.type}" is not one of the kinds of group for this indicator and area (${p.known}).`,
    unknownView: (p: { view: string }) => `view="${p.view}" is not a view of this element: use "groups" or "over-time".`,
    unknownPeriod: (p: { period: string; known: string }) =>
      `period="${p.period}" has no groups for this indicator and area; periods with groups: ${p.known}.`,
    oneGroup: (p: { group: string; period: string; area: string }) =>
      `Only one group ("${p.group}") has a value in ${p.area} in ${p.period}: a gap needs at least two groups. Try view="over-time" to compare a group with the overall value.`,
    noGroupValues: (p: { period: string; area: string }) => `No group has a value in ${p.area} in ${p.period}, so there is no gap to show.`,
    groupsNeedTwo: (p: { groups: string }) =>
      `groups="${p.groups}" should name two groups separated by a comma (e.g. "Male,Female"), or one group and "overall".`,
    unknownGroup: (p: { groups: string; name: string; known: string }) =>
      `groups="${p.groups}" names "${p.name}", which is not one of the groups here (${p.known}, or "overall").`,
    sameGroupTwice: (p: { groups: string }) => `groups="${p.groups}" names the same group twice: a gap needs two different groups.`,
    overTimeNeedsTwo: (p: { group: string; area: string }) =>
      `The data for ${p.area} has only one group ("${p.group}") and no overall value, so there is no gap to show over time.`,
    noOverall: (p: { area: string }) => `groups names "overall", but the data has no overall value (a row without a group) for ${p.area}.`,
    keyHeading: 'Key',
    keyPoints: 'Dot: the value for each group; vertical line through it: its 95% confidence interval.',
    keyPointsRows: 'Dot: the value for each group; horizontal line through it: its 95% confidence interval.',
    keyFitted: 'Dashed line: the fitted line of the slope index of inequality.',
    keyOverall: (p: { overall: string }) => `Dotted line: ${p.overall}.`,
    keyStatus: (p: { status: string; overall: string }) => `${p.status} than ${p.overall}`,
    keyStatusSimilar: (p: { overall: string }) => `similar to ${p.overall}`,
    keyStatusNotCompared: (p: { overall: string }) => `not compared with ${p.overall} (no confidence interval)`,
    keySeries: 'Lines: the two groups named in the legend above the chart (solid and dashed, round and square points).',
    keyShade: 'Shaded: the gap between them, with its size written in each period.',
    figuresHeading: 'Key figures',
    filename: (p: { indicator: string; area: string; period: string }) => `${p.indicator}-${p.area}${p.period ? `-${p.period}` : ''}-gap`,
    downloadFailed: (p: { detail: string }) => `The download could not be made: ${p.detail}`,
    downloaded: (p: { file: string }) => `Downloaded ${p.file}.`,
    exportSubtitle: (p: { area: string; period: string; source: string }) =>
      [p.area, p.period, p.source ? `Source: ${p.source}` : ''].filter(Boolean).join(' · '),
  },
  areaMap: {
    /** The line above the map, also the map's accessible name. */
    title: (p: { title: string; period: string; within: string }) => `${p.title}, ${p.period}${p.within ? `: areas in ${p.within}` : ''}`,
    summaryCounts: (p: { count: number; within: string; title: string; period: string; counts: string }) =>
      `Of ${p.count} ${p.count === 1 ? 'area' : 'areas'}${p.within ? ` in ${p.within}` : ''}, ${p.counts}.`,
    summaryRange: (p: { highest: string; highestValue: string; lowest: string; lowestValue: string }) =>
      `The highest is ${p.highest} (${p.highestValue}) and the lowest is ${p.lowest} (${p.lowestValue}).`,
    /** The first phrase of the counts names the benchmark: "3 are better than Wales". */
    countFirst: {
      better: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} better than ${p.benchmark}`,
      similar: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} similar to ${p.benchmark}`,
      worse: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} worse than ${p.benchmark}`,
      higher: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} higher than ${p.benchmark}`,
      lower: (p: { count: number; benchmark: string }) => `${p.count} ${p.count === 1 ? 'is' : 'are'} lower than ${p.benchmark}`,
      'not-compared': (p: { count: number; benchmark: string }) =>
        `${p.count} ${p.count === 1 ? 'is' : 'are'} not compared${p.benchmark ? ` with ${p.benchmark}` : ''}`,
      'no-data': (p: { count: number }) => `${p.count} ${p.count === 1 ? 'has' : 'have'} no data`,
    },
    /** The following phrases: "15 similar", "4 worse". */
    countMore: {
      better: (p: { count: number }) => `${p.count} better`,
      similar: (p: { count: number }) => `${p.count} similar`,
      worse: (p: { count: number }) => `${p.count} worse`,
      higher: (p: { count: number }) => `${p.count} higher`,
      lower: (p: { count: number }) => `${p.count} lower`,
      'not-compared': (p: { count: number }) => `${p.count} not compared`,
      'no-data': (p: { count: number }) => `${p.count} with no data`,
    },
    status: {
      better: (p: { benchmark: string }) => `better than ${p.benchmark}`,
      similar: (p: { benchmark: string }) => `similar to ${p.benchmark}`,
      worse: (p: { benchmark: string }) => `worse than ${p.benchmark}`,
      higher: (p: { benchmark: string }) => `higher than ${p.benchmark}`,
      lower: (p: { benchmark: string }) => `lower than ${p.benchmark}`,
      'not-compared': (p: { benchmark: string }) => (p.benchmark ? `not compared with ${p.benchmark}` : 'not compared'),
    },
    legendStatus: {
      better: (p: { benchmark: string }) => `Better than ${p.benchmark}`,
      similar: (p: { benchmark: string }) => `Similar to ${p.benchmark}`,
      worse: (p: { benchmark: string }) => `Worse than ${p.benchmark}`,
      higher: (p: { benchmark: string }) => `Higher than ${p.benchmark} (no judgement)`,
      lower: (p: { benchmark: string }) => `Lower than ${p.benchmark} (no judgement)`,
      'not-compared': (p: { benchmark: string }) =>
        p.benchmark ? `Not compared with ${p.benchmark} (no confidence interval, or no value for ${p.benchmark})` : 'Not compared (no benchmark area)',
    },
    legendHeading: 'Key',
    noData: 'no data',
    noDataLegend: 'No data (hatched)',
    areaName: (p: { name: string; value: string; status: string }) => `${p.name}: ${p.value}, ${p.status}`,
    areaNameNoData: (p: { name: string }) => `${p.name}: no data`,
    chosen: 'chosen',
    interval: (p: { lower: string; upper: string }) => `${p.lower} to ${p.upper}`,
    keyboardHelp:
      'Tab to the map, then use the arrow keys to move to the neighbouring area in that direction, Home and End for the first and last area in alphabetical order, and Enter or Space to choose an area.',
    searchLabel: 'Find an area',
    searchButton: 'Go',
    searchFound: (p: { name: string }) => `${p.name} is now focused on the map.`,
    searchNotFound: (p: { query: string }) => `No area on this map is called “${p.query}”.`,
    searchMany: (p: { query: string; names: string }) => `More than one area matches “${p.query}”: ${p.names}. Type more of the name.`,
    current: (p: { name: string }) => `Showing: ${p.name}`,
    tableCaption: (p: { title: string; period: string; within: string }) =>
      `${p.title}, ${p.period}${p.within ? `, areas in ${p.within}` : ''}, highest first`,
    rank: 'Rank',
    areaColumn: 'Area',
    code: 'Code',
    value: 'Value',
    intervalColumn: '95% confidence interval',
    comparedWith: (p: { benchmark: string }) => `Compared with ${p.benchmark}`,
    comparison: 'Comparison',
    benchmarkLine: (p: { benchmark: string; value: string }) => `${p.benchmark}: ${p.value}`,
    notOnMap: (p: { count: number; names: string }) =>
      `${p.count === 1 ? '1 area is' : `${p.count} areas are`} in the table but not on the map (the boundary file has no outline for ${p.count === 1 ? 'it' : 'them'} in this year): ${p.names}.`,
    loadingBoundaries: 'Loading the map’s boundaries…',
    attributionOns: (p: { year: number }) =>
      `Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains National Statistics data © Crown copyright and database right ${p.year}. Contains OS data © Crown copyright and database right ${p.year}.`,
    filename: (p: { indicator: string; period: string; within: string }) => `${p.indicator}-${p.period}${p.within ? `-${p.within}` : ''}-map`,
    downloadFailed: (p: { detail: string }) => `The download could not be made: ${p.detail}`,
    downloaded: (p: { file: string }) => `Downloaded ${p.file}.`,
    downloadMap: {
      svg: 'Map (SVG)',
      png: 'Map (PNG)',
    },
    errors: {
      noBoundaries: 'The map needs a boundary file: set boundaries="…" to the URL of a TopoJSON or GeoJSON file.',
      boundariesLoad: (p: { detail: string }) => `The map's boundaries could not be loaded. ${p.detail}`,
      notGeo: (p: { url: string }) =>
        `${p.url} is not a boundary file: expected TopoJSON ("type": "Topology") or GeoJSON ("type": "FeatureCollection").`,
      noLayer: (p: { url: string; layer: string; layers: string }) => `layer="${p.layer}" is not a layer of ${p.url} (its layers: ${p.layers}).`,
      noCode: (p: { url: string; codeProperty: string; properties: string }) =>
        `No area in ${p.url} has the property "${p.codeProperty}" (code-property); its areas have: ${p.properties}.`,
      noIndicators: 'The spec has no indicators, so there is nothing to map. Add at least one to "indicators".',
      unknownIndicator: (p: { id: string; options: string }) => `indicator="${p.id}" is not one of the indicators in the spec (${p.options}).`,
      unknownPeriod: (p: { period: string; options: string }) => `period="${p.period}" is not a period of this indicator (${p.options}).`,
      unknownWithin: (p: { code: string; options: string }) =>
        `within="${p.code}" is not the "parent" of any area in the spec (parents: ${p.options}).`,
      unknownBenchmark: (p: { code: string; options: string }) => `benchmark="${p.code}" is not one of the areas in the spec (${p.options}…).`,
      unknownSelected: (p: { code: string }) => `selected="${p.code}" is not one of the areas on this map.`,
      noData: (p: { indicator: string }) => `Indicator "${p.indicator}" has no values, so there is nothing to map.`,
      noChildren: (p: { within: string }) => `No area in the spec has ${p.within} as its "parent", so the map has nothing to show.`,
      noAreasInLayer: 'None of the spec’s areas is in the boundary layer: check the layer and code-property attributes, and that the codes match.',
    },
  },
  /** The shared chart controller (src/render/chart-controller.ts): how a chart is used and described. */
  chart: {
    /** Keyboard help of a chart with several lines (the area, the benchmark, comparators). */
    keysLines:
      'Tab to the chart, then use the arrow keys. Left and Right move along a line. Up and Down move between the lines. Home and End go to the first and last point. Escape hides the details.',
    /** Keyboard help of a chart with one line or one row of marks. */
    keysPoints: 'Tab to the chart, then use the arrow keys to move between the points. Home and End go to the first and last. Escape hides the details.',
    touch: 'On a touch screen, tap a point to see its values.',
    /** A mark's place among its series, said before its values: "2 of 8". */
    position: (p: { index: number; count: number }) => `${p.index} of ${p.count}`,
    /** The description of a chart: its type and what its axes show (the summary gives its main message). */
    lineChart: (p: { across: string; up: string }) => `Line chart, with ${p.across} along the bottom and ${p.up} up the side.`,
    dotChart: (p: { across: string; up: string }) => `Dot chart, with ${p.across} along the bottom and ${p.up} up the side.`,
    dotRows: (p: { across: string; rows: string }) => `Dot chart, with ${p.across} along the bottom and one row for each group (${p.rows}).`,
    periods: (p: { first: string; last: string }) => `the periods from ${p.first} to ${p.last}`,
    /** Said once (politely) when a chart is drawn again after its data or an attribute changed: the chart's name. */
    nowShowing: (p: { chart: string }) => `Now showing: ${p.chart}.`,
    /** The same for an author's chart, whose name stays when its rows change. */
    nowShowingRows: (p: { chart: string; count: number }) => `Now showing: ${p.chart}, from ${p.count} ${p.count === 1 ? 'row' : 'rows'}.`,
  },
  wellbeingChart: {
    noChart:
      'No chart was given: put a Vega-Lite spec in a <script type="application/vnd.vegalite+json"> inside the element, or set its `chart` property.',
    notJson: (p: { detail: string }) => `The chart inside <script type="application/vnd.vegalite+json"> is not valid JSON: ${p.detail}.`,
    notAnObject: 'is not a Vega-Lite object: expected a JSON object like { "mark": "bar", … }',
    invalid: (p: { count: number }) => (p.count === 1 ? 'The chart (Vega-Lite) has a problem.' : `The chart (Vega-Lite) has ${p.count} problems.`),
    noFetch:
      'loads a file from an address, which a chart on this page may not do: draw the spec’s rows ("data": { "name": "rows" }) or write the values in the chart ("data": { "values": [ … ] })',
    noImages: 'draws images, which load files from addresses; a chart on this page may not',
    unsafeLink: 'is a link that is not an http or https address',
    needsDescription:
      'is missing: give the chart a "description", a sentence saying what it shows, for people who cannot see it (it is also the chart’s summary)',
    refusedRequest: (p: { url: string }) => `The chart tried to load ${p.url}; a chart on this page may not load anything.`,
    vegaError: (p: { detail: string }) => `Vega-Lite could not draw the chart: ${p.detail}`,
    unknownIndicator: (p: { id: string; known: string }) => `There is no indicator "${p.id}" in the spec (it has ${p.known}).`,
    unknownArea: (p: { code: string }) => `There is no area "${p.code}" in the spec’s "areas".`,
    unknownPeriod: (p: { period: string; known: string }) =>
      `There is no period "${p.period}" in the data (it has ${p.known}); "latest" means each indicator’s latest.`,
    tableHeading: 'The rows the chart draws',
    noRows: 'No rows of the spec match this chart’s indicator, area and period.',
    columns: {
      indicator: 'Indicator',
      area: 'Area',
      period: 'Period',
      group: 'Group',
      value: 'Value',
      lower: 'Lower limit',
      upper: 'Upper limit',
      count: 'Count',
      denominator: 'Denominator',
      comparison: 'Compared with the benchmark',
    },
    downloadFailed: (p: { detail: string }) => `The download could not be made: ${p.detail}`,
    downloaded: (p: { file: string }) => `Downloaded ${p.file}.`,
  },
};

/** The type every language's catalogue has. */
export type Messages = typeof en;
