/**
 * The day a page gives a report that the record dates only to its month or year ("the Ledger's piece ran on
 * 10 June"): a report cannot have run before what it drew on. The record has whom the report credited (participant
 * role `credited`); each credited outlet's part in the story begins with the earliest event the record has that
 * outlet reporting or interviewing for, so the report came out no earlier than the latest of those beginnings. A day
 * before that is a conflict. A day or a weekday the record's month cannot settle is only unconfirmed, never agreement.
 * Only when every event the clause is about is such a report (an outlet reported it, no one spoke at it); a report
 * the record dates to the day is compared as any event is.
 */
import type { Mention } from '../read/types.ts';
import { result, type CompareContext, type ValueResult } from './value-result.ts';
import { dayRange, listNames, partialDate, showDate } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const FULL_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** A point word before the date ("days after the vote on …"): the date may be the point's, not the report's. */
const POINT_BEFORE = /\b(?:after|before|following|since|until|ahead\s+of|prior\s+to)\b/i;
/** Roles in which an outlet carried an event: what a report crediting that outlet may have drawn on. */
const CARRIED = new Set(['reported', 'interviewer', 'first-reported']);

/** A report the record dates only to its month or year: an outlet reported it, no one spoke at it. */
const vagueReport = (e: IndexedEvent) =>
  !FULL_DAY.test(e.event.date) &&
  !e.event.dateEnd &&
  e.participants.some((p) => p.role === 'reported') &&
  !e.participants.some((p) => p.role === 'spoke');

interface Floor {
  /** The first day the report can have run. */
  day: number;
  /** The credited outlet and its earliest event in the story. */
  outlet: string;
  first: IndexedEvent;
}

const floors = new WeakMap<IndexedEvent, Floor | null>();

/** The latest of the credited outlets' earliest dated events: the report ran on or after it (cached per report). */
function floorOf(record: StoryRecord, report: IndexedEvent): Floor | null {
  const known = floors.get(report);
  if (known !== undefined) return known;
  let floor: Floor | null = null;
  for (const outlet of report.credited ?? []) {
    const carried = record.events.filter(
      (e) =>
        e !== report &&
        FULL_DAY.test(e.event.date) &&
        e.participants.some((p) => CARRIED.has(p.role) && p.canon === outlet),
    );
    // An outlet the record never has carrying a dated event of the story says nothing of when the report ran.
    if (!carried.length) continue;
    const first = carried.reduce((a, b) =>
      dayRange(b.event.date)[0] < dayRange(a.event.date)[0] ? b : a,
    );
    const day = dayRange(first.event.date)[0];
    if (!floor || day > floor.day) floor = { day, outlet, first };
  }
  // A floor past the report's own recorded span is a record at odds with itself: nothing to hold the page to.
  if (floor && floor.day > dayRange(report.event.date)[1]) floor = null;
  floors.set(report, floor);
  return floor;
}

/** What the credited outlet carried first: the words of its speakers, or its own report. */
function carriedText(record: StoryRecord, floor: Floor): string {
  const outlet = record.nameOf(floor.outlet);
  const speakers = [
    ...new Set(
      floor.first.participants.filter((p) => p.role === 'spoke').map((p) => record.nameOf(p.canon)),
    ),
  ];
  const day = showDate(floor.first.event.date);
  return speakers.length
    ? `${outlet} for ${listNames(speakers)}'s words of ${day}`
    : `${outlet}, whose report the record dates ${day}`;
}

/** Who made the report: its reporting outlet (or writer) as the record names it. */
const reporterOf = (record: StoryRecord, report: IndexedEvent) =>
  record.nameOf(report.participants.find((p) => p.role === 'reported')!.canon);

/**
 * A conflict when the day `said` (a day number of dayRange) lies in the report's recorded month but before what the
 * report credits; null otherwise. `text`: the page's words for the day.
 */
export function earlyRun(
  record: StoryRecord,
  report: IndexedEvent,
  said: number,
  text: string,
): ValueResult | null {
  const [from, to] = dayRange(report.event.date);
  // Outside the report's month: the ordinary comparison says so.
  if (said < from || said > to) return null;
  const floor = floorOf(record, report);
  if (!floor || said >= floor.day) return null;
  const earliest = showDate(new Date(floor.day * 86_400_000).toISOString().slice(0, 10));
  return result(
    'conflict',
    'date',
    text,
    `on or after ${earliest} (the record dates the report ${showDate(report.event.date)})`,
    `${reporterOf(record, report)}'s report credits ${carriedText(record, floor)}, so it cannot have run on ${text}; the record dates the report only to ${showDate(report.event.date)}.`,
  );
}

/** The reports of an original source the record dates only to its month or year (the events it is the source of). */
export const reportsOf = (record: StoryRecord, source: string) =>
  record.events.filter((e) => vagueReport(e) && e.event.sources.includes(source));

/** The day a date names, in the year of `fallback` ("YYYY…") when it gives none. */
const dayOf = (v: { year?: number; month: number; day: number }, fallback: string) =>
  dayRange(partialDate(v.year ?? Number(fallback.slice(0, 4)), v.month, v.day))[0];

/** A date or weekday of a clause about a report the record dates only to its month or year; null when that is not so. */
export function reportRunDay(
  ctx: CompareContext,
  m: Mention & { type: 'date' | 'weekday' },
): ValueResult | null {
  if (!ctx.events.length || !ctx.events.every(vagueReport)) return null;
  const shown = listNames([...new Set(ctx.events.map((e) => showDate(e.event.date)))]);
  // A weekday: the record's month cannot say which day of the week it ran.
  if (m.type === 'weekday') return unsettledDay(ctx, m.text, shown);
  const { year, month, day } = m.value;
  if (day === undefined || month === undefined) return null;
  // "days after the vote on …": the date may be the point's, not the report's.
  if (!POINT_BEFORE.test(ctx.sentence.slice(0, m.start))) {
    for (const report of ctx.events) {
      const early = earlyRun(
        ctx.record,
        report,
        dayOf({ year, month, day }, report.event.date),
        m.text,
      );
      if (early) return early;
    }
  }
  // Within the report's month and after all it drew on: the record cannot settle the day.
  return ctx.events.some((e) => {
    const [from, to] = dayRange(e.event.date);
    const said = dayOf({ year, month, day }, e.event.date);
    return said >= from && said <= to;
  })
    ? unsettledDay(ctx, m.text, shown)
    : null;
}

/**
 * A day the record's month or year cannot settle: slot `report date`, which the judge shows as unverified even on a
 * sentence no claim matched ("Police1 first ran the piece on the 21st"): the page states as known what the record
 * does not know.
 */
function unsettledDay(ctx: CompareContext, text: string, shown: string): ValueResult {
  const reporters = listNames([...new Set(ctx.events.map((e) => reporterOf(ctx.record, e)))]);
  return result(
    'unconfirmed',
    REPORT_DATE,
    text,
    shown,
    `The record dates ${reporters}'s report only to ${shown}, so it cannot confirm ${text}.`,
  );
}

/** The slot of a day given to a report the record dates only to its month or year. */
export const REPORT_DATE = 'report date';
