/**
 * Kinds the fifty-third blind batch and its stress set of true sentences showed, kept as tests on the embedded stories.
 * Each is a general reading, written here in new words (none copies a blind page): errors now found, and true
 * sentences that must not be flagged.
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, lastFinding as last, ROCHESTER } from './test-story-opening.ts';

describe('errors of a kind, in new words', () => {
  it.each([
    [
      'a party in a dash aside',
      ROCHESTER,
      '2025-03-29',
      ['Chief Smith spoke first; Mayor Evans — a Republican, as it happens — spoke after him.'],
      /Democrat, not a Republican/,
    ],
    [
      'a party opening a bare title',
      ROCHESTER,
      '2025-03-29',
      ['Our Republican mayor answered the union the same afternoon.'],
      /mayor \(Malik Evans\) is a Democrat/,
    ],
    [
      'a count hedged after the number',
      ROCHESTER,
      '2025-03-29',
      ['Before long, thirty or so city officers had shown up at the stop.'],
      /10 to 12 officers, not thirty/,
    ],
    [
      'the whole group named by its number alone',
      ROCHESTER,
      '2025-03-29',
      [
        'By the chief’s reckoning the van carried about eight people.',
        'All eight ended up in handcuffs before the night was over.',
      ],
      /not all eight/,
    ],
    [
      'a side of town after a label and a colon',
      ROCHESTER,
      '2025-03-26',
      [
        'The stop happened on Whitney Street where it meets Lyell Avenue.',
        'A note for newcomers: that intersection is on the east side of the city.',
      ],
      /west side, not the east side/,
    ],
    [
      'a meeting told with "sat with" after the refusal',
      ROCHESTER,
      '2025-05-02',
      [
        'Tom Homan came to the Locust Club hall on Tuesday.',
        'Later that day he sat with Chief Smith at headquarters, after everything that had been said.',
      ],
      /would not meet Homan/,
    ],
    [
      'speakers told as speaking together',
      CHIEFS,
      '2016-12-01',
      ['Magnus and Beck delivered their statements jointly at a forum that week.'],
      /no occasion where Chris Magnus and Charlie Beck spoke together/,
    ],
    [
      'the statements spaced "within days of one another" in another year',
      CHIEFS,
      '2018-03-01',
      ['The statements were all issued within a few days of one another in November 2015.'],
      /not November 2015/,
    ],
    [
      "a recorded sentence begun in the page's words and finished in other quoted words",
      CHIEFS,
      '2016-11-25',
      [
        'Magnus wrote that the rules for how officers handle immigration enforcement issues "will stay as they are."',
      ],
      /record goes on \u201Care not changing\u201D, not \u201Cwill stay as they are\u201D/,
    ],
    [
      'a count of those quoted "in it", the report named the sentence before',
      CHIEFS,
      '2020-01-16',
      [
        'In November 2016 a Police1 writer collected what the chiefs were saying about immigration.',
        'Nine police leaders are quoted in it.',
      ],
      /quoting 4 leaders, not Nine/,
    ],
    [
      'another partner of a denied commitment after an inverted "Nor"',
      CHIEFS,
      '2016-11-22',
      ['Nor, according to Beck, will his officers team up with the FBI on deportations.'],
      /naming U\.S\. Department of Homeland Security, not FBI/,
    ],
    [
      'a count of what the report quoted, its author the subject, with a denial after the count',
      CHIEFS,
      '2017-11-17',
      ['In it, Zercoe quotes officials from seven departments who made clear they would not help.'],
      /quoting 3 to 4 departments, not seven/,
    ],
    [
      'words credited through a participle with a reported "he did not"',
      CHIEFS,
      '2017-11-17',
      [
        'Capt. Jeff Scroggin went further still, telling the paper he did not "intend on doing anything different."',
      ],
      /credits these words to Jeff Scroggin, but they are Charlie Beck's/,
    ],
    [
      "a happening on the scene's street on another weekday",
      ROCHESTER,
      '2025-04-01',
      ['On Whitney Street, the scene unfolded on a Tuesday.'],
      /Monday 24 March 2025, not a Tuesday/,
    ],
    [
      'a joint occasion dated by month and day only',
      CHIEFS,
      '2016-12-01',
      ['Beck and Magnus held a joint news conference on Nov. 14.'],
      /no occasion where Charlie Beck and Chris Magnus spoke together/,
    ],
  ])('%s', (_kind, head, date, lines, explanation) => {
    const f = last(head, date, ...lines);
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(explanation);
  });
});

describe('never a false alarm', () => {
  it.each([
    // A loose few doing part of the job are some of those there, not how many came.
    [
      ROCHESTER,
      '2025-03-29',
      'Meanwhile a few officers walked up to the van and told the men to step out.',
    ],
    // A concession opening the sentence is a clause of its own: its count is the van's.
    [
      ROCHESTER,
      '2025-04-03',
      'Although the van held about eight people, three of them were detained.',
    ],
    // What another outlet suggested, conceded, is not the page's claim.
    [
      ROCHESTER,
      '2025-04-01',
      'Whatever one site suggested with its count of two officers, ten officers took part.',
    ],
    // A contrast opened by "Where": each clause keeps its own occasion.
    [
      CHIEFS,
      '2016-11-18',
      'Where Beck gave an interview to a newspaper, Magnus issued a written statement.',
    ],
    // A time counted from another event: "yesterday" dates the orders, not the chiefs.
    [
      CHIEFS,
      '2017-01-26',
      "Yesterday's executive orders came more than two months after the police chiefs said they would not help with deportations.",
    ],
    // A summary line's framing told as the summary line's.
    [
      CHIEFS,
      '2026-02-10',
      'The re-post runs under a summary line saying police agencies are speaking out on Trump’s immigration enforcement orders.',
    ],
    // Another city's like act, set beside the recorded one.
    [
      CHIEFS,
      '2025-03-28',
      'Like the vow Beck made in 2016, Rochester’s policy says its officers will not assist in immigration enforcement.',
    ],
    // Two quotes in one sentence, each with its own speaker.
    [
      CHIEFS,
      '2016-11-18',
      'Magnus wrote that Tucson’s practices "are not changing"; Beck had put it as "I don\'t intend on doing anything different."',
    ],
    // A later stretch of the recorded sentence, the words between told in the page's own.
    [
      CHIEFS,
      '2016-11-25',
      'Magnus said the practices for how officers interact with undocumented persons "are not changing."',
    ],
    // A street of the story's scene with nothing done there: a shop's hours are no day of the stop.
    [
      ROCHESTER,
      '2025-04-04',
      'The Lyell Avenue shop keeps Saturday hours from 9 to noon all summer.',
    ],
    // Read again by a second pair of eyes: figures of speech and days both spoke are no invented joint occasion.
    [CHIEFS, '2016-11-25', 'Beck and Magnus stood together against deportation help that week.'],
    [
      CHIEFS,
      '2016-11-25',
      'Beck and Magnus gave separate statements that week that read together as a single pledge.',
    ],
    [
      CHIEFS,
      '2016-11-25',
      'Beck and Magnus made statements that Police1 ran side by side in November 2016.',
    ],
    [
      CHIEFS,
      '2016-11-25',
      'Beck and the Denver Police Department spoke out together on the same day, Nov. 14.',
    ],
    [
      ROCHESTER,
      '2025-04-01',
      'On Friday, Rob Ortt and Tom Homan made their support for the officers plain, standing shoulder to shoulder with the union that day.',
    ],
    // A party word in a bare title whose holder the story's time and the page's own differ on, or another state's.
    [CHIEFS, '2017-02-01', "Beck's pledge put the LAPD at odds with our Republican president."],
    [CHIEFS, '2016-11-25', "Magnus's stance put him at odds with the state's Republican governor."],
    [
      CHIEFS,
      '2016-11-25',
      "In Tucson, the Republican governor said nothing about Magnus's statement.",
    ],
    // A dash aside that is no party of the name's.
    [
      ROCHESTER,
      '2025-04-01',
      'Ortt backed the officers, and Evans — a frequent Republican target — did not back down.',
    ],
    // "sat with" of a decision, not a meeting.
    [
      ROCHESTER,
      '2025-05-05',
      "The decision on Homan's request sat with Mayor Evans, who said he would not meet him.",
    ],
    // A concession's comma inside a date.
    [
      CHIEFS,
      '2016-11-25',
      'Although Beck spoke on Monday, Nov. 14, Magnus waited until Wednesday to issue his statement.',
    ],
    // "quoted in it" of another outlet's story.
    [
      CHIEFS,
      '2016-11-25',
      'The Los Angeles Times story ran on Nov. 14, and just one chief is quoted in it.',
    ],
    // "Unlike" a full name with an aside: the clause after is another's.
    [
      CHIEFS,
      '2025-04-01',
      "Unlike Charlie Beck, then chief of the LAPD, Jeff Scroggin is named in the gov1 re-post as a captain with the Los Angeles County Sheriff's Department.",
    ],
    // A reply "with its own statement" answers no call.
    [
      ROCHESTER,
      '2025-03-27',
      'The mayor and the chief appeared side by side at the March 26 news conference, while the Locust Club answered separately with its own statement that afternoon.',
    ],
  ])('%s %s', (head, date, line) => {
    expect(last(head, date, line)?.verdict).not.toBe('discrepant');
  });
});
