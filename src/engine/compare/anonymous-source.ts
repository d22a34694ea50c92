/**
 * A claim passed on from sources no one names ("Sources say he then …", "According to sources, …", "Insiders said
 * …", "We are told …"): the page tells it as news, and the sources are no one of the story who could be the one
 * who spoke. So a check that steps back from a sentence with a verb of speech (the speaker may be telling of the
 * act, not doing it) reads the sentence without such a lead. A hedge that doubts ("rumours", "critics claim",
 * "reportedly") is the reader's `reported` stance, not this. Nothing here knows a story.
 */

/** The lead, blanked: a source noun and its speech verb, "according to … sources", "we are / I am told". */
const LEAD =
  /\b(?:(?:(?:several|multiple|two|three|our|some|unnamed|anonymous|senior|informed|well-placed|police|union|city|federal)\s+)*(?:sources?|insiders?)(?:\s+(?:close\s+to|familiar\s+with|inside|within|in)\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2})?\s+(?:say|says|said|tell\s+(?:us|me)|told\s+(?:us|me|the\s+\w+))|according\s+to\s+(?:(?:several|multiple|two|three|our|unnamed|anonymous|informed|well-placed)\s+)*(?:sources?|insiders?)|(?:we|i)\s+(?:are|am|were|was|'re|'m)\s+told|word\s+is)\b,?(?:\s+that\b)?/giu;

export function withoutAnonymousLead(text: string): string {
  return text.replace(LEAD, (lead) => ' '.repeat(lead.length));
}
