import { readFile, writeFile } from 'node:fs/promises';
import { describeJsonError } from '../data/fetch.js';
import { messagesFor } from '../i18n/index.js';
import type { Command } from './commands.js';
import { formatIssues, readSpecFile, reportSpecFile, type Io } from './io.js';
import { renderElementSvg, type RenderRequest } from './render-element.js';
import { RENDERED_ELEMENTS, RenderError, type RenderedElement } from './render-svg.js';
import { usage } from './validate.js';

/** Options that take a value, and the request field each fills. */
const VALUE_OPTIONS: Record<string, keyof RenderRequest | 'output' | 'chartFile' | 'boundariesFile' | 'widthText'> = {
  '--element': 'element',
  '--indicator': 'indicator',
  '--area': 'area',
  '--period': 'period',
  '--benchmark': 'benchmark',
  '--compare': 'compare',
  '--status': 'status',
  '--view': 'view',
  '--groups': 'groups',
  '--group-type': 'groupType',
  '--within': 'within',
  '--layer': 'layer',
  '--code-property': 'codeProperty',
  '--attribution': 'attribution',
  '--boundaries': 'boundariesFile',
  '--chart': 'chartFile',
  '--width': 'widthText',
  '-o': 'output',
  '--output': 'output',
};

/** Reads a JSON file given on the command line; says which file and where it breaks. */
async function readJsonFile(path: string, io: Io): Promise<{ ok: true; json: unknown } | { ok: false }> {
  const messages = messagesFor(io.lang);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as { code?: string }).code;
    const reason = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'it is a folder' : error instanceof Error ? error.message : String(error);
    io.err(messages.cli.cannotRead({ path, reason }));
    return { ok: false };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    io.err(messages.load.brokenJson({ url: path, detail: describeJsonError(error, text) }));
    return { ok: false };
  }
}

/**
 * `render <spec.json> --element <tag> [--indicator …] [--area …] [--period …] [-o out.svg]`: an
 * element's visual as a standalone SVG file, drawn in Node with no browser (src/cli/render-element.ts).
 * Exit codes: 0 written, 1 a problem in the spec, chart or boundary file (named, with its JSON path
 * where it has one), 2 the command was used wrongly.
 */
export const render: Command = {
  name: 'render',
  usage: 'render <spec.json> --element <tag> [--indicator …] [--area …] [--period …] [--width 800] [-o out.svg]',
  summary: (lang) => messagesFor(lang).render.summary,
  details: (lang) => messagesFor(lang).render.details({ elements: RENDERED_ELEMENTS.join(', ') }),
  async run(args, io) {
    const m = messagesFor(io.lang).render;
    const elements = RENDERED_ELEMENTS.join(', ');
    const given: Record<string, string> = {};
    const paths: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      const field = VALUE_OPTIONS[arg];
      if (field) {
        const value = args[++i];
        if (value === undefined) return usage(io, this.usage);
        given[field] = value;
      } else if (arg.startsWith('-')) return usage(io, this.usage);
      else paths.push(arg);
    }
    if (paths.length !== 1) return usage(io, this.usage);
    const specPath = paths[0]!;
    const { element, output, chartFile, boundariesFile, widthText, ...attributes } = given;
    if (!element) {
      io.err(m.needsElement({ elements }));
      return 2;
    }
    if (!(RENDERED_ELEMENTS as readonly string[]).includes(element)) {
      io.err(m.unknownElement({ name: element, elements }));
      return 2;
    }
    let width = 0;
    if (widthText !== undefined) {
      width = Number(widthText);
      if (!/^\d+$/.test(widthText) || width < 240 || width > 4000) {
        io.err(m.badWidth({ value: widthText }));
        return 2;
      }
    }
    if (output && /\.png$/i.test(output)) {
      io.err(m.noPng);
      return 2;
    }
    if (element === 'wellbeing-chart' && !chartFile) {
      io.err(m.needsChart);
      return 2;
    }
    if (element === 'area-map' && !boundariesFile) {
      io.err(m.needsBoundaries);
      return 2;
    }

    const spec = reportSpecFile(specPath, await readSpecFile(specPath, io.lang), io);
    if (!spec) return 1;
    const request: RenderRequest = { ...attributes, element: element as RenderedElement, lang: io.lang, width };
    if (chartFile) {
      const chart = await readJsonFile(chartFile, io);
      if (!chart.ok) return 1;
      request.chart = chart.json;
    }
    if (boundariesFile) {
      const boundaries = await readJsonFile(boundariesFile, io);
      if (!boundaries.ok) return 1;
      request.boundaries = { json: boundaries.json, name: boundariesFile };
    }

    let drawn;
    try {
      drawn = await renderElementSvg(spec, request);
    } catch (error) {
      if (!(error instanceof RenderError)) throw error;
      const file = error.input === 'chart' ? chartFile : error.input === 'boundaries' ? boundariesFile : specPath;
      io.err(`${file}: ${error.message}${error.issues.length ? `\n${formatIssues(error.issues)}` : ''}`);
      return 1;
    }
    if (!output) {
      io.out(drawn.svg);
      return 0;
    }
    await writeFile(output, `${drawn.svg}\n`);
    const size = /<svg[^>]*\swidth="([\d.]+)"[^>]*\sheight="([\d.]+)"/.exec(drawn.svg);
    io.err(m.wrote({ path: output, title: drawn.title, width: Math.round(Number(size?.[1] ?? 0)), height: Math.round(Number(size?.[2] ?? 0)) }));
    return 0;
  },
};
