/**
 * How a recorded quote was given (a quote's `medium` in the pack): words the record has from a post on X or a written
 * statement, presented as said to reporters or at a news conference, or words said at a news conference presented as
 * written in a memo. Read only outside the quotation marks of the part of the sentence that holds the quote, never
 * after a denial or beside a word of another occasion ("also", "later", "again"): the speaker may have said the same
 * words twice. General English only; the record's side is the pack's.
 */
import type { Quote } from '../pack/schema.ts';
import { NEAR_SHARE } from './quote-align.ts';
import { quoteKey } from './quote-key.ts';
import { quotedStretches } from './quoted-stretches.ts';
import {
  fits,
  OTHER_OCCASION,
  readMedium,
  SHOWN,
  type Medium,
} from './compare/statement-medium.ts';

/** Words told to people in person: "told reporters", "speaking to the press", "at the podium", "on camera". */
const TO_LISTENERS =
  /\b(?:told|tells|telling|speaking\s+to|spoke\s+to|speaks\s+to|talking\s+to|talked\s+to|addressing|addressed)\s+(?:the\s+|a\s+(?:group\s+of\s+|crowd\s+of\s+)?)?(?:reporters|journalists|press|media|crowd|cameras|TV\s+cameras|microphones)\b|\b(?:at|from|behind|stepping\s+to|stepped\s+to)\s+the\s+(?:podium|lectern|microphones?)\b|\bon\s+camera\b/i;
/** Words put in writing: "in a written memo", "in a post on X", "wrote on X", "tweeted". */
const IN_WRITING =
  /\bin\s+(?:a|an|his|her|its|their|the)\s+(?:(?:written|internal|brief|short|formal|department-wide|emailed)\s+)?(?:memo|memorandum|letter|e-?mail|post|tweet|press\s+release|news\s+release|written\s+statement)\b|\b(?:posted|posting|wrote|writing|tweeted|tweeting)\s+(?:on|to)\s+(?:X|Twitter|Facebook|social\s+media)\b|\btweeted\b/i;

/** The sentence's words outside quotation marks. */
const outsideQuotes = (text: string): string =>
  text.replace(/\u201C[^\u201D]*\u201D?|"[^"]*"?|\u00AB[^\u00BB]*\u00BB?/g, ' \u2026 ');

function pageMedium(text: string): { medium: Medium; text: string } | null {
  const w = IN_WRITING.exec(text);
  if (w) return { medium: 'written', text: w[0] };
  const read = readMedium(text);
  if (read) return read;
  const l = TO_LISTENERS.exec(text);
  return l ? { medium: 'spoken', text: l[0] } : null;
}

/**
 * The page's medium for a recorded quote where it cannot be the record's: what the page says ("told reporters") and
 * how the record has the words given.
 */
export function quoteMediumConflict(
  part: string,
  quote: Quote,
  others: readonly Quote[],
): { page: string; record: string } | null {
  const recorded = quote.medium;
  if (!recorded || quote.status === 'unverified' || quote.status === 'fabricated') return null;
  const outside = outsideQuotes(part);
  const page = pageMedium(outside);
  if (!page || OTHER_OCCASION.test(outside)) return null;
  const before = outside.slice(0, outside.indexOf(page.text));
  if (/\b(?:not|never|no|instead\s+of|rather\s+than)\b|n['\u2019]t\b/i.test(before)) return null;
  // An interview the record names by its outlet was no press conference; spoken words of any gathering fit one.
  const fitting = (q: Quote) =>
    !q.medium || fits(page.medium, q.medium, /\binterview\s+with\b/i.test(q.occasion));
  if (fitting(quote)) return null;
  // "Evans told reporters the officers “appear to have violated city policy”": words close to those of another of the
  // speaker's occasions that fits what the page says (his news conference's "appears to have violated").
  const quoted = new Set(quotedStretches(part).flatMap((t) => quoteKey(t).split(' ')));
  const near = (q: Quote) => {
    const words = new Set(quoteKey(q.text).split(' '));
    return [...quoted].filter((w) => words.has(w)).length >= NEAR_SHARE * quoted.size;
  };
  if (others.some((q) => q !== quote && q.speaker === quote.speaker && fitting(q) && near(q)))
    return null;
  return { page: page.text, record: SHOWN[recorded] };
}
