/**
 * How long something lasted ("a two-day training course", "after roughly
 * three hours", "for more than twenty years") against the duration the linked
 * events record. Both sides are put in minutes, so another unit is compared by
 * what it means ("two days" is not "two hours"). The record's duration is taken
 * a quarter wider either way and a hedged page value a fifth wider: a
 * duration is rarely exact. Wrong only when every linked event records a
 * duration and the page's fits none; no recorded duration → nothing. A
 * duration of part of the event (its `of` words: the training session within
 * the discipline) is compared only when one of those words stands near the
 * page's duration, and then whatever the other linked events record.
 */
import { foldText } from '../normalize.ts';
import type { Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { lexicon } from '../read/lexicon.ts';
import type { StoryEvent } from '../../pack/schema.ts';
import type { IndexedEvent } from './story-record.ts';
import { agrees, result, type CompareContext, type ValueResult } from './value-result.ts';
import { listNames, showRange } from './record-values.ts';
import { MEETING_IDIOM } from './visit-meeting.ts';
import { HEDGE_SLACK, MINUTES, RECORD_SLACK } from './duration-scale.ts';

/** How far (in characters) either side of the page's duration a word of what lasted may stand. */
const NEAR = 50;

/** An event's recorded durations: its `duration` and those of other parts (`durations`). */
const durationsOf = (e: StoryEvent) => [
  ...(e.duration ? [e.duration] : []),
  ...(e.durations ?? []),
];

/** The words naming what lasted, with the other words of their kind (lexicon `durationKinds`: a session is also a class). */
function ofWords(of: readonly string[]): string[] {
  const words = new Set(of.map(foldText));
  for (const kind of lexicon.durationKinds)
    if (kind.some((w) => words.has(w))) kind.forEach((w) => words.add(w));
  return [...words];
}

/**
 * The linked events on the day the clause names ("on April 29, she … spent three hours in a meeting"): another linked
 * event on another day (an earlier meeting of hers) did not last what this clause times. All of them when the clause
 * names no month and day, or none is on it.
 */
function onClauseDay(ctx: CompareContext): readonly IndexedEvent[] {
  const days = ctx.mentions.flatMap((m) =>
    m.type === 'date' &&
    !m.negated &&
    (m.value.relation ?? 'on') === 'on' &&
    m.value.month !== undefined &&
    m.value.day !== undefined
      ? [m.value]
      : [],
  );
  if (!days.length || ctx.events.length < 2) return ctx.events;
  const pad = (n: number) => String(n).padStart(2, '0');
  const on = ctx.events.filter((e) =>
    days.some(
      (d) =>
        e.event.date.slice(5, 10) === `${pad(d.month!)}-${pad(d.day!)}` &&
        (d.year === undefined || e.event.date.startsWith(String(d.year))),
    ),
  );
  return on.length ? on : ctx.events;
}

/** Whether a recorded duration's note has it spent awaiting the thing the word names ("pending retraining"). */
function awaited(note: string | undefined, word: string): boolean {
  return (
    !!note &&
    new RegExp(
      `\\b(?:pending|awaiting|until|ahead\\s+of)\\s+(?:the\\s+|a\\s+|an\\s+)?${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`,
      'i',
    ).test(foldText(note))
  );
}

export function compareDuration(
  ctx: CompareContext,
  m: Mention & { type: 'duration' },
): ValueResult | null {
  // The words around the page's duration ("those policies had been in place for …", "a two-hour training session").
  // Set off by a comma as a short phrase ("the rules his officers follow, developed over the last five years,"): what
  // lasted is the noun phrase before the comma, which may stand further off.
  const lead = /,\s*((?:[\p{L}'’-]+\s+){1,4})$/u.exec(
    ctx.sentence.slice(Math.max(0, m.start - 40), m.start),
  );
  const comma = lead ? m.start - lead[0].length : -1;
  const near = foldText(
    ctx.sentence.slice(
      Math.max(0, (comma === -1 ? m.start : comma) - (comma === -1 ? NEAR : 2 * NEAR)),
      m.end + NEAR,
    ),
  );
  const named = (d: { of?: string[] }) =>
    !!d.of &&
    (ofWords(d.of).some((w) => findTerm(near, w) !== -1) ||
      (d.of.includes('meeting') && MEETING_IDIOM.test(near)));
  const events = onClauseDay(ctx);
  const perEvent = events.map((e) => durationsOf(e.event).filter((d) => !d.of || named(d)));
  // A part of an event named by its own words next to the duration ("a two-day retraining course"): that part lasted it,
  // whatever the other linked events record.
  // Not when another linked event, which records no such duration, is itself of that kind (another meeting of hers).
  const partWords = new Set(
    perEvent
      .flat()
      .filter(named)
      .flatMap((d) => ofWords(d.of ?? [])),
  );
  const sameKind = events.some(
    (e, i) =>
      !perEvent[i]!.some(named) &&
      [...e.event.words, ...(e.event.outcomes ?? []).map((o) => o.kind)].some((w) =>
        partWords.has(foldText(w)),
      ),
  );
  const named0 = sameKind ? [] : perEvent.flat().filter(named);
  // Of parts named, those named by a word of their own ("course": the session), not one they share ("retraining": the
  // session and the time off pending it), when there are such.
  const hits = (d: { of?: string[] }) =>
    ofWords(d.of ?? []).filter((w) => findTerm(near, w) !== -1);
  const own = named0.filter((d) =>
    hits(d).some(
      (w) =>
        !named0.some(
          (o) => (o.of ?? []).join() !== (d.of ?? []).join() && ofWords(o.of ?? []).includes(w),
        ),
    ),
  );
  const named1 = own.length ? own : named0;
  // "A day of retraining" measures the retraining itself: not a time spent awaiting it ("48 hours pending retraining").
  const itself = / of /.test(m.text)
    ? named1.filter((d) => !hits(d).some((w) => awaited(d.note, w)))
    : named1;
  const parts = itself.length ? itself : named1;
  const recorded = parts.length ? parts : perEvent.flat();
  if (!recorded.length || (!parts.length && perEvent.some((ds) => !ds.length))) return null;
  const per = MINUTES[m.value.unit];
  const hedge = m.value.approximate ? HEDGE_SLACK : 1;
  const lo = (m.value.min * per) / hedge;
  const hi = m.value.max === undefined ? Infinity : m.value.max * per * hedge;
  const fits = recorded.some(
    (d) =>
      lo <= d.max * MINUTES[d.unit] * RECORD_SLACK &&
      hi >= (d.min * MINUTES[d.unit]) / RECORD_SLACK,
  );
  if (fits) return agrees;
  const shown = listNames(recorded.map((d) => d.note ?? `${showRange(d.min, d.max)} ${d.unit}`));
  return result('conflict', 'duration', m.text, shown, `The record gives ${shown}, not ${m.text}.`);
}
