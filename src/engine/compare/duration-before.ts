/**
 * A duration told in a sentence that names what lasted only by a pronoun or a
 * definite noun pointing back ("The meeting lasted about three hours", "He
 * said the rules, developed over the last five years, are not changing",
 * "That session ran for two days"): what lasted is what the sentence before
 * told of. Its events are taken for the duration only (compare-duration.ts
 * still asks that the words of what lasted stand near it); only a duration the
 * record contradicts is reported.
 */
import { foldText } from '../normalize.ts';
import { readSentence } from '../read/index.ts';
import { findTerm } from '../terms.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** Reports the page relays what it tells through ("Local reporting indicates that …", "Accounts say …"). */
const RELAYED_BY = String.raw`(?:(?:(?:local|early|later|news|press|media|some|several|most)\s+)?(?:reports?|reporting|accounts?|coverage)\s+(?:indicates?|indicated|suggests?|suggested|says?|said|shows?|showed|states?|stated)\s+(?:that\s+)?)?`;
/** Opens on a pronoun or a determiner: the subject points back ("He", "The meeting", "That session", "Their talks"). */
const POINTS_BACK = new RegExp(
  String.raw`^\s*(?:[^,.;]{0,40},\s*)?(?:(?:and|but|so|then)\s*,?\s+)?${RELAYED_BY}(?:he|she|they|it|the|this|that|these|those|his|her|its|their)\s`,
  'i',
);

/**
 * A number or a/an before a unit of time (cheap, before any reading): "three hours", "an hour-long", "five years".
 * The reading decides whether it is a duration.
 */
const UNIT =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|several|few|past|last)[\s-]+(?:minutes?|hours?|days?|weeks?|months?|years?|decades?)\b/i;

/**
 * Whether the sentence may time what the sentence before told of: it has a unit of time, and opens on a word
 * pointing back (after an opening phrase: "Behind closed doors, the session …"), or `ownHoldsBefore`: it links
 * events of its own that include those the sentence before told of ("Homan's meeting with union members lasted …").
 */
export const mayTimeWhatCameBefore = (sentence: string, ownHoldsBefore = false): boolean =>
  UNIT.test(sentence) && (ownHoldsBefore || POINTS_BACK.test(sentence));

/** The comparison kept: a conflict whose every contradicted value is a duration. */
export function durationConflict(typed: SentenceComparison | null): SentenceComparison | null {
  return typed?.outcome === 'discrepant' &&
    typed.comparisons.length > 0 &&
    typed.comparisons.every((c) => c.slot === 'duration')
    ? typed
    : null;
}

/**
 * Of the events before, those the sentence may time: one whose every recorded duration is of a named part (its
 * `of` words, which compare-duration.ts asks to stand near), or one the sentence names by its words or by an act it
 * records ("He sat down with …" for a meeting); not "He then spent five hours writing his report" after a visit.
 */
export function lastingEvents(
  sentence: string,
  events: readonly IndexedEvent[],
  record: StoryRecord,
): IndexedEvent[] {
  const folded = foldText(sentence);
  const acts = new Set(
    readSentence(sentence, record.gazetteer).flatMap((c) =>
      c.mentions.flatMap((m) => (m.type === 'outcome' && !m.negated ? [m.value.kind] : [])),
    ),
  );
  return events.filter((e) => {
    const durations = [
      ...(e.event.duration ? [e.event.duration] : []),
      ...(e.event.durations ?? []),
    ];
    if (durations.length && durations.every((d) => d.of?.length)) return true;
    return (
      e.words.some((w) => findTerm(folded, w) !== -1) || [...acts].some((k) => e.outcomes.has(k))
    );
  });
}
