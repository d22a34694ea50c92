/** The usage text, generated from the command table the parser reads. */
import {
  COMMANDS,
  GLOBAL_OPTIONS,
  commandName,
  type CommandSpec,
  type OptionSpec,
} from './command-table.ts';

const WIDTH = 100;

/** Wraps text to the usage width, each line indented. */
function wrap(text: string, indent: string, width = WIDTH): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/)) {
    if (line && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(indent + line);
  return lines;
}

function optionSynopsis(name: string, spec: OptionSpec): string {
  const text = spec.type === 'string' ? `--${name} ${spec.value ?? 'VALUE'}` : `--${name}`;
  return `${spec.required ? text : `[${text}]`}${spec.multiple ? '...' : ''}`;
}

/** `sourcelight pack sign --key KEYFILE [--out SIGNED.json] PACK.json` */
function synopsis(command: CommandSpec): string {
  return [
    commandName(command),
    ...Object.entries(command.options).map(([name, spec]) => optionSynopsis(name, spec)),
    command.args,
  ]
    .filter(Boolean)
    .join(' ');
}

const EXIT_CODES =
  'Exit codes: 0 done (analyze: the page was read, whatever it found; pack validate: every pack is valid); ' +
  '1 an input could not be read or is invalid; 2 the command line is wrong.';

function optionLines(options: [string, OptionSpec & { short?: string }][]): string[] {
  const labels = options.map(
    ([name, spec]) =>
      `${spec.short ? `-${spec.short}, ` : ''}--${name}${spec.type === 'string' ? ` ${spec.value ?? 'VALUE'}` : ''}`,
  );
  const pad = Math.max(...labels.map((l) => l.length)) + 2;
  return options.flatMap(([, spec], i) => {
    const [first = '', ...rest] = wrap(spec.description, '', WIDTH - 2 - pad);
    return [
      `  ${(labels[i] as string).padEnd(pad)}${first}`,
      ...rest.map((l) => `  ${' '.repeat(pad)}${l}`),
    ];
  });
}

/** Help for one command: its synopsis, what it does, and its options. */
export function commandUsage(command: CommandSpec): string {
  return [
    `Usage: ${synopsis(command)}`,
    '',
    ...wrap(command.description, ''),
    '',
    'Options:',
    ...optionLines([...Object.entries(command.options), ...Object.entries(GLOBAL_OPTIONS)]),
  ].join('\n');
}

/** Help for every command (or those of one group, such as `pack`). */
export function usage(group: string | null = null): string {
  const commands = COMMANDS.filter((c) => group === null || c.words[0] === group);
  return [
    'Usage:',
    ...commands.flatMap((c) => [...wrap(synopsis(c), '  '), ...wrap(c.description, '      ')]),
    '  sourcelight --help | --version',
    '',
    `\`${group === null ? 'sourcelight COMMAND' : `sourcelight ${group} COMMAND`} --help\` describes a command's options.`,
    ...(group === null ? ['', ...wrap(EXIT_CODES, '')] : []),
  ].join('\n');
}
