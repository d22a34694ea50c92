/**
 * A post the record gives someone with no dates and no office (the pack's role for the story's time) is theirs at
 * the events they take part in: named with it there, it is not "only at other times" (invented story, with a
 * council member who voted on 18 June and a state senator who spoke at the briefing on 12 June added).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

type Story = ReturnType<typeof raidPack>['stories'][number];
type Json = {
  entities: Record<string, unknown>[];
  events: (Record<string, unknown> & { id: string; participants?: unknown[] })[];
};
const story = JSON.parse(JSON.stringify(raidPack().stories[0])) as Json;
story.entities.push(
  {
    id: 'ned-voss',
    kind: 'person',
    name: 'Ned Voss',
    roles: [{ title: 'councilmember' }, { title: 'council member' }],
  },
  {
    id: 'ola-brin',
    kind: 'person',
    name: 'Ola Brin',
    roles: [{ title: 'councilmember', from: '2010-01-01', to: '2012-12-31' }],
  },
  {
    id: 'ada-pell',
    kind: 'person',
    name: 'Ada Pell',
    roles: [{ title: 'senate majority leader' }],
  },
);
for (const e of story.events) {
  if (e.id === 'funding-vote')
    e.participants = [
      ...(e.participants ?? []),
      { role: 'acted', entities: ['ned-voss', 'ola-brin'] },
    ];
  if (e.id === 'briefing')
    e.participants = [...(e.participants ?? []), { role: 'spoke', entities: ['ada-pell'] }];
}
const record = buildStoryRecord(story as unknown as Story, westmark());
const result = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('an undated post at an event of its holder', () => {
  it('agrees', () => {
    for (const s of [
      'Councilmember Ned Voss voted for the funding on June 18.',
      'On Tuesday, June 18, Council member Ned Voss backed the funding vote.',
      'Senate Majority Leader Ada Pell spoke at the mayor\u2019s briefing on June 12.',
    ])
      expect(result(s)?.explanation ?? '').not.toMatch(/only at other times/);
  });
});

describe('a post the record dates to other times', () => {
  it('is still only at other times', () => {
    expect(result('Councilmember Ola Brin voted for the funding on June 18.')?.explanation).toMatch(
      /only at other times/,
    );
  });
});
