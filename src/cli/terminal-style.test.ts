import { PassThrough } from 'node:stream';
import { WriteStream } from 'node:tty';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { terminalStyle } from './terminal-style.ts';

/** A stream that says it is a terminal, and reads its colour depth from the environment as a real one does. */
const terminal = () =>
  Object.assign(new PassThrough(), {
    isTTY: true,
    getColorDepth: WriteStream.prototype.getColorDepth,
  });
const red = (stream: NodeJS.WritableStream) => terminalStyle(stream).red('x');

describe('terminalStyle', () => {
  afterEach(() => vi.unstubAllEnvs());

  it('colours a terminal', () => {
    // Node gives a generic CI (CI=true, as .ci/run sets) no colours: this is a terminal outside CI.
    vi.stubEnv('CI', undefined);
    vi.stubEnv('NO_COLOR', undefined);
    vi.stubEnv('FORCE_COLOR', undefined);
    vi.stubEnv('NODE_DISABLE_COLORS', undefined);
    vi.stubEnv('TERM', 'xterm-256color');
    expect(red(terminal())).toBe('\u001b[31mx\u001b[39m');
  });

  it('does not colour a terminal with NO_COLOR or TERM=dumb', () => {
    vi.stubEnv('FORCE_COLOR', undefined);
    vi.stubEnv('TERM', 'xterm-256color');
    vi.stubEnv('NO_COLOR', '1');
    expect(red(terminal())).toBe('x');
    vi.stubEnv('NO_COLOR', undefined);
    vi.stubEnv('TERM', 'dumb');
    expect(red(terminal())).toBe('x');
  });

  it('does not colour what is not a terminal, unless FORCE_COLOR asks', () => {
    vi.stubEnv('FORCE_COLOR', undefined);
    expect(red(new PassThrough())).toBe('x');
    vi.stubEnv('FORCE_COLOR', '1');
    expect(red(new PassThrough())).toBe('\u001b[31mx\u001b[39m');
  });
});
