/**
 * "About 25 people showed up", "some forty people were at the scene": a count of those who came to a place or stood
 * there is a count of onlookers, never of the people a vehicle carried. A recorded quantity whose nouns name people
 * aboard something ("occupants", "passengers") counts those inside; such a count is not weighed against it. General
 * English; nothing here knows a story.
 */

/** After the number: at most two words (its noun, an adjective), then a verb of coming to a place or being there. */
const PRESENT =
  /^\s+(?:[\p{L}'\u2019-]+\s+){0,2}?(?:(?:had|have|also|reportedly|soon|quickly|eventually)\s+)?(?:turn(?:ed|s)?\s+(?:out|up)|show(?:ed|s)?\s+up|came\s+(?:out|by|over|down)|gather(?:ed|s)?|assembled|crowded|congregated|looked\s+on|(?:were|was|stood|remained|milled)\s+(?:already\s+)?(?:around\s+|about\s+)?(?:at|on|near|outside|in)\s+(?:the\s+)?(?:scene|site|spot|corner|sidewalk|street)|(?:were\s+)?on\s+(?:the\s+)?scene|were\s+on\s+hand|were\s+watching|watched)\b/iu;

/** Nouns that count people aboard a vehicle (singular, folded). */
const ABOARD = new Set(['occupant', 'passenger', 'rider']);

/** Before the count, in its clause: a crowd it measures ("the crowd had grown to", "a crowd of about", "the crowd, some"). */
const CROWD_BEFORE =
  /\bcrowds?\b(?:\s+(?:of|on|at|in|outside|near|around)\b[^,.;:!?"\u201C\u201D]{0,30})?(?:(?<!\b(?:by|of|to|from|with|at|in|into|near|past|through|towards?)\s+(?:the|a)\s+crowds?)\s*,\s*(?:about|around|roughly|some|nearly|almost|perhaps|maybe|an\s+estimated)|\s+(?:had\s+|has\s+)?(?:grew|grown|swelled|swollen|numbered|reached|was|were|of)\b(?:\s+to)?\s*(?:about|around|roughly|some|nearly|almost|perhaps|maybe|an\s+estimated|at\s+least|more\s+than)?)\s*$/iu;

/** Whether the count from `start` to `end` is of people who came to, or stood at, a place, or of a crowd. */
export const onlookerCount = (sentence: string, end: number, start = end): boolean =>
  PRESENT.test(sentence.slice(end, end + 80)) ||
  CROWD_BEFORE.test(sentence.slice(Math.max(0, start - 70), start));

/** Whether a recorded quantity (its singular nouns) counts people aboard a vehicle. */
export const countsAboard = (nouns: ReadonlySet<string>): boolean =>
  [...ABOARD].some((n) => nouns.has(n));
