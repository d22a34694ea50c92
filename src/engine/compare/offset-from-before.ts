/**
 * "Two weeks later, in Tucson, the chief followed with a statement of his own": a sentence that opens on an offset
 * counted from what the sentence before told of. The offset is compared with the days between the events the
 * sentence before was linked to (all on one day) and the events this sentence is linked to (all on one day, none of
 * them the first), as relative-time.ts does within one sentence. So is a span said to pass before this sentence's
 * event ("About two hours passed before dispatch called 911"). An offset in hours is weighed against the two events'
 * recorded clock times (clock-offset.ts). Only a conflict is returned; nothing is said when either side is unsure.
 * Nothing here knows a story.
 */
import { readSentence } from '../read/read-sentence.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import { lexicon } from '../read/lexicon.ts';
import { clockOffsetBetween, offsetMinutes } from './clock-offset.ts';
import { offsetBetween, offsetOf } from './relative-time.ts';
import { offsetDays } from './offset-days.ts';
import type { ValueResult } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** The offset opens the sentence ("Two weeks later, …", "About two hours later, …"), after at most a conjunction and a hedge. */
const OPENS =
  /^\s*(?:(?:and|but|then|so)\s+)?(?:(?:about|around|roughly|some|nearly|almost|approximately|just|only|(?:more|less)\s+than)\s+)?$/i;

const oneDay = (events: readonly IndexedEvent[]) =>
  events.length > 0 &&
  events.every(
    (e) =>
      e.event.date === events[0]!.event.date &&
      (e.event.dateEnd ?? '') === (events[0]!.event.dateEnd ?? ''),
  );

/**
 * "About two hours passed before …", "Three days went by before …": a span said to pass between what the sentence
 * before told of and this sentence's event, opening the sentence. Its number is one word or digits ("a"/"an" is one).
 */
const PASSED_BEFORE =
  /^\W*(?:(?:and|but|then|so)\s+)?((?:about|around|roughly|some|nearly|almost|approximately)\s+)?(\d+|[a-z]+)\s+(hours?|days?|weeks?|months?|years?)\s+(?:had\s+)?(?:passed|elapsed|went\s+by|gone\s+by)\s+before\b/i;

/** An offset from what the sentence before told of: signed days (or minutes, by the clock) allowed, and its words. */
interface Opening {
  range: [number, number];
  clock: boolean;
  text: string;
}

/** The span passed before the sentence's event, as an offset after the event before (minutes for hours, else days), or null. */
function spanPassed(sentence: string): Opening | null {
  const m = PASSED_BEFORE.exec(sentence);
  if (!m) return null;
  const word = (m[2] as string).toLowerCase();
  const amount = /^\d+$/.test(word)
    ? Number(word)
    : word === 'a' || word === 'an'
      ? 1
      : lexicon.numberWords.get(word);
  if (amount === undefined || amount <= 0) return null;
  const approximate = m[1] !== undefined;
  const unit = (m[3] as string).toLowerCase().replace(/s$/, '');
  const text = m[0].trim();
  if (unit === 'hour') return { range: offsetMinutes(amount, approximate), clock: true, text };
  return {
    range: offsetDays(`${unit}s` as 'days' | 'weeks' | 'months' | 'years', amount, approximate),
    clock: false,
    text,
  };
}

const subjects = (before: readonly IndexedEvent[], own: readonly IndexedEvent[]) =>
  own.filter((e) => !before.includes(e));

/**
 * The offset the sentence opens on, counted from the sentence before ("Two days later, …", "The next morning, …"; with
 * `partOfDay`, "That evening, …" too), or a span said to pass before its event; null when it has none.
 */
function openingOf(sentence: string, record: StoryRecord, partOfDay: boolean): Opening | null {
  const first = readSentence(sentence, record.gazetteer)[0];
  const m = first?.mentions.find(
    (x) =>
      (x.type === 'relative-time' || (partOfDay && x.type === 'time-of-day')) &&
      OPENS.test(sentence.slice(0, x.start)),
  );
  const relative = m ? offsetOf(m, sentence) : null;
  return relative && m
    ? relative.explicit
      ? null
      : { range: relative.range, clock: relative.clock === true, text: m.text }
    : spanPassed(sentence);
}

/** An aside on the subject (", which represents the city's officers,"), left out of the words before a main clause's offset. */
const ASIDE = /,\s*(?:which|who)\b[^,;:()\u2014]*,/gi;
/** Words that would make an offset in the clause count from something the sentence itself names, or only bound a state. */
const OWN_POINT = /\b(?:after|before|since|when|while|once|as|until|till|following|by)\b/i;
/** "waited until the next morning to respond": the act came then. */
const WAITED_UNTIL = /\b(?:waited|wait|waits|held\s+off|holds\s+off)\s+until\s*$/i;
/** At most this many words of subject and verb before a main clause's offset. */
const MAX_SUBJECT_WORDS = 10;

/**
 * "The union waited until the following morning to respond", "The chief issued his statement two days later": an
 * offset in days or weeks, counted from no event the sentence names, after the sentence's subject and verb alone (an
 * aside on the subject aside), tells when the sentence's event came after what the sentence before told of. Not a
 * denied or hedged one; nothing before it that could be its own point ("after", "since", "until" but for "waited until").
 */
function mainClauseOffset(sentence: string, record: StoryRecord): Opening | null {
  for (const clause of readSentence(sentence, record.gazetteer)) {
    for (const m of clause.mentions) {
      if (
        m.type !== 'relative-time' ||
        m.negated ||
        m.value.amount === undefined ||
        !/^(?:days|weeks)-(?:later|before)$/.test(m.value.kind)
      )
        continue;
      const offset = offsetOf(m, sentence);
      if (!offset || offset.explicit || offset.clock) continue;
      const before = sentence.slice(0, m.start).replace(ASIDE, ' ');
      if (
        /[,;:()\u2014"\u201C\u201D?]/.test(before) ||
        before.trim().split(/\s+/).length > MAX_SUBJECT_WORDS
      )
        return null;
      if (OWN_POINT.test(before.replace(WAITED_UNTIL, ''))) return null;
      // Nor denied, hedged, or in the past perfect ("had raided … the next morning": told back from a later point).
      if (/\b(?:not|never|no|may|might|could|reportedly|apparently|had|'d)\b|n't\b/i.test(before))
        return null;
      return { range: offset.range, clock: false, text: m.text };
    }
  }
  return null;
}

/** An opening offset weighed against the days (or clock times) of the events before and the sentence's own, or null when unsure. */
function weigh(
  offset: Opening,
  before: readonly IndexedEvent[],
  own: readonly IndexedEvent[],
): ValueResult | null {
  const theirs = subjects(before, own);
  if (!oneDay(before) || !oneDay(theirs) || theirs.length !== own.length) return null;
  // By the clock, one event on each side: several the same day may be hours apart.
  if (offset.clock && (before.length !== 1 || theirs.length !== 1)) return null;
  return offset.clock
    ? clockOffsetBetween(
        before[0] as IndexedEvent,
        theirs[0] as IndexedEvent,
        offset.range,
        offset.text,
      )
    : offsetBetween(
        before[0] as IndexedEvent,
        theirs[0] as IndexedEvent,
        offset.range,
        offset.text,
      );
}

export function offsetFromBefore(
  sentence: string,
  before: readonly IndexedEvent[],
  own: readonly IndexedEvent[],
  record: StoryRecord,
): SentenceComparison | null {
  const offset = openingOf(sentence, record, false) ?? mainClauseOffset(sentence, record);
  const r = offset ? weigh(offset, before, own) : null;
  if (!r || r.status === 'agrees') return null;
  return {
    outcome: 'discrepant',
    comparisons: [r.comparison],
    explanation: r.explanation,
    events: [...new Set([...before, ...subjects(before, own)].map((e) => e.event.id))],
  };
}

/**
 * The offset the sentence opens on, counted from the sentence before ("The next morning, …", "Two days later, …",
 * "That evening, …"), when it has one: its words. Such a sentence is green only when the count agrees
 * (`offsetAgreesWithBefore`): otherwise its day is a value nobody checked.
 */
export const openingOffset = (sentence: string, record: StoryRecord): string | null =>
  openingOf(sentence, record, true)?.text ?? null;

/** Events grouped by their day (date and end date). */
function byDay(events: readonly IndexedEvent[]): IndexedEvent[][] {
  const days = new Map<string, IndexedEvent[]>();
  for (const e of events) {
    const key = `${e.event.date}|${e.event.dateEnd ?? ''}`;
    days.set(key, [...(days.get(key) ?? []), e]);
  }
  return [...days.values()];
}

/**
 * The opening offset counts from a day of the events before to a day of the sentence's own: a sentence linked to
 * events of a few days (the stop and the report of it) agrees when one pair of those days is as far apart as it says.
 */
export function offsetAgreesWithBefore(
  sentence: string,
  before: readonly IndexedEvent[],
  own: readonly IndexedEvent[],
  record: StoryRecord,
): boolean {
  const offset = openingOf(sentence, record, true);
  const from = byDay(before);
  const to = byDay(subjects(before, own));
  if (!offset || from.length > MAX_DAYS || to.length > MAX_DAYS) return false;
  return from.some((b) => to.some((o) => weigh(offset, b, o)?.status === 'agrees'));
}
const MAX_DAYS = 3;
