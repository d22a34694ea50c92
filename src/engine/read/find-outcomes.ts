/**
 * Outcomes: what happened to people, as verbs, participles and nouns
 * ("detained", "detention", "taken into custody", "fired", "lost their jobs",
 * "put on desk duty", "sued", "lawsuit", "met", "raided", "pulled over"),
 * listed by kind in lexicon.json. "released", "fired" or "charged" with a thing
 * after it ("released a statement", "fired two shots") is not an outcome.
 */
import { Rank, type ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import type { OutcomeKind } from './types.ts';

const BE = /^(was|were|been|be|is|are|got|get|being)$/;

export function findOutcomes(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const m = lexicon.outcomes.matchAt(ctx.tokens, i);
    if (!m) continue;
    // "released a statement", "fired a shot", "charged the fees": a thing after the verb makes it no outcome for a person.
    if (m.end === i + 1 && lexicon.outcomeThingVerbKinds.has(m.value) && !BE.test(ctx.lower(i - 1))) {
      let thing = false;
      for (let k = m.end; k < m.end + 3 && !thing; k++) thing = lexicon.outcomeThingNouns.has(ctx.lower(k));
      if (thing) continue;
    }
    // "stopped at the station", "stopped by the office" (a visit), unless passive ("was stopped at the corner").
    if (m.value === 'stopped' && m.end === i + 1 && /^(at|by|in|to|for|off|and|short)$/.test(ctx.lower(m.end)) && !BE.test(ctx.lower(i - 1))) continue;
    ctx.add({ type: 'outcome', from: i, to: m.end, rank: Rank.pattern, value: { kind: m.value as OutcomeKind } });
    i = m.end - 1;
  }
}
