/**
 * The whole story named as one thing, with a time: "All of this unfolded in November 2017", "The whole episode
 * played out in the spring of 2019". The words mean the story's central events (recognition `events`), so a date
 * whose span meets none of the days from the first of them to the last is a conflict. "All of this" may also point
 * back at what the page just told, so a date that meets any recorded event (older history included) is left alone.
 * Only when the generic words are the clause's subject, right before a verb of happening, and the date follows that
 * verb as its time ("in", "on", "during"); never with words that make it another time ("again", "after", "since";
 * "began" is not a verb of happening here: a beginning may lie in older history).
 */
import type { Clause, Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import { partialDate, dayRange, showDate } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';
import { perRecord } from './per-record.ts';

/** "All of this", "it all", "the whole episode", "these events": the story as one thing, as a clause's subject. */
const WHOLE = String.raw`(?:all\s+(?:of\s+)?(?:this|that|it)|it\s+all|this\s+all|the\s+(?:whole|entire)\s+(?:episode|affair|saga|story|controversy|dispute|business|thing|matter)|these\s+events|those\s+events)`;
/** A verb that places the whole in time (not "began": a beginning may lie in older history). */
const HAPPENED = String.raw`(?:happened|unfolded|took\s+place|played\s+out|occurred|went\s+down|transpired)`;
const SUBJECT = new RegExp(
  String.raw`^\s*(?:and\s+|but\s+|so\s+|yet\s+)?${WHOLE}\s+(?:\p{L}+ly\s+)?${HAPPENED}\b`,
  'iu',
);
/** Between the verb and the date: its time, at once ("in", "back in", "on", "during", "over"). */
const TIME_BEFORE =
  /\b(?:in|on|during|over|back\s+in|throughout)\s+(?:the\s+(?:spring|summer|autumn|fall|winter|course)\s+of\s+|(?:early|mid|late)[\s-]+)?$/i;
/** Words that make the time another one than the story's own. */
const OTHER_TIME =
  /\b(?:again|also|too|before|after|since|until|earlier|later|previously|once\s+more|anniversary|years?\s+(?:ago|earlier|later))\b/i;

/** A word that makes the clause up to the date a wish, a guess or a condition, not a statement. */
const MODAL =
  /\b(?:if|unless|whether|should|would|could|might|may|must|will|shall|can|perhaps|maybe|probably|possibly)\b/i;

/** The first and last day of the story's central events. */
const storySpan = perRecord((record): readonly [number, number] | null => {
  if (!record.central.length) return null;
  const ranges = record.central.map((e) => dayRange(e.event.date));
  return [Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))];
});

const meets = (a: readonly [number, number], b: readonly [number, number]) =>
  a[0] <= b[1] && a[1] >= b[0];

const dayText = (day: number) => showDate(new Date(day * 86_400_000).toISOString().slice(0, 10));

/** A conflict for each date of a clause that places the whole story in a time its central events never meet. */
export function wholeStoryResults(
  sentence: string,
  clause: Clause,
  record: StoryRecord,
): Exclude<ValueResult, { status: 'agrees' }>[] {
  if (clause.negated) return [];
  const text = sentence.slice(clause.start, clause.end);
  const subject = SUBJECT.exec(text);
  if (!subject || OTHER_TIME.test(text)) return [];
  const span = storySpan(record);
  if (!span) return [];
  const verbEnd = clause.start + subject.index + subject[0].length;
  const out: Exclude<ValueResult, { status: 'agrees' }>[] = [];
  for (const m of clause.mentions) {
    if (
      m.type !== 'date' ||
      m.negated ||
      m.start < verbEnd ||
      !TIME_BEFORE.test(sentence.slice(verbEnd, m.start))
    )
      continue;
    if (
      sentence.slice(verbEnd, m.start).length > 40 ||
      MODAL.test(sentence.slice(clause.start, m.start))
    )
      continue;
    const range = dateRange(m);
    if (!range || meets(range, span)) continue;
    // "All of this" may point back at what the page just told, older history included: a time of any recorded event may be that.
    if (record.events.some((e) => meets(range, dayRange(e.event.date)))) continue;
    const days =
      span[0] === span[1] ? dayText(span[0]) : `${dayText(span[0])} to ${dayText(span[1])}`;
    out.push({
      status: 'conflict',
      comparison: { slot: 'date', page: m.text, record: days },
      explanation: `The record has the story's events ${span[0] === span[1] ? 'on' : 'from'} ${days}, not ${m.text}.`,
    });
  }
  return out;
}

/** The days a date mention allows; null when it gives no year (then its year is the reader's guess). */
function dateRange(m: Mention & { type: 'date' }): readonly [number, number] | null {
  const { year, month, day } = m.value;
  if (year === undefined) return null;
  return dayRange(partialDate(year, month, day));
}
