/**
 * An interview or statement told with its speaker named, where the recorded event the clause's words name has
 * other speakers ("In a TV interview aired on Sunday, the president-elect said …" against a chief's recorded
 * interview): it is another event. Its day is not compared with the recorded one, and when that day is not the
 * recorded one either, the speaker is no wrong name for the recorded event: two of its marks differ, so it is
 * someone else's interview. The same speaker on the recorded day stays compared (a wrong name for the event).
 * General; nothing here knows a story.
 */
import { lexicon } from '../read/lexicon.ts';
import type { Clause, Mention } from '../read/types.ts';
import type { ClauseRole } from './clause-roles.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** The first word after a name, past an appositive ("Trump, the president-elect, said"). */
const NEXT_WORD = /^\s*(?:,[^,;]{1,60},\s*)?(?:also\s+|then\s+|later\s+)?(\p{L}+)/u;
/** The word before a name ("…, said Donald Trump"). */
const WORD_BEFORE =
  /(\p{L}+)\s+(?:(?:president-elect|president|mayor|governor|senator|chief|sen\.|gov\.)\s+)?$/iu;

/** The people and agencies the clause has speaking: the role's doer, or a name right before or after a speech verb. */
function speakers(clause: Clause, sentence: string, role: ClauseRole | null): Mention[] {
  const out: Mention[] = role && role.role === 'spoke' && !role.doer.negated ? [role.doer] : [];
  for (const m of clause.mentions) {
    if ((m.type !== 'person' && m.type !== 'agency') || m.negated || out.includes(m)) continue;
    const next = NEXT_WORD.exec(sentence.slice(m.end, m.end + 90))?.[1]?.toLowerCase();
    const before = WORD_BEFORE.exec(
      sentence.slice(Math.max(0, m.start - 30), m.start),
    )?.[1]?.toLowerCase();
    if ((next && lexicon.speechVerbs.has(next)) || (before && lexicon.speechVerbs.has(before)))
      out.push(m);
  }
  return out;
}

/**
 * The clause's named speakers when none of them is a participant of the events its words name, each of which
 * records a speaker; else none.
 */
export function otherSpeakers(
  clause: Clause,
  sentence: string,
  role: ClauseRole | null,
  named: readonly IndexedEvent[],
  record: StoryRecord,
): Mention[] {
  if (!named.length || !named.every((e) => e.participants.some((p) => p.role === 'spoke')))
    return [];
  const found = speakers(clause, sentence, role);
  const ids = (m: Mention) =>
    new Set(
      m.type === 'person' || m.type === 'agency'
        ? record.gazetteer.lookup(m.value.name).map((g) => g.id)
        : [],
    );
  const outside = (m: Mention) => {
    const own = ids(m);
    return !named.some((e) => e.participants.some((p) => own.has(p.canon)));
  };
  return found.length && found.every(outside) ? found : [];
}

/** The conflicts that are another speaker's event's, not wrong: its day, and, when its day differs, the speaker. */
export function otherSpeakersValues(
  conflicts: readonly Mention[],
  speaking: readonly Mention[],
): Mention[] {
  const days = conflicts.filter(
    (m) => m.type === 'date' || m.type === 'weekday' || m.type === 'time-of-day',
  );
  return days.length ? [...days, ...conflicts.filter((m) => speaking.includes(m))] : [];
}
