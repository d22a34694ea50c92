/**
 * The one table of `sourcelight` commands: their words, arguments, options and
 * descriptions. The parser (parse-command-line.ts) and the usage text (usage.ts)
 * are both read from it, so they cannot disagree.
 */
import { analyzeCommand } from './analyze-command.ts';
import { exportCommand, importCommand, validateCommand, type Io } from './commands.ts';
import type { Style } from './report-text.ts';
import { draftCommand, reviewCommand, testCommand } from './pack-draft/commands.ts';
import { keygenCommand, signCommand, verifyCommand } from './signing-commands.ts';

export interface OptionSpec {
  type: 'string' | 'boolean';
  /** May be given more than once (the values are collected in order). */
  multiple?: boolean;
  /** The placeholder for its value in usage text: FILE, ID… */
  value?: string;
  /** The command cannot run without it. */
  required?: boolean;
  description: string;
}

export type OptionValues = Record<string, string | boolean | string[] | undefined>;

/** What a command gets besides its arguments: where to write, and what tests inject. */
export interface CommandContext {
  io: Io;
  style: Style;
  stdin?: AsyncIterable<Uint8Array>;
  /** YYYY-MM-DD; today by default. */
  today?: string;
}

export interface CommandSpec {
  /** The words that name it: ['analyze'], ['pack', 'validate']. */
  words: string[];
  /** Its arguments as usage shows them: 'FILE|URL|-', 'FILE...'. */
  args: string;
  /** How many arguments it takes (max Infinity for a list). */
  count: { min: number; max: number };
  /** One or two sentences for the usage text. */
  description: string;
  options: Record<string, OptionSpec>;
  run(args: string[], values: OptionValues, context: CommandContext): Promise<number>;
}

/** Options every command takes. */
export const GLOBAL_OPTIONS: Record<string, OptionSpec & { short?: string }> = {
  help: { type: 'boolean', short: 'h', description: 'show this help' },
  version: { type: 'boolean', description: "print Sourcelight's version" },
};

const str = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
const today = (context: CommandContext) => context.today ?? new Date().toISOString().slice(0, 10);

export const COMMANDS: CommandSpec[] = [
  {
    words: ['analyze'],
    args: 'FILE|URL|-',
    count: { min: 1, max: 1 },
    description:
      'Compare a page (an HTML or plain-text file, an http(s) address, or - for standard input) with the ' +
      'original reports in the embedded claim pack, or in the packs given.',
    options: {
      json: {
        type: 'boolean',
        description:
          'print one JSON document instead of the readable report (docs/analyze-output.md)',
      },
      pack: {
        type: 'string',
        multiple: true,
        value: 'FILE',
        description: 'use this claim pack instead of the embedded one (repeat for several)',
      },
      timeout: {
        type: 'string',
        value: 'SECONDS',
        description: 'give up fetching an address after this many seconds (default 15)',
      },
    },
    run: (args, values, context) =>
      analyzeCommand(
        args[0] as string,
        {
          json: values.json === true,
          packs: Array.isArray(values.pack) ? values.pack : [],
          style: context.style,
          ...(str(values.timeout) !== undefined ? { timeout: str(values.timeout) } : {}),
          ...(context.stdin ? { stdin: context.stdin } : {}),
          ...(context.today ? { today: context.today } : {}),
        },
        context.io,
      ),
  },
  {
    words: ['pack', 'validate'],
    args: 'FILE...',
    count: { min: 1, max: Infinity },
    description:
      'Check claim packs; prints each problem with its JSON path. Exit 0 when all are valid.',
    options: {},
    run: (files, _values, context) => validateCommand(files, context.io),
  },
  {
    words: ['pack', 'import-claimreview'],
    args: 'FILE',
    count: { min: 1, max: 1 },
    description:
      'Turn schema.org ClaimReview JSON-LD (an item, an array or a DataFeed) into a claim pack.',
    options: {
      out: {
        type: 'string',
        value: 'PACK.json',
        description: 'write the pack to this file instead of standard output',
      },
      id: { type: 'string', value: 'ID', description: "the new pack's id" },
      publisher: { type: 'string', value: 'NAME', description: "the new pack's publisher" },
    },
    run: (files, values, context) =>
      importCommand(
        files[0] as string,
        { out: str(values.out), id: str(values.id), publisher: str(values.publisher) },
        context.io,
      ),
  },
  {
    words: ['pack', 'export-claimreview'],
    args: 'PACK.json',
    count: { min: 1, max: 1 },
    description: "Write a pack's reviews and documented distortions as ClaimReview JSON-LD.",
    options: {
      out: {
        type: 'string',
        value: 'FILE.json',
        description: 'write to this file instead of standard output',
      },
    },
    run: (files, values, context) =>
      exportCommand(files[0] as string, { out: str(values.out) }, context.io),
  },
  {
    words: ['pack', 'draft'],
    args: 'ORIGINAL',
    count: { min: 1, max: 1 },
    description:
      'Draft a story in the pack format from its original report (HTML or text, a file or an address) and corroborating ' +
      'reports; writes the pack and, beside it, the provenance of every value (NAME.provenance.json).',
    options: {
      corroborate: {
        type: 'string',
        multiple: true,
        value: 'FILE',
        description: 'a report that corroborates the original (repeat for several)',
      },
      out: {
        type: 'string',
        value: 'STORY.json',
        required: true,
        description: 'where to write the drafted pack',
      },
    },
    run: (files, values, context) =>
      draftCommand(
        files[0] as string,
        {
          corroborate: Array.isArray(values.corroborate) ? values.corroborate : [],
          out: str(values.out),
          today: today(context),
        },
        context.io,
      ),
  },
  {
    words: ['pack', 'review'],
    args: 'STORY.json',
    count: { min: 1, max: 1 },
    description:
      "List a drafted pack's values with their source sentences and confidence, and what the sources disagree on.",
    options: {
      html: {
        type: 'string',
        value: 'FILE.html',
        description: 'also write the review as an HTML page',
      },
    },
    run: (files, values, context) =>
      reviewCommand(files[0] as string, { html: str(values.html) }, context.io),
  },
  {
    words: ['pack', 'test'],
    args: 'STORY.json PAGE...',
    count: { min: 2, max: Infinity },
    description:
      'Run the engine with this pack over pages; with labels, print recall, precision, false alarms and errors marked consistent.',
    options: {
      labels: {
        type: 'string',
        value: 'DIR',
        description:
          'label files in the development-set format (a folder of .json files, or one file)',
      },
    },
    run: (args, values, context) =>
      testCommand(args, { labels: str(values.labels), today: today(context) }, context.io),
  },
  {
    words: ['pack', 'keygen'],
    args: '',
    count: { min: 0, max: 0 },
    description:
      'Make an Ed25519 key pair for signing packs; prints the public key subscribers pin.',
    options: {
      out: {
        type: 'string',
        value: 'KEYFILE',
        required: true,
        description: 'where to write the key pair (never overwritten; keep it secret)',
      },
    },
    run: (_files, values, context) => keygenCommand(str(values.out), context.io),
  },
  {
    words: ['pack', 'sign'],
    args: 'PACK.json',
    count: { min: 1, max: 1 },
    description: 'Sign a pack\'s exact bytes (the pack needs "expires" and the key\'s "keyId").',
    options: {
      key: {
        type: 'string',
        value: 'KEYFILE',
        required: true,
        description: 'the key pair from `sourcelight pack keygen`',
      },
      out: {
        type: 'string',
        value: 'SIGNED.json',
        description: 'write the signed pack to this file instead of standard output',
      },
    },
    run: (files, values, context) =>
      signCommand(files[0] as string, { key: str(values.key), out: str(values.out) }, context.io),
  },
  {
    words: ['pack', 'verify'],
    args: 'SIGNED.json',
    count: { min: 1, max: 1 },
    description: "Check a signed pack as a subscriber's Sourcelight will.",
    options: {
      'public-key': {
        type: 'string',
        value: 'KEY',
        required: true,
        description: "the publisher's public key (ed25519:…)",
      },
    },
    run: (files, values, context) =>
      verifyCommand(
        files[0] as string,
        { publicKey: str(values['public-key']), today: today(context) },
        context.io,
      ),
  },
];

/** `sourcelight pack validate`, as people type it. */
export const commandName = (command: CommandSpec): string =>
  ['sourcelight', ...command.words].join(' ');
