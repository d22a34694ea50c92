/** Time counted from the page's own date, on the invented story (briefing on 12 June 2024). */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';
import { parsePack } from '../../pack/parse-pack.ts';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, pageDate: string) => compareSentence(sentence, record, pageDate);

describe('compareSentence: "this week", "yesterday" against the page\'s date', () => {
  it("agrees on a page from the event's own days", () => {
    expect(
      compare(
        'At a press conference this week, Mayor Ida Marsh spoke about the raid.',
        '2024-06-14',
      )?.outcome,
    ).toBe('agrees');
    expect(
      compare(
        'At a press conference yesterday, Mayor Ida Marsh spoke about the raid.',
        '2024-06-13',
      )?.outcome,
    ).toBe('agrees');
  });

  it('is wrong on a page dated long after: an old story told as new', () => {
    const result = compare(
      'At a press conference this week, Mayor Ida Marsh spoke about the raid.',
      '2025-09-01',
    );
    expect(result).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'when', page: 'this week' }],
    });
    expect(result?.explanation).toMatch(
      /^The page speaks from .*2025; the record dates it .*2024, which is not “this week”/,
    );
    expect(
      compare(
        'At a press conference two months ago, Mayor Ida Marsh spoke about the raid.',
        '2024-06-20',
      )?.outcome,
    ).toBe('discrepant');
  });

  it('says nothing without a linked event or a page date', () => {
    expect(compare('This week the mood in Kells was tense.', '2025-09-01')?.outcome).not.toBe(
      'discrepant',
    );
    expect(
      compareSentence(
        'At a press conference this week, Mayor Ida Marsh spoke about the raid.',
        record,
        undefined,
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe("compareSentence: the time of the story's coverage", () => {
  it('is not an old story while a later event of the story falls in the days the words allow', () => {
    // Raid 11 June, funding vote 18 June: on 24 June the story is still news "this week", the raid itself is not this week's.
    expect(
      compare(
        'The raid story that has been all over the news this week started at a Quay Street warehouse.',
        '2024-06-24',
      )?.outcome,
    ).toBe('unconfirmed');
    expect(
      compare('The raid this week at a Quay Street warehouse shocked the town.', '2024-06-24')
        ?.outcome,
    ).toBe('discrepant');
  });

  it('is an old story when no event of the story is that recent', () => {
    expect(
      compare(
        'The raid story that has been all over the news this week started at a Quay Street warehouse.',
        '2025-06-20',
      )?.outcome,
    ).toBe('discrepant');
  });
});

describe('compareSentence: the days it allows hold another event at a site the clause names (embedded 2025 record)', () => {
  const rochester = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
    worldIndex(),
  );
  const at = (sentence: string, pageDate: string) =>
    compareSentence(sentence, rochester, pageDate)?.outcome;

  it('is no old story on the day of the protest at City Hall', () => {
    expect(
      at(
        'We are meeting in front of City Hall tonight to tell them those ten officers need to be fired.',
        '2025-03-31',
      ),
    ).not.toBe('discrepant');
  });

  it('is still an old story a year on, or when only the town is named', () => {
    // The writer's own meeting tonight is the writer's day, not the story's (writer-time.ts): not judged.
    expect(
      at(
        'We are meeting in front of City Hall tonight to tell them those ten officers need to be fired.',
        '2026-03-31',
      ),
    ).not.toBe('discrepant');
    expect(
      at('Tonight the ten officers were taken off the street in front of City Hall.', '2026-03-31'),
    ).toBe('discrepant');
    expect(
      at(
        'Mayor Malik Evans held a press conference in Rochester tonight about the officers.',
        '2025-03-31',
      ),
    ).toBe('discrepant');
  });
});

describe('compareSentence: a recent time of a clause linked only by its place, or of an anniversary (embedded 2025 record)', () => {
  const rochester = buildStoryRecord(
    loadEmbeddedPack().stories.find((s) => s.id.startsWith('rochester'))!,
    worldIndex(),
  );
  const at = (sentence: string, pageDate: string) =>
    compareSentence(sentence, rochester, pageDate)?.outcome;

  it("is the clause's own act at the place, not the story told as recent", () => {
    expect(at('This week, I walked down Whitney Street.', '2026-03-27')).not.toBe('discrepant');
    expect(at('This week, Whitney Street got new streetlights.', '2026-03-27')).not.toBe(
      'discrepant',
    );
  });

  it('is an anniversary when the recent words mark the years since', () => {
    for (const s of [
      'This week marks a year since Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street.',
      'Today is the first anniversary of the traffic stop on Whitney Street, where Rochester police officers helped Border Patrol agents.',
      'This week, one year on, Rochester remembers the traffic stop on Whitney Street.',
    ])
      expect(at(s, '2026-03-24'), s).not.toBe('discrepant');
  });

  it('still tells an old story as recent when the recent words are its own', () => {
    expect(
      at(
        'This week, Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street.',
        '2026-03-27',
      ),
    ).toBe('discrepant');
  });
});

describe("compareSentence: someone's words dated to their month, with the speaker named", () => {
  // Invented: Mayor Ida Marsh says in July 2024 (no day known) that she will tour the harbour.
  const p = JSON.parse(JSON.stringify(raidPack())) as { stories: { events: unknown[] }[] };
  p.stories[0]!.events.push({
    id: 'tour-pledge',
    label: 'Mayor Ida Marsh says she will tour the harbour',
    words: ['will tour'],
    date: '2024-07',
    sources: ['ledger'],
    confidence: 'medium',
    participants: [{ role: 'spoke', entities: ['ida-marsh'] }],
  });
  const parsed = parsePack(p);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  const pledged = buildStoryRecord(parsed.pack.stories[0]!, westmark());
  const at = (sentence: string, pageDate: string) =>
    compareSentence(sentence, pledged, pageDate)?.outcome;

  it('is an old story told as new a season after that month', () => {
    expect(at('This week Mayor Ida Marsh says she will tour the harbour.', '2025-03-10')).toBe(
      'discrepant',
    );
    expect(at('Mayor Ida Marsh said last week that she will tour the harbour.', '2025-03-10')).toBe(
      'discrepant',
    );
  });

  it('agrees in or near that month, and leaves it alone without the speaker or a verb of saying', () => {
    expect(at('This week Mayor Ida Marsh says she will tour the harbour.', '2024-07-20')).not.toBe(
      'discrepant',
    );
    expect(
      at('Mayor Ida Marsh said last week that she will tour the harbour.', '2024-08-05'),
    ).not.toBe('discrepant');
    expect(
      at('Mayor Ida Marsh said last week that she will tour the harbour.', '2024-09-20'),
    ).not.toBe('discrepant');
    expect(at('This week the mayor will tour the harbour.', '2025-03-10')).not.toBe('discrepant');
  });
});
