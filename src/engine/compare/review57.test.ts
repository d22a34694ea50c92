/**
 * Kinds the sixty-first blind batch and the last stop's open misses showed, kept as tests on the embedded stories. Each
 * is a general reading, written here in new words (none copies a blind page): true sentences that must not be flagged,
 * titles of another place that must not be green, and errors found.
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, findingFor, ROCHESTER } from './test-story-opening.ts';

/** A line of two sentences is judged on its last. */
const lastOf = (line: string) =>
  (line.split(/(?<=[.”])\s+(?=[“"\p{Lu}])/u).pop() as string).slice(0, 25);

describe('never a false alarm', () => {
  it.each([
    // A title with a possessive after it owns the next title; it is not the person's.
    [
      ROCHESTER,
      '2025-05-10',
      'Tom Homan, the president’s border czar, told the briefing that “cops need to help cops.”',
    ],
    // The same place's title, and a state that holds the city, are the record's holder.
    [ROCHESTER, '2025-03-29', "Rochester's police chief said the officers had broken the policy."],
    [ROCHESTER, '2025-03-29', 'The mayor of Rochester said the officers had broken the policy.'],
    // A possessive weekday on the meeting the record has that day.
    [
      ROCHESTER,
      '2025-03-29',
      "Mary Lupien raised the stop at Tuesday's meeting of the City Council.",
    ],
    // The name of a course's module is no one's words.
    [
      CHIEFS,
      '2020-02-03',
      'Our reading list for unit 4 (“Local police and federal immigration law”) is below.',
    ],
    // "A story that broke this week" on a page of the story's own week, or of a later event of the story.
    [CHIEFS, '2016-11-18', 'We start with a story that broke this week about three police chiefs.'],
    [
      ROCHESTER,
      '2025-11-16',
      'In a story that broke this week, a federal judge threw out the Justice Department suit against Rochester.',
    ],
    [
      ROCHESTER,
      '2026-01-30',
      'The article we are discussing ran this month, about the city asking a judge to dismiss the refiled suit.',
    ],
    // A possessive weekday on a noun of the writer's own, or a body of another kind.
    [ROCHESTER, '2025-03-29', "Monday's regular newsletter email covered the Whitney Street stop."],
    [
      ROCHESTER,
      '2025-03-29',
      "At Thursday's meeting of the parish council we talked about the stop.",
    ],
    [
      ROCHESTER,
      '2025-05-02',
      "Wednesday's podcast interview with a retired officer covered the stop.",
    ],
    // A fronted possessive speech noun does not credit the words a named speaker after them says.
    [
      ROCHESTER,
      '2025-03-29',
      'In response to the mayor’s comments, “The Locust Club members who responded did absolutely nothing wrong,” the union said.',
    ],
    // A title of today for the holder when the page was written makes no claim about the time.
    [
      ROCHESTER,
      '2025-09-01',
      'The 2017 resolution was put forward by Lovely Warren, who was mayor then.',
    ],
    // Another's credit, or a credit called wrong, is not the page's.
    [
      CHIEFS,
      '2022-05-10',
      'The line “I don’t intend on doing anything different” is often wrongly credited to Chris Magnus.',
    ],
    // "N of them" after a plural subject of people at large is no count of the record's.
    [ROCHESTER, '2025-03-29', 'Neighbours came out to watch, dozens of them by the end.'],
    // "called on X to …" is a demand, no visit.
    [ROCHESTER, '2025-05-12', 'Protesters called on Chief David Smith to meet Homan.'],
    [
      ROCHESTER,
      '2025-05-12',
      'Marchers called on Mayor Evans outside City Hall to discipline the ten officers.',
    ],
    // A word of the page's own between a possessive weekday and the event's name only confirms.
    [ROCHESTER, '2025-05-02', "Friday's afternoon news conference came two days after the stop."],
    // The same act imagined or promised, or told on a page after he took office.
    [CHIEFS, '2016-11-28', 'Whether Trump has signed any orders yet is unclear to us.'],
    [CHIEFS, '2016-11-28', 'If Trump signed an executive order, the chiefs would push back.'],
    [CHIEFS, '2016-11-28', 'Trump has promised to sign executive orders on immigration.'],
    [
      CHIEFS,
      '2017-02-10',
      'Since then, President Trump has signed the first of his immigration orders.',
    ],
    // A habit of the present is no time of the story's.
    [
      ROCHESTER,
      '2025-04-02',
      'Reminder: the morning shuttle now runs its west side loop first, so pick-ups are earlier.',
    ],
  ])('%#', (head, date, line) => {
    expect(findingFor(head, date, line, lastOf(line))?.verdict).not.toBe('discrepant');
  });
});

describe('a title of another place names no one the record has', () => {
  it.each([
    [ROCHESTER, '2025-03-29', "Greece's police chief said the officers had broken the policy."],
    [ROCHESTER, '2025-03-29', 'The mayor of Greece said the officers had broken the policy.'],
    [ROCHESTER, '2025-03-29', 'The Greece police chief said the officers had broken the policy.'],
  ])('%#', (head, date, line) => {
    const f = findingFor(head, date, line, lastOf(line));
    expect(f?.verdict).toBe('unverified');
    expect(f?.explanation).toContain("Rochester's");
  });

  it('leaves a named person with another place in apposition to the place comparison', () => {
    const line =
      'Chris Magnus, Phoenix’s police chief, said his officers would not change their ways.';
    const f = findingFor(CHIEFS, '2016-11-20', line, lastOf(line));
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain('Tucson');
  });
});

describe('errors of the same kinds are found', () => {
  it.each([
    // A speech noun owned by the one the page credits, then the quoted words after a comma.
    [
      ROCHESTER,
      '2025-06-01',
      'Chief Smith’s verdict that afternoon, “What we are seeing is distraction, division, distortion,” went round the office.',
      'Malik Evans',
    ],
    // A possessive weekday on the meeting's name, told with "of" or a word before it.
    [
      ROCHESTER,
      '2025-03-29',
      "Mary Lupien raised the stop at Friday's meeting of the City Council.",
      'Tuesday 25 March 2025',
    ],
    [
      ROCHESTER,
      '2025-03-29',
      "Mary Lupien learned of the stop from neighbours and raised it at Wednesday's City Council meeting.",
      'Tuesday 25 March 2025',
    ],
    // The page's story said to have broken recently, long after it did.
    [
      ROCHESTER,
      '2026-01-14',
      'Tonight we discuss a news story that came out this week and has everyone talking.',
      'recent',
    ],
    [CHIEFS, '2018-09-05', 'It is a story that broke just this week.', 'recent'],
    [
      CHIEFS,
      '2021-03-02',
      'Our book club read a Police1 piece by Cole Zercoe that went up this week.',
      'recent',
    ],
    // A former holder given the post at an event its holder then took part in.
    [
      ROCHESTER,
      '2025-09-01',
      'At the news conference, Mayor Lovely Warren said the officers had broken city policy.',
      'Malik Evans',
    ],
    // A verb whose object is the quoted words credits its subject.
    [
      ROCHESTER,
      '2025-03-29',
      'Evans spoke of “a total lack of urgency on the part of multiple Border Patrol officers at the scene.”',
      'David Smith',
    ],
    // A byline's writer and where the piece ran.
    [
      CHIEFS,
      '2016-11-28',
      'A neighbour sent round an article by Cole Zercoe in the Washington Post.',
      'Police1',
    ],
    // A note crediting the words, in the imperative or the passive; a statement said to contain them.
    [
      CHIEFS,
      '2022-05-10',
      'Please credit the quote “I don’t intend on doing anything different” to Chief Chris Magnus.',
      'Charlie Beck',
    ],
    [
      CHIEFS,
      '2022-05-10',
      'The sentence “I don’t intend on doing anything different” is attributed to Chris Magnus.',
      'Charlie Beck',
    ],
    [
      CHIEFS,
      '2022-05-10',
      'Magnus’s statement also includes the line “That is not our job, nor will I make it our job.”',
      'Charlie Beck',
    ],
    // A count at the scene named by "that one block"; "N of them" after the sentence's plural subject.
    [
      ROCHESTER,
      '2025-03-29',
      'By the chief’s count, close to thirty officers ended up on that one block.',
      '10 to 12',
    ],
    [
      ROCHESTER,
      '2025-03-29',
      'City officers answered the call with sirens wailing, about thirty of them before it was over.',
      '10 to 12',
    ],
    // "called on X at <place>" is a visit that met them.
    [
      ROCHESTER,
      '2025-05-12',
      'On his way out, Homan called on Chief David Smith at his office for a quiet chat.',
      'did not meet the chief',
    ],
    // Two stretches of one speaker's words, "he said, and …" between them: the altered one makes the quote altered.
    [
      ROCHESTER,
      '2025-06-01',
      'Smith did not mince words: “We are not to be handcuffing subjects,” he said, and his officers are “absolutely not going to be booking them or putting them into our cars.”',
      'booking',
    ],
    // "crossed town to" a place for a meeting is a visit that met.
    [
      ROCHESTER,
      '2025-06-01',
      'Homan later crossed town to City Hall for a one-on-one meeting with Mayor Evans.',
      'Evans',
    ],
    // "The statement talks about … “…”": the text told of in the sentence before, and its author.
    [
      CHIEFS,
      '2018-02-20',
      'Magnus issued a written statement. The statement speaks of practices built up “over the past two decades.”',
      'two decades',
    ],
    // "The agents came from X and Y": the story's agents, told by their agencies.
    [
      ROCHESTER,
      '2025-03-29',
      'The agents, as far as we know, came from the FBI and the U.S. Border Patrol.',
      'Homeland Security Investigations',
    ],
    // "have already been fired" is done since, not a prior act of theirs.
    [
      ROCHESTER,
      '2025-03-28',
      'Ten officers were put on desk duty. Three of them have already been fired, a caller said.',
      'No officer was fired',
    ],
    // An act only the sitting president does, told as done on a page dated before he took office.
    [
      CHIEFS,
      '2016-11-28',
      'Since then, President Trump has signed the first of his immigration orders, we hear.',
      'president-elect',
    ],
    [
      CHIEFS,
      '2016-11-21',
      'On Friday, President-elect Trump signed his first order on immigration.',
      'president-elect',
    ],
    // "rather than being" denies only what follows it.
    [ROCHESTER, '2025-04-10', 'Eight men were arrested instead of being let go.', 'three'],
  ])('%#', (head, date, line, why) => {
    const f = findingFor(head, date, line, lastOf(line));
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain(why);
  });
});
