/**
 * A refusal the record states, turned round: the record has a person saying
 * they would not meet someone (an event the person `spoke` at whose
 * `negatives` include `met`), and the page has that person agreeing to
 * ("X agreed to sit down with him", "X accepted an invitation to meet Y").
 * Only when whom they agreed to meet is the one the record's refusal is about:
 * a person who came to an event of the following week, or "him / her / them"
 * in a sentence that sets it against a refusal ("A refused to meet him, but X
 * agreed to …"). Nothing here knows a story.
 */
import type { Mention } from '../read/types.ts';
import {
  assertedPerson,
  canonsNamed,
  result,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { cameAfter } from './refuser-met.ts';

/** Agreeing to meet, right after the person: "agreed to sit down with", "accepted an invitation to meet". */
const AGREED =
  /^\s*(?:(?:also|then|later|quickly|finally|readily|has|had|have|did)\s+)*(?:agreed|agrees|accepted|accepts|consented|consents)\s+(?:(?:an?|the)\s+invitation\s+)?to\s+(?:meet(?:\s+with)?|sit\s+down\s+with|a\s+meeting\s+with)\s+/i;

/** A pronoun for whom they met. */
const PRONOUN = /^(?:him|her|them)\b/i;

/** A refusal before the person in the same sentence, which the pronoun is set against. */
const REFUSED_BEFORE =
  /\b(?:refused|declined|would\s+not|wouldn't|will\s+not|won't|did\s+not|didn't)\s+(?:to\s+)?meet\b/i;

export function compareRefusalTurned(
  ctx: CompareContext,
  m: Mention & { type: 'person' },
): ValueResult | null {
  const canon = assertedPerson(ctx, m);
  if (!canon) return null;
  const refusals = ctx.allEvents.filter(
    (e) =>
      e.negatives.has('met') && e.participants.some((p) => p.role === 'spoke' && p.canon === canon),
  );
  if (!refusals.length) return null;
  const after = ctx.sentence.slice(m.end);
  const agreed = AGREED.exec(after);
  if (!agreed) return null;
  const objectAt = m.end + agreed[0].length;
  const rest = ctx.sentence.slice(objectAt);
  let about: boolean;
  if (PRONOUN.test(rest)) about = REFUSED_BEFORE.test(ctx.sentence.slice(0, m.start));
  else {
    const object = ctx.mentions.find(
      (x): x is Mention & { type: 'person' } =>
        x.type === 'person' && x.start >= objectAt && x.start - objectAt <= 12,
    );
    const objects = object
      ? new Set(canonsNamed(ctx, object.value.name, ['person']))
      : new Set<string>();
    about =
      objects.size === 1 &&
      !objects.has(canon) &&
      refusals.some((r) => [...cameAfter(r, ctx.allEvents)].some((c) => objects.has(c)));
  }
  if (!about) return null;
  const why = refusals
    .map((r) => r.negatives.get('met') as string)
    .filter((x, i, all) => all.indexOf(x) === i)
    .join(' ');
  const page = ctx.sentence.slice(m.start, objectAt).trim();
  return result('conflict', 'person', page, why, why);
}
