/**
 * "Chief X issued a written statement on November 16": a kind of statement (written, an interview, a press conference)
 * and a day name the record's one statement of that kind on that day, whoever the clause says gave it. The link lets
 * the people the clause names be compared with who gave it; a day that fits no such statement links nothing (it is not
 * this reading's to judge). General English, nothing here knows a story.
 */
import type { Clause } from '../read/types.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

type Medium = NonNullable<IndexedEvent['event']['medium']>;

/** Nouns of a kind of statement, as the pack's `medium` names it. */
const KINDS: readonly (readonly [RegExp, Medium])[] = [
  [
    /\b(?:written|emailed|e-mailed|printed|prepared)\s+statement\b|\b(?:press|news)\s+release\b/i,
    'written',
  ],
  [/\binterview\b/i, 'interview'],
  [/\b(?:news|press)\s+conference\b/i, 'press-conference'],
];

export function eventsByMediumAndDay(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
): IndexedEvent[] {
  const text = sentence.slice(clause.start, clause.end);
  const kinds = KINDS.filter(([re]) => re.test(text)).map(([, m]) => m);
  if (kinds.length !== 1) return [];
  const days = clause.mentions.flatMap((m) =>
    m.type === 'date' && !m.negated && m.value.month !== undefined && m.value.day !== undefined
      ? [m.value]
      : [],
  );
  if (days.length !== 1) return [];
  const d = days[0]!;
  const onDay = record.events.filter(
    (e) =>
      e.event.date.length === 10 &&
      Number(e.event.date.slice(5, 7)) === d.month &&
      Number(e.event.date.slice(8, 10)) === d.day &&
      (d.year === undefined || Number(e.event.date.slice(0, 4)) === d.year),
  );
  const found = onDay.filter((e) => e.event.medium === kinds[0]);
  // Another statement that day whose kind the record does not give may be the one the page means.
  const unsure = onDay.some(
    (e) => !e.event.medium && e.participants.some((p) => p.role === 'spoke'),
  );
  return found.length === 1 && !unsure ? found : [];
}
