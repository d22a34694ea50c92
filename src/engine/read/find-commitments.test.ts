import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const gazetteer = buildGazetteer([
  { kind: 'agency', id: 'ppd', names: ['Pinefield Police Department'] },
  { kind: 'agency', id: 'fma', names: ['Federal Marine Administration'] },
]);
const commitments = (sentence: string) =>
  readSentence(sentence, gazetteer).flatMap((c) =>
    c.mentions.flatMap((m) =>
      m.type === 'commitment'
        ? [
            {
              text: m.text,
              ...m.value,
              page: sentence.slice(m.value.lead, m.value.wordsEnd ?? m.end),
            },
          ]
        : [],
    ),
  );

describe('findCommitments: what an actor does or will not do', () => {
  it.each([
    [
      'The department will not take part in immigration enforcement.',
      'immigration-enforcement',
      false,
      'future',
      'will not take part in immigration enforcement',
    ],
    [
      'Officers would start checking immigration status at every stop.',
      'immigration-enforcement',
      true,
      'future',
      'would start checking immigration status',
    ],
    [
      "The police won't help with deportations.",
      'immigration-enforcement',
      false,
      'future',
      "won't help with deportations",
    ],
    [
      'The department has never enforced immigration law.',
      'immigration-enforcement',
      false,
      'past',
      'has never enforced immigration law',
    ],
    [
      'The department has taken part in deportation efforts.',
      'immigration-enforcement',
      true,
      'past',
      'has taken part in deportation efforts',
    ],
    [
      'The city will stop all cooperation with federal agencies.',
      'federal-cooperation',
      false,
      'future',
      'will stop all cooperation with federal',
    ],
    [
      'The city would cut off all cooperation with federal agencies.',
      'federal-cooperation',
      false,
      'future',
      'would cut off all cooperation with federal',
    ],
    [
      'The department declined any partnership with federal agencies.',
      'federal-cooperation',
      false,
      'present',
      'declined any partnership with federal',
    ],
    [
      'The city refused to stop working with federal agencies.',
      'federal-cooperation',
      true,
      'present',
      'refused to stop working with federal agencies',
    ],
    [
      'The city will continue to work with federal partners.',
      'federal-cooperation',
      true,
      'future',
      'will continue to work with federal partners',
    ],
    // "no longer" is read once, as what turns it round, not once more as a denial of the clause.
    [
      'The city will no longer work with federal agents.',
      'federal-cooperation',
      false,
      'future',
      'will no longer work with federal agents',
    ],
    [
      'Officers would stop helping federal agents.',
      'federal-cooperation',
      false,
      'future',
      'would stop helping federal agents',
    ],
    // Answering a call for backup, whoever calls, in any words between.
    [
      'Officers will no longer respond when federal agents call for backup.',
      'backup-response',
      false,
      'future',
      'will no longer respond when federal agents call for backup',
    ],
    [
      'The department will keep answering backup requests.',
      'backup-response',
      true,
      'future',
      'will keep answering backup',
    ],
    [
      'The police refused to answer calls for back-up from other agencies.',
      'backup-response',
      false,
      'present',
      'refused to answer calls for back-up',
    ],
    [
      "The department's immigration policies are not changing.",
      'policy-change',
      false,
      'present',
      'policies are not changing',
    ],
    [
      'The practices would change next year.',
      'policy-change',
      true,
      'future',
      'practices would change',
    ],
  ])('%s', (sentence, action, does, time, page) => {
    expect(commitments(sentence)).toEqual([expect.objectContaining({ action, does, time, page })]);
  });

  it.each([
    // A noun as the subject or topic, not as something done.
    'Immigration enforcement is handled at the federal level.',
    'The statement said immigration enforcement is a federal job.',
    // Wished, demanded or claimed by someone else.
    'The governor wants the Pinefield Police Department to check immigration status.',
    'Critics accused the department of helping with deportations.',
    'The council urged officers to stop cooperating with federal agencies.',
  ])('finds none in: %s', (sentence) => {
    expect(commitments(sentence)).toEqual([]);
  });

  it("stops before a known agency whose name starts with the phrase's last word, so the agency is read whole", () => {
    const clause = readSentence(
      'The department will not cooperate with the Federal Marine Administration on deportations.',
      gazetteer,
    )[0]!;
    expect(clause.mentions.find((m) => m.type === 'agency')?.text).toBe(
      'Federal Marine Administration',
    );
    expect(clause.mentions.find((m) => m.type === 'commitment')).toMatchObject({
      text: 'cooperate with the',
      value: { does: false },
    });
    const keeps = readSentence(
      'The department will keep cooperating with the Federal Marine Administration.',
      gazetteer,
    )[0]!;
    expect(keeps.mentions.find((m) => m.type === 'agency')?.text).toBe(
      'Federal Marine Administration',
    );
    // With no such name the phrase keeps its word: "cooperate with the federal authorities".
    expect(commitments('The department will not cooperate with the federal authorities.')).toEqual([
      expect.objectContaining({ action: 'federal-cooperation', does: false }),
    ]);
  });

  it('reads a long run of words in time linear in its length (bounded look-back)', () => {
    const sentence = `${'The department will not take part in immigration enforcement and '.repeat(200)}that is all.`;
    expect(commitments(sentence).length).toBe(200);
  });
});
