/**
 * Whether a person held a post when the page says (left-post.ts, opposite-post.ts, and "former" after a place
 * in find-people.ts), on the invented story (test-story.ts): Mayor Ida Marsh (the world file's mayor of Port
 * Alder since 2020, known until 2030) spoke at the briefing of 12 June 2024; here the council's minority leader
 * Pat Vane (since 2022), Lou Pike (majority leader 2016-2020, minority leader 2020-2022) and the Harbor Unit's
 * captain and spokesman Sal Reyes spoke there too.
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
      id: 'pat-vane',
      kind: 'person' as const,
      name: 'Pat Vane',
      world: 'pat-vane',
      roles: [{ title: 'council minority leader', office: 'council-minority-leader' }],
    },
    { id: 'lou-pike', kind: 'person' as const, name: 'Lou Pike', world: 'lou-pike' },
    {
      id: 'sal-reyes',
      kind: 'person' as const,
      name: 'Sal Reyes',
      role: 'Captain and spokesman, Harbor Unit',
    },
  ],
  events: base.events!.map((e) =>
    e.id === 'briefing'
      ? {
          ...e,
          participants: [
            {
              role: 'spoke' as const,
              entities: ['ida-marsh', 'pat-vane', 'lou-pike', 'sal-reyes'],
            },
          ],
        }
      : e,
  ),
};
const record = buildStoryRecord(story, westmark());
const compare = (sentence: string, pageDate = '2024-06-20') =>
  compareSentence(sentence, record, pageDate, { page: sentence });
const outcome = (sentence: string, pageDate?: string) =>
  compare(sentence, pageDate)?.outcome ?? null;

describe('"former" with the post\'s place between it and the title', () => {
  it("is read and judged at the page's date", () => {
    expect(outcome('Former Port Alder mayor Ida Marsh spoke at the briefing.')).toBe('discrepant');
    expect(outcome('At the briefing, former Port Alder mayor Ida Marsh spoke.')).toBe('discrepant');
    // Written after she left (the world file knows her term only until 2030): never wrong.
    expect(
      outcome('Former Port Alder mayor Ida Marsh spoke at the briefing.', '2031-01-01'),
    ).not.toBe('discrepant');
    expect(outcome('Port Alder mayor Ida Marsh spoke at the briefing.')).not.toBe('discrepant');
  });
});

describe('"stepped down", "resigned", "retired", "left the post" (left-post.ts)', () => {
  it('before the event, for someone in the post on its day', () => {
    expect(outcome('At the briefing, Ida Marsh had already stepped down as mayor.')).toBe(
      'discrepant',
    );
    expect(outcome('Ida Marsh had already resigned when she spoke at the briefing.')).toBe(
      'discrepant',
    );
    expect(outcome('By the briefing, Mayor Ida Marsh had left the post.')).toBe('discrepant');
  });

  it('"no longer", and "who had" in a relative clause', () => {
    expect(outcome('At the briefing, Ida Marsh was no longer mayor.')).toBe('discrepant');
    expect(outcome('Ida Marsh, who had already retired, spoke at the briefing.')).toBe(
      'discrepant',
    );
    expect(outcome('Ida Marsh, who spoke at the briefing, is no longer the mayor.')).toBe(
      'discrepant',
    );
    expect(
      outcome('Ida Marsh, who spoke at the briefing, is no longer the mayor.', '2031-01-01'),
    ).not.toBe('discrepant');
    expect(outcome('At the briefing, Ida Marsh was no longer sheriff.')).not.toBe('discrepant');
  });

  it('before the page, for someone in the post at its date', () => {
    expect(outcome('Ida Marsh, who spoke at the briefing, has since retired.')).toBe('discrepant');
    expect(
      outcome('Ida Marsh, who spoke at the briefing, has since retired.', '2031-01-01'),
    ).not.toBe('discrepant');
  });

  it('nothing to say: the simple past, a year of its own, a post never held, someone the record cannot date', () => {
    expect(outcome('Ida Marsh, who stepped down later, spoke at the briefing.')).not.toBe(
      'discrepant',
    );
    expect(outcome('By 2031 Ida Marsh had stepped down.')).not.toBe('discrepant');
    expect(outcome('At the briefing, Ida Marsh had already stepped down as sheriff.')).not.toBe(
      'discrepant',
    );
    expect(outcome('At the briefing, Lou Pike had already stepped down.')).not.toBe('discrepant');
    expect(
      outcome('At the briefing, Ida Marsh had already resigned her seat on the harbor board.'),
    ).not.toBe('discrepant');
  });
});

describe('a title with the opposite qualifier (opposite-post.ts)', () => {
  it('"majority" for the minority leader', () => {
    expect(outcome('Council Majority Leader Pat Vane spoke at the briefing.')).toBe('discrepant');
    expect(outcome('Council Minority Leader Pat Vane spoke at the briefing.')).not.toBe(
      'discrepant',
    );
    expect(outcome('Council Leader Pat Vane spoke at the briefing.')).not.toBe('discrepant');
  });

  it('a post once held is kept as a courtesy; "former" is not judged here', () => {
    expect(outcome('Council Majority Leader Lou Pike spoke at the briefing.')).not.toBe(
      'discrepant',
    );
    expect(outcome('Council Minority Leader Lou Pike spoke at the briefing.')).not.toBe(
      'discrepant',
    );
    expect(outcome('Former Council Majority Leader Pat Vane spoke at the briefing.')).not.toBe(
      'discrepant',
    );
  });
});

describe('the title of a head of a body for someone whose posts are others (role-head.ts)', () => {
  it('a captain and spokesman called chief or sheriff, alone or in a list under a plural title', () => {
    expect(outcome('Harbor Unit Chief Sal Reyes spoke at the briefing.')).toBe('discrepant');
    expect(outcome('Sheriff Sal Reyes spoke at the briefing.')).toBe('discrepant');
    expect(outcome('The chiefs Ida Marsh and Sal Reyes spoke at the briefing.')).toBe('discrepant');
    expect(outcome('Mayors Pat Vane, Ida Marsh and Sal Reyes spoke at the briefing.')).toBe(
      'discrepant',
    );
    // Another body's chief may be a post outside the record.
    expect(
      compare('Coast Watch Chief Sal Reyes spoke at the briefing.')?.comparisons,
    ).toContainEqual({
      slot: 'role',
      page: 'Sal Reyes',
      record: 'Sal Reyes, Captain and spokesman, Harbor Unit',
    });
    expect(outcome('Coast Watch Chief Sal Reyes spoke at the briefing.')).toBe('unconfirmed');
  });

  it('nothing to say: their own posts, a loose "chief" for whoever leads a body, a qualifier, someone not at the event', () => {
    expect(outcome('Captain Sal Reyes spoke at the briefing.')).not.toBe('discrepant');
    expect(outcome('Mayor Ida Marsh spoke at the briefing.')).not.toBe('discrepant');
    // She is the world file's head of the revenue office: "chief" is a fair word for it.
    expect(outcome('Revenue chief Ida Marsh spoke at the briefing.')).not.toBe('discrepant');
    expect(outcome('Former Sheriff Sal Reyes spoke at the briefing.')).not.toBe('discrepant');
    expect(outcome('Deputy Chief Sal Reyes spoke at the briefing.')).not.toBe('discrepant');
    // Speaking of the raid he was not at, he speaks at the briefing, where he took part: the title is judged there.
    expect(outcome('Sheriff Sal Reyes said the raid on Quay Street was lawful.')).toBe(
      'discrepant',
    );
  });
});
