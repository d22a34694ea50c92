import type { Fact, Period } from '../pack/schema.ts';
import { doerDoesAct } from './claim-doer.ts';
import { datesIn, monthDaysIn } from './dates.ts';
import { ownsNoPlace } from './owner-place.ts';
import { writersPlace } from './writer-place.ts';
import { isNegated, isNegatedAt } from './negation.ts';
import { mentionedTopic } from './not-asserted.ts';
import type { IndexedFact } from './pack-index.ts';
import { pageTerms, type PageTerms } from './page-terms.ts';
import { findAnyTerm, hasAnyTerm } from './terms.ts';
import { laterTimeOfItsOwn, toldAsLater } from './told-later.ts';
import { datesAPoint, toldAsOld, toldOnItsSide } from './period-side.ts';
import { relayedAt } from './relayed.ts';
import { countIsSpeaker } from './speaker-count.ts';
import { ownedByOther, weekdayCountedFrom } from './weekday-counted.ts';
import { topicOnlyAsPlace } from './topic-as-place.ts';
import { addedFirsthandAct } from './firsthand-act.ts';
import { hasAssertedTerm, scareQuoted } from './scare-quotes.ts';
import type { FindingKind, Verdict } from './types.ts';
import { lexicon } from './read/lexicon.ts';
import { concessionEndsAt } from './read/clauses.ts';
import { anniversaryAt } from './compare/anniversary.ts';
import { onlyBeforeThing } from './attributive-term.ts';
import { topicOnlyAsked } from './asked-whether.ts';
import { recentTimeOwnsThing } from './owned-recent-time.ts';

/** What a sentence says about one fact. */
export interface FactMatch {
  verdict: Exclude<Verdict, 'unverified'>;
  kind: FindingKind;
  claimId: string;
  explanation: string;
  /** When the page's (wrong) value puts the story, where the pack records it. */
  period?: Period;
  /** For a discrepancy: how wrong the pack says the page's value is. */
  severity?: 'false' | 'imprecise';
  /** An agreement whose sentence adds an act the fact does not hold (firsthand-act.ts): the page's words for it. */
  addedAct?: string;
}

const SLOT_KIND: Record<string, FindingKind> = {
  agency: 'agency',
  number: 'number',
  date: 'date',
  time: 'date',
  place: 'place',
  person: 'person',
  role: 'person',
  outlet: 'attribution',
  administration: 'time-context',
  outcome: 'statement',
  stance: 'statement',
};

/** Whether the first of the terms the sentence holds is an anniversary's recent words. */
function anniversaryOf(folded: string, terms: readonly string[]): boolean {
  const span = findAnyTerm(folded, terms);
  return span !== null && anniversaryAt(folded, span[0], span[1]);
}

/** Whether an accepted value the sentence holds is a calendar date (a year, a month, digits), not a word naming an era. */
function acceptedDate(folded: string, accepted: readonly string[]): boolean {
  const month = new RegExp(String.raw`\b(?:${lexicon.months.join('|')})\b`, 'i');
  return accepted.some((t) => (/\d/.test(t) || month.test(t)) && hasAnyTerm(folded, [t]));
}

/** Each group's terms in the sentence, one of them standing for itself ("a briefing script" is no briefing; attributive-term.ts). */
const matchesAll = (folded: string, groups: readonly string[][]) =>
  groups.every((g) => hasAnyTerm(folded, g) && !onlyBeforeThing(folded, g));

function kindFor(fact: Fact, slot: string): FindingKind {
  return fact.kind === 'time-context' ? 'time-context' : (SLOT_KIND[slot] ?? 'statement');
}

/** A sentence opening on a contrast of two subjects. */
const CONTRASTS = /^\W*(?:whereas|where|like|unlike)\b/;

/** Where the last of a set of term groups matches: the claim a negation would have to reach. */
function claimSpan(folded: string, groups: readonly string[][]): [number, number] | null {
  let span: [number, number] | null = null;
  for (const group of groups) {
    const found = findAnyTerm(folded, group);
    if (!found) return null;
    if (!span || found[0] > span[0]) span = found;
  }
  return span;
}

/** "two months after", "more than eight years after", "three weeks before", "days later": a time counted from another. */
const OFFSET_FROM_ANOTHER =
  /\b(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a\s+few|few|many)\s+(?:days?|weeks?|months?|years?)\s+(?:after|before|since|earlier|later|prior\s+to)\b/;

/**
 * Compares a folded sentence with one fact. A detail is discrepant only when
 * the sentence has one of its wrong values, none of its accepted ones, no
 * negation reaching the wrong value, and the page lacks the value's `unlessPage` terms; agreement is never claimed for a
 * sentence with any negation in it. `page` answers the whole-page questions (once per page: see page-terms.ts); by
 * default the sentence is the page. `pageInStory`: the page is dated within the story's own time, so words
 * that place the story relative to the page (a wrong value marked `relativeToPage`) are not wrong there.
 */
export function matchFact(
  folded: string,
  indexed: IndexedFact,
  page: PageTerms = pageTerms(folded),
  pageInStory = false,
): FactMatch | null {
  const { fact } = indexed;
  if (!matchesAll(folded, indexed.about) || hasAnyTerm(folded, indexed.unless)) return null;
  // "Whereas X spoke at the hall on Friday, Y posted …": a contradiction's words are one claim only on one side of a
  // contrast of two subjects ("whereas", "where", "like", "unlike"); "Although the mayor …, his objection …" goes on
  // with the same one.
  const cut =
    indexed.contradictions.length && CONTRASTS.test(folded) ? concessionEndsAt(folded) : -1;
  const oneSide = (groups: readonly string[][]) =>
    cut === -1 || matchesAll(folded.slice(0, cut), groups) || matchesAll(folded.slice(cut), groups);
  for (const c of indexed.contradictions) {
    const span =
      hasAnyTerm(folded, c.unless) || !oneSide(c.when) ? null : claimSpan(folded, c.when);
    // A claim that names who acted is said only where they do the act (claim-doer.ts).
    const doer =
      c.doer < 0 ||
      doerDoesAct(folded, c.when[c.doer] ?? [], c.when.filter((_, i) => i !== c.doer).flat());
    if (span && doer && !isNegatedAt(folded, span[0], span[1])) {
      return {
        verdict: 'discrepant',
        kind: 'contradicted',
        claimId: `fact:${fact.id}`,
        explanation: c.explanation,
        severity: 'false',
      };
    }
  }
  const negated = isNegated(folded);
  let agrees = false;
  let mixed = false;
  for (const detail of indexed.slots) {
    // A value in quotation marks as a phrase ("fix any “west side” references") is named, not said (scare-quotes.ts).
    const accepted =
      hasAnyTerm(folded, detail.accepted) &&
      (!folded.includes('"') || hasAssertedTerm(folded, detail.accepted));
    const wrong = detail.wrong.find((w) => {
      // "This week" on a page written in the story's own days is the page's honest now.
      if (w.value.relativeToPage && pageInStory) return false;
      const span = findAnyTerm(folded, w.terms);
      if (!span) return false;
      // "Eight years ago this month": counted back by years from the page, the recent words do not put the story now
      // (the years are compared on their own; anniversary.ts).
      if (w.value.relativeToPage && anniversaryAt(folded, span[0], span[1])) return false;
      // "Yesterday's orders came two months after the chiefs said …": the story's act is counted from another time, which
      // the recent word dates; the sentence puts the story itself months back.
      if (w.value.relativeToPage && OFFSET_FROM_ANOTHER.test(folded)) return false;
      // "With this week's executive orders, readers …": the time is the orders', not the story's (owned-recent-time.ts).
      if (w.value.relativeToPage && recentTimeOwnsThing(folded, span[1])) return false;
      // "the article's introduction mentioned X": X is what a text printed, not put at the story's time (not-asserted.ts).
      if (mentionedTopic(folded, span[0]) || scareQuoted(folded, span[0], span[1])) return false;
      // "One site placed the story under X", "One site wrote "…"": another text's account, relayed (relayed.ts).
      if (relayedAt(folded, span[0])) return false;
      // "took over Albany's week": a town owning something that is no part of a place is no place told (owner-place.ts).
      if (detail.slot === 'place' && ownsNoPlace(folded, span[1])) return false;
      // "From my desk at a Buffalo office I tracked the week: the stop …": where the writer was (writer-place.ts).
      if (detail.slot === 'place' && writersPlace(folded, span[0], indexed.about.flat()))
        return false;
      // "one officer told us …": a count that speaks names who spoke, not how many took part (speaker-count.ts).
      if (detail.slot === 'number' && countIsSpeaker(folded, span[1])) return false;
      // "said the officers at Monday's stop …": a day owned by another thing than the fact's (weekday-counted.ts).
      if (detail.slot === 'date' && ownedByOther(folded, span[0], span[1], indexed.about))
        return false;
      // "met the leaders on March 28 and visited a month later": the date is of what came before the fact's event (told-later.ts).
      if (detail.slot === 'date' && laterTimeOfItsOwn(folded, span, indexed.about.flat()))
        return false;
      // "on March 24, the Monday before the press conference": a day counted from the fact's own event, not its day.
      if (weekdayCountedFrom(folded, span[0], span[1], indexed.about)) return false;
      // "said this week they will not help": a denial after the time is of what was said, not of when; one before it in its clause ("did not happen this week") denies it.
      const denied = w.value.relativeToPage
        ? /(\b(not|never|no)\b|n't)[^,;:.!?]*$/.test(folded.slice(0, span[0]))
        : isNegatedAt(folded, span[0], span[1]);
      // "The orders were signed on January 25, 2017": a sentence that dates the thing itself within its period puts nothing there by mistake.
      const period = w.value.period;
      // A month or year holding the period's first day counts too ("signed in January 2017" for 25 January 2017).
      if (
        period &&
        datesIn(folded).some(
          (d) =>
            (d.start >= period.start || period.start.startsWith(d.start)) &&
            (!period.end || d.start <= period.end),
        )
      )
        return false;
      // "signed his orders on January 25": the period's own first day, named without its year, dates the thing itself.
      if (period && monthDaysIn(folded).includes(period.start.slice(5))) return false;
      // "The orders came after the chiefs had spoken": the sentence itself tells the thing as later (told-later.ts).
      if (period && toldAsLater(folded, span[1], span[0])) return false;
      // "The chiefs spoke before the orders", "X left office two months ago": the period on its own side (period-side.ts).
      if (period && toldOnItsSide(folded, span[0], span[1], period)) return false;
      // "readers have been sharing old quotes from the chiefs": what was said told as from before the period (period-side.ts).
      if (period && toldAsOld(folded, period, span[0])) return false;
      // "came weeks after the stop on X Street in March": the period dates the point counted from (period-side.ts).
      if (period && datesAPoint(folded, span[0])) return false;
      // "members are asking whether their police department will …": the fact's doers only in a question (asked-whether.ts).
      if (period && topicOnlyAsked(folded, indexed.about[0] ?? [], span)) return false;
      return !denied && !page.hasAny(w.unlessPage);
    });
    // A sentence with both the record's value and a wrong one ("ICE, after federal agents asked") is neither. But words
    // counted from the page ("this month") put the story in the page's days whatever word names its era beside them
    // ("the president-elect"); only a calendar date of the record's ("this month, in November 2016") leaves them unsure.
    // Not an anniversary ("ten years ago this month": counted back by years from the page; anniversary.ts).
    const countedFromPage =
      wrong?.value.relativeToPage === true && !acceptedDate(folded, detail.accepted);
    // An anniversary's years may count back to another year than the record's: its era word alone agrees with nothing.
    const anniversary = detail.wrong.some(
      (w) => w.value.relativeToPage && anniversaryOf(folded, w.terms),
    );
    if (accepted && ((wrong && !countedFromPage) || anniversary)) mixed = true;
    else if (accepted && !wrong) agrees = true;
    else if (wrong) {
      const { explanation, period, severity } = wrong.value;
      return {
        verdict: 'discrepant',
        kind: kindFor(fact, detail.slot),
        claimId: `fact:${fact.id}`,
        explanation,
        severity,
        ...(period ? { period } : {}),
      };
    }
  }
  const plain = indexed.slots.length === 0 && indexed.contradictions.length === 0;
  // "X went to the union's hall to defend the officers": the topic is where X went, not who defended them.
  // "X phoned each of them himself": who wrote a piece is not how its words were got (firsthand-act.ts).
  const addedAct = fact.kind === 'attribution' ? addedFirsthandAct(folded, fact.statement) : null;
  // "A Post headline saying the mayor scolded cops ran on …": the fact is what the headline said, not the page's own.
  const about = findAnyTerm(folded, indexed.about[0] ?? []);
  const relayed = about !== null && relayedAt(folded, about[0]);
  if (
    !negated &&
    !mixed &&
    !relayed &&
    (agrees || plain) &&
    !topicOnlyAsPlace(folded, indexed.about)
  ) {
    return {
      verdict: 'consistent',
      kind: 'statement',
      claimId: `fact:${fact.id}`,
      explanation: 'This agrees with the original reports.',
      ...(addedAct ? { addedAct } : {}),
    };
  }
  return null;
}
