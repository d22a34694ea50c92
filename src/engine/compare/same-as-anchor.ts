/**
 * ", the same year as the city's first declaration", "— the same day as the press conference": an apposition after a
 * date that names another event only to say it shared the time. That event is the point the time is measured by, not
 * what the clause dates, so its words are blanked (offsets kept) before the clause is linked: "General Order 502 dates
 * from 1986, the same year as the first sanctuary declaration" dates the order alone. Only right after a written time
 * (a year, a day, a month or a weekday), so "… and the council acted the same year as the vote" is left whole.
 * Nothing here knows a story.
 */
const APPOSED =
  /[,\u2014\u2013]\s*(?:in\s+|on\s+|during\s+)?the\s+(?:very\s+)?same\s+(?:year|day|month|week|morning|afternoon|evening|night)\s+(?:as|that|when)\b[^,;.!?()\u2014\u2013]*/giu;
/** A written time right before the apposition. */
const TIME_BEFORE =
  /(?:\b(?:1[89]|20)\d\d|\b\d{1,2}(?:st|nd|rd|th)?|\b(?:january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|morning|afternoon|evening|night))\s*$/i;

/** The sentence with each such apposition blanked. */
export function withoutSameAsAnchor(sentence: string): string {
  return sentence.replace(APPOSED, (phrase: string, at: number) =>
    TIME_BEFORE.test(sentence.slice(Math.max(0, at - 30), at)) ? ' '.repeat(phrase.length) : phrase,
  );
}
