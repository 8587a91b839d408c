import { writeFile } from 'node:fs/promises';
import { messagesFor } from '../i18n/index.js';
import { toInlineJson } from '../spec/inline-json.js';
import { parseSpec } from '../spec/parse.js';
import type { Command } from './commands.js';
import { formatIssues, readSpecFile, reportSpecFile } from './io.js';
import { usage } from './validate.js';

/**
 * `build <spec.json> [-o out.json]`: reads the spec's data files, fills in areas and indicators,
 * and writes one self-contained spec (checked again before it is written). `<` is written as
 * `\u003c`, so the JSON can be pasted inside <script type="application/json"> without a
 * `</script>` in a title ending the block early.
 */
export const build: Command = {
  name: 'build',
  usage: 'build <spec.json> [-o out.json]',
  summary: (lang) => messagesFor(lang).cli.buildSummary,
  async run(args, io) {
    const m = messagesFor(io.lang).cli;
    let output: string | undefined;
    const paths: string[] = [];
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === '-o' || arg === '--output') {
        output = args[++i];
        if (!output) return usage(io, this.usage);
      } else if (arg.startsWith('-')) return usage(io, this.usage);
      else paths.push(arg);
    }
    if (paths.length !== 1) return usage(io, this.usage);
    const path = paths[0]!;
    const spec = reportSpecFile(path, await readSpecFile(path, io.lang), io);
    if (!spec) return 1;
    // As JSON: text in several languages is checked again as the `{ "en", "cy" }` it is written as.
    const built = JSON.parse(JSON.stringify(spec)) as typeof spec;
    const check = parseSpec(built, io.lang);
    if (!check.ok) {
      io.err(`${m.builtInvalid}\n${formatIssues(check.issues)}`);
      return 1;
    }
    const json = `${toInlineJson(built)}\n`;
    if (output) {
      await writeFile(output, json);
      io.err(m.wrote({ path: output, rows: built.data.length, areas: built.areas.length, indicators: built.indicators.length }));
    } else io.out(json.trimEnd());
    return 0;
  },
};
