/**
 * A length of time changed inside a quote: a quoted stretch whose words are a
 * recorded quote's words around a length of time, with another length in
 * between ("over the past two decades" where the record has "over the past
 * decade"; "for ten years now" for "for three years now"). Used by
 * match-quote.ts when no alignment judged the stretch (a few words, the one
 * change too large a share of them). Nothing here knows a story.
 *
 * The line (zero false alarms first):
 * - Judged only when the words kept around the length are at least three,
 *   stand right before and after the record's length word for word, the
 *   quote is on record (verified or single-source), and the page names its
 *   speaker in the sentence or the one before.
 * - A length equal to the record's ("ten years" for "a decade") is left alone
 *   (a paraphrase's business, not this one); so is a stretch that is
 *   verbatim somewhere in the speaker's words, and a length in words the
 *   reader cannot value ("several years").
 */
import { foldText } from './normalize.ts';
import type { IndexedQuote, StoryChecks } from './pack-index.ts';
import { hasAnyTerm } from './terms.ts';

const UNIT_DAYS: Record<string, number> = {
  hour: 1 / 24,
  day: 1,
  week: 7,
  month: 30,
  year: 365,
  decade: 3650,
  century: 36500,
};
const NUMBER: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  hundred: 100,
  half: 0.5,
  couple: 2,
};

const unitOf = (w: string): string | undefined => {
  const s = w === 'centuries' ? 'century' : w.replace(/s$/, '');
  return s in UNIT_DAYS ? s : undefined;
};

/** The lengths of time in a run of words: where each begins and ends, and its value in days. */
function lengths(words: readonly string[]): { start: number; end: number; days: number }[] {
  const out: { start: number; end: number; days: number }[] = [];
  for (let i = 0; i < words.length; i++) {
    const unit = unitOf(words[i] as string);
    if (!unit) continue;
    const before = words[i - 1];
    const n =
      before === undefined
        ? undefined
        : /^\d+(?:\.\d+)?$/.test(before)
          ? Number(before)
          : NUMBER[before];
    // "a couple of years", "half a decade" are read no further: a bare unit after "the past" is one.
    if (n !== undefined)
      out.push({ start: i - 1, end: i + 1, days: n * (UNIT_DAYS[unit] as number) });
    else if (/s$/.test(words[i] as string) && unit !== 'century')
      continue; // "years" with no number: unvalued
    else out.push({ start: i, end: i + 1, days: UNIT_DAYS[unit] as number });
  }
  return out;
}

const wordsOf = (text: string): string[] =>
  foldText(text)
    .split(/[^\p{L}\p{N}.]+/u)
    .map((w) => w.replace(/\.$/, ''))
    .filter(Boolean);

const same = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((w, i) => w === b[i]);

export interface QuoteDurationChange {
  q: IndexedQuote;
  diff: string;
}

/** A quoted stretch with the record's words around a length of time and another length between them. */
export function quoteDurationChange(
  texts: readonly string[],
  sentence: string,
  previous: string,
  story: StoryChecks,
): QuoteDurationChange | null {
  const context = foldText(`${previous} ${sentence}`);
  const quotes = story.quotes.filter(
    (q) =>
      (q.quote.status === 'verified' || q.quote.status === 'single-source') &&
      q.speakerTerms.length &&
      hasAnyTerm(context, q.speakerTerms),
  );
  if (!quotes.length) return null;
  for (const text of texts) {
    const page = wordsOf(text);
    const joined = ` ${page.join(' ')} `;
    // Verbatim somewhere in the speaker's words: theirs.
    if (quotes.some((q) => ` ${wordsOf(q.quote.text).join(' ')} `.includes(joined))) continue;
    for (const p of lengths(page)) {
      const left = page.slice(0, p.start);
      const right = page.slice(p.end);
      if (left.length + right.length < 3) continue;
      for (const q of quotes) {
        const rec = wordsOf(q.quote.text);
        for (const r of lengths(rec)) {
          if (r.days === p.days) continue;
          if (!same(rec.slice(r.start - left.length, r.start), left) || r.start - left.length < 0)
            continue;
          if (!same(rec.slice(r.end, r.end + right.length), right)) continue;
          return {
            q,
            diff: `${rec.slice(r.start, r.end).join(' ')} \u2192 ${page.slice(p.start, p.end).join(' ')}`,
          };
        }
      }
    }
  }
  return null;
}
