import { build } from './build.js';
import { render } from './render.js';
import type { Io } from './io.js';
import { validate } from './validate.js';

/** A command of the `wellbeing-widgets` command line. */
export interface Command {
  name: string;
  /** "validate <spec.json>", shown in --help and usage errors. */
  usage: string;
  summary: (lang: string) => string;
  /** More help (its options), shown by `<command> --help` under the usage line. */
  details?: (lang: string) => string;
  /** Returns the exit code: 0 done, 1 the input has problems, 2 the command was used wrongly. */
  run(args: string[], io: Io): Promise<number>;
}

/** Every command, in the order --help lists them. Add one line for a new command. */
export const commands: Command[] = [validate, build, render];
