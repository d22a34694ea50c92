/**
 * A person of the story put in an act the record says they were not part of:
 * an event that excludes an outcome ("they said they would not meet him; he
 * did not meet the chief") speaks for its participants, so "He also met
 * Chief X" conflicts when X took part in such an event and in no linked event
 * that records the outcome. Only a person named right after the outcome's word, in
 * a sentence without a verb of speech (who met, not who talked about it).
 * Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Mention } from '../read/types.ts';
import { withoutAnonymousLead } from './anonymous-source.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './value-result.ts';
import { actBetweenNonDoers } from './visit-meeting.ts';

type Person = Mention & { type: 'person' };

/** Words that may stand between an outcome's word and the person it befell or joined. */
const BETWEEN =
  /^[\s,]*(?:(?:also|with|privately|briefly|separately|personally|later|then|and|both|the|a|an)\s+)*$/i;

/** "everything that had been said", "what was said", "it is said": a saying with no teller. */
const SAID_BY_NO_ONE =
  /\b(?:(?:what|everything|all|anything)\s+(?:that\s+)?(?:had\s+|has\s+|have\s+)?(?:been\s+)?said|(?:been|being|was|were|is|be)\s+said)\b/gi;

/** Whether the clause's words hold a verb of speech. */
function speaks(text: string): boolean {
  for (const w of foldText(text).matchAll(/\p{L}+/gu))
    if (lexicon.speechVerbs.has(w[0])) return true;
  return false;
}

/** "Mayor X met with Chief Y", both refusers: an act between people none of whom the record has doing it (visit-meeting.ts). */
export function amongThemselves(ctx: CompareContext, act: Mention & { type: 'outcome' }): boolean {
  return actBetweenNonDoers(ctx.record, ctx.mentions, act, new Set([act.value.kind]), (name) =>
    canonsNamed(ctx, name, ['person']),
  );
}

/** The outcome a person named after it is excluded from, by an event they took part in; null otherwise. */
export function compareExcludedAct(ctx: CompareContext, m: Person): ValueResult | null {
  if (m.negated || ctx.negatedClause) return null;
  const outcome = ctx.mentions.find(
    (o): o is Mention & { type: 'outcome' } =>
      o.type === 'outcome' && !o.negated && o.end <= m.start,
  );
  if (!outcome) return null;
  // Anywhere in the sentence: "…, Mayor X said" makes X who told of it (not "Sources say …": anonymous-source.ts).
  // Words said by no one the sentence names ("after everything that had been said") make no teller.
  if (speaks(withoutAnonymousLead(ctx.sentence).replace(SAID_BY_NO_ONE, ' '))) return null;
  // Right after the outcome's word ("met also the chief X", "met with Mayor X"), not a name further on ("met them while Mayor X stayed away").
  const title = ctx.mentions.find(
    (t) => t.type === 'title' && t.start >= outcome.end && t.end <= m.start,
  );
  const between = ctx.sentence.slice(outcome.end, m.start).replace(title?.text ?? '\u0000', ' ');
  if (!BETWEEN.test(between)) return null;
  const kind = outcome.value.kind;
  const who = [
    ...new Set(canonsNamed(ctx, m.value.name, ['person']).filter((c) => ctx.record.people.has(c))),
  ];
  if (who.length !== 1) return null;
  const canon = who[0] as string;
  const excluding = ctx.events.find(
    (e) => e.negatives.has(kind) && e.participants.some((p) => p.canon === canon),
  );
  if (!excluding) return null;
  if (ctx.events.some((e) => e.outcomes.has(kind) && e.participants.some((p) => p.canon === canon)))
    return null;
  // Who did it, named before the act, when the record has them doing that act nowhere ("Governor X met with Chief Y"):
  // the refusal was of someone else, so it says nothing of this meeting.
  const doers = ctx.mentions.filter(
    (o): o is Person => o.type === 'person' && !o.negated && o.end <= outcome.start,
  );
  const didIt = (o: Person) =>
    canonsNamed(ctx, o.value.name, ['person']).some(
      (c) =>
        c !== canon &&
        ctx.record.events.some(
          (e) => e.outcomes.has(kind) && e.participants.some((p) => p.canon === c),
        ),
    );
  if (doers.length && !doers.some(didIt)) return null;
  const why = excluding.negatives.get(kind) as string;
  return result('conflict', 'person', m.text, why, why);
}
