/**
 * An order told against an event the sentence before named, pointed back to by a demonstrative ("in response to those
 * orders", "before these orders"): the sentence's own events are held to that event's recorded date. Whole pages,
 * embedded pack (the Police1 roundup: November 2016; the first immigration executive orders: 25 January 2017).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { indexPacks } from '../index.ts';
import { findingsOver, gravestVerdict } from './test-page-verdict.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const CHIEFS =
  'After Donald Trump won the presidential election in November 2016, police chiefs in several large American cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said their departments would not take on federal immigration enforcement.';
/** The verdict of `sentence` right after `before` in one paragraph. */
const verdictAfter = (before: string, sentence: string) => {
  const text = `${CHIEFS}\n\n${before} ${sentence}\n`;
  return gravestVerdict(findingsOver(index, text, text.indexOf(sentence), sentence));
};
const ORDERS =
  'In the last week of January 2017 the new president put his name to his first executive orders on immigration.';

describe('an order against the event a demonstrative points back to', () => {
  it.each([
    'The PoliceOne piece by Cole Zercoe came out in reaction to those orders.',
    'Staff believe that the PoliceOne piece by Cole Zercoe was put together after those orders.',
    'The PoliceOne piece by Cole Zercoe was published following these immigration orders.',
  ])('%s', (s) => expect(verdictAfter(ORDERS, s)).toBe('discrepant'));

  it.each([
    'The PoliceOne piece by Cole Zercoe came out before those orders.',
    'The PoliceOne piece by Cole Zercoe did not come out in reaction to those orders.',
    'The PoliceOne piece by Cole Zercoe may have come out after those orders.',
  ])('not flagged: %s', (s) => expect(verdictAfter(ORDERS, s)).not.toBe('discrepant'));

  it('needs the noun to name an event of the sentence before', () => {
    // "those rules": no event of the sentence before ends in that noun.
    expect(
      verdictAfter(
        ORDERS,
        'The PoliceOne piece by Cole Zercoe came out in reaction to those rules.',
      ),
    ).not.toBe('discrepant');
    // The sentence before names no event at all.
    expect(
      verdictAfter(
        'Many readers shared it widely.',
        'The PoliceOne piece by Cole Zercoe came out in reaction to those orders.',
      ),
    ).not.toBe('discrepant');
  });
});

describe('what was said before, against the event a demonstrative points back to', () => {
  const SAID =
    'The Denver Police Department said that it had not taken part in immigration enforcement and would not in the future.';
  /** The verdict of `sentence` after `said` and then `before`, each in a paragraph of its own. */
  const verdictOf = (said: string, before: string, sentence: string) => {
    const text = `${CHIEFS}\n\n${said}\n\n${before}\n\n${sentence}\n`;
    const found = findingsOver(index, text, text.indexOf(sentence), sentence);
    return found.some((f) => f.verdict === 'discrepant')
      ? 'discrepant'
      : found.length
        ? 'other'
        : 'none';
  };

  it('finds statements put after the event the sentence before named', () => {
    expect(
      verdictOf(
        SAID,
        ORDERS,
        "The departments' remarks cited above came in reaction to those orders.",
      ),
    ).toBe('discrepant');
  });

  it('agrees with the recorded order, and needs the sentence to open on what was said', () => {
    expect(
      verdictOf(SAID, ORDERS, "The departments' remarks cited above came before those orders."),
    ).not.toBe('discrepant');
    expect(verdictOf(SAID, ORDERS, 'Some people acted in reaction to those orders.')).not.toBe(
      'discrepant',
    );
  });
});
