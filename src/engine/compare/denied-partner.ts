/**
 * The body a denied commitment names ("would not work with X on deportation
 * efforts"), against the agencies the record's own words for that commitment
 * name (the pack's commitment statement). Another body, even one inside the
 * recorded one, is not what the record has the speaker rule out: unconfirmed,
 * never confirmed, shown against the commitment's words (slot stance). The recorded body, or a statement that names none, says
 * nothing. Nothing here knows a story.
 */
import { readSentence } from '../read/read-sentence.ts';
import type { Mention } from '../read/types.ts';
import { canonsNamed, result, type CompareContext, type ValueResult } from './compare-values.ts';
import { listNames } from './record-values.ts';
import { refusedPartner } from './refused-partner.ts';

/** A denial before the agency: it is what is ruled out, not who rules it out. */
const DENIAL_BEFORE = /\b(?:not|never|no\s+longer)\b|n['\u2019]t\b/i;

const named = new WeakMap<object, Map<string, string[]>>();

/** The agencies a statement names, read once per record and statement. */
function agenciesIn(ctx: CompareContext, statement: string): string[] {
  let seen = named.get(ctx.record);
  if (!seen) named.set(ctx.record, (seen = new Map()));
  let found = seen.get(statement);
  if (!found) {
    const mentions = readSentence(statement, ctx.record.gazetteer).flatMap((c) => c.mentions);
    found = mentions.flatMap((m) => (m.type === 'agency' ? canonsNamed(ctx, m.value.name, ['agency']) : []));
    seen.set(statement, found);
  }
  return found;
}

export function deniedPartner(ctx: CompareContext, m: Mention & { type: 'agency' }): ValueResult | null {
  const page = canonsNamed(ctx, m.value.name, ['agency']);
  if (!page.length || !(DENIAL_BEFORE.test(ctx.sentence.slice(Math.max(0, m.start - 60), m.start)) || refusedPartner(ctx.sentence, m.start))) return null;
  const denied = ctx.events.flatMap((e) => e.commitments.filter((c) => !c.does));
  // Who made the commitment is not what it rules out.
  if (page.some((p) => denied.some((c) => c.holders.has(p)))) return null;
  const naming = denied.filter((c) => agenciesIn(ctx, c.statement).length);
  const recorded = [...new Set(naming.flatMap((c) => agenciesIn(ctx, c.statement)))];
  if (!recorded.length || page.some((p) => recorded.includes(p))) return null;
  // Shown as the commitment's side: the record's words, and the body they name.
  const statement = naming.map((c) => c.statement).join('; ');
  const names = listNames(recorded.map(ctx.record.nameOf));
  return result('unconfirmed', 'stance', m.text, statement, `The record has the commitment as \u201C${statement}\u201D, naming ${names}; it does not confirm ${m.text}.`);
}
