/** The matching pages of the size sweep: the demo retelling's article text, repeated. */
import { readFileSync } from 'node:fs';
import { extractArticle } from '../../src/cli/extract-article.ts';

/** The article text of demo/pages/rochester-rewrite.html, extracted as the CLI does. */
export function demoRetelling(): string {
  return extractArticle(readFileSync(new URL('../../demo/pages/rochester-rewrite.html', import.meta.url), 'utf8')).text;
}

/** Copies of `text`, a blank line apart, cut to `chars` characters: a page padded with itself. */
export function repeatTo(text: string, chars: number): string {
  return Array.from({ length: Math.ceil(chars / (text.length + 2)) }, () => text).join('\n\n').slice(0, chars);
}
