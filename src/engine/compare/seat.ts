/**
 * Where an organisation of the story is based, against the record's seat (an organisation entity's `within`):
 * "the company is based in Pittsburgh", "Keswick, which is headquartered in Pittsburgh,", "the Pittsburgh-based
 * company", "Pittsburgh-based Keswick". The organisation is one the clause names, or "the company" (the firm, the
 * employer) when the story has exactly one organisation with a seat. The page's place is read as the gazetteer
 * knows it: the same place, one within the other, or a place the gazetteer does not know is no conflict (said
 * nothing or unverified); two known places apart are. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import type { StoryRecord } from './story-record.ts';

export interface SeatConflict {
  comparison: { slot: string; page: string; record: string };
  explanation: string;
}

/** Right before the place: "based in", "headquartered in", "based out of". */
const BASED_IN = /\b(?:based|headquartered|head-quartered)\s+(?:in|out\s+of)\s+$/i;
/** Right after the place: "-based". */
const PLACE_BASED = /^-based\b/i;
/** A common noun for the story's one seated organisation. */
const GENERIC =
  /\b(?:the|this|that|its)\s+(?:[\p{L}.'-]+-based\s+)?(?:company|firm|employer|manufacturer|maker|business|corporation|chain|group)\b/iu;

/** Whether a text names a firm by a common noun ("the company", "the Cleveland-based manufacturer"). */
export const namesTheFirm = (text: string): boolean => GENERIC.test(text);
/** A denial or a question of the clause before the place ("is not based in", "is it based in"). */
const DENIED = /\b(?:not|never|no\s+longer)\b|n['\u2019]t\b/i;

/** The seated organisation the clause means: one it names, else the one seated organisation for "the company". */
function organisationOf(
  record: StoryRecord,
  clause: string,
): { name: string; seat: string } | undefined {
  const seats = record.seats ?? [];
  if (!seats.length) return undefined;
  const folded = foldText(clause);
  const named = seats.filter((s) =>
    s.names.some((n) =>
      new RegExp(`(?:^|[^a-z0-9])${n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:[^a-z0-9]|$)`).test(
        folded,
      ),
    ),
  );
  if (named.length === 1) return named[0];
  if (named.length > 1) return undefined;
  return seats.length === 1 && namesTheFirm(clause) ? seats[0] : undefined;
}

/** "based in Cleveland, Ohio": a place or state inside a seat phrase, after "based in" (a town before it, perhaps). */
const IN_SEAT_PHRASE =
  /\b(?:based|headquartered|head-quartered)\s+(?:in|out\s+of)\s+(?:\p{Lu}[\p{L}.'-]*\s*){0,3}(?:,\s*)?$/u;

/** Whether a place or state mention is where something is based, not where anything happened ("the Pittsburgh-based firm"). */
export function inSeatPhrase(sentence: string, m: Mention): boolean {
  if (m.type !== 'place' && m.type !== 'state') return false;
  return (
    IN_SEAT_PHRASE.test(sentence.slice(Math.max(0, m.start - 60), m.start)) ||
    PLACE_BASED.test(sentence.slice(m.end, m.end + 10))
  );
}

/** Conflicts between where the clause says a story's organisation is based and where the record has it. */
export function seatConflicts(
  clause: string,
  mentions: readonly Mention[],
  record: StoryRecord,
): SeatConflict[] {
  const out: SeatConflict[] = [];
  for (const m of mentions) {
    if (m.type !== 'place' || m.negated) continue;
    const before = clause.slice(Math.max(0, m.start - 40), m.start);
    const after = clause.slice(m.end, m.end + 10);
    if (!BASED_IN.test(before) && !PLACE_BASED.test(after)) continue;
    if (DENIED.test(clause.slice(Math.max(0, m.start - 60), m.start))) continue;
    const org = organisationOf(record, clause);
    if (!org) continue;
    const page = record.gazetteer
      .lookup(m.value.name)
      .filter((g) => g.kind === 'place')
      .map((g) => g.id);
    if (!page.length) continue;
    const fits = (p: string) =>
      p === org.seat || record.ancestors(p).has(org.seat) || record.ancestors(org.seat).has(p);
    if (page.some(fits)) continue;
    const seatName = record.nameOf(org.seat);
    out.push({
      comparison: { slot: 'place', page: m.text, record: seatName },
      explanation: `The record has ${org.name} based in ${seatName}, not ${m.text}.`,
    });
  }
  return out;
}
