/**
 * Composed immigration-enforcement acts (read/enforcement-acts.ts) against the
 * invented story's record (test-story.ts): the Dunmore Police Department has
 * never taken part in immigration enforcement and will not. New wordings of the
 * act turned round are discrepant; the same stance in new words is never a
 * conflict; a scope the record does not state is never agreement; "those
 * efforts" is the domain's only after a sentence about it. With a record of
 * "not changing its immigration policies", starting an enforcement act is a
 * conflict.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string, page?: string) =>
  compareSentence(sentence, record, '2024-06-20', { page });
const stance = (sentence: string, page?: string) =>
  (compare(sentence, page)?.comparisons ?? []).filter((c) => c.slot === 'stance');
const DUNMORE =
  'have never taken part in immigration enforcement and will not (Wednesday 12 June 2024)';

describe('an enforcement act in new words, turned round', () => {
  it.each([
    [
      'The Dunmore Police Department said it would begin handing people arrested for minor offences over to immigration officers.',
      'would begin handing people arrested for minor offences over to immigration officers',
    ],
    [
      'Dunmore police have honored immigration detainers for years.',
      'have honored immigration detainers',
    ],
    // A federal-cooperation phrase the act reaches past: the act's object decides.
    [
      'The Dunmore Police Department said it would collaborate with federal immigration authorities.',
      'would collaborate with federal immigration authorities',
    ],
    [
      'The Dunmore Police Department said it would begin assisting federal agents on deportations.',
      'would begin assisting federal agents on deportations',
    ],
    // A role of the domain, with a noun of the tables after "of" (no lead of theirs).
    [
      'The Dunmore Police Department said it would serve as an arm of immigration enforcement.',
      'would serve as an arm of immigration enforcement',
    ],
    // A verb that is also an outcome's ("detain"): the act is read over it.
    [
      'The Dunmore Police Department said it would detain people for immigration officers.',
      'would detain people for immigration officers',
    ],
    [
      'The Dunmore Police Department will start verifying the citizenship status of drivers.',
      'will start verifying the citizenship status',
    ],
    [
      'Dunmore police had teamed up with immigration officials in the past, the chief said.',
      'had teamed up with immigration officials',
    ],
    // A wide scope stretches what the record rules out: still the opposite.
    [
      'Dunmore police will start verifying immigration papers at every traffic stop.',
      'will start verifying immigration papers',
    ],
  ])('%s', (sentence, page) => {
    expect(compare(sentence)?.outcome).toBe('discrepant');
    expect(stance(sentence)).toContainEqual({ slot: 'stance', page, record: DUNMORE });
  });

  it('"those efforts" after a sentence about immigration enforcement', () => {
    const sentence = 'The Dunmore department said it had helped with those efforts in the past.';
    const page = `Dunmore police said immigration enforcement is a federal job. ${sentence}`;
    expect(compare(sentence, page)?.outcome).toBe('discrepant');
    expect(stance(sentence, page)).toContainEqual({
      slot: 'stance',
      page: 'had helped with those efforts',
      record: DUNMORE,
    });
  });
});

describe('true in new words, or not the page’s assertion: never a conflict', () => {
  it.each([
    'Dunmore police said they have never taken part in immigration sweeps and won\u2019t start now.',
    'The Dunmore Police Department said it has never honored immigration detainers and will not begin now.',
    'Dunmore police will not be turning anyone over to immigration officers, the chief said.',
    'Dunmore police said officers would never ask drivers about their legal status.',
  ])('agrees: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('agrees');
  });

  it.each([
    // A question, someone else's demand, a reported criticism.
    'Will the Dunmore Police Department begin honoring immigration detainers?',
    'The governor demanded that the Dunmore Police Department start verifying the citizenship status of drivers.',
    'Critics accused Dunmore police of helping immigration officers with deportations.',
    // The domain as someone's fate, or people helped.
    'Dunmore police said they help immigrants fight deportation.',
    'Dunmore police will help residents with immigration lawyers.',
    // The act as the subject of what the actor says ("… is not our job"): a true stance in other words.
    'The chief also said working on deportations with immigration officers is not the Dunmore Police Department\u2019s job.',
    'Dunmore police said helping immigration officers is not their job.',
    // Said of whoever does it (a relative clause), or what is done instead of it.
    'Dunmore police said that officers who turn people over to immigration officers would be disciplined.',
    'Dunmore police said officers that help immigration officers will be disciplined.',
    'Dunmore police said officers would keep arresting people for crimes and not for their immigration status.',
    'The Dunmore Police Department said it would turn over suspects to prosecutors rather than to immigration officers.',
    // Told as an event in the simple past (judged as an event, not as a stance).
    'Two Dunmore officers helped immigration officers at the scene.',
    // "those efforts" with nothing about enforcement before it.
    'The Dunmore department said it had helped with those efforts in the past.',
  ])('no stance conflict: %s', (sentence) => {
    expect(compare(sentence)?.outcome ?? 'none').not.toBe('discrepant');
  });

  it.each([
    'Dunmore police expanded their youth programs.',
    // The domain named, but another activity beside it that "those efforts" may mean.
    'Dunmore police began outreach to families worried about immigration enforcement.',
    'Dunmore police started programs for residents afraid of deportation.',
  ])('"those efforts" after a sentence about something else says nothing: %s', (before) => {
    const sentence = 'The Dunmore department said it had helped with those efforts in the past.';
    expect(stance(sentence, `${before} ${sentence}`)).toEqual([]);
  });

  it('"the sheriff\u2019s department of <city>" is not the city\u2019s police', () => {
    expect(
      stance(
        'The sheriff\u2019s department of Dunmore said it would begin honoring immigration detainers.',
      ),
    ).toEqual([]);
    expect(
      compare(
        'The police department of Dunmore said it would begin honoring immigration detainers.',
      )?.outcome,
    ).toBe('discrepant');
  });
});

describe('a scope the record does not state', () => {
  it.each([
    // The record's "will not" with a limit the record lacks: not agreement.
    'Dunmore police said they would not check immigration status except for people charged with serious crimes.',
    // The opposite, but only in part: not a sure conflict either.
    'The Dunmore Police Department will begin honoring immigration detainers, but only for people convicted of violent crimes.',
  ])('unconfirmed: %s', (sentence) => {
    expect(compare(sentence)?.outcome).toBe('unconfirmed');
    expect(stance(sentence)).toEqual([expect.objectContaining({ record: DUNMORE })]);
  });
});

describe('starting an enforcement act against a record of no change', () => {
  const pack = raidPack();
  const briefing = (pack.stories[0]!.events ?? []).find((e) => e.id === 'briefing')!;
  briefing.commitments = [
    ...(briefing.commitments ?? []),
    {
      action: 'policy-change',
      does: false,
      times: ['present', 'future'],
      holders: ['ida-marsh'],
      statement: "is not changing the city's immigration policies",
    },
  ];
  const changed = buildStoryRecord(pack.stories[0]!, westmark());
  const judge = (sentence: string) => compareSentence(sentence, changed, '2024-06-20');

  it('is a conflict, naming what the page and the record say', () => {
    expect(
      judge('Marsh said city officers would start asking drivers about their immigration status.'),
    ).toMatchObject({
      outcome: 'discrepant',
      comparisons: [
        {
          slot: 'stance',
          page: 'would start asking drivers about their immigration status',
          record: "is not changing the city's immigration policies (Wednesday 12 June 2024)",
        },
      ],
    });
  });

  it('is a conflict with people of any kind between the verb and the matter', () => {
    expect(
      judge(
        'Marsh said city officers would start asking crime victims about their immigration status.',
      )?.outcome,
    ).toBe('discrepant');
  });

  it.each([
    // No start, a denied start, or a start limited to some cases or on a condition: no sure change.
    'Marsh said city officers would begin asking drivers about their immigration status if the law changed.',
    'Marsh said city officers would not start asking drivers about their immigration status.',
    'Marsh said city officers would start asking drivers about their immigration status, but only after an arrest.',
    'Marsh said the city would keep working with federal agencies.',
  ])('is not, for: %s', (sentence) => {
    expect(judge(sentence)?.outcome).not.toBe('discrepant');
  });
});
