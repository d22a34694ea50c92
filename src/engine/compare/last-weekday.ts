/**
 * "The Justice Department sued the city last Thursday", "Just last Sunday, …", "this past Friday": a weekday after
 * "last" or "this past" is still the weekday the thing happened on (the word only says which week), so it is held
 * to the day of the clause's event like a bare weekday. Not a bound ("since last Monday", "until last Friday"), not
 * "the last Monday of the month", not a weekday that names another noun's day ("last Monday's stop", "last
 * Monday-night meeting"): those say nothing of when the clause's own event happened.
 */
import type { Mention } from '../read/types.ts';

const LAST = /(?:^|[^\p{L}])(?:just\s+|only\s+)?(?:last|this\s+past)\s+$/iu;
const BOUND_OR_THE =
  /\b(?:the|since|until|till|by|before|after|through|from|to|between|every|each)\s+(?:just\s+|only\s+)?(?:last|this\s+past)\s+$/i;

export function lastWeekday(sentence: string, m: Mention): boolean {
  if (m.type !== 'weekday') return false;
  const before = sentence.slice(Math.max(0, m.start - 30), m.start);
  if (!LAST.test(before) || BOUND_OR_THE.test(before)) return false;
  return !/^(?:['\u2019]s\b|-)/.test(sentence.slice(m.end));
}
