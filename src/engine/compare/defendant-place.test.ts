/**
 * The town a suit was brought against (defendant-place.ts): the Justice Department sued the City of Rochester, Mayor
 * Evans and Council President Meléndez on 24 April 2025 (sources.md B30); a judge dismissed the suit on 13 November
 * 2025 and it was refiled in December (B33). A town as whom the suit names is a party, compared with the recorded
 * defendants; a town named for another reason says nothing.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { legalIn } from '../read/find-legal.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const stories = loadEmbeddedPack().stories;
const rochester = buildStoryRecord(
  stories.find((s) => s.events?.some((e) => e.id === 'doj-suit'))!,
  worldIndex(),
);
const compare = (s: string) => compareSentence(s, rochester, '2025-12-20');

describe('a town named as the defendant of the recorded suit', () => {
  it.each([
    'In late April 2025 the Justice Department sued Syracuse over its sanctuary rules.',
    'Federal lawyers took Buffalo to court on April 24, 2025, over its sanctuary policies.',
    'The Trump administration hauled Albany into federal court in April 2025.',
    'Syracuse was sued by the Justice Department on April 24, 2025.',
    'On 24 April 2025 the DOJ filed a lawsuit against the City of Buffalo.',
    'A judge threw out the Justice Department\u2019s suit against Syracuse in November 2025.',
    'In December the Justice Department refiled its case against Buffalo.',
    'It was on April 24 that the Justice Department sued the city of Denver.',
  ])('is discrepant: %s', (sentence) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [expect.objectContaining({ slot: 'place' })],
    });
  });

  it.each([
    'The Justice Department sued Rochester on April 24, 2025.',
    'Federal lawyers took the City of Rochester to court in April 2025.',
    'In November 2025 a judge dismissed the suit against Rochester.',
    'The Justice Department refiled its lawsuit against Rochester in December 2025.',
  ])('agrees with the record: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('agrees');
  });

  it.each([
    // Other suits, set beside the recorded one.
    'The Justice Department had already sued Chicago before it sued Rochester.',
    'The Justice Department also sued Chicago and Denver over sanctuary policies.',
    'Like Chicago, Rochester was sued by the Justice Department.',
    'Other cities, such as Los Angeles, were sued by the Justice Department as well.',
    // Denied, or a town named for another reason.
    'The Justice Department sued Rochester, not Buffalo.',
    'Buffalo was not sued.',
    'The Justice Department did not sue Syracuse.',
    'Federal lawyers from Buffalo took Rochester to court in April 2025.',
    'Bondi\u2019s department took Rochester to court, a move the mayor of Syracuse called political.',
    'The suit against Rochester was heard in the federal courthouse in Buffalo.',
    'The Justice Department sued Rochester, a city about 70 miles east of Buffalo, in April 2025.',
    // A state around the recorded town is not this rule's to call wrong.
    'In April 2025 the Justice Department sued New York over the sanctuary policies of one of its cities.',
  ])('is not discrepant: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('reading whom a suit names', () => {
  it('reads the town taken to court', () => {
    const text = 'The federal government took Las Cruces to court over its policies.';
    const [span] = legalIn(text).naming;
    expect(text.slice(span!.start, span!.end)).toBe('Las Cruces');
  });
  it('reads the party hauled into a federal court', () => {
    const text = 'Washington hauled the city of Kells into federal court.';
    const [span] = legalIn(text).naming;
    expect(text.slice(span!.start, span!.end)).toBe('the city of Kells');
  });
});
