/**
 * Words around a recorded quote, on the embedded pack (sources.md C4: Homan's
 * Spectrum News interview in Rochester on 29 April 2025): the outlet a pronoun
 * speaker spoke to is compared with the recorded interview's; a question mark
 * inside the quotation marks is the speaker's, not the page's question; a
 * talk page's posting stamp is no date of the page's claims; and "…, Mister
 * Tom Homan," is the title's holder.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Rochester police helped Border Patrol at a traffic stop; Tom Homan defended them',
  'On Monday, March 24, 2025, Rochester police officers answered a Border Patrol call for backup at a traffic stop on Whitney Street.',
  'Mayor Malik Evans said the officers broke city policy, and the Locust Club backed them.',
  'Tom Homan, the White House border czar, visited Rochester on Tuesday, April 29.',
].join('\n');
const verdictOf = (line: string, fragment: string, published = '2025-04-30') =>
  analyzeText(`${head}\n${line}`, index, { today: '2025-04-30', published }).findings.find((f) =>
    f.text.includes(fragment),
  )?.verdict;

describe('the words around a recorded quote', () => {
  it('compares the outlet a pronoun speaker spoke to, even when the quoted words end in a question mark', () => {
    expect(
      verdictOf(
        'In an interview with Fox News he said, \u201CThey were doing immigration duties? They weren\u2019t doing immigration duties.\u201D',
        'Fox News',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'In an interview with Spectrum News he said, \u201CThey were doing immigration duties? They weren\u2019t doing immigration duties.\u201D',
        'Spectrum',
      ),
    ).not.toBe('discrepant');
  });

  it('reads a posting stamp as no claim, and an honorific before the holder of a title', () => {
    expect(
      verdictOf(
        'Yesterday the border czar of the White House, Mister Tom Homan, arrived in Rochester.',
        'Mister',
      ),
    ).not.toBe('discrepant');
  });
});

describe('a talk page\u2019s posting stamp', () => {
  const chiefs = [
    'Police chiefs in sanctuary cities say they will not enforce immigration law for Trump',
    'After Donald Trump won the election, police chiefs in Los Angeles, Tucson and Denver said their officers would stay out of immigration enforcement.',
    'Tucson Police Chief Chris Magnus said the city\u2019s policies were not changing.',
  ].join('\n');
  const verdict = (line: string) =>
    analyzeText(`${chiefs}\n${line}`, index, {
      today: '2024-12-03',
      published: '2024-12-03',
    }).findings.find((f) => f.text.includes('Editor_One'))?.verdict;

  it('is when a comment was posted, no date of what it says', () => {
    expect(
      verdict(
        'Beck quote in the draft: \u201CWe are not going to engage in law enforcement activities solely based on somebody\u2019s immigration status.\u201D \u2014 Editor_One (talk) 10:12, 2 December 2024 (UTC)',
      ),
    ).not.toBe('discrepant');
  });
});
