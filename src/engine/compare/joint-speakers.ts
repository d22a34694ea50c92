/**
 * Speakers named together as the subject of a speech verb, by name or by a bare title ("the mayor and the chief
 * said", "Evans and the police chief told reporters"): the clause is about the story's events where every one of
 * them spoke, so a day it gives is compared with those events' days (and, as a day of the speaking, with the days
 * they share: speaker.ts). A bare title stands for the one person of the record whose post fits it; a title that
 * fits none or several, a list of fewer than two people, or no speech verb right after the list links nothing.
 */
import { foldText } from '../normalize.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Clause, Mention } from '../read/types.ts';
import { titleFits } from './speaker.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)?(?:the\s+)?$/i;
/** The verb right after the list, past an adverb or two ("both said", "later told", "jointly announced"). */
const VERB_AFTER =
  /^\s*(?:(?:both|also|jointly|together|later|then|each|again|publicly|first)\s+){0,2}(\p{L}+)/u;

/** The people of the record a mention may be: a person by the gazetteer, a bare title by the posts that fit it. */
function candidates(m: Mention, record: StoryRecord): Set<string> {
  if (m.type === 'person') return new Set(personIds(record.gazetteer, m.value.name));
  if (m.type !== 'title') return new Set();
  return new Set(
    [...record.people.entries()]
      .filter(([, p]) => p.roles.some((r) => titleFits(m.value.title, r.titleWords)))
      .map(([c]) => c),
  );
}

const isSpeech = (verb: RegExpExecArray | null) =>
  !!verb &&
  (lexicon.speechVerbs.has(foldText(verb[1] as string)) ||
    lexicon.utteranceVerbs.has(foldText(verb[1] as string)));

export function jointSpeakerEvents(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): IndexedEvent[] {
  const people = clause.mentions
    .filter((m) => !m.negated && (m.type === 'person' || m.type === 'title'))
    .sort((a, b) => a.start - b.start);
  // The list before the speech verb: people joined by "and" or commas; a title right before its name ("Police Chief
  // David Smith") is one of them, the people its name and its post both fit.
  let groups: { end: number; who: Set<string> }[] = [];
  for (const m of people) {
    const last = groups[groups.length - 1];
    const gap = last ? sentence.slice(last.end, m.start) : '';
    if (last && (m.start < last.end || /^\s+$/.test(gap))) {
      const who = candidates(m, record);
      last.who = new Set([...last.who].filter((c) => who.has(c)));
      last.end = Math.max(last.end, m.end);
    } else if (!last || LIST_JOIN.test(gap))
      groups.push({ end: m.end, who: candidates(m, record) });
    else groups = [{ end: m.end, who: candidates(m, record) }];
    if (isSpeech(VERB_AFTER.exec(sentence.slice(m.end, clause.end)))) break;
  }
  const end = groups[groups.length - 1];
  if (groups.length < 2 || !end || !isSpeech(VERB_AFTER.exec(sentence.slice(end.end, clause.end))))
    return [];
  // Events where each of them spoke, as different people.
  return record.events.filter((e) => {
    const spoke = new Set(e.participants.filter((p) => p.role === 'spoke').map((p) => p.canon));
    const chosen = groups.map((g) => [...g.who].filter((c) => spoke.has(c)));
    return (
      chosen.every((c) => c.length === 1) && new Set(chosen.map((c) => c[0])).size === groups.length
    );
  });
}
