/**
 * A press appearance told without the event's own word: "the mayor and the police chief went before the cameras",
 * "Evans and Smith spoke to reporters", "X and Y took questions from journalists". Such a clause is about the story's
 * press conference or briefing (an event whose words hold one of `pressAppearance.events`) where the speakers it
 * names spoke, so its day, offset or time is that event's. Only when it names two or more of that event's speakers
 * (by name, or by a bare title that fits exactly one of them): one person speaks to reporters on many days the record
 * need not list, a pair appearing together far more rarely.
 */
import { foldText } from '../normalize.ts';
import raw from '../read/lexicon.json' with { type: 'json' };
import type { Clause, Mention } from '../read/types.ts';
import { titleFits } from './speaker.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const words = raw.pressAppearance;
const alt = (xs: readonly string[]) =>
  [...xs]
    .sort((a, b) => b.length - a.length)
    .map((x) => x.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
/** A verb of appearing, an optional preposition and the press: "spoke to reporters", "faced the cameras", "took questions from the press". */
const APPEARANCE = new RegExp(
  `\\b(?:${alt(words.verbs)})\\s+(?:(?:${alt(words.prepositions)})\\s+)?(?:${alt(words.audiences)})\\b`,
  'i',
);

export const isPressEvent = (e: IndexedEvent) =>
  e.words.some((w) => words.events.includes(foldText(w)));

/** Whether the text tells of a press appearance ("went before reporters", "took questions from the press"). */
export const tellsPressAppearance = (text: string): boolean => APPEARANCE.test(text);

/** The speakers of `event` a mention names: a person by the gazetteer, a bare title when it fits exactly one of them. */
function speakersNamed(m: Mention, event: IndexedEvent, record: StoryRecord): string[] {
  const speakers = event.participants.filter((p) => p.role === 'spoke').map((p) => p.canon);
  if (m.type === 'person')
    return record.gazetteer
      .lookup(m.value.name)
      .map((g) => g.id)
      .filter((id) => speakers.includes(id));
  if (m.type !== 'title') return [];
  const fit = speakers.filter((c) =>
    record.people.get(c)?.roles.some((r) => titleFits(m.value.title, r.titleWords)),
  );
  return fit.length === 1 ? fit : [];
}

/** The story's press events the clause tells of by a press appearance, when it names two or more of their speakers. */
export function pressAppearanceEvents(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): IndexedEvent[] {
  const text = sentence.slice(clause.start, clause.end);
  const at = APPEARANCE.exec(text);
  if (!at) return [];
  // The speakers are named before the appearance (its subject), not among what was said after it.
  const before = clause.mentions.filter((m) => !m.negated && m.end <= clause.start + at.index);
  return record.events.filter(
    (e) => isPressEvent(e) && new Set(before.flatMap((m) => speakersNamed(m, e, record))).size >= 2,
  );
}

/** Words that order events: a clause with them is about more than the day of one. */
const ORDERING =
  /\b(?:before|after|since|until|following|prior|then|later|earlier|next|previous)\b/;

/**
 * A press event named only by a word of the press-event family ("the briefing", "a news conference"), in a clause
 * that names no one: any of the story's press events may be meant, whatever word each has in the record ("the
 * briefing on a Wednesday" for a news conference on a Wednesday, where the record's "briefing" is another's). With a
 * person or body named, only the press events they took part in; only in a clause that gives a day and orders
 * nothing (a bare weekday: a date names its event well enough). Returns the press events to add to `listed`.
 */
export function pressFamilyEvents(
  folded: string,
  clause: Clause,
  record: StoryRecord,
  listed: readonly IndexedEvent[],
  named: (e: IndexedEvent, w: string) => boolean,
): IndexedEvent[] {
  const family = listed.filter(
    (e) =>
      isPressEvent(e) &&
      e.words.filter((w) => named(e, w)).every((w) => words.events.includes(foldText(w))),
  );
  if (!family.length || family.length !== listed.filter(isPressEvent).length) return [];
  // Only to find the day a clause gives among them: not a clause that orders events ("before", "later").
  if (
    !clause.mentions.some((m) => m.type === 'weekday') ||
    clause.mentions.some((m) => m.type === 'date' || m.type === 'relative-time') ||
    ORDERING.test(folded.slice(clause.start, clause.end))
  )
    return [];
  const doers = clause.mentions.filter(
    (m): m is Mention & { type: 'person' | 'agency' | 'outlet' } =>
      !m.negated && (m.type === 'person' || m.type === 'agency' || m.type === 'outlet'),
  );
  const ids = new Set(doers.flatMap((m) => record.gazetteer.lookup(m.value.name).map((g) => g.id)));
  return record.events.filter(
    (e) =>
      !listed.includes(e) &&
      isPressEvent(e) &&
      (!doers.length || e.participants.some((p) => ids.has(p.canon))),
  );
}
