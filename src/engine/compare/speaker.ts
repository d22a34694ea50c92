/**
 * The speaker's own event. In "Beck told the Times on Monday", "On 10
 * November, the department said …" or "… ,\u201D the mayor said on Sunday" the
 * day is when the speaker spoke. When the clause's speaker (the person,
 * agency, outlet or title before the speech verb, or right after it: "said
 * the mayor") takes part in an event the clause is linked to, that day can
 * only be the day of one of the speaker's events; a day that fits none of
 * them is wrong. Only the days that belong to the speaking are held to it:
 * one at the clause's start, between the speaker and the verb, or in the
 * verb's own phrase ("spoke to the Times on …"), not one inside what was said
 * ("said the officers were retrained on Friday").
 */
import { townPoliceCanons } from './town-police.ts';
import { foldText } from '../normalize.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Clause, Mention } from '../read/types.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { personIds } from '../read/gazetteer.ts';

export interface Utterance {
  /** Display name of the speaker. */
  name: string;
  /** Every event of the story the speaker takes part in. */
  events: readonly IndexedEvent[];
  /** Whether a day or date mention is the time of the speaking. */
  covers(m: Mention): boolean;
}

/** What may open a clause before the day of the speaking: "On", "In a", "That", "Early on". */
const LEAD = /^[\s"'\u201C\u2018(]*((on|in|at|a|an|the|that|early|late|during|last)\s+)*$/i;

const isSpeechWord = (w: string) => lexicon.speechVerbs.has(w) || lexicon.utteranceVerbs.has(w);

/** Words between a speech verb and a day that start what was said, or another verb's phrase. */
const CONTENT =
  /\b(that|he|she|it|they|we|i|you|who|which|what|would|will|had|has|have|was|were|is|are|be|been|could|can|did|do|does|not|if|whether|because|after|before|since|until|while|when)\b/i;

/**
 * Offsets of the clause's first speech verb in the sentence, or null. One inside quoted words (`inQuote`) is the
 * speaker's, not the page's: a speech verb outside them comes first ("“They responded,” Homan said"); a quoted one
 * only when there is none outside (a quoted headline: "the Post ran “X tells Y …”").
 */
function speechVerb(
  clause: Clause,
  sentence: string,
  inQuote?: (at: number) => boolean,
): { start: number; end: number } | null {
  const text = sentence.slice(clause.start, clause.end);
  const folded = foldText(text);
  let quoted: { start: number; end: number } | null = null;
  for (const match of folded.matchAll(/\p{L}+/gu)) {
    if (!isSpeechWord(match[0])) continue;
    const at = {
      start: clause.start + match.index,
      end: clause.start + match.index + match[0].length,
    };
    if (!inQuote?.(at.start)) return at;
    quoted ??= at;
  }
  return quoted;
}

/** Whether a page's title fits a post's title words: every word of one is among the other's. */
export const titleFits = (title: string, words: readonly string[]) => {
  const t = foldText(title).split(/\s+/);
  return t.every((w) => words.includes(w)) || words.every((w) => t.includes(w));
};

/** Canonical ids a speaker mention names, among the participants of `linked` for a bare title ("the mayor"). */
function canonsOf(m: Mention, record: StoryRecord, linked: readonly IndexedEvent[]): string[] {
  switch (m.type) {
    case 'person':
      return personIds(record.gazetteer, m.value.name);
    case 'agency':
      return record.gazetteer
        .lookup(m.value.name)
        .filter((g) => g.kind === 'agency')
        .map((g) => g.id);
    case 'outlet':
      return record.gazetteer
        .lookup(m.value.name.replace(/^the\s+/i, ''))
        .filter((g) => g.kind === 'outlet')
        .map((g) => g.id);
    case 'title': {
      const title = m.value.title;
      return [...new Set(linked.flatMap((e) => e.participants.map((p) => p.canon)))].filter((c) =>
        record.people.get(c)?.roles.some((r) => titleFits(title, r.titleWords)),
      );
    }
    default:
      return [];
  }
}

const SPEAKER_TYPES = new Set<Mention['type']>(['person', 'agency', 'outlet', 'title']);

/** What may stand between two speakers of one list before the verb: "A and B", "A, B and C", "A & B", a title before its name. */
const LIST_JOIN = /^\s*(?:,\s*(?:and\s+)?|and\s+|&\s+)?$/i;

/**
 * Speakers named together as the verb's subject ("Evans and Smith spoke to reporters", "the mayor and the chief
 * said") spoke on one occasion: only the days on which every one of them has an event of the story are their
 * speaking's. Any other list shape, or no such day in the record, keeps every event of any of them.
 */
function jointly(
  sentence: string,
  before: readonly Mention[],
  canons: ReadonlySet<string>,
  record: StoryRecord,
  linked: readonly IndexedEvent[],
  events: IndexedEvent[],
): IndexedEvent[] {
  if (canons.size < 2 || before.length < 2) return events;
  const sorted = [...before].sort((a, b) => a.start - b.start);
  const joined = sorted.every(
    (m, i) =>
      i === 0 ||
      m.start < sorted[i - 1]!.end ||
      LIST_JOIN.test(
        sentence
          .slice(sorted[i - 1]!.end, m.start)
          .replace(/^\s*the\s+/i, ' ')
          .replace(/\bthe\s*$/i, ''),
      ),
  );
  if (!joined || !sorted.every((m) => canonsOf(m, record, linked).some((c) => canons.has(c))))
    return events;
  const daysOf = (c: string) =>
    new Set(
      events
        .filter((e) => e.participants.some((p) => p.canon === c && p.role !== 'subject'))
        .map((e) => e.event.date),
    );
  const [head, ...rest] = [...canons].map(daysOf);
  const shared = [...(head ?? [])].filter((d) => rest.every((days) => days.has(d)));
  return shared.length ? events.filter((e) => shared.includes(e.event.date)) : events;
}

/**
 * The clause's utterance, when its speaker takes part in one of the `linked`
 * events; null otherwise (the speaker is unknown, or speaks about events
 * they take no part in). `all`: every event the speaker's could be among.
 */
export function utteranceOf(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  linked: readonly IndexedEvent[],
  all: readonly IndexedEvent[],
  inQuote?: (at: number) => boolean,
): Utterance | null {
  const verb = speechVerb(clause, sentence, inQuote);
  if (!verb) return null;
  // "Denver's police department said": the town's police (town-police.ts).
  const canonsIn = (m: Mention) =>
    m.type === 'place' ? townPoliceCanons(record, m, sentence) : canonsOf(m, record, linked);
  const named = clause.mentions.filter(
    (m) =>
      (SPEAKER_TYPES.has(m.type) || (m.type === 'place' && canonsIn(m).length > 0)) && !m.negated,
  );
  const before = named.filter((m) => m.end <= verb.start);
  // "…, said the mayor.", "said Beck, who …": the speaker right after the verb, ending the phrase (not "reported Beck's statement").
  const after = named.find(
    (m) =>
      m.start >= verb.end &&
      /^\s+(the\s+)?$/i.test(sentence.slice(verb.end, m.start)) &&
      /^\s*([,.;:!?\u201D"]|$)/.test(sentence.slice(m.end)),
  );
  const speakers = [...before, ...(after ? [after] : [])];
  const inLinked = new Set(linked.flatMap((e) => e.participants.map((p) => p.canon)));
  const canons = new Set(speakers.flatMap(canonsIn).filter((c) => inLinked.has(c)));
  if (!canons.size) return null;
  // An event that befell the speaker (named in a suit: `subject`) is no day they spoke on.
  const events = jointly(
    sentence,
    before,
    canons,
    record,
    linked,
    [...new Set([...all, ...linked])].filter((e) =>
      e.participants.some((p) => canons.has(p.canon) && p.role !== 'subject'),
    ),
  );
  const first = speakers.find((m) => canonsIn(m).some((c) => canons.has(c)));
  const speakerStart = first ? first.start : verb.start;
  const speakerEnd = first ? first.end : verb.start;
  const covers = (m: Mention): boolean => {
    if (m.end <= verb.start) {
      // At the clause's start ("On Monday, …", "In a Wednesday interview, …"), or between the speaker and the verb.
      if (m.start < speakerStart) return LEAD.test(sentence.slice(clause.start, m.start));
      return m.start >= speakerEnd && !CONTENT.test(sentence.slice(speakerEnd, m.start));
    }
    if (m.start < verb.end) return false;
    // In the verb's own phrase: "spoke to the Times on …", "wrote on X on …", "reported the statement on …".
    const gap = sentence.slice(verb.end, m.start);
    return (
      gap.split(/\s+/).filter(Boolean).length <= 12 &&
      !CONTENT.test(gap) &&
      !/\p{L}{2,}ed\b/u.test(gap) &&
      !/[;:]/.test(gap)
    );
  };
  return { name: record.nameOf([...canons][0] as string), events, covers };
}
