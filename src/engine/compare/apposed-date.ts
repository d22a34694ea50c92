/**
 * A date set beside the name of one of the story's events, in brackets or between commas, as when it came to be:
 * "General Order 502 (a police rule that dates from 1986)", "the resolution, first adopted in 2019, …", "General
 * Order 502 (1986)". Whatever else the sentence is about (a press conference that spoke of the rule), the aside
 * dates the thing it follows, so its date is compared with that event's alone: another year or month is a conflict.
 * Only words of origin ("dates from", "dating back to", "issued / adopted / enacted / introduced / created / passed /
 * written in", "a rule from 1986") or a bare date filling the brackets; never an aside naming another event or a
 * person, nor one of change ("revised in", "updated in"). Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import type { Comparison } from './value-result.ts';
import { dayRange, partialDate, showDate } from './record-values.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** Words of coming to be, inside the aside, before its date. */
const ORIGIN =
  /\b(?:dates?|dating)\s+(?:back\s+)?(?:from|to)\b|\b(?:issued|adopted|enacted|introduced|created|passed|written|drafted|signed|put\s+in\s+place)\s+(?:back\s+)?(?:in|on)\b|^\s*(?:(?:a|an|the)\s+)?(?:[\p{L}'\u2019-]+\s+){0,3}(?:from|of)\s+(?=(?:\p{Lu}\p{Ll}+\s+)?\d{4}\b)/u;
/** An aside that is only a date ("(1986)", "(March 2017)"). */
const BARE_DATE = /^\s*(?:\p{Lu}\p{Ll}+\.?\s+)?(?:\d{1,2},?\s+)?\d{4}\s*$/u;
/** A year, perhaps after its month ("1986", "March 2017"). */
const DATE =
  /\b(?:(January|February|March|April|May|June|July|August|September|October|November|December)\s+)?((?:19|20)\d\d)\b(?![-\d])/g;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** A denial inside the aside. */
const DENIED = /\b(?:not|no|never|nobody|none|neither|nor)\b|n['\u2019]t\b/i;
/** Words of later change: the date is of a revision, not of the thing's start. */
const CHANGE =
  /\b(?:revised|updated|amended|changed|replaced|renewed|reaffirmed|expanded|strengthened|weakened|rewritten|reissued)\b/i;

export interface ApposedDateResult {
  comparison: Comparison;
  explanation: string;
  events: IndexedEvent[];
  mention: Mention;
}

/** The asides of a sentence: bracketed stretches, and stretches between commas that open on "a", "an", "the", "first" or "which". */
function asides(sentence: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of sentence.matchAll(/\(([^()]{2,120})\)/g))
    out.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  for (const m of sentence.matchAll(
    /,\s+((?:a|an|the|first|which|originally)\s[^,;()]{2,100}),/giu,
  ))
    out.push({ start: m.index + m[0].indexOf(m[1]!), end: m.index + m[0].length - 1 });
  return out;
}

export function apposedDateResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): ApposedDateResult[] {
  if (!/\d{4}/.test(sentence)) return [];
  const folded = foldText(sentence);
  const out: ApposedDateResult[] = [];
  for (const aside of asides(sentence)) {
    const text = sentence.slice(aside.start, aside.end);
    // Not an aside that denies ("which no one signed in May 2024"): it says when the thing did not come to be.
    if (!(ORIGIN.test(text) || BARE_DATE.test(text)) || CHANGE.test(text) || DENIED.test(text))
      continue;
    // The aside names no one: a person's year ("(a rule Smith signed in 2017)") may be of something else they did.
    if (
      clauses.some((c) =>
        c.mentions.some((m) => m.type === 'person' && m.start >= aside.start && m.end <= aside.end),
      )
    )
      continue;
    // What the aside follows: the words of one event ending right before the bracket or comma.
    const lead = folded.slice(0, aside.start).replace(/[\s(,]+$/, '');
    const named = record.events.filter((e) =>
      e.words.some(
        (w) =>
          lead.endsWith(w) && findTerm(lead, w, lead.length - w.length) === lead.length - w.length,
      ),
    );
    if (named.length !== 1) continue;
    const event = named[0]!;
    // The aside names no event of its own.
    const asideFolded = folded.slice(aside.start, aside.end);
    if (
      record.events.some((e) => e !== event && e.words.some((w) => findTerm(asideFolded, w) !== -1))
    )
      continue;
    const [from] = dayRange(event.event.date);
    const [, to] = dayRange(event.event.dateEnd ?? event.event.date);
    // Its dates, read here: a reader drops a year a dating verb gives a noun no event heads ("a police rule that dates from …").
    for (const d of text.matchAll(DATE)) {
      const month = d[1] ? MONTHS.indexOf(d[1].slice(0, 3).toLowerCase()) + 1 : undefined;
      const [a, b] = dayRange(partialDate(Number(d[2]), month));
      if (a <= to && b >= from) continue;
      const at = aside.start + d.index;
      const page = d[0];
      const shown = showDate(event.event.date);
      out.push({
        comparison: { slot: 'date', page, record: shown },
        explanation: `The aside dates what it follows (\u201C${event.event.label.replace(/\.$/, '')}\u201D) ${page}; the record dates it ${shown}.`,
        events: [event],
        mention: {
          type: 'date',
          start: at,
          end: at + page.length,
          text: page,
          negated: false,
          value: { year: Number(d[2]), ...(month ? { month } : {}), relation: 'in' },
        } as Mention,
      });
    }
  }
  return out;
}
