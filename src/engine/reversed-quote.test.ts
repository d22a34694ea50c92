/**
 * A quote that turns a recorded sentence round (reversed-quote.ts): the same
 * content words with the other polarity. On an invented story and on the
 * record's own quotes (sources.md C6, C8).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { indexPacks } from './index.ts';
import { matchQuote } from './match-quote.ts';
import { polarityWords } from './reversed-quote.ts';
import { QUILL_AND_DRAY, quoteChecks, reporterQuote } from './test-quotes.ts';

const harbour = quoteChecks(QUILL_AND_DRAY, [
  reporterQuote({
    id: 'quill-crews',
    speaker: 'mara-quill',
    text: 'We never asked the port for extra crews. The wind carried sparks across the whole yard.',
    status: 'verified',
  }),
  reporterQuote({
    id: 'dray-budget',
    speaker: 'owen-dray',
    text: 'The city will not cut the fire service budget this year.',
    status: 'verified',
  }),
]);

const chiefs = indexPacks([loadEmbeddedPack()])
  .stories.find((s) => s.story.quotes?.some((q) => q.id === 'magnus-not-changing'))!
  .checks();

describe('polarityWords', () => {
  it('counts negators and drops quantifier pronouns, so a negated "anything" reads as a plain "everything" turned round', () => {
    expect(polarityWords("I don't intend on doing anything different")).toEqual({
      words: new Set(['intend', 'different']),
      negators: 1,
    });
    expect(polarityWords('I intend on doing everything differently')).toEqual({
      words: new Set(['intend', 'different']),
      negators: 0,
    });
  });
});

describe('a quote turned round', () => {
  it.each([
    ['Chief Quill said: \u201CWe asked the port for extra crews.\u201D', 'quill-crews'],
    ['\u201CWe did ask the port for extra crews,\u201D she said.', 'quill-crews'],
    [
      'The mayor promised nothing of the kind; his words were \u201Cthe city will cut the fire service budget this year.\u201D',
      'dray-budget',
    ],
  ])('is discrepant: %s', (sentence, id) => {
    expect(matchQuote(sentence, harbour)).toMatchObject({
      verdict: 'discrepant',
      claimId: `quote:${id}`,
    });
  });

  it.each([
    ['He opened with, quote, "I intend on doing everything differently."', 'beck-not-our-job'],
    [
      'Beck told the paper: \u201CWell, I intend on doing everything different.\u201D',
      'beck-not-our-job',
    ],
    [
      'The department said it "participated in those enforcement efforts in the past and will be involved in the future."',
      'denver-federal-level',
    ],
  ])('is discrepant on the record: %s', (sentence, id) => {
    expect(matchQuote(sentence, chiefs)).toMatchObject({
      verdict: 'discrepant',
      claimId: `quote:${id}`,
    });
  });

  it.each([
    'He opened with, quote, "I intend on doing everything differently."',
    'His first line in the interview: \u201CI intend on doing everything differently.\u201D',
  ])('is read as turned round with no speech verb to credit it: %s', (sentence) => {
    expect(matchQuote(sentence, chiefs)).toMatchObject({
      verdict: 'discrepant',
      explanation: expect.stringContaining('turn round'),
    });
  });

  it('names the sentence it turns round', () => {
    expect(
      matchQuote('Beck said, "I intend on doing everything differently."', chiefs)?.explanation,
    ).toContain("I don't intend on doing anything different.");
  });

  it.each([
    // The record's words, or its polarity in other words.
    ['Chief Quill said: \u201CWe never asked the port for extra crews.\u201D', harbour],
    ['\u201CWe did not ask the port for extra crews,\u201D she said.', harbour],
    ['Beck said, "I don\'t intend on doing anything different."', chiefs],
    ['Beck said, \u201CI do not intend on doing anything different.\u201D', chiefs],
    // A double negative is no reversal ("We don't want them to not cooperate").
    ['Scroggin said, "We want them to cooperate with us, always."', chiefs],
    // Other words on the same topic.
    ['Quill said: \u201CThe port sent extra crews after the fire was out.\u201D', harbour],
  ])('is not called turned round: %s', (sentence, story) => {
    const m = matchQuote(sentence, story);
    expect(m?.explanation ?? '').not.toContain('turn round');
  });
});
