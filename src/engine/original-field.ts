/**
 * A record sheet's field for when the original (source) report came out, with its value on the line below: a label
 * line "Source publication" or "Original publication date (as logged)", then "Logged as 9 November 2016" or "18 Nov
 * 2016, morning". The value reads as "The original was published on <value>" would (original-published.ts compares
 * it with the dates the record gives the story's original reports). The caller (analyze.ts) takes only a date
 * conflict. Only a label that says "original" or "source" is read: a bare "Published" may be the page's own date, or a
 * re-post's. General English only.
 */

/** "Source publication", "Original publication date", "Source published", "Original run date", with an aside in brackets. */
const FIELD =
  /^\s*(?:original|source)\s+(?:publication(?:\s+date)?|published|publish\s+date|run\s+date|date\s+(?:of\s+)?publication|date\s+published)(?:\s*\([^()]{0,30}\))?\s*:?\s*$/i;

const MONTH = String.raw`(?:january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\.?`;
/** The value: a date first ("9 November 2016", "November 9, 2016", "Wednesday, 9 November 2016"), after a word of logging at most. */
const VALUE = new RegExp(
  String.raw`^\s*(?:(?:logged|listed|given|recorded|entered|shown|noted|filed)\s+as\s+)?((?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+)?(?:\d{1,2}\s+${MONTH}|${MONTH}\s+\d{1,2},?)\s+\d{4}\b[^\n]*)$`,
  'i',
);

/** The value line put as a sentence about the original's publication, or null when the line before is no such field. */
export function originalFieldSentence(label: string, value: string): string | null {
  if (label.length > 60 || !FIELD.test(label)) return null;
  const v = VALUE.exec(value);
  return v ? `The original was published on ${v[1] as string}` : null;
}
