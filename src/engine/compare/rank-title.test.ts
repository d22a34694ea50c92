/**
 * A uniformed rank before a person of the story (rank-title.ts), on the invented story (test-story.ts) with a
 * spokesman the record gives as a captain. All names are invented.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Json = { stories: { entities: unknown[]; events: unknown[] }[] };
const p = JSON.parse(JSON.stringify(raidPack())) as Json;
const story = p.stories[0]!;
story.entities.push(
  {
    id: 'lin-dorr',
    kind: 'person',
    name: 'Lin Dorr',
    role: 'Captain and spokesman, Port Alder Harbor Unit',
  },
  { id: 'vel-ash', kind: 'person', name: 'Vel Ash', role: 'Harbor Unit spokesman' },
);
story.events.push({
  sources: ['ledger'],
  confidence: 'high',
  id: 'dorr-briefing',
  label: 'Captain Lin Dorr briefs reporters on the raid',
  words: ['briefing'],
  date: '2024-06-12',
  participants: [{ role: 'spoke', entities: ['lin-dorr', 'vel-ash'] }],
});
const parsed = parsePack(p);
if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
const record = buildStoryRecord(parsed.pack.stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a rank before a person of the story', () => {
  it.each([
    ['Lt. Lin Dorr briefed reporters on the raid.', 'Lt. Lin Dorr'],
    ['The unit spoke through its spokesman, Sergeant Lin Dorr.', 'Sergeant Lin Dorr'],
  ])("a lower rank than the record's is wrong: %s", (sentence, page) => {
    const result = compare(sentence);
    expect(result).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'role', page, record: 'Lin Dorr, captain' }],
    });
  });

  it('a higher rank may be a later promotion: unconfirmed', () => {
    expect(compare('Commander Lin Dorr briefed reporters on the raid.')?.outcome).toBe(
      'unconfirmed',
    );
  });

  it.each([
    'Capt. Lin Dorr briefed reporters on the raid.',
    'Captain Lin Dorr briefed reporters on the raid.',
    'Former Lt. Lin Dorr briefed reporters on the raid.',
    'Lt. Vel Ash briefed reporters on the raid.',
    'Public information officer Lin Dorr briefed reporters on the raid.',
    "Sheriff's officer Lin Dorr briefed reporters on the raid.",
    'The officer said "Lt. Lin Dorr" was wrong.',
  ])('never wrong: %s', (sentence) => {
    expect(
      compare(sentence)?.comparisons.some(
        (c) => c.slot === 'role' && c.page.includes('Dorr') && c.page.includes('Lt'),
      ),
    ).not.toBe(true);
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});
