import { messagesFor } from '../i18n/index.js';
import { DATA_FORMATS } from '../spec/check.js';
import type { DataFormat, DataRow } from '../spec/schema.js';
import { readTidyCsv } from './csv.js';
import { describeJsonError } from './fetch.js';
import { readFingertipsCsv, readFingertipsJson, type FingertipsOptions } from './fingertips.js';
import { readOnsCsv } from './ons.js';
import { readStatsWalesCsv, type StatsWalesOptions } from './statswales.js';
import { FileReading, type DataFileResult } from './reading.js';
import { readWideCsv, type WideOptions } from './wide.js';

export { DATA_FORMATS };

export interface ReadOptions extends FingertipsOptions, WideOptions, StatsWalesOptions {
  format: DataFormat;
  /** The file's name or address, used in every problem ("data.csv, line 3, column 4"). */
  url: string;
  /** Language of the problems. */
  lang?: string | undefined;
}

/**
 * Reads a data file's text in any of the formats of SPEC-v1 ("Data files") into spec rows, with the
 * areas and indicators the file names and every problem found (file, line, column, in words).
 * Pure: no DOM, no fetching; the same in Node (the command line) and the browser (the builder page).
 * Rows of the `json` format are returned as found and still need `parseRows`.
 */
export function readDataFile(text: string, options: ReadOptions): DataFileResult {
  const { format, url, lang } = options;
  switch (format) {
    case 'csv':
      return readTidyCsv(text, url, lang);
    case 'fingertips-csv':
      return readFingertipsCsv(text, url, options, lang);
    case 'ons-csv':
      return readOnsCsv(text, url, lang);
    case 'wide-csv':
      return readWideCsv(text, url, options, lang);
    case 'statswales-csv':
      return readStatsWalesCsv(text, url, options, lang);
    case 'fingertips-json':
    case 'json': {
      const reading = new FileReading(url, lang);
      reading.checkEncoding(text);
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch (error) {
        reading.problem(messagesFor(lang).load.brokenJsonDetail({ detail: describeJsonError(error, text) }));
        return reading.result();
      }
      if (format === 'fingertips-json') {
        const result = readFingertipsJson(json, url, options, lang);
        return { ...result, warnings: [...reading.warnings, ...result.warnings] };
      }
      // A data file may be a bare list of rows or an object with a `data` list.
      const rows = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { data?: unknown }).data) ? (json as { data: unknown[] }).data : undefined;
      if (!rows) reading.problem(messagesFor(lang).load.notRowList);
      else reading.rows.push(...(rows as DataRow[]));
      return reading.result();
    }
    default:
      return { rows: [], areas: [], indicators: [], published: [], warnings: [], problems: [{ path: url, message: messagesFor(lang).load.unknownFormat({ format: String(format), formats: DATA_FORMATS.join(', ') }) }] };
  }
}
