/**
 * Who gave a statement's words, said of a named person (compare/personal-issuer.ts): the embedded pack has the
 * Denver Police Department's statement of 14 November 2016 given by the department through its spokesman,
 * Doug Schepman; anyone else said to have given it in person gives the words to someone else.
 */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './analyze.ts';
import { indexPacks } from './index.ts';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { paraphrasedStatementEvents } from './compare/paraphrased-statement.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING =
  'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said they would not help with deportations.';
const DENVER =
  'The Denver Police Department said in a statement that it \u201Chas not participated in those enforcement efforts in the past and will not be involved in the future.\u201D';
const findingOf = (lines: string[], fragment: string) =>
  analyzeText([OPENING, ...lines].join(' '), index, {
    published: '2019-09-12',
    today: '2026-11-21',
  }).findings.find((f) => f.text.includes(fragment));

describe('a statement given in person by someone the record does not have giving it', () => {
  it('finds the words credited to another person after the statement is told of', () => {
    const f = findingOf(
      [DENVER, 'Those words came straight from Deputy Chief Anna Brooks herself.'],
      'Anna Brooks',
    );
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain('Doug Schepman');
    expect(
      findingOf([DENVER, 'It was issued by Captain Walter Ames.'], 'Walter Ames')?.verdict,
    ).toBe('discrepant');
  });

  it('finds a named person said to have put out the linked statement personally', () => {
    expect(
      findingOf(
        [
          'In Denver, Councilman Peter Lindqvist put his own name to the department\u2019s statement on Monday, November 14.',
        ],
        'Lindqvist',
      )?.verdict,
    ).toBe('discrepant');
    expect(
      findingOf(
        ['In Denver, Governor Ruth Calloway released the police statement herself on November 14.'],
        'Calloway',
      )?.verdict,
    ).toBe('discrepant');
  });

  it('finds the statement said to be read out later, or issued personally, by another person', () => {
    expect(
      findingOf(
        [DENVER, 'The statement was later read aloud by Councilwoman Iris Fenwick at a town hall.'],
        'Iris Fenwick',
      )?.verdict,
    ).toBe('discrepant');
    expect(
      findingOf([DENVER, 'It was issued personally by Captain Walter Ames.'], 'Walter Ames')
        ?.verdict,
    ).toBe('discrepant');
    expect(
      findingOf(
        [DENVER, 'It was issued by Captain Walter Ames himself, not by a spokesman.'],
        'Walter Ames',
      )?.verdict,
    ).toBe('discrepant');
  });

  it('finds the body said to speak through another person, or the statement "which was signed by" another', () => {
    const QUOTE =
      '\u201CImmigration enforcement is handled at the federal level \u2014 not by local law enforcement.\u201D';
    expect(
      findingOf(
        [
          `The Denver Police Department, speaking through its chief, Walter Ames, told the Denver Post: ${QUOTE}`,
        ],
        'Walter Ames',
      )?.verdict,
    ).toBe('discrepant');
    expect(
      findingOf(
        [
          `The statement, which the Denver Post printed and which was signed by Captain Walter Ames, said the department \u201Chas not participated in those enforcement efforts in the past.\u201D`,
        ],
        'Walter Ames',
      )?.verdict,
    ).toBe('discrepant');
    expect(
      findingOf(
        [
          `The Denver Police Department, speaking through its spokesman, Doug Schepman, told the Denver Post: ${QUOTE}`,
        ],
        'Schepman',
      )?.verdict,
    ).toBe('consistent');
    expect(
      findingOf(
        [
          `The Denver Police Department, not speaking through its chief, Walter Ames, told the Denver Post: ${QUOTE}`,
        ],
        'Walter Ames',
      )?.verdict,
    ).not.toBe('discrepant');
  });

  it('finds another body said to have given the words, and a giver after "not from X but from"', () => {
    expect(
      findingOf(
        [
          DENVER,
          'That statement, for the record, came from the Denver Sheriff Department rather than the city\u2019s police.',
        ],
        'Sheriff Department',
      ),
    ).toMatchObject({
      verdict: 'discrepant',
      comparison: [{ slot: 'agency', page: 'Denver Sheriff Department' }],
    });
    expect(
      findingOf(
        [
          'Denver\u2019s statement came not from the police but from Councilman Peter Lindqvist\u2019s office.',
        ],
        'Lindqvist',
      )?.verdict,
    ).toBe('discrepant');
    // The statement's own body, or the police named as who it did not come from.
    expect(
      findingOf([DENVER, 'That statement came from the Denver Police Department itself.'], 'itself')
        ?.verdict,
    ).not.toBe('discrepant');
    expect(
      findingOf(
        [DENVER, 'That statement came not from the Denver Sheriff Department but from the police.'],
        'not from',
      )?.verdict,
    ).not.toBe('discrepant');
  });

  it('leaves a statement read out by the recorded spokesman, or only read by someone, alone', () => {
    expect(
      findingOf(
        [
          DENVER,
          'The statement was later read out by the department\u2019s spokesman, Doug Schepman.',
        ],
        'Schepman',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      findingOf(
        [DENVER, 'The statement was read by Councilwoman Iris Fenwick before the vote.'],
        'Iris Fenwick',
      )?.verdict,
    ).not.toBe('discrepant');
  });

  it('leaves the recorded spokesman, a denial and a statement of one\u2019s own alone', () => {
    expect(
      findingOf(
        [DENVER, 'Those words came from the department\u2019s spokesman, Doug Schepman.'],
        'Schepman',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      findingOf(
        [DENVER, 'The words did not come from Deputy Chief Anna Brooks herself.'],
        'Anna Brooks',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      findingOf(
        [DENVER, 'Deputy Chief Anna Brooks issued a statement of her own the next week.'],
        'Anna Brooks',
      )?.verdict,
    ).not.toBe('discrepant');
    expect(
      findingOf(
        [DENVER, 'A spokeswoman, Lena Ortiz, said the words came from the department.'],
        'Lena Ortiz',
      )?.verdict,
    ).not.toBe('discrepant');
  });
});

describe('a recorded statement retold in the page\u2019s own words, given in person by someone else (paraphrased-statement.ts)', () => {
  const RETOLD =
    'declared personally that immigration enforcement belongs at the federal level, not with local police.';

  it('knows the statement from its retold words, with no event named, and finds the other giver', () => {
    const f = findingOf([`Deputy Chief Anna Brooks ${RETOLD}`], 'Anna Brooks');
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toContain('Doug Schepman');
  });

  it('leaves the recorded spokesman, the speaker of the words retold, and words close to no one statement alone', () => {
    expect(findingOf([`Spokesman Doug Schepman ${RETOLD}`], 'Schepman')?.verdict).not.toBe(
      'discrepant',
    );
    expect(
      findingOf(
        [
          'Chief Charlie Beck said himself that the LAPD would not work with Homeland Security on deportation efforts.',
        ],
        'said himself',
      )?.verdict,
    ).not.toBe('discrepant');
  });

  it('reads the one statement a sentence retells, and none from words close to no recorded sentence or to two speakers’', () => {
    const story = index.stories
      .find((s) => s.story.id === 'police-chiefs-immigration-2016')!
      .checks();
    const events = (sentence: string) =>
      paraphrasedStatementEvents(sentence, story.quotes, story.record()).map((e) => e.event.id);
    expect(events(`Deputy Chief Anna Brooks ${RETOLD}`)).toEqual(['denver-statement']);
    expect(
      events(
        'Deputy Chief Anna Brooks declared personally that the city must keep its federal partners close.',
      ),
    ).toEqual([]);
    expect(
      events(
        'Immigration enforcement stays federal, and nobody will work with Homeland Security on deportation efforts at the local level.',
      ),
    ).toEqual([]);
  });
});
