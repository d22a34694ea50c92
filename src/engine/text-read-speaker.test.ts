/**
 * "It read, “…”" after a sentence naming the text's author (text-read-speaker.ts), even across a paragraph; and a
 * pronoun conceding what its speaker's recorded words deny (said-otherwise.ts). Embedded pack; sources.md C8 (the
 * Denver department's statement through spokesman Doug Schepman), C4 (Homan: "They weren't doing immigration duties").
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { opensOnTextReading } from './text-read-speaker.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const CHIEFS =
  'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck, said they would not help with deportations.';
const ROCHESTER =
  'Rochester police officers answered a Border Patrol call for backup in March 2025, and border czar Tom Homan later came to the city.';
const verdictOf = (opening: string, text: string, sentence: string, published: string) =>
  analyzeText(`${opening}\n\n${text}`, index, { published, today: '2026-11-21' }).findings.find(
    (f) => f.text.startsWith(sentence.slice(0, 24)),
  )?.verdict;
const chiefs = (text: string, sentence: string) => verdictOf(CHIEFS, text, sentence, '2019-09-12');
const rochester = (text: string, sentence: string) =>
  verdictOf(ROCHESTER, text, sentence, '2025-06-01');

describe(
  'a text that reads its words: the author the sentence before names',
  { timeout: 60_000 },
  () => {
    const ALTERED =
      'It read, \u201CImmigration enforcement is a federal matter, and Denver officers will not touch it.\u201D';
    const OWN =
      'It read, \u201CImmigration enforcement is handled at the federal level \u2014 not by local law enforcement.\u201D';
    it('finds the recorded words altered, in the same paragraph or the next', () => {
      expect(
        chiefs(
          `The Denver Police Department put out a statement. It came through the department\u2019s spokesman, Doug Schepman. ${ALTERED}`,
          ALTERED,
        ),
      ).toBe('discrepant');
      expect(
        chiefs(
          `The Denver Police Department put out a statement. It came through the department\u2019s spokesman, Doug Schepman.\n\n${ALTERED}`,
          ALTERED,
        ),
      ).toBe('discrepant');
      expect(
        chiefs(
          `Denver police put out a statement that Monday. ${ALTERED.replace('It read', 'The statement reads')}`,
          'The statement reads',
        ),
      ).toBe('discrepant');
    });
    it('leaves the recorded words alone', () => {
      expect(
        chiefs(
          `The Denver Police Department put out a statement. It came through the department\u2019s spokesman, Doug Schepman. ${OWN}`,
          OWN,
        ),
      ).toBe('consistent');
    });
    it('reads only a text that reads', () => {
      expect(opensOnTextReading(ALTERED)).toBe(true);
      expect(opensOnTextReading('The release read: \u201CNo changes.\u201D')).toBe(true);
      expect(opensOnTextReading('It said, \u201CNo changes.\u201D')).toBe(false);
      expect(opensOnTextReading('He read, \u201CNo changes.\u201D')).toBe(false);
      expect(opensOnTextReading('It read like a warning.')).toBe(false);
    });
  },
);

describe(
  '"He conceded …" what the paragraph\u2019s speaker is recorded denying',
  { timeout: 60_000 },
  () => {
    const BEFORE =
      'Speaking to WROC, Homan said there was \u201Ca lot of misinformation out there\u201D about the March stop.';
    it.each([
      'He conceded that the officers had been doing immigration duties, but said the scene had to be made safe.',
      'He admitted the officers were doing immigration duties.',
    ])('is discrepant: %s', (sentence) => {
      expect(rochester(`${BEFORE} ${sentence}`, sentence)).toBe('discrepant');
    });
    it.each([
      'He said the officers were not doing immigration duties.',
      'He acknowledged that people were taken out and handcuffed, but said the scene had to be made safe.',
      'He said it was misinformation that the officers were doing immigration duties.',
    ])('is not discrepant: %s', (sentence) => {
      expect(rochester(`${BEFORE} ${sentence}`, sentence)).not.toBe('discrepant');
    });
  },
);
