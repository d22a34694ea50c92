/** A weekday counted from the fact's own event ("the Monday before the inquiry") is not a value of that event's day. */
import { describe, expect, it } from 'vitest';
import { matchFact } from './match-fact.ts';
import { indexedFerryFact } from './ferry-fact.ts';
import { foldText } from './normalize.ts';
import { weekdayCountedFrom } from './weekday-counted.ts';

/** A made-up inquiry opened on a Thursday, three days after a ferry ran aground on a Monday. */
const inquiry = indexedFerryFact(
  {
    id: 'inquiry-day',
    kind: 'event',
    statement: 'The inquiry opened on Thursday 9 May 2019.',
    sources: ['herald'],
    confidence: 'high',
    about: [['inquiry', 'hearing']],
    details: [
      {
        slot: 'date',
        accepted: ['thursday', 'may 9'],
        wrong: [
          {
            terms: ['monday', 'tuesday', 'friday'],
            severity: 'false',
            explanation: 'The inquiry opened on Thursday 9 May 2019.',
          },
        ],
      },
    ],
  },
  { start: '2019-05-06', end: '2019-05-09', summary: 'Early May 2019.' },
  { summary: 'A ferry ran aground; an inquiry opened three days later.', published: '2019-05-06' },
);
const verdict = (s: string) => matchFact(foldText(s), inquiry)?.verdict ?? null;

describe("a weekday counted from the fact's event", () => {
  it('is no day of that event', () => {
    expect(verdict('The ferry ran aground on May 6, the Monday before the inquiry.')).toBeNull();
    expect(verdict('Divers went down on the Friday after the hearing began.')).toBeNull();
  });
  it('still dates the event when the weekday is its own day or counted from something else', () => {
    expect(verdict('The inquiry opened on Monday.')).toBe('discrepant');
    expect(verdict('The inquiry opened the Friday after the grounding.')).toBe('discrepant');
    expect(verdict('The inquiry opened on Thursday, three days after the grounding.')).toBe(
      'consistent',
    );
  });
  it('reads only a weekday followed by a word of before or after and the point', () => {
    const f = foldText('the monday before the inquiry');
    expect(weekdayCountedFrom(f, 4, 10, [['inquiry']])).toBe(true);
    expect(weekdayCountedFrom(f, 4, 10, [['hearing']])).toBe(false);
    const g = foldText('monday, before the inquiry');
    expect(weekdayCountedFrom(g, 0, 6, [['inquiry']])).toBe(false);
  });
});
