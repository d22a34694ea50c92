/**
 * An outlet named plainly as a person's employer (issue 14): "WXXI's Jane
 * Roe", "WXXI's reporter Jane Roe", "WXXI reporter Jane Roe" ("Jane Roe of
 * WXXI" may name where her piece was re-posted: compare-outlet.ts's writer),
 * and the appositive "Jane Roe, a WXXI reporter," ("Jane Roe, WXXI's reporter,", "Jane Roe, WXXI reporter,").
 * The outlet is then the one the person works for, whatever the clause's verb
 * ("told X's Jane Roe", "in an interview with X's Jane Roe"): compare-outlet.ts
 * compares it with the outlets the record has them writing for or
 * interviewing for, at any of the story's events, linked to the clause or not.
 * Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';

/** Nouns of a newsroom's staff written between the outlet and the name. */
const STAFF =
  '(?:(?:staff|senior|chief|political|investigative|local|news|veteran)\\s+)*(?:reporter|anchor|journalist|correspondent|host|editor|columnist|writer|producer|interviewer|newsman|newswoman)';
/** "X's Jane", "X's reporter Jane", "X’s own Jane". */
const POSSESSIVE = new RegExp(`^['\u2019]s\\s+(?:own\\s+)?(?:${STAFF}\\s+)?$`, 'iu');
/** "X reporter Jane Roe". */
const TITLED = new RegExp(`^\\s+${STAFF}\\s+$`, 'iu');

/** Between the person and the outlet of an appositive: "Jane Roe, a ", "Jane Roe, then a ", "Jane Roe, " (before "X's reporter"). */
const APPOSED_BEFORE = /^\s*,\s+(?:(?:then|once|now|herself|himself)\s+)?(?:(?:a|an|the)\s+)?$/i;
/** After the outlet of an appositive, to its end: " staff reporter,", "'s reporter at the time," (a reporter of the outlet, nothing more). */
const APPOSED_AFTER = new RegExp(
  `^(?:['\u2019]s)?\\s+${STAFF}(?:\\s+at\\s+the\\s+time)?\\s*(?:[,.;:!?)]|$)`,
  'iu',
);

/** The person the outlet is named plainly as the employer of ("X's Jane Roe", "X reporter Jane Roe", "Jane Roe, a X reporter,"), if any. */
export function staffOf(
  sentence: string,
  mentions: readonly Mention[],
  m: Mention & { type: 'outlet' },
): (Mention & { type: 'person' }) | undefined {
  const named = mentions.find(
    (p): p is Mention & { type: 'person' } =>
      p.type === 'person' &&
      !p.negated &&
      p.start >= m.end &&
      p.start - m.end <= 60 &&
      (POSSESSIVE.test(sentence.slice(m.end, p.start)) ||
        TITLED.test(sentence.slice(m.end, p.start))),
  );
  if (named || !APPOSED_AFTER.test(sentence.slice(m.end, m.end + 60))) return named;
  return mentions.find(
    (p): p is Mention & { type: 'person' } =>
      p.type === 'person' &&
      !p.negated &&
      p.end <= m.start &&
      APPOSED_BEFORE.test(sentence.slice(p.end, m.start)),
  );
}
