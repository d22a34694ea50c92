/**
 * "On Sunday, at the White House, Homan said …": a venue the clause names
 * after "at" picks, among the events the clause links, the ones held
 * there (an event whose words name the venue with an occasion, "White House
 * briefing", or whose places hold it), so the day is compared with those. Only
 * when the clause says someone spoke and that person spoke at a venue event,
 * and no event its words name is another occasion of theirs ("Help is coming!"
 * names the post, wherever it was written). General: the venue is any name the
 * reader finds; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

const AT = /\bat\s+(?:the\s+)?$/i;
const SPEECH =
  /\b(?:said|says|told|tells|stated|declared|announced|claimed|added|remarked|spoke)\b/i;

interface Linked {
  events: IndexedEvent[];
  named: IndexedEvent[];
}

export function atVenue<L extends Linked>(
  link: L,
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): L {
  if (link.events.length < 2 || !SPEECH.test(sentence.slice(clause.start, clause.end))) return link;
  const venues = clause.mentions.filter(
    (m): m is Mention & { type: 'agency' | 'place' } =>
      (m.type === 'agency' || m.type === 'place') &&
      !m.negated &&
      AT.test(sentence.slice(Math.max(0, m.start - 12), m.start)),
  );
  if (!venues.length) return link;
  const speakers = new Set(
    clause.mentions.flatMap((m) =>
      m.type === 'person' && !m.negated ? personIds(record.gazetteer, m.value.name) : [],
    ),
  );
  if (!speakers.size) return link;
  const spoke = (e: IndexedEvent) =>
    e.participants.some((p) => p.role === 'spoke' && speakers.has(p.canon));
  const at = (e: IndexedEvent) =>
    venues.some((v) => {
      const name = foldText(v.value.name);
      const ids = new Set(record.gazetteer.lookup(v.value.name).map((g) => g.id));
      return (
        e.words.some((w) => w !== name && findTerm(w, name) !== -1) ||
        e.places.some((p) => ids.has(p))
      );
    });
  const held = link.events.filter((e) => at(e) && spoke(e));
  if (!held.length || held.length === link.events.length) return link;
  // The words name another occasion of the speaker's: the clause is about that one, wherever it was.
  if (link.named.some((e) => spoke(e) && !at(e) && link.named.length < link.events.length))
    return link;
  return { ...link, events: held, named: held };
}
