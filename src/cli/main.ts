/**
 * The `sourcelight` command: a thin shell over the engine and the pack code.
 * Run through bin/sourcelight.mjs (`npx sourcelight …`).
 */
import { parseArgs } from 'node:util';
import { exportCommand, importCommand, validateCommand, type Io } from './commands.ts';

const USAGE = `Usage:
  sourcelight pack validate FILE...
      Check claim packs; prints each problem with its JSON path. Exit 0 when all are valid.
  sourcelight pack import-claimreview FILE [--out PACK.json] [--id ID] [--publisher NAME]
      Turn schema.org ClaimReview JSON-LD (an item, an array or a DataFeed) into a claim pack.
  sourcelight pack export-claimreview PACK.json [--out FILE.json]
      Write a pack's reviews and documented distortions as ClaimReview JSON-LD.
  sourcelight --help`;

export async function run(argv: string[], io: Io): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string' },
        id: { type: 'string' },
        publisher: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [group, command, ...files] = positionals;
  if (values.help || !group) {
    (values.help ? io.out : io.err)(USAGE);
    return values.help ? 0 : 2;
  }
  if (group === 'pack' && command === 'validate' && files.length) return validateCommand(files, io);
  if (group === 'pack' && command === 'import-claimreview' && files.length === 1) {
    return importCommand(files[0] as string, { out: values.out, id: values.id, publisher: values.publisher }, io);
  }
  if (group === 'pack' && command === 'export-claimreview' && files.length === 1) {
    return exportCommand(files[0] as string, { out: values.out }, io);
  }
  io.err(`Unknown or incomplete command: ${positionals.join(' ')}\n\n${USAGE}`);
  return 2;
}

const io: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };
run(process.argv.slice(2), io).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`sourcelight: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 1;
  },
);
