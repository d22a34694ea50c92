/**
 * A month named by "last" or "this past" ("the chiefs spoke out last November", "this past March the council
 * voted"): the page counts it back from its own date, so it is the latest such month before the page's month ("last
 * November" on a page of October 2025 is November 2024; on a page of December 2016, November 2016; on a page of the month itself it is left unread, as it may
 * mean either). The
 * reader leaves such a month unread (a bare month is a date only after a preposition); here it becomes a date mention
 * of its clause with that year, compared with the events the clause names like any "in November 2024". Only on a page
 * with a full date, and not a bound ("since last May", "until last June") nor a month that names another noun's time
 * ("last November's election"). Nothing here knows a story.
 */
import { lexicon } from '../read/lexicon.ts';
import type { Clause, Mention } from '../read/types.ts';

const LAST_MONTH = /(?<![\p{L}'’])(?:[Ll]ast|[Tt]his\s+past)\s+(\p{Lu}\p{Ll}+)\b/gu;
/** A bound or an ordinal before it: "since last May", "the last November of his term". */
const BOUND_BEFORE =
  /\b(?:the|since|until|till|by|before|after|through|between|every|each|than)\s+(?:just\s+|only\s+)?$/i;
/** After a month, the end of a span that began with "from" ("from last May to June", "… until now"). */
const SPAN_END = /^\s*(?:,\s*)?(?:to|until|till|through|thru|-|\u2013|\u2014)\s/i;

/** The year of the month `month` (1–12) that "last <month>" means on a page dated `pageDate` (YYYY-MM-DD…). */
export function lastMonthYear(month: number, pageDate: string): number | null {
  const m = /^(\d{4})-(\d{2})-\d{2}/.exec(pageDate);
  if (!m) return null;
  const year = Number(m[1]);
  // In the month itself, "last November" may mean this one just gone or the one a year before: no year is given.
  if (month === Number(m[2])) return null;
  return month < Number(m[2]) ? year : year - 1;
}

/** The clauses with each "last <month>" read as a date of the year the page's date gives it (see above). */
export function withLastMonths(
  clauses: readonly Clause[],
  sentence: string,
  pageDate: string | undefined,
): Clause[] {
  if (!pageDate) return [...clauses];
  return clauses.map((c) => {
    const text = sentence.slice(c.start, c.end);
    const added: Mention[] = [];
    for (const x of text.matchAll(LAST_MONTH)) {
      const month = lexicon.months.indexOf((x[1] as string).toLowerCase()) + 1;
      if (month < 1) continue;
      const start = c.start + (x.index as number);
      const end = start + x[0].length;
      if (BOUND_BEFORE.test(sentence.slice(Math.max(0, start - 30), start))) continue;
      // "from last May to June" is a span's start; "the headlines from this past November" is a time.
      if (
        /\bfrom\s+$/i.test(sentence.slice(Math.max(0, start - 8), start)) &&
        SPAN_END.test(sentence.slice(end, end + 40))
      )
        continue;
      // "last November's election", "last May-June": the month of another noun.
      if (/^(?:['’]s\b|-)/.test(sentence.slice(end))) continue;
      // A date already read there ("last November 14"): the reader's, and its year is not this one's to give.
      if (
        c.mentions.some(
          (m) =>
            m.start < end + 4 && m.end > start && (m.type === 'date' || m.type === 'relative-time'),
        )
      )
        continue;
      const year = lastMonthYear(month, pageDate);
      if (year === null) continue;
      added.push({
        type: 'date',
        start,
        end,
        text: sentence.slice(start, end),
        negated: false,
        value: { year, month, counted: true },
      } as Mention);
    }
    if (!added.length) return c;
    return { ...c, mentions: [...c.mentions, ...added].sort((a, b) => a.start - b.start) };
  });
}
