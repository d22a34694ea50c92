/**
 * No dealings at all with a body ("would have no contact of any kind with
 * X", "will not work with X in any way") credited to an actor the record has
 * a narrower refusal for (an event's `commitments` with `does: false`, held by
 * someone the sentence names before it): more than the record says, so
 * unconfirmed, never agreement. Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { Comparison } from './compare-values.ts';
import type { StoryRecord } from './story-record.ts';

const DEALINGS = String.raw`(?:contacts?|dealings|communications?|cooperation|coordination|interactions?|involvement|ties|relations(?:hip)?s?)`;
const ANY = String.raw`(?:of\s+any\s+(?:kind|sort)|whatsoever|at\s+all|in\s+any\s+way|in\s+any\s+form)`;
const VERB = String.raw`(?:work|deal|cooperate|collaborate|communicate|coordinate|interact|talk)`;
/** "no contact (of any kind) with", "not work with X at all", "never deal with X in any way". */
const TOTAL = new RegExp(String.raw`\bno\s+${DEALINGS}\s+(?:${ANY}\s+)?with\s+[^,;.]{2,60}|\b(?:not|never|n't)\s+(?:ever\s+)?${VERB}\s+with\s+[^,;.]{2,40}?\s+${ANY}`, 'i');

export interface TotalDenialResult {
  comparison: Comparison;
  explanation: string;
}

export function totalDenialResults(sentence: string, clauses: readonly Clause[], record: StoryRecord): TotalDenialResult[] {
  const out: TotalDenialResult[] = [];
  for (const clause of clauses) {
    const text = sentence.slice(clause.start, clause.end);
    const total = TOTAL.exec(text);
    if (!total) continue;
    const at = clause.start + total.index;
    // Whom the sentence names before it ("Beck … the LAPD would have no contact").
    const named = new Set(clauses.flatMap((c) => c.mentions).filter((m): m is Mention & { type: 'person' | 'agency' } => (m.type === 'person' || m.type === 'agency') && !m.negated && m.end <= at).flatMap((m) => record.gazetteer.lookup(m.value.name).map((g) => g.id)));
    const refusals = record.events.flatMap((e) => e.commitments).filter((c) => !c.does && [...c.holders].some((h) => named.has(h)));
    if (!refusals.length) continue;
    const said = [...new Set(refusals.map((c) => c.statement))].join('; ');
    const page = total[0].trim();
    out.push({ comparison: { slot: 'stance', page, record: said }, explanation: `The record has ${said}; it does not say \u201C${page}\u201D.` });
  }
  return out;
}
