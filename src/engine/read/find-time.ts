/**
 * Time: weekdays ("Monday", not "Mondays"); dates ("March 24, 2025", "24
 * March 2025", "March 24", "the 24th", "March 2025", "in March", "in 2019");
 * relative times ("this week", "the next day", "two days later", "since
 * 2011"); and times of day ("5:30 p.m.", "6 pm", "noon", "that evening",
 * "Monday night") with how they are put ("at", "about", "before", "after",
 * "by"). A month name is a date only with a day, a year or a preposition
 * ("March forward" and "May" are not); a year only after a time preposition
 * ("the 2024 election" is not).
 */
import { Rank, type ReadContext } from './context.ts';
import { findClockWords } from './find-clock-words.ts';
import { lexicon } from './lexicon.ts';
import { numberAt, ORDINAL_WORDS, ordinalUnit } from './numbers.ts';
import type {
  DateRelation,
  DayPart,
  RelativeTimeKind,
  RelativeTimeValue,
  TimeRelation,
} from './types.ts';

const ORDINAL_DAY = /^([0-3]?\d)(st|nd|rd|th)?$/;
const YEAR = /^(19|20)\d\d$/;
const CLOCK = /^(\d{1,2})(?::(\d\d))?$/;
const CLOCK_SUFFIX = /^(\d{1,2})(?::(\d\d))?(am|pm)$/;

function monthAt(ctx: ReadContext, i: number): { month: number; end: number } | null {
  const t = ctx.token(i);
  if (!t || !t.cap) return null;
  const full = lexicon.months.indexOf(t.lower);
  if (full >= 0) return { month: full + 1, end: i + 1 };
  const abbr = lexicon.monthAbbreviations.get(t.lower);
  if (abbr !== undefined && ctx.dotAfter(i)) return { month: abbr, end: i + 2 };
  return null;
}

function dayAt(ctx: ReadContext, i: number): number | null {
  const m = ORDINAL_DAY.exec(ctx.lower(i));
  if (!m) return null;
  const d = Number(m[1]);
  return d >= 1 && d <= 31 ? d : null;
}

/** A day of the month in words ("fourth", "twenty-fourth", "thirtieth"), with the index after it. */
function spelledDayAt(ctx: ReadContext, i: number): { day: number; end: number } | null {
  const w = ctx.lower(i);
  const unit = ORDINAL_WORDS.indexOf(w) + 1;
  if (unit) return { day: unit, end: i + 1 };
  if (w === 'thirtieth') return { day: 30, end: i + 1 };
  const tens = w === 'twenty' ? 20 : w === 'thirty' ? 30 : 0;
  if (!tens || !ctx.is(i + 1, '-') || ctx.token(i + 1)!.spaceBefore) return null;
  const ones = ordinalUnit(ctx.lower(i + 2));
  return ones && tens + ones <= 31 ? { day: tens + ones, end: i + 3 } : null;
}

function yearAt(ctx: ReadContext, i: number): number | null {
  const t = ctx.token(i);
  return t && YEAR.test(t.text) ? Number(t.text) : null;
}

/** The preposition before a date starting at `from` ("on", "by", "since", "in early"), if any. */
function dateRelation(ctx: ReadContext, from: number): DateRelation | undefined {
  let k = from - 1;
  if (ctx.is(k, '-') && ctx.lower(k - 1) === 'mid') k -= 2;
  else if (
    /^(early|late|mid|the|of)$/.test(ctx.lower(k)) &&
    lexicon.datePrepositions.has(ctx.lower(k - 1))
  )
    k--;
  if (ctx.is(k, ',')) return undefined;
  return lexicon.datePrepositions.get(ctx.lower(k)) as DateRelation | undefined;
}

function addDate(
  ctx: ReadContext,
  from: number,
  to: number,
  date: { year?: number; month?: number; day?: number },
  rank: number = Rank.strong,
): void {
  const relation = dateRelation(ctx, from);
  ctx.add({ type: 'date', from, to, rank, value: { ...date, ...(relation && { relation }) } });
}

function findDates(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const m = monthAt(ctx, i);
    if (m) {
      // "March 24, 2025" / "March 24" / "March 2025"
      const day = dayAt(ctx, m.end);
      if (day !== null && !ctx.token(m.end)!.text.includes(':')) {
        let end = m.end + 1;
        const comma = ctx.is(end, ',') ? 1 : 0;
        const year = yearAt(ctx, end + comma);
        if (year !== null) end += comma + 1;
        addDate(ctx, i, end, { month: m.month, day, ...(year !== null && { year }) });
        i = end - 1;
        continue;
      }
      // "March 2025", "March, 2025", "March of 2025".
      const comma = ctx.is(m.end, ',') || ctx.lower(m.end) === 'of' ? 1 : 0;
      const year = yearAt(ctx, m.end + comma);
      if (year !== null) {
        addDate(ctx, i, m.end + comma + 1, { month: m.month, year });
        i = m.end + comma;
        continue;
      }
      // "in March", "by early May", "mid-November": a bare month needs a preposition (not "March forward", "May").
      if (dateRelation(ctx, i)) addDate(ctx, i, m.end, { month: m.month });
      continue;
    }
    // "the twenty-fourth of March", "the first of May 2025": a day in words only with "the" before and "of" and a month after.
    const spelled = ctx.lower(i - 1) === 'the' ? spelledDayAt(ctx, i) : null;
    if (spelled && ctx.lower(spelled.end) === 'of') {
      const dm = monthAt(ctx, spelled.end + 1);
      if (dm) {
        const year = yearAt(ctx, dm.end);
        const end = year !== null ? dm.end + 1 : dm.end;
        addDate(ctx, i, end, { month: dm.month, day: spelled.day, ...(year !== null && { year }) });
        i = end - 1;
        continue;
      }
    }
    // "Tuesday the fifteenth", "on Monday, the first": a day in words right after a weekday, with no noun it could number.
    if (spelled && lexicon.weekdays.includes(ctx.lower(ctx.is(i - 2, ',') ? i - 3 : i - 2))) {
      const next = ctx.token(spelled.end);
      if (!next || !next.word || lexicon.countNounStops.has(next.lower)) {
        addDate(ctx, i, spelled.end, { day: spelled.day }, Rank.pattern);
        i = spelled.end - 1;
        continue;
      }
    }
    // "24 March 2025", "24th of March"
    const day = dayAt(ctx, i);
    if (day !== null) {
      let k = i + 1;
      if (ctx.lower(k) === 'of') k++;
      const dm = monthAt(ctx, k);
      if (dm) {
        const year = yearAt(ctx, dm.end);
        const end = year !== null ? dm.end + 1 : dm.end;
        addDate(ctx, i, end, { month: dm.month, day, ...(year !== null && { year }) });
        i = end - 1;
        continue;
      }
      // "the 24th" (an ordinal with nothing after it that it could number)
      if (/(st|nd|rd|th)$/.test(ctx.lower(i)) && ctx.lower(i - 1) === 'the') {
        const next = ctx.token(i + 1);
        if (!next || !next.word || lexicon.countNounStops.has(next.lower))
          addDate(ctx, i, i + 1, { day }, Rank.pattern);
      }
    }
    // "in 2019", "since 2011" (a relative time), not "the 2024 election"
    const year = yearAt(ctx, i);
    if (year !== null) {
      const w = ctx.lower(i - 1);
      const next = ctx.token(i + 1);
      const nounAfter =
        next !== undefined &&
        next.word &&
        !next.cap &&
        !lexicon.countNounStops.has(next.lower) &&
        !lexicon.functionWords.has(next.lower);
      if (nounAfter) continue;
      if (w === 'since')
        ctx.add({
          type: 'relative-time',
          from: i - 1,
          to: i + 1,
          rank: Rank.strong,
          value: { kind: 'since-year', amount: year },
        });
      else if (dateRelation(ctx, i)) addDate(ctx, i, i + 1, { year }, Rank.pattern);
    }
  }
}

/**
 * A weekday's abbreviation with its dot is a weekday only before a date ("Tue., Nov. 15", "Thurs. 17 November"):
 * alone, "Sun." or "Wed." may be a paper's name or a verb, and so may one after a capitalised word or "the".
 */
function abbreviatedWeekday(ctx: ReadContext, i: number): number | undefined {
  const t = ctx.token(i);
  const day = t?.cap ? lexicon.weekdayAbbreviations.get(t.lower) : undefined;
  if (day === undefined || !ctx.dotAfter(i)) return undefined;
  // "the Baltimore Sun. June 11 …": a name's last word, not a day.
  const before = ctx.token(i - 1);
  if (before?.word && (before.cap || before.lower === 'the')) return undefined;
  const j = ctx.is(i + 2, ',') ? i + 3 : i + 2;
  const dated =
    monthAt(ctx, j) !== null || (ORDINAL_DAY.test(ctx.lower(j)) && monthAt(ctx, j + 1) !== null);
  return dated ? day : undefined;
}

/** "our Saturday regulars", "my Monday class": a weekday between the writer's own possessive and a noun is a habit of theirs, not a day of the story. */
const WRITERS = new Set(['our', 'my', 'your']);
/** Before the possessive, a preposition puts the thing in that habit's time ("during my Tuesday shift"): still a day. */
const IN_TIME = new Set([
  'during',
  'on',
  'at',
  'in',
  'after',
  'before',
  'by',
  'until',
  'through',
  'over',
]);
const habitual = (ctx: ReadContext, i: number): boolean =>
  WRITERS.has(ctx.lower(i - 1)) &&
  !IN_TIME.has(ctx.lower(i - 2)) &&
  !!ctx.token(i + 1)?.word &&
  !ctx.token(i + 1)!.cap;

function findWeekdays(ctx: ReadContext): void {
  ctx.tokens.forEach((t, i) => {
    const day = lexicon.weekdays.indexOf(t.lower);
    if (day >= 0 && t.cap && !habitual(ctx, i))
      ctx.add({ type: 'weekday', from: i, to: i + 1, rank: Rank.strong, value: { day } });
    const short = abbreviatedWeekday(ctx, i);
    if (short !== undefined)
      ctx.add({ type: 'weekday', from: i, to: i + 2, rank: Rank.strong, value: { day: short } });
  });
}

const UNIT_KIND: Record<string, Record<string, RelativeTimeKind>> = {
  days: { later: 'days-later', before: 'days-before', ago: 'days-ago' },
  weeks: { later: 'weeks-later', before: 'weeks-before', ago: 'weeks-ago' },
  months: { later: 'months-later', before: 'months-before', ago: 'months-ago' },
  years: { later: 'years-later', before: 'years-before', ago: 'years-ago' },
  hours: { later: 'hours-later', before: 'hours-before', ago: 'hours-ago' },
};

/** Words before "last <season>" or "this <season>" that make it no season counted from the page's date. */
const SEASON_BEFORE = new Set([
  'the',
  'a',
  'his',
  'her',
  'their',
  'its',
  'my',
  'our',
  'your',
  'one',
  'since',
  'until',
  'till',
  'by',
  'before',
  'after',
  'through',
  'every',
  'each',
  'than',
]);

const SEASON_KINDS = new Set<RelativeTimeKind>(['last-season', 'this-season']);

/** Words that stress a count of time without changing it ("a full week", "two whole days"). */
const FULL_UNIT = new Set(['full', 'whole']);

/** Kinds counted back from the page that a phrase may give with no count ("days ago"). */
const UNCOUNTED_AGO = new Set<RelativeTimeKind>(['days-ago', 'weeks-ago', 'months-ago']);

/** Whether a count stands right before `i` ("100 days ago" the number reader left, "hundreds of days"); "a couple of" and "a few" are no count. */
function countBefore(ctx: ReadContext, i: number): boolean {
  const prev = ctx.lower(i - 1);
  if (prev === 'of') return ctx.lower(i - 2) !== 'couple';
  return /\d/.test(prev) || numberAt(ctx, i - 1) !== null;
}

function findRelativeTimes(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const phrase = lexicon.relativeTimes.matchAt(ctx.tokens, i);
    // "her last fall on the ice", "the last winter of the war", "since last spring": a noun's, an ordinal or a bound, not a season counted from now.
    if (
      phrase &&
      SEASON_KINDS.has((phrase.value as RelativeTimeValue).kind) &&
      SEASON_BEFORE.has(ctx.tokens[i - 1]?.lower ?? '')
    ) {
      i = phrase.end - 1;
      continue;
    }
    // "days ago" with no count ("only days ago", "a few weeks ago"): not after a count the reader did not take ("hundreds of days ago").
    if (
      phrase &&
      UNCOUNTED_AGO.has((phrase.value as RelativeTimeValue).kind) &&
      (phrase.value as RelativeTimeValue).amount === undefined &&
      countBefore(ctx, i)
    ) {
      i = phrase.end - 1;
      continue;
    }
    // "a month to the day after": the count before it says how long after; "the day after" is no day later here.
    if (phrase && ctx.lower(i - 1) === 'to' && lexicon.timeUnits.has(ctx.lower(i - 2))) {
      i = phrase.end - 1;
      continue;
    }
    // "half a week later": half of the phrase's one, read (or left) by the count below.
    if (
      phrase &&
      !(ctx.lower(i - 1) === 'half' && (ctx.lower(i) === 'a' || ctx.lower(i) === 'an'))
    ) {
      ctx.add({
        type: 'relative-time',
        from: i,
        to: phrase.end,
        rank: Rank.pattern,
        value: phrase.value as RelativeTimeValue,
      });
      i = phrase.end - 1;
      continue;
    }
    // "two days later", "about five weeks after", "a week before", "three years ago"
    // "an hour later" is one; "half an hour later" half of one, the phrase opening on "half".
    const article = ctx.lower(i) === 'a' || ctx.lower(i) === 'an';
    const half = article && ctx.lower(i - 1) === 'half';
    const num =
      numberAt(ctx, i) ??
      (article || ctx.lower(i) === 'one'
        ? { value: half ? 0.5 : 1, end: i + 1, digits: false }
        : null);
    if (!num) continue;
    const start = half ? i - 1 : i;
    // "a full week before", "two whole days after": an intensifier between the count and its unit changes nothing.
    const at = FULL_UNIT.has(ctx.lower(num.end)) ? num.end + 1 : num.end;
    const unit = lexicon.timeUnits.get(ctx.lower(at));
    // "a month to the day after", "a year to the day before": the unit's count, to the day.
    const toTheDay =
      ctx.lower(at + 1) === 'to' && ctx.lower(at + 2) === 'the' && ctx.lower(at + 3) === 'day'
        ? 3
        : 0;
    // "five weeks and a day after": the tail of a count of two units is read with its head (below), not alone.
    if (ctx.lower(start - 1) === 'and' && lexicon.timeUnits.get(ctx.lower(start - 2))) continue;
    const direction = lexicon.timeUnitDirections.get(ctx.lower(at + 1 + toTheDay));
    // "five weeks and a day after", "two days and a half later" left unread: weeks and days are counted together, in
    // days; other pairs (months and days, of no fixed length) are left unread.
    if (unit && !direction && ctx.lower(at + 1) === 'and') {
      const tail = compoundTail(ctx, at + 2);
      const kind = tail && UNIT_KIND.days?.[tail.direction];
      if (tail && kind && (unit === 'weeks' || unit === 'days') && tail.unit === 'days') {
        ctx.add({
          type: 'relative-time',
          from: start,
          to: tail.end,
          rank: Rank.strong,
          value: { kind, amount: (unit === 'weeks' ? num.value * 7 : num.value) + tail.amount },
        });
        i = tail.end - 1;
      }
      continue;
    }
    if (!unit || !direction) continue;
    const kind = UNIT_KIND[unit]?.[direction];
    // Half of a longer unit ("half a week later") is no whole count of it: left unread.
    if (!kind || (half && unit !== 'hours')) continue;
    const hedge = lexicon.countModifiers.matchEndingAt(ctx.tokens, start, 2);
    const approximate = hedge !== null && hedge.value === 'about';
    // "for about a month before they got their cars back": how long, up to a time, read as a duration, not an offset.
    if (direction !== 'ago' && ctx.lower((hedge?.start ?? start) - 1) === 'for') continue;
    // "a week ago today": counted back from the page's day, which "today" only names; "a week ago yesterday" is a day more.
    const from = direction === 'ago' ? ctx.lower(at + 2) : '';
    if (from === 'today' || from === 'tonight') {
      ctx.add({
        type: 'relative-time',
        from: start,
        to: at + 3,
        rank: Rank.strong,
        value: { kind, amount: num.value, ...(approximate && { approximate }) },
      });
      i = at + 2;
      continue;
    }
    if (from === 'yesterday') {
      const days = unit === 'days' ? num.value + 1 : unit === 'weeks' ? num.value * 7 + 1 : null;
      if (days !== null)
        ctx.add({
          type: 'relative-time',
          from: start,
          to: at + 3,
          rank: Rank.strong,
          value: { kind: 'days-ago', amount: days, ...(approximate && { approximate }) },
        });
      i = at + 2;
      continue;
    }
    ctx.add({
      type: 'relative-time',
      from: start,
      to: at + 2 + toTheDay,
      rank: Rank.strong,
      value: {
        kind,
        amount: num.value,
        ...(approximate && { approximate }),
        ...(toTheDay > 0 && { exact: true as const }),
      },
    });
    i = at + 1 + toTheDay;
  }
}

/** "a day after", "two days later" at token `i` (the tail of "five weeks and a day after"): its count, unit, direction and end. */
function compoundTail(
  ctx: ReadContext,
  i: number,
): { amount: number; unit: string; direction: string; end: number } | null {
  const article = ctx.lower(i) === 'a' || ctx.lower(i) === 'an';
  const num =
    numberAt(ctx, i) ?? (article || ctx.lower(i) === 'one' ? { value: 1, end: i + 1 } : null);
  if (!num) return null;
  const unit = lexicon.timeUnits.get(ctx.lower(num.end));
  const direction = lexicon.timeUnitDirections.get(ctx.lower(num.end + 1));
  return unit && direction ? { amount: num.value, unit, direction, end: num.end + 2 } : null;
}

/** "shortly after", "about", "by" before a time starting at `from`. */
function timeRelation(ctx: ReadContext, from: number): TimeRelation {
  let k = from - 1;
  const w = ctx.lower(k);
  const r = lexicon.timeRelations.get(w);
  if (r) return r as TimeRelation;
  if (w === 'just' || w === 'shortly' || w === 'right') k--;
  return (lexicon.timeRelations.get(ctx.lower(k)) as TimeRelation | undefined) ?? 'at';
}

/** "p.m.", "pm", "P.M.", "a.m." at token i: 'am' / 'pm' and the end. */
function meridiemAt(ctx: ReadContext, i: number): { pm: boolean; end: number } | null {
  const w = ctx.lower(i);
  if (w === 'am' || w === 'pm')
    return { pm: w === 'pm', end: ctx.dotAfter(i) && ctx.lower(i + 2) === '' ? i + 2 : i + 1 };
  if (
    (w === 'a' || w === 'p') &&
    ctx.is(i + 1, '.') &&
    ctx.lower(i + 2) === 'm' &&
    !ctx.token(i + 2)!.spaceBefore
  ) {
    return {
      pm: w === 'p',
      end: ctx.is(i + 3, '.') && !ctx.token(i + 3)!.spaceBefore ? i + 4 : i + 3,
    };
  }
  return null;
}

function clockMinutes(hour: number, minute: number, pm: boolean | null): number | null {
  if (minute > 59) return null;
  if (pm === null) return hour <= 23 ? hour * 60 + minute : null;
  if (hour < 1 || hour > 12) return null;
  return ((hour % 12) + (pm ? 12 : 0)) * 60 + minute;
}

function findTimesOfDay(ctx: ReadContext): void {
  const n = ctx.tokens.length;
  for (let i = 0; i < n; i++) {
    const t = ctx.token(i)!;
    const w = t.lower;
    // "6pm", "5:30pm"
    const joined = CLOCK_SUFFIX.exec(w);
    if (joined) {
      const minutes = clockMinutes(Number(joined[1]), Number(joined[2] ?? 0), joined[3] === 'pm');
      if (minutes !== null)
        ctx.add({
          type: 'time-of-day',
          from: i,
          to: i + 1,
          rank: Rank.strong,
          value: { minutes, relation: timeRelation(ctx, i) },
        });
      continue;
    }
    const clock = t.digits ? CLOCK.exec(t.text) : null;
    if (clock) {
      const mer = meridiemAt(ctx, i + 1);
      const hasMinutes = clock[2] !== undefined;
      const oclock = ctx.lower(i + 1) === 'o' && ctx.is(i + 2, "'") && ctx.lower(i + 3) === 'clock';
      // A bare "5:30" counts after "at"/"around"; a bare "6" only with a.m./p.m. or o'clock.
      if (mer || oclock || (hasMinutes && lexicon.timeRelations.has(ctx.lower(i - 1)))) {
        const minutes = clockMinutes(Number(clock[1]), Number(clock[2] ?? 0), mer ? mer.pm : null);
        const end = mer ? mer.end : oclock ? i + 4 : i + 1;
        const ambiguous = !mer && Number(clock[1]) >= 1 && Number(clock[1]) <= 12;
        if (minutes !== null)
          ctx.add({
            type: 'time-of-day',
            from: i,
            to: end,
            rank: Rank.strong,
            value: { minutes, relation: timeRelation(ctx, i), ...(ambiguous ? { ambiguous } : {}) },
          });
        i = end - 1;
      }
      continue;
    }
    const named = lexicon.namedTimes.get(w);
    if (named !== undefined) {
      ctx.add({
        type: 'time-of-day',
        from: i,
        to: i + 1,
        rank: Rank.strong,
        value: { minutes: named, relation: timeRelation(ctx, i) },
      });
      continue;
    }
    // "that evening", "Monday night", "in the morning", "the evening of Monday"
    const part = lexicon.dayParts.get(w) as DayPart | undefined;
    if (part && !t.cap) {
      const prev = ctx.lower(i - 1);
      const afterWeekday = lexicon.weekdays.includes(prev);
      const led = lexicon.dayPartLeads.has(prev);
      const ofWeekday = ctx.lower(i + 1) === 'of' && lexicon.weekdays.includes(ctx.lower(i + 2));
      if (afterWeekday || led || ofWeekday)
        ctx.add({
          type: 'time-of-day',
          from: i,
          to: i + 1,
          rank: Rank.pattern,
          value: {
            part,
            relation: timeRelation(ctx, prev === 'the' || prev === 'that' ? i - 1 : i),
          },
        });
    }
  }
}

export function findTime(ctx: ReadContext): void {
  findWeekdays(ctx);
  findDates(ctx);
  findRelativeTimes(ctx);
  findTimesOfDay(ctx);
  findClockWords(ctx);
}
