/**
 * A day or date written right after the words that name a linked event ("held
 * a press conference on Thursday", "the raid of June 14") is that event's day:
 * not the day of whatever else the clause's speaker did, so the speaker's
 * other days do not excuse it.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { escapeRegExp } from '../terms.ts';
import type { IndexedEvent } from './story-record.ts';

const cache = new Map<string, RegExp>();

function endsWithEventWords(word: string): RegExp {
  let re = cache.get(word);
  if (!re) {
    re = new RegExp(`\\b${escapeRegExp(word)}\\s+(?:(?:on|of|held on|that took place on)\\s+)?(?:(?:last|this|that|next|the)\\s+)?$`);
    cache.set(word, re);
  }
  return re;
}

/** Whether `m` stands right after the words of one of `events` ("a press conference on Thursday"). */
export function dayOfNamedEvent(sentence: string, events: readonly IndexedEvent[], m: Mention): boolean {
  const before = foldText(sentence.slice(Math.max(0, m.start - 80), m.start));
  return events.some((e) => e.words.some((w) => endsWithEventWords(w).test(before)));
}
