#!/usr/bin/env node
/**
 * The `wellbeing-widgets` command line (the package's `bin`; plain Node 20, no dependencies beyond
 * the library): `validate` and `build` a spec and its data files. Exit codes: 0 done, 1 the spec or
 * its data has problems, 2 the command was used wrongly.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import '../i18n/all.js'; // Welsh synchronously, as every message here is made at once
import { messagesFor } from '../i18n/index.js';
import { commands } from './commands.js';
import type { Io } from './io.js';

export async function main(argv: string[], io: Omit<Io, 'lang'>): Promise<number> {
  const args = [...argv];
  let lang = 'en';
  const langAt = args.indexOf('--lang');
  if (langAt >= 0) {
    lang = args[langAt + 1] ?? 'en';
    args.splice(langAt, 2);
  }
  const withLang: Io = { ...io, lang };
  const m = messagesFor(lang).cli;
  const [name, ...rest] = args;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    io.out(help(lang));
    return name ? 0 : 2;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.err(`${m.unknownCommand({ name, commands: commands.map((c) => c.name).join(', ') })}\n\n${help(lang)}`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.out(`wellbeing-widgets ${command.usage}\n  ${command.summary(lang)}${command.details ? `\n\n${command.details(lang)}` : ''}`);
    return 0;
  }
  try {
    return await command.run(rest, withLang);
  } catch (error) {
    // A bug, not a problem in the input: say so plainly.
    io.err(m.crashed({ detail: error instanceof Error ? (error.stack ?? error.message) : String(error) }));
    return 1;
  }
}

function help(lang: string): string {
  const m = messagesFor(lang).cli;
  const width = Math.max(...commands.map((c) => c.usage.length));
  return [m.helpIntro, '', ...commands.map((c) => `  wellbeing-widgets ${c.usage.padEnd(width)}  ${c.summary(lang)}`), '', m.helpOptions, '', m.exitCodes].join('\n');
}

// Run when called as a program (also through npm's bin link), not when imported by a test.
function invokedAsProgram(): boolean {
  try {
    return Boolean(process.argv[1]) && pathToFileURL(realpathSync(process.argv[1]!)).href === import.meta.url;
  } catch {
    return false;
  }
}
if (invokedAsProgram()) {
  main(process.argv.slice(2), {
    out: (text) => process.stdout.write(`${text}\n`),
    err: (text) => process.stderr.write(`${text}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
