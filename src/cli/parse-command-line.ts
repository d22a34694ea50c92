/**
 * Reads `sourcelight` arguments against the command table: which command, its
 * arguments, and its options. Options belong to their command: one another
 * command owns, or a misspelt one, is refused in one plain sentence.
 */
import { parseArgs } from 'node:util';
import {
  COMMANDS,
  GLOBAL_OPTIONS,
  commandName,
  type CommandSpec,
  type OptionSpec,
  type OptionValues,
} from './command-table.ts';

export type ParsedCommandLine =
  | { kind: 'run'; command: CommandSpec; args: string[]; values: OptionValues }
  | { kind: 'version' }
  /** Help for a command, for a group of commands (`sourcelight pack`), or for all (both null). */
  | { kind: 'help'; command: CommandSpec | null; group: string | null }
  /** A usage error: `message` in one sentence, or null when the usage text is the answer (nothing to run). */
  | { kind: 'error'; message: string | null; command: CommandSpec | null; group: string | null };

/** Levenshtein distance, for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(
        (previous[j] as number) + 1,
        (current[j - 1] as number) + 1,
        (previous[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
    previous = current;
  }
  return previous[b.length] as number;
}

/** The nearest of `candidates` to `word`, if it is near enough to be a typo. */
function nearest(word: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(word, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return bestDistance <= Math.max(1, Math.min(2, Math.floor(word.length / 3))) ? best : undefined;
}

const list = (items: string[]): string =>
  items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;

/** Every option of every command, so that the arguments can be split before the command is known. */
function allOptions(): Record<
  string,
  { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
> {
  const options: Record<
    string,
    { type: 'string' | 'boolean'; short?: string; multiple?: boolean }
  > = {};
  for (const [name, spec] of Object.entries(GLOBAL_OPTIONS))
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) };
  for (const command of COMMANDS)
    for (const [name, spec] of Object.entries(command.options))
      options[name] = { type: spec.type, multiple: true };
  return options;
}

function optionProblem(rawName: string, name: string, command: CommandSpec): string {
  const owners = COMMANDS.filter((c) => c !== command && name in c.options).map(commandName);
  if (owners.length)
    return `${rawName} is not an option of this command (it belongs to ${list(owners)}).`;
  const near = rawName.startsWith('--')
    ? nearest(name, [...Object.keys(command.options), ...Object.keys(GLOBAL_OPTIONS)])
    : undefined;
  if (near) return `there is no option ${rawName}; did you mean --${near}?`;
  const options = Object.keys(command.options).map((o) => `--${o}`);
  return `there is no option ${rawName} (${options.length ? `its options are ${list(options)}` : 'it takes no options'}).`;
}

const placeholder = (name: string, spec: OptionSpec) => `--${name} ${spec.value ?? 'VALUE'}`;

export function parseCommandLine(argv: string[]): ParsedCommandLine {
  const { tokens } = parseArgs({
    args: argv,
    options: allOptions(),
    allowPositionals: true,
    strict: false,
    tokens: true,
  });
  const positionals = tokens.flatMap((t) => (t.kind === 'positional' ? [t.value] : []));
  const options = tokens.flatMap((t) => (t.kind === 'option' ? [t] : []));
  const help = options.some((t) => t.name === 'help');
  const version = options.some((t) => t.name === 'version');

  const command = COMMANDS.filter((c) => c.words.every((w, i) => positionals[i] === w)).sort(
    (a, b) => b.words.length - a.words.length,
  )[0];
  if (!command) {
    const [first, second] = positionals;
    if (first === undefined) {
      if (version) return { kind: 'version' };
      return help
        ? { kind: 'help', command: null, group: null }
        : { kind: 'error', message: null, command: null, group: null };
    }
    const group = COMMANDS.filter((c) => c.words.length > 1 && c.words[0] === first);
    if (group.length) {
      if (second === undefined)
        return help
          ? { kind: 'help', command: null, group: first }
          : { kind: 'error', message: null, command: null, group: first };
      const names = group.map((c) => c.words[1] as string);
      const near = nearest(second, names);
      return {
        kind: 'error',
        message: `sourcelight ${first}: there is no command "${second}"${near ? `; did you mean sourcelight ${first} ${near}?` : ` (the commands are ${list(names)}).`}`,
        command: null,
        group: first,
      };
    }
    const names = [...new Set(COMMANDS.map((c) => c.words[0] as string))];
    const near = nearest(first, names);
    return {
      kind: 'error',
      message: `sourcelight: there is no command "${first}"${near ? `; did you mean sourcelight ${near}?` : ` (the commands are ${list(names)}; sourcelight --help describes them).`}`,
      command: null,
      group: null,
    };
  }

  if (help) return { kind: 'help', command, group: null };
  if (version) return { kind: 'version' };
  const values: OptionValues = {};
  const refuse = (message: string): ParsedCommandLine => ({
    kind: 'error',
    message: `${commandName(command)}: ${message}`,
    command,
    group: null,
  });
  for (const token of options) {
    const spec = command.options[token.name];
    if (!spec) return refuse(optionProblem(token.rawName, token.name, command));
    if (spec.type === 'boolean') {
      if (token.value !== undefined)
        return refuse(`${token.rawName} takes no value, but was given "${token.value}".`);
      values[token.name] = true;
      continue;
    }
    if (token.value === undefined)
      return refuse(`${token.rawName} needs a value: ${placeholder(token.name, spec)}.`);
    if (spec.multiple)
      values[token.name] = [...((values[token.name] as string[] | undefined) ?? []), token.value];
    else values[token.name] = token.value;
  }
  const args = positionals.slice(command.words.length);
  if (args.length < command.count.min)
    return { kind: 'error', message: null, command, group: null };
  if (args.length > command.count.max) {
    const takes = command.count.max === 0 ? 'takes no arguments' : `takes one ${command.args}`;
    return refuse(`this command ${takes}, but was given ${args.length}: ${args.join(' ')}.`);
  }
  for (const [name, spec] of Object.entries(command.options)) {
    if (spec.required && values[name] === undefined)
      return refuse(`this command needs ${placeholder(name, spec)} (${spec.description}).`);
  }
  return { kind: 'run', command, args, values };
}
