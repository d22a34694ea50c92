/**
 * A person of the story under a post they took only after the clause's own date, as the agent of the act the
 * record gives the holder of that post then (person-post.ts beforeTerm, issue 14). On the invented story
 * (test-story.ts): Ned Cole, mayor of Port Alder 2012-2020 in the invented world, introduced a harbor ordinance
 * the council passed on 6 March 2018; Ida Marsh has been mayor since 2020.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const base = raidPack().stories[0]!;
const story = {
  ...base,
  entities: [
    ...base.entities!,
    {
      id: 'ned-cole',
      kind: 'person' as const,
      name: 'Ned Cole',
      world: 'ned-cole',
      roles: [{ title: 'mayor', office: 'port-alder-mayor', from: '2012-01-01', to: '2020-01-01' }],
    },
  ],
  events: [
    ...base.events!,
    {
      id: 'harbor-ordinance',
      label: 'The council passes the harbor ordinance Mayor Ned Cole introduced',
      words: ['ordinance'],
      date: '2018-03-06',
      places: ['port-alder'],
      participants: [{ role: 'organizer' as const, entities: ['ned-cole'] }],
      sources: base.events![0]!.sources,
      confidence: 'high' as const,
    },
  ],
};
const record = buildStoryRecord(story, westmark());
const outcome = (sentence: string, pageDate = '2024-06-20') =>
  compareSentence(sentence, record, pageDate, { page: sentence })?.outcome ?? null;

describe('a post taken only after the act the clause dates', () => {
  it('the later holder put in place of the one who acted: wrong', () => {
    expect(
      outcome(
        'In March 2018, the council passed the harbor ordinance, introduced by Mayor Ida Marsh.',
      ),
    ).toBe('discrepant');
  });

  it('the holder then, a title of today for someone not the agent, or no date of its own: no alarm', () => {
    expect(
      outcome(
        'In March 2018, the council passed the harbor ordinance, introduced by Mayor Ned Cole.',
      ),
    ).not.toBe('discrepant');
    expect(
      outcome(
        'In March 2018, the council passed the harbor ordinance, introduced by then-Mayor Ned Cole.',
      ),
    ).not.toBe('discrepant');
    expect(
      outcome(
        'Mayor Ida Marsh recalled that the council passed the harbor ordinance in March 2018.',
      ),
    ).not.toBe('discrepant');
    expect(
      outcome('The council passed the harbor ordinance, introduced by Mayor Ida Marsh.'),
    ).not.toBe('discrepant');
  });
});
