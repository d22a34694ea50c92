/**
 * Clock times in words: "nine o'clock", "half past five", "a quarter to six",
 * "twenty past eight", "nine at night", "six in the evening", "9 o'clock at
 * night". A part of the day after the hour settles a.m. or p.m.; without one
 * the time is ambiguous (either half of the day). A bare hour ("at nine") is
 * no time: it needs "o'clock", a fraction or a part of the day, or a close
 * hedge before it ("a little after seven", "shortly before five"; no noun
 * after it), and "nine at night" needs a time word before it ("at", "about",
 * "by").
 */
import { Rank, type ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';
import { numberAt } from './numbers.ts';
import type { TimeRelation } from './types.ts';

/** An hour of the clock at token i ("nine", "9", "noon"): its value 1–12 (noon 12) and end. */
function hourAt(
  ctx: ReadContext,
  i: number,
): { hour: number; end: number; digits: boolean } | null {
  const w = ctx.lower(i);
  if (w === 'noon' || w === 'midnight') return null;
  const n = numberAt(ctx, i);
  if (!n || !Number.isInteger(n.value) || n.value < 1 || n.value > 12) return null;
  return { hour: n.value, end: n.end, digits: n.digits };
}

/** "o'clock" at token i: its end. */
function oclockAt(ctx: ReadContext, i: number): number | null {
  if (ctx.lower(i) === 'o' && ctx.is(i + 1, "'") && ctx.lower(i + 2) === 'clock') return i + 3;
  if (ctx.lower(i) === 'oclock') return i + 1;
  return null;
}

/** Minutes after midnight of hour h (1–12) in a part of the day. */
function inPart(hour: number, minute: number, part: string): number {
  const h = hour % 12;
  if (part === 'morning') return h * 60 + minute;
  // "two at night" is after midnight; "nine at night", "twelve at night" (midnight) before it.
  if (part === 'night' && hour <= 4) return h * 60 + minute;
  if (part === 'night' && hour === 12) return minute;
  return (h + 12) * 60 + minute;
}

function relationBefore(ctx: ReadContext, from: number): TimeRelation | null {
  let k = from - 1;
  const w = ctx.lower(k);
  if (w === 'just' || w === 'shortly' || w === 'right') return null;
  const r = lexicon.timeRelations.get(w);
  if (r) return r as TimeRelation;
  if (/^(just|shortly|right)$/.test(ctx.lower(k - 1))) k--;
  return (lexicon.timeRelations.get(ctx.lower(k)) as TimeRelation | undefined) ?? null;
}

/** "shortly / just / soon / right / a little / a bit + after / before" right before token i. */
function closeHedgeBefore(ctx: ReadContext, i: number): boolean {
  if (!/^(after|before)$/.test(ctx.lower(i - 1))) return false;
  const w = ctx.lower(i - 2);
  return (
    /^(shortly|just|soon|right)$/.test(w) ||
    ((w === 'little' || w === 'bit') && ctx.lower(i - 3) === 'a')
  );
}

/** The part of the day written after the clock ("at night", "in the evening"), not one that starts a noun phrase ("in the morning raid"). */
function partAfter(ctx: ReadContext, i: number): { part: string; end: number } | null {
  const p = lexicon.clockDayParts.matchAt(ctx.tokens, i);
  if (!p) return null;
  const next = ctx.token(p.end);
  if (next && next.word && !next.cap && !next.digits && !lexicon.functionWords.has(next.lower))
    return null;
  return { part: p.value, end: p.end };
}

/** A verb of estimating a figure a few words before "at" right before `i` ("put it at", "pegged the number at"). */
function estimatedBefore(ctx: ReadContext, i: number): boolean {
  if (ctx.lower(i - 1) !== 'at') return false;
  for (let d = 2; d <= 5; d++)
    if (
      /^(?:put|puts|putting|placed|pegged|pegs|estimated|estimates|reckoned)$/.test(
        ctx.lower(i - d),
      )
    )
      return true;
  return false;
}

export function findClockWords(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    // "half past five", "a quarter to six", "twenty past eight", "ten minutes to nine"
    const start = ctx.lower(i) === 'a' && ctx.lower(i + 1) === 'quarter' ? i + 1 : i;
    let minute: number | undefined = lexicon.clockFractions.get(ctx.lower(start));
    let k = start + 1;
    if (minute === undefined) {
      const num = numberAt(ctx, start);
      if (num && !num.digits && Number.isInteger(num.value) && num.value >= 1 && num.value <= 29) {
        minute = num.value;
        k = num.end;
        if (ctx.lower(k) === 'minutes' || ctx.lower(k) === 'minute') k++;
      }
    }
    const direction = minute !== undefined ? lexicon.clockDirections.get(ctx.lower(k)) : undefined;
    if (minute !== undefined && direction !== undefined && !(minute === 30 && direction < 0)) {
      const hour = hourAt(ctx, k + 1);
      // "twenty past eight" needs a clock word or a time word before it; "half past five" and "a quarter to six" are clock times as they stand.
      const fraction = lexicon.clockFractions.has(ctx.lower(start));
      if (hour) {
        let end = oclockAt(ctx, hour.end) ?? hour.end;
        const part = partAfter(ctx, end);
        if (part) end = part.end;
        const relation = relationBefore(ctx, i);
        // "about five to six officers" is a range of a count.
        const next = ctx.token(end);
        // "the chief put it at ten to twelve": a figure estimated ("put / pegged / estimated … at"), a range of a count.
        const counts =
          (end === hour.end &&
            next !== undefined &&
            next.word &&
            !next.cap &&
            !next.digits &&
            !lexicon.functionWords.has(next.lower)) ||
          (end === hour.end && estimatedBefore(ctx, i));
        if ((fraction || relation || part || end > hour.end) && !counts) {
          const offset = direction > 0 ? minute : -minute;
          const h = direction > 0 ? hour.hour : hour.hour - 1 || 12;
          const min = direction > 0 ? offset : 60 + offset;
          const minutes = part ? inPart(h, min, part.part) : (h % 12) * 60 + min;
          ctx.add({
            type: 'time-of-day',
            from: i,
            to: end,
            rank: Rank.strong,
            value: { minutes, relation: relation ?? 'at', ...(part ? {} : { ambiguous: true }) },
          });
          i = end - 1;
          continue;
        }
      }
    }
    // "nine o'clock", "9 o'clock at night", "nine at night", "six in the evening"
    const hour = hourAt(ctx, i);
    if (!hour) continue;
    const oclock = oclockAt(ctx, hour.end);
    const part = partAfter(ctx, oclock ?? hour.end);
    const relation = relationBefore(ctx, i);
    // "a little after seven", "shortly before five": a bare hour after a close hedge is a clock time, unless a noun follows ("shortly after seven officers").
    if (oclock === null && !part && !hour.digits && closeHedgeBefore(ctx, i)) {
      const next = ctx.token(hour.end);
      if (!(
        next &&
        next.word &&
        !next.cap &&
        !next.digits &&
        !lexicon.functionWords.has(next.lower)
      )) {
        ctx.add({
          type: 'time-of-day',
          from: i,
          to: hour.end,
          rank: Rank.strong,
          value: { minutes: (hour.hour % 12) * 60, relation: relation ?? 'at', ambiguous: true },
        });
        i = hour.end - 1;
        continue;
      }
    }
    if (oclock === null && !(part && relation)) continue;
    // Digits with o'clock and no part of the day are read by find-time.ts.
    if (hour.digits && !part) continue;
    const end = part ? part.end : (oclock as number);
    const minutes = part ? inPart(hour.hour, 0, part.part) : (hour.hour % 12) * 60;
    ctx.add({
      type: 'time-of-day',
      from: i,
      to: end,
      rank: Rank.strong,
      value: { minutes, relation: relation ?? 'at', ...(part ? {} : { ambiguous: true }) },
    });
    i = end - 1;
  }
}
