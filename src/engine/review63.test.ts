/**
 * Kinds the seventieth blind batch (quote pages: a quotes page, show notes, a timeline, letters, an essay, live
 * updates, a fact sheet, a transcript) and the sixty-third stress set showed, kept as tests on the embedded stories in
 * new words (none copies a blind page).
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, findingFor, ROCHESTER } from './compare/test-story-opening.ts';

const SMITH_LINE =
  '“From watching the body-worn camera footage, what is concerning to me is despite the fact that we were called, we went lights and sirens,”';

describe('a speaker carried through the paragraph', () => {
  it('goes on with “he went on” after the quote, past a bare quote between', () => {
    const line = `“Our policy is crystal clear,” Evans said on Wednesday. “City police officers do not help or participate in federal immigration activities.” ${SMITH_LINE} he went on.`;
    expect(findingFor(ROCHESTER, '2025-04-03', line, 'he went on')?.verdict).toBe('discrepant');
  });
  it('keeps the speaker when the words are theirs', () => {
    const line = `“Our policy is crystal clear,” Smith said on Wednesday. ${SMITH_LINE} he went on.`;
    expect(findingFor(ROCHESTER, '2025-04-03', line, 'he went on')?.verdict).toBe('consistent');
  });
  it('is the story’s one holder of a title credited after a quote (“the Senate Republican leader said”)', () => {
    const line =
      '"Cities do not get to choose which laws they abide by or which laws they don\'t," the Senate Republican leader said at the union hall. He added that the officers "did absolutely nothing wrong, other than to answer a call for help from another agency."';
    const f = findingFor(ROCHESTER, '2025-03-29', line, 'He added');
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(/Rob Ortt/);
  });
  it('does not make a title ending an opening phrase the next name’s post', () => {
    const line =
      'Speaking of the mayor and the chief, Ortt said the shaming of the officers "didn\'t have to happen."';
    expect(findingFor(ROCHESTER, '2025-03-29', line, 'Speaking of')?.verdict).not.toBe(
      'discrepant',
    );
  });
});

describe('a possessive right before the quoted words', () => {
  it('gives the words to the owner', () => {
    const line =
      'The line people remember is Magnus’s “That is not our job, nor will I make it our job.”';
    const f = findingFor(CHIEFS, '2016-12-01', line, 'people remember');
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(/Charlie Beck/);
  });
  it('credits the owner’s own words', () => {
    const line =
      'The line people remember is Beck’s “That is not our job, nor will I make it our job.”';
    expect(findingFor(CHIEFS, '2016-12-01', line, 'people remember')?.verdict).toBe('consistent');
  });
  it('is not read after a verb of naming (“called Evans’s …”)', () => {
    const line = 'The union called Evans’s “complete overreaction” a disgrace.';
    expect(findingFor(ROCHESTER, '2025-04-03', line, 'union called')?.verdict).not.toBe(
      'discrepant',
    );
  });
});

describe('a day that names a report', () => {
  it('is the report’s, not the statement’s it carried', () => {
    const line =
      'A Denver site’s November 16 story relayed the police statement that immigration enforcement "is handled at the federal level."';
    expect(findingFor(CHIEFS, '2016-11-18', line, 'November 16')?.verdict).not.toBe('discrepant');
  });
  it('still dates the statement itself', () => {
    const line =
      'The Denver police statement of November 16 said immigration enforcement "is handled at the federal level."';
    expect(findingFor(CHIEFS, '2016-11-18', line, 'November 16')?.verdict).toBe('discrepant');
  });
});

describe('what a sentence only asks about', () => {
  it('puts no one at a time (“asking whether their police department will …”)', () => {
    const line =
      'With the new immigration executive orders now signed, readers keep asking whether their police department will start acting for federal immigration authorities.';
    expect(findingFor(CHIEFS, '2017-02-03', line, 'readers keep')?.verdict).not.toBe('discrepant');
  });
  it('still places the chiefs after the orders when they speak', () => {
    const line =
      'With the new immigration executive orders now signed, police chiefs in Los Angeles and Tucson said their officers would not act as immigration agents.';
    expect(findingFor(CHIEFS, '2017-02-03', line, 'police chiefs in Los')?.verdict).toBe(
      'discrepant',
    );
  });
});

describe('a neighbourhood named after a town', () => {
  it('is not the town (“Lincoln Heights” is no Lincoln)', () => {
    const line =
      'Families in Lincoln Heights and Cypress Park got an answer this week from the head of the Los Angeles Police Department.';
    expect(findingFor(CHIEFS, '2016-11-15', line, 'Lincoln Heights')?.verdict).not.toBe(
      'discrepant',
    );
  });
});

describe('two recorded quotes the source printed with words left out between', () => {
  it('are stitched when run together with no ellipsis', () => {
    const line =
      'Homan wrote on X: “Sanctuary policies endanger our police and the public. Help is coming!”';
    expect(findingFor(ROCHESTER, '2025-04-01', line, 'Help is coming')?.verdict).toBe('discrepant');
  });
  it('are the speaker’s words with the ellipsis, or quoted apart', () => {
    for (const line of [
      'Homan wrote on X: “Sanctuary policies endanger our police and the public. … Help is coming!”',
      'Homan wrote on X: “Sanctuary policies endanger our police and the public.” He ended: “Help is coming!”',
    ])
      expect(findingFor(ROCHESTER, '2025-04-01', line, 'Help is coming')?.verdict).toBe(
        'consistent',
      );
  });
});

describe('after the first reviewer’s probes', () => {
  it('lets a sentence opening on another title change who speaks next', () => {
    const line =
      '“Our policy is crystal clear,” Evans said. The chief was more specific. “We are not to be handcuffing subjects,” he went on.';
    expect(findingFor(ROCHESTER, '2025-04-03', line, 'he went on')?.verdict).toBe('consistent');
  });
  it('gives each of two quotes its own owner, and none after a verb', () => {
    for (const line of [
      'Smith’s “We are not to be handcuffing subjects” echoed Evans’s “Our policy is crystal clear.”',
      'In its statement that afternoon, the union said Evans’s “statements today about this incident represent a complete overreaction.”',
    ])
      expect(findingFor(ROCHESTER, '2025-04-03', line, line.slice(0, 12))?.verdict).not.toBe(
        'discrepant',
      );
  });
  it('keeps an apposition after an opening time (“On Wednesday the police chief, Malik Evans said”)', () => {
    const line =
      'On Wednesday the police chief, Malik Evans said the officers appeared to have broken city policy.';
    expect(findingFor(ROCHESTER, '2025-04-03', line, 'On Wednesday')?.verdict).toBe('discrepant');
  });
  it('still compares a report dated before what it tells of', () => {
    const line =
      'A March 2024 story described Rochester police officers helping Border Patrol agents at a traffic stop on Whitney Street.';
    expect(findingFor(ROCHESTER, '2025-04-03', line, 'March 2024')?.verdict).toBe('discrepant');
  });
  it('reads the reply to an opening “Asked whether …,” as asserted', () => {
    const line =
      'Asked whether his officers would help enforce Trump’s new executive orders, the Los Angeles police chief said they would not.';
    expect(findingFor(CHIEFS, '2017-02-03', line, 'Asked whether')?.verdict).toBe('discrepant');
  });
});

describe('after the second reviewer’s probes', () => {
  it('reads a dash credit only of a name or a title, with the medium to the end', () => {
    const line =
      'Beck told the Times the LAPD was “not going to work in conjunction with Homeland Security on deportation efforts” — a line Denver police, in a written statement, matched.';
    expect(findingFor(CHIEFS, '2016-11-20', line, 'Beck told')?.verdict).not.toBe('discrepant');
  });
  it('keeps a credit after words cut off with an ellipsis in the same sentence', () => {
    const line = '“That is not our job, nor will I make it our job…” Magnus said.';
    expect(findingFor(CHIEFS, '2016-11-20', line, 'Magnus said')?.verdict).toBe('discrepant');
  });
});
