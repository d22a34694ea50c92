/**
 * Splits text into sentences with their offsets. Line breaks always end a
 * sentence (the DOM layer puts one between blocks); otherwise a sentence ends
 * at . ! or ? (and any closing quotes, guillemets too; or an ellipsis closing a quotation) followed by space and a capital,
 * digit or opening quote, except after common abbreviations and initials.
 */
import { MONTH_ABBREVIATIONS } from '../shared/month-names.ts';

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATIONS = new Set([
  'mr',
  'mrs',
  'ms',
  'dr',
  'st',
  'sgt',
  'lt',
  'capt',
  'col',
  'gen',
  'gov',
  'sen',
  'rep',
  'rev',
  'jr',
  'sr',
  'vs',
  'inc',
  'co',
  'corp',
  'ave',
  'blvd',
  ...MONTH_ABBREVIATIONS,
  'a.m',
  'p.m',
  'e.g',
  'i.e',
  'u.s',
  'u.k',
  'd.c',
  'n.y',
  // Ranks and titles written before a name ("Lt. Cmdr. Ana Ruiz", "Det. Sgt. Lee", "Supt. Moss", "Atty. Gen. Ford").
  'cmdr',
  'cmdt',
  'adm',
  'maj',
  'cpl',
  'pvt',
  'pfc',
  'spc',
  'det',
  'insp',
  'supt',
  'lieut',
  'ofc',
  'atty',
  'prof',
  'hon',
  'msgr',
  'fr',
  'dept',
  'rd',
  'mt',
]);

// Only from the start of a run of marks: the rest of the run ends where the run does, so trying each of its
// marks again (a line of 100,000 dots) would cost the square of the run's length and change nothing.
// A reference mark may follow the end ("… in 2016.[3] It began"), or a footnote's number after a closing quotation mark
// ("… at the scene.”10 “What …", a superscript read as text): it belongs to the sentence before.
// An ellipsis character closing a quotation ("… partners…” Magnus made …") ends one as three dots do.
const BOUNDARY =
  /(?<![.!?])(?:[.!?]+["'\u201D\u2019\u00BB)\]]*|\u2026["'\u201D\u2019\u00BB)\]]+)(?:\[(?:\d{1,3}|[a-z]|note \d{1,3})\])*(?:(?<=["\u201D\u00BB])\d{1,3})?(?=\s+["'\u201C\u2018\u00AB([]?[\p{Lu}\p{N}])/gu;

/** A name or title in capitals and a verb of saying right after a quotation ("… Evans said", "… Chief Smith told reporters"). */
const CREDIT_AFTER =
  /^\s+(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,4}(?:\p{Ll}+ly\s+)?(?:said|says|added|adds|told|tells|wrote|writes|continued|explained|noted|insisted|declared|stated|posted|tweeted|replied|argued|warned)\b/u;

/** The weekdays' short forms written with a period ("Tue.", "Thurs."), in lower case. */
export const WEEKDAY_ABBREVIATIONS: readonly string[] = [
  'sun',
  'mon',
  'tue',
  'tues',
  'wed',
  'thu',
  'thur',
  'thurs',
  'fri',
  'sat',
];
/** A weekday's abbreviation ends no sentence before a date ("Tue. Nov. 15"); alone ("the Sun. The …") it may. */
const WEEKDAY_SHORT = new Set(WEEKDAY_ABBREVIATIONS);
/** A capitalised word or "the" right before it: the last word of a name ("the Baltimore Sun."). */
const NAME_BEFORE = /(?:\b\p{Lu}[\p{L}'\u2019-]*|\b[Tt]he)\s+$/u;
const MONTH_AFTER =
  /^,?\s+(?:\d{1,2}\s+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i;

/** Abbreviations that may also end a sentence ("… at 4 p.m. She said …", "… in the U.S. The …"). */
const MAY_END = new Set([
  'a.m',
  'p.m',
  'u.s',
  'u.k',
  'd.c',
  'n.y',
  'inc',
  'co',
  'corp',
  'jr',
  'sr',
  'dept',
]);
/** Words that start a sentence and never continue a name or a time after such an abbreviation. */
const STARTS_SENTENCE =
  /^\s+["'\u201C\u2018]?(?:He|She|It|They|We|I|You|The|A|An|This|That|These|Those|There|Here|But|And|So|Then|His|Her|Its|Their|Our|My|Some|Many|Most|No|None|When|After|Before|While|Officials|Police|Officers)\b/u;

/** What may follow a clock time's "a.m."/"p.m." in the same sentence: a day, a month, a time zone. */
const TIME_GOES_ON =
  /^\s+(?:(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:day|sday|nesday|rsday|urday)?|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|January|February|March|April|June|July|August|September|October|November|December|Eastern|Central|Pacific|Mountain|Local|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|UTC)\b/u;

/**
 * The words of the clause that ends at `at`: from the last sentence mark, comma, semicolon, colon or joining word
 * ("and", "but", "then", "when", "while") before it. "At 6 p.m." and ", and shortly after 6 p.m." open a clause (a few
 * words); "Agents had stopped the van by 5:30 p.m." is one.
 */
function clauseWordsBefore(text: string, at: number): number {
  const head = text.slice(Math.max(0, at - 200), at + 1);
  const start = Math.max(...['. ', '! ', '? '].map((m) => head.lastIndexOf(m)));
  const clause = head.slice(start + 1);
  const joins = [...clause.matchAll(/[,;]|:(?!\d)|\b(?:and|but|then|when|while)\b/gi)];
  const from = joins.length
    ? joins[joins.length - 1]!.index! + joins[joins.length - 1]![0].length
    : 0;
  return clause.slice(from).split(/\s+/).filter(Boolean).length;
}

function endsWithAbbreviation(text: string, dotAt: number): boolean {
  if (text[dotAt] !== '.') return false;
  let i = dotAt - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i] as string)) i--;
  const word = text.slice(i + 1, dotAt).toLowerCase();
  // Any dotted capital initialism ("L.A. County", "N.J. Transit", "F.B.I. Director") is one like "U.S.": it ends a sentence only before a word that starts one.
  const initialism = /^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(i + 1, dotAt));
  // (Past a closing mark: "… at 5 a.m.) And …".)
  const next = text.slice(dotAt + 1, dotAt + 44).replace(/^["'\u201D\u2019)\]]+/u, '');
  if ((MAY_END.has(word) || initialism) && STARTS_SENTENCE.test(next)) return false;
  // "… by about 5:30 p.m. Shortly after 6 p.m., …": a capital after a clock time starts a sentence, unless it goes on
  // telling the time ("p.m. Monday", "p.m. Eastern", "a.m. EST", "p.m. March 24").
  // Not after an opening time phrase of a few words ("At 6 p.m. Smith arrived").
  if (
    (word === 'a.m' || word === 'p.m') &&
    !TIME_GOES_ON.test(next) &&
    clauseWordsBefore(text, i) >= 5
  )
    return false;
  if (initialism) return true;
  // "No. 5" is an abbreviation; "the chief said no. Then" ends a sentence.
  if (word === 'no') return /^\s*\p{N}/u.test(text.slice(dotAt + 1));
  if (word.length === 1 && /\p{Lu}/u.test(text[dotAt - 1] as string)) return true; // an initial: "J. Smith"
  if (WEEKDAY_SHORT.has(word))
    return (
      MONTH_AFTER.test(text.slice(dotAt + 1, dotAt + 24)) &&
      !NAME_BEFORE.test(text.slice(Math.max(0, i - 30), i + 1))
    );
  return ABBREVIATIONS.has(word);
}

function pushTrimmed(out: Sentence[], text: string, start: number, end: number): void {
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  if (end > start) out.push({ start, end, text: text.slice(start, end) });
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    let sentenceStart = 0;
    BOUNDARY.lastIndex = 0;
    for (let m = BOUNDARY.exec(line); m; m = BOUNDARY.exec(line)) {
      if (endsWithAbbreviation(line, m.index)) continue;
      // "“… our federal partners…” Magnus said.": a credit after words cut off with an ellipsis is the quote's own.
      if (
        /(?:\u2026|\.\.\.)\W*$/.test(m[0]) &&
        CREDIT_AFTER.test(line.slice(m.index + m[0].length))
      )
        continue;
      const end = m.index + m[0].length;
      pushTrimmed(out, text, lineStart + sentenceStart, lineStart + end);
      sentenceStart = end;
    }
    pushTrimmed(out, text, lineStart + sentenceStart, lineEnd);
    lineStart = lineEnd + 1;
  }
  return out;
}
