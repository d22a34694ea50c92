/**
 * Kinds the sixty-eighth blind batch and the stress-62 set showed, kept as tests on the embedded stories. Each is a
 * general reading, written here in new words (none copies a blind page): true sentences that must not be flagged, and
 * errors found.
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, findingFor, ROCHESTER } from './test-story-opening.ts';

/** A line of two sentences is judged on its last. */
const lastOf = (line: string) =>
  (line.split(/(?<=[.”])\s+(?=[“"\p{Lu}])/u).pop() as string).slice(0, 25);

describe('never a false alarm', () => {
  it.each([
    // The verb of a relative clause is its antecedent's ("outlets that say"), not a name before it.
    [
      CHIEFS,
      '2016-11-30',
      'The roundup, written by Cole Zercoe, labels Trump the president-elect and quotes departments that say they will stay out of immigration work.',
    ],
    // A date right before a clause of another time is the main clause's.
    [
      CHIEFS,
      '2025-02-10',
      'The chiefs made their pledges in November 2016, well before Trump signed his first immigration executive orders.',
    ],
    // The writer's own town, in a stretch of the first person with no word of the event.
    [
      ROCHESTER,
      '2025-04-03',
      'Reading at my kitchen table in Syracuse, I followed it day by day: the stop on a Monday, the press conference on a Wednesday.',
    ],
    [ROCHESTER, '2025-04-03', 'The stop was on a Monday; I heard about it on the radio in Albany.'],
    // A true start told with "It began …, when …".
    [
      ROCHESTER,
      '2025-03-30',
      'It all began last Monday evening on Whitney Street, when Border Patrol agents stopped a van.',
    ],
    // The minority a person leads, as the record has it.
    [
      ROCHESTER,
      '2025-04-02',
      'Rob Ortt, who leads the Republican minority in the state Senate, visited the union hall on Friday.',
    ],
    // A past acting post told as past.
    [
      ROCHESTER,
      '2025-06-10',
      'In late April, Tom Homan, who was once the acting director of ICE, sat down with the union leaders.',
    ],
    // A date inside a point phrase that names its own event, right.
    [
      CHIEFS,
      '2025-02-10',
      'Beck spoke on November 14, 2016, about two months before Trump signed the first immigration executive orders on January 25, 2017.',
    ],
    // Off patrol for days, as the record has it (from 26 March, back on patrol by 31 March).
    [
      ROCHESTER,
      '2025-04-03',
      'The ten officers spent over three days on desk duty before returning to patrol on March 31.',
    ],
    // A press event named by a word of the family the record gives another press event ("briefing").
    [ROCHESTER, '2025-04-03', 'The stop was on a Monday; the briefing came on a Wednesday.'],
    // A post of another time: a year or a time frame before the person, or a bare "who was".
    [
      ROCHESTER,
      '2025-05-05',
      'In 2017, Tom Homan, who was then the acting director of ICE, served under Trump.',
    ],
    [
      ROCHESTER,
      '2025-05-05',
      'Tom Homan, who was the acting director of ICE, has come back to government as border czar.',
    ],
    // A date of an inner act of the point phrase.
    [
      CHIEFS,
      '2025-02-10',
      'The pledges came before Trump signed executive orders five days after he took office on January 20, 2017.',
    ],
    // Only party or chamber words before the majority a person leads.
    [
      ROCHESTER,
      '2025-04-02',
      'Rob Ortt, who leads the opposition to the majority in the state Senate, visited the union hall on Friday.',
    ],
  ])('%#', (head, date, line) => {
    expect(findingFor(head, date, line, lastOf(line))?.verdict).not.toBe('discrepant');
  });
});

describe('errors of the same kinds are found', () => {
  it.each([
    // A present post with "serving as" on the page's day, which the world file has the person hold years before.
    [
      ROCHESTER,
      '2025-04-01',
      'Tom Homan, currently serving as acting director of ICE, wrote on X that help was coming.',
      'not on the page',
    ],
    // "It began <day>, when …": the day is the "when" clause's event's.
    [
      ROCHESTER,
      '2025-03-30',
      'It started last Thursday night on Whitney Street, when federal agents pulled a van over.',
      'Monday 24 March 2025',
    ],
    // The majority for the minority, in a relative clause.
    [
      ROCHESTER,
      '2025-04-02',
      'Rob Ortt, who heads the Senate majority in Albany, visited the union hall on Friday.',
      'Minority Leader',
    ],
    // A cleft's subject still does the relative's act ("It was X, not Y, that phoned").
    [
      ROCHESTER,
      '2025-04-02',
      'It was the FBI, not Border Patrol, that phoned 911 asking for help.',
      'FBI',
    ],
    // An acting post a relative clause gives at the time told, which the world file has the person hold years before.
    [
      ROCHESTER,
      '2025-06-10',
      'In late April, Tom Homan, who was then the acting director of ICE, sat down with the union leaders.',
      'acting title is not kept',
    ],
    // A date inside a point phrase that names its own event, and no other, is that event's.
    [
      CHIEFS,
      '2025-02-10',
      'The chiefs made their pledges well before Trump signed the first immigration executive orders on January 27, 2018.',
      'January 27, 2018',
    ],
    // A duration led by "over" against the span a recorded statement gives.
    [
      CHIEFS,
      '2016-11-18',
      'His point was that the rules Tucson put in place over twenty years are not changing.',
      'past decade',
    ],
    // A press event's day that fits none of the story's press events.
    [
      ROCHESTER,
      '2025-04-03',
      'The stop was on a Monday; the briefing came on a Friday.',
      'Wednesday 26 March',
    ],
    // The writer's first person does not cover a place told of the event itself.
    [ROCHESTER, '2025-04-03', 'I read that the traffic stop took place in Syracuse.', 'Rochester'],
  ])('%#', (head, date, line, why) => {
    const f = findingFor(head, date, line, lastOf(line));
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain(why);
  });
});
