/** The command line run on a given day as tests run it: its exit code and what it wrote to stdout and to stderr. */
import { run } from './run.ts';

export function cliOn(today: string) {
  return async (...args: string[]) => {
    const out: string[] = [];
    const err: string[] = [];
    const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) }, { today });
    return { code, out: out.join('\n'), err: err.join('\n') };
  };
}
