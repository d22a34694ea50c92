/**
 * A quote that turns a recorded sentence round: the same content words with
 * the other polarity ("I intend on doing everything differently" for "I don't
 * intend on doing anything different"; "the city will cut the budget" for
 * "the city will not cut the budget"). Polarity is the parity of
 * the negators (not, n't, never, no, nothing, none, nor …); "anything",
 * "everything", "something" count as no content word, so a negated "anything"
 * and a plain "everything" compare alike. Only when the content words are
 * nearly the same on both sides (at least two, the page's nearly all in the
 * record's sentence, or one half of it joined by "and" / "but", and most of
 * the record's in the page's): a quote that
 * merely shares a topic is left to the other checks. General English only.
 */
import { quoteKey } from './quote-key.ts';
import type { IndexedQuote } from './pack-index.ts';

const NEGATORS = new Set([
  'not',
  'never',
  'no',
  'nothing',
  'none',
  'nobody',
  'nowhere',
  'neither',
  'nor',
  'cannot',
  'without',
]);
/** Words with no content of their own here: pronouns, articles, auxiliaries, prepositions, quantifier pronouns. */
const FUNCTION = new Set([
  'i',
  'we',
  'you',
  'he',
  'she',
  'it',
  'they',
  'me',
  'us',
  'him',
  'her',
  'them',
  'my',
  'our',
  'your',
  'his',
  'its',
  'their',
  'a',
  'an',
  'the',
  'this',
  'that',
  'these',
  'those',
  'and',
  'or',
  'but',
  'so',
  'if',
  'as',
  'on',
  'in',
  'to',
  'of',
  'for',
  'at',
  'by',
  'with',
  'from',
  'into',
  'about',
  'is',
  'are',
  'was',
  'were',
  'be',
  'been',
  'being',
  'am',
  'do',
  'does',
  'did',
  'doing',
  'done',
  'have',
  'has',
  'had',
  'having',
  'will',
  'would',
  'shall',
  'should',
  'can',
  'could',
  'may',
  'might',
  'must',
  'going',
  'gonna',
  'just',
  'ever',
  'also',
  'too',
  'very',
  'all',
  'anything',
  'everything',
  'something',
  'any',
  'every',
  'some',
  'anyone',
  'everyone',
  'someone',
  'anybody',
  'everybody',
  'somebody',
]);

const stem = (w: string) => {
  let s = w.length > 5 && w.endsWith('ly') ? w.slice(0, -2) : w;
  if (s.length > 4) s = s.replace(/(ing|ed|es|s)$/, '');
  return s;
};

/** The content stems of a quoted text and the number of its negators. */
export function polarityWords(text: string): { words: Set<string>; negators: number } {
  const words = new Set<string>();
  let negators = 0;
  for (let w of quoteKey(text)
    .replace(/\u2019/g, "'")
    .split(' ')) {
    if (!w) continue;
    if (/n't$/.test(w)) {
      negators++;
      w = w === "won't" ? 'will' : w === "can't" ? 'can' : w.slice(0, -3);
    }
    if (NEGATORS.has(w)) {
      negators++;
      continue;
    }
    if (FUNCTION.has(w) || /^\d/.test(w)) continue;
    words.add(stem(w));
  }
  return { words, negators };
}

/** The recorded quote and sentence a quoted stretch turns round, if any. */
export function reversedQuote(
  stretches: readonly string[],
  quotes: readonly IndexedQuote[],
): { q: IndexedQuote; sentence: string } | null {
  for (const stretch of stretches) {
    if (stretch.split(' ').length < 4) continue;
    const page = polarityWords(stretch);
    if (page.words.size < 2) continue;
    for (const q of quotes) {
      if (q.quote.status === 'fabricated') continue;
      for (const piece of q.pieces) {
        if (piece.variant) continue;
        // The sentence, and each of its halves joined by "and" / "but" ("has not participated … and will not be involved …").
        const halves = piece.key.split(/ (?:and|but) /).filter((h) => h.split(' ').length >= 3);
        for (const part of halves.length > 1 ? [piece.key, ...halves] : [piece.key]) {
          const rec = polarityWords(part);
          if (rec.words.size < 2 || rec.negators % 2 === page.negators % 2) continue;
          let shared = 0;
          for (const w of page.words) if (rec.words.has(w)) shared++;
          const ofRecord = shared / rec.words.size;
          if (
            shared >= 2 &&
            shared / page.words.size >= 0.8 &&
            (ofRecord >= 0.6 || (shared >= 4 && ofRecord >= 0.5))
          )
            return { q, sentence: piece.key };
        }
      }
    }
  }
  return null;
}
