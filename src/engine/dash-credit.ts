/**
 * A dash attribution after quoted words: "“…” - Tucson Police Chief Chris Magnus", "“…” — Magnus, in a written
 * statement". The line credits the words to the one named after the dash, as a byline under a pull quote does. The
 * name must follow the quotation and a dash, with only capitalised words or title words between (a place, an agency,
 * a post), and nothing after it but an aside set off by a comma and the sentence's end. Nothing here knows a story.
 */

/** The quote placeholder, a dash (folded to one to three hyphens), and what stands before the name. */
const BEFORE = /\uE000[\s.,]*-{1,3}\s*([^\uE000-]{0,60})$/u;
/** After the name: the end, or an aside set off by a comma ("— Chris Magnus, Tucson police chief"). */
const AFTER = /^\s*(?:,[^\uE000]{0,80})?[\s.]*$/u;

/**
 * Whether the name at `start`..`end` of the folded, quote-blanked `text` is a dash attribution of the quoted words;
 * `raw` is the same text in the page's case, offset for offset, and `titleWord` tells a title's word ("police",
 * "chief", "the"), which may be lower case.
 */
export function dashCredits(
  text: string,
  raw: string,
  start: number,
  end: number,
  titleWord: (folded: string) => boolean,
): boolean {
  const m = BEFORE.exec(text.slice(0, start));
  if (!m || !AFTER.test(text.slice(end))) return false;
  const from = start - (m[1] ?? '').length;
  const words = raw.slice(from, start).split(/\s+/).filter(Boolean);
  return words.every((w) => /^\p{Lu}/u.test(w) || titleWord(w.toLowerCase()));
}

/** After the last closing quotation mark: a dash, then the attribution (raw text). */
const LINE_AFTER_QUOTE =
  /["\u201D\u00BB][\s.,]*(?:--?|[\u2013\u2014\u2015])\s*([^"\u201C\u201D]{2,120}?)[\s.]*$/u;
/** A line of its own that is only an attribution: a dash, then who. */
const LINE_ALONE = /^\s*(?:--?|[\u2013\u2014\u2015])\s*([^"\u201C\u201D]{2,120}?)[\s.]*$/u;

/** The credit's words before any aside: each capitalised or a title's word, at most eight, the last capitalised. */
function namesOnly(credit: string, titleWord: (folded: string) => boolean): boolean {
  const head = credit.split(',')[0]!.trim();
  const words = head.split(/\s+/).filter(Boolean);
  if (!words.length || words.length > 8 || !/^\p{Lu}/u.test(words[words.length - 1]!)) return false;
  return words.every((w) => /^\p{Lu}/u.test(w) || titleWord(w.toLowerCase()));
}

/** The attribution a dash sets after a sentence's quoted words ("… .” — Chief Jane Doe"), in the page's words, if any. */
export function dashAttribution(
  sentence: string,
  titleWord: (folded: string) => boolean,
): string | undefined {
  const m = LINE_AFTER_QUOTE.exec(sentence);
  return m && namesOnly(m[1]!, titleWord) ? m[1]!.trim() : undefined;
}

/**
 * A sentence that is only a dash attribution ("— Tucson Police Chief Chris Magnus"), as a pull quote's byline on a line
 * of its own: it credits the quoted words of the line before. Its words, if it is one.
 */
export function attributionLine(
  sentence: string,
  titleWord: (folded: string) => boolean,
): string | undefined {
  const m = LINE_ALONE.exec(sentence);
  return m && namesOnly(m[1]!, titleWord) ? m[1]!.trim() : undefined;
}

/** The sentence ends on closing quoted words (only punctuation after them): a line a byline may follow. */
export function endsOnQuote(sentence: string): boolean {
  return /["\u201D\u00BB][\s.,!?]*$/u.test(sentence) && /["\u201C]/u.test(sentence.slice(0, -1));
}
