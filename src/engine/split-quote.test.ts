/**
 * A quote split by its credit, one stretch word for word and another a known misquote or altered, is altered
 * (match-quote.ts alignQuoted), on the embedded 2016 record: Beck told the Los Angeles Times "That is not our job, nor
 * will I make it our job." (sources.md C6; "nor will we" is a recorded misquote).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Police chiefs say they will not do immigration enforcement',
  'Los Angeles Police Chief Charlie Beck told the Los Angeles Times on November 14, 2016: "We are not going to work in conjunction with Homeland Security on deportation efforts."',
  'Tucson Police Chief Chris Magnus and the Denver Police Department said the same in statements.',
].join('\n');
const verdictOf = (line: string) =>
  analyzeText(`${head}\n${line}`, index, {
    today: '2016-11-21',
    published: '2016-11-21',
  }).findings.find((f) => f.text === line)?.verdict;

describe('a quote split by its credit', () => {
  it('is altered when a stretch is a known misquote, whatever the word-for-word stretch beside it', () => {
    expect(
      verdictOf(
        '\u201CThat is not our job,\u201D he went on, \u201Cnor will we make it our job.\u201D',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        '\u201CThat is not our job,\u201D Beck went on, \u201Cnor will we make it our job.\u201D',
      ),
    ).toBe('discrepant');
  });
  it('is altered when the speaker goes on with "adding that …" and the second stretch has a word changed', () => {
    expect(
      verdictOf(
        '\u201CThat is not our job,\u201D Beck told the paper, adding that the department is \u201Cnot going to work in conjunction with ICE on deportation efforts.\u201D',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        '\u201CThat is not our job,\u201D Beck told the paper, adding that the department is \u201Cnot going to work in conjunction with Homeland Security on deportation efforts.\u201D',
      ),
    ).toBe('consistent');
    // A contrast drawn between the two is no going on.
    expect(
      verdictOf(
        '\u201CThat is not our job,\u201D Beck said, adding that he never said \u201Cnor will we make it our job.\u201D',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        'Some sites have Beck say \u201Cnor will we make it our job\u201D; he said \u201Cnor will I make it our job.\u201D',
      ),
    ).not.toBe('discrepant');
  });
  it("is the record's words when every stretch is", () => {
    expect(
      verdictOf(
        '\u201CThat is not our job,\u201D Beck went on, \u201Cnor will I make it our job.\u201D',
      ),
    ).toBe('consistent');
  });
});

describe('two wordings set side by side', () => {
  it('is not read as one quote interrupted by its credit', () => {
    expect(
      verdictOf(
        'Beck said \u201Cnor will I make it our job,\u201D not \u201Cnor will we make it our job.\u201D',
      ),
    ).not.toBe('discrepant');
  });
});
