/** Negation in folded sentences: whether a sentence, or a claim at a span of it, is negated. */
import { describe, expect, it } from 'vitest';
import { isNegated, isNegatedAt } from './negation.ts';
import { foldText } from './normalize.ts';

/** The span of `claim` in the folded sentence; fails the test when it is not there. */
function negatedAt(sentence: string, claim: string): boolean {
  const folded = foldText(sentence);
  const start = folded.indexOf(foldText(claim));
  expect(start, `"${claim}" in "${sentence}"`).toBeGreaterThanOrEqual(0);
  return isNegatedAt(folded, start, start + claim.length);
}

describe('isNegated', () => {
  it.each([
    'The bridge is not open.',
    'No trains ran.',
    'It never reopened.',
    'None of the lanes were closed.',
    'Nobody was hurt.',
    'Neither lane was shut, nor the footpath.',
    'They left without a permit.',
    'Crews cannot start before May.',
    'The council denied it.',
    'The council denies it.',
    'They deny any delay.',
    'That claim is false.',
    'That claim is untrue.',
    'The visitor skips any meeting with the mayor.',
    'She declined to meet the chief.',
    'He avoided the council chamber.',
    'It didn\u2019t reopen.',
    'It wasn\u2019t shut.',
    'They won\u2019t say.',
    'It isn\u2019t clear.',
    'NOT TRUE, said the mayor.',
  ])('finds a negation in %j', (sentence) => {
    expect(isNegated(foldText(sentence))).toBe(true);
  });

  it.each([
    'The bridge reopened on time.',
    'A notice went up on the knotted rope.',
    'Nora read the note and the nonsense on the snowy nook.',
    'Anyone can come; the innocent denizen stayed.',
    'The falsework came down.',
    '',
  ])('finds none in %j', (sentence) => {
    expect(isNegated(foldText(sentence))).toBe(false);
  });

  it('gives the same answer on repeated calls (its pattern keeps no state between them)', () => {
    const folded = foldText('The bridge is not open, and it never was.');
    expect([isNegated(folded), isNegated(folded), isNegated(folded)]).toEqual([true, true, true]);
    expect(isNegated('open bridge')).toBe(false);
  });
});

describe('isNegatedAt', () => {
  it('is true when a negation comes anywhere before the claim', () => {
    expect(negatedAt('The bridge was not closed.', 'closed')).toBe(true);
    expect(negatedAt('No one said the bridge was closed.', 'was closed')).toBe(true);
    expect(negatedAt('Without warning, the bridge was closed.', 'was closed')).toBe(true);
    expect(
      negatedAt(
        'Reports that the bridge wasn\u2019t closed are wrong; the bridge was closed.',
        'closed are',
      ),
    ).toBe(true);
  });

  it('is true when a negation comes within three words after the claim', () => {
    expect(negatedAt('The bridge was closed? Not so.', 'was closed')).toBe(true);
    expect(negatedAt('The bridge was closed, which is false.', 'was closed')).toBe(true);
    expect(negatedAt('Bridge closed: untrue.', 'closed')).toBe(true);
  });

  it('is false when the first negation after the claim is more than three words away', () => {
    expect(
      negatedAt('The bridge was closed, and the council said that nobody knew why.', 'was closed'),
    ).toBe(false);
    expect(
      negatedAt('The bridge was closed for weeks and the ferry could not cope.', 'was closed'),
    ).toBe(false);
  });

  it('is false without any negation, or with one only inside the claim itself', () => {
    expect(negatedAt('The bridge was closed.', 'was closed')).toBe(false);
    expect(negatedAt('The crews did not stop work.', 'did not stop')).toBe(false);
  });

  it('does not see negations inside other words', () => {
    expect(
      negatedAt('After notice, the bridge was closed; nothing else changed.', 'was closed'),
    ).toBe(false);
  });

  it('gives the same answer on repeated calls', () => {
    const folded = foldText('The bridge was closed? Not so.');
    const start = folded.indexOf('was closed');
    const answers = [1, 2, 3].map(() => isNegatedAt(folded, start, start + 10));
    expect(answers).toEqual([true, true, true]);
  });
});
