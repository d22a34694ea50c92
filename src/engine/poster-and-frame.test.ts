/**
 * A thread's poster handle, a quote framed inside a script's line, and a title speaker after a word of sequence
 * (poster-handle.ts, quoted-stretches.ts, match-quote.ts). The embedded pack: Mayor Evans said "Our policy is crystal
 * clear …"; Chief Smith "We are not to be handcuffing subjects …"; Beck told the Los Angeles Times "We are not going to
 * work in conjunction with Homeland Security on deportation efforts" (sources.md C1, C2, C5).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';
import { withoutPosterHandle } from './poster-handle.ts';
import { quotedStretches } from './quoted-stretches.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const OPENING = {
  roch: "Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.",
  chiefs:
    'Police chiefs in Los Angeles, Tucson and Denver said in November 2016 that their officers would not take part in immigration enforcement, Police1 reported.',
};
const verdictOf = (story: keyof typeof OPENING, line: string, date = '2025-03-28') =>
  analyzeText(`${OPENING[story]}\n${line}`, index, { today: date, published: date }).findings.find(
    (f) => line.includes(f.text.slice(0, 30)),
  )?.verdict;

describe('a poster handle is no word of the post', () => {
  it('strips a handle, not a speaker label, a field label or a year', () => {
    expect(withoutPosterHandle('tenbuckstip: Then the chief said')).toBe('Then the chief said');
    expect(withoutPosterHandle('u/rocdad_85: agreed')).toBe('agreed');
    expect(withoutPosterHandle('@west_side_mike: yes')).toBe('yes');
    for (const line of [
      'CHIEF SMITH: I learned of it',
      'Mayor Evans: we',
      'Detained: three',
      '1986: The Council',
    ])
      expect(withoutPosterHandle(line)).toBeNull();
  });

  it('a quote credited to a title after a word of sequence is judged as credited', () => {
    const mayors =
      '\u201COur policy is crystal clear. City police officers do not help or participate in federal immigration activities.\u201D';
    expect(verdictOf('roch', `tenbuckstip: Then the chief went up there and said ${mayors}`)).toBe(
      'discrepant',
    );
    expect(verdictOf('roch', `Later, the mayor said ${mayors}`)).toBe('consistent');
    // Another titled speaker named before the words may be theirs; a denied rival is not.
    expect(verdictOf('roch', `The chief said the mayor had told him ${mayors}`)).not.toBe(
      'discrepant',
    );
    expect(verdictOf('roch', `Then the chief said Evans had told him ${mayors}`)).not.toBe(
      'discrepant',
    );
    expect(
      verdictOf(
        'roch',
        'Then the mayor read the union\u2019s statement, \u201CThe Locust Club members who responded did absolutely nothing wrong.\u201D',
      ),
    ).not.toBe('discrepant');
    expect(
      verdictOf(
        'roch',
        'It was the mayor, not the chief, who said it best: \u201CI see in the video a total lack of urgency on the part of multiple Border Patrol officers at the scene.\u201D',
      ),
    ).toBe('discrepant');
  });
});

describe('a quote framed inside a script\u2019s line', () => {
  it('reads the inner words as the quote', () => {
    expect(quotedStretches('\u201CHis words were: \u2018That is not our job.\u2019\u201D')).toEqual(
      ['That is not our job.'],
    );
    expect(
      quotedStretches('\u201CHe called it \u2018a lack of urgency\u2019 and moved on.\u201D'),
    ).toEqual(['He called it \u2018a lack of urgency\u2019 and moved on.']);
  });

  it('a recorded quote framed so is the speaker\u2019s words', () => {
    const line =
      '\u201CHis words were: \u2018We are not going to work in conjunction with Homeland Security on deportation efforts.\u2019\u201D';
    const date = '2017-01-18';
    const findings = analyzeText(
      `${OPENING.chiefs}\nBeck gave the Los Angeles Times an interview. ${line}`,
      index,
      { today: date, published: date },
    ).findings;
    expect(findings.find((f) => f.text.includes('His words were'))?.verdict).toBe('consistent');
  });
});
