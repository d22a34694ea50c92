/**
 * In a list of items told in turn ("The statements came first, the orders second, on January 25, and the
 * resolution third, on February 21"), a date set off after an item is that item's, not the clause's subject's.
 * `otherItemBefore` says whether, between the clause's start and the date, a comma opens another item: a noun
 * phrase with a determiner or an owner ("the orders", "Rochester's resolution") that is not the date's own lead
 * ("on", "in") nor an apposition of time ("the day after …"). General English only.
 */
const ITEM =
  /^\s*(?:the|a|an|its|their|his|her|[\p{Lu}][\p{L}.-]*['\u2019]s)\s+(?!(?:same\s+)?(?:day|week|month|year|morning|afternoon|evening|night)s?\b)[\p{L}-]+/u;

export function otherItemBefore(sentence: string, clauseStart: number, dateStart: number): boolean {
  const segments = sentence.slice(clauseStart, dateStart).split(/[,;]/);
  return segments.slice(1).some((s) => ITEM.test(s));
}
