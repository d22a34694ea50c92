/** The gate the build writes into the content script, against pages of the kinds recognition from claims reads. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { articleText } from '../src/cli/read-html.ts';
import { foldText } from '../src/engine/index.ts';
import { gatePattern } from './gate-pattern.ts';

const page = (path: string) =>
  foldText(articleText(readFileSync(new URL(`../${path}`, import.meta.url), 'utf8')));

describe('gatePattern', () => {
  const gate = new RegExp(gatePattern() ?? '(?!)');

  it('lets through a paraphrase of the original headline that names neither the city nor anyone', () => {
    expect(gate.test(page('eval/pages/rochester-headline-paraphrase.html'))).toBe(true);
  });

  it('still stops a Border Patrol story elsewhere and a page about a bird sanctuary', () => {
    expect(gate.test(page('demo/pages/unrelated-border-stop.html'))).toBe(false);
    expect(
      gate.test(foldText('Volunteers counted 40 species at the marsh bird sanctuary on Saturday.')),
    ).toBe(false);
  });
});
