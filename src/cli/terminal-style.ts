/**
 * Colours for the readable report, by Node's own rules (util.styleText checks the
 * stream): none when standard output is not a terminal, none with NO_COLOR or
 * TERM=dumb, and colours even into a pipe with FORCE_COLOR.
 */
import { styleText } from 'node:util';
import type { Style } from './report-text.ts';

type Format = Parameters<typeof styleText>[0];

export function terminalStyle(stream: NodeJS.WritableStream): Style {
  const paint = (format: Format) => (text: string) => styleText(format, text, { stream });
  return {
    bold: paint('bold'),
    dim: paint('dim'),
    red: paint('red'),
    green: paint('green'),
    blue: paint('blue'),
    yellow: paint('yellow'),
  };
}
