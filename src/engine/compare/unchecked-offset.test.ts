/**
 * An offset in days, weeks or months ("the next morning", "the day before …", "a month later") that cannot be
 * counted between two linked events is unconfirmed (relative-time.ts): a sentence is consistent only when every
 * value it gives agrees, so an unchecked offset keeps it from green, and never makes it discrepant. Invented story
 * (test-story.ts): the raid on 11 June 2024, the mayor's briefing on 12 June.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../index.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-07-20');

const index = indexPacks([raidPack()], { world: westmark() });
const verdictOf = (
  last: string,
  before = 'Mayor Ida Marsh spoke to reporters about the raid on June 12.',
) => {
  const page = ['Dawn raid in Port Alder', `${before} ${last}`].join('\n');
  return analyzeText(page, index, { today: '2024-07-20' }).findings.find((f) =>
    f.text.includes(last.slice(0, 24)),
  )?.verdict;
};

describe('an offset the record cannot count', () => {
  it.each([
    ['Officers raided the warehouse on Quay Street the next morning.', 'the next morning'],
    [
      'More than a month later, the dog handlers were still searching the warehouse.',
      'a month later',
    ],
    [
      'Officers raided the warehouse on Quay Street the day before the harbourmaster finally turned up.',
      'the day before',
    ],
  ])('is unconfirmed: %s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'unconfirmed',
      comparisons: [{ slot: 'date', page }],
    });
  });

  it('keeps a sentence that otherwise agrees with a fact from green, without flagging it', () => {
    expect(
      verdictOf('Harbor Unit officers had raided the warehouse the next morning, on Quay Street.'),
    ).toBe('unverified');
    expect(verdictOf('Harbor Unit officers raided the warehouse on Quay Street in June.')).toBe(
      'consistent',
    );
  });

  it('leaves alone an offset another reader weighs or that names its first event by a noun', () => {
    // An opening offset is compared with the sentence before (offset-from-before.ts).
    expect(compare('A month later, officers raided the warehouse on Quay Street.')?.outcome).toBe(
      'agrees',
    );
    // Counted from what the sentence told before the clause.
    expect(
      compare(
        'The mayor spoke to reporters, while the dog handlers searched the warehouse two days later.',
      )?.outcome,
    ).not.toBe('unconfirmed');
    // A day of its own is compared by itself.
    expect(
      compare('Officers raided the warehouse the next morning, on Tuesday, June 11.')?.outcome,
    ).not.toBe('unconfirmed');
    // A noun phrase may name a world event or a report weighed elsewhere; a clause of its own is unconfirmed.
    expect(
      compare('Officers raided the warehouse on Quay Street two days after the harbour festival.')
        ?.outcome,
    ).toBe('agrees');
    expect(
      compare('Officers raided the warehouse on Quay Street two days after the festival ended.')
        ?.outcome,
    ).toBe('unconfirmed');
    // A lasting state after an opening offset is unconfirmed.
    expect(
      compare('A month later, officers were still guarding the warehouse on Quay Street.')?.outcome,
    ).toBe('unconfirmed');
  });

  it('still judges an offset between two linked events', () => {
    expect(
      compare('Three days after the raid, Mayor Ida Marsh held a press conference.')?.outcome,
    ).toBe('discrepant');
    expect(
      compare('The day after the raid, Mayor Ida Marsh held a press conference.')?.outcome,
    ).toBe('agrees');
  });
});
