/**
 * The `sourcelight` command's entry point (built to dist/cli/sourcelight.mjs, which
 * bin/sourcelight.mjs runs): the process's arguments, streams and exit code around run().
 */
import type { Io } from './commands.ts';
import { run } from './run.ts';
import { terminalStyle } from './terminal-style.ts';

const io: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };
run(process.argv.slice(2), io, { style: terminalStyle(process.stdout), stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`sourcelight: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 1;
  },
);
