/**
 * What comparing one value gives (agrees, conflict, imprecise, unconfirmed, with the two values and the
 * explanation), the context a comparison reads, and the builders every comparer shares.
 */
import type { Mention } from '../read/types.ts';
import type { Utterance } from './speaker.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

export interface Comparison {
  /** What kind of value: agency, weekday, date, time, street, place, state, count, person, role, outcome. */
  slot: string;
  /** The page's value, as written. */
  page: string;
  /** The record's value(s), in words. */
  record: string;
}

export type ValueResult =
  | { status: 'agrees' }
  | {
      status: 'conflict' | 'imprecise' | 'unconfirmed';
      comparison: Comparison;
      explanation: string;
    };

export interface CompareContext {
  record: StoryRecord;
  /** The events the clause is about (at least one). */
  events: readonly IndexedEvent[];
  /** Every event of the story: a date next to a speech verb may be the speech's. */
  allEvents: readonly IndexedEvent[];
  /** The clause names a speaker ("said", "told") or an outlet: its dates may be when it was said or printed. */
  speech: boolean;
  /** Offset in the sentence of the clause's first speech verb, or -1. */
  speechAt: number;
  /** The clause's predicate is denied ("would not work with X"). */
  negatedClause: boolean;
  /** Offset in the sentence of the clause's verb (what someone did or said), or -1: a denial applies from there on. */
  predicateAt: number;
  /** The clause was linked to its event only by a place of the event. */
  linkedByPlace: boolean;
  /** The clause's mentions. */
  mentions: readonly Mention[];
  /** The clause's agency mentions. */
  agencies: readonly (Mention & { type: 'agency' })[];
  /** The sentence, for the words around a mention. */
  sentence: string;
  /** When the page speaks from (its publication date, else today), for "former". */
  pageDate: string | undefined;
  /** The clause's speaker takes part in a linked event: days of the speaking must be one of the speaker's events (speaker.ts). */
  utterance?: Utterance | null;
  /** The page's whole text, when known: whether it ever gives a surname a first name (person-post.ts). */
  page?: string;
  /** The events were given, not linked (what the sentence before told of, a quote's event): a pronoun subject ("He told X") is their speaker. */
  carried?: boolean;
  /** The events are the occasion of recorded words the sentence quotes: an outlet credited in it is credited with those words (quoted-credit.ts). */
  quoteOccasion?: boolean;
  /** The days and the people or bodies of the clause before, which this one goes on from without a subject or day of its own ("X came on Tuesday, April 29, and met Y"). */
  shared?: { days: readonly Mention[]; doers: readonly Mention[] };
  /** The outcomes the sentence's later clauses give (count-elsewhere.ts). */
  laterOutcomes?: readonly (Mention & { type: 'outcome' })[];
}

export const agrees: ValueResult = { status: 'agrees' };
export const result = (
  status: 'conflict' | 'imprecise' | 'unconfirmed',
  slot: string,
  page: string,
  record: string,
  explanation: string,
): ValueResult => ({
  status,
  comparison: { slot, page, record },
  explanation: explanation.replace(/\.\.$/, '.'),
});
export const unconfirmed = (slot: string, page: string, record: string) =>
  result('unconfirmed', slot, page, record, unconfirmedText(slot, page));
export const unconfirmedOf = (
  slot: string,
  page: string,
  record: string,
): Exclude<ValueResult, { status: 'agrees' }> => ({
  status: 'unconfirmed',
  comparison: { slot, page, record },
  explanation: unconfirmedText(slot, page),
});

/** Words for a slot in an explanation. */
const SLOT_WORDS: Record<string, string> = {
  agency: 'agency',
  weekday: 'day',
  date: 'date',
  time: 'time',
  street: 'street',
  place: 'place',
  state: 'state',
  count: 'number',
  duration: 'duration',
  person: 'person',
  role: 'title',
  outcome: 'outcome',
  outlet: 'outlet',
  when: 'time',
  party: 'party',
  document: 'name',
};

/** "The record does not confirm the agency ICE." */
export const unconfirmedText = (slot: string, page: string): string =>
  `The record does not confirm the ${SLOT_WORDS[slot] ?? 'value'} \u201C${page}\u201D.`;

/** A name as written that is certain to be a name: capitalised, not a common phrase ("federal agents"). */
export const isProperName = (text: string) => /^\p{Lu}/u.test(text.trim());

export function canonsNamed(ctx: CompareContext, name: string, kinds: readonly string[]): string[] {
  return ctx.record.gazetteer
    .lookup(name)
    .filter((e) => kinds.includes(e.kind))
    .map((e) => e.id);
}

/** The world file's ids (without the `w:` prefix) of the people a name may be, each once. */
export function worldPersonIds(ctx: CompareContext, name: string): string[] {
  return [
    ...new Set(
      canonsNamed(ctx, name, ['person'])
        .filter((c) => c.startsWith('w:'))
        .map((c) => c.slice(2)),
    ),
  ];
}

/** The one person a person mention names, when neither the mention nor its clause is denied; undefined otherwise. */
export function assertedPerson(
  ctx: CompareContext,
  m: Mention & { type: 'person' },
): string | undefined {
  if (m.negated || ctx.negatedClause) return undefined;
  const who = [...new Set(canonsNamed(ctx, m.value.name, ['person']))];
  return who.length === 1 ? who[0] : undefined;
}
