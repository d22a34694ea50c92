/**
 * Durations: how long something lasted. "a two-hour session", "a three-day
 * course", "an hour-long meeting", "for more than twenty years", "lasted about
 * an hour", "after roughly three hours", "over the past decade", "in the last
 * two years", "built over twenty years". A number and a unit alone ("two hours") are no duration: they
 * need a lead ("for", "lasted", "after"), a span ("over the past"), or to stand
 * as an adjective before the thing that lasted ("a two-day training course").
 * A unit followed by a direction ("two days later", "an hour before") is a
 * relative time, read by find-time.ts, unless "for" leads it ("for a month before they were cleared").
 */
import { Rank, type ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import { numberAt } from './numbers.ts';
import type { DurationUnit, DurationValue } from './types.ts';
import { durationOf } from './find-durations-of.ts';

/** A span with a hedge between its preposition and "the" ("over roughly the past"): where the span ends, read without the hedge. */
function hedgedSpan(ctx: ReadContext, i: number): { end: number } | null {
  const hedge = ctx.tokens[i]?.word ? lexicon.countModifiers.matchAt(ctx.tokens, i + 1) : null;
  if (!hedge || ctx.lower(hedge.end) !== 'the') return null;
  const span = lexicon.durationSpans.matchAt(
    [ctx.tokens[i]!, ...ctx.tokens.slice(hedge.end, hedge.end + 3)],
    0,
  );
  return span ? { end: hedge.end + span.end - 1 } : null;
}

function unitAt(ctx: ReadContext, i: number): { unit: DurationUnit; factor: number } | null {
  const u = lexicon.durationUnits.get(ctx.lower(i));
  return u ? { unit: u[0] as DurationUnit, factor: u[1] } : null;
}

/** "two", "20", "a", "an", "one" at token i. */
function amountAt(ctx: ReadContext, i: number): { value: number; end: number } | null {
  const w = ctx.lower(i);
  if (w === 'a' || w === 'an') return { value: 1, end: i + 1 };
  const n = numberAt(ctx, i);
  return n && n.value > 0 ? { value: n.value, end: n.end } : null;
}

/** A hyphen joined to both neighbours ("two-hour"). */
const joined = (ctx: ReadContext, i: number) =>
  ctx.is(i, '-') &&
  !ctx.token(i)!.spaceBefore &&
  ctx.token(i + 1) !== undefined &&
  !ctx.token(i + 1)!.spaceBefore;

function valueOf(
  amount: number,
  unit: { unit: DurationUnit; factor: number },
  modifier: string | undefined,
): DurationValue {
  const n = amount * unit.factor;
  switch (modifier) {
    case 'above':
    case 'at-least':
      return { min: n, unit: unit.unit };
    case 'below':
    case 'at-most':
    case 'reaching':
      return { min: 0, max: n, unit: unit.unit };
    case 'about':
      return { min: n, max: n, unit: unit.unit, approximate: true };
    default:
      return { min: n, max: n, unit: unit.unit };
  }
}

/** "a day or two" at token i: from one unit to that many (not "a day or two later", a relative time). */
function orMore(ctx: ReadContext, i: number): { end: number; value: DurationValue } | null {
  const w = ctx.lower(i);
  if (w !== 'a' && w !== 'an') return null;
  const unit = unitAt(ctx, i + 1);
  if (!unit || ctx.lower(i + 1) !== unit.unit.replace(/s$/, '') || ctx.lower(i + 2) !== 'or')
    return null;
  const upper = numberAt(ctx, i + 3);
  if (
    !upper ||
    upper.value < 2 ||
    upper.value > 5 ||
    lexicon.timeUnitDirections.has(ctx.lower(upper.end))
  )
    return null;
  return {
    end: upper.end,
    value: { min: unit.factor, max: upper.value * unit.factor, unit: unit.unit, approximate: true },
  };
}

/**
 * Right before "over"/"across": a verb of making, keeping or lasting ("built", "developed", "ran", "lasted"), so the
 * span is how long that took ("built over twenty years"); not a noun ("a city of sanctuaries over three decades") nor
 * an opening phrase ("Across three days, …").
 */
function afterLasting(ctx: ReadContext, i: number): boolean {
  const t = ctx.token(i - 1);
  if (!t?.word) return false;
  // "put in place over twenty years"
  if (t.lower === 'place' && ctx.lower(i - 2) === 'in') return true;
  return /^(?:\p{L}+ed|built|made|put|set|run|ran|grown|grew|kept|held|spent|took|taken|went|gone|stood|been|lasted|done|worn|drawn|written|won|fought|unfolded|stretched)$/u.test(
    t.lower,
  );
}

export function findDurations(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    // "over the past decade", "in the last two years", and with a hedge after the preposition ("over roughly the past two years").
    const span = lexicon.durationSpans.matchAt(ctx.tokens, i) ?? hedgedSpan(ctx, i);
    if (span) {
      const amount = amountAt(ctx, span.end);
      const at =
        amount && ctx.lower(span.end) !== 'a' && ctx.lower(span.end) !== 'an'
          ? amount.end
          : span.end;
      const unit = unitAt(ctx, at);
      // "the past decade", "the last two years"; not "the last days of …"
      const bare = at === span.end && ctx.lower(at).endsWith('s');
      if (unit && !bare && !lexicon.timeUnitDirections.has(ctx.lower(at + 1))) {
        const value = at === span.end ? 1 : (amount as { value: number }).value;
        ctx.add({
          type: 'duration',
          from: i,
          to: at + 1,
          rank: Rank.pattern,
          value: { ...valueOf(value, unit, undefined), approximate: true },
        });
        i = at;
        continue;
      }
    }
    // "for more than twenty years", "lasted about an hour", "after roughly three hours"
    if (lexicon.durationLeads.has(ctx.lower(i))) {
      const loose = orMore(ctx, i + 1);
      if (loose) {
        ctx.add({
          type: 'duration',
          from: i,
          to: loose.end,
          rank: Rank.pattern,
          value: loose.value,
        });
        i = loose.end - 1;
        continue;
      }
      let k = i + 1;
      const modifier = lexicon.countModifiers.matchAt(ctx.tokens, k);
      if (modifier) k = modifier.end;
      const amount = amountAt(ctx, k);
      const unit = amount ? unitAt(ctx, amount.end) : null;
      // "for about a month before they got their cars back": "for" makes it how long, up to a time; "a month before" alone is an offset.
      const next = amount ? ctx.lower(amount.end + 1) : '';
      const untilAfter = ctx.lower(i) === 'for' && (next === 'before' || next === 'after');
      if (
        amount &&
        unit &&
        (untilAfter || !lexicon.timeUnitDirections.has(ctx.lower(amount.end + 1))) &&
        !joined(ctx, amount.end + 1)
      ) {
        ctx.add({
          type: 'duration',
          from: i,
          to: amount.end + 1,
          rank: Rank.pattern,
          value: valueOf(amount.value, unit, modifier?.value as string | undefined),
        });
        i = amount.end;
        continue;
      }
    }
    // "the rules built over twenty years", "across three days": "over" (more than, or during) and "across" lead a duration
    // of a number and a unit ("over twenty years ago" is a relative time; "over twenty officers" no duration).
    if ((ctx.lower(i) === 'over' || ctx.lower(i) === 'across') && afterLasting(ctx, i)) {
      const amount = amountAt(ctx, i + 1);
      const unit = amount ? unitAt(ctx, amount.end) : null;
      if (
        amount &&
        unit &&
        !lexicon.timeUnitDirections.has(ctx.lower(amount.end + 1)) &&
        !joined(ctx, amount.end + 1) &&
        ctx.lower(amount.end + 1) !== 'old'
      ) {
        ctx.add({
          type: 'duration',
          from: i,
          to: amount.end + 1,
          rank: Rank.pattern,
          value: valueOf(amount.value, unit, ctx.lower(i) === 'over' ? 'above' : undefined),
        });
        i = amount.end;
        continue;
      }
    }
    // "a day or two", "an hour or two", "a week or three": one to that many, loosely.
    const few = orMore(ctx, i);
    if (few) {
      ctx.add({ type: 'duration', from: i, to: few.end, rank: Rank.pattern, value: few.value });
      i = few.end - 1;
      continue;
    }
    // "a two-hour session", "three-day course", "an hour-long meeting", "a 90-minute meeting"
    const amount = amountAt(ctx, i);
    if (!amount) continue;
    // "two weeks of retraining", "about an hour of talks", "six months of detention" (find-durations-of.ts)
    const measured = durationOf(ctx, i, amount);
    if (measured) {
      ctx.add({
        type: 'duration',
        from: measured.from,
        to: measured.end,
        rank: Rank.pattern,
        value: valueOf(amount.value, measured.unit, measured.modifier),
      });
      i = measured.end - 1;
      continue;
    }
    const compact = ctx.lower(amount.end) === '-' ? amount.end + 1 : amount.end;
    if (!joined(ctx, amount.end) && !(ctx.lower(i) === 'an' || ctx.lower(i) === 'a')) continue;
    const unit = unitAt(ctx, compact);
    if (!unit || unit.factor !== 1 || ctx.lower(compact) !== unit.unit.replace(/s$/, '')) continue;
    let end = compact + 1;
    if (joined(ctx, end) && ctx.lower(end + 1) === 'long') end += 2;
    else if (compact === amount.end) continue;
    // The thing that lasted comes next ("session", "training course", "closed-door meeting").
    if (!lexicon.durationNouns.has(ctx.lower(end))) continue;
    const hedge = lexicon.countModifiers.matchEndingAt(ctx.tokens, i, 2);
    const from = hedge ? hedge.start : i;
    ctx.add({
      type: 'duration',
      from,
      to: end,
      rank: Rank.pattern,
      value: valueOf(amount.value, unit, hedge?.value as string | undefined),
    });
    i = end - 1;
  }
}
