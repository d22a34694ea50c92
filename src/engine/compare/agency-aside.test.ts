/** An agency set against the event ("Unlike an FBI inspection, …") or in an aside about a place ("where the EPA once …") took no part in it. */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const at = (sentence: string) => compareSentence(sentence, rochester, '2025-03-30')?.outcome;

describe('an agency in a contrast or an aside about the place', () => {
  it('is no party to the stop', () => {
    for (const s of [
      'Unlike an FBI inspection, the Whitney Street stop drew Rochester officers into immigration work.',
      'Whitney Street, where the EPA once tested soil for lead, was the scene of the traffic stop.',
      'Whitney Street, where the FBI once arrested a bank robber, was the scene of the traffic stop.',
    ])
      expect(at(s), s).not.toBe('discrepant');
  });

  it('is still another agency when it did what the record has others do', () => {
    expect(at('The FBI made the traffic stop on Whitney Street.')).toBe('discrepant');
    expect(at('The EPA made the traffic stop on Whitney Street.')).toBe('discrepant');
    expect(at('Rather than Border Patrol, the FBI made the traffic stop on Whitney Street.')).toBe(
      'discrepant',
    );
  });
});
