/**
 * Quoted phrases too short for the word-by-word alignment (fewer than four of
 * the speaker's words), credited to one of the story's speakers: a phrase one
 * of their recorded quotes holds word for word is theirs; one that differs
 * from a recorded phrase by one word put for another or added ("a small
 * overreaction" where the record has "a complete overreaction") is altered,
 * when that is the only such place in all their recorded words and the words
 * kept include a long, distinctive one, and the changed word is no mere
 * change of ending (as transcriptions differ); the same change at several
 * places of the record is one. A hyphenated compound counts as one word
 * written. Two-word phrases keep too little to say anything; anything else
 * is left alone.
 */
import { quoteKey } from './quote-key.ts';
import type { IndexedQuote } from './pack-index.ts';

export type ShortReading =
  | { outcome: 'verbatim'; q: IndexedQuote }
  | { outcome: 'altered'; q: IndexedQuote; diff: string[] }
  | { outcome: 'ambiguous' };

/** A kept word this long names something; "a", "the", "very" do not. */
const DISTINCTIVE = 7;
/** Phrases of this many of the speaker's words at most are read here (longer ones are aligned). */
const MAX_WORDS = 3;

const stemOf = (w: string) => w.replace(/(?:ing|ed|es|s|d)$/, '');
const sameWord = (a: string, b: string) => a.length > 3 && b.length > 3 && stemOf(a) === stemOf(b);

/** Where `page` (k words) sits in `rec` with one word changed or added: the diff entry, or undefined. */
function oneChange(
  page: string[],
  rec: string[],
  at: number,
): { diff: string; kept: string[] } | undefined {
  const k = page.length;
  // One word put for another: a window of k record words equal but at one place.
  const window = rec.slice(at, at + k);
  if (window.length === k) {
    const differ = window.map((w, i) => (w === page[i] ? -1 : i)).filter((i) => i >= 0);
    if (differ.length === 1) {
      const i = differ[0] as number;
      if (!sameWord(window[i] as string, page[i] as string))
        return { diff: `${window[i]} \u2192 ${page[i]}`, kept: page.filter((_, x) => x !== i) };
    }
  }
  // One word added: a window of k − 1 record words equal to the page's without it (not at either end: that is a cut).
  const shorter = rec.slice(at, at + k - 1);
  if (shorter.length === k - 1) {
    for (let i = 1; i < k - 1; i++) {
      const without = page.filter((_, x) => x !== i);
      if (without.every((w, x) => w === shorter[x]))
        return { diff: `\u2192 ${page[i]}`, kept: without };
    }
  }
  return undefined;
}

/** Reads a short quoted phrase against the recorded quotes of the one credited with it; null when it is not short or says nothing. */
export function readShortQuote(
  text: string,
  theirs: readonly IndexedQuote[],
  all: readonly IndexedQuote[],
): ShortReading | null {
  const page = quoteKey(text).split(' ').filter(Boolean);
  // Words as written: a hyphenated compound ("body-worn") is one.
  const written = text
    .trim()
    .split(/\s+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
  if (
    page.length < 2 ||
    (page.length > MAX_WORDS && written > MAX_WORDS) ||
    page.length > MAX_WORDS + 1
  )
    return null;
  const phrase = ` ${page.join(' ')} `;
  const recorded = (q: IndexedQuote) =>
    [
      q.quote.text,
      ...(q.quote.variants ?? []).filter((v) => v.kind === 'transcription').map((v) => v.text),
    ].map((t) => quoteKey(t).split(' ').filter(Boolean));
  const onRecord = (q: IndexedQuote) =>
    q.quote.status === 'verified' || q.quote.status === 'single-source';
  // Word for word in one of their recorded quotes: theirs (and said by no one else on record, or it says nothing of whose it is).
  const verbatim = theirs.filter(
    (q) => onRecord(q) && recorded(q).some((words) => ` ${words.join(' ')} `.includes(phrase)),
  );
  if (verbatim.length) {
    const elsewhere = all.some(
      (q) =>
        !theirs.includes(q) && recorded(q).some((words) => ` ${words.join(' ')} `.includes(phrase)),
    );
    return elsewhere ? null : { outcome: 'verbatim', q: verbatim[0] as IndexedQuote };
  }
  if (page.length < 3) return null;
  const found: { q: IndexedQuote; diff: string; kept: string[] }[] = [];
  for (const q of theirs) {
    if (!onRecord(q)) continue;
    for (const words of recorded(q)) {
      for (let at = 0; at < words.length; at++) {
        const hit = oneChange(page, words, at);
        if (hit && !found.some((f) => f.q === q && f.diff === hit.diff)) found.push({ q, ...hit });
      }
    }
  }
  // Only places that keep a distinctive word: "a good job" for "a great job" could be anyone's words.
  const telling = found.filter((f) => f.kept.some((w) => w.length >= DISTINCTIVE));
  const only = telling[0];
  if (!only) return null;
  // The same words changed wherever the record has them ("Rochester Police Department" in two statements): one change.
  if (telling.some((f) => f.diff !== only.diff)) return { outcome: 'ambiguous' };
  return { outcome: 'altered', q: only.q, diff: [only.diff] };
}
