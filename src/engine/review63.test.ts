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
  it('are stitched when run together with no ellipsis (and the sentence opening them is not green)', () => {
    const line =
      'Homan wrote on X: “Sanctuary policies endanger our police and the public. Help is coming!”';
    expect(findingFor(ROCHESTER, '2025-04-01', line, 'Help is coming')?.verdict).toBe('discrepant');
    expect(findingFor(ROCHESTER, '2025-04-01', line, 'Homan wrote')?.verdict).toBe('unverified');
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

describe('true sentences the held-out batch 71 had flagged', () => {
  it('reads nothing in the page’s own strip of name, issue and date', () => {
    const line = 'The Lilac Letter · this week’s email · Issue 40 · Friday, May 2, 2025';
    expect(findingFor(ROCHESTER, '2025-05-02', line, 'Lilac Letter')?.verdict).toBeUndefined();
  });
  it('takes a recent time owning another thing as that thing’s (“this week’s executive orders”)', () => {
    const line =
      'With this week’s executive orders on immigration, people keep passing around old quotes from big-city police chiefs.';
    expect(findingFor(CHIEFS, '2017-01-27', line, 'executive orders')?.verdict).not.toBe(
      'discrepant',
    );
  });
  it('still puts statements in the page’s week (“this week’s statements by police chiefs”)', () => {
    const line =
      'This week’s statements by police chiefs in Los Angeles and Tucson show they will not help with deportations.';
    expect(findingFor(CHIEFS, '2017-01-27', line, 'statements by')?.verdict).toBe('discrepant');
  });
  it('relays another text’s misquote without making it the page’s', () => {
    const line =
      'A copying site’s version had him promising “nor will we make it our job,” which is not what he said.';
    expect(findingFor(CHIEFS, '2016-11-21', line, 'copying site')?.verdict).toBe('unverified');
  });
  it('ends a sentence at a footnote’s number after the closing quotation mark', () => {
    const line =
      'Smith was blunter: “I see in the video a total lack of urgency on the part of several Border Patrol officers at the scene.”10 “What is also very concerning,” he added, “is that RPD officers went out of view of the supervisor who was on scene to initiate contact with occupants of the vehicle while border patrol stands by.”';
    expect(findingFor(ROCHESTER, '2025-04-01', line, 'What is also')?.verdict).toBe('consistent');
    expect(findingFor(ROCHESTER, '2025-04-01', line, 'blunter')?.verdict).toBe('discrepant');
  });
});

describe('after study of the held-out batch', () => {
  it('credits the one words “came from” before a colon', () => {
    for (const who of ['the mayor', 'Evans']) {
      const line = `The list of prohibitions came from ${who}: “We are not to be handcuffing subjects.”`;
      expect(findingFor(ROCHESTER, '2025-04-03', line, 'came from')?.verdict).toBe('discrepant');
    }
    const own =
      'The list of prohibitions came from the chief: “We are not to be handcuffing subjects.”';
    expect(findingFor(ROCHESTER, '2025-04-03', own, 'came from')?.verdict).toBe('consistent');
  });
  it('reads “wrote:” and “posted to the city’s website” as writing', () => {
    for (const line of [
      'In a statement posted to the city’s website, Evans said: “I want to be unequivocally clear, as the executive of the city of Rochester, it is our jobs to make sure we follow our policy.”',
      'Smith wrote: “We are not to be handcuffing subjects.”',
    ])
      expect(findingFor(ROCHESTER, '2025-04-03', line, line.slice(0, 10))?.verdict).toBe(
        'discrepant',
      );
    const written =
      'Evans wrote: “Requests like this for back-up happen sometimes, when other law enforcement agencies feel the scene is unsafe for themselves or others.”';
    expect(findingFor(ROCHESTER, '2025-04-03', written, 'Evans wrote')?.verdict).toBe('consistent');
  });
});

describe('after the third reviewer’s probes', () => {
  it('reads a strip of headlines with the page’s date (no label of the publication)', () => {
    const line = 'Rochester | Thirty officers suspended without pay | March 28, 2025';
    expect(findingFor(ROCHESTER, '2025-03-28', line, 'Thirty officers')?.verdict).toBe(
      'discrepant',
    );
  });
  it('keeps a recent time owning the story’s own act (“this week’s resistance”)', () => {
    const line =
      'This week’s resistance from police chiefs in Los Angeles, Denver and Tucson answered Trump’s new orders.';
    expect(findingFor(CHIEFS, '2017-01-27', line, 'resistance')?.verdict).toBe('discrepant');
  });
  it('takes “old quotes” only in the clause of the later period', () => {
    const line =
      'Police chiefs in Los Angeles and Denver spoke out after Trump’s executive orders, and their old quotes keep circulating.';
    expect(findingFor(CHIEFS, '2017-02-03', line, 'spoke out after')?.verdict).toBe('discrepant');
  });
  it('does not read words repeated on the air as given there', () => {
    const line =
      'Homan’s post, quoted on Rochester television that night, said: “Law enforcement officers should not be abandoned in the time of need because of politics.”';
    expect(findingFor(ROCHESTER, '2025-03-29', line, 'quoted on')?.verdict).not.toBe('discrepant');
  });
  it('leaves the next speaker open when another title follows the opening one', () => {
    const line =
      'The mayor called the chief, who reviewed the video. He said, “I see in the video a total lack of urgency on the part of multiple Border Patrol officers at the scene.”';
    expect(findingFor(ROCHESTER, '2025-04-01', line, 'He said')?.verdict).not.toBe('discrepant');
  });
});
