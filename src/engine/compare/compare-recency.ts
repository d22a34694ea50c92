/**
 * Time the page counts from its own date ("this week", "yesterday", "two
 * months ago"): the days it allows, counted back from the page's date, must
 * meet the dates of the events the clause is about. An old story told as
 * this week's news is the case this catches; the same words on a page from
 * the story's own days agree. Nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import type { Mention, RelativeTimeKind } from '../read/types.ts';
import { findTerm } from '../terms.ts';
import { lexicon } from '../read/lexicon.ts';
import {
  agrees,
  canonsNamed,
  result,
  unconfirmed,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { dayRange, listNames, showDate } from './record-values.ts';
import { anniversary } from './anniversary.ts';
import { timeOfRecalling } from './recalling-time.ts';
import { lastSeasonWindow, thisSeasonWindow } from './season.ts';
import type { IndexedEvent } from './story-record.ts';
import { namedOnlyAsTopic } from './topic-only.ts';

/** Days before the page's date (from, to; to may be negative: after it) that each kind allows, for an amount n. */
const WINDOWS: Partial<Record<RelativeTimeKind, (n: number) => [number, number]>> = {
  today: () => [1, -1],
  yesterday: () => [3, 0],
  'this-week': () => [9, -1],
  'last-week': () => [16, 2],
  'this-month': () => [35, -1],
  'last-month': () => [70, 20],
  recently: () => [90, -1],
  'days-ago': (n) => [n + 2, Math.max(0, n - 2)],
  'weeks-ago': (n) => [Math.ceil(7 * n * 1.25) + 3, Math.max(0, Math.floor(7 * n * 0.75) - 3)],
  'months-ago': (n) => [Math.ceil(30 * n * 1.3) + 10, Math.max(0, Math.floor(30 * n * 0.7) - 10)],
  'years-ago': (n) => [365 * (n + 1), Math.max(0, 365 * (n - 1))],
};

/** Days before the page's date that a kind allows when the page gives no count ("only days ago", "a few weeks ago"). */
const UNCOUNTED: Partial<Record<RelativeTimeKind, [number, number]>> = {
  'days-ago': [16, 0],
  'weeks-ago': [120, 5],
  'months-ago': [1100, 25],
};

/** A day the sentence gives itself: a weekday, or a month with a day or year. */
const GIVEN_DAY = new RegExp(
  String.raw`\b(?:${lexicon.weekdays.join('|')})\b|\b(?:${lexicon.months.join('|')})\s+\d|\d\s+(?:${lexicon.months.join('|')})\b`,
  'i',
);

/** How far (days) outside the allowed days an event dated only to its month or year must lie to be judged. */
const LOOSE_MARGIN_DAYS = 365;
/** How far (days) outside the allowed days someone's words (or act) dated to their month must lie, when the clause names who said (or did) it. */
const SAID_MARGIN_DAYS = 90;
/** How far (days) outside the allowed days an act dated to its month must lie, when the clause names its doer as doing it. */
const DONE_MARGIN_DAYS = 31;
/** Verbs of saying, in the present or past ("says he will visit", "announced"). */
const SAYS =
  /\b(?:says|said|say|announces|announced|tells|told|promises|promised|vows|vowed|pledges|pledged)\b/i;
/** Words that say a piece came out. */
const PUBLISHED =
  /\b(?:published|publishes|posted|came out|comes out|appeared|ran|runs|was written|were written|wrote|printed|released|went up|went online)\b/i;
/** Words of a story's being in the news: the time may be its coverage's, not its first event's. */
const COVERAGE =
  /\b(?:in|all\s+over|across|dominat\w*|making|made|hit|hitting|topping|topped)\s+(?:the\s+)?(?:news|headlines|front\s+pages?|papers)\b|\bnews\s+(?:story|cycle)\b/i;
/** The page's own writer in the clause: the time may be the writer's act. */
const FIRST_PERSON = /\b(?:I|we|me|my|our|us)\b/;

/** The word for an election: a thing that recurs, so "the election" may be a later one. */
const ELECTION = /\belections?\b/i;
/** How long after an election its talk goes on ("the election talk this month" in the month after it). */
const ELECTION_AFTERMATH_DAYS = 31;

/**
 * "Last month": the calendar month before the page's (a week before it, none after), and never narrower than the days counted
 * back (WINDOWS): "late last month, on January 25" on a page of February 9 is fifteen days back.
 */
function lastMonthWindow(pageDate: string): [number, number] {
  const [y, mo] = pageDate.slice(0, 7).split('-').map(Number) as [number, number];
  const [page] = dayRange(pageDate.slice(0, 10));
  const first = Date.UTC(mo === 1 ? y - 1 : y, mo === 1 ? 11 : mo - 2, 1) / 86_400_000;
  const last = Date.UTC(y, mo - 1, 1) / 86_400_000 - 1;
  const [back, ahead] = WINDOWS['last-month']!(1);
  return [Math.max(back, page - first + 7), Math.max(0, Math.min(ahead, page - last))];
}

/** A relative clause that tells of a place named before it (", where …"; ", when …" happened then, so its time is the event's). */
const RELATIVE_AFTER = /,\s*where\b/gi;

/**
 * A time the page's writer gives their own doing ("On my walk … this morning I passed Y Street, where agents stopped a
 * van"): in a first-person stretch before ", where", with every word of the clause's events after it.
 */
function ownTimeBeforeWhere(ctx: CompareContext, m: Mention): boolean {
  for (const r of ctx.sentence.matchAll(RELATIVE_AFTER)) {
    if (r.index < m.end) continue;
    const head = ctx.sentence.slice(0, r.index);
    if (!FIRST_PERSON.test(head)) return false;
    const folded = foldText(head);
    return !ctx.events.some((e) => e.words.some((w) => findTerm(folded, w) !== -1));
  }
  return false;
}

/**
 * `days`: the days back from the page's date the words allow, for a time the reader gives no kind of its own ("last
 * Tuesday": one to fourteen days before the page).
 */
export function compareRecency(
  ctx: CompareContext,
  m: Mention & { type: 'relative-time' },
  days?: readonly [number, number],
): ValueResult | null {
  if (!ctx.pageDate || !/^\d{4}-\d{2}-\d{2}/.test(ctx.pageDate)) return null;
  // "Last fall", "this summer": the season counted from the page's date (season.ts).
  const season = !m.value.season
    ? null
    : m.value.kind === 'last-season'
      ? lastSeasonWindow(m.value.season, ctx.pageDate)
      : m.value.kind === 'this-season'
        ? thisSeasonWindow(m.value.season, ctx.pageDate)
        : null;
  const window = days
    ? () => [days[0], days[1]] as [number, number]
    : season
      ? () => [season.back, season.ahead] as [number, number]
      : m.value.kind === 'last-month' && (m.value.amount ?? 1) === 1
        ? () => lastMonthWindow(ctx.pageDate!)
        : WINDOWS[m.value.kind];
  if (!window) return null;
  // "Calls tonight were about whether …, now that the election is over": the time is the calls', not the event named as their topic (topic-only.ts).
  if (namedOnlyAsTopic(ctx.sentence, [m.start, m.end], ctx.events)) return null;
  // "One year ago this week", "on this day in 2025": an anniversary, counted back by years (anniversary.ts).
  if (anniversary(ctx.sentence, m)) return null;
  // "On my walk down X Avenue this morning I passed Y Street, where agents stopped …": the writer's own time.
  if (ownTimeBeforeWhere(ctx, m)) return null;
  // "Looking back this week, …", "…, the mayor recalled this week": the time of a recalling (recalling-time.ts).
  if (timeOfRecalling(ctx.sentence, m.start, m.end)) return null;
  // "This week, I walked down Whitney Street", "This week, Spurlock Court got its first streetlights": a clause the
  // events are linked to only by a place it names, telling of no outcome, tells of its own act there, whose time is
  // not theirs ("Whitney Street saw an immigration arrest this week" tells of one and is judged).
  if (ctx.linkedByPlace && !ctx.mentions.some((x) => x.type === 'outcome' && !x.negated))
    return null;
  const [page] = dayRange(ctx.pageDate.slice(0, 10));
  const uncounted = m.value.amount === undefined ? UNCOUNTED[m.value.kind] : undefined;
  // "A few weeks ago, on Monday, November 14, …": a day the sentence gives itself; a time this loose may be counted from
  // a day the page only quotes (a letter's), so the day given is the one compared.
  if (
    uncounted &&
    (ctx.mentions.some((x) => x.type === 'date' || x.type === 'weekday') ||
      GIVEN_DAY.test(ctx.sentence))
  )
    return null;
  const [back, ahead] = uncounted ?? window(m.value.amount ?? 1);
  const from = page - back;
  const to = page - ahead;
  const inWindow = (e: IndexedEvent): boolean => {
    const [a] = dayRange(e.event.date);
    const [, b] = dayRange(e.event.dateEnd ?? e.event.date);
    return a <= to && b >= from;
  };
  // An event dated to its month or year only ("2016-11": a report whose day is not known): judged only when all of
  // that month or year lies more than a year from the days the words allow, so the day it lacks cannot matter.
  // Someone's words dated to their month ("Homan said he would visit", early April): when the clause names who spoke and
  // says it with a verb of saying, the month itself is when, so a season's margin is enough.
  const named = new Set(
    ctx.mentions.flatMap((x) =>
      x.type === 'person' || x.type === 'agency' ? canonsNamed(ctx, x.value.name, [x.type]) : [],
    ),
  );
  const clause = ctx.sentence;
  const saidBy = (e: IndexedEvent): boolean =>
    /^\d{4}-\d{2}$/.test(e.event.date) &&
    SAYS.test(clause) &&
    e.participants.some((p) => p.role === 'spoke' && named.has(p.canon));
  // Likewise an act dated to its month whose doer the clause names as the doer ("the council tabled the bill last week"):
  // the month itself is when it was done.
  // A body of the story not read as a mention is named by its name or the name's last two or more words ("City Council").
  const folded = foldText(clause);
  const namesBody = (canon: string): boolean => {
    const words = ctx.record.nameOf(canon).split(/\s+/);
    return (
      words.length >= 2 &&
      words.slice(0, -1).some((_, k) => findTerm(folded, foldText(words.slice(k).join(' '))) !== -1)
    );
  };
  const doneBy = (e: IndexedEvent): boolean =>
    /^\d{4}-\d{2}$/.test(e.event.date) &&
    !SAYS.test(clause) &&
    e.participants.some((p) => p.role === 'acted' && (named.has(p.canon) || namesBody(p.canon)));
  const far = (e: IndexedEvent): boolean => {
    const [a] = dayRange(e.event.date);
    const [, b] = dayRange(e.event.dateEnd ?? e.event.date);
    const margin = saidBy(e) ? SAID_MARGIN_DAYS : doneBy(e) ? DONE_MARGIN_DAYS : LOOSE_MARGIN_DAYS;
    return b < from - margin || a > to + margin;
  };
  // And only when the clause says it came out then ("was published last month"), or who said it, not that someone met
  // with it then ("Recently I came across an article by …": the reader's days, not the report's).
  const loose = ctx.events.filter((e) => e.event.date.length !== 10);
  if (
    loose.length &&
    ((!PUBLISHED.test(clause) && !loose.every((e) => saidBy(e) || doneBy(e))) ||
      FIRST_PERSON.test(clause))
  )
    return null;
  if (loose.some((e) => !/^\d{4}(?:-\d{2})?$/.test(e.event.date) || !far(e))) return null;
  const dated = ctx.events;
  if (!dated.length) return null;
  if (dated.some(inWindow)) return agrees;
  const record = listNames([...new Set(dated.map((e) => showDate(e.event.date)))]);
  // The days it allows hold another event of the story ("Yesterday Homan came to Rochester" on the day after his
  // visit, linked by its words to his earlier announcement): the page speaks from the story's own days, so it is
  // no old story told as new; which event it means is left unconfirmed.
  // Only an event of someone the clause names: "Trump signed an order last week" on a page from the week the chiefs
  // spoke is still an old story told as new.
  // Or of a site the clause names ("meeting in front of City Hall tonight", on the day of a protest there): a street or
  // building, a place that holds no other place of the story; a town would let every event in it stand in.
  const site = (p: string) =>
    ![...ctx.record.storyCanons].some((o) => o !== p && ctx.record.ancestors(o).has(p));
  const sites = new Set(
    ctx.mentions.flatMap((x) =>
      x.type === 'place' || x.type === 'street'
        ? canonsNamed(ctx, x.value.name, ['place', 'street']).filter(site)
        : [],
    ),
  );
  const other = ctx.allEvents.some(
    (e) =>
      e.event.date.length === 10 &&
      inWindow(e) &&
      (e.participants.some((p) => named.has(p.canon)) || e.places.some((p) => sites.has(p))),
  );
  if (other) return unconfirmed('when', m.text, record);
  // "The story that has been all over the news this week": the time of the story's coverage, which lasts as long as
  // the story goes on; a later event of the story in the days the words allow keeps it news then (unconfirmed).
  if (COVERAGE.test(clause) && ctx.allEvents.some((e) => e.event.date.length === 10 && inWindow(e)))
    return unconfirmed('when', m.text, record);
  // "With the election talk this month" on a page from another election's days: elections recur (the world file's), so
  // the word may name the one in (or a month before) the days the words allow, not the story's.
  // "After Trump's election, this week …" in the month of an election he did not run in is still the story's.
  const people = [...named].filter((c) => c.startsWith('w:'));
  if (
    ELECTION.test(clause) &&
    (ctx.record.world?.world.elections ?? []).some((el) => {
      const [a] = dayRange(el.date);
      const ran = [el.winner, el.runnerUp].map((id) => `w:${id}`);
      // Not the story's own election ("The election was held tonight" weeks after it is an old story told as new).
      const own = dated.some((e) => e.event.date === el.date);
      return (
        !own &&
        a <= to &&
        a >= from - ELECTION_AFTERMATH_DAYS &&
        people.every((c) => ran.includes(c))
      );
    })
  )
    return unconfirmed('when', m.text, record);
  // Every event before the days the words allow: an old story told as recent. Every one after the page's own date: told
  // before it happened. Some of each ("this summer", between a suit's filing and its dismissal): at another time.
  const old = dated.every((e) => dayRange(e.event.dateEnd ?? e.event.date)[1] < from);
  const early = dated.every((e) => dayRange(e.event.date)[0] > Math.max(to, page));
  const tail = old
    ? ' An old story is told as recent news.'
    : early
      ? ' The page tells it before the record has it happen.'
      : '';
  return result(
    'conflict',
    'when',
    m.text,
    record,
    `The page speaks from ${showDate(ctx.pageDate.slice(0, 10))}; the record dates it ${record}, which is not \u201C${m.text.charAt(0).toLowerCase() + m.text.slice(1)}\u201D${season ? ` (${season.shown}, counted from the page's date)` : ''}.${tail}`,
  );
}
