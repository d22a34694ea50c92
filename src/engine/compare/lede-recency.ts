/**
 * "This week, a hot-air balloon slammed into power lines …", "Yesterday, a huge fire tore through a warehouse in X":
 * a clause that opens on a recent time and tells the story's happening in words of its own, so that no event of the
 * record links it, still puts the story in the page's own days. On a page dated well after everything the record
 * tells, that is an old story told as recent: its recent time is compared (compare-recency.ts) with the story's
 * central events dated to the day, when those fall within a week.
 *
 * Zero false alarms first: only a clause that opens on the time, shares two words with the headlines of the story's
 * reports (it tells their happening), and names no one (a person, agency or outlet doing something new), no day of
 * its own and no word of another or later happening ("again", "a year after", "sued", "reopened", "the report"), on
 * a page dated more than a month after the record's last event; and only a conflict is returned (an agreeing time
 * alone never makes the clause consistent).
 */
import type { Clause, Mention } from '../read/types.ts';
import { compareRecency } from './compare-recency.ts';
import { dayRange } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';
import type { CompareContext, ValueResult } from './value-result.ts';

type Found = Exclude<ValueResult, { status: 'agrees' }>;

/** The recent times a retelling opens on: "This week,", "Earlier this week,", "Yesterday,", "This morning,". */
const OPENING =
  /^\s*(?:(?:just\s+|earlier\s+|late\s+|early\s+)?this\s+(?:week|weekend|morning|afternoon|evening)|yesterday(?:\s+(?:morning|afternoon|evening))?|last\s+night|today|on\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s+of\s+this\s+week)\s*,/i;
/** Words of another, later or repeated happening, or of a report about the story, in the clause. */
const OTHER_HAPPENING =
  /\b(?:again|another|anew|new|newly|latest|second|similar|anniversary|ago|after|since|later|following|follow-up|report|reports|reported|findings|lawsuit|lawsuits|sued|suing|suit|settled?|settlement|verdict|trial|charged|indicted|sentenced|pleaded|ruled|ruling|hearing|meeting|vote|voted|approved|reopened|reopens|rebuilt|rebuilding|remembered|remembers|marked|recalled|recalls|memorial|released|fined|cited)\b/i;
const NAMES = new Set<Mention['type']>(['person', 'agency', 'outlet', 'date', 'weekday']);
/** The page must be dated this many days after the record's last event. */
const AFTER_RECORD_DAYS = 31;
/** Central events spread wider than this are no one moment a retelling's lede could mean. */
const MOMENT_DAYS = 7;

/** Words too common to tell two happenings apart. */
const COMMON = new Set([
  'this',
  'that',
  'these',
  'those',
  'with',
  'from',
  'were',
  'was',
  'have',
  'has',
  'had',
  'their',
  'there',
  'they',
  'after',
  'before',
  'more',
  'than',
  'about',
  'into',
  'over',
  'week',
  'weekend',
  'morning',
  'evening',
  'afternoon',
  'yesterday',
  'today',
  'night',
  'when',
  'what',
  'where',
  'which',
  'while',
  'will',
  'would',
  'said',
  'says',
  'been',
  'being',
  'some',
  'many',
  'most',
  'other',
  'just',
  'only',
  'also',
  'like',
  'what',
  'here',
  'near',
  'town',
  'city',
  'county',
  'state',
  'people',
  'local',
  'news',
]);

function contentWords(text: string): Set<string> {
  return new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((w) => !COMMON.has(w)));
}

/** How many distinct content words the clause shares with the headlines of the story's reports. */
function headlineWordsShared(text: string, record: StoryRecord): number {
  const headline = new Set((record.headlines ?? []).flatMap((h) => [...contentWords(h.text)]));
  return [...contentWords(text)].filter((w) => headline.has(w)).length;
}

export function ledeRecencyResults(
  sentence: string,
  clause: Clause,
  record: StoryRecord,
  pageDate: string | undefined,
): Found[] {
  if (!pageDate || clause.negated) return [];
  const text = sentence.slice(clause.start, clause.end);
  const opening = OPENING.exec(text);
  if (!opening) return [];
  const time = clause.mentions.find(
    (m) => m.type === 'relative-time' && !m.negated && m.start < clause.start + opening[0].length,
  );
  if (!time) return [];
  if (clause.mentions.some((m) => NAMES.has(m.type) && !m.negated)) return [];
  if (OTHER_HAPPENING.test(text)) return [];
  // It tells the story's own happening: two words of the clause are words of the story's headlines ("balloon", "power
  // lines"; "fire", "warehouse"), not another thing of the same town ("the field was planted this week").
  if (headlineWordsShared(text, record) < 2) return [];
  const central = record.central.filter((e) => /^\d{4}-\d{2}-\d{2}$/.test(e.event.date));
  if (!central.length) return [];
  const days = central.map((e) => dayRange(e.event.date)[0]);
  if (Math.max(...days) - Math.min(...days) > MOMENT_DAYS) return [];
  const last = Math.max(...record.events.map((e) => dayRange(e.event.dateEnd ?? e.event.date)[1]));
  if (dayRange(pageDate.slice(0, 10))[0] - last <= AFTER_RECORD_DAYS) return [];
  const ctx: CompareContext = {
    record,
    events: central,
    allEvents: record.events,
    speech: false,
    speechAt: -1,
    negatedClause: false,
    predicateAt: -1,
    linkedByPlace: false,
    mentions: clause.mentions,
    agencies: [],
    sentence: text,
    pageDate,
  };
  const r = compareRecency(ctx, time as Parameters<typeof compareRecency>[1]);
  return r?.status === 'conflict' ? [r] : [];
}
