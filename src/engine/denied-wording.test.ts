/**
 * Quoted words the page denies are the speaker's (denied-wording.ts): a known misquote so denied is right; the
 * record's own words so denied are not vouched for. The embedded pack: Beck said "nor will I make it our job";
 * "nor will we make it our job" is a recorded misquote.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { deniesWords } from './denied-wording.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const chiefs = [
  'Sanctuary city police chiefs push back on deportation plans',
  'In November 2016, days after the election, LAPD Chief Charlie Beck said his officers would not engage in law enforcement activities solely based on immigration status.',
  'Tucson Police Chief Chris Magnus and the Denver Police Department said the same in their own statements, which Police1 gathered.',
].join('\n');
const verdictOf = (line: string) => {
  const analysis = analyzeText(`${chiefs}\n${line}`, index, {
    today: '2025-04-01',
    published: '2025-04-01',
  });
  expect(analysis.story).not.toBeNull();
  return analysis.findings.find((f) => f.text === line)?.verdict ?? 'none';
};

describe('a misquote the page denies', () => {
  it('is not the page\u2019s misquote', () => {
    expect(
      verdictOf('Beck did not say "nor will we make it our job"; that wording is a misquote.'),
    ).not.toBe('discrepant');
    expect(verdictOf('Beck never said \u201Cnor will we make it our job.\u201D')).not.toBe(
      'discrepant',
    );
    expect(verdictOf('One site misquoted Beck as saying "nor will we make it our job."')).not.toBe(
      'discrepant',
    );
    expect(
      verdictOf('"Nor will we make it our job" is a misquote of what Beck told the Times.'),
    ).not.toBe('discrepant');
  });

  it('is still a misquote when the page credits it, or denies something else', () => {
    expect(verdictOf('Beck said "nor will we make it our job."')).toBe('discrepant');
    expect(
      verdictOf(
        'Beck, who did not mince words, said: "That is not our job, nor will we make it our job."',
      ),
    ).toBe('discrepant');
    expect(
      verdictOf(
        'Beck told the Times "That is not our job, nor will we make it our job," and the idea that the LAPD would help is false.',
      ),
    ).toBe('discrepant');
  });

  it('leaves the record\u2019s own words, denied, unvouched', () => {
    expect(verdictOf('Beck did not say "nor will I make it our job."')).toBe('unverified');
    expect(verdictOf('Beck said "nor will I make it our job."')).toBe('consistent');
  });
});

describe('deniesWords', () => {
  it('reads the denial right before the quotation or the label right after it', () => {
    expect(
      deniesWords('She never wrote "the harbour is closed".', 'The harbour is closed today.'),
    ).toBe(true);
    expect(
      deniesWords('"The harbour is closed" was a misquote.', 'The harbour is closed today.'),
    ).toBe(true);
    expect(
      deniesWords(
        'She did not hesitate; she wrote "the harbour is closed".',
        'The harbour is closed today.',
      ),
    ).toBe(false);
    expect(
      deniesWords('She never wrote "the harbour is open".', 'The harbour is closed today.'),
    ).toBe(false);
  });
});
