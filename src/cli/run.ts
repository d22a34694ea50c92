/** Runs one `sourcelight` command line: parse it against the command table, then run the command. */
import type { CommandContext } from './command-table.ts';
import type { Io } from './commands.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { PLAIN, type Style } from './report-text.ts';
import { commandUsage, usage } from './usage.ts';
import { packageVersion } from './version.ts';

export interface RunOptions {
  /** How the readable report is styled: PLAIN (the default) or terminal colours (terminal-style.ts). */
  style?: Style;
  stdin?: AsyncIterable<Uint8Array>;
  /** YYYY-MM-DD; today by default. */
  today?: string;
}

/** 0 done, 1 an input could not be read or is invalid, 2 a usage error. */
export async function run(argv: string[], io: Io, runOptions: RunOptions = {}): Promise<number> {
  const parsed = parseCommandLine(argv);
  switch (parsed.kind) {
    case 'version':
      io.out(packageVersion());
      return 0;
    case 'help':
      io.out(parsed.command ? commandUsage(parsed.command) : usage(parsed.group));
      return 0;
    case 'error':
      if (parsed.message) io.err(parsed.message);
      else io.err(parsed.command ? commandUsage(parsed.command) : usage(parsed.group));
      return 2;
    case 'run': {
      const context: CommandContext = {
        io,
        style: runOptions.style ?? PLAIN,
        ...(runOptions.stdin ? { stdin: runOptions.stdin } : {}),
        ...(runOptions.today ? { today: runOptions.today } : {}),
      };
      return parsed.command.run(parsed.args, parsed.values, context);
    }
  }
}
