/** An answer told with its question (qa-answer.ts), alone and on a quiz page of a made-up story about a ferry. */
import { describe, expect, it } from 'vitest';
import { testPack } from '../pack/test-pack.ts';
import { analyzeText, indexPacks } from './index.ts';
import { answerWithQuestion } from './qa-answer.ts';

/** The ferry crew spoke in May 2019; the inquiry report came in March 2020: a page that has the crew answering it is wrong. */
const pack = testPack(
  {
    id: 'ferry',
    title: 'A ferry runs aground',
    summary: 'A ferry ran aground in fog; the coastguard took everyone off.',
    timeContext: { start: '2019-05-01', end: '2019-05-03', summary: 'Early May 2019.' },
    originals: [
      {
        id: 'herald',
        publisher: 'Bay Herald',
        headline: 'Ferry aground',
        date: '2019-05-01',
        url: 'https://herald.example/ferry',
        urlConfirmed: true,
      },
    ],
    recognition: { threshold: 1, cues: [{ id: 'ferry', terms: ['ferry'], weight: 1 }] },
    facts: [
      {
        id: 'crew-spoke',
        statement: 'The ferry crew spoke on 2 May 2019.',
        kind: 'event',
        sources: ['herald'],
        confidence: 'high',
        about: [['ferry crew', 'crew']],
        details: [
          {
            slot: 'date',
            wrong: [
              {
                terms: ['inquiry report'],
                severity: 'imprecise',
                explanation: 'The crew spoke in May 2019; the inquiry report came in March 2020.',
                period: { start: '2020-03-10', label: 'after the inquiry report (10 March 2020)' },
              },
            ],
          },
        ],
      },
    ],
  },
  { updated: '2024' },
);
const index = indexPacks([pack]);
const quiz = (question: string, answer: string) => {
  const page = [
    'Ferry quiz: how well do you remember the ferry that ran aground?',
    question,
    answer,
  ].join('\n');
  return analyzeText(page, index, {}).findings.find((f) => f.text === answer);
};

describe('answerWithQuestion', () => {
  it('joins a short labelled answer to the question right before it', () => {
    expect(
      answerWithQuestion('Answer: (b) The inquiry report.', '4. What was the crew answering?'),
    ).toBe('What was the crew answering The inquiry report.');
    expect(answerWithQuestion('A: the inquiry report', 'What was the crew answering?')).toBe(
      'What was the crew answering the inquiry report',
    );
  });

  it('is nothing after a statement, for a long answer, an answer that denies, or a sentence with no label', () => {
    expect(answerWithQuestion('Answer: the inquiry report.', 'The crew spoke.')).toBeNull();
    expect(
      answerWithQuestion(
        'Answer: no, the inquiry report came ten months later.',
        'Was the crew answering the inquiry report?',
      ),
    ).toBeNull();
    expect(answerWithQuestion('The inquiry report.', 'What was the crew answering?')).toBeNull();
    expect(
      answerWithQuestion('Answer: ' + 'word '.repeat(13), 'What was the crew answering?'),
    ).toBeNull();
  });
});

describe('on a quiz page', () => {
  it('an answer that puts the story after a later event is discrepant', () => {
    expect(
      quiz('4. What was the ferry crew answering?', 'Answer: (b) The inquiry report.'),
    ).toMatchObject({ verdict: 'discrepant' });
  });

  it('a right answer, or a denial, is not', () => {
    expect(
      quiz('4. What did the ferry crew talk about?', 'Answer: (a) The fog that night.')?.verdict,
    ).not.toBe('discrepant');
    expect(
      quiz(
        '4. Was the ferry crew answering the inquiry report?',
        'Answer: No, the inquiry report came ten months later.',
      )?.verdict,
    ).not.toBe('discrepant');
  });
});
