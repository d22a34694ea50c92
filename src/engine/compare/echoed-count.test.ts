/**
 * "The twenty officers were …, and all twenty were …": a bare count standing for a group counted earlier in the
 * sentence (echoed-count.ts), on the invented story with fifteen Harbor Unit officers put on desk duty.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

function record() {
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: unknown[] }[] };
  p.stories[0]!.events.push({
    id: 'review',
    label: 'The raid officers are put on desk duty',
    words: ['desk duty'],
    date: '2024-06-13',
    sources: ['ledger'],
    confidence: 'high',
    participants: [{ role: 'subject', entities: ['harbor-unit'] }],
    outcomes: [{ kind: 'desk-duty', count: 15, nouns: ['officers'] }],
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const story = record();
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('a bare count echoing a counted group ("all twenty were …")', () => {
  it('takes the noun of the earlier count with its number', () => {
    expect(
      compare('The twenty officers were questioned, and all twenty were put on desk duty.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'twenty' }] });
  });
  it('agrees with the right number, and borrows no noun from another number', () => {
    expect(
      compare('The fifteen officers were questioned, and all fifteen were put on desk duty.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The twenty officers were questioned, and all three were put on desk duty.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The twenty officers were questioned; all twenty minutes were spent on the raid.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
  it('echoes a hedged count ("roughly twenty …, and all twenty ended up …"), with any verb in the past', () => {
    expect(
      compare('Roughly twenty officers were questioned, and all twenty ended up on desk duty.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'twenty' }] });
    expect(
      compare('About twenty officers were questioned, and all twenty wound up on desk duty.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'twenty' }] });
    expect(
      compare('Roughly fifteen officers were questioned, and all fifteen ended up on desk duty.')
        ?.outcome,
    ).not.toBe('discrepant');
    // The echo itself hedged ("about twenty") is no repeat of the group.
    expect(
      compare('Twenty officers were questioned, and about twenty ended up on desk duty.')?.outcome,
    ).not.toBe('discrepant');
  });
});
