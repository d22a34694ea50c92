/**
 * A quote that finishes a recorded sentence the page has begun in its own words: "the policies his officers follow
 * on immigration enforcement issues “are not up for negotiation”", where the record reads "… immigration enforcement
 * issues are not changing." The words right before the opening mark are the record's (three content words, or four
 * or more with two content words among them), and the record goes on from them to the end of its sentence in other words than those quoted: the
 * quote changes how the speaker finished the sentence. Only when the quoted words match no record of the story
 * (the caller asks last), are few (a sentence's ending, not a speech) and differ from the record's continuation
 * from the first words on or after them. General: nothing here knows a story.
 */
import type { IndexedQuote } from './pack-index.ts';
import { quoteKey } from './quote-key.ts';
import { splitSentences } from './sentences.ts';

/** Words of the record's run before the quote: fewer are too common to place it (three only when all are content words). */
const MIN_LEAD = 3;
const MAX_LEAD = 8;
/** A sentence's ending, quoted or recorded: longer is a speech of its own. */
const MAX_ENDING = 10;
/** Words too common to make a run the record's. */
const COMMON = new Set(
  'the a an and or of to in on at for by with from that this these those is are was were be been it its his her their our we they he she i you not no as but if so do does did have has had will would can could'.split(
    ' ',
  ),
);

export interface LeadIn {
  q: IndexedQuote;
  /** The record's words going on from the run, to the end of its sentence, as written. */
  theirs: string;
  /** The quoted words, as written. */
  said: string;
}

/** The first quoted stretch and the words before its opening mark, or null. */
function quotedAfter(sentence: string): { before: string; said: string } | null {
  const m = /["\u201C]([^"\u201C\u201D]{2,200})["\u201D]/u.exec(sentence);
  return m
    ? { before: sentence.slice(0, m.index), said: m[1]!.trim().replace(/[.,;:!?]+$/u, '') }
    : null;
}

export function leadInAltered(sentence: string, quotes: readonly IndexedQuote[]): LeadIn | null {
  const found = quotedAfter(sentence);
  if (!found) return null;
  const said = quoteKey(found.said).split(' ').filter(Boolean);
  if (!said.length || said.length > MAX_ENDING) return null;
  const before = quoteKey(found.before).split(' ').filter(Boolean);
  for (let n = Math.min(MAX_LEAD, before.length); n >= MIN_LEAD; n--) {
    const lead = before.slice(before.length - n);
    const content = lead.filter((w) => !COMMON.has(w) && w.length > 2).length;
    if (content < (n === MIN_LEAD ? MIN_LEAD : 2)) continue;
    for (const q of quotes) {
      if (q.quote.status !== 'verified' && q.quote.status !== 'single-source') continue;
      for (const s of splitSentences(q.quote.text)) {
        const words = quoteKey(s.text).split(' ');
        const at = indexOfRun(words, lead);
        if (at === -1) continue;
        const rest = words.slice(at + n);
        if (!rest.length || rest.length > MAX_ENDING) continue;
        // The quote goes on as the record does (cut short or not): the speaker's words, not changed.
        // Or the quote is a later stretch of it, the words between paraphrased ("… persons “are not changing”").
        if (
          said.every((w, i) => rest[i] === w) ||
          rest.every((w, i) => said[i] === w) ||
          indexOfRun(rest, said) !== -1
        )
          return null;
        return { q, theirs: endingOf(s.text, rest.length), said: found.said };
      }
    }
  }
  return null;
}

/** Where `run` begins in `words`, or -1. */
function indexOfRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let i = 0; i + run.length <= words.length; i++) {
    for (let j = 0; j < run.length; j++) if (words[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

/** The last `count` words of a recorded sentence as written (its closing mark dropped). */
function endingOf(text: string, count: number): string {
  const words = text.trim().split(/\s+/);
  return words
    .slice(Math.max(0, words.length - count))
    .join(' ')
    .replace(/[.!?\u201D"]+$/u, '');
}
