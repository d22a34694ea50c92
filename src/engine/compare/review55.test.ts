/**
 * Kinds the fifty-seventh blind batch and the fifty-sixth stress set of true sentences showed, kept as tests on the
 * embedded stories. Each is a general reading, written here in new words (none copies a blind page or a stress
 * sentence): true sentences that must not be flagged, errors that must not be marked consistent, and errors found.
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, findingFor, lastFinding as last, ROCHESTER } from './test-story-opening.ts';

describe('never a false alarm', () => {
  it.each([
    // A post given in a relative clause or an apposition with "then", held then.
    [
      CHIEFS,
      '2016-11-21',
      'Chris Magnus, who was then the Tucson police chief, put out a statement.',
    ],
    [
      CHIEFS,
      '2016-11-21',
      'Charlie Beck, then the chief of the LAPD, talked to the Los Angeles Times.',
    ],
    [
      ROCHESTER,
      '2025-04-01',
      "David Smith, who was then the city's police chief, faulted the officers.",
    ],
    [
      ROCHESTER,
      '2025-04-01',
      'Malik Evans, then the mayor, faulted the officers at a news conference.',
    ],
    // A weekday between the writer's own possessive and a noun is their habit, not the story's day.
    [ROCHESTER, '2025-04-30', 'A few of my Friday volunteers drove past the Locust Club that day.'],
    // The record's earlier act of the same body, dated to the year the page gives.
    [ROCHESTER, '2025-06-01', "The Council's first sanctuary resolution goes back to 1986."],
    // "Last Tuesday" on a page of the next week.
    [ROCHESTER, '2025-05-02', 'Homan visited the Locust Club last Tuesday.'],
    // Leaving a post after the time the page gives.
    [
      CHIEFS,
      '2019-03-01',
      'Charlie Beck, who retired as LAPD chief in 2018, spoke to the Times in 2016.',
    ],
    // Each speaker's quoted words in their own clause, one set off by dashes.
    [
      CHIEFS,
      '2016-11-21',
      'Beck — at the time the LAPD chief — said his officers would not act "solely based on somebody\'s immigration status," and Magnus said Tucson\'s policies were "not changing."',
    ],
    // From a reading of these rules (293 probes): a party said of another subject than the name before it.
    [ROCHESTER, '2025-04-01', 'The state senator who took on Malik Evans is a Republican.'],
    [CHIEFS, '2016-11-21', 'The man who beat Hillary Clinton that month was a Republican.'],
    // Leaving at a year's end, a second or an interim post, another post of the body, a later return to it.
    [
      ROCHESTER,
      '2022-05-01',
      'Lovely Warren, who left as mayor last year, had put forward the 2017 resolution.',
    ],
    [
      ROCHESTER,
      '2025-04-01',
      'David Smith, who stepped down as interim chief in 2022 when he got the job for good, spoke too.',
    ],
    [
      CHIEFS,
      '2025-02-01',
      'Jim McDonnell, who retired from the LAPD as an assistant chief, came back to lead it much later.',
    ],
    // "Last Monday" in words reported from another day, or under a dateline.
    [
      ROCHESTER,
      '2025-06-15',
      'In its Friday story the Post said the officers had answered a call for help last Monday.',
    ],
    [
      ROCHESTER,
      '2025-05-01',
      'ROCHESTER, March 28 — Officers who backed up Border Patrol agents last Monday were moved to desk duty.',
    ],
    // From a second reading: a party word in a longer relative clause, or in the past (a party left), is not the
    // person's party now; a post "then" in a clause no event links is not judged on the story's days; an owner
    // before a title that names no place or body ("the council's") is not the default office's.
    [
      ROCHESTER,
      '2025-04-01',
      'Malik Evans, who is a frequent Republican target, stood by the policy.',
    ],
    [ROCHESTER, '2025-04-01', 'Donald Trump, who was a Democrat years ago, sent his border czar.'],
    [
      ROCHESTER,
      '2025-05-01',
      "Andrew Cuomo, then the state's governor, signed the Green Light law.",
    ],
    [
      ROCHESTER,
      '2025-04-01',
      "Miguel Meléndez, who was then the council's president, spoke of profiling.",
    ],
    [CHIEFS, '2016-11-21', "Jonathan Rothschild, who was then Tucson's mayor, kept quiet."],
    // The one quoting part is its own speaker's, cut from a second speaker's clause ("…,” and Y said …").
    [
      ROCHESTER,
      '2025-04-01',
      'Evans was blunt: “Our policy is crystal clear,” and Smith said the officers went too far.',
    ],
    [
      ROCHESTER,
      '2025-04-01',
      "Homan's post ended, “Help is coming!” and Ortt said the officers deserved thanks.",
    ],
    [
      CHIEFS,
      '2016-11-21',
      "Beck's message, “That is not our job, nor will I make it our job,” and Magnus said something similar.",
    ],
    // A party given in a relative clause of its own subject is checked; the right one is not flagged.
    [
      ROCHESTER,
      '2025-04-01',
      'Evans, who is a Democrat, told reporters the officers broke policy.',
    ],
    // A post "then" before a clause of its own time ("when …"): that time's, not the story's.
    [
      ROCHESTER,
      '2025-04-01',
      'Loretta Scott, who was then the council president, presided when the council passed Resolution 2017-5.',
    ],
  ])('%#', (head, date, line) => {
    expect(last(head, date, line)?.verdict).not.toBe('discrepant');
  });
});

describe('errors of the same kinds are found', () => {
  it.each([
    // A post of the world file's given in a relative clause or with "then" to someone who did not hold it.
    [
      CHIEFS,
      '2016-11-21',
      'Chris Magnus, who was then the LAPD chief, put out a statement.',
      /Charlie Beck as Chief of the Los Angeles Police Department then, not Chris Magnus/,
    ],
    [
      CHIEFS,
      '2016-11-21',
      "Charlie Beck, who was then Denver's police chief, talked to the Los Angeles Times.",
      /as Chief of the Denver Police Department then, not Charlie Beck/,
    ],
    [
      CHIEFS,
      '2016-11-21',
      'Charlie Beck, who was then the chief of the Tucson police, talked to the Los Angeles Times.',
      /Chris Magnus as Chief of the Tucson Police Department then, not Charlie Beck/,
    ],
    [
      ROCHESTER,
      '2025-04-01',
      "Malik Evans, who was then the city's police chief, criticized the officers.",
      /David Smith as Chief of the Rochester Police Department then, not Malik Evans/,
    ],
    [
      ROCHESTER,
      '2025-04-01',
      'David Smith, then the mayor, faulted the officers at a news conference.',
      /Malik Evans as Mayor of Rochester, New York then, not David Smith/,
    ],
    // "Last Tuesday", "this past Tuesday" on a page long after: an old story told as recent.
    [
      ROCHESTER,
      '2026-02-11',
      "Homan's visit to the Locust Club took place this past Tuesday.",
      /not “this past Tuesday”\. An old story is told as recent news/,
    ],
    // A time fronted before an aside is the clause's own.
    [
      ROCHESTER,
      '2025-08-15',
      'And this week, as you know, Homan came to the Locust Club.',
      /not “this week”/,
    ],
    // Leaving a post before the world file has the person leave it.
    [
      CHIEFS,
      '2016-12-01',
      'Charlie Beck, who stepped down as LAPD chief earlier this year, spoke his mind.',
      /until June 2018; on Thursday 1 December 2016, the page's date, Charlie Beck had not left the post/,
    ],
    [
      CHIEFS,
      '2017-06-01',
      'Charlie Beck, who retired from the LAPD in 2016, talked to the Los Angeles Times.',
      /by the end of 2016 Charlie Beck had not left the post/,
    ],
    // A party in a copula.
    [
      ROCHESTER,
      '2025-04-01',
      'Mayor Evans is a Republican, for the record.',
      /a Democrat, not a Republican/,
    ],
    [ROCHESTER, '2025-04-01', 'Evans is a lifelong Republican.', /a Democrat, not a Republican/],
    // A year no event of the body has.
    [
      ROCHESTER,
      '2025-06-01',
      "The Council's first sanctuary resolution goes back to 1996.",
      /not 1996/,
    ],
    // A weekday put in the writer's own habit's time is still the day ("during my Tuesday shift").
    [
      ROCHESTER,
      '2025-03-30',
      'Border Patrol agents stopped the van during my Thursday evening shift on Whitney Street.',
      /not a Thursday/,
    ],
    // A year against the event the sentence names by its own year.
    [ROCHESTER, '2025-06-01', 'The council passed its 2017 resolution in 1986.', /not 1986/],
    // A modal in an aside of knowing does not condition the clause.
    [
      ROCHESTER,
      '2025-08-15',
      'And this week, as you may have read, Homan came to the Locust Club.',
      /not “this week”/,
    ],
    // The post "then" at the event the clause after the relative one is linked to.
    [
      ROCHESTER,
      '2025-04-01',
      'Loretta Scott, who was then the council president, spoke at the news conference on March 26.',
      /Miguel Meléndez held the post then/,
    ],
    // A post "at the time" in apposition, at the event the clause is linked to.
    [
      ROCHESTER,
      '2025-04-01',
      "Malik Evans, at the time the city's police chief, criticized the officers at the news conference.",
      /David Smith as Chief of the Rochester Police Department then, not Malik Evans/,
    ],
    [
      ROCHESTER,
      '2025-04-01',
      'Evans, who is a Republican, told reporters the officers broke policy.',
      /a Democrat, not a Republican/,
    ],
    // Two speakers, the comma inside the closing mark: each quote is its own speaker's.
    [
      ROCHESTER,
      '2025-03-30',
      'Smith said, "Our policy is crystal clear," and Evans added, "We are not to be handcuffing subjects."',
      /credits these words to David Smith, but they are Malik Evans's/,
    ],
    // "Last Friday", "this past Wednesday" fronted, on pages weeks later.
    [
      CHIEFS,
      '2016-11-25',
      'This past Wednesday, Magnus put out his statement.',
      /not “this past Wednesday”/,
    ],
    [ROCHESTER, '2025-04-25', 'Last Friday, Ortt went to the Locust Club.', /not “last Friday”/],
    // A year against the event the clause names by a phrase of its own.
    [
      ROCHESTER,
      '2025-05-01',
      'Mayor Warren put forward the updated resolution in 1986.',
      /not 1986/,
    ],
    [
      ROCHESTER,
      '2025-04-01',
      'Homan wrote, “Our policy is crystal clear,” and Ortt said the officers did nothing wrong.',
      /credits these words to Tom Homan, but they are Malik Evans's/,
    ],
    // A demonstrative "that" before "before the election" is no relative clause.
    [
      CHIEFS,
      '2019-06-13',
      'Denver put that statement out on the Monday before the election.',
      /so it was not “before the election”/,
    ],
    // The first quote's speaker is the one before the dashes, so a swap is still caught.
    [
      CHIEFS,
      '2016-11-21',
      'Magnus — at the time Tucson\'s chief — said his officers would not act "solely based on somebody\'s immigration status."',
      /credits these words to Chris Magnus, but they are Charlie Beck's/,
    ],
  ])('%#', (head, date, line, explanation) => {
    const f = last(head, date, line);
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(explanation);
  });
});

describe('a speaker carried to the next sentence', () => {
  it('"He went on to say that “…”" is the speaker of the sentence before', () => {
    const f = findingFor(
      ROCHESTER,
      '2025-04-03',
      'Chief Smith said the officers showed "a total lack of urgency." He went on to say that "our policy is crystal clear."',
      'He went on',
    );
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(
      /credits these words to David Smith, but they are Malik Evans's/,
    );
  });
});

describe('a log whose entries open on their day', () => {
  const entries = [
    "Tue 25 Mar. Paint ran out again. Councilmember Mary Lupien raised last night's stop at the Council meeting tonight.",
    "Wed 26 Mar. Mayor Evans and Chief Smith held a news conference this afternoon about Monday's stop.",
    'Fri 28 Mar. Rob Ortt came to the Locust Club today to thank the officers.',
  ];
  it('counts "today" and "tonight" from the entry, and a weekday owned by another thing is not the fact\'s', () => {
    for (const [k, entry] of entries.entries()) {
      const others = entries.filter((_, j) => j !== k);
      const f = last(ROCHESTER, '2025-05-02', ...others, entry);
      expect(f?.verdict, entry).not.toBe('discrepant');
    }
  });
  it('still finds a wrong day in an entry', () => {
    const f = last(
      ROCHESTER,
      '2025-05-02',
      ...entries,
      'Thu 27 Mar. Rob Ortt came to the Locust Club today.',
    );
    expect(f?.verdict).toBe('discrepant');
  });
  it("reads a dated lead paragraph, or a page of fewer entries, from the page's date", () => {
    const f = last(
      ROCHESTER,
      '2025-03-31',
      'Monday, March 24 — that is the day agents stopped the van.',
      'Today, a week later, eight of the ten officers are back on patrol.',
    );
    expect(f?.verdict).not.toBe('discrepant');
  });
});

describe('not green when a part cannot be checked', () => {
  it('hearsay passed on is not green, and what the record contradicts in it is unverified', () => {
    const f = last(
      CHIEFS,
      '2019-06-13',
      'Someone added that Denver put its statement out on the Monday before the election.',
    );
    expect(f?.verdict).toBe('unverified');
    expect(f?.explanation).toMatch(/Told as hearsay/);
  });
  it('a person of the story speaking at an event the record gives another speaker is not confirmed', () => {
    const f = last(
      ROCHESTER,
      '2025-04-01',
      'Stanley Martin spoke about the stop at the Council meeting that Tuesday.',
    );
    expect(f?.verdict).not.toBe('consistent');
  });
  it("the report's author named as its writer after a line about an interview is no other giver of the words", () => {
    const f = last(CHIEFS, '2018-04-17', 'It was written by Cole Zercoe of PoliceOne.');
    expect(f?.verdict).not.toBe('discrepant');
  });
  it('a post of the world file the person never held is not confirmed', () => {
    const f = last(
      CHIEFS,
      '2016-11-21',
      "Charlie Beck, the LAPD's chief and Tucson's too, spoke to the Times.",
    );
    expect(f?.verdict).not.toBe('consistent');
  });
});
