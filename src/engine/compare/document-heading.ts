/**
 * A title line that names a document and its date ("General Meeting Minutes, April 8, 2025", "Agenda for Tuesday,
 * March 25", "March 2025 Newsletter", "Sunday Bulletin - 30 March 2025"): the date is the document's (when it was
 * written, held or issued), not that of an event the document goes on to tell of. It is blanked before the line is
 * compared, so the date is never held to a recorded event. Only a line with no sentence's end (a heading), the
 * document's noun right beside the date, the date ending or opening the line. Nothing here knows a story.
 */

/** Nouns of a written piece that carries its own date in its title: general English. */
const DOCUMENT =
  '(?:minutes|agenda|report|newsletter|bulletin|notes|digest|memo|memorandum|transcript|rundown|recap|roundup|round-up|summary|log|edition|issue|programme|program|script|briefing\\s+notes|order\\s+of\\s+service)';
const MONTH =
  '(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)';
const WEEKDAY =
  '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues|tue|wed|thurs|thu|fri|sat|sun)';
const DATE = `(?:${WEEKDAY}\\.?,?\\s+)?(?:${MONTH}\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}\\.?(?:,?\\s+\\d{4})?|${MONTH}\\.?,?\\s+\\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}/\\d{1,2}/\\d{2,4})`;

/** "… Minutes, April 8, 2025", "Agenda for March 25": the document's noun, a separator or "for"/"of"/"dated", the date ending the line. */
const NOUN_THEN_DATE = new RegExp(
  `\\b${DOCUMENT}\\s*(?:[,:|\\u00b7\\u2013\\u2014-]\\s*|\\s+(?:for|of|from|dated)\\s+(?:the\\s+)?)(${DATE})\\s*$`,
  'i',
);
/** "April 8, 2025 General Meeting Minutes", "March 2025 Newsletter": the date opening the line, the noun ending it a few words on. */
const DATE_THEN_NOUN = new RegExp(
  `^\\s*(${DATE})\\s*(?:[,:|\\u00b7\\u2013\\u2014-]\\s*)?(?:[\\p{L}&'\\u2019.-]+\\s+){0,5}${DOCUMENT}\\s*$`,
  'iu',
);

/** At most this many words in a title line. */
const MAX_WORDS = 16;

/** The sentence with the date of a document's title line blanked (offsets kept), or the sentence as it was. */
export function withoutDocumentDate(sentence: string): string {
  const line = sentence.trimEnd();
  if (/[.!?\u201D"]$/.test(line) || line.split(/\s+/).length > MAX_WORDS) return sentence;
  const m = NOUN_THEN_DATE.exec(line) ?? DATE_THEN_NOUN.exec(line);
  if (!m) return sentence;
  const date = m[1] as string;
  const at = m.index + m[0].indexOf(date);
  return sentence.slice(0, at) + ' '.repeat(date.length) + sentence.slice(at + date.length);
}
