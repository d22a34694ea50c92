/**
 * A clock time after a verb of arriving is its subject's (invented story: the raid at 6 a.m.; the dog handlers
 * reached the warehouse at 7:30 a.m.).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { handlersRecord } from './test-handlers.ts';

const record = handlersRecord();
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('a time after a verb of arriving', () => {
  it("is compared with the events the arrival's subject names, not every event of the clause", () => {
    expect(
      compare('The dog handlers arrived at a quarter past six and joined the raid.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time', page: 'a quarter past six' }],
    });
    expect(
      compare('The dog handlers reached the scene at 6:10 a.m. and joined the raid.')?.outcome,
    ).toBe('discrepant');
  });

  it("agrees when it fits the subject's event, in words or digits, hedged or not", () => {
    expect(
      compare('The dog handlers arrived at half past seven and joined the raid.')?.outcome,
    ).toBe('agrees');
    expect(
      compare('The dog handlers arrived at about 7:30 a.m. and joined the raid.')?.outcome,
    ).toBe('agrees');
    expect(
      compare('The dog handlers showed up shortly after 7 a.m. and joined the raid.')?.outcome,
    ).toBe('agrees');
  });

  it('leaves a time of no arrival, or of a subject no event names, to the events of the clause', () => {
    expect(
      compare('Officers arrived at a quarter past six and joined the raid.')?.outcome,
    ).not.toBe('discrepant');
    expect(
      compare('The raid began at a quarter past six, and the dog handlers joined it.')?.outcome,
    ).not.toBe('discrepant');
  });
});
