/**
 * A duration measured out of the thing that lasted: "two weeks of retraining",
 * "about an hour of talks", "six months of detention", "three days of mandatory
 * training". The thing must be one of the lexicon's `durationNouns`, right after
 * "of" or after at most two words ("of closed-door talks"). Not a part of a longer
 * span ("the first two weeks of training", "the last hour of the meeting") nor a
 * time measured from something ("within two weeks of the meeting", "in three
 * days of the visit"): those are no length of the thing.
 */
import type { ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import type { DurationUnit } from './types.ts';

/** Words before the amount that make it a part of a span or a time from something. */
const NOT_A_LENGTH = new Set([
  'first',
  'last',
  'final',
  'past',
  'next',
  'previous',
  'initial',
  'opening',
  'closing',
  'early',
  'later',
  'within',
  'inside',
  'in',
  'by',
  'until',
  'till',
  'before',
]);

/** Words that stress a count of time without changing it ("a full day of training", "two whole weeks of talks"). */
const FULL_UNIT = new Set(['full', 'whole']);

export function durationOf(
  ctx: ReadContext,
  i: number,
  amount: { value: number; end: number },
): {
  from: number;
  end: number;
  unit: { unit: DurationUnit; factor: number };
  modifier: string | undefined;
} | null {
  const at = FULL_UNIT.has(ctx.lower(amount.end)) ? amount.end + 1 : amount.end;
  const u = lexicon.durationUnits.get(ctx.lower(at));
  if (!u || ctx.lower(at + 1) !== 'of') return null;
  // A plural unit after a number above one, the singular after "a" / "one" ("a week of", not "a weeks of").
  const plural = ctx.lower(at).endsWith('s');
  if (plural !== amount.value > 1 && u[1] === 1) return null;
  let end = -1;
  for (let k = at + 2; k <= at + 4; k++) {
    const t = ctx.token(k);
    if (!t || !t.word) break;
    if (lexicon.durationNouns.has(ctx.lower(k))) {
      end = k + 1;
      break;
    }
    if (lexicon.functionWords.has(t.lower) || t.cap) break;
  }
  if (end === -1) return null;
  const hedge = lexicon.countModifiers.matchEndingAt(ctx.tokens, i, 2);
  const from = hedge ? hedge.start : i;
  if (
    NOT_A_LENGTH.has(ctx.lower(from - 1)) ||
    (ctx.lower(from - 1) === 'the' && NOT_A_LENGTH.has(ctx.lower(from - 2)))
  )
    return null;
  return {
    from,
    end,
    unit: { unit: u[0] as DurationUnit, factor: u[1] },
    modifier: hedge?.value as string | undefined,
  };
}
