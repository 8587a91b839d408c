import type { Messages } from './en.js';
import { plural } from './plural.js';
import { inName, list, than, to, withName } from './welsh.js';

/**
 * Every user-facing string of the library, in Welsh (Cymraeg). Its type is the English catalogue's,
 * so a missing or extra key is a type error. Terms follow public sources where there is one
 * (Public Health Wales, StatsWales, ONS); the others are listed in docs/translation.md as needing a
 * Welsh translator's review, which has not happened yet.
 *
 * Welsh mutates a word after some others (i, a, na, yn, numbers): sentences are written whole, and
 * names from a spec go through the small helpers in ./welsh.ts. Plurals use all six Welsh forms
 * (zero, one, two, few, many, other) through `plural('cy', …)`.
 */
export const cy: Messages = {
  common: {
    loading: 'Wrthi’n llwytho…',
    waiting: 'Yn aros am fanyleb.',
    errorHeading: 'Nid oedd modd dangos y siart hwn',
    problemsHeading: (p) =>
      plural('cy', p.count, {
        zero: 'Y problemau:',
        one: 'Y broblem:',
        two: 'Y ddwy broblem:',
        few: 'Y {n} problem:',
        many: 'Y {n} phroblem:',
        other: 'Y {n} problem:',
      }),
    moreProblems: (p) => `…a rhagor heb eu dangos: ${p.count}.`,
    showTable: 'Dangos y data fel tabl',
    hideTable: 'Cuddio’r tabl',
    tableCaption: (p) => `${p.title}: y data`,
    source: 'Ffynhonnell',
    definition: 'Diffiniad',
    noData: 'Dim data',
    notAvailable: 'dim ar gael',
    downloads: 'Lawrlwytho',
    downloadCsv: 'Data (CSV)',
    downloadSvg: 'Siart (SVG)',
    downloadPng: 'Siart (PNG)',
    and: 'a',
    list: (p) => list(p.items),
  },
  spec: {
    invalid: (p) =>
      plural('cy', p.count, {
        zero: 'Nid oes problem gyda’r fanyleb.',
        one: 'Mae problem gyda’r fanyleb.',
        two: 'Mae dwy broblem gyda’r fanyleb.',
        few: 'Mae {n} problem gyda’r fanyleb.',
        many: 'Mae {n} phroblem gyda’r fanyleb.',
        other: 'Mae {n} problem gyda’r fanyleb.',
      }),
    expected: (p) => `disgwyliwyd ${p.expected}, cafwyd ${p.got}`,
    missing: (p) => `ar goll (disgwyliwyd ${p.expected})`,
    notOneOf: (p) => `rhaid iddo fod yn un o ${p.options}, cafwyd ${p.got}`,
    tooShort: (p) => (p.minimum === 1 ? 'ni chaiff fod yn wag' : `mae angen o leiaf ${p.minimum} eitem`),
    tooBig: (p) => `rhaid iddo fod yn ${p.maximum} ar y mwyaf`,
    tooSmall: (p) => `rhaid iddo fod yn ${p.minimum} o leiaf`,
    notWhole: 'rhaid iddo fod yn rhif cyfan',
    unknownIndicator: (p) => `yn enwi’r dangosydd "${p.id}", nad yw yn "indicators"`,
    unknownArea: (p) => `yn enwi’r ardal "${p.code}", nad yw yn "areas"`,
    duplicateId: (p) => `yn ailadrodd ${p.kind} "${p.id}" (a ddefnyddiwyd gyntaf yn ${p.first})`,
    benchmarkNotArea: (p) => `yw "${p.code}", nad yw’n un o’r ardaloedd yn "areas"`,
    notJson: 'Nid gwrthrych yw’r fanyleb: disgwyliwyd gwrthrych JSON fel { "version": 1, … }.',
    inlineJson: (p) => `Nid yw’r fanyleb y tu mewn i <script type="application/json"> yn JSON dilys: ${p.detail}.`,
    typeNames: {
      string: 'testun',
      number: 'rhif',
      int: 'rhif cyfan',
      boolean: 'true neu false',
      array: 'rhestr [ … ]',
      object: 'gwrthrych { … }',
      null: 'null',
    },
  },
  inlineJson: {
    closedEarly:
      'Mae’r fanyleb yn dod i ben yn gynnar: mae `</script>` ynddi yn cau’r bloc. Ysgrifennwch bob `<` yn y fanyleb fel `\\u003c` yn lle hynny. Mae’r dudalen adeiladu a’r gorchymyn `build` yn gwneud hyn i chi.',
    commentScript:
      'Mae gan y fanyleb `<!--` ac yna `<script` ynddi. Mae’r porwr wedyn yn darllen gweddill y dudalen fel rhan o’r fanyleb. Ysgrifennwch bob `<` yn y fanyleb fel `\\u003c` yn lle hynny. Mae’r dudalen adeiladu a’r gorchymyn `build` yn gwneud hyn i chi.',
  },
  load: {
    status: (p) =>
      `Atebodd y gweinydd ${p.status}${p.statusText ? ` ${p.statusText}` : ''} ar gyfer ${p.url}.` +
      (p.status === 404
        ? ' Gwiriwch y cyfeiriad: efallai fod y ffeil wedi symud.'
        : p.status >= 500
          ? ' Cafodd y gweinydd broblem; rhowch gynnig arall arni yn nes ymlaen.'
          : ''),
    serverSaid: (p) => `Dywedodd y gweinydd: “${p.text}”`,
    html: (p) => `Anfonodd ${p.url} dudalen we (HTML), nid data JSON. Gwiriwch fod y cyfeiriad yn pwyntio at y ffeil ddata ei hun.`,
    brokenJson: (p) => `Nid yw ${p.url} yn JSON dilys: ${p.detail}.`,
    network: (p) =>
      `Nid oedd modd cyrraedd ${p.url}. Efallai fod y cyfeiriad yn anghywir, fod y rhwydwaith i lawr, neu nad yw’r gweinydd yn caniatáu i’r dudalen hon ei ddarllen (CORS).`,
    timeout: (p) => `Cymerodd ${p.url} fwy na ${p.seconds} eiliad i ateb, felly daeth y llwytho i ben.`,
    tooBig: (p) => `Mae ${p.url} yn fwy na’r terfyn o ${p.megabytes} MB, felly daeth y llwytho i ben.`,
    csvBroken: (p) => `${p.url}, llinell ${p.line}: ${p.detail}.`,
    csvMissingColumn: (p) => `Nid oes colofn "${p.column}" yn ${p.url}.`,
    csvUnclosedQuote: 'nid yw maes rhwng dyfynodau byth yn cau',
    csvNotNumber: (p) => `dylai’r golofn ${p.column} fod yn rhif, cafwyd "${p.got}"`,
  },
  comparison: {
    better: 'gwell',
    similar: 'tebyg',
    worse: 'gwaeth',
    higher: 'uwch',
    lower: 'is',
    'not-compared': 'heb ei gymharu',
    sentence: (p) =>
      p.comparison === 'heb ei gymharu'
        ? `heb ei gymharu ${withName(p.benchmark)}`
        : p.comparison === 'tebyg'
          ? `tebyg ${to(p.benchmark)}`
          : `${p.comparison} ${than(p.benchmark)}`,
  },
  trend: {
    improving: 'yn gwella',
    worsening: 'yn gwaethygu',
    'no-change': 'dim newid arwyddocaol',
    'not-judged': 'yn newid (dim barn)',
    'cannot-calculate': 'nid oes modd cyfrifo’r duedd',
    increasing: 'yn cynyddu',
    decreasing: 'yn gostwng',
  },
  indicatorTrend: {
    chartLabel: (p) =>
      `Siart o ${p.title} ${inName(p.area)}${p.comparators ? `, o’i gymharu ${withName(p.comparators)}` : ''}, ${p.range}`,
    range: (p) => (p.from === p.to ? p.from : `${p.from} i ${p.to}`),
    subtitle: (p) => `${p.area}, ${p.range}`,
    latestHeading: (p) => `Y gwerth diweddaraf (${p.period})`,
    interval: (p) => `Cyfwng hyder 95% ${p.lower} i ${p.upper}`,
    valueWithInterval: (p) => `${p.value} (${p.lower} i ${p.upper})`,
    comparedWith: (p) => `O’i gymharu ${withName(p.benchmark)}`,
    recentTrend: 'Tuedd ddiweddar',
    status: {
      better: (p) => `Gwell ${than(p.benchmark)}`,
      similar: (p) => `Tebyg ${to(p.benchmark)}`,
      worse: (p) => `Gwaeth ${than(p.benchmark)}`,
      higher: (p) => `Uwch ${than(p.benchmark)}`,
      lower: (p) => `Is ${than(p.benchmark)}`,
      'not-compared': (p) => `Heb ei gymharu ${withName(p.benchmark)}`,
    },
    statusInSentence: {
      better: (p) => `yn well ${than(p.benchmark)}`,
      similar: (p) => `yn debyg ${to(p.benchmark)}`,
      worse: (p) => `yn waeth ${than(p.benchmark)}`,
      higher: (p) => `yn uwch ${than(p.benchmark)}`,
      lower: (p) => `yn is ${than(p.benchmark)}`,
      'not-compared': (p) => `heb ei gymharu ${withName(p.benchmark)}`,
    },
    notComparedBecause: {
      'no-intervals': 'nid oes cyfyngau hyder gan y data',
      'no-benchmark-value': (p) => `nid oes gwerth gan ${p.benchmark} ar gyfer ${p.period}`,
      'no-value': 'nid oes gwerth',
    },
    noBenchmark: 'Nid oes meincnod wedi’i osod, felly nid yw’r gwerthoedd yn cael eu cymharu.',
    summaryValues: (p) =>
      `Roedd ${p.indicator} ${inName(p.area)} yn ${p.first} yn ${p.firstPeriod} ac yn ${p.latest} yn ${p.latestPeriod}`,
    summarySingle: (p) => `Roedd ${p.indicator} ${inName(p.area)} yn ${p.value} yn ${p.period}`,
    summaryComparison: (p) => `; yn ${p.period} roedd ${p.comparison} (${p.benchmarkValue})`,
    summaryNotCompared: (p) => `; ni chafodd ei gymharu ${withName(p.benchmark)} oherwydd ${p.reason}`,
    summaryGaps: (p) =>
      p.count === 1 ? `Nid oes gwerth ar gyfer ${p.periods}.` : `Nid oes gwerthoedd ar gyfer ${p.periods}.`,
    summaryTrend: (p) => `Tuedd ddiweddar (y ${p.count} cyfnod diweddaraf): ${p.trend}.`,
    summaryTarget: (p) => `Y targed yw ${p.target}.`,
    target: (p) => `Targed ${p.value}`,
    targetLegend: 'Targed',
    value: 'Gwerth',
    axisTitle: (p) => p.unit,
    axisNotFromZero: (p) => `${p.unit} (mae’r echelin yn dechrau ar ${p.start}, nid sero)`,
    legendHeading: 'Allwedd',
    intervalLegend: 'Cyfwng hyder 95%',
    period: 'Cyfnod',
    lowerLimit: 'Terfyn isaf 95%',
    upperLimit: 'Terfyn uchaf 95%',
    note: 'Noder',
    noValue: 'dim gwerth',
    keyboardHint:
      'Rhowch ffocws ar y siart, yna defnyddiwch y bysellau saeth chwith a de i symud rhwng cyfnodau, Home ac End ar gyfer y cyntaf a’r olaf, Enter i ddewis cyfnod, ac Escape i guddio’r manylion.',
    aboutHeading: 'Am y dangosydd hwn',
    exportSource: (p) => `Ffynhonnell: ${p.source}`,
    downloadFailed: (p) => `Nid oedd modd creu’r ffeil i’w lawrlwytho: ${p.detail}`,
    downloaded: (p) => `Wedi lawrlwytho ${p.file}.`,
    errors: {
      noIndicators:
        'Nid oes dangosyddion yn y fanyleb, felly nid oes tuedd i’w lluniadu. Ychwanegwch o leiaf un at "indicators".',
      unknownIndicator: (p) => `Nid yw indicator="${p.id}" yn un o’r dangosyddion yn y fanyleb (${p.options}).`,
      unknownArea: (p) => `Nid yw area="${p.code}" yn un o’r ardaloedd yn y fanyleb (${p.options}).`,
      unknownCompare: (p) => `Mae compare yn enwi "${p.code}", nad yw’n un o’r ardaloedd yn y fanyleb (${p.options}).`,
      unknownBenchmark: (p) => `Nid yw benchmark="${p.code}" yn un o’r ardaloedd yn y fanyleb (${p.options}).`,
      noData: (p) =>
        `Nid oes gwerthoedd ar gyfer y dangosydd "${p.indicator}" ${inName(p.area)} yn nata’r fanyleb, felly nid oes tuedd i’w lluniadu.`,
      onlyGroups: (p) =>
        `Mae gan y dangosydd "${p.indicator}" werthoedd ${inName(p.area)} fesul grŵp yn unig (${p.groups}); mae <indicator-trend> yn lluniadu gwerthoedd ar gyfer yr ardal gyfan. Mae <inequality-gap> yn dangos grwpiau.`,
    },
  },
  wheel: {
    name: (p) =>
      p.trend
        ? `${p.framework}: tueddiadau diweddar ${inName(p.area)}`
        : p.benchmark
          ? `${p.framework}: ${p.area} o’i gymharu ${withName(p.benchmark)}`
          : `${p.framework}: ${p.area}`,
    summary: (p) =>
      `${p.area}, ${p.period}: ${plural('cy', p.count, {
        zero: 'nid oes dangosyddion',
        one: 'o’r un dangosydd',
        two: 'o’r ddau ddangosydd',
        few: 'o’r {n} dangosydd',
        many: 'o’r {n} dangosydd',
        other: 'o’r {n} dangosydd',
      })}, ${p.parts}${p.noData ? `; ${p.noData}` : ''}.`,
    summaryNoIndicators: (p) =>
      `Nid yw ${p.framework} yn rhestru unrhyw ddangosyddion eto, felly nid oes dim i’w ddangos ar gyfer ${p.area}.`,
    noDataForArea: (p) => `Nid oes data ar gyfer ${p.area} yn y fanyleb hon, felly mae’r olwyn yn dangos y fframwaith yn unig.`,
    domainsWithoutData: (p) =>
      plural('cy', p.count, {
        zero: 'nid oes parth heb ddata',
        one: 'nid oes data gan 1 parth',
        two: 'nid oes data gan 2 barth',
        few: 'nid oes data gan {n} pharth',
        many: 'nid oes data gan {n} pharth',
        other: 'nid oes data gan {n} parth',
      }) + (p.names ? ` (${p.names})` : ''),
    latest: 'y data diweddaraf',
    latestPeriods: (p) => `y data diweddaraf (${p.periods})`,
    recentTrends: (p) => `tueddiadau diweddar hyd at ${p.period}`,
    statusCount: {
      better: (p) => `mae ${p.count} yn well${p.benchmark ? ` ${than(p.benchmark)}` : ''}`,
      similar: (p) => `mae ${p.count} yn debyg${p.benchmark ? ` ${to(p.benchmark)}` : ''}`,
      worse: (p) => `mae ${p.count} yn waeth${p.benchmark ? ` ${than(p.benchmark)}` : ''}`,
      higher: (p) => `mae ${p.count} yn uwch${p.benchmark ? ` ${than(p.benchmark)}` : ''}`,
      lower: (p) => `mae ${p.count} yn is${p.benchmark ? ` ${than(p.benchmark)}` : ''}`,
      'not-compared': (p) =>
        p.count === 1
          ? `nid yw 1 wedi’i gymharu${p.benchmark ? ` ${withName(p.benchmark)}` : ''}`
          : `nid yw ${p.count} wedi’u cymharu${p.benchmark ? ` ${withName(p.benchmark)}` : ''}`,
      improving: (p) => `mae ${p.count} yn gwella`,
      worsening: (p) => `mae ${p.count} yn gwaethygu`,
      'no-change': (p) => `nid yw ${p.count} yn dangos newid arwyddocaol`,
      'not-judged': (p) => `mae ${p.count} yn newid (dim barn)`,
      'cannot-calculate': (p) => `nid oes modd cyfrifo tuedd ar gyfer ${p.count}`,
      'no-data': (p) => `nid oes gwerth ar gyfer y cyfnod gan ${p.count}`,
    },
    status: {
      better: (p) => `gwell ${than(p.benchmark)}`,
      similar: (p) => `tebyg ${to(p.benchmark)}`,
      worse: (p) => `gwaeth ${than(p.benchmark)}`,
      higher: (p) => `uwch ${than(p.benchmark)} (dim barn)`,
      lower: (p) => `is ${than(p.benchmark)} (dim barn)`,
      'not-compared': () => 'heb ei gymharu',
      improving: () => 'yn gwella',
      worsening: () => 'yn gwaethygu',
      'no-change': () => 'dim newid arwyddocaol',
      'not-judged': () => 'yn newid (dim barn)',
      'cannot-calculate': () => 'nid oes modd cyfrifo’r duedd',
      'no-data': () => 'dim gwerth ar gyfer y cyfnod',
    },
    notComparedBecause: {
      noBenchmark: 'nid oes ardal meincnod wedi’i gosod',
      isBenchmark: 'yr ardal hon yw’r meincnod',
      noBenchmarkValue: (p) => `dim gwerth ar gyfer ${p.benchmark}`,
      noInterval: 'dim cyfwng hyder',
    },
    withReason: (p) => `${p.status} (${p.reason})`,
    domainName: (p) => `${p.label}: ${p.status}`,
    domainCounts: (p) =>
      `${plural('cy', p.count, {
        zero: 'dim dangosyddion',
        one: '1 dangosydd',
        two: '2 ddangosydd',
        few: '{n} dangosydd',
        many: '{n} dangosydd',
        other: '{n} dangosydd',
      })}: ${p.parts}`,
    domainCountPart: (p) => `${p.count} ${p.status}`,
    domainNoData: 'dim data',
    domainSeeChildren: (p) =>
      `dim dangosyddion ei hun; ${plural('cy', p.count, {
        zero: 'dim rhannau',
        one: '1 rhan',
        two: '2 ran',
        few: '{n} rhan',
        many: '{n} rhan',
        other: '{n} rhan',
      })} yn y cylch allanol`,
    centre: (p) => `Canol: ${p.label}${p.statement ? `. ${p.statement}` : ''}`,
    factors: (p) => `Band allanol o ffactorau: ${p.list}`,
    keyboardHelp:
      'Mae’r bysellau saeth chwith a de yn symud o amgylch cylch; mae i fyny yn mynd i’r cylch mewnol ac i lawr i’r cylch allanol; mae Home ac End yn mynd i’r cyntaf a’r olaf; mae Enter neu Space yn agor parth; mae Escape yn ei gau.',
    legendBenchmark: (p) => `Mae pob band yn dangos sut mae dangosyddion y parth yn cymharu ${withName(p.benchmark)}:`,
    legendTrend: 'Mae pob band yn dangos tuedd ddiweddar dangosyddion y parth:',
    legendNoBenchmark: 'Nid oes ardal meincnod wedi’i gosod, felly nid yw’r dangosyddion yn cael eu cymharu:',
    legendDomainNoData: 'Parth heb ddata',
    numberedHeading: 'Yr olwyn mewn geiriau',
    tooManyDomains: (p) =>
      `Mae gan y fframwaith hwn ${p.count} parth. Dim ond hyd at ${p.max} y gall olwyn eu dangos mewn ffordd y gall pobl ei darllen, felly mae’r tabl isod yn eu rhestru i gyd.`,
    panelClose: 'Cau',
    panelNoIndicators: 'Nid oes dangosyddion wedi’u cysylltu â’r parth hwn eto.',
    panelChooseHint: 'Dewiswch ddangosydd i’w ddangos mewn man arall ar y dudalen.',
    value: 'Gwerth',
    interval: 'Cyfwng hyder 95%',
    intervalRange: (p) => `${p.lower} i ${p.upper}`,
    benchmarkValue: (p) => `${p.benchmark}`,
    comparison: 'O’i gymharu â’r meincnod',
    trend: 'Tuedd ddiweddar',
    period: 'Cyfnod',
    tableCaption: (p) => `${p.title}: ${p.area}, ${p.period}`,
    tableDomain: 'Parth',
    tableStatement: 'Datganiad',
    tableIndicator: 'Dangosydd',
    tableNoIndicators: 'Dim dangosyddion',
    noValue: 'Dim gwerth',
    noBenchmarkColumn: 'Meincnod',
    error: {
      noFramework:
        'Nid oes "framework" yn y fanyleb, ac mae ei angen ar <wellbeing-wheel>: ychwanegwch un gyda chanol a pharthau (gweler "framework" yn SPEC-v1).',
      noAreas: 'Nid yw’r fanyleb yn rhestru unrhyw ardaloedd, felly nid oes ardal i’r olwyn ei dangos: ychwanegwch o leiaf un at "areas".',
      unknownArea: (p) => `Nid yw area="${p.code}" yn un o’r ardaloedd yn y fanyleb (${p.options}).`,
      unknownBenchmark: (p) => `Nid yw benchmark="${p.code}" yn un o’r ardaloedd yn y fanyleb (${p.options}).`,
      unknownPeriod: (p) => `Nid yw period="${p.period}" yn gyfnod yn y data (${p.options}).`,
      unknownSelected: (p) => `Nid yw selected="${p.id}" yn un o barthau’r fframwaith (${p.options}).`,
      unknownStatus: (p) => `Nid yw status="${p.value}" yn un o "benchmark" neu "trend".`,
    },
  },
  inequalityGap: {
    viewGroups: 'Bwlch rhwng grwpiau',
    viewOverTime: 'Bwlch dros amser',
    chartLabelGroups: (p) => `${p.title} fesul grŵp, ${p.area}, ${p.period}`,
    chartLabelOverTime: (p) =>
      `${p.title}: ${list([p.a, p.b])} dros amser, ${p.area}, gyda’r bwlch rhyngddynt wedi’i liwio`,
    keyboardGroups: 'Siart: defnyddiwch y bysellau saeth chwith a de i symud rhwng grwpiau, Home ac End ar gyfer y cyntaf a’r olaf.',
    keyboardOverTime: 'Siart: defnyddiwch y bysellau saeth chwith a de i symud rhwng cyfnodau, Home ac End ar gyfer y cyntaf a’r olaf.',
    group: 'Grŵp',
    period: 'Cyfnod',
    value: 'Gwerth',
    valueWithUnit: (p) => (p.unit ? `Gwerth (${p.unit})` : 'Gwerth'),
    lower: 'Terfyn isaf 95%',
    upper: 'Terfyn uchaf 95%',
    population: 'Poblogaeth',
    fitted: 'Gwerth wedi’i ffitio (llinell SII)',
    comparedWithOverall: (p) => `O’i gymharu ${withName(p.overall)}`,
    gapColumn: (p) => `Bwlch (${p.a} llai ${p.b})`,
    overallSeries: 'Cyffredinol',
    overallOf: (p) => `${p.area} yn gyffredinol`,
    overallPhrase: 'yn gyffredinol',
    forGroup: (p) => `ar gyfer ${p.label}`,
    mostDeprived: (p) => `y ${p.fraction} mwyaf difreintiedig`,
    leastDeprived: (p) => `y ${p.fraction} lleiaf difreintiedig`,
    inPhrase: (p) => inName(p.name),
    fractions: { decile: 'degfed', quintile: 'pumed', quartile: 'chwarter' },
    groupTypeNames: {
      'deprivation-decile': 'Degradd amddifadedd (1 = mwyaf difreintiedig)',
      'deprivation-quintile': 'Cwintel amddifadedd (1 = mwyaf difreintiedig)',
      sex: 'Rhyw',
      'ethnic-group': 'Grŵp ethnig',
    },
    percentagePoints: (p) => `${p.number} pwynt canran`,
    limits: (p) => `terfynau 95% ${p.lower} i ${p.upper}`,
    summaryGroups: (p) =>
      `${inName(p.area).replace(/^y/, 'Y')} yn ${p.period}, roedd y gwerth yn ${p.a} ${p.nameA} ac yn ${p.b} ${p.nameB}: bwlch o ${p.gap}.`,
    summarySii: (p) => `Y mynegai llethr anghydraddoldeb oedd ${p.sii} (terfynau 95% ${p.lower} i ${p.upper}).`,
    summaryOverall: (p) => `Y gwerth ar gyfer ${p.overall} oedd ${p.value}.`,
    gapFigure: (p) => `Bwlch (${p.a} llai ${p.b})`,
    ratioFigure: (p) => `Cymhareb (${p.a} wedi’i rannu â ${p.b})`,
    ratioUndefined: 'nid oes modd ei chyfrifo (rhannu â sero)',
    siiFigure: 'Mynegai llethr anghydraddoldeb (SII)',
    riiFigure: 'Mynegai cymharol anghydraddoldeb (RII)',
    siiExplained:
      'Yr SII yw’r bwlch wedi’i fodelu o’r pen mwyaf difreintiedig i’r pen lleiaf difreintiedig, wedi’i ffitio i bob grŵp wedi’i bwysoli yn ôl ei boblogaeth; mae SII negyddol yn golygu bod y gwerth yn gostwng o’r pen mwyaf difreintiedig i’r pen lleiaf difreintiedig.',
    notCalculated: (p) => `heb ei gyfrifo: ${p.reason}`,
    siiUnordered: (p) =>
      `mae angen grwpiau mewn trefn (group.order pob rhes, 1 = mwyaf difreintiedig), ac nid oes trefn gan y grwpiau ${p.type}`,
    siiTooFewGroups: (p) =>
      `mae angen o leiaf ${p.minimum} grŵp mewn trefn gyda gwerth, ac ${plural('cy', p.count, {
        zero: 'nid oes un',
        one: 'mae 1',
        two: 'mae 2',
        few: 'mae {n}',
        many: 'mae {n}',
        other: 'mae {n}',
      })}`,
    siiMissingPopulation: (p) => `mae angen poblogaeth pob grŵp ("denominator" y rhes), ac nid oes un gan ${p.groups}`,
    siiMissingValue: (p) => `mae angen gwerth ar gyfer pob grŵp, ac nid oes un gan ${p.groups}`,
    siiMissingInterval: (p) =>
      `mae angen cyfyngau hyder 95% pob grŵp ("lower" ac "upper"), ac nid oes rhai gan ${p.groups}`,
    siiInvalidValue:
      'mae gwerth neu gyfyngiad hyder y tu allan i’r amrediad y gall y cyfrifiad ei gymryd (er enghraifft 0, neu 100% neu fwy)',
    better: {
      'higher-is-better': (p) => `Uwch sy’n well ar gyfer y dangosydd hwn: mae’r gwerth yn well ${p.name}.`,
      'lower-is-better': (p) => `Is sy’n well ar gyfer y dangosydd hwn: mae’r gwerth yn well ${p.name}.`,
      same: 'Mae’r ddau werth yr un fath.',
      'no-judgement': 'Nid oes cyfeiriad gwell neu waeth i’r dangosydd hwn.',
    },
    polarityOnly: {
      'higher-is-better': 'Uwch sy’n well ar gyfer y dangosydd hwn.',
      'lower-is-better': 'Is sy’n well ar gyfer y dangosydd hwn.',
      'no-judgement': 'Nid oes cyfeiriad gwell neu waeth i’r dangosydd hwn.',
    },
    higherThan: (p) => `roedd y gwerth ${p.nameA} ${p.gap} yn uwch ${than(p.nameB)} yn ${p.period}`,
    sameIn: (p) => `roedd y gwerth ${p.nameA} yr un fath ${withName(p.nameB)} yn ${p.period}`,
    summaryOverTime: (p) => `${inName(p.area).replace(/^y/, 'Y')}, ${p.first}; ${p.last}.`,
    summaryOnePeriod: (p) => `${inName(p.area).replace(/^y/, 'Y')}, ${p.first}.`,
    widened: (p) => `O’r cyfnod cyntaf i’r olaf, lledodd y bwlch ${p.change}.`,
    narrowed: (p) => `O’r cyfnod cyntaf i’r olaf, culhaodd y bwlch ${p.change}.`,
    unchanged: 'Roedd y bwlch yr un fath yn y cyfnod cyntaf a’r olaf.',
    noChange: 'Nid oes digon o gyfnodau gyda’r ddau werth i ddweud a wnaeth y bwlch ledu neu gulhau.',
    changeFigure: 'Newid yn y bwlch',
    widenedShort: (p) => `wedi lledu ${p.change}`,
    narrowedShort: (p) => `wedi culhau ${p.change}`,
    unchangedShort: 'dim newid',
    gapInPeriod: (p) => `Bwlch (${p.a} llai ${p.b}), ${p.period}`,
    changeNote: 'Mae lledu neu gulhau yn disgrifio maint y bwlch; nid yw’n brawf a yw’r newid y tu hwnt i siawns.',
    positionNote:
      'Mae’r grwpiau wedi’u gosod yng nghanol eu cyfran o’r boblogaeth, o’r mwyaf difreintiedig ar y chwith i’r lleiaf difreintiedig ar y dde, felly codiad y llinell wedi’i ffitio o’r chwith i’r dde yw’r SII.',
    gapEnd: 'un pen i’r bwlch',
    tooltipGap: 'Bwlch',
    unknownIndicator: (p) => `Nid yw indicator="${p.id}" yn un o’r dangosyddion yn y fanyleb (${p.known}).`,
    noGroupedIndicator: 'Nid oes gan unrhyw ddangosydd yn y fanyleb resi gyda "group", felly nid oes bwlch i’w ddangos.',
    unknownArea: (p) => `Nid yw area="${p.code}" yn un o’r ardaloedd yn y fanyleb (${p.known}).`,
    areaHasNoGroups: (p) => `Nid oes gan area="${p.code}" (${p.area}) resi gyda grŵp ar gyfer y dangosydd "${p.indicator}".`,
    unknownGroupType: (p) =>
      `Nid yw group-type="${p.type}" yn un o’r mathau o grŵp ar gyfer y dangosydd a’r ardal hon (${p.known}).`,
    unknownView: (p) => `Nid yw view="${p.view}" yn un o olygon yr elfen hon: defnyddiwch "groups" neu "over-time".`,
    unknownPeriod: (p) =>
      `Nid oes grwpiau gan period="${p.period}" ar gyfer y dangosydd a’r ardal hon; cyfnodau gyda grwpiau: ${p.known}.`,
    oneGroup: (p) =>
      `Dim ond un grŵp ("${p.group}") sydd â gwerth ${inName(p.area)} yn ${p.period}: mae bwlch angen o leiaf dau grŵp. Rhowch gynnig ar view="over-time" i gymharu grŵp â’r gwerth cyffredinol.`,
    noGroupValues: (p) => `Nid oes gan unrhyw grŵp werth ${inName(p.area)} yn ${p.period}, felly nid oes bwlch i’w ddangos.`,
    groupsNeedTwo: (p) =>
      `Dylai groups="${p.groups}" enwi dau grŵp wedi’u gwahanu gan goma (e.e. "Male,Female"), neu un grŵp ac "overall".`,
    unknownGroup: (p) => `Mae groups="${p.groups}" yn enwi "${p.name}", nad yw’n un o’r grwpiau yma (${p.known}, neu "overall").`,
    sameGroupTwice: (p) => `Mae groups="${p.groups}" yn enwi’r un grŵp ddwywaith: mae bwlch angen dau grŵp gwahanol.`,
    overTimeNeedsTwo: (p) =>
      `Dim ond un grŵp ("${p.group}") sydd yn y data ar gyfer ${p.area} a dim gwerth cyffredinol, felly nid oes bwlch i’w ddangos dros amser.`,
    noOverall: (p) =>
      `Mae groups yn enwi "overall", ond nid oes gwerth cyffredinol (rhes heb grŵp) yn y data ar gyfer ${p.area}.`,
    keyHeading: 'Allwedd',
    keyPoints: 'Dot: y gwerth ar gyfer pob grŵp; llinell fertigol drwyddo: ei gyfwng hyder 95%.',
    keyPointsRows: 'Dot: y gwerth ar gyfer pob grŵp; llinell lorweddol drwyddo: ei gyfwng hyder 95%.',
    keyFitted: 'Llinell doriedig: llinell wedi’i ffitio’r mynegai llethr anghydraddoldeb.',
    keyOverall: (p) => `Llinell ddotiog: ${p.overall}.`,
    keyStatus: (p) => `${p.status} ${than(p.overall)}`,
    keyStatusSimilar: (p) => `tebyg ${to(p.overall)}`,
    keyStatusNotCompared: (p) => `heb ei gymharu ${withName(p.overall)} (dim cyfwng hyder)`,
    keySeries:
      'Llinellau: y ddau grŵp a enwir yn yr allwedd uwchben y siart (solet a thoredig, pwyntiau crwn a sgwâr).',
    keyShade: 'Wedi’i liwio: y bwlch rhyngddynt, gyda’i faint wedi’i ysgrifennu ym mhob cyfnod.',
    figuresHeading: 'Ffigurau allweddol',
    filename: (p) => `${p.indicator}-${p.area}${p.period ? `-${p.period}` : ''}-bwlch`,
    downloadFailed: (p) => `Nid oedd modd creu’r ffeil i’w lawrlwytho: ${p.detail}`,
    downloaded: (p) => `Wedi lawrlwytho ${p.file}.`,
    exportSubtitle: (p) => [p.area, p.period, p.source ? `Ffynhonnell: ${p.source}` : ''].filter(Boolean).join(' · '),
  },
};
