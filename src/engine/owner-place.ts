/**
 * A town named as the owner of its time or its attention: "took over Albany's week", "dominated Buffalo's news cycle",
 * "the talk of Syracuse's politics". It says whose days or talk the story filled, not where the event happened. A
 * town owning a body, a post, a statement or a part of itself ("Aurora's police", "Buffalo's mayor", "Denver's
 * statement", "Buffalo's west side") still places the thing told. General English, nothing here knows a story.
 */

/** Nouns of time and attention after a town's possessive. */
const TIME_OR_TALK =
  /^(?:(?:\p{L}+\s+){0,2})?(?:week|weekend|weeks|day|days|month|months|year|news\s+cycle|news|headlines|attention|agenda|debate|politics|political\s+class|conversation|talk|airwaves|front\s+pages?|imagination)\b/u;

/** Whether the folded text at `end` (right after a town's name) makes the town the owner of its time or talk. */
export function ownsNoPlace(folded: string, end: number): boolean {
  const m = /^['\u2019]s?\s+/.exec(folded.slice(end, end + 6));
  if (!m) return false;
  const rest = folded.slice(end + m[0].length, end + m[0].length + 40);
  // "Buffalo's west side week"? No: the first two words may only qualify the noun ("whole", "entire", "political").
  return TIME_OR_TALK.test(rest) && !/^(?:east|west|north|south)\b/.test(rest);
}
