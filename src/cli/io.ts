import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describeJsonError, fetchText } from '../data/fetch.js';
import { resolveData, type ReadText } from '../data/resolve.js';
import { messagesFor } from '../i18n/index.js';
import type { SpecIssue } from '../spec/issues.js';
import { parseSpec, unknownFields } from '../spec/parse.js';
import type { LoadedSpec } from '../spec/schema.js';
import { LoadError } from '../data/errors.js';

/** What a command writes: its output, and lines for people (problems, notes). */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  lang: string;
}

/** The result of reading a spec file and its data: the spec, or every problem found, plus warnings. */
export type SpecFileResult = { ok: true; spec: LoadedSpec; warnings: SpecIssue[] } | { ok: false; message: string; issues: SpecIssue[]; warnings: SpecIssue[] };

/**
 * Reads a spec file and the data files it names (relative to the spec, or absolute; http(s)
 * addresses are fetched), the way an element would, reporting every problem with its JSON path or
 * file, line and column. Never throws for a problem in the input.
 */
export async function readSpecFile(path: string, lang: string): Promise<SpecFileResult> {
  const messages = messagesFor(lang);
  const warnings: SpecIssue[] = [];
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    return { ok: false, message: messages.cli.cannotRead({ path, reason: reason(error) }), issues: [], warnings };
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    return { ok: false, message: messages.load.brokenJson({ url: path, detail: describeJsonError(error, text) }), issues: [], warnings };
  }
  warnings.push(...unknownFields(raw, lang));
  const parsed = parseSpec(raw, lang);
  if (!parsed.ok) return { ok: false, message: messages.spec.invalid({ count: parsed.issues.length }), issues: parsed.issues, warnings };
  try {
    const spec = await resolveData(raw, parsed.spec, { read: readRelativeTo(path, lang), lang, onWarning: (w) => warnings.push(w) });
    return { ok: true, spec, warnings };
  } catch (error) {
    if (error instanceof LoadError) return { ok: false, message: error.message, issues: error.issues, warnings };
    return { ok: false, message: reason(error), issues: [], warnings };
  }
}

function readRelativeTo(specPath: string, lang: string): ReadText {
  const messages = messagesFor(lang);
  return async (ref) => {
    if (/[{](indicator|area|period)[}]/.test(ref.url)) throw new LoadError('spec', messages.cli.templateUrl({ url: ref.url }), { url: ref.url });
    if (/^https?:/i.test(ref.url)) {
      // As an element fetches: a time limit, a size cap, and a failure (a status, 204, a redirect loop) in words.
      const fetched = await fetchText(ref.url, { lang });
      return { text: fetched.text, url: ref.url };
    }
    const file = ref.url.startsWith('file:') ? new URL(ref.url).pathname : resolve(dirname(specPath), ref.url);
    try {
      return { text: await readFile(file, 'utf8'), url: ref.url };
    } catch (error) {
      throw new LoadError('network', messages.cli.cannotRead({ path: file, reason: reason(error) }), { url: pathToFileURL(file).href });
    }
  };
}

function reason(error: unknown): string {
  const code = (error as { code?: string })?.code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a folder';
  if (code === 'EACCES') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}

/** One problem a line: "  areas[0].name: is missing (expected text)". */
export function formatIssues(issues: SpecIssue[]): string {
  return issues.map((issue) => `  ${issue.path}: ${issue.message}`).join('\n');
}

/**
 * Writes a spec file's warnings and, when it failed, its problems (the message, then each problem
 * unless the message already is the only one). Returns the spec when it can be used.
 */
export function reportSpecFile(path: string, result: SpecFileResult, io: Io): LoadedSpec | undefined {
  const m = messagesFor(io.lang).cli;
  if (result.warnings.length) io.err(`${m.warnings({ count: result.warnings.length })}\n${formatIssues(result.warnings)}`);
  if (result.ok) return result.spec;
  const listed = result.issues.length > 1 || !result.message.includes(result.issues[0]?.message ?? '');
  io.err(`${path}: ${result.message}${listed ? `\n${formatIssues(result.issues)}` : ''}`);
  return undefined;
}
