/**
 * A labelled answer to a subject question, read as the statement the two make (qa-answer.ts answerAsStatement):
 * alone, and on a quiz page about the embedded Rochester story (sources.md B6, B9: Border Patrol dispatch called the
 * Monroe County 911 centre; B23: Rob Ortt is the Senate's Republican leader).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { answerAsStatement } from './qa-answer.ts';

describe('answerAsStatement', () => {
  it('puts the answer in the place of "who" or "which …"', () => {
    expect(
      answerAsStatement('A: Dispatchers for the agency.', 'Q: Who phoned the 911 center?'),
    ).toBe('Dispatchers for the agency phoned the 911 center.');
    expect(
      answerAsStatement(
        'A: Jane Roe, the chamber\u2019s leader.',
        '9. Which senator came to the hall?',
      ),
    ).toBe('Jane Roe, the chamber\u2019s leader, came to the hall.');
    expect(
      answerAsStatement(
        'A: That was The Daily Bugle.',
        'Q: Which newspaper\u2019s headline said so?',
      ),
    ).toBe('The Daily Bugle\u2019s headline said so.');
  });

  it('is nothing for a question about anything but its subject, or no labelled answer', () => {
    expect(answerAsStatement('A: Friday.', 'Q: When did the mayor speak?')).toBeNull();
    expect(
      answerAsStatement('A: Whitney Street.', 'Q: On what street did agents stop the van?'),
    ).toBeNull();
    expect(answerAsStatement('Dispatchers did.', 'Q: Who phoned the 911 center?')).toBeNull();
    expect(answerAsStatement('A: No one.', 'Q: Who phoned the 911 center?')).toBeNull();
  });
});

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const quiz = (question: string, answer: string) =>
  analyzeText(
    [
      'Lyell Avenue trivia: the Border Patrol stop on Whitney Street in Rochester',
      'Federal agents stopped a van on Whitney Street, off Lyell Avenue, and city police came as backup.',
      question,
      answer,
    ].join('\n'),
    index,
    { today: '2026-01-15', published: '2026-01-15' },
  ).findings.find((f) => f.text === answer);

describe('on a quiz page', () => {
  it('an answer that names another agency or party is discrepant', () => {
    expect(
      quiz(
        'Q: Who phoned the Monroe County 911 center asking for city police to come help?',
        'A: Dispatchers for the FBI.',
      ),
    ).toMatchObject({ verdict: 'discrepant', comparison: [{ slot: 'agency', page: 'FBI' }] });
    expect(
      quiz(
        'Q: Which state Senate leader came to the union hall that Friday to thank the officers?',
        "A: Rob Ortt, the chamber's Democratic minority leader.",
      ),
    ).toMatchObject({ verdict: 'discrepant', comparison: [{ slot: 'party' }] });
  });

  it('the recorded answer is not', () => {
    expect(
      quiz(
        'Q: Who phoned the Monroe County 911 center asking for city police to come help?',
        'A: Border Patrol dispatchers.',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      quiz(
        'Q: Which state Senate leader came to the union hall that Friday to thank the officers?',
        "A: Rob Ortt, the chamber's Republican minority leader.",
      )?.verdict,
    ).not.toBe('discrepant');
  });
});
