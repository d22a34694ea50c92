/**
 * An outlet that no longer existed: a clause that has an outlet print, run,
 * publish, report, carry or air something of the story, or someone speak to
 * it, when the world says the outlet closed (`closed`, its last day) before
 * every event of the story. Nothing here knows a story.
 *
 * The line (zero false alarms first):
 * - Judged only for an outlet of the world with a closing day, named outside
 *   quotes, credited by the reader as a source or as whom someone spoke to,
 *   or said to have printed a statement (statement-print.ts), and only when
 *   the story's first recorded event comes after the closing day.
 * - Left alone: a sentence that tells of the past (a year or decade no later
 *   than the closing, "once", "former", "the late", "defunct", "closed",
 *   "archives"), a comparison ("like the X"), and any outlet without a
 *   closing day.
 */
import { MONTH_NAMES } from '../../shared/month-names.ts';
import type { Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import { saysPrinted } from './statement-print.ts';
import type { StoryRecord } from './story-record.ts';
import { perRecord } from './per-record.ts';

/** Words that put the outlet in the past, or speak of its end: the clause may be about its own years. */
const PAST =
  /\b(?:once|former|formerly|the late|defunct|closed|closing|shuttered|folded|ceased|died|last edition|archives?|back when|in its day|used to|had been|now-?defunct|late)\b/i;

function dayText(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return `${d} ${MONTH_NAMES[m - 1]} ${y}`;
}

/** The first day of the story's recorded events (YYYY-MM-DD prefix order), or undefined when none is dated. */
const firstEventDay = perRecord(
  (record): string | undefined =>
    record.events
      .map((e) => e.event.date)
      .filter((d): d is string => typeof d === 'string' && /^\d{4}/.test(d))
      .sort()[0],
);

/** The conflicts of a sentence's outlets that had closed before the story's events. */
export function closedOutletResults(
  sentence: string,
  mentions: readonly Mention[],
  record: StoryRecord,
  inQuote: (m: Mention) => boolean,
): { mention: Mention; r: Exclude<ValueResult, { status: 'agrees' }> }[] {
  const out: { mention: Mention; r: Exclude<ValueResult, { status: 'agrees' }> }[] = [];
  const first = firstEventDay(record);
  if (!first || PAST.test(sentence)) return out;
  for (const m of mentions) {
    if (m.type !== 'outlet' || inQuote(m)) continue;
    const ids = [
      m.value.id,
      ...record.gazetteer
        .lookup(m.value.name.replace(/^the\s+/i, ''))
        .filter((g) => g.kind === 'outlet')
        .map((g) => g.id),
    ];
    const outlet = ids
      .map((id) => (id?.startsWith('w:') ? record.world?.outlet(id.slice(2)) : undefined))
      .find((o) => o?.closed);
    if (!outlet?.closed || first.slice(0, outlet.closed.length) <= outlet.closed) continue;
    // A year no later than its closing: the sentence may tell of the outlet's own years.
    const closedYear = Number(outlet.closed.slice(0, 4));
    if ([...sentence.matchAll(/\b(1[89]\d\d|20\d\d)s?\b/g)].some((y) => Number(y[1]) <= closedYear))
      continue;
    if (
      /\b(?:like|unlike|as)\s+(?:the\s+)?$/i.test(
        sentence.slice(Math.max(0, m.start - 12), m.start),
      )
    )
      continue;
    if (m.value.role === undefined && !saysPrinted(sentence, m)) continue;
    out.push({
      mention: m,
      r: {
        status: 'conflict',
        comparison: {
          slot: 'outlet',
          page: m.text,
          record: `${outlet.name}: closed ${dayText(outlet.closed)}`,
        },
        explanation: `${outlet.name} closed on ${dayText(outlet.closed)}, before these events (from ${first.length === 10 ? dayText(first) : first.length === 7 ? `${MONTH_NAMES[Number(first.slice(5, 7)) - 1]} ${first.slice(0, 4)}` : first}): it cannot have reported them.`,
      },
    });
  }
  return out;
}
