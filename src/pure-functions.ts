/**
 * The functions of the library with no DOM (the spec schema and parser, data reading, the model
 * and the statistics), without the catalogues: exported by both `wellbeing-widgets/pure` (which
 * adds every language at once, src/pure.ts) and `wellbeing-widgets` (whose elements load Welsh only
 * when a page asks for it, src/index.ts).
 */
export * from './spec/schema.js';
export { parseSpec, parseRows, checkReferences, unknownFields, suggestField, dataReferences, MAX_DOMAIN_DEPTH, type ParseResult } from './spec/parse.js';
export { formatPath, type SpecIssue } from './spec/issues.js';
export { toInlineJson, inlineJsonCut, type InlineJsonCut } from './spec/inline-json.js';
export { splitCsv, eachCsvRecord, csvToRows, readTidyCsv } from './data/csv.js';
export { readDataFile, DATA_FORMATS, type ReadOptions } from './data/read.js';
export type { DataFileResult, FileArea, FileIndicator, PublishedComparison } from './data/reading.js';
export { deprivationOrder } from './data/fingertips.js';
export { resolveData, type ReadText, type ResolveOptions } from './data/resolve.js';
export { LoadError, type LoadErrorKind } from './data/errors.js';
export { Model, parseAreaList, type SeriesPoint } from './model/model.js';
export { parsePeriod, periodLabel, orderPeriods, type ParsedPeriod } from './model/period.js';
export * from './stats/index.js';
