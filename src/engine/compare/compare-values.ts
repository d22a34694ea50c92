/**
 * Compares one typed value a clause gives with the events the clause is
 * about. Compatibility, not string equality: an agency part of a recorded
 * one, a street within the recorded place, "about ten" against 10 to 12. A
 * value is in conflict only when it is of a type the record gives for those
 * events and incompatible with every one of them; when the record cannot
 * say, the value is unconfirmed. Nothing here knows a story.
 */
import { ofForm } from './of-form.ts';
import { retiredThen } from './retired-then.ts';
import {
  agrees,
  canonsNamed,
  isProperName,
  result,
  unconfirmed,
  type CompareContext,
  type ValueResult,
} from './value-result.ts';
import { agenciesOf, AT_SCENE, placeRelation, placesOf, sameScene } from './scene-agencies.ts';
import { befellSomeone, NOT_DONE } from './befell.ts';
import { heldOn, isActing, titleMatches } from './held-office.ts';
import type { Mention, ValueOf } from '../read/types.ts';
import { foldText } from '../normalize.ts';
import { escapeRegExp, findTerm } from '../terms.ts';
import { compareAffiliation, unlistedAgency } from './compare-affiliation.ts';
import { compareDuration } from './compare-duration.ts';
import { outcomePlace } from './compare-outcome-place.ts';
import { compareRecency } from './compare-recency.ts';
import { compareOutlet } from './compare-outlet.ts';
import { compareLeftPost } from './left-post.ts';
import { compareAuthor } from './named-author.ts';
import { compareOppositePost } from './opposite-post.ts';
import { amongThemselves, compareExcludedAct } from './person-outcome.ts';
import { dayOfNamedEvent } from './framed-day.ts';
import { definedGroupCount } from './defined-group.ts';
import { allOfGroup, quantifierOne } from './all-of-group.ts';
import { insideOnly, spanEnds } from './span-ends.ts';
import { lastWeekday } from './last-weekday.ts';
import { leftWhen } from './left-when.ts';
import { deniedPartner } from './denied-partner.ts';
import { refusedPartner } from './refused-partner.ts';
import { unnamedIssuer } from './unnamed-issuer.ts';
import { compareAbsent, ruledOutResult } from './record-extent.ts';
import { compareRefusalTurned } from './refusal-turned.ts';
import { compareRefuserMet } from './refuser-met.ts';
import { compareJointMet } from './joint-met.ts';
import { compareMetOutsider } from './met-outsider.ts';
import { praiseRecorded } from './praise-reaction.ts';
import { comparePost, postOf, RANK_WORDS, sameRank } from './person-post.ts';
import { TITLES } from '../person-names.ts';
import { compareOtherPost } from './other-post.ts';
import { otherGovernment } from './agency-level.ts';
import { timedPost } from './timed-post.ts';
import { holderNamed } from './holder-named.ts';
import { officeAtEvent } from './office-at-event.ts';
import { officeNeverHeld } from './office-never-held.ts';
import { predicateActing } from './predicate-acting.ts';
import { compareRoleHead } from './role-head.ts';
import { unknownTown } from './unknown-town.ts';
import { townOfficers } from './town-officers.ts';
import {
  dayRange,
  listNames,
  partialDate,
  minutesOf,
  showDate,
  showRange,
  showTime,
  weekdayOf,
  WEEKDAYS,
} from './record-values.ts';
import type { Utterance } from './speaker.ts';
import { compareDayOfMonth } from './day-of-month.ts';
import { scheduledAfterPage } from './scheduled-day.ts';
import { reportRunDay } from './report-run-day.ts';
import { datesAnotherReport } from './report-noun-date.ts';
import {
  singular,
  streetKey,
  type IndexedEvent,
  type RecordPerson,
  sameOrNested,
} from './story-record.ts';
import { untimedOwnEvent } from './untimed-event.ts';
import { closeWindow } from './close-time.ts';
import { compareSourceCount } from './source-count.ts';
import { countsAboard, onlookerCount } from './onlooker-count.ts';
import { countIsSpeaker } from '../speaker-count.ts';
import { countOfLaterOutcome } from './count-elsewhere.ts';
import { placeCanons } from './relative-place.ts';
import { lexicon } from '../read/lexicon.ts';
import { ownsNoPlace } from '../owner-place.ts';
import { writersPlace } from '../writer-place.ts';
import { bareAllSubject } from './echoed-count.ts';
import { outcomeShown } from './outcome-shown.ts';
import { namesByFamily } from './word-inflections.ts';
import { outsideSameDay } from './same-day-apposition.ts';

/** An agency named as where someone went ("stopped at the X", "went to the X"), not as who acted. */
const AS_PLACE = /\b(at|to|visited|visiting|toured|inside|outside)\s+(the\s+)?$/i;

/** Right before the agency: a contrast ("unlike an", "rather than the") or a place's aside ("where the", "where the city's"). */
const ASIDE_AGENCY =
  /(?:\b(?:unlike|rather\s+than|instead\s+of)\s+(?:an?\s+|the\s+)?|,\s*where\s+(?:the\s+)?(?:[\p{L}'’]+\s+){0,2})$/iu;

function agency(ctx: CompareContext, m: Mention & { type: 'agency' }): ValueResult | null {
  // "the border czar of the White House": whom a person works for, not who took part.
  const affiliation = compareAffiliation(ctx, m);
  if (affiliation !== undefined) return affiliation;
  // In a denied clause an agency after the verb is what did not happen ("would not work with X"); one before it is who.
  // A body named by its kind alone is judged only as the one a statement came from (unnamed-issuer.ts).
  if (!isProperName(m.text) && !m.value.id) return unnamedIssuer(ctx, m);
  if (
    (ctx.negatedClause && (ctx.predicateAt === -1 || m.start >= ctx.predicateAt)) ||
    refusedPartner(ctx.sentence, m.start)
  )
    return deniedPartner(ctx, m);
  if (AS_PLACE.test(ctx.sentence.slice(Math.max(0, m.start - 20), m.start))) return null;
  // "Unlike an FBI inspection, …", "Whitney Street, where the EPA once tested soil, …": an agency set against the event,
  // or in an aside about a place's past, took no part in it.
  if (ASIDE_AGENCY.test(ctx.sentence.slice(Math.max(0, m.start - 40), m.start))) return null;
  // "X agents on scene" is judged against the story's scene (compare-sentence.ts), linked or not.
  if (AT_SCENE.test(ctx.sentence.slice(m.end, m.end + 40))) return null;
  // After a speech verb the agency is what the speaker talks about, not who took part.
  if (ctx.speechAt !== -1 && m.start >= ctx.speechAt) return null;
  const { record } = ctx;
  const recorded = agenciesOf(record, ctx.events);
  if (!recorded.length) return null;
  // Agencies of events at the same date and place ("the scene"): who came to the stop took part in it.
  const scene = agenciesOf(
    record,
    ctx.allEvents.filter((e) => !ctx.events.includes(e) && ctx.events.some((l) => sameScene(l, e))),
  );
  const page = canonsNamed(ctx, m.value.name, ['agency']);
  const names = listNames(recorded.map(record.nameOf));
  if (!page.length) {
    // A body that only speaks ("The X Fire Department said …", "according to X") is who told it, not who took part.
    const speaks =
      /^\s*(?:,[^,]{0,60},\s*)?(?:said|says|reported|announced|told|confirmed|stated|added)\b/i.test(
        ctx.sentence.slice(m.end),
      ) || /\baccording\s+to\s+(?:the\s+)?$/i.test(ctx.sentence.slice(0, m.start));
    const other =
      unlistedAgency(ctx, m, recorded) ??
      (speaks ? undefined : otherGovernment(ctx, m, [...recorded, ...scene]));
    if (other)
      return result('conflict', 'agency', m.text, names, `The record names ${names}; ${other}`);
    return unconfirmed('agency', m.text, names);
  }
  const within = (list: readonly string[]) => page.some((a) => list.includes(a));
  if (within(recorded) || within(scene)) return agrees;
  // A unit within a recorded agency ("the FBI" where the record names the Justice Department): more precise than the record can confirm.
  if (page.some((a) => [...recorded, ...scene].some((r) => record.ancestors(a).has(r))))
    return unconfirmed('agency', m.text, names);
  if (page.some((a) => recorded.some((r) => record.ancestors(r).has(a)))) {
    // "ICE and Border Patrol" names a recorded agency beside the body another belongs to: not wrong, not confirmed either.
    if (
      ctx.agencies.some(
        (other) =>
          other !== m &&
          canonsNamed(ctx, other.value.name, ['agency']).some((o) => recorded.includes(o)),
      )
    )
      return unconfirmed('agency', m.text, names);
    return result(
      'imprecise',
      'agency',
      m.text,
      names,
      `The record names ${names}; ${m.text} is the larger body they belong to, which is imprecise.`,
    );
  }
  // Another agency of the story: the clause may be about another of its events.
  if (
    page.some(
      (a) =>
        record.storyCanons.has(a) ||
        [...record.storyCanons].some((s) => record.ancestors(s).has(a)),
    )
  ) {
    return unconfirmed('agency', m.text, names);
  }
  return result('conflict', 'agency', m.text, names, `The record names ${names}, not ${m.text}.`);
}

/**
 * The mention sits right after a word like "next" or "last": a relative day, not the event's ("that Tuesday" is the event's);
 * or it is a bound ("until at least Thursday", "no earlier than Thursday"): how long something lasts, not when it happened.
 */
function relativeBefore(ctx: CompareContext, m: Mention): boolean {
  return /(?:\b(?:next|last|following|previous|this|every|each|by|before|after|until|since|through)\s+(?:at\s+(?:least|the\s+(?:earliest|latest))\s+)?|\bno\s+(?:earlier|later|sooner)\s+than\s+)$/i.test(
    ctx.sentence.slice(Math.max(0, m.start - 30), m.start),
  );
}

function fullDates(events: readonly IndexedEvent[]): string[] {
  return events.flatMap((e) => {
    if (weekdayOf(e.event.date) === undefined) return [];
    if (!e.event.dateEnd || weekdayOf(e.event.dateEnd) === undefined) return [e.event.date];
    const out: string[] = [];
    const [from] = dayRange(e.event.date);
    const [to] = dayRange(e.event.dateEnd);
    for (let d = from; d <= to && out.length < 31; d++)
      out.push(new Date(d * 86_400_000).toISOString().slice(0, 10));
    return out;
  });
}

/** " and has <speaker> only on <dates>" when the speaker takes part in more events than the linked ones. */
function speakerDays(own: Utterance, linked: readonly IndexedEvent[]): string {
  const others = own.events.filter((e) => !linked.includes(e));
  if (!others.length) return '';
  return ` and has ${own.name} only on ${listNames([...new Set(own.events.map((e) => showDate(e.event.date)))])}`;
}

/** A verb of saying before a time: what follows it may be said from the speaker's day. */
const SAID_BEFORE =
  /\b(?:said|says|say|told|tells|wrote|writes|reported|reports|announced|stated|added|explained|noted|recalled|claimed|insisted)\b/i;

/** Whether an offset falls inside quotation marks (an odd count of them before it). */
const quoted = (sentence: string, at: number): boolean =>
  (sentence.slice(0, at).match(/["\u201C\u201D]/g)?.length ?? 0) % 2 === 1;

/** "Last Tuesday" held to the page's date: one of the fourteen days before it, "this past Tuesday" one of the seven (compare-recency.ts). */
function lastWeek(ctx: CompareContext, m: Mention & { type: 'weekday' }): ValueResult | null {
  const before = ctx.sentence.slice(Math.max(0, m.start - 30), m.start);
  const words = /(?:last|this\s+past)\s+$/i.exec(before);
  const start = words ? m.start - words[0].length : m.start;
  const text = ctx.sentence.slice(start, m.end);
  // "This past Tuesday" is the last one; "last Tuesday" may be the one of the week before.
  const past = /past/i.test(words?.[0] ?? '');
  return compareRecency(
    ctx,
    { type: 'relative-time', start, end: m.end, text, value: { kind: 'last-week' } } as Mention & {
      type: 'relative-time';
    },
    past ? [7, 1] : [14, 1],
  );
}

function weekday(
  ctx: CompareContext,
  m: Mention & { type: 'weekday' },
  loose = false,
): ValueResult | null {
  // "last Thursday" is still a Thursday (last-weekday.ts); other relative days and bounds are not the event's.
  if (relativeBefore(ctx, m) && !lastWeekday(ctx.sentence, m)) return null;
  // "Thursday's Open Line", "Monday's editorial": the day of what the weekday owns, unless that is the event ("Monday's stop").
  const owned = /^['\u2019]s\s+([\p{L}-]+)(?:\s+([\p{L}-]+))?/u.exec(
    ctx.sentence.slice(m.end, m.end + 40),
  );
  if (owned && !loose) {
    const nouns = [owned[1], owned[2] ? `${owned[1]} ${owned[2]}` : undefined, owned[2]]
      .filter((n): n is string => !!n)
      .map(foldText);
    // Or the event's name a word or two on ("Thursday's City Council meeting"), or told with "of" ("Tuesday's meeting of the council").
    // Only names (capitalised words) may come first: "Thursday's City Council meeting", not "Monday's regular newsletter email".
    const raw = ctx.sentence.slice(m.end, m.end + 60).replace(/^['\u2019]s\s+/, '');
    const heads = [foldText(raw)];
    for (const k of [1, 2]) {
      const lead = new RegExp(`^(?:\\p{Lu}[\\p{L}.-]*\\s+){${k}}`, 'u').exec(raw)?.[0];
      if (lead) heads.push(foldText(raw.slice(lead.length)));
    }
    const named = (w: string) => {
      const word = foldText(w);
      const at = new RegExp(`^${escapeRegExp(word)}\\b`);
      if (heads.some((h) => at.test(h))) return true;
      const of = ofForm(word);
      return of !== null && [...heads[0]!.matchAll(of)].some((x) => x.index === 0);
    };
    // A word or two of the page's own first ("Wednesday's afternoon news conference"): only to confirm (below).
    const afterWords = (w: string) =>
      new RegExp(`^(?:\\S+ ){1,2}${escapeRegExp(foldText(w))}\\b`).test(heads[0]!);
    if (
      !ctx.events.some((e) =>
        e.words.some((w) => nouns.includes(foldText(w)) || named(w) || afterWords(w)),
      )
    )
      return null;
    // Narrowed only to an event its name names right after the day (after names at most): "Wednesday's podcast
    // interview" may be anyone's interview.
    const its = ctx.events.filter((e) => e.words.some(named));
    // The day is of the event it owns, not of another the clause names ("heard of the stop … raised it at Thursday's meeting").
    if (its.length && its.length < ctx.events.length) return weekday({ ...ctx, events: its }, m);
    // Named only by the second word after a word of the page's own ("Monday's immigration stop", "Wednesday's podcast
    // interview"): it may be the event or anyone's of that kind, so a day that agrees confirms and one that does not is
    // only unconfirmed.
    const strict = [nouns[0], nouns[1]];
    if (!its.length && !ctx.events.some((e) => e.words.some((w) => strict.includes(foldText(w))))) {
      const r = weekday(ctx, m, true);
      return r?.status === 'conflict'
        ? unconfirmed('weekday', m.text, r.comparison?.record ?? '')
        : r;
    }
  }
  const dates = fullDates(ctx.events);
  // A report the record dates only to its month: no weekday of it is known (report-run-day.ts).
  if (!dates.length) return reportRunDay(ctx, m);
  const fits = (ds: readonly string[]) => ds.some((d) => weekdayOf(d) === m.value.day);
  const shown = listNames([
    ...new Set(
      ctx.events
        .filter((e) => weekdayOf(e.event.date) !== undefined)
        .map((e) => showDate(e.event.date)),
    ),
  ]);
  // A day inside a span the record gives only by its ends ("desk duty from the 26th; back on patrol by the 31st"): not confirmed (span-ends.ts).
  if (fits(dates)) {
    // "Last Tuesday", "this past Tuesday" say which week too: the page's last two weeks (not in quoted words, which
    // speak from their speaker's day).
    // Not where the sentence speaks from another day: words reported after a verb of saying ("the Post said … last
    // Monday"), a report named before it, or a date of its own (a dateline, "At the time, on March 28").
    const recent =
      lastWeekday(ctx.sentence, m) &&
      !quoted(ctx.sentence, m.start) &&
      !SAID_BEFORE.test(ctx.sentence.slice(0, m.start)) &&
      !ctx.mentions.some((d) => d !== m && (d.type === 'date' || d.type === 'weekday')) &&
      !/\b(?:report|reported|story|article|wrote|writing)\b/i.test(
        ctx.sentence.slice(0, m.start),
      ) &&
      !/\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}\b/.test(
        ctx.sentence,
      )
        ? lastWeek(ctx, m)
        : null;
    if (recent && recent.status === 'conflict') return recent;
    return fits(spanEnds(ctx.events)) ? agrees : unconfirmed('weekday', m.text, shown);
  }
  if (datesAnotherReport(ctx.sentence, m, ctx.events)) return unconfirmed('weekday', m.text, shown);
  // The day the speaker spoke, unless the clause names its event before speaking ("held a press conference on Thursday and said"; framed-day.ts).
  const framed = dayOfNamedEvent(ctx, m);
  // Framed by its event, but the day of another event the speaker spoke at: not sure enough to call it wrong.
  if (framed && ctx.utterance?.covers(m) && fits(fullDates(ctx.utterance.events)))
    return unconfirmed('weekday', m.text, shown);
  const own = ctx.utterance?.covers(m) && !framed ? ctx.utterance : null;
  if (own) {
    // The day the speaker spoke: one of the speaker's own events, or wrong.
    if (fits(fullDates(own.events))) return unconfirmed('weekday', m.text, shown);
    return result(
      'conflict',
      'weekday',
      m.text,
      shown,
      `The record dates it ${shown}${speakerDays(own, ctx.events)}, not a ${WEEKDAYS[m.value.day]}.`,
    );
  }
  // Someone unnamed spoke on a day another event of the story has: maybe that one. Not for recorded words, whose
  // occasion is known (the day the page gives for them is theirs).
  if (
    ctx.speech &&
    !framed &&
    (!ctx.quoteOccasion || REPORTING_VERB_BEFORE.test(ctx.sentence.slice(0, m.start))) &&
    fits(fullDates(ctx.allEvents))
  )
    return unconfirmed('weekday', m.text, listNames(dates.map(showDate)));
  return result(
    'conflict',
    'weekday',
    m.text,
    shown,
    `The record dates it ${shown}, not a ${WEEKDAYS[m.value.day]}.`,
  );
}

/** A verb of reporting before a day ("…, WXXI reported on Monday"): the day may be the report's, not the words'. */
const REPORTING_VERB_BEFORE =
  /\b(?:reported|reports|wrote|writes|published|printed|ran|aired|posted)\b/i;

function dateFits(v: ValueOf<'date'>, event: IndexedEvent): boolean {
  const [from] = dayRange(event.event.date);
  const [, to] = dayRange(event.event.dateEnd ?? event.event.date);
  if (v.year === undefined && v.month === undefined && v.day === undefined) return true;
  // Every day the page's wording allows (a year given alone, a month in the record's year…).
  const years =
    v.year !== undefined
      ? [v.year]
      : [new Date(from * 86_400_000).getUTCFullYear(), new Date(to * 86_400_000).getUTCFullYear()];
  return years.some((y) => {
    if (!v.month && v.day) return true;
    const [a, b] = dayRange(partialDate(y, v.month, v.day));
    return a <= to && b >= from;
  });
}

/** Whether the clause names one of its linked events by the event's words or by an outcome the event records. */
function namesLinkedEvent(ctx: CompareContext): boolean {
  const folded = foldText(ctx.sentence);
  return ctx.events.some(
    (e) =>
      e.words.some((w) => findTerm(folded, w) !== -1) ||
      ctx.mentions.some((m) => m.type === 'outcome' && !m.negated && e.outcomes.has(m.value.kind)),
  );
}

/** A participle of change right before a date's preposition. */
const CHANGED_IN =
  /\b(revised|updated|amended|changed|rewritten|reissued|reaffirmed|renewed|expanded|strengthened|tightened|loosened|replaced|reworded)\s+(?:again\s+|later\s+)?(?:in|on)\s+$/i;

/**
 * "back on patrol by March 31": a day the event had begun by. It holds when some linked event began on or before
 * that day; when every one began only after it, the day is wrong. A day of the month alone says too little.
 */
function byDate(ctx: CompareContext, m: Mention & { type: 'date' }): ValueResult | null {
  const v = m.value;
  // Inside what someone said ("the chief said they would be back by March 31"): the speaker's, not compared here.
  if (
    v.month === undefined ||
    !ctx.events.length ||
    (ctx.speechAt !== -1 && m.start > ctx.speechAt)
  )
    return null;
  const starts = ctx.events.map((e) => dayRange(e.event.date)[0]);
  const years =
    v.year !== undefined
      ? [v.year]
      : [
          ...new Set(
            ctx.events.flatMap((e) => [
              Number(e.event.date.slice(0, 4)),
              Number((e.event.dateEnd ?? e.event.date).slice(0, 4)),
            ]),
          ),
        ];
  const ends = years.map((y) => dayRange(partialDate(y, v.month, v.day))[1]);
  if (starts.some((from) => ends.some((end) => from <= end))) return agrees;
  const shown = listNames([...new Set(ctx.events.map((e) => showDate(e.event.date)))]);
  const from = ctx.events.some((e) => e.event.dateEnd) ? 'from ' : '';
  return result(
    'conflict',
    'date',
    m.text,
    shown,
    `The record dates it ${from}${shown}, after ${m.text}.`,
  );
}

function date(ctx: CompareContext, m: Mention & { type: 'date' }): ValueResult | null {
  if (m.value.relation === 'by') return byDate(ctx, m);
  if (m.value.relation && m.value.relation !== 'on' && m.value.relation !== 'in') return null;
  // "on the 7th": a day of the month alone, read in the linked events' month (day-of-month.ts).
  if (m.value.year === undefined && m.value.month === undefined)
    return compareDayOfMonth(ctx, m, !!dayOfNamedEvent(ctx, m));
  // A day for a report the record dates only to its month: not before what it credits, and never confirmed (report-run-day.ts).
  const run = reportRunDay(ctx, m);
  if (run) return run;
  // "sued the city on April 29, the same Tuesday Homan visited": the date is the suit's (same-day-apposition.ts).
  const sameDay = outsideSameDay(ctx.sentence, m, ctx.events);
  const events = sameDay?.rest ?? ctx.events;
  const shown = listNames([...new Set(events.map((e) => showDate(e.event.date)))]);
  // "The chiefs spoke in November 2016, before Trump signed his first executive orders": a date before a clause of another
  // time whose words alone name every linked event is the main clause's, another happening's.
  if (dateOfAnother(ctx, m, events)) return unconfirmed('date', m.text, shown);
  if (events.some((e) => dateFits(m.value, e)))
    // The events said to be on the same day must be on it too, or the sentence is not confirmed.
    return insideOnly(m.value, events) !== true &&
      (!sameDay || sameDay.apposed.some((e) => dateFits(m.value, e)))
      ? agrees
      : unconfirmed('date', m.text, shown);
  // "Denverite's November 16 story": the day a report ran, not its event's (report-noun-date.ts).
  if (datesAnotherReport(ctx.sentence, m, events)) return unconfirmed('date', m.text, shown);
  // A day the page has not reached, told as to come ("The refresher is Saturday, April 12"): something scheduled (scheduled-day.ts).
  if (scheduledAfterPage(ctx.sentence, m, ctx.pageDate, events))
    return unconfirmed('date', m.text, shown);
  // "revised in 2019", "reaffirmed in 2025": the day of a later change to the thing, which is no event the clause names.
  // Unless the change is the linked event itself (its words hold the verb's stem: "updated" for an update the record has).
  const change = CHANGED_IN.exec(ctx.sentence.slice(Math.max(0, m.start - 40), m.start))?.[1]
    ?.toLowerCase()
    .slice(0, 5);
  if (change && !events.some((e) => e.words.some((w) => w.includes(change))))
    return unconfirmed('date', m.text, shown);
  // A year or a month well inside what was said, in a clause that names none of its events ("Beck said the LAPD
  // adopted Special Order 40 in 1979"): the speaker's history, not the event's date.
  // Not a date between the verb (with whom it was told) and what was said: "told the X Times in November 2015 that …".
  if (
    m.value.day === undefined &&
    ctx.speechAt !== -1 &&
    m.start > ctx.speechAt + 12 &&
    !namesLinkedEvent(ctx) &&
    !(
      !/\bthat\b|["\u201C:]/.test(ctx.sentence.slice(ctx.speechAt, m.start)) &&
      /^\s*,?\s*(?:that\b|["\u201C]|:)/.test(ctx.sentence.slice(m.end, m.end + 8))
    )
  )
    return unconfirmed('date', m.text, shown);
  const framed = dayOfNamedEvent(ctx, m);
  if (framed && ctx.utterance?.covers(m) && ctx.utterance.events.some((e) => dateFits(m.value, e)))
    return unconfirmed('date', m.text, shown);
  const own = ctx.utterance?.covers(m) && !framed ? ctx.utterance : null;
  if (own) {
    if (own.events.some((e) => dateFits(m.value, e))) return unconfirmed('date', m.text, shown);
    return result(
      'conflict',
      'date',
      m.text,
      shown,
      `The record dates it ${shown}${speakerDays(own, events)}, not ${m.text}.`,
    );
  }
  if (ctx.speech && !dayOfNamedEvent(ctx, m) && ctx.allEvents.some((e) => dateFits(m.value, e)))
    return unconfirmed('date', m.text, shown);
  // "in February 2017 the Council voted to reaffirm it": another event of the story, named by its words in any form, on
  // the day the page gives: the clause may be about that one.
  // Only words of the date's own clause ("…, and the Star reported it the next day" is another's); not an event the
  // date's own words name ("on Election Day" names no election beside the day).
  const [from, to] = clauseAround(ctx.sentence, m.start, m.end);
  const folded = foldText(
    ' '.repeat(from) +
      ctx.sentence.slice(from, m.start) +
      ' '.repeat(m.end - m.start) +
      ctx.sentence.slice(m.end, to),
  );
  if (
    ctx.allEvents.some(
      (e) =>
        !ctx.events.includes(e) &&
        dateFits(m.value, e) &&
        (e.words.some((w) => findTerm(folded, w) !== -1) || namesByFamily(folded, e.words)),
    )
  )
    return unconfirmed('date', m.text, shown);
  // "The first Council resolution dates to 1986": another event of the same doer dated by the record to just the year
  // the page gives may be the one the clause means (the Council's 1986 resolution, not its 2017 one).
  const doers = new Set(
    events.flatMap((e) => e.participants.filter((p) => p.role === 'acted').map((p) => p.canon)),
  );
  const given =
    m.value.day === undefined && m.value.month === undefined && m.value.year !== undefined
      ? `${m.value.year}`
      : undefined;
  if (
    given &&
    // Not when the clause names the linked event by a phrase of its own ("the updated resolution").
    !events.some((e) =>
      e.words.some((w) => /\s/.test(w.trim()) && findTerm(foldText(ctx.sentence), w) !== -1),
    ) &&
    // Nor by its own year ("its 2017 resolution", "Resolution 2017-5").
    !events.some((e) =>
      ctx.sentence
        .slice(...clauseAround(ctx.sentence, m.start, m.end))
        .includes(e.event.date.slice(0, 4)),
    ) &&
    ctx.allEvents.some(
      (e) =>
        !events.includes(e) &&
        e.event.date === given &&
        e.participants.some((p) => p.role === 'acted' && doers.has(p.canon)),
    )
  )
    return unconfirmed('date', m.text, shown);
  // "last November", counted back from the page's date (last-month.ts): say which month that is.
  const said =
    m.value.counted && m.value.year !== undefined
      ? `${m.text} (${showDate(`${m.value.year}-${String(m.value.month).padStart(2, '0')}`)}, counted from the page's date ${showDate((ctx.pageDate ?? '').slice(0, 10))})`
      : m.text;
  return result('conflict', 'date', m.text, shown, `The record dates it ${shown}, not ${said}.`);
}

/** Where a clause of the sentence is cut off from the next: a semicolon, a dash, or a comma before a conjunction. */
const CLAUSE_CUT = /;|\s[\u2014\u2013-]\s|\u2014|,\s+(?:and|but|while|whereas|which|who|when)\b/g;

/** The span of the clause around [start, end): from the cut before it to the cut after it. */
function clauseAround(sentence: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = sentence.length;
  for (const cut of sentence.matchAll(CLAUSE_CUT)) {
    const at = cut.index ?? 0;
    if (at + cut[0].length <= start) from = at + cut[0].length;
    else if (at >= end) {
      to = at;
      break;
    }
  }
  return [from, to];
}

type DayPart = 'morning' | 'afternoon' | 'evening' | 'night';
const NEIGHBOURS: Record<DayPart, readonly DayPart[]> = {
  morning: ['morning'],
  afternoon: ['afternoon', 'evening'],
  evening: ['afternoon', 'evening', 'night'],
  night: ['evening', 'night'],
};

/** The parts of the day a clock time falls in, give or take an hour ("5:30 p.m." is afternoon or evening). */
function partsOf(minutes: number): Set<DayPart> {
  const at = (t: number): DayPart => {
    const h = (((t % 1440) + 1440) % 1440) / 60;
    return h >= 5 && h < 12
      ? 'morning'
      : h >= 12 && h < 17
        ? 'afternoon'
        : h >= 17 && h < 21
          ? 'evening'
          : 'night';
  };
  const parts = new Set([at(minutes - 60), at(minutes), at(minutes + 60)]);
  // The small hours are "in the morning" too ("2:47 that morning", "three in the morning").
  if ((((minutes % 1440) + 1440) % 1440) / 60 < 5) parts.add('morning');
  return parts;
}

/**
 * The linked events on the one weekday the clause names ("Wednesday morning"), when any is: an event of another day
 * the clause was linked to by its people alone is not the one the part of the day is told of. Else all linked events.
 */
function onNamedDay(ctx: CompareContext): readonly IndexedEvent[] {
  const days = new Set(
    ctx.mentions.flatMap((w) => (w.type === 'weekday' && !w.negated ? [w.value.day] : [])),
  );
  if (days.size !== 1) return ctx.events;
  const [day] = days;
  const on = ctx.events.filter((e) => weekdayOf(e.event.date) === day);
  return on.length ? on : ctx.events;
}

/** "Wednesday morning" against the part of the day the record gives (its dayPart, or its clock time); neighbours agree. */
function dayPart(ctx: CompareContext, m: Mention & { type: 'time-of-day' }): ValueResult | null {
  const part = m.value.part as DayPart | undefined;
  if (!part || m.value.relation === 'by') return null;
  const known = onNamedDay(ctx).flatMap((e) => {
    if (e.event.time) {
      const parts = partsOf(minutesOf(e.event.time));
      for (const p of partsOf(minutesOf(e.event.timeEnd ?? e.event.time))) parts.add(p);
      return [
        {
          parts,
          shown: e.event.timeEnd
            ? `${showTime(e.event.time)} to ${showTime(e.event.timeEnd)}`
            : `about ${showTime(e.event.time)}`,
        },
      ];
    }
    const p = e.event.dayPart as DayPart | undefined;
    if (!p) return [];
    // A part the record gives in words takes the evening's fuzzy edges too ("late afternoon" may be "evening"); the morning is the morning.
    return [{ parts: new Set(NEIGHBOURS[p]), shown: `in the ${p}` }];
  });
  if (known.length !== onNamedDay(ctx).length || !known.length) return null;
  // Evening and night shade into each other: "that night" of an event at 6 p.m. is loose, not wrong.
  for (const k of known)
    if (k.parts.has('evening')) for (const p of NEIGHBOURS.evening) k.parts.add(p);
  if (known.some((k) => k.parts.has(part))) return agrees;
  const shown = listNames(known.map((k) => k.shown));
  return result(
    'conflict',
    'time',
    m.text,
    shown,
    `The record times it ${shown}, not in the ${part}.`,
  );
}

/**
 * A date right before a clause of another time (", before …", "just after …", with no count between) when every linked
 * event is named by its words in that clause and nowhere else in the sentence ("The chiefs spoke in November 2016,
 * before Trump signed his first executive orders"): the date is of what the main clause tells, not of those events.
 */
function dateOfAnother(
  ctx: CompareContext,
  m: Mention,
  events: readonly CompareContext['events'][number][],
): boolean {
  const sub = DATE_THEN_POINT.exec(ctx.sentence.slice(m.end));
  if (!sub || !events.length) return false;
  const point = m.end + sub[0].length - (sub[1] as string).length;
  const close = ctx.sentence.slice(point).search(/[,;:!?]|\.(?:\s|$)/);
  const end = close === -1 ? ctx.sentence.length : point + close;
  const blank = (from: number, to: number) => ' '.repeat(to - from);
  const inside = foldText(blank(0, point) + ctx.sentence.slice(point, end));
  const outside = foldText(
    ctx.sentence.slice(0, point) + blank(point, end) + ctx.sentence.slice(end),
  );
  return events.every(
    (e) =>
      e.words.some((w) => findTerm(inside, w) !== -1) &&
      !e.words.some((w) => findTerm(outside, w) !== -1),
  );
}
/** Right after a date: a point word of another time, perhaps after a comma and a hedge, with no count between. */
const DATE_THEN_POINT =
  /^\s*,?\s*(?:(?:just|shortly|soon|long|well|right|not\s+long)\s+)?(before|after|since|following)\b/i;

/**
 * "The first call came at 3:41 a.m., less than an hour after the weather service issued its warning": a clock time
 * before a clause of another time ("after", "before", "since") whose events are told only in that clause is of
 * another happening than theirs.
 */
function timeOfAnother(
  ctx: CompareContext,
  m: Mention,
  timed: readonly CompareContext['events'][number][],
): boolean {
  const sub = /\b(?:after|before|since|following)\b/i.exec(ctx.sentence.slice(m.end));
  if (!sub) return false;
  const before = foldText(ctx.sentence.slice(0, m.end + sub.index));
  return timed.every((e) => !e.words.some((w) => findTerm(before, w) !== -1));
}

/** Minutes either way two unhedged times told to the minute may differ (a page's rounding to five minutes). */
const MINUTE_SLACK = 7;
/** Minutes either side of a time span the record gives (its own doubt is in the span). */
const SPAN_SLACK = 15;

function time(ctx: CompareContext, m: Mention & { type: 'time-of-day' }): ValueResult | null {
  if (m.value.minutes === undefined) return dayPart(ctx, m);
  const minutes = m.value.minutes;
  // "shortly after 6 p.m.", "just before noon": close to it, not any time after.
  const close = /\b(shortly|just|soon|right|moments?|minutes)\s+$/i.test(
    ctx.sentence.slice(Math.max(0, m.start - 20), m.start).replace(/\b(after|before)\s+$/i, ''),
  );
  const relation = close ? 'about' : m.value.relation;
  if (minutes === undefined || relation === 'by') return null;
  const timed = ctx.events.filter((e) => e.event.time);
  if (!timed.length || untimedOwnEvent(ctx.events, ctx.mentions) || timeOfAnother(ctx, m, timed))
    return null;
  // A time given past the hour ("6:45", "a quarter to seven"), not hedged, is precise: half an hour either way, not three quarters.
  const slack = relation === 'at' ? (minutes % 60 !== 0 ? 30 : 45) : 60;
  // "about 5:49" against a record of about 6:49: two times to the minute, hedged or not, are half an hour apart at most.
  // "at 6:15 p.m." against a record of 6:05: a time the page gives off the half hour, not hedged, and a recorded time off
  // the quarter hour are both told to the minute, and differ by more than a reporter's rounding.
  const slackFor = (e: (typeof timed)[number]) => {
    // A recorded span ("17:50 to 18:15") already holds the record's doubt: a quarter of an hour either side, no more.
    if (e.event.timeEnd && (relation === 'at' || relation === 'about')) return SPAN_SLACK;
    const own = minutesOf(e.event.time as string);
    if (relation === 'at' && minutes % 30 !== 0 && !e.event.timeEnd && own % 15 !== 0)
      return MINUTE_SLACK;
    return relation === 'about' && minutes % 60 !== 0 && !e.event.timeEnd && own % 60 !== 0
      ? 30
      : slack;
  };
  const fitsAt = (value: number) => (e: (typeof timed)[number]) => {
    const from = minutesOf(e.event.time as string) - slackFor(e);
    const to = minutesOf(e.event.timeEnd ?? (e.event.time as string)) + slackFor(e);
    // "after 6 p.m." needs the event to end after it; "before 6 p.m." to start before it.
    if (relation === 'after') return value <= to;
    if (relation === 'before') return value >= from;
    return value >= from && value <= to;
  };
  // "shortly before five o'clock": on the hedge's side of the time, near it (close-time.ts).
  const near = closeWindow(ctx.sentence, m.start, minutes);
  if (near) {
    const overlaps = (shift: number) => (e: (typeof timed)[number]) =>
      minutesOf(e.event.timeEnd ?? (e.event.time as string)) >= near.from + shift &&
      minutesOf(e.event.time as string) <= near.to + shift;
    if (timed.some(overlaps(0)) || (m.value.ambiguous && timed.some(overlaps(720)))) return agrees;
  }
  // "at 5:30" with no a.m. or p.m. may be either: it is wrong only if neither fits.
  else if (timed.some(fitsAt(minutes)) || (m.value.ambiguous && timed.some(fitsAt(minutes + 720))))
    return agrees;
  const shown = listNames(
    timed.map((e) =>
      e.event.timeEnd
        ? `${showTime(e.event.time as string)} to ${showTime(e.event.timeEnd)}`
        : `about ${showTime(e.event.time as string)}`,
    ),
  );
  return result('conflict', 'time', m.text, shown, `The record times it ${shown}, not ${m.text}.`);
}

/** Right after a street: ", not (on) Whitney (Street)", "rather than Whitney", "instead of on Whitney". */
const DENIED_STREET =
  /^\s*,?\s*(?:and\s+|but\s+)?(?:not|rather\s+than|instead\s+of)\s+(?:on\s+|at\s+)?(?:the\s+)?(\p{Lu}[\p{L}'\u2019.-]*(?:\s+\p{Lu}[\p{L}'\u2019.-]*){0,2})/u;

/** Whether a name the page denies is the recorded street, by its full name or by its name without the suffix ("Whitney"). */
function deniedIs(ctx: CompareContext, name: string, canon: string): boolean {
  const own = streetKey(ctx.record.nameOf(canon));
  const said = streetKey(name);
  return (
    said === own ||
    (!said.includes(' ') && own.split(' ').length === 2 && own.startsWith(`${said} `))
  );
}

/** Words of a course, of watching, of a building, or of another time ("parked there for days beforehand") on a street: the street may be another part of what happened. */
const COURSE =
  /\b(?:from|left|leaving|headed|heading|drove|driving|followed|following|tracked|tracking|watch\w*|surveil\w*|observ\w*|house|home|residence|address|apartment|building|where|parked|parking|seen|spotted|beforehand|previously|for\s+(?:days|weeks))\b/i;

/** Right before a street: where someone came from ("back from a drain job on", "on my way home from work on"), within a few words; not "from the van on", "from a house on" (the event's own course). */
const CAME_FROM =
  /\b(?:back|home|returning|coming|came|walking|driving|way(?:\s+home)?)\s+from\s+(?:(?:a|an|the|his|her|their|my|our|your|work|school)\s+)?(?:[\p{L}'\u2019-]+\s+){0,4}(?:on|at|off|along)\s+$/iu;

function street(ctx: CompareContext, m: Mention & { type: 'street' }): ValueResult | null {
  const places = placesOf(ctx);
  const recordedStreets = places.filter((p) => [...ctx.record.streets.values()].includes(p));
  if (!recordedStreets.length) return null;
  const key = streetKey(m.value.name);
  const canon = ctx.record.streets.get(key);
  const names = listNames(recordedStreets.map(ctx.record.nameOf));
  if (canon && recordedStreets.includes(canon)) return agrees;
  // "a client of mine over on Dewey Avenue", "my neighbours on X": where someone is who is no party to it.
  if (SOMEONE_IN.test(ctx.sentence.slice(Math.max(0, m.start - 40), m.start)))
    return unconfirmed('street', m.text, names);
  // "on X Street, not Whitney": another street of the story, put in place of the one the record has, by name.
  const denied = DENIED_STREET.exec(ctx.sentence.slice(m.end, m.end + 60));
  // Only where it happened ("on", "at"): "followed the van from X, not Whitney" says nothing of where it was stopped.
  if (
    canon &&
    denied &&
    (m.value.relation === 'on' || m.value.relation === 'at') &&
    recordedStreets.some((r) => deniedIs(ctx, denied[1] as string, r))
  ) {
    return result(
      'conflict',
      'street',
      m.text,
      names,
      `The record places it on ${names}; the page puts it on ${m.text} instead of ${denied[1]}.`,
    );
  }
  // A street of the story that the record has only for another event (where someone was watched before a stop), given
  // as where the one linked event happened: the record puts that event elsewhere. Not where the sentence tells of a course
  // or a building on the way ("followed the van from a house on X", "a man they'd been watching on X"): the other event
  // may be told there in words the record does not list. A street no event has may be part of the event's course, so
  // it is only unconfirmed; one several events have is not this event's to deny.
  const elsewhere =
    canon &&
    (m.value.relation === 'on' || m.value.relation === 'at') &&
    ctx.events.length === 1 &&
    !COURSE.test(ctx.sentence)
      ? ctx.allEvents.filter((e) => !ctx.events.includes(e) && e.places.includes(canon))
      : [];
  if (elsewhere.length === 1)
    return result(
      'conflict',
      'street',
      m.text,
      names,
      `The record places it on ${names}, not ${m.text}; it has ${m.text} for another event: ${elsewhere[0]!.event.label}.`,
    );
  if (canon) return unconfirmed('street', m.text, names);
  // "coming back from a drain job on X", "on his way home from work on X": where someone came from, not where it happened.
  const from = CAME_FROM.exec(ctx.sentence.slice(Math.max(0, m.start - 60), m.start));
  // Not when the way names the event or a watched home ("coming back from the traffic stop on", "coming from a house on").
  const fromText = from ? foldText(from[0]) : '';
  if (
    from &&
    !/\b(?:when|while|saw|see|seen|was|were|house|home|residence|address|apartment)\b/i.test(
      from[0].replace(/^\S+\s+(?:home\s+)?from\b/i, ''),
    ) &&
    !ctx.allEvents.some((e) => e.words.some((w) => findTerm(fromText, w) !== -1))
  )
    return unconfirmed('street', m.text, names);
  return result(
    'conflict',
    'street',
    m.text,
    names,
    `The record places it on ${names}, not ${m.text}.`,
  );
}

/** Right after a place, a noun for people of it ("Albany lawmakers", "Syracuse residents", "state legislators"). */
const PEOPLE_AFTER =
  /^(?:['\u2019]s)?\s+(?:area\s+|city\s+|state\s+|county\s+|local\s+)?(?:lawmakers|legislators|officials|politicians|leaders|residents|voters|activists|advocates|democrats|republicans|senators|representatives|council\s*members|councilmembers|critics|supporters|families|people|business\s+owners|clergy|students|man|woman|men|women|native|natives|resident|family|couple|teen|teens|teenager|mother|father|lawmaker|legislator|official|activist|advocate|pastor|student|lawyer|attorney)\b/i;

const OTHER_PLACE_NOUN = String.raw`(?:[Pp]laces|[Cc]ities|[Tt]owns|[Dd]epartments|[Cc]ommunities|[Jj]urisdictions|[Ss]tates|[Cc]ounties|[Mm]unicipalities)`;
/** A list of places ending "… among the other cities" / "… and other towns": named as places other than the event's. */
const OTHER_PLACES_AFTER = new RegExp(
  String.raw`^(?:,?\s+(?:and\s+|or\s+)?(?:\p{Lu}[\p{L}.'-]*\s*){1,3})*,?\s+(?:were\s+|are\s+)?among\s+(?:the\s+)?(?:several\s+|many\s+|some\s+|\w+\s+)?other\s+${OTHER_PLACE_NOUN}\b`,
  'u',
);
/** "other cities such as X", "other places, including X, Y and Z": a place in a list named as another place. */
const OTHER_PLACES_BEFORE = new RegExp(
  String.raw`\b[Oo]ther\s+${OTHER_PLACE_NOUN}\s*,?\s+(?:such\s+as|like|including|from|in)\s+(?:(?:\p{Lu}[\p{L}.'-]*\s*)+,?\s+(?:and\s+|or\s+)?)*$`,
  'u',
);

/** After a place, before the clause ends: its party said what another had ("said much the same as", "echoed", "followed suit"). */
const ECHOED_AFTER =
  /^(?:(?!,\s*(?:and|but|while|as|which|who|when|where)\b|\s(?:and|but)\s)[^.;!?]){0,60}?\b(?:(?:said|says|say|stated|wrote)\s+(?:much|largely|essentially|roughly|about|pretty\s+much|more\s+or\s+less)?\s*(?:the\s+same|similar\s+things?|something\s+similar|likewise)\b|echoed|followed\s+suit|did\s+the\s+same|did\s+likewise)/i;

/** A clause linked to no event is read against every event of the story at once. */
const storyWide = (ctx: CompareContext) =>
  ctx.events.length > 1 && ctx.events.length === ctx.record.events.length;

/**
 * The recorded places that contain no other recorded place: read against the whole story, a town is confirmed by
 * the story's town, not by the state that one event (a state law) names ("Utica" is not Rochester).
 */
function narrowest(ctx: CompareContext, places: readonly string[]): string[] {
  const narrow = places.filter(
    (r) => !places.some((o) => o !== r && ctx.record.ancestors(o).has(r)),
  );
  return narrow.length ? narrow : [...places];
}

/** Inside an aside of a person's earlier act, not closed yet (", who had heard …", ", who'd been told …"). */
const EARLIER_ASIDE = /,\s*who\s*(?:had|['\u2019]d)\s[^,]*$/i;

/** Right before a place, a person of the writer's or a bystander's ("my cousin in Florida", "readers in Ohio"): where they are. */
const SOMEONE_IN =
  /\b(?:(?:cousins?|aunts?|uncles?|friends?|family|relatives?|sisters?|brothers?|mother|father|mom|dad|parents|grand(?:ma|pa|mother|father|parents)|kids|sons?|daughters?|nephews?|nieces?|in-laws|neighbou?rs?|readers?|viewers?|listeners?|colleagues?|co-?workers?|folks)|[\p{L}-]+\s+of\s+(?:mine|ours))\s+(?:(?:back|down|up|out\s+there|over)\s+)?(?:in|on|at)\s+$/iu;

/** A place named as where a building or institution is ("the detention facility in X"), not where the event was. */
const OF_INSTITUTION =
  /\b(facility|facilities|jail|prison|center|centre|court|courthouse|hospital|headquarters|office|offices|station|airport|school|church|hotel|home|native|born|from|raised|based)\b[^.;,]{0,12}\b(in|at|near|of)\s+$/i;

/** Every word of a name capitalised ("New York City"); "New York city" is a description of a city in New York. */
const allCapitalised = (text: string) =>
  text
    .split(/[\s-]+/)
    .every(
      (w) => w.length < 3 || /^(of|the|and|de|del|la|le|upon|on)$/.test(w) || /^\p{Lu}/u.test(w),
    );

/** A place word that is the first name of one of the record's streets, after "on", "along", "off" or "down". */
function streetShort(ctx: CompareContext, m: Mention): boolean {
  if (
    !/\b(?:on|along|off|down|up)\s+$/i.test(ctx.sentence.slice(Math.max(0, m.start - 8), m.start))
  )
    return false;
  const name = `${foldText(m.text)} `;
  return [...ctx.record.streets.keys()].some((k) => k.startsWith(name));
}

function place(
  ctx: CompareContext,
  m: Mention & { type: 'place' | 'state' },
  outcomes: readonly (Mention & { type: 'outcome' })[] = [],
): ValueResult | null {
  if (!isProperName(m.text) || !allCapitalised(m.text)) return null;
  // "the rallies on Lexington": a record's street ("Lexington Avenue") named without its suffix, after a word of streets.
  if (streetShort(ctx, m)) return null;
  // "held at the detention facility in X": the place of the clause's outcome, when the record gives one (compare-outcome-place.ts).
  if (OF_INSTITUTION.test(ctx.sentence.slice(Math.max(0, m.start - 40), m.start)))
    return outcomePlace(ctx, m, outcomes);
  const places = placesOf(ctx);
  // "the Utica officers" in a clause about events that record no place: the story's officers given to another town (town-officers.ts).
  if (!places.length) return townOfficers(ctx, m);
  const page = canonsNamed(ctx, m.value.name, m.type === 'state' ? ['state'] : ['place', 'state']);
  // The most precise recorded place that is a town or wider, for the explanation.
  const names = listNames(places.map(ctx.record.nameOf));
  // "South Haven, Michigan": a town the world does not know, in the state of the record's town (unknown-town.ts).
  if (!page.length) return unknownTown(ctx, m, places);
  if (placeRelation(ctx, page, storyWide(ctx) ? narrowest(ctx, places) : places)) return agrees;
  if (page.some((p) => ctx.record.storyCanons.has(p))) return unconfirmed(m.type, m.text, names);
  // "agents from Texas", "officers from the Buffalo sector", "flew in from X", "arrived from Richmond, California": where
  // someone came from, not where it happened.
  const before = ctx.sentence.slice(Math.max(0, m.start - 48), m.start);
  if (
    /\bfrom\s+(?:the\s+)?(?:nearby\s+|neighboring\s+|neighbouring\s+)?$/i.test(before) ||
    /\b[Ff]rom\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2},\s+$/u.test(before) ||
    // "from Brooklyn and Queens", "from Buffalo, Albany or Utica": every place of the list.
    /\b[Ff]rom\s+(?:the\s+)?\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}(?:,\s+\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2})*,?\s+(?:and|or)\s+$/u.test(
      before,
    ) ||
    // "Brooklyn-born activists", "a Buffalo-based group": where someone is from or based.
    /^-(?:born|raised|bred|based|area)\b/i.test(ctx.sentence.slice(m.end, m.end + 8))
  )
    return unconfirmed(m.type, m.text, names);
  // "Police in Aurora said much the same as Denver", "Seattle's chief echoed him": another party saying it again; their
  // town is theirs, not the event's.
  if (ECHOED_AFTER.test(ctx.sentence.slice(m.end, m.end + 90)))
    return unconfirmed(m.type, m.text, names);
  // "my cousin in Florida is texting me": where someone is who is no party to it.
  if (SOMEONE_IN.test(ctx.sentence.slice(Math.max(0, m.start - 40), m.start)))
    return unconfirmed(m.type, m.text, names);
  // "Aurora, Chicago and Seattle among the other places where …", "other cities such as X": places named as not this one.
  if (
    OTHER_PLACES_AFTER.test(ctx.sentence.slice(m.end, m.end + 80)) ||
    OTHER_PLACES_BEFORE.test(ctx.sentence.slice(Math.max(0, m.start - 80), m.start))
  )
    return unconfirmed(m.type, m.text, names);
  // "Albany lawmakers", "Buffalo residents": a town before a noun for people says where they are from or serve.
  if (PEOPLE_AFTER.test(ctx.sentence.slice(m.end, m.end + 30)))
    return unconfirmed(m.type, m.text, names);
  // "took over Albany's week": a town owning something that is no place says whose it is (owner-place.ts).
  if (ownsNoPlace(foldText(ctx.sentence), m.end)) return unconfirmed(m.type, m.text, names);
  // "From my desk at a Buffalo office I tracked the week: the stop …": where the writer was (writer-place.ts).
  if (
    writersPlace(
      foldText(ctx.sentence),
      m.start,
      ctx.events.flatMap((e) => e.words),
    )
  )
    return unconfirmed(m.type, m.text, names);
  // "Albany spent the week arguing about a stop on Rochester's west side": a town opening the sentence as the subject
  // of its own verb stands for its people; the clause places the event by another place, which the record has.
  if (townAsSubject(ctx, m)) return unconfirmed(m.type, m.text, names);
  // Known to the world but nowhere near the recorded places.
  const wide = listNames(
    [
      ...new Set(
        places.flatMap((p) =>
          p.startsWith('w:')
            ? [p]
            : [...ctx.record.ancestors(p)].filter((a) => a.startsWith('w:')).slice(0, 1),
        ),
      ),
    ].map(ctx.record.nameOf),
  );
  return result(
    'conflict',
    m.type === 'state' ? 'state' : 'place',
    m.text,
    wide || names,
    `The record places it in ${wide || names}, not ${m.text}.`,
  );
}

/** Right after a town opening the sentence: a verb of its own (a past, a present in -s, or be/have). */
const OWN_VERB_AFTER = /^\s+(?:also\s+|has\s+|had\s+)?(\p{Ll}+)\b/u;

function townAsSubject(ctx: CompareContext, m: Mention & { type: 'place' | 'state' }): boolean {
  if (!/^\W*$/.test(ctx.sentence.slice(0, m.start))) return false;
  const verb = OWN_VERB_AFTER.exec(ctx.sentence.slice(m.end))?.[1];
  if (
    !verb ||
    !(
      /^\p{Ll}{3,}ed$/u.test(verb) ||
      lexicon.irregularPasts.has(verb) ||
      /^(?:spent|is|was|has|had|says|wants|watched|saw|kept|felt|found|heard)$/.test(verb)
    )
  )
    return false;
  // Another place of the sentence, after the verb, that the record has for the event.
  const places = placesOf(ctx);
  return ctx.mentions.some(
    (o) =>
      o !== m &&
      o.start > m.end &&
      (o.type === 'place' || o.type === 'street') &&
      !o.negated &&
      placeRelation(ctx, placeCanons(o, ctx.record), places),
  );
}

/** Where the innermost bracket around `at` opens, or -1 outside any. */
function bracketAt(sentence: string, at: number): number {
  const stack: number[] = [];
  for (let i = 0; i < at && i < sentence.length; i++) {
    if (sentence[i] === '(') stack.push(i);
    else if (sentence[i] === ')') stack.pop();
  }
  return stack.at(-1) ?? -1;
}

function count(
  ctx: CompareContext,
  m: Mention & { type: 'count' },
  given: readonly (Mention & { type: 'outcome' })[],
): ValueResult | null {
  if (!m.value.noun) {
    // "By Monday all ten were back on patrol", "handcuffed all eight of them": the whole group the clause's outcome
    // befalls, judged as "all N <noun>" (all-of-group.ts). A count the record gives holds on its event's day: with no
    // day named ("all ten eventually returned"), nothing is said.
    const times = ctx.mentions.filter((x) => x.type === 'date' || x.type === 'time-of-day');
    const noun = bareAllSubject(ctx.sentence, m, times) ? outcomeNoun(ctx, given) : undefined;
    if (!noun) return null;
    const counted = ctx.events.some((e) =>
      given.some((o) => e.outcomes.get(o.value.kind)?.count !== undefined),
    );
    const dayNamed = ctx.mentions.some(
      (x) => x.type === 'weekday' || (x.type === 'date' && x.value.day !== undefined),
    );
    return counted && !dayNamed
      ? null
      : allOfGroup(ctx, { ...m, value: { ...m.value, noun } }, given, true);
  }
  // "officers walked to the van (about a dozen people aboard) and handcuffed them": an aside's count is not the outcome's outside it.
  const scope =
    given.length && /[()]/.test(ctx.sentence) ? bracketAt(ctx.sentence, m.start) : undefined;
  const outcomes =
    scope === undefined ? given : given.filter((o) => bracketAt(ctx.sentence, o.start) === scope);
  // "one officer told us …": who spoke, not how many took part (speaker-count.ts).
  if (
    countIsSpeaker(
      ctx.sentence.toLowerCase(),
      m.end,
      ctx.sentence.slice(m.end).trim().toLowerCase().startsWith(m.value.noun.toLowerCase())
        ? m.value.noun
        : undefined,
    )
  )
    return null;
  // "No officers were fired": the zero is the outcome's denial, not a count of what happened.
  if (m.value.min === 0 && m.value.max === 0 && outcomes.length) return null;
  // "every one of the eight": the quantifier's "one" counts nothing.
  if (quantifierOne(ctx.sentence, m)) return null;
  // "handcuffed all eight people", "every one of the nine was detained": the outcome given to the whole group (all-of-group.ts).
  const whole = allOfGroup(ctx, m, outcomes);
  if (whole) return whole;
  const noun = singular(m.value.noun);
  // "the ten officers": the size of a known group, not how many the outcome befell ("all ten officers were …" says it befell all ten).
  // So is the whole a part is taken from ("fewer than half of the roughly eight people …", "Eight of 10 officers …").
  const before = ctx.sentence.slice(Math.max(0, m.start - 60), m.start);
  const group = THE_GROUP.test(before) || WHOLE_OF_PART.test(before);
  const widen = m.value.approximate ? Math.max(1, Math.round(m.value.min * 0.2)) : 0;
  const lo = m.value.min - widen;
  const hi = m.value.max === undefined ? Infinity : m.value.max + widen;
  const fits = (min: number, max: number) => lo <= max && hi >= min;
  const shown = m.text;
  // A count next to an outcome that befell what it counts ("eight people were detained") is that outcome's count.
  // An outcome wished or demanded ("rallied to demand that they be fired") befell no one the count counts.
  const live = outcomes.filter(
    (o) => !o.negated && !NOT_DONE.test(ctx.sentence.slice(Math.max(0, o.start - 40), o.start)),
  );
  const story = ctx.allEvents.flatMap((e) => [...e.outcomes.values()]);
  // "the three men detained": a group the outcome defines, counted wherever the story records it (defined-group.ts).
  const defined = group ? definedGroupCount(ctx.sentence, m, live, ctx.allEvents) : null;
  if (defined)
    return result(
      'conflict',
      'count',
      shown,
      defined.record,
      `The record gives ${defined.record}, not ${shown}.`,
    );
  // "Two passengers were detained": a kind of people the story counts (a quantity that counts both) may be part of those
  // the outcome befell, never the whole group's size.
  if (!group && live.length && (story.some((o) => o.nouns.has(noun)) || kindOfPeople(ctx, noun))) {
    const recorded = ctx.events.flatMap((e) =>
      live.flatMap((o) => {
        const r = e.outcomes.get(o.value.kind);
        return r && r.count !== undefined && r.nouns.has(noun)
          ? [{ count: r.count, kind: o.value.kind }]
          : [];
      }),
    );
    if (!recorded.length)
      return (
        overWhole(ctx, m, noun, lo, live) ??
        unconfirmed('count', shown, 'no count for this outcome')
      );
    if (recorded.some((r) => fits(r.count, r.count))) return agrees;
    const record = listNames(recorded.map((r) => `${r.count} ${outcomeShown(r.kind)}`));
    // "One firefighter was taken to Osgood Memorial Hospital with a cut": the hurt are told one by one, so fewer than
    // the record's count may be some of them; only more than all of them is wrong.
    if (recorded.every((r) => TOLD_ONE_BY_ONE.has(r.kind)) && recorded.every((r) => hi < r.count))
      return unconfirmed('count', shown, record);
    return result('conflict', 'count', shown, record, `The record gives ${record}, not ${shown}.`);
  }
  // "The three men were detained": a known group's size that is the recorded count of the outcome said of it agrees
  // (another size is judged below, as a group's).
  if (
    group &&
    live.some((o) =>
      ctx.events.some((e) => {
        const r = e.outcomes.get(o.value.kind);
        return (
          r !== undefined && r.count !== undefined && r.nouns.has(noun) && fits(r.count, r.count)
        );
      }),
    )
  )
    return agrees;
  // "About 25 people showed up": onlookers, never those a vehicle carried (onlooker-count.ts).
  const onlookers = onlookerCount(ctx.sentence, m.end, m.start);
  const counted = (q: { nouns: ReadonlySet<string> }) =>
    q.nouns.has(noun) && !(onlookers && countsAboard(q.nouns));
  const own = ctx.events.flatMap((e) => e.quantities.filter(counted));
  // "Ten officers were involved in the stop": the record may count them at another event of the same scene (the backup call).
  const ranges = own.length
    ? own
    : ctx.allEvents
        .filter((e) => !ctx.events.includes(e) && ctx.events.some((l) => sameScene(l, e)))
        .flatMap((e) => e.quantities.filter(counted));
  if (
    !ranges.length &&
    onlookers &&
    ctx.allEvents.some((e) => e.quantities.some((q) => q.nouns.has(noun)))
  )
    return unconfirmed('count', shown, 'no count of those present');
  // "statements from six agencies": how many the things came from (source-count.ts).
  if (!ranges.length) return compareSourceCount(ctx, m);
  if (ranges.some((q) => fits(q.min, q.max)))
    // "Roughly fifteen" against 10 to 12: within a hedge's give, but its number is none of the record's; not confirmed.
    return ranges.some((q) => m.value.min <= q.max && (m.value.max ?? Infinity) >= q.min)
      ? agrees
      : unconfirmed('count', shown, listNames(ranges.map((q) => showRange(q.min, q.max))));
  // "Several hundred people protested outside the Public Safety Building": a linked event the record places where the
  // clause does, which counts none of these, may be the one the count is of.
  const there = placedByClause(ctx);
  // Where an event is, at its most precise (City Hall, not the city that holds it), related to a place the clause names.
  const placedThere = (e: IndexedEvent) =>
    narrowest(ctx, e.places).some((at) => [...there].some((t) => sameOrNested(ctx.record, t, at)));
  const countedEvents = ctx.events.filter((e) => e.quantities.some(counted));
  const uncountedThere =
    there.size > 0 &&
    ctx.events.some((e) => !e.quantities.some(counted) && placedThere(e)) &&
    countedEvents.length > 0 &&
    countedEvents.every((e) => e.places.length > 0 && !placedThere(e));
  const record = listNames(
    ranges.map((q) => `${q.said ?? showRange(q.min, q.max)} ${m.value.noun}`),
  );
  // "Three of them" of the eight in the van: a part of the group is no size of it; only more than all of it is wrong.
  if (m.value.part && ranges.some((q) => lo <= q.max)) return unconfirmed('count', shown, record);
  if (uncountedThere) return unconfirmed('count', shown, record);
  // A clause linked by what it counts, not by its words ("about a hundred people stood outside City Hall"), whose count fits
  // what another event counts (the protest's hundred, not the van's eight): it may be about that one.
  if (
    ctx.linkedByPlace &&
    ctx.allEvents.some(
      (e) =>
        !ctx.events.includes(e) &&
        e.quantities.some((q) => q.nouns.has(noun) && fits(q.min, q.max)),
    )
  )
    return unconfirmed('count', shown, record);
  // "…, three people, and they were taken into custody": the count may be the outcome's that a later clause gives them (count-elsewhere.ts).
  if (
    ctx.laterOutcomes &&
    countOfLaterOutcome(
      ctx.sentence,
      m,
      noun,
      ctx.laterOutcomes,
      ctx.events.length ? ctx.events : ctx.allEvents,
      (n) => fits(n, n),
    )
  )
    return unconfirmed('count', shown, record);
  // "Organizers put their crowd at several hundred": a count the page gives as an interested party's own estimate is
  // theirs, not the page's (the record's count is the reporters').
  if (ORGANIZERS_ESTIMATE.test(ctx.sentence.slice(0, m.start)))
    return unconfirmed('count', shown, record);
  // "a few officers went over to the van": a loose few below the whole doing a part of the job is some of them, not the
  // group's size; unless the clause tells how many came or were there, or says "only".
  if (fewOfTheWhole(ctx.sentence, m, ranges)) return unconfirmed('count', shown, record);
  if (m.value.min === 0 && m.value.max === 0)
    return result('conflict', 'count', shown, record, `The record gives ${record}, not none.`);
  return result('conflict', 'count', shown, record, `The record gives ${record}, not ${shown}.`);
}

/** A determiner of a known group before its count, with a hedge between ("the roughly eight"). */
const THE_GROUP =
  /\b(?:the|these|those|its|their|his|her)\s+(?:(?:roughly|about|around|some|nearly|an\s+estimated|estimated|approximately)\s+)?$/i;
/** A part taken of a whole counted next ("half of the", "most of those roughly", "two of the", "eight out of"); not "all of". */
const WHOLE_OF_PART =
  /\b(?:half|most|some|many|few|several|majority|minority|thirds?|quarters?|fraction|share|\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+(?:out\s+)?of\s+(?:the\s+|those\s+|these\s+|its\s+|their\s+)?(?:(?:roughly|about|around|some|nearly|an\s+estimated|estimated|approximately|just|only)\s+)?$/i;

/** A loose few ("a few", "several", "a handful", "a couple", "some"). */
const LOOSE_FEW = /^(?:a\s+few|several|a\s+handful|a\s+couple|a\s+pair|some)$/i;
/** Words that make a count the size of those who came or were there. */
const HOW_MANY_CAME =
  /\b(?:came|come|comes|arrived?|arriving|respond(?:ed|ing)?|show(?:ed)?\s+up|turn(?:ed)?\s+up|answer(?:ed)?|sent|dispatched|rushed|raced|present|involved|took\s+part|participated|on\s+(?:the\s+)?scene|at\s+the\s+scene|were\s+there|in\s+all|in\s+total|altogether)\b/i;

/** A loose few, below every recorded range, told doing something other than coming or being there, with no "only". */
function fewOfTheWhole(
  sentence: string,
  m: Mention & { type: 'count' },
  ranges: readonly { min: number; max: number }[],
): boolean {
  if (!LOOSE_FEW.test(m.text.trim())) return false;
  if (!ranges.every((q) => (m.value.max ?? Infinity) < q.min)) return false;
  if (
    /\b(?:only|just|merely|mere|no\s+more\s+than)\s+$/i.test(
      sentence.slice(Math.max(0, m.start - 20), m.start),
    )
  )
    return false;
  return !HOW_MANY_CAME.test(sentence.slice(m.end, m.end + 80));
}

/** The one noun the record counts the clause's outcomes by (or has them befall some of), in its linked events (none when several). */
function outcomeNoun(
  ctx: CompareContext,
  outcomes: readonly (Mention & { type: 'outcome' })[],
): string | undefined {
  const nouns = new Set(
    ctx.events.flatMap((e) =>
      outcomes.flatMap((o) => {
        const r = o.negated ? undefined : e.outcomes.get(o.value.kind);
        if (!r || (r.count === undefined && !r.some)) return [];
        // The noun a quantity of the story also counts (the van's "people"), else the outcome's first.
        const own = [...r.nouns];
        const counted = own.find((n) =>
          ctx.allEvents.some((x) => x.quantities.some((q) => q.nouns.has(n))),
        );
        const first = counted ?? own[0];
        return first ? [first] : [];
      }),
    ),
  );
  return nouns.size === 1 ? [...nouns][0] : undefined;
}

/** The record's canonical ids of the streets and places the clause names. */
function placedByClause(ctx: CompareContext): Set<string> {
  return new Set(ctx.mentions.flatMap((m) => placeCanons(m, ctx.record)));
}

/** Organizers named before a verb of estimating or saying, up to the count. */
const ORGANIZERS_ESTIMATE =
  /\b(?:organi[sz]ers?|promoters?|the\s+(?:rally|march|protest)['\u2019]s\s+(?:organi[sz]ers?|leaders))\b[^.;]{0,60}?\b(?:put|puts|estimated|estimates|claimed|claims|said|says|reported|reports|counted|counts|pegged|pegs)\b[^.;]{0,40}$|\baccording\s+to\s+(?:the\s+)?(?:organi[sz]ers?|promoters?)\b[^.;]{0,60}$/i;

/**
 * An outcome the record gives no count for may have befallen part of a group the linked events count ("eight officers
 * were retrained" of ten), never more than all of it: a count above every recorded size of the group is wrong
 * ("a dozen officers were retrained" where the record counts ten in all). Below or within, nothing is said.
 */
/** Outcomes a page tells person by person (the hurt, where each was taken): a smaller count may be part of the group. */
const TOLD_ONE_BY_ONE: ReadonlySet<string> = new Set(['hospitalized', 'injured']);

function overWhole(
  ctx: CompareContext,
  m: Mention & { type: 'count' },
  noun: string,
  lo: number,
  live: readonly (Mention & { type: 'outcome' })[],
): ValueResult | null {
  // Only an event that records the clause's outcome, on that noun, without a count ("retrained" officers): its group befell it.
  const events = ctx.events.filter((e) =>
    live.some((o) => e.outcomes.get(o.value.kind)?.nouns.has(noun)),
  );
  // "Twelve passengers were detained": a group the linked events count (about eight in the van) bounds any outcome on part of it.
  const ranges = (events.length || !kindOfPeople(ctx, noun) ? events : ctx.events).flatMap((e) =>
    e.quantities.filter((q) => q.nouns.has(noun)),
  );
  if (ranges.length && !ranges.some((q) => lo <= q.max)) {
    const record = listNames(ranges.map((q) => `${showRange(q.min, q.max)} ${m.value.noun}`));
    return result(
      'conflict',
      'count',
      m.text,
      record,
      `The record counts ${record} in all, not ${m.text}.`,
    );
  }
  return overPeople(ctx, m, noun, lo, live);
}

/** A noun the story's own counts give as a kind of people: a quantity counts both ("people", "occupants", "passengers"). */
function kindOfPeople(ctx: CompareContext, noun: string): boolean {
  const people = singular('people');
  return (
    noun !== people &&
    ctx.allEvents.some((e) => e.quantities.some((q) => q.nouns.has(noun) && q.nouns.has(people)))
  );
}

/**
 * "Eight passengers were detained" where the record counts three people detained: a noun the story's own counts give as
 * a kind of people (a quantity that counts both) is bounded by the outcome's count of people. Below it, nothing is said
 * (two of the three may have been passengers).
 */
function overPeople(
  ctx: CompareContext,
  m: Mention & { type: 'count' },
  noun: string,
  lo: number,
  live: readonly (Mention & { type: 'outcome' })[],
): ValueResult | null {
  const people = singular('people');
  if (!kindOfPeople(ctx, noun)) return null;
  const counted = ctx.events.flatMap((e) =>
    live.flatMap((o) => {
      const r = e.outcomes.get(o.value.kind);
      return r && r.count !== undefined && r.nouns.has(people)
        ? [{ count: r.count, kind: o.value.kind }]
        : [];
    }),
  );
  if (!counted.length || counted.some((r) => lo <= r.count)) return null;
  const record = listNames(counted.map((r) => `${r.count} people ${outcomeShown(r.kind)}`));
  return result(
    'conflict',
    'count',
    m.text,
    record,
    `The record gives ${record} in all, not ${m.text}.`,
  );
}

/**
 * "opened a criminal investigation" where every linked event that records the investigation says it was an internal
 * one: the page's nature is not the record's. Nothing when a linked record of it gives no nature (it may be either),
 * when the sentence does not name whom it befell, or when the outcome is wished or demanded ("called for a criminal
 * investigation").
 */
function otherNature(ctx: CompareContext, m: Mention & { type: 'outcome' }): ValueResult | null {
  const nature = m.value.nature;
  if (!nature) return null;
  const words = new Set((ctx.sentence.toLowerCase().match(/\p{L}+/gu) ?? []).map(singular));
  const found = ctx.events.flatMap((e) => {
    const o = e.outcomes.get(m.value.kind);
    return o ? [o] : [];
  });
  // Only of whom the record's outcome befell, named in the sentence ("into the officers"): of others it may be another one.
  if (
    !found.length ||
    found.some(
      (o) =>
        o.nature === undefined || o.nature === nature || ![...o.nouns].some((n) => words.has(n)),
    )
  )
    return null;
  const records = found.map((o) => o.nature);
  if (NOT_DONE.test(ctx.sentence.slice(Math.max(0, m.start - 40), m.start))) return null;
  const noun = m.text.split(/\s+/).pop() as string;
  const article = (words: string) => (/^[aeiou]/i.test(words) ? 'an' : 'a');
  const recorded = [...new Set(records)]
    .map((n) => `${article(n as string)} ${n} ${noun}`)
    .join(' and ');
  return result(
    'conflict',
    'outcome',
    m.text,
    recorded,
    `The record has ${recorded}, not ${article(m.text)} ${m.text}.`,
  );
}

/** Whether the mention lies inside a word of a linked event, as the sentence writes it ("meeting" in "council meeting"). */
function insideEventWord(ctx: CompareContext, m: Mention): boolean {
  const folded = foldText(ctx.sentence);
  return ctx.events.some((e) =>
    e.words.some((w) => {
      const word = foldText(w);
      for (let at = findTerm(folded, word); at !== -1; at = findTerm(folded, word, at + 1))
        if (at <= m.start && at + word.length >= m.end) return true;
      // "the meeting of the City Council" for "council meeting" (of-form.ts).
      const of = ofForm(word);
      if (of)
        for (const x of folded.matchAll(of))
          if (x.index <= m.start && x.index + x[0].length >= m.end) return true;
      return false;
    }),
  );
}

function outcome(ctx: CompareContext, m: Mention & { type: 'outcome' }): ValueResult | null {
  // The tools of the job taken are weighed only against a recorded personnel action (personnel-outcome.ts).
  if (m.value.divested) return null;
  const kind = m.value.kind;
  const excluded = ctx.events.find((e) => e.negatives.has(kind));
  const recorded = ctx.events.some((e) => e.outcomes.has(kind));
  if (m.negated) return excluded ? agrees : null;
  if (recorded) return otherNature(ctx, m) ?? agrees;
  if (NOT_DONE.test(ctx.sentence.slice(Math.max(0, m.start - 40), m.start))) return null;
  // "X thanked the officers", where a linked event has X's reaction for them (praise-reaction.ts).
  if (praiseRecorded(ctx, m)) return agrees;
  if (excluded && amongThemselves(ctx, m))
    return unconfirmed('outcome', m.text, excluded.negatives.get(kind) as string);
  if (excluded && befellSomeone(ctx.sentence, m))
    return (
      ruledOutResult(ctx, m, excluded) ??
      result(
        'conflict',
        'outcome',
        m.text,
        excluded.negatives.get(kind) as string,
        excluded.negatives.get(kind) as string,
      )
    );
  // "at the City Council meeting": the outcome's word inside the linked event's own name is that event, no outcome of it.
  if (insideEventWord(ctx, m)) return agrees;
  return unconfirmed(
    'outcome',
    m.text,
    listNames(ctx.events.flatMap((e) => [...e.outcomes.keys()])) || 'no such outcome',
  );
}

/** Between a name and a title given in a predicate ("X was Rochester's police chief", "X, who was …") or an apposition ("X, the council's president"). */
const ONE_HOLDER_HEADS = new Set(['mayor', 'sheriff', 'governor', 'president']);
const PREDICATE_TITLE =
  /^\s*,?\s*(?:who\s+)?(?:was|is|had\s+been|has\s+been)\s+(?:[\p{L}'\u2019.-]+\s+){0,4}$/u;
const APPOSED_TITLE = /^\s*,\s*(?:the|a|an)\s+(?:[\p{L}'\u2019.-]+\s+){0,3}$/u;

/** A person without a title agrees when they take part in the events the clause is about. */
function knownPerson(ctx: CompareContext, m: Mention & { type: 'person' }): ValueResult | null {
  // "X was Rochester's deputy police chief": a post given in a predicate that no comparison took up vouches for nothing.
  const page = canonsNamed(ctx, m.value.name, ['person']);
  // Or in an apposition: "Stanley Martin, the council's president, …".
  const predicate = ctx.mentions.find(
    (t): t is Mention & { type: 'title' } =>
      t.type === 'title' &&
      t.start > m.end &&
      (PREDICATE_TITLE.test(ctx.sentence.slice(m.end, t.start)) ||
        APPOSED_TITLE.test(ctx.sentence.slice(m.end, t.start))),
  );
  const fits = (title: string) =>
    page.some((c) =>
      ctx.record.people
        .get(c)
        ?.roles.some((r) => titleMatches(title, roleWords(ctx, r)) && sameRank(title, r.title)),
    );
  // Only a rank ("deputy", "assistant"), a post of one holder ("mayor", "president") or an office of the world file
  // ("the LAPD chief") is sure to be another post; a "chief" or "spokesman" of some body may be a post the record does
  // not list.
  const post = predicate ? postOf(predicate.value.title) : null;
  if (
    predicate &&
    post &&
    (post.rank !== '' || ONE_HOLDER_HEADS.has(post.head) || predicate.value.id?.startsWith('w:')) &&
    !fits(predicate.value.title)
  )
    return null;
  // Someone the record names: a participant of these events, or a person of the story speaking about them.
  return page.some((c) => ctx.record.people.has(c)) ||
    ctx.events.some((e) => e.participants.some((p) => page.includes(p.canon)))
    ? agrees
    : null;
}

/** A role's title words and its world office's ("LAPD chief" names the post "police chief" of the office lapd-chief). */
function roleWords(ctx: CompareContext, role: RecordPerson['roles'][number]): readonly string[] {
  const world = ctx.record.world;
  const known = ROLE_WORDS.get(role);
  if (known && known.world === world) return known.words;
  const o = role.office ? world?.office(role.office) : undefined;
  // A post written in full ("chief executive") is also named by its short head ("CEO").
  const head = postOf(role.title)?.head;
  const short = head && head in TITLES && !role.titleWords.includes(head) ? [head] : [];
  const words = o
    ? [
        ...role.titleWords,
        ...short,
        ...[o.title, ...(o.aliases ?? [])].flatMap((n) => foldText(n).split(/\s+/)),
      ]
    : [...role.titleWords, ...short];
  ROLE_WORDS.set(role, { world, words });
  return words;
}
/** roleWords per role, for the world it was read with (a role's words are asked once per event, participant and mention). */
const ROLE_WORDS = new WeakMap<object, { world: unknown; words: readonly string[] }>();

/** Days to ask a post about, for a span of whole years: each year's first, middle and last day. */
function yearsDays(during: { from: number; to: number }): string[] {
  const days: string[] = [];
  for (let y = during.from; y <= during.to && y < during.from + 50; y++)
    days.push(`${y}-01-01`, `${y}-07-01`, `${y}-12-31`);
  return days;
}

function person(ctx: CompareContext, m: Mention & { type: 'person' }): ValueResult | null {
  const title = m.value.title;
  if (!title) return null;
  const { record } = ctx;
  const page = canonsNamed(ctx, m.value.name, ['person']);
  const dates = ctx.events.map((e) => e.event.date);
  // Who the record has in that post at these events. Whether a role is the title's is asked once per role: the
  // same people take part in many events.
  const titled = new Map<RecordPerson['roles'][number], boolean>();
  const isTitled = (r: RecordPerson['roles'][number]) => {
    let fits = titled.get(r);
    if (fits === undefined)
      titled.set(r, (fits = titleMatches(title, roleWords(ctx, r)) && sameRank(title, r.title)));
    return fits;
  };
  const holders = ctx.events.flatMap((e) =>
    e.participants.flatMap((p) => {
      const who = record.people.get(p.canon);
      const role = who?.roles.find(
        (r) => isTitled(r) && heldOn(ctx, r, who, e.event.date, true) === 'in',
      );
      return who && role ? [{ who, role, date: e.event.date }] : [];
    }),
  );
  // Years the page gives the post in its own aside ("Homan, acting director of ICE in 2017,"): the post is judged on
  // them, not on the events' days (tenure-years.ts).
  const during = m.value.during;
  const mine = during ? [] : holders.filter((h) => page.includes(h.who.canon));
  if (holders.length && !mine.length && !during) {
    if (!isProperName(m.value.name) || page.some((p) => record.storyCanons.has(p))) return null;
    const names = listNames(holders.map((h) => `${h.who.name} (${h.role.title})`));
    return result(
      'conflict',
      'person',
      m.text,
      names,
      `The record has ${names} in that role, not ${m.value.name}.`,
    );
  }
  const own =
    mine[0] ??
    page
      .map((c) => record.people.get(c))
      .flatMap((who) => {
        // The post's rank aside: "Deputy Chief David Smith" names the post of the police chief he held, at another rank.
        const unranked = title
          .toLowerCase()
          .split(/\s+/)
          .filter((w) => !RANK_WORDS.has(w))
          .join(' ');
        const role = who?.roles.find(
          (r) =>
            titleMatches(title, roleWords(ctx, r)) ||
            (unranked &&
              unranked !== title.toLowerCase() &&
              titleMatches(unranked, roleWords(ctx, r))),
        );
        return who && role && dates[0] ? [{ who, role, date: dates[0] }] : [];
      })[0];
  if (!own) return null;
  // "Deputy Chief David Smith" for the police chief, "head coach" for an assistant coach: another rank of the post.
  const ranked = page.some((c) =>
    record.people
      .get(c)
      ?.roles.some((r) => titleMatches(title, roleWords(ctx, r)) && sameRank(title, r.title)),
  );
  if (!ranked && !mine.length) {
    return result(
      'conflict',
      'role',
      m.text,
      `${own.who.name}, ${own.role.title}`,
      `The record has ${own.who.name} as ${own.role.title}, not ${title}.`,
    );
  }
  if (during) {
    const days = yearsDays(during);
    const held = days.map((d) => heldOn(ctx, own.role, own.who, d, true));
    if (held.includes('in')) return agrees;
    const years = during.from === during.to ? `${during.from}` : `${during.from}–${during.to}`;
    // The world file has them surely out of the post on every day of those years: the years are wrong.
    if (held.every((h) => h === 'out'))
      return result(
        'conflict',
        'role',
        `${m.text} (${years})`,
        `${own.who.name}, ${own.role.title}`,
        `The record has ${own.who.name} as ${own.role.title} only at other times, not in ${years}.`,
      );
    return result(
      'unconfirmed',
      'role',
      m.text,
      `${own.who.name}, ${own.role.title}`,
      `The record has ${own.who.name} as ${own.role.title} only at other times, not in ${years}.`,
    );
  }
  const q = m.value.qualifier;
  if (
    (q === 'former' || q === 'ex') &&
    ctx.pageDate &&
    heldOn(ctx, own.role, own.who, ctx.pageDate) === 'in'
  ) {
    return result(
      'conflict',
      'role',
      m.text,
      `${own.who.name}, ${own.role.title}`,
      `${own.who.name} still held the post (${own.role.title}) when the page was written; "${q}" is wrong.`,
    );
  }
  if (
    (q === 'acting' || q === 'interim') &&
    heldOn(ctx, own.role, own.who, own.date) === 'in' &&
    isActing(ctx, own.role, own.who, own.date) === false
  ) {
    return result(
      'conflict',
      'role',
      m.text,
      `${own.who.name}, ${own.role.title}`,
      `${own.who.name} held the post (${own.role.title}) outright on ${showDate(own.date)}, not as ${q}.`,
    );
  }
  if (q === 'former' || q === 'ex') {
    // "Former" is right only once the person has surely left the post; when the world file cannot say, it is not confirmed.
    if (ctx.pageDate && heldOn(ctx, own.role, own.who, ctx.pageDate) === 'out') return agrees;
    return result(
      'unconfirmed',
      'role',
      m.text,
      `${own.who.name}, ${own.role.title}`,
      `The record does not say whether ${own.who.name} had left the post (${own.role.title}) when the page was written.`,
    );
  }
  if (mine.length || q === 'then') return agrees;
  // A person of the story under a title they held then, or at an event they took part in ("Chief David Smith said").
  const theirs = ctx.allEvents
    .filter((e) => e.participants.some((p) => p.canon === own.who.canon))
    .map((e) => e.event.date);
  if ([own.date, ...theirs].some((d) => heldOn(ctx, own.role, own.who, d, true) === 'in'))
    return agrees;
  // A post the record gives with no dates and no office, at an event of theirs the clause is about: the author put them there in it.
  if (
    !own.role.from &&
    !own.role.to &&
    !own.role.office &&
    ctx.events.some((e) => e.participants.some((p) => p.canon === own.who.canon))
  )
    return agrees;
  // A post they held only at other times ("Acting ICE Director" years after): a courtesy at best, never green.
  return result(
    'unconfirmed',
    'role',
    m.text,
    `${own.who.name}, ${own.role.title}`,
    `The record has ${own.who.name} as ${own.role.title} only at other times, not on ${showDate(own.date)}.`,
  );
}

/**
 * "former Chief X" in a clause no event links: X's post as the title names it, against the page's own day alone. A
 * conflict only when the world file has X surely in that post on the page's day; otherwise null (nothing to say).
 */
export function formerOnPageDay(ctx: CompareContext, m: Mention): ValueResult | null {
  if (m.type !== 'person' || m.negated || !m.value.title || !ctx.pageDate) return null;
  const q = m.value.qualifier;
  if (q !== 'former' && q !== 'ex') return null;
  const title = m.value.title;
  for (const canon of canonsNamed(ctx, m.value.name, ['person'])) {
    const who = ctx.record.people.get(canon);
    const role = who?.roles.find(
      (r) =>
        titleMatches(title, roleWords(ctx, r)) &&
        sameRank(title, r.title) &&
        heldOn(ctx, r, who, ctx.pageDate as string) === 'in',
    );
    if (who && role)
      return result(
        'conflict',
        'role',
        m.text,
        `${who.name}, ${role.title}`,
        `${who.name} still held the post (${role.title}) when the page was written; "${q}" is wrong.`,
      );
  }
  return null;
}

/** An outlet, by its role in the clause: see compare-outlet.ts. */
function outlet(ctx: CompareContext, m: Mention & { type: 'outlet' }): ValueResult | null {
  return compareOutlet(ctx, m);
}

/** Compares one mention; null when it is no value the record can judge here. */
/**
 * A head's title the record's posts for the person do not name (role-head.ts), unconfirmed when the title names a body
 * their posts do not, is a conflict when that title is a world-file office another surely held then and the person
 * never did ("Los Angeles County Sheriff <the LAPD chief>": office-never-held.ts).
 */
function roleHeadOrOffice(
  ctx: CompareContext,
  m: Mention & { type: 'person' },
): ValueResult | null {
  const head = compareRoleHead(ctx, m);
  if (head && head.status !== 'unconfirmed') return head;
  const office = officeNeverHeld(ctx, m);
  return office?.status === 'conflict' ? office : (head ?? office);
}

export function compareMention(
  ctx: CompareContext,
  m: Mention,
  outcomes: readonly (Mention & { type: 'outcome' })[],
): ValueResult | null {
  if (m.negated && m.type !== 'outcome') return null;
  switch (m.type) {
    case 'agency':
      return agency(ctx, m);
    // "Lupien, who had heard from residents on Monday night, raised it the next day": an earlier act of a person in an aside.
    case 'weekday':
      return EARLIER_ASIDE.test(ctx.sentence.slice(0, m.start)) ? null : weekday(ctx, m);
    case 'date':
      return date(ctx, m);
    case 'time-of-day':
      return time(ctx, m);
    case 'duration':
      return compareDuration(ctx, m);
    case 'street':
      return street(ctx, m);
    case 'place':
    case 'state':
      return place(ctx, m, outcomes);
    case 'count':
      return count(ctx, m, outcomes);
    case 'outcome':
      return outcome(ctx, m);
    case 'person': {
      const r =
        retiredThen(
          ctx,
          m,
          ctx.events.map((e) => e.event.date),
        ) ??
        officeAtEvent(ctx, m) ??
        leftWhen(ctx, m) ??
        timedPost(ctx, m) ??
        holderNamed(ctx, m) ??
        predicateActing(ctx, m) ??
        comparePost(ctx, m) ??
        compareOppositePost(ctx, m) ??
        compareLeftPost(ctx, m) ??
        roleHeadOrOffice(ctx, m) ??
        compareOtherPost(ctx, m) ??
        compareAuthor(ctx, m) ??
        compareExcludedAct(ctx, m) ??
        compareAbsent(ctx, m) ??
        compareRefusalTurned(ctx, m) ??
        compareRefuserMet(ctx, m) ??
        compareJointMet(ctx, m) ??
        compareMetOutsider(ctx, m) ??
        person(ctx, m) ??
        knownPerson(ctx, m);
      // A stranger under an office's bare title, where nothing else told more than that the record lacks them: who held it then (office-at-event.ts).
      return r === null || r.status === 'unconfirmed' ? (officeAtEvent(ctx, m, true) ?? r) : r;
    }
    case 'outlet':
      return outlet(ctx, m);
    case 'relative-time':
      return compareRecency(ctx, m);
    default:
      return null;
  }
}
