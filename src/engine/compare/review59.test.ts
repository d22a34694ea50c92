/**
 * Kinds the sixty-fourth blind batch showed, kept as tests on the embedded stories. Each is a general reading, written
 * here in new words (none copies a blind page): true sentences that must not be flagged, and errors found.
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, findingFor, ROCHESTER } from './test-story-opening.ts';

/** A line of two sentences is judged on its last. */
const lastOf = (line: string) =>
  (line.split(/(?<=[.”])\s+(?=[“"\p{Lu}])/u).pop() as string).slice(0, 25);

describe('never a false alarm', () => {
  it.each([
    // A point word that is itself an event's word ("answers") names no event of the clause.
    [
      ROCHESTER,
      '2025-04-02',
      'Puzzle corner: answers to the editor by email, and the first right answer wins a mug.',
    ],
    // Where someone came from is no place of the event.
    [
      ROCHESTER,
      '2025-03-28',
      'My brother was driving home from a roofing job on Dewey Avenue when he heard about it.',
    ],
    // "What happened last week …, when …" on a page of the story's own days.
    [
      ROCHESTER,
      '2025-03-31',
      'We talked about what happened last week here in Rochester, when Border Patrol agents stopped a van on Whitney Street.',
    ],
    // A count inside the vehicle that agrees.
    [
      ROCHESTER,
      '2025-03-28',
      'Agents stopped a work van on Whitney Street. Chief Smith thought about eight people were crammed inside.',
    ],
    // In office by the page's date.
    [
      CHIEFS,
      '2017-02-10',
      "With President Trump now in the White House, the chiefs' words are being tested.",
    ],
    // The recorded caller for the firing, with a day and "and" before the call.
    [
      ROCHESTER,
      '2025-03-28',
      'Councilmember Stanley Martin went further on Thursday and called for the officers to be fired.',
    ],
    // The years of a post in a relative clause are the post's, not the event's.
    [
      ROCHESTER,
      '2025-05-02',
      'Tom Homan, who led ICE in 2017 and 2018, was in Rochester on April 29.',
    ],
    // A "when" clause of being told about it later keeps the writer's day to the writer.
    [
      ROCHESTER,
      '2025-03-30',
      'I was at work on Thursday when my sister texted me about the stop on Whitney Street.',
    ],
    // The title a possessive owns is the person's.
    [
      ROCHESTER,
      '2025-05-02',
      'Tom Homan, the president’s border czar, told reporters that “cops need to help cops.”',
    ],
    // "Last month" is the calendar month before the page's: fifteen days back on the ninth.
    [
      CHIEFS,
      '2017-02-09',
      'Late last month, on January 25, President Trump signed his first executive orders on immigration.',
    ],
    // In the White House only to come.
    [
      CHIEFS,
      '2016-12-01',
      'With Trump in the White House come January, chiefs in sanctuary cities are bracing for pressure.',
    ],
    // "He said" goes with the name the sentence opens on, not the speaker of the sentence before.
    [
      ROCHESTER,
      '2025-03-29',
      'Mayor Malik Evans stood before the cameras and said the officers had broken policy. Chief David Smith, at the same news conference, was blunter: officers, he said, are “not to be handcuffing subjects.”',
    ],
    // A party and title of an opening phrase are not the next name's.
    [ROCHESTER, '2025-03-29', 'Unlike the Republican leader, Malik Evans criticized the officers.'],
    // A prospect: in the White House within weeks.
    [
      CHIEFS,
      '2016-11-25',
      "With Trump in the White House within weeks, Tucson's chief says nothing will change.",
    ],
    // "Coming back from the traffic stop on <street>" is the event's own course: no excuse, but no new alarm either.
    [
      ROCHESTER,
      '2025-03-29',
      'The officers were coming back from the traffic stop on Whitney Street when the supervisor called.',
    ],
  ])('%#', (head, date, line) => {
    expect(findingFor(head, date, line, lastOf(line))?.verdict).not.toBe('discrepant');
  });
});

describe('errors of the same kinds are found', () => {
  it.each([
    // The time of "what happened" is the "when" clause's.
    [
      ROCHESTER,
      '2026-01-15',
      'Our club picked this topic because of what happened last week in Rochester, when federal agents pulled over a van on Whitney Street.',
      'last week',
    ],
    // A bare "inside" points into the vehicle told before.
    [
      ROCHESTER,
      '2025-03-28',
      'Agents stopped a work van on Whitney Street. Chief Smith thought some fifteen people were packed inside.',
      '7 to 9',
    ],
    // A wisher with a day and "and" before the call.
    [
      ROCHESTER,
      '2025-03-29',
      'Council President Miguel Meléndez spoke up on Thursday and demanded the officers be fired.',
      'Stanley Martin',
    ],
    // "Brought by" names who sued.
    [
      ROCHESTER,
      '2025-11-20',
      'That lawsuit was brought by the Department of Homeland Security.',
      'Justice',
    ],
    // In the White House on a page of the transition.
    [
      CHIEFS,
      '2016-11-18',
      'With Trump now in the White House, our members have questions.',
      'president-elect',
    ],
    // A commitment retold by a pronoun, with another body.
    [
      CHIEFS,
      '2016-11-19',
      'Beck spoke to the Los Angeles Times. He said the LAPD would not team up with the FBI on deportation efforts.',
      'Homeland Security',
    ],
    // Recorded words with a day of their telling, by a pronoun.
    [
      CHIEFS,
      '2016-11-19',
      'Beck spoke out first. He told the Los Angeles Times on Thursday that “we are not going to work in conjunction with Homeland Security on deportation efforts.”',
      'Monday',
    ],
    // Read in an outlet that had closed.
    [
      CHIEFS,
      '2016-11-20',
      "Denver's police department issued a statement. I first read about it in the Rocky Mountain News.",
      'closed',
    ],
    // The writer's own day is the "when" clause's, which tells what happened then.
    [
      ROCHESTER,
      '2025-03-30',
      'I was jogging on Thursday evening when I saw agents pull a van over on Whitney Street.',
      'Monday',
    ],
    // A year of a post, in a relative clause of someone the world file knows.
    [
      ROCHESTER,
      '2025-05-02',
      'Tom Homan, who ran ICE as its acting director in 2013, backed the officers.',
      'not in 2013',
    ],
    // Two quoted stretches of one speaker: one word for word, one changed.
    [
      ROCHESTER,
      '2025-03-29',
      'Homan wrote that he backs the officers who “answered the emergency assistance call from the State Police,” and ended with “Help is coming!”',
      'differ',
    ],
    // A stranger given the recorded title after a possessive, credited with the holder's words.
    [
      ROCHESTER,
      '2025-05-02',
      'Maria Okafor, the president’s border czar, told reporters that “cops need to help cops.”',
      'Tom Homan',
    ],
    // A month and year between "told <outlet>" and what was said date the telling.
    [
      CHIEFS,
      '2017-02-09',
      'LAPD Chief Charlie Beck told the Los Angeles Times in November 2015 that his officers would not change course.',
      '2016',
    ],
    // A party in an apposed title.
    [
      ROCHESTER,
      '2025-03-28',
      "The city's own Republican mayor, Malik Evans, criticized the officers.",
      'Democrat',
    ],
    // "From the van on <street>" is the event's own course, still compared.
    [ROCHESTER, '2025-03-28', 'Agents pulled the men from a van on Jay Street.', 'Whitney'],
    [
      ROCHESTER,
      '2025-03-28',
      'The ten officers, coming back from the traffic stop on Clifford Avenue, went to desk duty.',
      'Whitney',
    ],
  ])('%#', (head, date, line, why) => {
    const f = findingFor(head, date, line, lastOf(line));
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain(why);
  });
});

describe('unrecorded words of a body that names them', () => {
  it('are not green', () => {
    const line =
      "The Locust Club, the officers' union, answered that afternoon and called the mayor's remarks “a wildly unfair overreaction.”";
    expect(findingFor(ROCHESTER, '2025-03-28', line, 'The Locust Club')?.verdict).toBe(
      'unverified',
    );
  });
});
