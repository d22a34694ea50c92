/**
 * A date that frames when the page or its reader looks back, opening the sentence: "Read in 2025, the piece …",
 * "Seen from 2025, …", "Viewed today, in 2025, …", "As of 2025, …", "Looking back from 2025, …". It is the
 * reading's time, not the day of any event the sentence tells of, so it is never compared as one. Only a date in
 * the sentence's first words, after such a frame and before the comma that closes it. General English only.
 */
import type { Mention } from '../read/types.ts';

const FRAME =
  /^\s*(?:(?:(?:re)?read|seen|viewed|looked\s+at|revisited|heard|watched|judged|reviewed)(?:\s+(?:again|today|now))?(?:\s*,)?\s+(?:in|from|as\s+of)|as\s+of|looking\s+back(?:\s+(?:in|from))?|from\s+the\s+vantage\s+(?:point\s+)?of|with\s+hindsight\s+in|in\s+hindsight\s+from)\s+(?:early\s+|mid-?\s*|late\s+)?$/i;

/** Whether the date `m` is the framing time of the sentence's reading. */
export function readingFrame(sentence: string, m: Mention): boolean {
  if (m.type !== 'date') return false;
  return FRAME.test(sentence.slice(0, m.start)) && /^\s*,/.test(sentence.slice(m.end));
}
