/**
 * Commitments on the invented story (test-story.ts): the briefing records
 * that Mayor Ida Marsh will keep working with federal agencies and that the
 * Dunmore Police Department has never taken part in immigration enforcement
 * and will not. A page that turns either round is discrepant, with the page's
 * words and the record's; the same commitment agrees; a commitment someone
 * else wants, or one the sentence may give to another actor, says nothing.
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { buildStoryRecord } from './story-record.ts';
import { raidPack, westmark } from './test-story.ts';

const record = buildStoryRecord(raidPack().stories[0]!, westmark());
const compare = (sentence: string) => compareSentence(sentence, record, '2024-06-20');

describe('commitments turned round', () => {
  it.each([
    [
      'Marsh said the city would stop all cooperation with federal agencies.',
      'would stop all cooperation with federal agencies',
      'will keep working with federal agencies',
    ],
    [
      'Mayor Ida Marsh refused to work with federal agencies any longer.',
      'refused to work with federal agencies',
      'will keep working with federal agencies',
    ],
    [
      'Marsh said the city would cut off all cooperation with federal agencies.',
      'would cut off all cooperation with federal agencies',
      'will keep working with federal agencies',
    ],
    [
      'The Dunmore Police Department will start checking immigration status at traffic stops.',
      'will start checking immigration status',
      'have never taken part in immigration enforcement and will not',
    ],
    [
      'Dunmore police have taken part in immigration enforcement for years.',
      'have taken part in immigration enforcement',
      'have never taken part in immigration enforcement and will not',
    ],
    [
      'The Dunmore Police Department will help with deportations, a spokesman said.',
      'will help with deportations',
      'have never taken part in immigration enforcement and will not',
    ],
    [
      'Marsh said the city would stop helping federal agents.',
      'would stop helping federal agents',
      'will keep working with federal agencies',
    ],
    [
      'Marsh said police will no longer respond when federal agents call for backup.',
      'will no longer respond when federal agents call for backup',
      "answer other agencies' calls for backup to keep a scene safe",
    ],
    // A bare title names the one holder of the record's commitments who holds it.
    [
      'The mayor said officers would refuse to answer calls for back-up from other agencies.',
      'would refuse to answer calls for back-up',
      "answer other agencies' calls for backup to keep a scene safe",
    ],
  ])('%s', (sentence, page, statement) => {
    const result = compare(sentence);
    expect(result?.outcome).toBe('discrepant');
    expect(result?.comparisons).toContainEqual({
      slot: 'stance',
      page,
      record: `${statement} (Wednesday 12 June 2024)`,
    });
  });

  it('names who said what, and when', () => {
    expect(
      compare('The Dunmore Police Department will start checking immigration status.')?.explanation,
    ).toBe(
      'The record has Dunmore Police Department saying they have never taken part in immigration enforcement and will not (Wednesday 12 June 2024); the page says the opposite: \u201Cwill start checking immigration status\u201D.',
    );
  });
});

describe('commitments kept, or not the page’s to judge', () => {
  it.each([
    ['Marsh said the city would keep cooperating with federal agencies.', 'agrees'],
    ['The Dunmore Police Department said it would not check immigration status.', 'agrees'],
    ['Dunmore police have never enforced immigration law, the chief said.', 'agrees'],
    ['Marsh said officers will keep answering backup requests.', 'agrees'],
  ])('%s', (sentence, outcome) => {
    expect(compare(sentence)?.outcome).toBe(outcome);
  });

  it.each([
    // The record has the department's commitment on immigration enforcement only: one on all federal cooperation is
    // broader than the record, and never agreement (nor a conflict: they may or may not work with federal agencies).
    [
      "Dunmore police won't cooperate with federal agencies on anything at all.",
      "won't cooperate with federal agencies",
    ],
    [
      'The Dunmore Police Department refused to stop working with federal agencies.',
      'refused to stop working with federal agencies',
    ],
    [
      'The Dunmore Police Department said it would begin assisting federal agents under the new administration.',
      'would begin assisting federal agents',
    ],
  ])(
    "a commitment of another kind than the holder's recorded ones is unconfirmed: %s",
    (sentence, page) => {
      expect(compare(sentence)).toMatchObject({
        outcome: 'unconfirmed',
        comparisons: [
          {
            slot: 'stance',
            page,
            record:
              'have never taken part in immigration enforcement and will not (Wednesday 12 June 2024)',
          },
        ],
      });
    },
  );

  it.each([
    // Wished, demanded or claimed by others: not the actor's commitment.
    'The governor wants the Dunmore Police Department to check immigration status.',
    'Critics say the Dunmore Police Department will start checking immigration status.',
    'Harbor Unit asked the Dunmore Police Department to help with deportations.',
    // Another actor named beside the holder: who is committed is not certain.
    'Harbor Unit officers and the Dunmore Police Department will start checking immigration status.',
    // A noun as a topic, not as something done.
    'The Dunmore Police Department said immigration enforcement is a federal job.',
    // What the holder warns of, as the subject of what would follow: no commitment of theirs.
    'The Dunmore Police Department warned that taking on more federal cooperation \u201Cwould seriously compromise\u201D trust.',
    // The same with a composed act of cooperation: the subject of what would follow is judged after its object.
    'The Dunmore Police Department warned that working with federal agents would seriously compromise trust.',
    // A question, and words in quotation marks (the speaker's, judged as a quote).
    'Will the Dunmore Police Department start checking immigration status?',
    'A resident said: \u201CThe Dunmore Police Department will start checking immigration status.\u201D',
  ])('%s', (sentence) => {
    expect(compare(sentence)?.comparisons ?? []).not.toContainEqual(
      expect.objectContaining({ slot: 'stance' }),
    );
  });
});
