/**
 * The story's original report named only as "the original" ("The original was first published in March 2017", "the
 * original article ran on November 18, 2016", "As far as I can tell, the original went up on …"): when it came out is held to the dates the record gives the story's
 * original reports (a month when the record knows only the month). Only when "the original" is the clause's subject
 * before a verb of coming out, the clause names no outlet or person (then the named outlet's report is meant and is
 * compared as such), and the page's date lies wholly apart from every original's recorded days, give or take a few days
 * for a day the record gives ("on or just before"); or a day within an original's month before what its report credits
 * (report-run-day.ts). Nothing here knows a story.
 */
import type { Clause, Mention } from '../read/types.ts';
import type { ValueResult } from './value-result.ts';
import { dayRange, listNames, showDate } from './record-values.ts';
import { earlyRun, reportsOf } from './report-run-day.ts';
import type { StoryRecord } from './story-record.ts';

/** "The original (article) was (first) published / ran / came out …". */
const ORIGINAL_CAME_OUT =
  /^\s*(?:[\p{L}'\u2019]+(?:\s+[\p{L}'\u2019]+){0,5}\s*,\s*)?(?:and\s+|but\s+)?(?:the|that)\s+original(?:\s+(?:article|story|report|piece|post|version))?\s+(?:(?:was|had\s+been|has\s+been)\s+(?:first\s+|originally\s+|actually\s+)?(?:published|posted|printed|released|put\s+out)|(?:first\s+|originally\s+|actually\s+)?(?:ran|appeared|came\s+out|went\s+(?:up|online)))\b/iu;
/** A date after a point word ("… published a week after the election in November 2016") is the point's. */
const POINT_BEFORE = /\b(?:after|before|following|since|until|ahead\s+of|prior\s+to)\b/i;
const NAMES = new Set<Mention['type']>(['person', 'agency', 'outlet']);
/** Days either side of a recorded day ("on or just before 28 March"). */
const DAY_MARGIN = 3;

function range(v: {
  year?: number;
  month?: number;
  day?: number;
}): readonly [number, number] | null {
  if (v.year === undefined) return null;
  const mm = v.month === undefined ? '' : `-${String(v.month).padStart(2, '0')}`;
  const dd =
    v.month === undefined || v.day === undefined ? '' : `-${String(v.day).padStart(2, '0')}`;
  return dayRange(`${v.year}${mm}${dd}`);
}

export function originalPublishedResults(
  sentence: string,
  clause: Clause,
  record: StoryRecord,
): ValueResult[] {
  const originals = record.originalDates ?? [];
  if (!originals.length || clause.negated || clause.stance !== 'asserted') return [];
  const text = sentence.slice(clause.start, clause.end);
  if (!ORIGINAL_CAME_OUT.test(text) || clause.mentions.some((m) => NAMES.has(m.type) && !m.negated))
    return [];
  const out: ValueResult[] = [];
  for (const m of clause.mentions) {
    if (m.type !== 'date' || m.negated || POINT_BEFORE.test(sentence.slice(clause.start, m.start)))
      continue;
    const said = range(m.value);
    if (!said) continue;
    const apart = originals.every((o) => {
      const [a, b] = dayRange(o.date);
      const margin = o.date.length === 10 ? DAY_MARGIN : 0;
      return said[1] < a - margin || said[0] > b + margin;
    });
    // Within an original's month but before what its report credits (report-run-day.ts): only when every original is ruled out.
    if (!apart) {
      const early =
        m.value.day === undefined
          ? []
          : originals.map((o) => {
              const [a, b] = dayRange(o.date);
              if (said[1] < a || said[0] > b) return 'apart';
              return (
                (o.id ? reportsOf(record, o.id) : [])
                  .map((r) => earlyRun(record, r, said[0], m.text))
                  .find((r) => r !== null) ?? null
              );
            });
      const found = early.find((r): r is ValueResult => r !== null && r !== 'apart');
      if (found && early.every((r) => r !== null)) out.push(found);
      continue;
    }
    const when = listNames(originals.map((o) => `${o.publisher}: ${showDate(o.date)}`));
    out.push({
      status: 'conflict',
      comparison: { slot: 'date', page: m.text, record: when },
      explanation: `The record dates the original report (${when}), not ${m.text}.`,
    });
  }
  return out;
}
