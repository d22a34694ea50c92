/**
 * Kinds the fifty-ninth blind batch and the last stop's open misses showed, kept as tests on the embedded stories. Each
 * is a general reading, written here in new words (none copies a blind page): true sentences that must not be flagged,
 * and errors found.
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, findingFor, ROCHESTER } from './test-story-opening.ts';

describe('never a false alarm', () => {
  it.each([
    // A visit on the record's day; a day after another verb; a visit to come.
    [ROCHESTER, '2025-05-02', 'Homan visited the Locust Club on Tuesday, April 29.'],
    [
      ROCHESTER,
      '2025-05-02',
      'Homan met the union leaders on Friday, March 28, and visited Rochester a month later.',
    ],
    [ROCHESTER, '2025-04-27', 'Homan plans to visit the Locust Club on Tuesday.'],
    // A body's statement given by the one who did speak for it.
    [CHIEFS, '2016-11-21', "Doug Schepman put out the Denver Police Department's statement."],
    [CHIEFS, '2016-11-21', "Chris Magnus issued the Tucson Police Department's statement."],
    // A term standing before a document's noun names the document, not the event.
    [ROCHESTER, '2025-03-31', 'Our briefing notes for Monday cover the traffic on Lyell Avenue.'],
    // An election of another level is another election.
    [
      CHIEFS,
      '2016-11-18',
      'Our site traffic peaked last Friday with the county election recount story.',
    ],
    // A fronted likeness names what is compared with, not what the clause tells of; "like nine" is a loose count.
    [
      CHIEFS,
      '2025-05-15',
      "Like the Police1 piece, the Post's March 2025 article about Rochester has no confirmed address.",
    ],
    // The writer's own going plays no part in the story's counts.
    [
      ROCHESTER,
      '2025-04-30',
      'We counted some three hundred people on the sidewalks when we drove past.',
    ],
    // Five weeks and a day, counted together.
    [
      ROCHESTER,
      '2025-05-02',
      'Five weeks and a day after the stop, Homan went to the Locust Club.',
    ],
    // A count of years from another time holds the "then" title to that time.
    [
      ROCHESTER,
      '2025-04-01',
      'Some eight years before the Rochester stop, then-LAPD Chief Charlie Beck spoke to the Los Angeles Times.',
    ],
    // A dated point owned by someone is the anchor, not the clause's event.
    [
      CHIEFS,
      '2017-03-01',
      'Rochester updated its resolution on 21 February 2017, within a month of Trump’s 25 January executive orders.',
    ],
    // "He said" after a sentence whose subject put out a statement: that speaker's own words agree.
    [
      CHIEFS,
      '2016-11-21',
      'Chris Magnus put out a written statement on Wednesday. He said the policies “are not changing.”',
    ],
    // A report told before, dated right.
    [
      CHIEFS,
      '2021-11-18',
      'I found a reprint of a Police1 story by Cole Zercoe. Judging by its quotes, the article is from November 2016.',
    ],
    // The writer's own doings and their days.
    [
      ROCHESTER,
      '2025-03-30',
      'When we walked down Whitney Street on Thursday, nothing of the scene was left.',
    ],
    [
      CHIEFS,
      '2016-11-21',
      'I read Beck’s quote out to our book group on Friday, and we argued about it for an hour.',
    ],
    // Things named for the event: a checklist, a room, a template.
    [ROCHESTER, '2025-04-01', 'The traffic stop checklist for new drivers was revised on Friday.'],
    [ROCHESTER, '2025-03-31', 'The press conference room at City Hall was painted on Saturday.'],
    // A body of the story read as the owner of words is no stranger who wrote them.
    [ROCHESTER, '2025-03-30', 'Union staff released the Locust Club’s statement that afternoon.'],
    // A point word with a name of its own before the verb opens another clause.
    [CHIEFS, '2019-11-29', 'President Trump had won the election days before Beck spoke.'],
    // The day of the point a time is counted from is the point's, not the clause's.
    [
      ROCHESTER,
      '2017-03-01',
      'Less than a month after Trump’s 25 January orders, the Council updated its sanctuary resolution.',
    ],
    [ROCHESTER, '2025-05-02', 'Homan came to Rochester a month after his Friday post.'],
  ])('%#', (head, date, line) => {
    // A line of two sentences is judged on its last.
    const part = line.split(/(?<=[.”])\s+(?=[“"\p{Lu}])/u).pop() as string;
    expect(findingFor(head, date, line, part.slice(0, 25))?.verdict).not.toBe('discrepant');
  });
});

describe('errors of the same kinds are found', () => {
  it.each([
    // An invented visit put on the day of another event of the visitor's.
    [
      ROCHESTER,
      '2025-03-30',
      'Homan flew in on Friday to see the officers and later posted that help was coming.',
      'visit',
    ],
    [ROCHESTER, '2025-03-30', 'Homan toured Rochester on Friday and met the officers.', 'visit'],
    // A body's statement given to someone the record has giving another statement.
    [
      CHIEFS,
      '2016-11-21',
      "Tucson's chief Chris Magnus released the Denver Police Department's statement.",
      'Doug Schepman',
    ],
    // A time fronted before an aside, with titles after it.
    [
      ROCHESTER,
      '2026-02-10',
      'This week, as many of you will have read, the mayor and the chief faulted the officers at a news conference.',
      'recent',
    ],
    // A participle of saying with a subject of its own before the quote.
    [
      CHIEFS,
      '2016-11-21',
      'Magnus took it further, saying his department would not “engage in law enforcement activities solely based on somebody’s immigration status.”',
      'Beck',
    ],
    // A party in a bracket after a bare title.
    [
      ROCHESTER,
      '2025-03-29',
      'The mayor (a Republican, if you were wondering) said he had asked the chief to look into it.',
      'Democrat',
    ],
    // A party between dashes after a bare title, and after a place's title.
    [ROCHESTER, '2025-03-30', 'The mayor — a Republican — faulted the officers.', 'Democrat'],
    [
      ROCHESTER,
      '2025-03-30',
      'Rochester’s mayor (a Republican and a former school board member) faulted the officers.',
      'Democrat',
    ],
    // "We know …": the time of what is known stays the story's.
    [ROCHESTER, '2025-03-30', 'We know the agents pulled the van over on Thursday.', 'Monday'],
    // "He said" after a sentence whose subject is another speaker of the story.
    [
      ROCHESTER,
      '2025-03-28',
      'Chief Smith took questions next. “Our policy is crystal clear,” he said.',
      'Malik Evans',
    ],
    // Where the thing itself happened, in its relative clause.
    [
      ROCHESTER,
      '2025-03-30',
      'The stop, which took place on Lake Avenue, drew ten officers.',
      'Lake Avenue',
    ],
    // A title's quote going on with a participle.
    [
      ROCHESTER,
      '2025-03-27',
      '“Our policy is crystal clear,” the chief said, adding that the rules had not changed.',
      'Malik Evans',
    ],
    // A thing named before "which" links its relative clause.
    [
      ROCHESTER,
      '2025-04-02',
      'The van, which Chief Smith later said carried some twenty people, had ladders on its roof.',
      'not twenty',
    ],
    // The report told before, dated wrong.
    [
      CHIEFS,
      '2021-11-18',
      'I found a reprint of a Police1 story by Cole Zercoe. Judging by its quotes, the article is from November 2018.',
      'November 2016',
    ],
    // Words told before, said to have made the news recently, on a page years later.
    [
      CHIEFS,
      '2021-11-18',
      'Beck told the Los Angeles Times his officers would not work with Homeland Security. That pledge only hit the headlines this week.',
      'recent',
    ],
    // "He said" after a sentence whose subject put out a statement: another body's words.
    [
      CHIEFS,
      '2016-11-21',
      'Chris Magnus put out a written statement on Wednesday. He said that immigration enforcement “is handled at the federal level — not by local law enforcement.”',
      'Chris Magnus',
    ],
    // The original's headline told in other words, credited to another outlet.
    [
      ROCHESTER,
      '2025-04-02',
      'The Washington Post ran the story under a headline about a sanctuary-city mayor and police chief scolding cops.',
      'New York Post',
    ],
  ])('%#', (head, date, line, why) => {
    const part = line.split(/(?<=[.”])\s+(?=[“"\p{Lu}])/u).pop() as string;
    const f = findingFor(head, date, line, part.slice(0, 25));
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain(why);
  });
});
