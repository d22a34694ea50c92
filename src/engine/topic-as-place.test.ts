/** A fact's topic named only as a place ("went to the harbour office to praise the crew") confirms nothing of it. */
import { describe, expect, it } from 'vitest';
import { matchFact } from './match-fact.ts';
import { indexedFerryFact } from './ferry-fact.ts';
import { foldText } from './normalize.ts';
import { topicOnlyAsPlace } from './topic-as-place.ts';

/** A made-up harbour board that praised a ferry crew after a grounding. */
const praise = indexedFerryFact(
  {
    id: 'board-praise',
    kind: 'reaction',
    statement: 'The harbour board praised the crew.',
    sources: ['herald'],
    confidence: 'high',
    about: [['harbour board', 'the board']],
    details: [
      {
        slot: 'stance',
        accepted: ['praised', 'praise', 'defended'],
        wrong: [
          {
            terms: ['blamed the crew'],
            severity: 'false',
            explanation: 'The board praised the crew.',
          },
        ],
      },
    ],
  },
  { start: '2019-05-06', end: '2019-05-09', summary: 'Early May 2019.' },
  { summary: 'A ferry ran aground; the harbour board praised the crew.', published: '2019-05-06' },
);
const verdict = (s: string) => matchFact(foldText(s), praise)?.verdict ?? null;

describe("a fact's topic named only as a place", () => {
  it('confirms nothing: someone else may have done the agreeing act there', () => {
    expect(verdict('A senator went to the harbour board to praise the crew.')).toBeNull();
    expect(verdict('The mayor spoke at the board and praised the crew.')).toBeNull();
    // A source, a state or a doer after a preposition is no place.
    expect(verdict('According to the harbour board, the pilot was praised.')).toBe('consistent');
  });
  it('still confirms the topic as the doer, and still finds the wrong value', () => {
    expect(verdict('The harbour board praised the crew.')).toBe('consistent');
    expect(verdict('After the grounding, the board went to the quay and praised the crew.')).toBe(
      'consistent',
    );
    expect(verdict('A senator went to the harbour board, which blamed the crew.')).toBe(
      'discrepant',
    );
  });
  it('reads the preposition right before the term', () => {
    expect(topicOnlyAsPlace(foldText('she went to the harbour board'), [['harbour board']])).toBe(
      true,
    );
    expect(topicOnlyAsPlace(foldText('the harbour board met her'), [['harbour board']])).toBe(
      false,
    );
    expect(topicOnlyAsPlace(foldText('nothing here'), [['harbour board']])).toBe(false);
  });
});
