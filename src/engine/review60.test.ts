/**
 * Quote kinds the sixty-sixth blind batch (pages built around quotes) and the sixtieth stress set showed, kept as tests
 * on the embedded stories, in new words (none copies a blind page).
 */
import { describe, expect, it } from 'vitest';
import { CHIEFS, findingFor, ROCHESTER } from './compare/test-story-opening.ts';
import { splitSentences } from './sentences.ts';

describe('an ellipsis between two recorded quotes of one occasion', () => {
  it('is an honest mark: each piece is the speaker’s words', () => {
    const f = findingFor(
      ROCHESTER,
      '2025-04-01',
      'On X, Homan ended with “Sanctuary policies endanger our police and the public. … Help is coming!”',
      'Homan ended',
    );
    expect(f?.verdict).toBe('consistent');
  });
  it.each([
    // The pieces in another order than the record's.
    'Homan wrote: “Help is coming! … Sanctuary policies endanger our police and the public.”',
    // A sentence spliced to the middle of another.
    'Homan said at the briefing: “They responded, then they got disciplined … for flouting immigration law.”',
  ])('is judged whole when it reorders or splices: %s', (line) => {
    const f = findingFor(ROCHESTER, '2025-05-01', line, line.slice(0, 12));
    expect(f?.verdict).not.toBe('consistent');
  });
  it('may leave out the rest of a quote’s sentences, or words inside one, before the next quote', () => {
    const f = findingFor(
      ROCHESTER,
      '2025-04-01',
      'Homan’s post read: “I stand with the officers … that answered the emergency assistance call from the U.S Border Patrol. … Law enforcement officers should not be abandoned in the time of need because of politics.”',
      'post read',
    );
    expect(f?.verdict).toBe('consistent');
  });
  it('does not excuse a piece that is not on record', () => {
    const f = findingFor(
      ROCHESTER,
      '2025-04-01',
      'On X, Homan ended with “Sanctuary policies endanger our police and the public. … Reinforcements are coming soon!”',
      'Homan ended',
    );
    expect(f?.verdict).not.toBe('consistent');
  });
});

describe('how recorded words were given (a quote’s medium)', () => {
  it.each([
    // Written on X, told as said to reporters.
    [
      'Talking to reporters that afternoon, Homan said “law enforcement officers should not be abandoned in the time of need because of politics.”',
      'Talking to reporters',
    ],
    // Said at the news conference, told as written in a memo.
    [
      'In an internal memo, Chief Smith wrote: “I see in the video a total lack of urgency on the part of multiple Border Patrol officers at the scene.”',
      'internal memo',
    ],
    // The mayor's written statement, told as said at the lectern.
    [
      'From the lectern, Evans said: “Requests like this for back-up happen sometimes, when other law enforcement agencies feel the scene is unsafe for themselves or others.”',
      'lectern',
    ],
  ])('is discrepant when the page gives them another way: %s', (line, part) => {
    const f = findingFor(ROCHESTER, '2025-04-01', line, part);
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(/the record has them from/);
  });

  it.each([
    'Homan posted on X: “Law enforcement officers should not be abandoned in the time of need because of politics.”',
    'At the news conference, Smith told reporters: “I see in the video a total lack of urgency on the part of multiple Border Patrol officers at the scene.”',
    // Another occasion: the speaker may have said the same words again.
    'Homan later repeated to reporters that “law enforcement officers should not be abandoned in the time of need because of politics.”',
    // Words close to another occasion's that fits (the news conference's "appears to have violated").
    'Evans told reporters the officers “appear to have violated city policy.”',
  ])('leaves a fitting or another occasion alone: %s', (line) => {
    const f = findingFor(ROCHESTER, '2025-04-01', line, line.slice(0, 20));
    expect(f?.verdict).not.toBe('discrepant');
  });

  it.each([
    // "post" as a position, "the Post" as an outlet, a camera that caught the stop.
    'Evans, in his post as mayor, told reporters: “Our policy is crystal clear. City police officers do not help or participate in federal immigration activities.”',
    'In the Post’s version, Smith said: “I see in the video a total lack of urgency on the part of multiple Border Patrol officers at the scene.”',
    'Homan, reacting to a stop caught on camera by a neighbour, said “sanctuary policies endanger our police and the public.”',
    // A medium in an aside or a clause of another time, or of another clause.
    'Homan, who had been at a meeting with the union’s president, took to X: “I stand with the officers of the Rochester, New York Police Department that answered the emergency assistance call from the U.S Border Patrol.”',
    'Two days after Evans and Smith spoke at a news conference, Homan posted: “Sanctuary policies endanger our police and the public.”',
    'Evans told reporters the officers had likely broken policy, and his written statement said: “RPD responds to these scenes to ensure the location remains safe and secure.”',
    // A short phrase may have been said on more than one occasion.
    'Homan told police union leaders at a meeting that “help is coming.”',
  ])('reads no medium that is not of these words: %s', (line) => {
    const f = findingFor(ROCHESTER, '2025-04-01', line, line.slice(0, 20));
    expect(f?.verdict).not.toBe('discrepant');
  });

  it.each([
    // A word of another occasion or a denial elsewhere in the sentence says nothing of the medium.
    'At the podium next to Ortt, Homan said: “Law enforcement officers should not be abandoned in the time of need because of politics.”',
    // Close words of a quote the record does not confirm rescue nothing.
    'In an internal memo, Smith wrote: “We are not to be handcuffing subjects.”',
  ])('still reads the medium: %s', (line) => {
    const f = findingFor(ROCHESTER, '2025-04-01', line, line.slice(0, 20));
    expect(f?.verdict).toBe('discrepant');
  });

  it('holds an interview given to an outlet apart from a news conference', () => {
    const f = findingFor(
      CHIEFS,
      '2016-11-20',
      'At a news conference, Beck said: “We are not going to work in conjunction with Homeland Security on deportation efforts.”',
      'At a news',
    );
    expect(f?.verdict).toBe('discrepant');
  });
});

describe('a quotation running over sentences', () => {
  const line = (word: string) =>
    `The chief was firm: “We are not to be handcuffing subjects. We are not to be doing pat frisks on subjects, and we are absolutely not going to be ${word} them or putting them into our cars.”`;
  it('is not green where it opens when a later sentence of it is changed', () => {
    const open = findingFor(ROCHESTER, '2025-04-01', line('jailing'), 'The chief was firm');
    expect(open?.verdict).toBe('unverified');
    expect(open?.explanation).toMatch(/goes on, in a later sentence, to differ from the record/);
    expect(findingFor(ROCHESTER, '2025-04-01', line('jailing'), 'pat frisks')?.verdict).toBe(
      'discrepant',
    );
  });
  it('stays green when every sentence of it is on record', () => {
    const open = findingFor(ROCHESTER, '2025-04-01', line('detaining'), 'The chief was firm');
    expect(open?.verdict).toBe('consistent');
  });
  it('does not reach a quotation closed in the sentence before', () => {
    const f = findingFor(
      ROCHESTER,
      '2025-04-01',
      '“Our policy is crystal clear.” Evans then quoted Smith: “We are not to be handcuffing subjects. We are not to be doing pat frisks on subjects, and we are absolutely not going to be jailing them or putting them into our cars.”',
      'crystal clear',
    );
    expect(f?.verdict).not.toBe('unverified');
  });
});

describe('a title credited right after the quote', () => {
  it('is the story’s one holder of it: another’s words are misattributed', () => {
    const f = findingFor(
      ROCHESTER,
      '2025-03-31',
      '“Our policy is crystal clear,” the chief said at the same briefing.',
      'the chief said',
    );
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(/David Smith/);
  });
  it('leaves the holder’s own words alone', () => {
    for (const line of [
      '“Our policy is crystal clear,” the mayor said.',
      '“We are not to be handcuffing subjects,” the chief said.',
    ])
      expect(findingFor(ROCHESTER, '2025-03-31', line, 'said')?.verdict).toBe('consistent');
  });
});

describe('guillemets', () => {
  it('end a sentence where a quote closes and another opens', () => {
    const parts = splitSentences('He said «we will not». «Nothing changes here», he added.');
    expect(parts.map((s) => s.text)).toEqual([
      'He said «we will not».',
      '«Nothing changes here», he added.',
    ]);
  });
  it('end a sentence at a clock time’s “p.m.” before a new clause, not inside a clause that opens on it', () => {
    const split = (t: string) => splitSentences(t).map((s) => s.text);
    expect(
      split(
        'Agents had pulled over a van by about 5:30 p.m. Shortly after 6 p.m., dispatchers called 911.',
      ),
    ).toEqual([
      'Agents had pulled over a van by about 5:30 p.m.',
      'Shortly after 6 p.m., dispatchers called 911.',
    ]);
    for (const one of [
      'Agents stopped a van on Whitney Street, and shortly after 6 p.m. Border Patrol dispatchers called 911.',
      'At 6 p.m. Smith arrived at the scene.',
      'The stop began at 5:30 p.m. Monday on Whitney Street.',
      'The call came in at about 6 p.m. Eastern from the dispatch center.',
    ])
      expect(split(one)).toEqual([one]);
  });
});

describe('a time against a span the record gives', () => {
  it('is held to a quarter of an hour either side of the span', () => {
    const f = findingFor(
      ROCHESTER,
      '2025-03-28',
      'At 5:20 p.m., Border Patrol dispatchers phoned the county 911 center for an emergency response.',
      'dispatchers',
    );
    expect(f?.verdict).toBe('discrepant');
    const near = findingFor(
      ROCHESTER,
      '2025-03-28',
      'Just after 6 p.m., Border Patrol dispatchers phoned the county 911 center for an emergency response.',
      'dispatchers',
    );
    expect(near?.verdict).not.toBe('discrepant');
  });
});
