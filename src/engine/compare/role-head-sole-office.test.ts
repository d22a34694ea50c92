/**
 * A person of the story who surely held a one-holder office of the world file on the linked event's day, given
 * another such post's title (role-head.ts): Chris Magnus led the Tucson police and Charlie Beck the LAPD in
 * November 2016; David Smith led the Rochester police and Malik Evans was its mayor in March 2025. A sheriff's title
 * the reader takes for an agency ("<County> Sheriff"), before the name, is such a title too.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { embeddedStory } from './test-embedded.ts';

const chiefs = embeddedStory('police-chiefs-immigration-2016');
const rochester = embeddedStory('rochester-border-patrol-backup-2025');
const inChiefs = (sentence: string) =>
  compareSentence(sentence, chiefs, '2016-11-20', { page: sentence });
const inRochester = (sentence: string) =>
  compareSentence(sentence, rochester, '2025-04-02', { page: sentence });

describe('another one-holder post for someone who surely held one then', () => {
  it('a county sheriff before the name, whatever county the page names', () => {
    const r = inChiefs(
      'Yuma County Sheriff Chris Magnus put out a written statement that Wednesday about his department.',
    );
    expect(r?.outcome).toBe('discrepant');
    expect(r?.comparisons[0]).toMatchObject({ slot: 'role', page: 'Chris Magnus' });
    expect(r?.explanation).toContain('Yuma County Sheriff');
    expect(
      inRochester(
        'Seneca County Sheriff David Smith faced reporters at Wednesday\u2019s press conference.',
      )?.outcome,
    ).toBe('discrepant');
  });

  it('a strict head with a body none of their posts names', () => {
    expect(
      inRochester(
        'Ontario County Sheriff Malik Evans faced reporters at Wednesday\u2019s press conference.',
      )?.outcome,
    ).toBe('discrepant');
    expect(
      inChiefs(
        'Arizona Governor Chris Magnus put out a written statement that Wednesday about his department.',
      )?.outcome,
    ).toBe('discrepant');
  });

  it('leaves their own post and a clause linked to none of their events alone', () => {
    expect(
      inChiefs(
        'Tucson Police Chief Chris Magnus put out a written statement that Wednesday about his department.',
      )?.outcome,
    ).not.toBe('discrepant');
    expect(
      inRochester('Mayor Malik Evans faced reporters at Wednesday\u2019s press conference.')
        ?.outcome,
    ).not.toBe('discrepant');
    expect(
      inRochester('Seneca County Sheriff Malik Evans grew up on the east side of the city.')
        ?.outcome,
    ).not.toBe('discrepant');
  });
});
