/**
 * Two clock times given to the minute, hedged or not ("about 5:49" against a record of about 6:49), are half an hour
 * apart at most; a time on the hour keeps the hedge's hour either way (invented story: dog handlers at 7:38).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { handlersRecord } from './test-handlers.ts';

describe('an hedged clock time to the minute', () => {
  const compare = (sentence: string) =>
    compareSentence(sentence, handlersRecord('07:38'), '2024-06-20');

  it('conflicts with a record to the minute an hour away ("about 6:38" for about 7:38)', () => {
    expect(
      compare('The dog handlers arrived at about 6:38 a.m. and joined the raid.'),
    ).toMatchObject({ outcome: 'discrepant', comparisons: [{ slot: 'time' }] });
    expect(compare('The dog handlers arrived around 8:40 a.m. and joined the raid.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('agrees within half an hour, and leaves a time on the hour its hour of slack', () => {
    expect(
      compare('The dog handlers arrived at about 7:50 a.m. and joined the raid.')?.outcome,
    ).toBe('agrees');
    expect(
      compare('The dog handlers arrived at about 7:15 a.m. and joined the raid.')?.outcome,
    ).toBe('agrees');
    expect(compare('The dog handlers arrived at about 7 a.m. and joined the raid.')?.outcome).toBe(
      'agrees',
    );
    expect(
      compareSentence(
        'The dog handlers arrived at about 6:38 a.m. and joined the raid.',
        handlersRecord('07:00'),
        '2024-06-20',
      )?.outcome,
    ).toBe('agrees');
  });
});

describe('an unhedged clock time off the half hour', () => {
  const compare = (sentence: string) =>
    compareSentence(sentence, handlersRecord('07:38'), '2024-06-20');

  it('conflicts with a record to the minute more than a rounding away ("at 7:50" for 7:38)', () => {
    expect(compare('The dog handlers arrived at 7:50 a.m. and joined the raid.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'time' }],
    });
    expect(compare('The dog handlers arrived at 7:25 a.m. and joined the raid.')?.outcome).toBe(
      'discrepant',
    );
  });

  it('agrees within a rounding, and leaves a time on the half hour, or a record on the quarter, their slack', () => {
    expect(compare('The dog handlers arrived at 7:42 a.m. and joined the raid.')?.outcome).toBe(
      'agrees',
    );
    expect(compare('The dog handlers arrived at 7:30 a.m. and joined the raid.')?.outcome).toBe(
      'agrees',
    );
    expect(
      compareSentence(
        'The dog handlers arrived at 7:50 a.m. and joined the raid.',
        handlersRecord('07:30'),
        '2024-06-20',
      )?.outcome,
    ).toBe('agrees');
  });
});
