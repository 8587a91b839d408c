import { messagesFor } from '../i18n/index.js';
import type { Command } from './commands.js';
import { readSpecFile, reportSpecFile } from './io.js';

/** `validate <spec.json>`: every problem with its JSON path or file, line and column; exit 0 valid, 1 not. */
export const validate: Command = {
  name: 'validate',
  usage: 'validate <spec.json>',
  summary: (lang) => messagesFor(lang).cli.validateSummary,
  async run(args, io) {
    const m = messagesFor(io.lang).cli;
    const [path, ...rest] = args.filter((a) => !a.startsWith('-'));
    if (!path || rest.length) return usage(io, this.usage);
    const spec = reportSpecFile(path, await readSpecFile(path, io.lang), io);
    if (!spec) return 1;
    io.out(m.valid({ path, rows: spec.data.length, areas: spec.areas.length, indicators: spec.indicators.length }));
    return 0;
  },
};

export function usage(io: { err: (text: string) => void; lang: string }, text: string): number {
  io.err(messagesFor(io.lang).cli.usage({ usage: `wellbeing-widgets ${text}` }));
  return 2;
}
