/**
 * "Two weeks later, in Tucson, the chief followed with a statement of his own": a sentence that opens on an offset
 * counted from what the sentence before told of. The offset is compared with the days between the events the
 * sentence before was linked to (all on one day) and the events this sentence is linked to (all on one day, none of
 * them the first), as relative-time.ts does within one sentence. Only a conflict is returned; nothing is said when
 * either side is unsure. Nothing here knows a story.
 */
import { readSentence } from '../read/read-sentence.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import { offsetBetween, offsetOf } from './relative-time.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** The offset opens the sentence ("Two weeks later, …", "A day later, …"), after at most a conjunction. */
const OPENS = /^\s*(?:(?:and|but|then|so)\s+)?$/i;

const oneDay = (events: readonly IndexedEvent[]) => events.length > 0 && events.every((e) => e.event.date === events[0]!.event.date && (e.event.dateEnd ?? '') === (events[0]!.event.dateEnd ?? ''));

export function offsetFromBefore(sentence: string, before: readonly IndexedEvent[], own: readonly IndexedEvent[], record: StoryRecord): SentenceComparison | null {
  const first = readSentence(sentence, record.gazetteer)[0];
  const m = first?.mentions.find((x) => x.type === 'relative-time' && OPENS.test(sentence.slice(0, x.start)));
  const offset = m ? offsetOf(m, sentence) : null;
  if (!m || !offset || offset.explicit) return null;
  const subjects = own.filter((e) => !before.includes(e));
  if (!oneDay(before) || !oneDay(subjects) || subjects.length !== own.length) return null;
  const r = offsetBetween(before[0] as IndexedEvent, subjects[0] as IndexedEvent, offset.range, m.text);
  if (r.status === 'agrees') return null;
  return {
    outcome: 'discrepant',
    comparisons: [r.comparison],
    explanation: r.explanation,
    events: [...new Set([...before, ...subjects].map((e) => e.event.id))],
  };
}
