import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { COMMANDS, commandName } from './command-table.ts';
import { run } from './run.ts';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await run(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

describe('sourcelight --version and --help', () => {
  it('prints the package version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(await cli('--version')).toEqual({ code: 0, out: version, err: '' });
  });

  it('prints every command from the command table, with its options, and the exit codes', async () => {
    const help = await cli('--help');
    expect(help.code).toBe(0);
    for (const command of COMMANDS) {
      expect(help.out).toContain(commandName(command));
      for (const option of Object.keys(command.options)) expect(help.out).toContain(`--${option}`);
    }
    expect(help.out).toContain('Exit codes: 0');
  });

  it("describes one command's options with --help after it, and only that command's", async () => {
    for (const command of COMMANDS) {
      const help = await cli(...command.words, '--help');
      expect(help.code).toBe(0);
      expect(help.out.split('\n')[0]).toMatch(new RegExp(`^Usage: ${commandName(command)}\\b`));
      for (const [option, spec] of Object.entries(command.options)) {
        expect(help.out).toContain(`--${option}`);
        expect(help.out.replace(/\s+/g, ' ')).toContain(spec.description);
      }
    }
    const analyze = await cli('analyze', '--help');
    expect(analyze.out).toContain('--timeout SECONDS');
    expect(analyze.out).not.toContain('--out');
  });
});

describe('usage errors (exit 2)', () => {
  it('prints the analyze usage when analyze has no input', async () => {
    const result = await cli('analyze');
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^Usage: sourcelight analyze \[--json\]/);
    expect(result.err).not.toContain('Unknown');
    expect(result.out).toBe('');
  });

  it('refuses an option of another command, or a misspelt one, in one sentence', async () => {
    const cases: [string[], string][] = [
      [
        ['analyze', '--jsn', 'page.html'],
        'sourcelight analyze: there is no option --jsn; did you mean --json?',
      ],
      [
        ['analyze', '--out', 'x.json', 'page.html'],
        'sourcelight analyze: --out is not an option of this command (it belongs to sourcelight pack import-claimreview, sourcelight pack export-claimreview, sourcelight pack draft, sourcelight pack keygen and sourcelight pack sign).',
      ],
      [
        ['pack', 'validate', 'x.json', '--json'],
        'sourcelight pack validate: --json is not an option of this command (it belongs to sourcelight analyze).',
      ],
      [
        ['pack', 'validate', 'x.json', '--colour'],
        'sourcelight pack validate: there is no option --colour (it takes no options).',
      ],
      [['analyze', '--pack'], 'sourcelight analyze: --pack needs a value: --pack FILE.'],
      [
        ['analyze', '--json=yes', 'page.html'],
        'sourcelight analyze: --json takes no value, but was given "yes".',
      ],
      [
        ['analyze', 'a.html', 'b.html'],
        'sourcelight analyze: this command takes one FILE|URL|-, but was given 2: a.html b.html.',
      ],
      [
        ['pack', 'keygen'],
        'sourcelight pack keygen: this command needs --out KEYFILE (where to write the key pair (never overwritten; keep it secret)).',
      ],
      [
        ['pack', 'valdate', 'x.json'],
        'sourcelight pack: there is no command "valdate"; did you mean sourcelight pack validate?',
      ],
      [
        ['pack', 'frobnicate'],
        'sourcelight pack: there is no command "frobnicate" (the commands are validate, import-claimreview, export-claimreview, draft, review, test, keygen, sign and verify).',
      ],
      [
        ['anaylze', 'page.html'],
        'sourcelight: there is no command "anaylze"; did you mean sourcelight analyze?',
      ],
    ];
    for (const [args, message] of cases)
      expect(await cli(...args), args.join(' ')).toEqual({ code: 2, out: '', err: message });
  });

  it('prints the usage on stderr when there is no command, or only a group', async () => {
    expect(await cli()).toMatchObject({
      code: 2,
      out: '',
      err: expect.stringMatching(/^Usage:\n {2}sourcelight analyze/),
    });
    const pack = await cli('pack');
    expect(pack).toMatchObject({ code: 2, out: '' });
    expect(pack.err).toContain('sourcelight pack validate FILE...');
    expect(pack.err).not.toContain('sourcelight analyze');
  });
});
