/**
 * What comparing one sentence has found so far (compare-sentence.ts): each result that is no agreement, with the
 * events and the mention it is of; how many values were compared; and the events the sentence was linked to.
 */
import type { Mention } from '../read/types.ts';
import type { IndexedEvent } from './story-record.ts';
import type { Comparison, ValueResult } from './value-result.ts';
import { showDate } from './record-values.ts';
import { mayLieInWindow, mentionMayLieInWindow } from './date-window.ts';

/** A result that is no agreement. */
export type Found = Exclude<ValueResult, { status: 'agrees' }>;

/** One result: what was found (null: a mention compared and left unjudged), for which events, of which mention. */
export interface TalliedResult {
  r: Found | null;
  events: IndexedEvent[];
  /** A conflict that rests on the calendar alone. */
  calendar?: true;
  mention?: Mention;
}

/** A comparer's conflict: the two values and why they differ. */
interface Conflict {
  comparison: Comparison;
  explanation: string;
}

/** Slots of the day an event happened on. */
const DAY_SLOTS = new Set(['date', 'weekday']);

/**
 * A conflict over the day of events the record dates only within a window (pack `dateWindow`), when the page's day may
 * lie in every window: read from the date or weekday mention the result is of, else from the page's words. A result
 * whose day cannot be read (an offset the comparer counted, "a week after the inauguration") stands.
 */
function onEstimatedDay(r: Found, events: readonly IndexedEvent[], mention?: Mention): boolean {
  if (r.status !== 'conflict' || !DAY_SLOTS.has(r.comparison.slot) || !events.length) return false;
  if (!events.every((e) => e.event.dateWindow)) return false;
  return events.every(({ event }) => {
    const window = event.dateWindow as [string, string];
    const fromMention = mention ? mentionMayLieInWindow(mention, window) : undefined;
    return (fromMention ?? mayLieInWindow(r.comparison.page, window)) === true;
  });
}

/** The conflict told as what the record cannot settle: it names the likeliest date, and no day. */
function estimatedDay(r: Found, events: readonly IndexedEvent[]): Found {
  const likeliest = [...new Set(events.map((e) => showDate(e.event.date)))].join(' or ');
  return {
    status: 'unconfirmed',
    comparison: r.comparison,
    explanation: `The record does not establish the day: most likely ${likeliest}, so \u201C${r.comparison.page}\u201D can be neither confirmed nor ruled out.`,
  };
}

export class Tally {
  readonly results: TalliedResult[] = [];
  /** How many values were compared (agreeing ones too). */
  compared = 0;
  /** The ids of the events the sentence was linked to. */
  readonly linkedIds = new Set<string>();

  /** Records a result; a day or weekday against events the record dates only as likely is unconfirmed, no conflict. */
  add(r: Found | null, events: IndexedEvent[] = [], mention?: Mention): void {
    this.results.push({
      r: r && onEstimatedDay(r, events, mention) ? estimatedDay(r, events) : r,
      events,
      mention,
    });
  }

  /** Records a comparer's conflict (always a conflict, whatever status the object carries). */
  conflict(c: Conflict, events: IndexedEvent[] = [], mention?: Mention): void {
    this.add(
      { status: 'conflict', comparison: c.comparison, explanation: c.explanation },
      events,
      mention,
    );
  }

  /** A weekday the written date did not fall on: a conflict that rests on the calendar alone, of no event. */
  calendarConflict(c: Conflict): void {
    this.results.push({
      r: { status: 'conflict', comparison: c.comparison, explanation: c.explanation },
      events: [],
      calendar: true,
    });
  }

  /** Records a comparer's result with its own status. */
  found(
    c: Conflict & { status: Found['status'] },
    events: IndexedEvent[] = [],
    mention?: Mention,
  ): void {
    this.add(
      { status: c.status, comparison: c.comparison, explanation: c.explanation },
      events,
      mention,
    );
  }

  /** Counts one compared value, and records it unless it agrees. */
  count(r: ValueResult, events: IndexedEvent[] = [], mention?: Mention): void {
    this.compared++;
    if (r.status !== 'agrees') this.add(r, events, mention);
  }

  /** Links the sentence to these events. */
  link(events: readonly IndexedEvent[]): void {
    for (const e of events) this.linkedIds.add(e.event.id);
  }
}
