/**
 * How a recorded quote was given (a quote's `medium` in the pack): words the record has from a post on X or a written
 * statement, presented as said to reporters or at a news conference, or words said at a news conference presented as
 * written in a memo. Read only outside the quotation marks of the part of the sentence that holds the quote, never
 * after a denial or beside a word of another occasion ("also", "later", "again"): the speaker may have said the same
 * words twice. General English only; the record's side is the pack's.
 */
import type { Quote } from '../pack/schema.ts';
import { quoteKey } from './quote-key.ts';
import { quotedStretches } from './quoted-stretches.ts';
import {
  fits,
  OTHER_OCCASION,
  readMedium,
  SHOWN,
  type Medium,
} from './compare/statement-medium.ts';

/** Words told to people in person: "told reporters", "speaking to the press", "at the podium". */
const TO_LISTENERS =
  /\b(?:told|tells|telling|speaking\s+to|spoke\s+to|speaks\s+to|talking\s+to|talked\s+to|addressing|addressed)\s+(?:the\s+|a\s+(?:group\s+of\s+|crowd\s+of\s+)?)?(?:reporters|journalists|press|media|crowd|cameras|TV\s+cameras|microphones)\b|\b(?:at|from|behind|stepping\s+to|stepped\s+to)\s+the\s+(?:podium|lectern|microphones?)\b/iu;
/**
 * Words given on the air ("Magnus made the same point on Tucson radio"): spoken. Not where the page has the words
 * repeated there ("quoted on Rochester television", "read on the air"), nor beside a written text named ("Homan's post,
 * shown on TV, said …").
 */
const ON_AIR =
  /\bon\s+(?:(?:the|a|local|public|\p{Lu}[\p{L}'\u2019-]*)\s+){0,2}(?:radio|television|TV|talk\s+radio|the\s+air)\b/u;
const REPEATED_ON_AIR =
  /\b(?:quoted|shown|aired|replayed|read|broadcast|played|repeated|cited|rebroadcast)\s+(?:[\p{L}'\u2019-]+\s+){0,2}$/u;
const WRITTEN_TEXT = /\b(?:post|posts|statement|release|letter|tweet|memo|email|e-mail)\b/i;

/**
 * Words put in writing: "in a written memo", "in a post on X", "wrote on X", "Evans wrote: “…”", "a statement posted to the
 * city's website" (not "in his post as mayor", "in the Post").
 */
const IN_WRITING =
  /\bin\s+(?:a|an|his|her|its|their|the)\s+(?:(?:written|internal|brief|short|formal|department-wide|emailed)\s+)?(?:memo|memorandum|letter|e-?mail|tweet|press\s+release|news\s+release|written\s+statement|(?:X|social[- ]media|Facebook)\s+post|post\s+on\s+(?:X|Twitter|Facebook|social\s+media))(?![\p{L}-])|\b(?:posted|posting|wrote|writing|tweeted|tweeting)\s+(?:on|to)\s+(?:X|Twitter|Facebook|social\s+media)\b(?!\s+by\b)|\bwrote(?=\s*[:,]?\s*\u2026)|\bposted\s+(?:to|on)\s+(?:the\s+)?(?:[\p{L}'\u2019-]+\s+){0,2}?(?:website|web\s+site|site|web\s+page|page|account|feed)\b/iu;
/** A relative clause set off by commas (", who had met the union's lawyer,"), or an opening clause of another time. */
const ASIDE_CLAUSE =
  /,\s*(?:who|whose|whom|which|where|when)\b[^,\u2026]*(?:,|(?=\u2026))|^\s*(?:[\p{L}\d-]+\s+){0,3}?(?:after|before|since|when|while|once|as|like|unlike|days?\s+after|weeks?\s+after)\b[^,\u2026]*,/giu;
/** Words between a medium and the quote that start another clause: the medium is that clause's. */
const ANOTHER_CLAUSE = /,\s*(?:and|but|while|then)\b|;|\u2014|\u2013|\s-\s/;
/**
 * A credit after the words opened by a dash: "“…” — Evans, speaking to reporters at …": the dash names who gave them.
 * Only a name or a title in capitals, "the" allowed first ("— a line Denver police, in a written statement, matched" is another's), and only
 * with the medium running to the sentence's end (no clause after it: "…, did not repeat").
 */
const DASH_CREDIT =
  /^\s*[\u2014\u2013]\s*(?:the\s+)?\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,3}\s*,\s*$/u;
/**
 * The fewest quoted words for which another medium is wrong: a short phrase may have been said on more than one
 * occasion, so under this many (and at least MIN_SHORT_WORDS) the page's medium is only not confirmed (`short`).
 */
const MIN_QUOTED_WORDS = 6;
const MIN_SHORT_WORDS = 2;
/** Another recorded quote of the speaker this close (a share of the page's quoted words) may be the one meant. */
const NEAR_OTHER = 0.8;

/** The sentence's words outside quotation marks, each quote a "…". */
const outsideQuotes = (text: string): string =>
  text.replace(/\u201C[^\u201D]*\u201D?|"[^"]*"?|\u00AB[^\u00BB]*\u00BB?/g, ' \u2026 ');

/** The page's medium for the words, where it stands in the text (the match's own place, not an earlier like phrase). */
function pageMedium(text: string): { medium: Medium; text: string; at: number } | null {
  const w = IN_WRITING.exec(text);
  if (w) return { medium: 'written', text: w[0], at: w.index };
  const read = readMedium(text);
  if (read) return { ...read, at: text.indexOf(read.text) };
  const l = TO_LISTENERS.exec(text);
  if (l) return { medium: 'spoken', text: l[0], at: l.index };
  const air = ON_AIR.exec(text);
  return air &&
    !REPEATED_ON_AIR.test(text.slice(Math.max(0, air.index - 40), air.index)) &&
    !WRITTEN_TEXT.test(text)
    ? { medium: 'spoken', text: air[0], at: air.index }
    : null;
}

/**
 * The page's medium for a recorded quote where it cannot be the record's: what the page says ("told reporters") and
 * how the record has the words given. Only with one quote in the part, of a few words at least, and a medium in the
 * clause that gives it (not in an aside or a clause of another time, another clause, or beside a word of another
 * occasion or a denial).
 */
export function quoteMediumConflict(
  part: string,
  quote: Quote,
  others: readonly Quote[],
): { page: string; record: string; short?: true } | null {
  const recorded = quote.medium;
  if (!recorded || quote.status === 'unverified' || quote.status === 'fabricated') return null;
  const stretches = quotedStretches(part);
  const quoted = stretches.flatMap((t) => quoteKey(t).split(' ')).filter(Boolean);
  if (stretches.length !== 1 || quoted.length < MIN_SHORT_WORDS) return null;
  const short = quoted.length < MIN_QUOTED_WORDS;
  const outside = outsideQuotes(part).replace(ASIDE_CLAUSE, ' ');
  const page = pageMedium(outside);
  if (!page) return null;
  const { at } = page;
  const mark = outside.indexOf('\u2026');
  const between =
    mark > at ? outside.slice(at + page.text.length, mark) : outside.slice(mark + 1, at);
  const near = outside.slice(Math.max(0, at - 40), at + page.text.length + 20);
  if (
    (ANOTHER_CLAUSE.test(between) &&
      !(
        mark < at &&
        DASH_CREDIT.test(between) &&
        !/[,;\u2014\u2013]/.test(outside.slice(at + page.text.length))
      )) ||
    OTHER_OCCASION.test(near.replace(/\bnext\s+to\b/gi, ' ')) ||
    /\b(?:not|never|no|instead\s+of|rather\s+than)\b|n['\u2019]t\b/i.test(
      outside.slice(Math.max(0, at - 25), at),
    )
  )
    return null;
  // The page calls it a statement or a release too: it says the words were written, whatever else it adds.
  if (recorded === 'written' && /\b(?:statement|release)\b/i.test(outside)) return null;
  // An interview the record names by its outlet was no press conference; spoken words of any gathering fit one.
  const fitting = (q: Quote) =>
    q.medium !== undefined && fits(page.medium, q.medium, /\binterview\s+with\b/i.test(q.occasion));
  if (fitting(quote)) return null;
  // "Evans told reporters the officers “appear to have violated city policy”": words close to those of another of the
  // speaker's occasions that fits what the page says (his news conference's "appears to have violated").
  const words = new Set(quoted);
  const close = (q: Quote) => {
    const theirs = new Set(quoteKey(q.text).split(' '));
    return [...words].filter((w) => theirs.has(w)).length >= NEAR_OTHER * words.size;
  };
  const onRecord = (q: Quote) => q.status === 'verified' || q.status === 'single-source';
  if (
    others.some(
      (q) => q !== quote && q.speaker === quote.speaker && onRecord(q) && fitting(q) && close(q),
    )
  )
    return null;
  return { page: page.text, record: SHOWN[recorded], ...(short && { short }) };
}
