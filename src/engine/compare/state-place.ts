/**
 * The town of a recorded lasting state. "X declared itself a sanctuary city in 1986", "X has called itself a
 * sanctuary city since 1986": the state's words with the very year the record has it begin in one town tie the
 * clause to that start; a town the world knows, neither the recorded one nor inside or around it, named as the
 * clause's subject or as where the state holds ("sanctuary status in X"), gives the start to another town: a
 * conflict. Another year, no year, or words that set towns side by side ("like X", "also", "too", "other cities",
 * two towns) leave it alone: another town may have a history of its own (state-since.ts). Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** Words that compare towns or make the start one of several. */
const BESIDE =
  /\b(?:also|too|other|others|another|similar|similarly|likewise|like|unlike|as well|as did|as had|just as|same|both|either|neither|among|including|such as|cities|towns|places|counties|states|the\s+(?:first|second|last|only)|one\s+of)\b/i;
/** Right before the town: where the state holds ("sanctuary status in X", "the sanctuary policy of X"). */
const HOLDS_IN = /\b(?:status|policy|policies|city|designation|protections?)\s+(?:in|of|for)\s+$/i;

export function statePlace(
  clause: Clause,
  sentence: string,
  began: IndexedEvent,
  record: StoryRecord,
  year: number,
): (Exclude<ValueResult, { status: 'agrees' }> & { mention: Mention }) | null {
  if (year !== Number(began.event.date.slice(0, 4)) || !began.places.length) return null;
  const text = sentence.slice(clause.start, clause.end);
  // "the first" is no comparison when it tells of the recorded start itself ("declared itself … for the first time").
  const beside = [...text.matchAll(new RegExp(BESIDE.source, 'gi'))].some(
    (m) => !/^the\s+first$/i.test(m[0]) || !/\bfor\s+$/i.test(text.slice(0, m.index)),
  );
  if (beside) return null;
  const towns = clause.mentions.filter(
    (m): m is Mention & { type: 'place' | 'state' } =>
      (m.type === 'place' || m.type === 'state') && !m.negated && /^\p{Lu}/u.test(m.text),
  );
  if (towns.length !== 1) return null;
  const town = towns[0]!;
  const before = sentence.slice(clause.start, town.start);
  // The clause's subject ("Utica has …", "In 1986 Utica declared …"), or where the state holds.
  const subject =
    /^\s*(?:(?:in|since|by)\s+\d{4}\s*,?\s*|back\s+in\s+\d{4}\s*,?\s*)?(?:the\s+city\s+of\s+)?$/i.test(
      before,
    );
  if (!subject && !HOLDS_IN.test(before)) return null;
  const canons = record.gazetteer
    .lookup(town.value.name)
    .filter((g) => g.kind === 'place' || g.kind === 'state')
    .map((g) => g.id);
  if (!canons.length) return null;
  const related = (p: string) =>
    began.places.some((r) => p === r || record.ancestors(r).has(p) || record.ancestors(p).has(r));
  if (canons.some(related)) return null;
  const names = began.places.map(record.nameOf).join(' and ');
  return {
    status: 'conflict',
    mention: town,
    comparison: { slot: 'place', page: town.text, record: names },
    explanation: `The record has ${began.event.label} in ${year}, in ${names}, not ${town.text}.`,
  };
}
