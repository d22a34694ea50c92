/**
 * A paraphrase of a quote the record could not confirm, from a speaker some of whose words it did confirm
 * (unverified-speech.ts unverifiedParaphrase): Magnus's "second sentence" was not found in his statement
 * (sources.md C7, D4), his first was.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const HEAD =
  'Police chiefs vs. Trump on immigration\nPolice chiefs in sanctuary cities, among them LAPD Chief Charlie Beck, said after the election that they would not act as immigration agents.';
const finding = (lines: string[], needle: string) =>
  analyzeText([HEAD, ...lines].join('\n'), index, { today: '2016-11-30' }).findings.find((f) =>
    f.text.includes(needle),
  );

describe('a paraphrase of an unconfirmed quote', () => {
  it.each([
    [
      'Magnus added that Tucson would not compromise community policing by taking on enforcement duties that belong to federal authorities.',
      'compromise',
    ],
    [
      'Chris Magnus also said the city will not compromise its community policing by taking on immigration enforcement, a job for federal authorities.',
      'compromise',
    ],
    [
      'Tucson Police Chief Chris Magnus wrote that taking on immigration enforcement responsibilities would compromise community policing and public safety.',
      'compromise',
    ],
  ])('is unverified: %s', (sentence, needle) => {
    expect(finding([sentence], needle)).toMatchObject({
      verdict: 'unverified',
      claimId: 'quote:magnus-second-sentence',
    });
  });

  it.each([
    // Words of speech of a promise, and a paraphrase of one part of the long quote: few of its words, but nearly all its own are the quote's.
    'Magnus pledged the department would not take on enforcement duties resting with federal authorities.',
    'Chris Magnus vowed that Tucson police would not shoulder immigration responsibilities belonging to federal authorities.',
    'Magnus affirmed that his officers would leave immigration responsibilities to federal authorities.',
  ])('is unverified, told as a promise or in part: %s', (sentence) => {
    expect(finding([sentence], sentence.slice(0, 12))).toMatchObject({
      verdict: 'unverified',
      claimId: 'quote:magnus-second-sentence',
    });
  });

  it('opening on a pronoun after the speaker was named', () => {
    const lines = [
      "Tucson's chief, Chris Magnus, put out a written statement on Wednesday the 16th saying the department's policies are not changing.",
      'He added that Tucson would not compromise community policing by taking on enforcement duties that belong to federal authorities.',
    ];
    expect(finding(lines, 'He added')).toMatchObject({
      verdict: 'unverified',
      claimId: 'quote:magnus-second-sentence',
    });
  });

  it.each([
    // His confirmed words, paraphrased.
    'Magnus said the policies put in place over the past decade for dealing with undocumented residents are not changing.',
    // His recorded warning about trust (an effect the record has).
    'Magnus warned that piling immigration duties onto local police would seriously compromise trust.',
    // Another speaker's words on the same matter.
    'Beck said the LAPD would not work with Homeland Security on deportation efforts.',
    // A promise in his confirmed words, or of another speaker in the unconfirmed quote's words.
    'Magnus pledged that the practices guiding how his officers deal with undocumented people are not changing.',
    'Beck vowed the LAPD would not take on immigration responsibilities belonging to federal authorities.',
    // Only a few of the quote's words among many of the page's own.
    'Magnus promised that federal authorities would get no help from Tucson police in immigration raids at schools, churches or hospitals across the city.',
  ])('is not marked so: %s', (sentence) => {
    expect(finding([sentence], sentence.slice(0, 12))?.claimId).not.toBe(
      'quote:magnus-second-sentence',
    );
  });
});
