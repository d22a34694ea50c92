/**
 * Whom a report quoted, body by body (quoted-bodies.ts), and how many agencies (report-quoted.ts), against the
 * embedded pack's 2016 record: the Police1 roundup quoted the LAPD's chief, Tucson's chief, the Denver Police
 * Department and a captain of the Los Angeles County Sheriff's Department.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';

const chiefs = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'police-chiefs-immigration-2016')!,
  worldIndex(),
);
const compare = (sentence: string) => compareSentence(sentence, chiefs, '2017-03-01');

describe('the bodies a report quoted', () => {
  it.each([
    [
      "Its quotes come from the LAPD, the Tucson Police Department, the Denver Police Department and the Orange County Sheriff's Department.",
      "Orange County Sheriff's Department",
    ],
    [
      "The roundup quotes the LAPD, the Denver Police Department and the Denver Sheriff's Department.",
      "Denver Sheriff's Department",
    ],
    ['The article quoted the LAPD and the Chicago Police Department.', 'Chicago Police Department'],
    [
      "All three departments quoted (the LAPD, Denver police and the Pima County Sheriff's Department) said the same thing.",
      "Pima County Sheriff's Department",
    ],
  ])('another agency than those quoted is wrong: %s', (sentence, page) => {
    expect(compare(sentence)).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'agency', page }],
    });
  });

  it.each([
    "The Police1 roundup quotes the LAPD, the Tucson Police Department, the Denver Police Department and the Los Angeles County Sheriff's Department.",
    'Its quotes come from the LAPD and the Tucson Police Department.',
    "The roundup does not quote the Orange County Sheriff's Department.",
    "The Orange County Sheriff's Department said nothing, and the roundup quotes the LAPD.",
    'All three departments quoted (the LAPD, Denver police and the Tucson police) said the same thing.',
  ])('never wrong: %s', (sentence) => {
    expect(compare(sentence)?.outcome).not.toBe('discrepant');
  });
});

describe('how many agencies a report quoted', () => {
  it('counts the bodies of the officials quoted ("quotes officials from just three agencies")', () => {
    expect(compare('The roundup quotes officials from just three agencies.')).toMatchObject({
      outcome: 'discrepant',
      comparisons: [{ slot: 'count' }],
    });
    expect(compare('The roundup quotes officials from four agencies.')?.outcome).not.toBe(
      'discrepant',
    );
    expect(compare('The roundup quotes three police departments.')?.outcome).not.toBe('discrepant');
  });
});
