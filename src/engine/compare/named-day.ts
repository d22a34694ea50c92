/**
 * Days known by name ("on Election Day", "on Christmas Eve", "by Thanksgiving"): general calendar knowledge of the
 * United States' public days, read as dates so that they are compared like "on November 8, 2016". A day whose date
 * moves from year to year ("Election Day": the Tuesday after the first Monday in November) needs its year: one
 * written with it ("Election Day 2016", "Election Day of 2016"), else the one year in which the day falls within
 * 60 days of an event of the story (none or two: nothing is read). Only after a time preposition ("on", "before",
 * "by" …), as a bare year is; "Election Day saw long lines" gives no date. A named day's own words are no event's
 * words ("Election Day" does not name the election as what the clause tells of): `blankNamedDays` hides them from
 * the linking. Nothing here knows a story.
 */
import type { Clause, DateRelation, Mention } from '../read/types.ts';
import { dayRange } from './record-values.ts';
import type { IndexedEvent } from './story-record.ts';

type Rule = (year: number) => [month: number, day: number];

/** The nth (1-based) given weekday (0 = Sunday) of a month, or the last when n is 0. */
function nthWeekday(year: number, month: number, weekday: number, n: number): number {
  if (n === 0) {
    const last = new Date(Date.UTC(year, month, 0));
    return last.getUTCDate() - ((last.getUTCDay() - weekday + 7) % 7);
  }
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return 1 + ((weekday - first + 7) % 7) + 7 * (n - 1);
}

const fixed =
  (month: number, day: number): Rule =>
  () => [month, day];

/** Named days, longest wording first where one holds another (sticky: matched where a time preposition ends). */
const DAYS: { words: RegExp; rule: Rule }[] = [
  // The Tuesday after the first Monday in November.
  {
    words: /(?:election\s+(?:day|night)|(?:the\s+)?day\s+of\s+the\s+election)\b/iy,
    rule: (y) => [11, nthWeekday(y, 11, 1, 1) + 1],
  },
  { words: /inauguration\s+day\b/iy, rule: fixed(1, 20) },
  { words: /christmas\s+eve\b/iy, rule: fixed(12, 24) },
  {
    words:
      /christmas(?:\s+day)?\b(?!\s+(?:season|week|holidays?|break|party|parties|tree|market))/iy,
    rule: fixed(12, 25),
  },
  { words: /new\s+year['’]s\s+eve\b/iy, rule: fixed(12, 31) },
  { words: /new\s+year['’]s(?:\s+day)?\b/iy, rule: fixed(1, 1) },
  { words: /(?:independence\s+day|(?:the\s+)?fourth\s+of\s+july)\b/iy, rule: fixed(7, 4) },
  {
    words: /thanksgiving(?:\s+day)?\b(?!\s+(?:week|weekend|holiday|break))/iy,
    rule: (y) => [11, nthWeekday(y, 11, 4, 4)],
  },
  { words: /halloween\b/iy, rule: fixed(10, 31) },
  { words: /valentine['’]?s\s+day\b/iy, rule: fixed(2, 14) },
  { words: /memorial\s+day\b(?!\s+weekend)/iy, rule: (y) => [5, nthWeekday(y, 5, 1, 0)] },
  { words: /labor\s+day\b(?!\s+weekend)/iy, rule: (y) => [9, nthWeekday(y, 9, 1, 1)] },
  { words: /veterans\s+day\b/iy, rule: fixed(11, 11) },
];

const PREPOSITION: Record<string, DateRelation> = {
  on: 'on',
  before: 'before',
  by: 'by',
  after: 'after',
  since: 'since',
  until: 'until',
  till: 'until',
  of: 'on',
};
/** After a time preposition, "just" or "the" at most before the name. */
const SKIP = /(?:(?:just|right|even)\s+)?(?:the\s+)?/iy;
/** A year written with the day: "Election Day 2016", "Election Day, 2016", "Election Day of 2016". */
const YEAR_AFTER = /^(?:,?\s+|\s+of\s+)((?:19|20)\d\d)\b/;
/** Days from an event within which a named day of its year is the story's. */
const NEAR = 60;

/** Each named day in the text after a time preposition: where it stands and its date, when its year is known. */
export function namedDays(
  text: string,
  events: readonly IndexedEvent[],
): {
  start: number;
  end: number;
  relation: DateRelation;
  year: number;
  month: number;
  day: number;
}[] {
  const out: {
    start: number;
    end: number;
    relation: DateRelation;
    year: number;
    month: number;
    day: number;
  }[] = [];
  for (const lead of text.matchAll(/\b(on|before|by|after|since|until|till)\s+/gi)) {
    let at = (lead.index as number) + lead[0].length;
    SKIP.lastIndex = at;
    at += SKIP.exec(text)?.[0].length ?? 0;
    const prep = /^(on|before|by|after|since|until|till)$/i.exec(lead[1] as string);
    if (!prep) continue;
    for (const { words, rule } of DAYS) {
      words.lastIndex = at;
      const m = words.exec(text);
      if (!m) continue;
      let end = at + m[0].length;
      const written = YEAR_AFTER.exec(text.slice(end, end + 16));
      let year: number | undefined;
      if (written) {
        year = Number(written[1]);
        end += written[0].length;
      } else {
        const years = [
          ...new Set(
            events.flatMap((e) =>
              /^\d{4}/.test(e.event.date) ? [Number(e.event.date.slice(0, 4))] : [],
            ),
          ),
        ];
        const near = years.filter((y) => {
          const [mo, d] = rule(y);
          const [day] = dayRange(
            `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
          );
          return events.some(
            (e) => e.event.date.length === 10 && Math.abs(dayRange(e.event.date)[0] - day) <= NEAR,
          );
        });
        if (near.length === 1) year = near[0];
      }
      if (year !== undefined) {
        const [month, day] = rule(year);
        out.push({
          start: at,
          end,
          relation: PREPOSITION[(prep[1] as string).toLowerCase()] ?? 'on',
          year,
          month,
          day,
        });
      }
      break;
    }
  }
  return out;
}

/** The text with its named days (after a time preposition) blanked, offsets kept: their words name no event. */
export function blankNamedDays(text: string): string {
  let out = text;
  for (const lead of text.matchAll(
    /\b(?:on|before|by|after|since|until|till)\s+(?:(?:just|right|even)\s+)?(?:the\s+)?/gi,
  )) {
    const at = (lead.index as number) + lead[0].length;
    for (const { words } of DAYS) {
      words.lastIndex = at;
      const m = words.exec(text);
      if (!m) continue;
      out = out.slice(0, at) + ' '.repeat(m[0].length) + out.slice(at + m[0].length);
      break;
    }
  }
  return out;
}

/**
 * Whether a position lies inside an aside of an earlier act (", who had …", ", who'd …"), not yet closed by a comma;
 * an aside of the event itself (", which was published on …") is the event's.
 */
function inRelativeAside(sentence: string, at: number): boolean {
  return /,\s*who\s*(?:had|['\u2019]d)\s[^,]*$/i.test(sentence.slice(0, at));
}

/** The clauses with their named days read as dates (see above). */
export function withNamedDays(
  clauses: readonly Clause[],
  sentence: string,
  events: readonly IndexedEvent[],
): Clause[] {
  return clauses.map((c) => {
    const found = namedDays(sentence.slice(c.start, c.end), events);
    if (!found.length) return c;
    const added: Mention[] = [];
    for (const f of found) {
      const start = c.start + f.start;
      const end = c.start + f.end;
      if (c.mentions.some((m) => m.start < end && m.end > start)) continue;
      // "Beck, who had watched the results on Election Night, spoke …": a day inside a relative aside is the aside's.
      if (inRelativeAside(sentence, start)) continue;
      added.push({
        type: 'date',
        start,
        end,
        text: sentence.slice(start, end),
        negated: false,
        value: { year: f.year, month: f.month, day: f.day, relation: f.relation },
      } as Mention);
    }
    if (!added.length) return c;
    return { ...c, mentions: [...c.mentions, ...added].sort((a, b) => a.start - b.start) };
  });
}
