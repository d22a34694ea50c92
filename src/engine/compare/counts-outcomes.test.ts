/**
 * Quantities with the noun they count, personnel outcomes and durations in new
 * words, on the invented story (test-story.ts) with two events added: the
 * fifteen Harbor Unit officers put on desk duty pending retraining (a
 * two-hour session; 24 to 48 hours pending it), and the Alder Ledger's
 * round-up, which quoted three statements, one of them a chief's; and
 * statements by the Harbor Unit and the Dunmore Police Department.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import {
  ALDER_LEDGER,
  raidRecordAdding,
  REVIEW_LENGTHS,
  reviewEvent,
  roundupEvent,
} from './test-review.ts';

const story = raidRecordAdding({
  entities: [ALDER_LEDGER],
  events: [
    reviewEvent(REVIEW_LENGTHS),
    {
      sources: ['ledger'],
      confidence: 'high',
      id: 'agency-statements',
      label: 'The Harbor Unit and the Dunmore police speak about the raid',
      words: ['statements'],
      date: '2024-06-12',
      participants: [{ role: 'spoke', entities: ['harbor-unit', 'dunmore-pd'] }],
    },
    roundupEvent({
      quantities: [
        { nouns: ['statements', 'officials'], min: 3, max: 3, quoted: true },
        { nouns: ['chiefs'], min: 1, max: 1, quoted: true },
      ],
    }),
  ],
});
const compare = (sentence: string) => compareSentence(sentence, story, '2024-06-20');

describe('a count of those an outcome befell, where the record counts the group but not the outcome', () => {
  it('is wrong above the whole group', () => {
    expect(compare('Twenty officers were retrained.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'Twenty', record: '15 officers' }],
    });
    expect(compare('Dozens of officers were retrained.')?.outcome).toBe('discrepant');
  });
  it('says nothing wrong of a part of it, or of about all of it', () => {
    for (const s of [
      'Eight officers were retrained.',
      'About fifteen officers were retrained.',
      'A dozen officers were retrained.',
      'All fifteen officers were retrained.',
      'Officers raided the warehouse, and 200 officers were arrested nationwide that year.',
    ]) {
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    }
  });
});

describe('a personnel action against the recorded one', () => {
  it('is wrong when it leaves them otherwise than the record does, naming both', () => {
    expect(compare('The mayor suspended all fifteen officers without pay.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', page: 'suspended', record: 'put on desk duty' }],
    });
    expect(compare('The officers were fired after the raid.')?.outcome).toBe('discrepant');
  });
  it('takes a count with no noun for the group the record counts so', () => {
    expect(
      compare('The fifteen have been suspended without pay while the review goes on.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outcome', record: 'put on desk duty' }],
    });
    for (const s of [
      'The fifteen were pulled off patrol.',
      'The fifteen were put on desk duty.',
      'Four were suspended for a week.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
  it('agrees in other words, and is not judged when wished, denied, of a duty only, or of no one the record names', () => {
    for (const s of [
      'The officers were taken off the street.',
      'The fifteen officers were pulled off patrol.',
      'The officers were reassigned.',
      'The officers were suspended from patrol until they were retrained.',
      'Protesters wanted the officers suspended.',
      'The officers were not suspended.',
      'The council suspended the funding vote.',
    ]) {
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    }
  });
});

describe('the tools of the job taken, against the recorded personnel action', () => {
  it('is unconfirmed against desk duty, which may take them too', () => {
    const c = compare('The fifteen officers were stripped of their badges and guns.');
    expect(c?.outcome).toBe('unconfirmed');
    expect(c?.comparisons).toContainEqual({
      slot: 'personnel',
      page: 'stripped of their badges and guns',
      record: 'put on desk duty',
    });
    expect(compare('Fifteen of the unit were stripped of their badges.')?.outcome).toBe(
      'unconfirmed',
    );
  });
  it('says nothing of tools someone else gave up', () => {
    for (const s of [
      'The men handed over their weapons to the officers.',
      'Officers seized their weapons.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    expect(
      compare('The men handed over their weapons to the officers.')?.comparisons ?? [],
    ).not.toContainEqual(expect.objectContaining({ slot: 'outcome' }));
  });
});

describe('a count put at "the scene"', () => {
  it('is compared with what the incident counts', () => {
    expect(compare('Forty officers converged on the scene.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'Forty', record: '14 to 16 officers' }],
    });
    expect(compare('Roughly 40 officers were at the scene.')?.outcome).toBe('discrepant');
  });
  it('agrees within the range, and says nothing of another scene', () => {
    expect(compare('About fifteen officers converged on the scene.')?.outcome).toBe('agrees');
    expect(compare('Forty officers converged on the scene of a crash.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Forty officers gathered at a scene downtown.')?.outcome).not.toBe('discrepant');
  });
});

describe('how many a report quoted', () => {
  it('is compared with what the record says the report quoted', () => {
    expect(compare('The article quoted a dozen statements.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'a dozen', record: '3 statements quoted' }],
    });
    expect(compare('That roundup quotes three big-city police chiefs by name.')?.outcome).toBe(
      'discrepant',
    );
    expect(
      compare('All four of the chiefs quoted in that roundup lead big departments.')?.outcome,
    ).toBe('discrepant');
    // An aside between the report and its verb.
    expect(compare('The article, to be fair, quoted a dozen statements.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'a dozen' }],
    });
  });
  it('reads a document or an exhibit as a report that quotes', () => {
    expect(
      compare('In all, the exhibit quotes six law enforcement officials by name.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'count', page: 'six' }] });
    expect(compare('The document quoted a dozen statements.')?.outcome).toBe('discrepant');
    expect(compare('In all, the exhibit quotes three officials by name.')?.outcome).toBe('agrees');
    expect(compare('Six officials signed the exhibit.')?.outcome).not.toBe('discrepant');
  });
  it('leaves the right count alone after an aside', () => {
    expect(compare('The article, to be fair, quoted three statements.')?.outcome).toBe('agrees');
  });
  it('agrees with the right count, and says nothing of other counts', () => {
    expect(compare('The article quoted three statements.')?.outcome).toBe('agrees');
    expect(compare('The roundup quoted only one police chief.')?.outcome).not.toBe('discrepant');
    for (const s of [
      'Three chiefs spoke out.',
      'The roundup quoted Marsh and five other officials.',
      'The article quoted the chiefs of two departments.',
      "A dozen chiefs spoke to the article's author.",
    ]) {
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    }
  });
});

describe('a part of what a report quoted, said to be something else it counts ("two of the three … quoted are …")', () => {
  it('is wrong when more than the record has quoted', () => {
    expect(compare('Two of the three officials quoted are chiefs.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'Two', record: '1 chiefs quoted' }],
    });
    expect(
      compare('Two of the three officials quoted in the article were police chiefs.')?.outcome,
    ).toBe('discrepant');
  });
  it('agrees with as many, and says nothing when the whole is not the quoted set', () => {
    expect(compare('One of the three officials quoted were chiefs.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('Two of the five officials quoted are chiefs.')?.outcome).not.toBe('discrepant');
    expect(compare('Two of the three officials are chiefs.')?.outcome).not.toBe('discrepant');
  });
});

describe('how many quoted statements a report holds, with any verb', () => {
  it('is compared with what the record says the report quoted', () => {
    for (const s of [
      "Marsh's round-up strings together a dozen quoted statements from officials.",
      'The article carries six quoted statements, most of them from chiefs.',
      'In all, the piece runs to some ten directly quoted statements.',
      'The round-up strings together dozens of quoted statements.',
    ])
      expect(compare(s), s).toMatchObject({
        outcome: 'discrepant',
        comparisons: [{ slot: 'count', record: '3 statements quoted' }],
      });
  });
  it('agrees with the right count, and leaves what a report says alone', () => {
    for (const s of [
      "Marsh's round-up strings together three quoted statements from officials.",
      'The article carries three quoted statements, one of them from a chief.',
      'The article says a dozen quoted statements were left out.',
      'The round-up, unlike others, strings together a dozen statements from officials.',
    ])
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
  });
});

describe('durations of parts of the event in new words', () => {
  it('compares a duration named by another word of its kind ("class" for a session)', () => {
    expect(
      compare('The officers sat through a two-day class as part of the review.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'duration', page: 'two-day', record: 'a two-hour session' }],
    });
    expect(
      compare('The officers sat through a two-hour class as part of the review.')?.outcome,
    ).toBe('agrees');
  });
  it('compares each part with its own recorded duration, and a relative clause with what the clause before names', () => {
    expect(compare('The officers were on desk duty for a day or two of retraining.')?.outcome).toBe(
      'agrees',
    );
    expect(
      compare('The officers were put on desk duty on Thursday, which became news on Saturday.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare(
        'The officers were put on desk duty pending retraining, which was expected to take about two weeks.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'duration', record: '24 to 48 hours pending retraining' }],
    });
  });
});

describe("how old the page says the story's words are", () => {
  // The mayor spoke on 12 June 2024; a page of 1 July 2030 is six years later.
  const at = (sentence: string) => compareSentence(sentence, story, '2030-07-01');
  it("is wrong when the years since the story's statements cannot meet it", () => {
    expect(at("The mayor's remarks are over ten years old.")).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'when', page: 'ten years old' }],
    });
    expect(at('Those quotes are less than two years old.')?.outcome).toBe('discrepant');
  });
  it("agrees when it fits, and says nothing of a denied age or of someone's age", () => {
    expect(at('These statements are now about six years old.')?.outcome).toBe('agrees');
    expect(at('The story is more than five years old.')?.outcome).toBe('agrees');
    for (const s of [
      'The quotes are not ten years old.',
      'The remarks were made to two men who were 40 years old.',
    ])
      expect(at(s)?.outcome, s).not.toBe('discrepant');
  });
});

describe('"only N" agencies speaking, where the record has more of them speak', () => {
  it("is wrong below the number of agencies the record has speaking by the page's date", () => {
    expect(compare('Only one agency has spoken out so far.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count', page: 'one' }],
    });
  });
  it('says nothing without "only", at or above that number, of departments the record has one of, or before they spoke', () => {
    for (const s of [
      'Only two agencies have spoken out.',
      'One agency spoke out.',
      'Only one police department has spoken out.',
      'Only one agency took part in the raid.',
    ]) {
      expect(compare(s)?.outcome, s).not.toBe('discrepant');
    }
    expect(
      compareSentence('Only one agency has spoken out so far.', story, '2024-06-11')?.outcome,
    ).not.toBe('discrepant');
  });
});
