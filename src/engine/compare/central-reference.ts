/**
 * The story's central speaking named only generically: "The statements came
 * after the orders were signed", "their opposition was first voiced in
 * November 2018", "the chiefs all spoke on the same day". When the story's
 * central events (recognition `events`) that are someone speaking all fall
 * within a week, such a clause can only mean them, so its *time* is compared
 * with theirs: a date, an order against another event (event-order.ts), an
 * offset from a world event (world-anchor.ts), "on the same day". Only when
 * the generic words are the clause's subject and the clause names no actor,
 * place or outlet and says nothing like "similar", "other" or "also" ("Officials
 * in X made similar statements", "X welcomed the statements" are about others).
 */
import { foldText } from '../normalize.ts';
import type { Clause, Mention } from '../read/types.ts';
import type { CompareContext, ValueResult } from './value-result.ts';
import { compareRecency } from './compare-recency.ts';
import { eventOrderResults, hasOrderPoint } from './event-order.ts';
import { dayRange, showDate } from './record-values.ts';
import { spanMeets, spanOf } from './date-span.ts';
import { otherItemBefore } from './list-item.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';
import { worldAnchorResults } from './world-anchor.ts';

/** Nouns for what was said, as a clause's subject. */
const SAID = String.raw`(?:statements?|declarations?|remarks|comments|pushback|opposition|objections|criticism|announcements?|responses?|reactions?|warnings?)`;
const DETERMINER = String.raw`(?:the|these|those|their|such|all\s+of\s+(?:the|these|those|their)|all\s+the|all\s+three|all)`;
/** Verbs that tell when the speaking happened ("came", "were made"), not what others did with it ("drew praise", "were welcomed"). */
const HAPPENED = String.raw`(?:came|come|comes|arrived|followed|responded|emerged|began|started|(?:was|were)\s+(?:first\s+|all\s+)?(?:made|issued|voiced|given|delivered|released|announced|published)|(?:was|were)\s+(?:all\s+)?(?:(?:an?|the)\s+)?(?:direct\s+|swift\s+)?(?:reactions?|responses?|answers?)(?=\s+to\b))\b`;
/** "The statements came …", "Their opposition was …", "these declarations responded to …". */
const SAID_SUBJECT = new RegExp(
  String.raw`^\s*(?:and\s+|but\s+)?${DETERMINER}\s+(?:[\p{L}-]+\s+){0,2}?${SAID}\s+(?:\w+ly\s+)?${HAPPENED}`,
  'iu',
);
/** "the (three) chiefs spoke / voiced / made / issued …", "these chiefs spoke out", "keep in mind that the chiefs …", "the chiefs were responding to …": a plural noun and a
 * speaking verb (the noun is checked against the speakers' titles); a response is their speaking, timed by what it answers (event-order.ts). */
const SPEAKERS_SUBJECT =
  /^\s*(?:and\s+|but\s+)?(?:the|these|those|all\s+the|both)\s+(?:\w+\s+){0,2}?(\p{L}+s)\s+(?:(?:all|first|then|each|both|had|have)\s+){0,2}(?:spoke|speak|voiced|issued|made|released|said|announced|came\s+out|responded|reacted|(?:were|was)\s+(?:responding|reacting))\b/iu;
/**
 * The same after a time set first and with no determiner: "In the days after X's inauguration, police chiefs in several
 * sanctuary cities said publicly …" (the time is the clause's point, read by world-anchor.ts and event-order.ts).
 */
const TIMED_SPEAKERS_SUBJECT =
  /^\s*(?:in\s+the\s+)?(?:(?:days|weeks|hours|months)\s+|(?:shortly|soon|right|just|only)\s+)?(?:after|before|following)\s+[^,;:]{3,60},\s*(?:\w+\s+){0,2}?(\p{L}+s)(?:\s+(?:in|of|from|across|around)\s+[^,;:]{1,60}?)?\s+(?:publicly\s+|quickly\s+|all\s+)?(?:spoke|voiced|said|announced|came\s+out|responded|reacted|declared|vowed|pledged|insisted)\b/iu;
/** A factive frame before the clause's subject ("Counsel should keep in mind that …", "Readers may remember that …"): what it takes as known is the clause. */
const FACTIVE_FRAME =
  /^\s*(?:[\p{L}'’]+\s+){1,5}?(?:(?:keep|keeps|keeping|bear|bears|bearing)\s+in\s+mind|remember|remembering|recall|recalling|note|noting|realize|realise|realizing|realising)\s+that\s+/iu;
/** "As Harold reminded us (…), …", "as one reader noted, …": the narrator's source before the clause, which puts it as known. */
const AS_FRAME =
  /^\s*as\s+(?:[\p{L}'\u2019]+\s+){1,4}?(?:reminded|noted|said|pointed\s+out|recalled|explained|told|put\s+it)(?:\s+(?:us|me|them|everyone|the\s+\p{L}+))?\s*(?:\([^()]{0,200}\))?\s*,\s*/iu;
/** Words that make the speaking someone else's, or more of it. */
const OTHERS =
  /\b(?:similar|other|others|also|too|another|likewise|same\s+as|later|again|welcomed?|praised|criticized|criticised|rejected|condemned)\b/i;
/** "each other", "one another": the statements to each other, not others' speaking. */
const RECIPROCAL = /\b(?:each\s+other|one\s+another)\b/gi;
/** "new statements", "a new round of remarks": newer speaking ("in answer to the new executive orders" is what answered). */
const NEW_SAID = new RegExp(String.raw`\bnew\s+(?:round\s+of\s+)?(?:[\p{L}-]+\s+)?${SAID}`, 'iu');
const NAMES = new Set<Mention['type']>(['person', 'agency', 'place', 'state', 'outlet']);
/** Central speaking spread wider than this is no one moment a generic word could mean. */
const MOMENT_DAYS = 7;
/** "all on the same day" (not "the same day as the vote": another event's day). */
const SAME_DAY =
  /\b(?:on\s+the\s+same\s+day|the\s+same\s+day|on\s+one\s+day|on\s+a\s+single\s+day)\b(?!\s+(?:as|that)\b)/i;

/** The central events in which someone spoke, when all are dated to the day within a week; else none. */
function centralSpeaking(record: StoryRecord): IndexedEvent[] {
  const spoke = record.central.filter((e) => e.participants.some((p) => p.role === 'spoke'));
  if (spoke.length < 1 || spoke.some((e) => !/^\d{4}-\d{2}-\d{2}$/.test(e.event.date))) return [];
  const days = spoke.map((e) => dayRange(e.event.date)[0]);
  return Math.max(...days) - Math.min(...days) <= MOMENT_DAYS ? spoke : [];
}

/** The last title words of the central speakers, plural ("chiefs"). */
function speakerNouns(record: StoryRecord, events: readonly IndexedEvent[]): Set<string> {
  const out = new Set<string>();
  for (const e of events) {
    for (const p of e.participants) {
      if (p.role !== 'spoke') continue;
      for (const r of record.people.get(p.canon)?.roles ?? []) {
        const last = r.titleWords[r.titleWords.length - 1];
        if (last) out.add(`${last}s`);
      }
    }
  }
  return out;
}

/** A date of the clause that fits none of the events' days (at the date's precision). */
function dateConflicts(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
): ValueResult[] {
  const out: ValueResult[] = [];
  for (const m of clause.mentions) {
    // A date after "before"/"after" is the point's ("came before Trump took office in January 2017"), not theirs.
    if (
      m.type !== 'date' ||
      m.negated ||
      m.value.year === undefined ||
      inPoint(sentence, clause, m)
    )
      continue;
    // "The statements came first, the orders second, on <date>": the date is the later item's (list-item.ts).
    if (otherItemBefore(sentence, clause.start, m.start)) continue;
    const { year, month, day } = m.value;
    // An end of a span ("from November 14 to November 16"): the span must meet their days, not each end (date-span.ts).
    const span = spanOf(clause.mentions, m, [year]);
    if (span && spanMeets(span, events)) continue;
    const fits =
      !span &&
      events.some((e) => {
        const [y, mo, d] = e.event.date.split('-').map(Number);
        return (
          y === year && (month === undefined || mo === month) && (day === undefined || d === day)
        );
      });
    if (fits) continue;
    const when = [...new Set(events.map((e) => showDate(e.event.date)))].join(', ');
    // "last November", counted back from the page's date (last-month.ts): say which month that is.
    const said =
      m.value.counted && month !== undefined
        ? `${m.text} (${showDate(`${year}-${String(month).padStart(2, '0')}`)}, counted from the page's date)`
        : m.text;
    out.push({
      status: 'conflict',
      comparison: { slot: 'date', page: m.text, record: when },
      explanation: `The record dates the statements ${when}, not ${said}.`,
    });
  }
  return out;
}

/** Time results for a clause that names the story's central speaking only generically; [] when it does not. */
export function centralReferenceResults(
  sentence: string,
  whole: Clause,
  record: StoryRecord,
  pageDate?: string,
): ValueResult[] {
  const frame =
    FACTIVE_FRAME.exec(sentence.slice(whole.start, whole.end)) ??
    AS_FRAME.exec(sentence.slice(whole.start, whole.end));
  const clause = frame
    ? {
        ...whole,
        start: whole.start + frame[0].length,
        mentions: whole.mentions.filter((m) => m.start >= whole.start + frame[0].length),
      }
    : whole;
  if (
    clause.negated ||
    clause.mentions.some((m) => NAMES.has(m.type) && !m.negated && !inPoint(sentence, clause, m))
  )
    return [];
  const text = sentence.slice(clause.start, clause.end);
  // "within days of one another", "a day apart from each other": the same speaking, spaced; no others.
  if (OTHERS.test(text.replace(RECIPROCAL, '')) || NEW_SAID.test(text)) return [];
  const events = centralSpeaking(record);
  if (!events.length) return [];
  const speakers = SPEAKERS_SUBJECT.exec(text) ?? TIMED_SPEAKERS_SUBJECT.exec(text);
  if (
    !SAID_SUBJECT.test(text) &&
    !(speakers && speakerNouns(record, events).has(foldText(speakers[1] as string)))
  )
    return [];
  const out = [
    ...dateConflicts(sentence, clause, events),
    ...recencyResults(sentence, clause, events, record, pageDate),
    ...worldAnchorResults(sentence, clause, events, record),
    ...eventOrderResults(sentence, clause, events, record),
  ];
  const days = new Set(events.map((e) => e.event.date));
  if (SAME_DAY.test(text) && days.size > 1) {
    const when = events.map((e) => `${e.event.label} (${showDate(e.event.date)})`).join('; ');
    out.push({
      status: 'conflict',
      comparison: {
        slot: 'date',
        page: SAME_DAY.exec(text)![0],
        record: [...days].map(showDate).join(', '),
      },
      explanation: `The record has them on different days: ${when}.`,
    });
  }
  return out;
}

/**
 * Time counted from the page's own date ("the chiefs spoke out this week", "these statements were made last month"):
 * the days it allows must meet the speaking's days (compare-recency.ts), so an old story told as new is found.
 */
function recencyResults(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[],
  record: StoryRecord,
  pageDate: string | undefined,
): ValueResult[] {
  if (!pageDate) return [];
  const ctx: CompareContext = {
    record,
    events,
    allEvents: record.events,
    speech: true,
    speechAt: -1,
    negatedClause: false,
    predicateAt: -1,
    linkedByPlace: false,
    mentions: clause.mentions,
    agencies: [],
    sentence: sentence.slice(clause.start, clause.end),
    pageDate,
  };
  return clause.mentions
    .flatMap((m) =>
      m.type === 'relative-time' && !m.negated && !inPoint(sentence, clause, m)
        ? [compareRecency(ctx, m)]
        : [],
    )
    .filter((r): r is ValueResult => r !== null);
}

/** A name after the clause's point word ("after President Trump signed …") names the anchor, not another speaker. */
function inPoint(sentence: string, clause: Clause, m: Mention): boolean {
  return hasOrderPoint(sentence.slice(clause.start, m.start));
}
