/**
 * Which outlet a page credits, where the credit is exclusive and the outlet
 * is known only by the shape of its name (issue: outlet credits).
 *
 * - A name ending in a capitalised time word inside a sentence is an outlet's
 *   ("… of Sheriffs Today"), not the day: a writer's outlet the record
 *   contradicts (sources.md A2: Cole Zercoe wrote for PoliceOne/Police1).
 * - "X gathered the remarks in one long article by <writer>": X published
 *   the writer's piece, with words between the determiner and the piece.
 * - A weekly named for a place is not the daily of that place ("Tucson
 *   Weekly" is no name of the Arizona Daily Star, tucson.com; C7).
 * - "X broke the story", "the statement reached readers through X", "X
 *   reported it two days later": the outlet printed a statement the record has
 *   one outlet printing (C7 the Arizona Daily Star, C8 the Denver Post).
 * - A third sentence back within one paragraph: what "The statement …"
 *   points back at when the two sentences between are its quoted words.
 *
 * The sentences are invented; the outlet names "Sheriffs Today", "Mesa
 * Gazette" and "Tucson Daily" are made up.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../index.ts';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { readSentence } from '../read/index.ts';
import { compareSentence } from './compare-sentence.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const chiefs = index.stories
  .find((s) => s.story.id === 'police-chiefs-immigration-2016')!
  .checks()
  .record();
const compare = (sentence: string) => compareSentence(sentence, chiefs, '2016-12-01');
const about = (id: string) => chiefs.events.filter((e) => e.event.id === id);
const compareAbout = (sentence: string, id: string) =>
  compareSentence(sentence, chiefs, '2016-12-01', { events: about(id) });

describe('an outlet whose name ends in a time word', () => {
  it('is read as an outlet inside a sentence', () => {
    const mentions = readSentence(
      'The round-up was written by Cole Zercoe of Sheriffs Today.',
      chiefs.gazetteer,
    ).flatMap((c) => c.mentions);
    expect(mentions).toContainEqual(
      expect.objectContaining({ type: 'outlet', text: 'Sheriffs Today' }),
    );
    expect(mentions.some((m) => m.type === 'relative-time')).toBe(false);
  });

  it("is another outlet than the writer's", () => {
    expect(compare('The round-up was written by Cole Zercoe of Sheriffs Today.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Sheriffs Today', record: 'Police1' }],
    });
  });

  it('true sentences stay unflagged; a heading keeps its day', () => {
    expect(compare('The round-up was written by Cole Zercoe of Police1.')?.outcome).toBe('agrees');
    expect(
      compare(
        'Beck told the Los Angeles Times on Monday that nothing would change, and he said it again Today.',
      )?.outcome,
    ).not.toBe('discrepant');
    const heading = readSentence('Police Chiefs Speak Out Today', chiefs.gazetteer).flatMap(
      (c) => c.mentions,
    );
    expect(heading.some((m) => m.type === 'outlet')).toBe(false);
  });
});

describe("the outlet that published a writer's piece, with words before the piece", () => {
  it('is discrepant for another outlet', () => {
    expect(
      compare(
        'The Chicago Tribune gathered the chiefs\u2019 remarks in one long article by Cole Zercoe.',
      ),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Chicago Tribune', record: 'Police1' }],
    });
  });

  it('true sentences stay unflagged', () => {
    expect(
      compare('Police1 gathered the chiefs\u2019 remarks in one long article by Cole Zercoe.')
        ?.outcome,
    ).not.toBe('discrepant');
    // No writer named: the outlet's own report, which many outlets gave.
    expect(compare('The Chicago Tribune quoted the chiefs in a long article.')?.outcome).not.toBe(
      'discrepant',
    );
  });
});

describe('a statement printed by another outlet, the outlet known by its shape', () => {
  it.each([
    // A weekly is no name of the city's daily.
    ["The Tucson Weekly printed Magnus's written statement.", 'Tucson Weekly'],
    ["The Tucson Weekly broke the story of Magnus's written statement.", 'Tucson Weekly'],
    ["Magnus's written statement reached readers through the Mesa Gazette.", 'Mesa Gazette'],
    // "two days later": counted from the statement, not after another outlet's printing.
    ["The Mesa Gazette reported Magnus's written statement two days later.", 'Mesa Gazette'],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page, record: 'Arizona Daily Star' }],
    });
  });

  it('what the sentence before told of ("broke the story", "a day later")', () => {
    expect(
      compareAbout('The Tucson Weekly broke the story the next day.', 'magnus-statement')?.outcome,
    ).toBe('discrepant');
    expect(
      compareAbout('The Mesa Gazette reported it a day later.', 'magnus-statement')?.outcome,
    ).toBe('discrepant');
    expect(
      compareAbout('The statement reached readers through the Mesa Gazette.', 'denver-statement'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ record: 'Denver Post' }] });
  });

  it('true sentences stay unflagged', () => {
    for (const sentence of [
      "The Arizona Daily Star printed Magnus's written statement.",
      "Magnus's written statement reached readers through the Arizona Daily Star.",
      // A daily named for the city may be the Arizona Daily Star.
      "The Tucson Daily printed Magnus's written statement.",
      // Re-reporting: "later", "picked up", "also".
      "The Mesa Gazette reported Magnus's written statement later.",
      "The Tucson Weekly later picked up Magnus's written statement.",
      "Magnus's written statement later reached readers through the Mesa Gazette.",
    ])
      expect(compare(sentence)?.outcome, sentence).not.toBe('discrepant');
    expect(
      compareAbout('The Arizona Daily Star broke the story the next day.', 'magnus-statement')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareAbout('The statement reached readers through the Denver Post.', 'denver-statement')
        ?.outcome,
    ).toBe('agrees');
  });
});

describe('"X is the paper that printed the statement", "X, the paper that printed it,"', () => {
  it('is discrepant for another outlet', () => {
    expect(
      compare('The Mesa Gazette is the paper that printed the Denver police statement.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'outlet', page: 'Mesa Gazette', record: 'Denver Post' }],
    });
    expect(
      compareAbout(
        'The Mesa Gazette, the daily paper that printed the statement, is still around.',
        'denver-statement',
      ),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ record: 'Denver Post' }] });
  });

  it('true sentences stay unflagged', () => {
    expect(
      compare('The Denver Post is the paper that printed the Denver police statement.')?.outcome,
    ).toBe('agrees');
    expect(
      compareAbout(
        'The Denver Post, the paper that printed the statement, is still around.',
        'denver-statement',
      )?.outcome,
    ).toBe('agrees');
    // A paper that re-printed it, or merely covered it.
    expect(
      compareAbout(
        'The Mesa Gazette, the paper that later printed the statement, is still around.',
        'denver-statement',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      compareAbout(
        'The Mesa Gazette, a paper that covered the statement, is still around.',
        'denver-statement',
      )?.outcome,
    ).not.toBe('discrepant');
  });
});

describe('"The statement …" three sentences after the statement, within one paragraph', () => {
  const lead =
    'Police chiefs in Los Angeles, Denver and Tucson said in November 2016 that their officers would not enforce immigration law.';
  const verdict = (paragraphs: string[]) =>
    analyzeText([lead, ...paragraphs].join('\n'), index, { today: '2026-11-21' }).findings.find(
      (f) => f.text.includes('Mesa Gazette'),
    )?.verdict;
  const statement =
    'The Denver Police Department put out a statement on Monday, November 14, 2016.';
  const quoted =
    '"Immigration enforcement is handled at the federal level — not by local law enforcement," the statement said. It added that the department "has not participated in those enforcement efforts in the past."';

  it('is the statement told of', () => {
    expect(
      verdict([`${statement} ${quoted} The statement reached readers through the Mesa Gazette.`]),
    ).toBe('discrepant');
  });

  it('not across a paragraph break, nor past two sentences that quote nothing', () => {
    expect(
      verdict([statement, `${quoted} The statement reached readers through the Mesa Gazette.`]),
    ).not.toBe('discrepant');
    expect(
      verdict([
        `${statement} It was short. Others spoke too. The statement reached readers through the Mesa Gazette.`,
      ]),
    ).not.toBe('discrepant');
  });
});
