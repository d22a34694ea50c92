/**
 * Who the people at a scene told before were (compare/doers-there.ts), and a response called off, which is no call
 * for one (clause-roles.ts): the embedded Rochester story (sources.md B6, B9, B13: HSI and Border Patrol made the stop;
 * Border Patrol dispatch called 911; the first supervisor to arrive called off the emergency response).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const verdictOf = (line: string) =>
  analyzeText(
    [
      'Rochester police answer a Border Patrol call for backup',
      `On Monday, federal agents stopped a van on Whitney Street, off Lyell Avenue, in Rochester. ${line}`,
      'Border Patrol dispatch called the Monroe County 911 center for an emergency response.',
    ].join('\n'),
    index,
    { today: '2025-03-29', published: '2025-03-29' },
  ).findings.find((f) => f.text === line)?.verdict;

describe('the people at the scene told before', () => {
  it('a body the record does not have there is discrepant', () => {
    expect(
      verdictOf('The agents there were from Homeland Security Investigations and the FBI.'),
    ).toBe('discrepant');
    expect(verdictOf('The officers on scene were with the FBI.')).toBe('discrepant');
  });

  it('the recorded bodies, or words of another shape, are not', () => {
    for (const line of [
      'The agents there were from Homeland Security Investigations and the Border Patrol.',
      'The agents there were from out of town.',
      'Agents there often come from the FBI.',
    ])
      expect(verdictOf(line), line).not.toBe('discrepant');
  });
});

describe('a response called off', () => {
  it('is no call for one', () => {
    expect(
      verdictOf(
        'The first city police supervisor to arrive called off the emergency response, but more officers kept coming.',
      ),
    ).not.toBe('discrepant');
    expect(verdictOf('City police called for backup.')).toBe('discrepant');
  });
});

describe('recorded words with no speaker read, another person named beside them', () => {
  const line =
    'The chorus borrows the line Evans gave that afternoon: "we went lights and sirens."';
  it('are not vouched for', () => {
    expect(verdictOf(line)).toBe('unverified');
  });
});

describe('"stop by": a visit, no traffic stop', () => {
  it('names no stop, while a passive "stopped by" still does', () => {
    expect(
      verdictOf('Campers from the city stop by the host site on Thursday to talk about it.'),
    ).not.toBe('discrepant');
    expect(verdictOf('The van was stopped by federal agents on Clifford Avenue.')).toBe(
      'discrepant',
    );
  });
});

describe('a pronoun visit on another recorded visit\u2019s day', () => {
  const after = (line: string) =>
    analyzeText(
      [
        'Rochester police answer a Border Patrol call for backup',
        'Rochester officers answered a Border Patrol call for backup at a stop on Whitney Street in Rochester on March 24, 2025.',
        `Tom Homan answered on social media with his now-famous "Help is coming!" ${line}`,
      ].join('\n'),
      index,
      { today: '2026-02-12', published: '2026-02-12' },
    ).findings.find((f) => f.text === line)?.verdict;

  it('is not held to the day of the post told before it', () => {
    expect(
      after(
        'He did finally come to town on Tuesday, April 29, and spent roughly an hour behind closed doors.',
      ),
    ).not.toBe('discrepant');
  });

  it('a day no recorded visit or meeting has is still wrong', () => {
    expect(
      after(
        'He did finally come to town on Tuesday, April 22, and spent roughly an hour behind closed doors.',
      ),
    ).toBe('discrepant');
  });
});
