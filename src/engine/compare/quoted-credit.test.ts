/**
 * An outlet credited in the same sentence as a speaker's recorded words ("As X reported, she wrote: “…”", "According
 * to X, the department said “…”", "“…,” he said, per X") is credited with printing those words: it is judged as
 * "X printed his statement" is (statement-print.ts). The Denver police statement was printed by the Denver Post and
 * Magnus's by the Arizona Daily Star (sources.md C7, C8); Beck's words were an interview, which any outlet may report
 * (C6). Quotes and outlets here are the record's; the sentences around them are this test's.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const DENVER =
  'Immigration enforcement is handled at the federal level \u2014 not by local law enforcement.';
const TUCSON =
  'It is important our residents understand that the policies and practices put in place over the past decade to direct and clarify how our officers interact with undocumented persons and handle immigration enforcement issues are not changing.';
const LA = 'We are not going to work in conjunction with Homeland Security on deportation efforts.';
const LEAD =
  'After the election, police chiefs in several sanctuary cities said they would not join Trump\u2019s deportation push. ';

/** The verdict on the last sentence of a short page. */
function verdictOf(sentence: string): string | undefined {
  const text = LEAD + sentence;
  const found = analyzeText(text, index, { today: '2026-11-21', published: '2016-11-25' }).findings;
  return found.find((f) => f.start >= LEAD.length - 1)?.verdict;
}

describe('an outlet credited with words the sentence quotes', () => {
  it.each([
    `As the Chicago Tribune reported, the Denver Police Department said: "${DENVER}"`,
    `According to the Boston Globe, Tucson Police Chief Chris Magnus wrote: "${TUCSON}"`,
    `\u201C${DENVER}\u201D the Denver Police Department said, per the Seattle Times.`,
  ])('is discrepant when the record has the statement printed elsewhere: %s', (sentence) => {
    expect(verdictOf(sentence)).toBe('discrepant');
  });

  it.each([
    // The recorded printer.
    `As the Denver Post reported, the Denver Police Department said: "${DENVER}"`,
    `According to the Arizona Daily Star, Tucson Police Chief Chris Magnus wrote: "${TUCSON}"`,
    // A re-printing told of: another outlet may carry the words after the first.
    `The Chicago Tribune later carried it too: the Denver Police Department said, "${DENVER}"`,
    // An interview: any outlet may report what he told another.
    `According to the Boston Globe, Los Angeles Police Chief Charlie Beck said: "${LA}"`,
  ])('is not discrepant: %s', (sentence) => {
    expect(verdictOf(sentence)).not.toBe('discrepant');
  });
});
