/** The matching pages of the size sweep: the demo retelling's article text, repeated. */
import { readFileSync } from 'node:fs';
import { articleText } from '../../src/cli/read-html.ts';

/** The article text of demo/pages/rochester-rewrite.html, read as the CLI and the extension read it. */
export function demoRetelling(): string {
  return articleText(
    readFileSync(new URL('../../demo/pages/rochester-rewrite.html', import.meta.url), 'utf8'),
  );
}

/** Copies of `text`, a blank line apart, cut to `chars` characters: a page padded with itself. */
export function repeatTo(text: string, chars: number): string {
  return Array.from({ length: Math.ceil(chars / (text.length + 2)) }, () => text)
    .join('\n\n')
    .slice(0, chars);
}
