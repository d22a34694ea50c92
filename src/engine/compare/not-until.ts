/**
 * "The orders did not come until 25 January 2018", "it was not signed until March", "would not come until …": a
 * denial that turns on "until" gives the time the thing happened, not the end of a span. The reader marks a date
 * after "until" as a span's end (`relation: 'until'`), which is no event's day; here, when a denial comes before it in
 * its clause with at most a verb between ("did not come until", "was not issued until", "not until"), the date is read
 * as the day it happened (`on`). "Would" before such a denial tells the future of a past time ("his orders would not
 * come until …"), not a condition, when the sentence has no condition of its own (if, unless). Nothing here knows a
 * story.
 */
import type { Clause, Mention } from '../read/types.ts';

/** A denial, then up to four words (auxiliaries, adverbs, a verb, a particle), then "until" or "till", at the end. */
const NOT_UNTIL = /(?:\bnot|\bnever|n['’]t)(?:\s+[\p{L}'’-]+){0,4}\s+(?:until|till)\s*$/iu;
/** Words that make the stretch more than a verb's: another clause, a count of time ("not for two weeks until"). */
const NOT_A_VERB_STRETCH = /\b(?:and|or|but|because|for|when|if|only|even|since|before|after)\b/i;
const CONDITION = /\b(?:if|unless|otherwise|in case)\b/i;

function notUntilDate(sentence: string, clause: Clause, m: Mention): boolean {
  if (m.type !== 'date' || m.value.relation !== 'until' || m.negated) return false;
  const before = sentence.slice(clause.start, m.start);
  const hit = NOT_UNTIL.exec(before);
  if (!hit) return false;
  if (NOT_A_VERB_STRETCH.test(hit[0])) return false;
  // A span's end after its start ("from May 2 until May 9") is no such date.
  return !clause.mentions.some(
    (x) => x.type === 'date' && x.end <= m.start && x.value.relation === 'since',
  );
}

/** The clauses with each "not … until <date>" read as the date it happened (see above). */
export function withNotUntil(clauses: readonly Clause[], sentence: string): Clause[] {
  return clauses.map((c) => {
    const found = c.mentions.filter((m) => notUntilDate(sentence, c, m));
    if (!found.length) return c;
    const mentions = c.mentions.map((m) =>
      found.includes(m) && m.type === 'date'
        ? { ...m, value: { ...m.value, relation: 'on' as const } }
        : m,
    );
    const text = sentence.slice(c.start, c.end);
    const stance =
      c.stance === 'conditional' &&
      /\b(?:would|wouldn['’]t)\b/i.test(text) &&
      !/\b(?:could|might|may|should)\b/i.test(text) &&
      !CONDITION.test(sentence)
        ? 'asserted'
        : c.stance;
    return { ...c, mentions, stance };
  });
}
