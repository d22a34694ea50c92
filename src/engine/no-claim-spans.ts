/**
 * Spans of a sentence that are no claim of the page, blanked (offsets kept) before it is judged: a comment's
 * posting stamp, the page's own sending day ("sent Thursday evening" on a Thursday page, "Posted March 20, 2026" on a page of that date), a day naming the page's
 * own earlier report ("our Thursday report"), what a correction withdraws ("An earlier version … gave the day as
 * Tuesday"), a day or time the sentence rejects (", not Wednesday morning") and others' claim it calls wrong
 * ("Critics who said the officers were fired were wrong"). Nothing here knows a story.
 */
import { lexicon } from './read/lexicon.ts';

/** A posting stamp ("(talk) 16:05, 1 December 2024 (UTC)", "10:12, 2 Dec 2024 (UTC)"): when a comment was posted, no claim of the page. */
const POSTING_STAMP =
  /(?:\(talk\)\s*)?\b\d{1,2}:\d{2},?\s+\d{1,2}\s+\p{L}+\.?\s+\d{4}\s*\((?:UTC|GMT|[A-Z]{2,5})\)/gu;
/** When the page itself went out ("sent Thursday evening", "posted on Monday"): a stamp when the day is the page's own. */
const SENT_DAY =
  /\b(?:sent|posted|published|updated|emailed|e-mailed|mailed|written)\s+(?:on\s+)?(monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:morning|afternoon|evening|night))?\b/giu;
/** When the page itself went out, by its full date ("Posted March 20, 2026", "Published 20 May 2025"): a stamp when the date is the page's own. */
const SENT_DATE =
  /\b(?:sent|posted|published|updated|emailed|e-mailed|mailed|written|filed)\s+(?:on\s+)?(?:(january|february|march|april|may|june|july|august|september|october|november|december)\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(january|february|march|april|may|june|july|august|september|october|november|december),?\s+(\d{4}))\b/giu;
/**
 * A line of the page's own schedule or roster ("Thursday truck unload (10:00): Gary, Dave P.", "Tuesday pantry
 * (4:30 to 7 p.m.): two spots open"): a weekday, a short label, its clock time in brackets and a colon, then who or
 * what fills it. The whole line is the page's own business, no claim about a story.
 */
const SCHEDULE_LINE =
  /^\s*(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)s?\s+\p{L}[\p{L}\s'\u2019&/-]{0,40}\(\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s*(?:to|-|\u2013|\u2014)\s*\d{1,2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?)?\s*\)\s*:.*$/isu;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** "Our Thursday report": a day naming the page's own earlier report, not a day of the story. */
const OWN_REPORT_DAY =
  /\bour\s+(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:['\u2019]s)?(?=\s+(?:report|story|article|piece|post|broadcast|newsletter|edition|column|coverage)\b)/giu;
/**
 * What a correction says the page got wrong ("An earlier version of this story gave the day as Tuesday; it was
 * Monday", "This article originally misstated …"): the wrong value is named to be withdrawn, up to the
 * semicolon, dash or sentence end; what follows is the correction itself and is judged.
 */
const CORRECTED =
  /\b(?:(?:an?|the|our)\s+)?(?:earlier|previous|original|first|initial)\s+(?:version|edition|draft)\s+of\s+(?:this|the|our)\s+\p{L}+[^;\u2014]*|\b(?:this|the|our)\s+(?:story|article|report|piece|post)\s+(?:originally|previously|initially|incorrectly|mistakenly|wrongly)\s+[^;\u2014]*|\b(?:we|it)\s+(?:originally|previously|initially|incorrectly|mistakenly|wrongly)\s+(?:said|reported|stated|wrote|gave|described|identified)\b[^;\u2014]*|\bmisstated\b[^;\u2014]*/giu;
/** ", not Wednesday morning": a day or time the sentence rejects is none it states (only times: a rejected name or agency still tells whom the sentence is about). */
const REJECTED =
  /,\s+not\s+(?:on\s+|in\s+the\s+|at\s+)?(?:(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b(?:\s+(?:morning|afternoon|evening|night))?|(?:morning|afternoon|evening|night)\b|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s+\d{1,2}\b|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)/giu;

/** "Critics who said the officers were fired were wrong": a claim of others the sentence refutes, up to the refutation. */
const REFUTED =
  /\b(?:who|that|which)\s+(?:said|claimed|suggested|reported|insisted|argued|wrote|posted)\b[^;.]*?\b(?:were|was|are|is|have been|has been)\s+(?:wrong|mistaken|incorrect|false|misinformed)\b/giu;

/**
 * The words one of the patterns above cannot match without (each pattern needs one of its list), in lower case. The
 * patterns ignore case under Unicode rules, where only U+017F and U+212A match an ASCII letter besides its two
 * cases: in a sentence without them, a pattern can match only where the lower-cased sentence has one of its words, and
 * most sentences have none, so most are not scanned (a case-blind Unicode scan costs several microseconds a pattern).
 */
const ODD_FOLDS = /[\u017F\u212A]/;
const SENT_WORDS = ['sent', 'posted', 'published', 'updated', 'mailed', 'written', 'filed'];
const NEEDS = new Map<RegExp, readonly string[]>([
  [OWN_REPORT_DAY, ['our']],
  [
    CORRECTED,
    [
      'version',
      'edition',
      'draft',
      'originally',
      'previously',
      'initially',
      'incorrectly',
      'mistakenly',
      'wrongly',
      'misstated',
    ],
  ],
  [REJECTED, ['not']],
  [REFUTED, ['wrong', 'mistaken', 'incorrect', 'false', 'misinformed']],
]);

/** The weekday of the page's date (YYYY-MM-DD), once per date. */
let weekdayDate: string | undefined;
let weekdayName: string | undefined;
function pageWeekday(pageDate: string | undefined): string | undefined {
  if (pageDate !== weekdayDate) {
    weekdayDate = pageDate;
    weekdayName =
      pageDate && /^\d{4}-\d{2}-\d{2}$/.test(pageDate)
        ? WEEKDAYS[new Date(`${pageDate}T12:00:00Z`).getUTCDay()]
        : undefined;
  }
  return weekdayName;
}

/** The spans of `original` that are no claim of the page: when it or a comment went out, what a correction withdraws, a value rejected. */
export function noClaimSpans(
  original: string,
  pageDate: string | undefined,
): Array<[number, number]> {
  // A stamp has its clock's colon, a rejection its comma: most sentences have neither, and are not scanned for them.
  const spans: Array<[number, number]> = original.includes(':')
    ? [...original.matchAll(POSTING_STAMP)].map((m) => [m.index, m.index + m[0].length])
    : [];
  if (original.includes('):') || original.includes(') :')) {
    const line = SCHEDULE_LINE.exec(original);
    if (line) spans.push([line.index, line.index + line[0].length]);
  }
  const lower = ODD_FOLDS.test(original) ? undefined : original.toLowerCase();
  const may = (words: readonly string[]) =>
    lower === undefined || words.some((w) => lower.includes(w));
  const own = pageWeekday(pageDate);
  const sent = !!own && may(SENT_WORDS);
  if (sent)
    for (const m of original.matchAll(SENT_DAY))
      if (m[1]!.toLowerCase() === own) spans.push([m.index, m.index + m[0].length]);
  if (sent) {
    for (const m of original.matchAll(SENT_DATE)) {
      const month = lexicon.months.indexOf((m[1] ?? m[5] ?? '').toLowerCase()) + 1;
      const date = `${m[3] ?? m[6]}-${String(month).padStart(2, '0')}-${String(m[2] ?? m[4]).padStart(2, '0')}`;
      if (date === pageDate) spans.push([m.index, m.index + m[0].length]);
    }
  }
  const comma = original.includes(',');
  for (const re of [OWN_REPORT_DAY, CORRECTED, REJECTED, REFUTED]) {
    if ((re === REJECTED && !comma) || !may(NEEDS.get(re)!)) continue;
    for (const m of original.matchAll(re)) spans.push([m.index, m.index + m[0].length]);
  }
  return spans;
}

/** `text` with `spans` blanked (offsets kept): the same spans serve the folded copy. */
export function blankSpans(text: string, spans: ReadonlyArray<[number, number]>): string {
  let out = text;
  for (const [a, b] of spans) out = out.slice(0, a) + ' '.repeat(b - a) + out.slice(b);
  return out;
}
