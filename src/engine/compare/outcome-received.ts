/**
 * An outcome named by a noun that its people received ("the officers were
 * punished with a suspension of one month", "each officer received a
 * one-month suspension", "they were handed a suspension"): it befell the
 * subject as a passive verb would. Not "faced" or "risk" (a threat), and only
 * with the noun right after the verb and at most two words of its own
 * ("a one-month unpaid suspension").
 */
import type { Mention } from '../read/types.ts';

const RECEIVED =
  /\b(?:given|received|receives?|receiving|got|gets?|getting|handed|served|serving|punished\s+with|hit\s+with|slapped\s+with|disciplined\s+with|sanctioned\s+with)\s+(?:(?:an?|the|their|his|her|its)\s+)?(?:[\p{L}\p{N}'’-]+\s+){0,2}$/iu;

/** Whether the outcome noun at `m` is one its people received. */
export function receivedOutcome(sentence: string, m: Mention): boolean {
  return (
    m.type === 'outcome' &&
    !m.text.includes(' ') &&
    RECEIVED.test(sentence.slice(Math.max(0, m.start - 60), m.start))
  );
}
