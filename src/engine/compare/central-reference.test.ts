/**
 * The story's central speaking named only generically ("the statements", "the
 * mayors spoke"), for its time. Invented story: Mayor Ida Marsh's briefing on
 * Wednesday 12 June 2024 and Mayor Ned Holt's statement on Thursday 13 June are
 * the central events; the raid was on 11 June, the funding vote on 18 June.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../../pack/parse-pack.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';

type Json = Record<string, unknown> & {
  stories: (Record<string, unknown> & {
    entities: unknown[];
    events: unknown[];
    recognition: Record<string, unknown>;
  })[];
};

function record(holtDate: string, central = true) {
  const p = JSON.parse(JSON.stringify(raidPack())) as Json;
  const story = p.stories[0]!;
  story.entities.push({
    id: 'ned-holt',
    kind: 'person',
    name: 'Ned Holt',
    roles: [{ title: 'mayor', from: '2019-01-01' }],
  });
  story.events.push({
    id: 'holt-statement',
    label: 'Mayor Ned Holt of Kells backs Marsh',
    words: ['holt statement'],
    date: holtDate,
    sources: ['ledger'],
    confidence: 'high',
    participants: [{ role: 'spoke', entities: ['ned-holt'] }],
  });
  if (central) story.recognition.events = ['briefing', 'holt-statement'];
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return buildStoryRecord(parsed.pack.stories[0]!, westmark());
}

const oneWeek = record('2024-06-13');
const compare = (sentence: string, r = oneWeek) =>
  compareSentence(sentence, r, '2024-07-20', { pageYear: 2024 })?.outcome;

describe('the central speaking named generically', () => {
  it('dates "the statements" by the central events', () => {
    expect(compare('The statements came after the funding vote.')).toBe('discrepant');
    expect(compare('These remarks responded to the funding vote.')).toBe('discrepant');
    expect(compare('Their pushback was first voiced in July 2024.')).toBe('discrepant');
    expect(compare('The two mayors spoke on the same day.')).toBe('discrepant');
    // Reactions to what came after them.
    expect(compare('All of these statements were reactions to the funding vote.')).toBe(
      'discrepant',
    );
    expect(compare('The statements were a response to the funding vote.')).toBe('discrepant');
    expect(compare('The statements were reactions to the raid.')).not.toBe('discrepant');
  });

  it("agrees with the recorded time, and leaves others' statements and what others did with them alone", () => {
    expect(compare('The statements came after the raid.')).not.toBe('discrepant');
    expect(compare('Their pushback was first voiced in June 2024.')).not.toBe('discrepant');
    expect(
      compare('Traders on the east side made similar statements after the funding vote.'),
    ).not.toBe('discrepant');
    expect(compare('The statements were welcomed by the guild after the funding vote.')).not.toBe(
      'discrepant',
    );
    expect(compare('The statements drew praise in July 2024.')).not.toBe('discrepant');
    expect(compare('Other statements came after the funding vote.')).not.toBe('discrepant');
    expect(compare('The statements came the same day as the briefing.')).not.toBe('discrepant');
    expect(compare('The council members spoke after the funding vote.')).not.toBe('discrepant');
    // A date in the point after "before" is the point's.
    expect(compare('The statements came before the funding vote in July 2024.')).not.toBe(
      'discrepant',
    );
  });

  it("counts time from the page's date: an old speaking told as this week's is found, the same words in its own week agree", () => {
    const on = (sentence: string, pageDate: string) =>
      compareSentence(sentence, oneWeek, pageDate, { pageYear: 2024 })?.outcome;
    expect(on('The mayors spoke out this week.', '2025-03-02')).toBe('discrepant');
    expect(on('These statements were made last month.', '2024-09-30')).toBe('discrepant');
    expect(on('The mayors spoke out this week.', '2024-06-14')).not.toBe('discrepant');
    expect(on('These statements were made last month.', '2024-07-10')).not.toBe('discrepant');
    expect(on('Other statements were made this week.', '2025-03-02')).not.toBe('discrepant');
    expect(on('The mayors spoke out again this week.', '2025-03-02')).not.toBe('discrepant');
    // "new" of what the speaking answered is no newer speaking; "new statements" is.
    expect(
      on(
        'The mayors made those statements this week, in answer to the new funding vote.',
        '2025-03-02',
      ),
    ).toBe('discrepant');
    expect(on('The mayors made new statements this week.', '2025-03-02')).not.toBe('discrepant');
    // The narrator's source before the clause, with an aside: "As X reminded us (…), …".
    expect(
      on(
        'As Tam reminded us (she reads three papers a day, bless her), the mayors spoke out this week.',
        '2025-03-02',
      ),
    ).toBe('discrepant');
    expect(
      on(
        'As Tam reminded us (she reads three papers a day, bless her), the mayors spoke out this week.',
        '2024-06-14',
      ),
    ).not.toBe('discrepant');
  });

  it('says nothing when the story has no central speaking, or when it spreads over more than a week', () => {
    expect(
      compare('The statements came after the funding vote.', record('2024-06-13', false)),
    ).not.toBe('discrepant');
    expect(compare('The statements came after the funding vote.', record('2024-06-28'))).not.toBe(
      'discrepant',
    );
    expect(compare('The two mayors spoke on the same day.', record('2024-06-28'))).not.toBe(
      'discrepant',
    );
  });

  it('takes "these"/"those" speakers, a response as their speaking, and a factive frame before them', () => {
    expect(compare('These mayors spoke out in July 2024.')).toBe('discrepant');
    expect(compare('The mayors were responding to the funding vote.')).toBe('discrepant');
    expect(compare('Those mayors responded to the funding vote.')).toBe('discrepant');
    expect(
      compare('Readers should keep in mind that the mayors were responding to the funding vote.'),
    ).toBe('discrepant');
    expect(
      compare('It is worth remembering that these mayors were responding to the funding vote.'),
    ).toBe('discrepant');
    // True wordings stay unflagged.
    expect(compare('These mayors spoke out in June 2024.')).not.toBe('discrepant');
    expect(compare('The mayors were responding to the raid.')).not.toBe('discrepant');
    expect(
      compare('Readers should keep in mind that the mayors were responding to the raid.'),
    ).not.toBe('discrepant');
    expect(compare('Those council members responded to the funding vote.')).not.toBe('discrepant');
  });

  it('counts "last <month>" back from the page\'s date', () => {
    // Page of 20 July 2024: "last June" is June 2024, "last May" May 2024; on a page of 10 January 2025, "last June" is June 2024.
    expect(compare('These mayors spoke out last June.')).not.toBe('discrepant');
    expect(
      compareSentence('These mayors spoke out last June.', oneWeek, '2025-01-10', {
        pageYear: 2025,
      })?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareSentence('These mayors spoke out last June.', oneWeek, '2025-07-20', {
        pageYear: 2025,
      })?.outcome,
    ).toBe('discrepant');
    expect(compare('These mayors spoke out last May.')).toBe('discrepant');
    expect(
      compareSentence('These mayors spoke out last June.', oneWeek, '2026-07-20', {
        pageYear: 2026,
      })?.outcome,
    ).toBe('discrepant');
    // In the month itself "last June" may mean either June: left unread.
    expect(
      compareSentence('These mayors spoke out last June.', oneWeek, '2025-06-28', {
        pageYear: 2025,
      })?.outcome,
    ).not.toBe('discrepant');
  });
});

describe("a plural of the speakers' title after a time set first, with no determiner (embedded 2016 record: the chiefs spoke 14 to 16 November 2016)", () => {
  const chiefs = buildStoryRecord(
    loadEmbeddedPack().stories.find((st) => st.id.startsWith('police-chiefs'))!,
    worldIndex(),
  );
  const told = (sentence: string) =>
    compareSentence(sentence, chiefs, '2017-03-01', { pageYear: 2017 })?.outcome;
  it('is dated by the central speaking', () => {
    expect(
      told(
        "In the days after Donald Trump's inauguration, police chiefs in several sanctuary cities said publicly that their departments would stay out of immigration enforcement.",
      ),
    ).toBe('discrepant');
  });
  it('agrees with the right anchor, and leaves other speakers alone', () => {
    expect(
      told(
        "In the days after Donald Trump's election, police chiefs in several sanctuary cities said publicly that their departments would stay out of immigration enforcement.",
      ),
    ).not.toBe('discrepant');
    expect(
      told(
        "In the days after Donald Trump's inauguration, pastors in several cities said publicly that they would shelter immigrants.",
      ),
    ).not.toBe('discrepant');
  });
});
