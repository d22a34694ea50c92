/**
 * The `sourcelight` command: a thin shell over the engine and the pack code.
 * Run through bin/sourcelight.mjs (`npx sourcelight …`).
 */
import { parseArgs } from 'node:util';
import { analyzeCommand } from './analyze-command.ts';
import { exportCommand, importCommand, validateCommand, type Io } from './commands.ts';
import { ANSI, PLAIN } from './report-text.ts';
import { keygenCommand, signCommand, verifyCommand } from './signing-commands.ts';

const USAGE = `Usage:
  sourcelight analyze [--json] [--pack FILE]... FILE|URL|-
      Compare a page (HTML or plain text; - reads standard input) with the original reports in the
      embedded claim pack (or the packs given). --json prints one JSON document (docs/analyze-output.md).
  sourcelight pack validate FILE...
      Check claim packs; prints each problem with its JSON path. Exit 0 when all are valid.
  sourcelight pack import-claimreview FILE [--out PACK.json] [--id ID] [--publisher NAME]
      Turn schema.org ClaimReview JSON-LD (an item, an array or a DataFeed) into a claim pack.
  sourcelight pack export-claimreview PACK.json [--out FILE.json]
      Write a pack's reviews and documented distortions as ClaimReview JSON-LD.
  sourcelight pack keygen --out KEYFILE
      Make an Ed25519 key pair for signing packs; prints the public key subscribers pin.
  sourcelight pack sign --key KEYFILE PACK.json [--out SIGNED.json]
      Sign a pack's exact bytes (the pack needs "expires" and the key's "keyId").
  sourcelight pack verify --public-key KEY SIGNED.json
      Check a signed pack as a subscriber's Sourcelight will.
  sourcelight --help`;

export interface RunOptions {
  colour?: boolean;
  stdin?: AsyncIterable<Uint8Array>;
  today?: string;
}

export async function run(argv: string[], io: Io, runOptions: RunOptions = {}): Promise<number> {
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
        json: { type: 'boolean' },
        pack: { type: 'string', multiple: true },
        key: { type: 'string' },
        'public-key': { type: 'string' },
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
  if (group === 'analyze' && command && !files.length) {
    return analyzeCommand(command, {
      json: Boolean(values.json),
      packs: values.pack ?? [],
      style: runOptions.colour ? ANSI : PLAIN,
      ...(runOptions.stdin ? { stdin: runOptions.stdin } : {}),
      ...(runOptions.today ? { today: runOptions.today } : {}),
    }, io);
  }
  if (group === 'pack' && command === 'validate' && files.length) return validateCommand(files, io);
  if (group === 'pack' && command === 'import-claimreview' && files.length === 1) {
    return importCommand(files[0] as string, { out: values.out, id: values.id, publisher: values.publisher }, io);
  }
  if (group === 'pack' && command === 'export-claimreview' && files.length === 1) {
    return exportCommand(files[0] as string, { out: values.out }, io);
  }
  if (group === 'pack' && command === 'keygen' && !files.length) return keygenCommand(values.out, io);
  if (group === 'pack' && command === 'sign' && files.length === 1) return signCommand(files[0] as string, { key: values.key, out: values.out }, io);
  if (group === 'pack' && command === 'verify' && files.length === 1) {
    return verifyCommand(files[0] as string, { publicKey: values['public-key'], today: runOptions.today ?? new Date().toISOString().slice(0, 10) }, io);
  }
  io.err(`Unknown or incomplete command: ${positionals.join(' ')}\n\n${USAGE}`);
  return 2;
}

const io: Io = { out: (line) => console.log(line), err: (line) => console.error(line) };
const colour = Boolean(process.stdout.isTTY) && !process.env.NO_COLOR;
run(process.argv.slice(2), io, { colour, stdin: process.stdin }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    console.error(`sourcelight: ${(error as Error).message ?? String(error)}`);
    process.exitCode = 1;
  },
);
