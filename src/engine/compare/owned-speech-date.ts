/**
 * A day put between a speaker's possessive and a noun for what they said ("the senator's Saturday, March 29
 * statement calling the stop …", "the chief's Monday remarks on the raid"): the day dates the speaking, not what
 * the speaking was about, whatever event the clause's other words name. It is read against the owner's own
 * speaking in the record (events where they spoke or reported); when the record has none, it is no one's day here
 * and is left alone. General English (owned-speech.ts); nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import { OWNED_SPEECH_NOUN } from '../owned-speech.ts';
import { ROLE_FAMILY } from './compare-doer.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** A cheap precheck: a possessive somewhere in the clause. */
const POSSESSIVE = /['\u2019]s?\s/u;

export interface OwnedSpeechDay {
  /** The date or weekday before the speech noun. */
  mention: Mention;
  /** The owner's speaking events in the record (none: the day is not compared). */
  events: IndexedEvent[];
}

/** The clause's dates and weekdays that date a speech noun owned by a named person or body, with the owner's speaking. */
export function ownedSpeechDays(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): OwnedSpeechDay[] {
  const days = clause.mentions.filter(
    (m) => (m.type === 'date' || m.type === 'weekday') && !m.negated,
  );
  if (!days.length || !POSSESSIVE.test(sentence.slice(clause.start, clause.end))) return [];
  const out: OwnedSpeechDay[] = [];
  for (const owner of clause.mentions) {
    if ((owner.type !== 'person' && owner.type !== 'agency') || owner.negated) continue;
    const m = OWNED_SPEECH_NOUN.exec(sentence.slice(owner.end, clause.end));
    if (!m) continue;
    // The words before the noun: from past the possessive to the noun.
    const from = owner.end + m[0].indexOf(m[1] as string);
    const to = from + (m[1] as string).length;
    const dated = days.filter((d) => d.start >= from && d.end <= to);
    if (!dated.length) continue;
    const ids = new Set(record.gazetteer.lookup(owner.value.name).map((g) => g.id));
    const spoke = ROLE_FAMILY.spoke;
    const events = record.events.filter((e) =>
      e.participants.some((p) => ids.has(p.canon) && spoke.includes(p.role as never)),
    );
    for (const d of dated) if (!out.some((o) => o.mention === d)) out.push({ mention: d, events });
  }
  return out;
}
