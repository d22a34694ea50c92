/**
 * "It named …" after a sentence about the suit: whom the suit named, against the record's defendants (naming-back.ts,
 * analyze.ts). The embedded pack: on 24 April 2025 the Justice Department sued the City of Rochester, naming Mayor
 * Malik Evans and Council President Miguel Meléndez (sources.md B30).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';
import { opensOnNaming } from './naming-back.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Justice Department sues Rochester',
  'On March 24, 2025, Rochester police officers answered a Border Patrol call for backup at a traffic stop on Whitney Street.',
];
const verdictOf = (lines: string[]) => {
  const last = lines[lines.length - 1] as string;
  return analyzeText([...head, lines.join(' ')].join('\n'), index, {
    today: '2025-05-01',
  }).findings.find((f) => f.text.includes(last.slice(-25)))?.verdict;
};

describe('whom the suit of the sentence before named', () => {
  it('someone of the story it did not name is wrong', () => {
    expect(
      verdictOf([
        'The Justice Department sued the city over its sanctuary policy on April 24, 2025.',
        'It also listed Police Chief David Smith.',
      ]),
    ).toBe('discrepant');
  });

  it('those it named, or a sentence before about no suit, are left alone', () => {
    expect(
      verdictOf([
        'The Justice Department sued the city over its sanctuary policy on April 24, 2025.',
        'It named Mayor Malik Evans as a defendant.',
      ]),
    ).not.toBe('discrepant');
    expect(
      verdictOf([
        'Mayor Malik Evans spoke at City Hall on March 26, 2025.',
        'It named Police Chief David Smith as a speaker.',
      ]),
    ).not.toBe('discrepant');
  });

  it('only "it" right before a verb of naming opens such a sentence', () => {
    expect(opensOnNaming('It named two city officials.')).toBe(true);
    expect(opensOnNaming('But it also lists the council president.')).toBe(true);
    expect(opensOnNaming('It was named after the mayor.')).toBe(false);
    expect(opensOnNaming('The report named the chief.')).toBe(false);
  });
});
