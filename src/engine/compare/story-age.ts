/**
 * How old the page says the story's words are: "the quotes are over twelve
 * years old", "these statements are now about nine years old". The age is
 * counted from the days the story's people spoke (its events with a speaker)
 * to the page's date; a count of years or months that the age cannot meet is
 * a time-context conflict, the way "this week" on an old story is one.
 * Only a noun for what was said or reported (quotes, statements, remarks,
 * story, report …) before "is / are / was / were … N years old"; nothing
 * without the page's date.
 */
import type { Clause, Mention } from '../read/types.ts';
import { dayRange, showDate } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';

/** What was said or reported, then its age: "the quotes are over twelve years old". */
const AGE_OF =
  /\b(?:quotes?|quotations?|statements?|remarks|comments|story|stories|news|reports?|articles?|interviews?)\s+(?:(?:is|are|was|were)\s+)([\p{L}\s-]{0,24})$/iu;
const YEARS_OLD = /^\s+(years?|months?)\s+old\b/i;

export interface AgeResult {
  mention: Mention & { type: 'count' };
  status: 'agrees' | 'conflict';
  comparison?: { slot: string; page: string; record: string };
  explanation?: string;
}

export function storyAgeResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
  pageDate: string | undefined,
): AgeResult[] {
  if (!pageDate || !/^\d{4}-\d{2}-\d{2}/.test(pageDate)) return [];
  // Only a count followed by "years old" is read as an age: most sentences have none, and the record's dates need not be looked at.
  if (
    !clauses.some((c) =>
      c.mentions.some(
        (m) =>
          m.type === 'count' && !m.negated && YEARS_OLD.test(sentence.slice(m.end, m.end + 20)),
      ),
    )
  )
    return [];
  const spoken = record.events.filter(
    (e) => e.participants.some((p) => p.role === 'spoke') && /^\d{4}-\d{2}/.test(e.event.date),
  );
  if (!spoken.length) return [];
  const [page] = dayRange(pageDate.slice(0, 10));
  const starts = spoken.map((e) => dayRange(e.event.date)[0]);
  const ends = spoken.map((e) => dayRange(e.event.dateEnd ?? e.event.date)[1]);
  // The age in years of the oldest and the newest words.
  const oldest = (page - Math.min(...starts)) / 365.25;
  const newest = (page - Math.max(...ends)) / 365.25;
  if (newest < 0) return [];
  const out: AgeResult[] = [];
  for (const clause of clauses) {
    for (const m of clause.mentions) {
      if (m.type !== 'count' || m.negated) continue;
      const unit = YEARS_OLD.exec(sentence.slice(m.end, m.end + 20));
      const of = unit && AGE_OF.exec(sentence.slice(clause.start, m.start));
      // Denied ("are not ten years old") is no age the page gives; the clause's other words may deny something else.
      if (!unit || !of || /\b(?:not|never|no)\b|n['\u2019]t\b/i.test(of[1] as string)) continue;
      const per = /^month/i.test(unit[1] as string) ? 1 / 12 : 1;
      const widen = m.value.approximate ? 0.2 : 0;
      // "over twelve" is read as at least 13: more than twelve, so anything past 12 fits; a bare "nine" is nine to ten.
      const lo = (m.value.max === undefined ? m.value.min - 1 : m.value.min) * per * (1 - widen);
      const hi = m.value.max === undefined ? Infinity : (m.value.max + 1) * per * (1 + widen);
      if (lo <= oldest && hi >= newest) {
        out.push({ mention: m, status: 'agrees' });
        continue;
      }
      const first = spoken.map((e) => e.event.date).sort()[0] as string;
      const age = `${Math.floor(newest) === Math.floor(oldest) ? Math.floor(oldest) : `${Math.floor(newest)} to ${Math.floor(oldest)}`} years old`;
      out.push({
        mention: m,
        status: 'conflict',
        comparison: {
          slot: 'when',
          page: `${m.text} ${unit[1]} old`,
          record: `${age} (from ${showDate(first)})`,
        },
        explanation: `The page speaks from ${showDate(pageDate.slice(0, 10))}; the story's statements date from ${showDate(first)}, ${age} then, not ${m.text} ${unit[1]} old.`,
      });
    }
  }
  return out;
}
