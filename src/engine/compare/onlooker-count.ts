/**
 * "About 25 people showed up", "some forty people were at the scene": a count of those who came to a place or stood
 * there is a count of onlookers, never of the people a vehicle carried. A recorded quantity whose nouns name people
 * aboard something ("occupants", "passengers") counts those inside; such a count is not weighed against it. General
 * English; nothing here knows a story.
 */

/** After the number: at most two words (its noun, an adjective), then a verb of coming to a place or being there. */
const PRESENT = /^\s+(?:[\p{L}'\u2019-]+\s+){0,2}?(?:(?:had|have|also|reportedly|soon|quickly|eventually)\s+)?(?:turn(?:ed|s)?\s+(?:out|up)|show(?:ed|s)?\s+up|came\s+(?:out|by|over|down)|gather(?:ed|s)?|assembled|crowded|congregated|looked\s+on|(?:were|was|stood|remained|milled)\s+(?:already\s+)?(?:around\s+|about\s+)?(?:at|on|near|outside|in)\s+(?:the\s+)?(?:scene|site|spot|corner|sidewalk|street)|(?:were\s+)?on\s+(?:the\s+)?scene|were\s+on\s+hand|were\s+watching|watched)\b/iu;

/** Nouns that count people aboard a vehicle (singular, folded). */
const ABOARD = new Set(['occupant', 'passenger', 'rider']);

/** Whether the count ending at `end` is of people who came to, or stood at, a place. */
export const onlookerCount = (sentence: string, end: number): boolean => PRESENT.test(sentence.slice(end, end + 80));

/** Whether a recorded quantity (its singular nouns) counts people aboard a vehicle. */
export const countsAboard = (nouns: ReadonlySet<string>): boolean => [...ABOARD].some((n) => nouns.has(n));
