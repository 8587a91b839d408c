import { messagesFor } from '../i18n/index.js';
import type { SpecIssue } from '../spec/issues.js';
import { checkReferences, dataReferences, parseRows, parseSpec } from '../spec/parse.js';
import type { DataRef, DataRow, LoadedSpec, ParsedSpec } from '../spec/schema.js';
import { fileError } from './csv.js';
import { LoadError, specError } from './errors.js';
import { describeJsonError } from './fetch.js';
import { readDataFile } from './read.js';
import type { DataFileResult, FileArea, FileIndicator } from './reading.js';
import { expandDataRefs, isUrlTemplate, type DataView } from './url-template.js';

/**
 * Gets a data file's text: `fetch` in the browser, the file system on the command line.
 * `filled` is true for a URL filled in from a template (its answer may be shared by the page).
 */
export type ReadText = (ref: DataRef, how: { filled: boolean }) => Promise<{ text: string; url: string }>;

export interface ResolveOptions {
  read: ReadText;
  lang?: string | undefined;
  /** Told of problems that do not stop drawing (a file that is not UTF-8, names filled from codes). */
  onWarning?: ((issue: SpecIssue) => void) | undefined;
  /**
   * What the element shows, asked once the spec is parsed: data URLs with `{indicator}`, `{area}`
   * or `{period}` are filled from it. Without it, such URLs are read as written.
   */
  view?: (() => DataView) | undefined;
}

/**
 * Reads every data file a spec refers to and returns the spec with its rows, its areas and its
 * indicators complete. Files are read together; their rows are combined in the order listed.
 * Areas and indicators come from the files where the spec leaves them out, and the spec's own
 * entries win field by field (SPEC-v1, "Areas"). Throws a LoadError that says what and where.
 */
export async function resolveData(raw: unknown, parsed: ParsedSpec, options: ResolveOptions): Promise<LoadedSpec> {
  const written = dataReferences(parsed.data);
  if (!written.length) return parsed as LoadedSpec;
  const messages = messagesFor(options.lang);
  const templated = options.view && written.some((ref) => isUrlTemplate(ref.url));
  const refs = templated ? expandDataRefs(written, parsed, options.view!(), options.lang) : written;
  const filled = new Set(templated ? refs.filter((ref) => !written.includes(ref)) : []);
  const results = await Promise.all(
    refs.map(async (ref) => {
      const { text, url } = await options.read(ref, { filled: filled.has(ref) });
      return { ref, url, result: readFile(text, ref, url, options.lang) };
    }),
  );

  const rows: DataRow[] = [];
  const areas = new Map<string, FileArea>();
  const indicators = new Map<string, FileIndicator>();
  for (const { url, result } of results) {
    if (result.problems.length) throw fileError(result, url, options.lang);
    for (const warning of result.warnings) options.onWarning?.(warning);
    for (const area of result.areas) if (!areas.has(area.code)) areas.set(area.code, area);
    for (const indicator of result.indicators) if (!indicators.has(indicator.id)) indicators.set(indicator.id, indicator);
    for (const row of result.rows) rows.push(row);
  }

  const input = raw as { areas?: unknown; indicators?: unknown };
  const merged = {
    ...(raw as object),
    areas: mergeEntries(input.areas, areas, 'code', 'name', (code) => options.onWarning?.({ path: 'areas', message: messages.load.nameFromCode({ code }) })),
    indicators: mergeEntries(input.indicators, indicators, 'id', 'title', (id) =>
      options.onWarning?.({ path: 'indicators', message: messages.load.titleFromId({ id }) }),
    ),
    data: [],
  };
  const full = parseSpec(merged, options.lang);
  if (!full.ok) throw specError(full.issues, undefined, options.lang);

  // Rows of the library's own JSON format are as the file wrote them: check them like inline rows.
  const untyped = results.some(({ ref }) => ref.format === 'json');
  if (untyped) {
    const checked = parseRows(full.spec, rows, options.lang);
    if (!checked.ok) throw specError(checked.issues, results.length === 1 ? results[0]!.url : undefined, options.lang);
    return checked.spec;
  }
  const spec: LoadedSpec = { ...full.spec, data: rows };
  const references = checkReferences(spec, messages);
  if (references.length) throw specError(references, undefined, options.lang);
  return spec;
}

function readFile(text: string, ref: DataRef, url: string, lang?: string): DataFileResult {
  if (ref.format === 'json' || ref.format === 'fingertips-json') {
    // Parsed here (not in readDataFile) so that broken JSON is reported as such, as for a spec.
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new LoadError('broken-json', messagesFor(lang).load.brokenJson({ url, detail: describeJsonError(error, text) }), { url });
    }
    if (ref.format === 'json') {
      const list = Array.isArray(json) ? json : json && typeof json === 'object' && Array.isArray((json as { data?: unknown }).data) ? (json as { data: unknown[] }).data : json;
      return { rows: list as DataRow[], areas: [], indicators: [], problems: [], warnings: [], published: [] };
    }
  }
  return readDataFile(text, { ...ref, url, lang, filter: ref.filter });
}

/**
 * The spec's entries first (in its order), each completed by the file's entry with the same key;
 * then the file's entries the spec does not mention. A name or title neither gives is the code
 * or id itself, with a warning.
 */
function mergeEntries<E extends object>(
  fromSpec: unknown,
  fromFiles: Map<string, E>,
  key: 'code' | 'id',
  label: 'name' | 'title',
  onFilled: (key: string) => void,
): unknown[] {
  const list = Array.isArray(fromSpec) ? fromSpec : [];
  const seen = new Set<string>();
  const out: unknown[] = list.map((entry: unknown) => {
    if (!entry || typeof entry !== 'object') return entry;
    const own = (entry as Record<string, unknown>)[key];
    if (typeof own !== 'string') return entry;
    seen.add(own.trim());
    const file = fromFiles.get(own.trim());
    return file ? complete({ ...(file as Record<string, unknown>), ...(entry as Record<string, unknown>) }) : entry;
  });
  for (const [code, entry] of fromFiles) if (!seen.has(code)) out.push(complete({ ...(entry as Record<string, unknown>) }));
  return out;

  function complete(entry: Record<string, unknown>) {
    const given = entry[label];
    // Text in more than one language ({ "en": …, "cy": … }) is a name too.
    if (!(typeof given === 'string' ? given.trim() : given && typeof given === 'object')) {
      entry[label] = entry[key];
      onFilled(String(entry[key]));
    }
    return entry;
  }
}
