/**
 * A story's events told as news of the page's own days ("This week, the mayor said his officers broke the policy") on
 * a page dated well after the last day the record's account reaches. The sentence may agree with a recorded act word
 * for word, but the record cannot say it happened again now: at most unverified, never green. (When the clause links a
 * dated event, compare-recency.ts judges the time itself; this is for agreement found by a fact's words alone.)
 * General English; nothing here knows a story.
 */
import { dayRange, showDate } from './compare/record-values.ts';
import { timeOfRecalling } from './compare/recalling-time.ts';

/** Words that count back from the page's date, and how many days back they reach at most. */
const DEICTIC: readonly [RegExp, number][] = [
  [/\b(?:today|tonight|this (?:morning|afternoon|evening)|hours ago)\b/iu, 1],
  [/\b(?:yesterday|last night)\b/iu, 3],
  [/\b(?:(?:earlier )?this (?:past )?week|in recent days|(?:only |just )?days ago)\b/iu, 16],
  [/\b(?:(?:earlier )?this month)\b/iu, 35],
];

/** A sentence that looks back ("a year ago this week", "the anniversary", "since then") or names the page's own
 * doings ("This week's reading is …"): its deictic time is not the act's. */
const LOOKS_BACK =
  /\bago\b|anniversar|\bsince\b|\bremember|\bback then\b|\b(?:this|last) (?:week|month)['\u2019]s\b|\btoday['\u2019]s\b|\byesterday['\u2019]s\b/iu;

/** A sentence that dates the act itself (a year, a month): the typed comparison judges that date. */
const OWN_DATE =
  /\b(?:1[89]|20)\d{2}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/u;

/** Days after the record's last event within which a page may still tell it as its own days' news. */
const NEWS_DAYS = 14;

export interface RecentBeyond {
  /** The page's words ("This week"). */
  page: string;
  /** The record's last day, as a date is shown ("29 April 2025", "December 2025"), with "on" or "in" before it. */
  last: string;
}

/** The deictic time of a sentence whose days all fall after the record's last event (dates YYYY[-MM[-DD]]), or null. */
export function recentBeyondRecord(
  sentence: string,
  eventDates: readonly string[],
  pageDate: string | undefined,
): RecentBeyond | null {
  if (!pageDate || !/^\d{4}-\d{2}-\d{2}/.test(pageDate) || !eventDates.length) return null;
  if (LOOKS_BACK.test(sentence) || OWN_DATE.test(sentence)) return null;
  let last = eventDates[0] as string;
  for (const date of eventDates) if (dayRange(date)[1] > dayRange(last)[1]) last = date;
  const page = dayRange(pageDate.slice(0, 10))[0];
  for (const [words, back] of DEICTIC) {
    const m = words.exec(sentence);
    // "Looking back this week, …", "…, the mayor recalled this week": the time of a recalling (recalling-time.ts).
    if (m && timeOfRecalling(sentence, m.index, m.index + m[0].length)) return null;
    if (m && page - back > dayRange(last)[1] + NEWS_DAYS)
      return {
        page: m[0],
        last: `${/^\d{4}-\d{2}-\d{2}$/.test(last) ? 'on' : 'in'} ${showDate(last)}`,
      };
  }
  return null;
}
