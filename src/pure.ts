/**
 * The parts of the library with no DOM: the spec schema and parser, CSV reading, the model and the
 * statistics. Safe to import in Node or a worker (e.g. to validate a spec or compute an SII).
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
// Every language at once: the pure functions give Welsh synchronously (elements load it on demand).
import './i18n/all.js';
export { messagesFor, registerMessages, loadMessages, type Messages } from './i18n/index.js';
