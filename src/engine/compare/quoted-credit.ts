/**
 * An outlet credited with the words a sentence quotes: "As X reported, the
 * chief wrote: “…”", "According to X, the department said “…”", "His words,
 * per X: “…”", "“…,” the chief said, per X". The credit is linked to the
 * quotation of the same sentence: the outlet is said to have printed those
 * words, as "X printed his statement" says (statement-print.ts), so the
 * caller (compare-outlet.ts) judges it against the outlets the record has
 * printing the statement, on the same terms (few printers, not an interview
 * merely "reported", no re-printing told of).
 * Used by compare-outlet.ts; nothing here knows a story.
 *
 * Not a credit of the words: a sentence with no quotation of at least
 * MIN_WORDS words (a quoted headline word or a nickname says nothing of who
 * printed a statement), an outlet named inside the quotation marks, and a
 * sentence that tells of re-printing ("also ran", "later carried").
 */
import type { Mention } from '../read/types.ts';
import { quotedStretches } from '../quoted-stretches.ts';
import { tellsReprinting } from './statement-print.ts';

/** Fewer words than this between quotation marks: a title, a term or a nickname, not a speaker's words. */
const MIN_WORDS = 4;

/** A cheap precheck: the sentence has a quotation mark at all. */
const ANY_MARK = /["\u201C\u201D\u201E\u00AB\u2018]/;

/**
 * Whether the sentence quotes a speaker's words outside the outlet's name: the outlet credited as a source
 * (the caller's `source` role) is then credited with those words.
 */
export function creditsQuotedWords(sentence: string, m: Mention): boolean {
  if (!ANY_MARK.test(sentence) || tellsReprinting(sentence)) return false;
  const name = sentence.slice(m.start, m.end);
  return quotedStretches(sentence).some(
    (q) =>
      !q.includes(name) &&
      q
        .trim()
        .split(/\s+/)
        .filter((w) => /\p{L}/u.test(w)).length >= MIN_WORDS,
  );
}
