/**
 * Compares one sentence with a story's events: reads it into clauses
 * (../read), links each asserted clause to the events it is about, and
 * compares every typed value in it with those events (compare-values.ts).
 *
 * Zero false alarms first: a clause is linked only by the words of an event,
 * the outcomes it records or excludes, or (when nothing else links it) a
 * participant it names that takes part in one event only; a value conflicts
 * only when incompatible with every event the clause is linked to. Reported,
 * questioned and conditional clauses are not the page's assertion and are
 * not compared.
 *
 * In order: compareSentence reads the sentence into clauses; sentenceWideResults
 * (sentence-wide.ts) runs the checks that read the whole sentence; clauseResults
 * compares each asserted clause (clauseWorldResults first, for what world
 * knowledge settles before linking); sentenceOutcome turns the tally
 * (result-tally.ts) into the sentence's outcome.
 */
import { eventsByMediumAndDay } from './medium-day.ts';
import { namedOnlyAsRule } from './rule-broken.ts';
import { blankStrangerOwned } from './stranger-owned.ts';
import { withPlacedTitles } from './placed-title.ts';
import { outletsOnlyAddressed } from './addressed-outlet.ts';
import { foldText } from '../normalize.ts';
import { quotedSpansFrom } from '../quoted-stretches.ts';
import { readSentence } from '../read/read-sentence.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Clause, Mention, ValueOf } from '../read/types.ts';
import { escapeRegExp, findTerm } from '../terms.ts';
import { namesInPresentForms, presentOf } from '../read/present-tense.ts';
import { happenedOnStreet } from './happened-at.ts';
import { notDoneBefore } from './carried-to.ts';
import { sharedDaysOf } from './shared-days.ts';
import { jointSpeakingConflicts } from './joint-speaking.ts';
import { blankReplies } from './reply-verb.ts';
import { laterOutcomes } from './count-elsewhere.ts';
import { colourConflicts, describedVehicleConflicts } from './vehicle-colour.ts';
import { platformConflicts } from './platform.ts';
import { inSeatPhrase } from './seat.ts';
import { atVenue } from './venue.ts';
import { calendarConflicts, weekdayDatePairs } from './calendar.ts';
import {
  UNNAMED_SOURCE,
  clauseRole,
  type ClauseRole,
  type Role,
  verbRoles,
} from './clause-roles.ts';
import { withEchoedCountNouns } from './echoed-count.ts';
import { partOfWhole, withPartitiveNouns } from './partitive-count.ts';
import { withCrowdNouns } from './crowd-count.ts';
import { withNumberOfNouns } from './number-of-count.ts';
import { withDepartmentMembers } from './department-members.ts';
import { namesByForm, sharesWithEvent } from './word-inflections.ts';
import { tripPurpose } from './trip-purpose.ts';
import { centralReferenceResults } from './central-reference.ts';
import { compareAffiliation } from './compare-affiliation.ts';
import { someNamedAsKnown } from './definite-act.ts';
import { withLastMonths } from './last-month.ts';
import { withoutSameAsAnchor } from './same-as-anchor.ts';
import { withOutletNamesUnquoted } from './quoted-name.ts';
import { inOfficeThen } from './in-office-then.ts';
import { originalPublishedResults } from './original-published.ts';
import { ROLE_FAMILY, compareDenied, compareDoer } from './compare-doer.ts';
import { compareTitleDoer } from './title-doer.ts';
import { meetingBodyResult } from './meeting-body.ts';
import { placeTitleBody } from './place-title-body.ts';
import { modalPlaces } from './modal-place.ts';
import { ageOriginResults, peopleResults, priorActDates } from './compare-origin.ts';
import { ageElsewhereResults } from './age-elsewhere.ts';
import { befellSomeone } from './befell.ts';
import { compareMention, formerOnPageDay } from './compare-values.ts';
import { compareOtherPost } from './other-post.ts';
import { onScene, sameScene } from './scene-agencies.ts';
import {
  type CompareContext,
  type Comparison,
  type ValueResult,
  unconfirmedText,
} from './value-result.ts';
import { type Found, Tally } from './result-tally.ts';
import { legalResults, withCaseEnding } from './compare-legal.ts';
import { namesSuitTarget, suitTargets } from './suit-targets.ts';
import { visitDayConflict } from './visit-day.ts';
import { writersOwnTime } from './writer-time.ts';
import { beforeThing, onlyBeforeThing } from '../attributive-term.ts';
import { likenessSpan, withoutLikeness } from './likeness.ts';
import { documentYearConflict } from './document-year.ts';
import { defendantPlaces, type DefendantPlace } from './defendant-place.ts';
import { compareMetOutsider } from './met-outsider.ts';
import { venueVisitorResults } from './venue-visitor.ts';
import {
  compareAbsentTitle,
  doneForm,
  priorAct,
  voteIn,
  voteResult,
  wholeBodyResult,
} from './record-extent.ts';
import { againForm, looseFormIn } from './loose-terms.ts';
import { dayRange, partialDate } from './record-values.ts';
import { splitAcrossEvents } from './one-event.ts';
import { withoutDocumentDate } from './document-heading.ts';
import {
  compareOutlet,
  comparePersonsOutlet,
  compareReportCredit,
  compareStaff,
} from './compare-outlet.ts';
import { firstReports, reportsWhatCameBefore, storyFirstCredit } from './outlet-credit.ts';
import { withOwners } from './named-author.ts';
import { comparePost, datesNamed, unlinkedSpeaker } from './person-post.ts';
import { officeNeverHeld, ownTimeless, rankNeverHeld } from './office-never-held.ts';
import { unlinkedAgencySpeaker } from './agency-speaker.ts';
import { ledBodies } from './led-body.ts';
import { partyConflicts } from './party.ts';
import { thenPostConflicts } from './then-post.ts';
import { postDates, timedPost } from './timed-post.ts';
import { holderNamed, ownOffice } from './holder-named.ts';
import { withStopLabel } from './stop-label.ts';
import { actingElsewhere } from './acting-elsewhere.ts';
import { presentPostConflicts } from './present-post.ts';
import { stateStill } from './state-still.ts';
import { titlePartyConflicts } from './title-party.ts';
import { otherPlaceTitles } from './owned-title.ts';
import { ofForm } from './of-form.ts';
import { affiliations } from './network-affiliate.ts';
import { placeStateConflicts } from './place-state.ts';
import { townListConflicts } from './town-list.ts';
import { sideConflicts, unrecordedSides } from './side-of-town.ts';
import { ownerEvents } from './owner-event.ts';
import { ownedSpeechDays } from './owned-speech-date.ts';
import { deniedTimeEffect } from './denied-time.ts';
import { relayedClause } from '../relayed.ts';
import { afterEvents, heldState } from './state-held.ts';
import { sceneAgencyLink, sceneCountLink } from './scene-count.ts';
import { onePhrase } from './time-phrase.ts';
import { eventsTogether } from './together.ts';
import { worldAnchorResults } from './world-anchor.ts';
import { eventOrderResults, hasOrderPoint } from './event-order.ts';
import { cameFirstResults, mayClaimFirst } from './came-first.ts';
import { anchoredWide, dayOfPoint } from './point-owner.ts';
import { ownFarEvent } from './far-event.ts';
import { anotherInstance } from './another-instance.ts';
import { readingFrame } from './reading-frame.ts';
import { offsetFromAnchor } from './offset-date.ts';
import { otherSpeakers, otherSpeakersValues } from './other-speaker.ts';
import { stateSince } from './state-since.ts';
import { arrivalEvents } from './arrival-time.ts';
import { relativeArrivalEvents } from './relative-arrival.ts';
import { madeWhichEvents } from './made-which.ts';
import { withNotUntil } from './not-until.ts';
import { withDatingYears } from './dating-verb.ts';
import { blankNamedDays, withNamedDays } from './named-day.ts';
import { withOriginWhen } from './origin-when.ts';
import { townPoliceTookPart } from './town-police.ts';
import { substitutedInList } from './participant-list.ts';
import { highwayConflicts, inHighway, namesHighway } from './highway.ts';
import {
  blankTripStops,
  closedDoors,
  goesToUnreadBody,
  meetingsOfThoseNamed,
  metEachOther,
  returning,
  tripTies,
  venueResults,
  visitEvents,
} from './visit-meeting.ts';
import { utteranceOf } from './speaker.ts';
import { pressAppearanceEvents, pressFamilyEvents } from './press-appearance.ts';
import { platformPostEvents } from './platform-post.ts';
import { jointSpeakerEvents } from './joint-speakers.ts';
import { additiveCount, belowRecorded } from './additive-count.ts';
import { timedHead, withoutHedges } from './timeline-head.ts';
import { withFrontedTime } from './fronted-time.ts';
import { leftWhen } from './left-when.ts';
import { singular, streetKey, type IndexedEvent, type StoryRecord } from './story-record.ts';
import { isPromisedVisit, saysFutureVisit } from './future-visit.ts';
import { type SentenceWide, sentenceWideResults } from './sentence-wide.ts';
import { personIds } from '../read/gazetteer.ts';

export interface SentenceComparison {
  /** `discrepant`: a value conflicts; `imprecise`: a value is partly right; `unconfirmed`: a value the record cannot confirm; `agrees`: every compared value agrees. */
  outcome: 'discrepant' | 'imprecise' | 'unconfirmed' | 'agrees';
  /** The values behind the outcome (the conflicting ones for a discrepancy). */
  comparisons: Comparison[];
  explanation: string;
  /** Ids of the events the sentence was compared with. */
  events: string[];
  /** A conflict rests on the calendar alone (a weekday the written date did not fall on): certain without linking the sentence to any event. */
  calendar?: true;
}

/** Mention types compared with the record; outlets are only confirmed (a page may credit any outlet that covered it). */
const COMPARED = new Set<Mention['type']>([
  'agency',
  'weekday',
  'date',
  'time-of-day',
  'duration',
  'street',
  'place',
  'state',
  'count',
  'outcome',
  'person',
  'outlet',
  'relative-time',
]);

/** A value that is certain enough to need confirming: a name, a day, a clock time, a counted noun, an outcome that happened. */
function certain(m: Mention, negatedClause: boolean): boolean {
  if (m.negated) return false;
  switch (m.type) {
    // In a denied clause an agency is what did not happen ("would not work with X").
    case 'agency':
      return !negatedClause && /^\p{Lu}/u.test(m.text);
    case 'place':
    case 'state':
      return /^\p{Lu}/u.test(m.text);
    // "the Associated Press": the name after its "the".
    case 'outlet':
      return /^\p{Lu}/u.test(m.text.replace(/^the\s+/i, ''));
    case 'person':
      return /^\p{Lu}/u.test(m.value.name);
    // "six" with no noun is still a number the page asserts; "one" alone usually is not ("one of them").
    case 'count':
      return m.value.noun !== '' || m.value.min >= 2;
    case 'date':
      return m.value.year !== undefined || m.value.month !== undefined;
    case 'time-of-day':
      return m.value.minutes !== undefined;
    // Counted from the page's own date: judged where an event is linked, never unconfirmed on its own.
    case 'relative-time':
      return false;
    // Compared only with an event that records how long it lasted: no recorded duration, nothing. Unless the clause
    // says how long the thing lasted ("the visit lasted about three hours"): that is its claim, and must be confirmed.
    case 'duration':
      return /^(?:lasted|lasting|lasts|took|takes)\s/i.test(m.text);
    // The tools of the job taken: weighed only against a recorded personnel action (personnel-outcome.ts).
    case 'outcome':
      return !m.value.divested;
    default:
      return true;
  }
}

/** Values that name something: the story's record confirms them wherever it has them. */
const ENTITY_TYPES = new Set<Mention['type']>([
  'agency',
  'place',
  'state',
  'street',
  'person',
  'outlet',
]);

/** What an unconfirmed value reads as. */
const SLOT: Partial<Record<Mention['type'], string>> = { 'time-of-day': 'time' };

/** Verbs the reader takes for outcomes that are about something else here ("picked up the story", "stopped the video"). */
const NOT_AN_OUTCOME =
  /^\s+(the|a|an|this|that|his|her|its|their)?\s*(story|stories|news|report|reports|tale|thread|phone|tab|pace|call|calls|case|baton)\b/i;
/** A legal action after the verb ("dismissed the Justice Department's lawsuit"): a suit or a charge befell, not a person. */
const LEGAL_OBJECT =
  /^\s+(?:the|a|an|this|that|his|her|its|their)?\s*(?:\p{Lu}[\p{L}.-]*\s+|\p{L}+['\u2019]s\s+){0,3}(?:lawsuit|lawsuits|suit|suits|case|cases|charges?|claims?|complaint|motion|appeal|indictment)\b/u;

/**
 * A legal action as the subject of a passive before the verb ("The Justice Department's lawsuit against the city,
 * filed in April, was dismissed"): the sentence's subject, its first noun phrase, is the action.
 */
const LEGAL_SUBJECT =
  /^\s*(?:the|a|an|this|that|its|their|his|her)\s+(?:[\p{L}.'\u2019-]+\s+){0,4}?(?:lawsuit|suit|case|charges?|complaint|indictment|appeal)\b(?![^,;]*\b(?:officers?|people|men|agents|police)\b)[^.;!?]{0,100}?\b(?:was|were|had been|has been|got)\s+(?:[a-z]+ly\s+|later\s+)?$/iu;

const realOutcome = (sentence: string, m: Mention) =>
  m.type !== 'outcome' ||
  (!closedDoors(sentence, m) &&
    !NOT_AN_OUTCOME.test(sentence.slice(m.end, m.end + 30)) &&
    !(
      m.value.kind !== 'sued' &&
      m.value.kind !== 'dropped-case' &&
      (LEGAL_OBJECT.test(sentence.slice(m.end, m.end + 60)) ||
        LEGAL_SUBJECT.test(sentence.slice(0, m.start)))
    ));

/** Words of a court case's phrases (read/find-legal.ts reads them only in a clause that has one). */
const LEGAL_WORDS =
  /court|judge|district|prejudice|moot|dismiss|thr[eo]w|toss|str[iu]ck|uph[eo]ld|sid(?:ed|es|ing) with|ruled?s?\b|ruling|favou?r|found|finds|declared|deem|nam(?:es|ed|ing)|list|sue|against|defendant|(?:closed|ended|settled|finished)\s+(?:the|that|this)\s+(?:matter|case|suit|lawsuit|book|chapter)/i;

/** A noun of speaking right after a town's name ("Denver statement", "Tucson's remarks"). */
const ROLE_NOUN_AFTER =
  /^(?:['\u2019]s)?\s+(?:police\s+|department\s+|city\s+)?(?:statement|statements|remarks|comments|announcement|interview)\b/i;

/** A page dated within a year after the story's last central day (and not before its first). */
function pageOfStoryYear(pageDate: string | undefined, storyDays: readonly string[]): boolean {
  if (!pageDate || !/^\d{4}-\d{2}-\d{2}$/.test(pageDate) || !storyDays.length) return false;
  const sorted = [...storyDays].sort();
  const day = (d: string) => Date.parse(`${d}T12:00:00Z`) / 86_400_000;
  return (
    day(pageDate) >= day(sorted[0] as string) &&
    day(pageDate) - day(sorted[sorted.length - 1] as string) <= 366
  );
}

/** Days from a person's linked event beyond which a date of theirs is another part of their life. */
const FAR_DAYS = 183;

/** A clause about a later part of someone's life than the story ("went on to head X", "years later became"). */
/** A post or place of an earlier part of someone's life: "Before Tucson, …", "before moving to X", "Before his CBP post", "had previously led", "used to run", "was later nominated". */
const EARLIER_LIFE =
  /\b(?:before\s+(?:(?:his|her|their)\s+(?:[\w-]+\s+){0,2}(?:post|job|term|tenure|appointment|nomination|career|time)\b|(?:moving|coming|joining|becoming|taking over|being (?:named|appointed|nominated|confirmed))\b|(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december)\b)\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?\s*,)|had (?:previously|earlier|once) (?:been|served|led|headed|run)|previously (?:served|led|headed|ran)|used to (?:run|lead|head|serve|work|be)\b|earlier in (?:his|her) career|(?:was|were) later (?:nominated|named|appointed|confirmed|chosen|tapped))/iu;
/** EARLIER_LIFE, its "before X," only for a capitalised X (the flag i lets \p{Lu} take "before leaving town,"). */
const EARLIER_LIFE_ALL = new RegExp(EARLIER_LIFE.source, 'giu');
const earlierLife = (text: string) =>
  [...text.matchAll(EARLIER_LIFE_ALL)].some(
    (m) => !m[0].endsWith(',') || /^\S+\s+\p{Lu}/u.test(m[0]),
  );
const LATER_LIFE =
  /\b(?:went on to(?!\s+(?:the|a|an|his|her|their|its)\b)|would (?:later|go on to)|later (?:became|served|headed|led|ran(?!\s+(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+)?(?:summary|story|piece|article|report|version|copy|item|op-ed|column|editorial|statement|round-?up)\b)|joined|took over)|(?:years|decades) later|afterwards became)\b/i;

/** Words that make a clause a habit rather than one occasion ("all the time", "routinely", "as a rule", "each morning", "now runs"). */
const HABITUAL =
  /\b(?:all the time|routinely|regularly|usually|typically|habitually|as a rule|as a matter of routine|day in,? day out|(?:every|each) (?:other )?(?:day|week|month|year|time|morning|afternoon|evening|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|now (?:runs|leaves|starts|opens|closes|departs|arrives|meets|goes)|most (?:days|weeks|of the time)|time and again|(?:quite |very )?often|frequently|generally|commonly|customarily|annual(?:ly)?|yearly|per year)\b/i;

/** Words that put a clause at the time the page tells of ("the chief at the time was X"). */
const AT_THE_TIME =
  /\b(?:at the time|back then|at that time|in those days|then-|then\s+(?:was|is)\b|(?:was|is)\s+then\b)/i;

/** Words that tell of another's act like the one given: "made a similar point", "likewise" (not "echoing X", said of the quote's own speaker). */
const LIKE_ACT =
  /\b(?:similar|likewise|the\s+same\s+(?:point|case|argument|pledge|promise|vow|position))\b/i;

/** Words just before an event's name that make it the point another time is counted from ("two days after the press conference"). */
const ANCHORED =
  /\b(after|before|since|following|until|till|while|amid|ahead of|prior to|preceding|in (?:direct |swift )?(?:response|reaction|answer) to|responding to|reacting to)\s+(?:the\s+|that\s+|this\s+|its\s+|his\s+|her\s+|their\s+)?(?:new\s+|recent\s+|latest\s+)?$/;

/**
 * Right before an event's word, a verb of remarking on it ("weighed in on the Rochester stop", "commented on the
 * ruling", "wrote about the raid"), or of meeting or voting on it ("the board meets on the grounding", "a hearing on the
 * closure", "the council debated the stop"): the event is the remark's topic, so a day the clause gives is the remark's.
 */
const TOPIC_BEFORE =
  /\b(?:(?:weigh(?:ed|s|ing)?\s+in|comment(?:ed|s|ing)?|remark(?:ed|s|ing)?|wr(?:ote|ites|iting)|post(?:ed|s|ing)|tweet(?:ed|s|ing)|react(?:ed|s|ing)|respond(?:ed|s|ing)|(?:spoke|speaks|speaking|talk(?:ed|s|ing))(?:\s+out)?(?:\s+to\s+[\w-]+)?|meet(?:s|ing)?|met|meetings?|hearings?|sessions?|vot(?:e|ed|es|ing)|discussions?|debat(?:e|ed|es|ing))\s+(?:on|about|upon|to|over|regarding)\s+|(?:discuss(?:ed|es|ing)?|debat(?:ed|es|ing)|review(?:ed|s|ing)?|t(?:ook|akes?|aking)\s+up)\s+)(?:the|that|this|its|his|her|their|a)\s+(?:[\p{L}'\u2019-]+\s+){0,2}$/u;

/** Whether the words before `at` make what follows the point a time is counted from. */
const anchoredAt = (sentence: string, at: number) =>
  anchoredBefore(foldText(sentence.slice(Math.max(0, at - 60), at + 8)), Math.min(at, 60));
/** Right before `at`, a point word alone or with an owner or an offset's modifier ("after Beck's", "six days after the presidential"; point-owner.ts). */
const anchoredBefore = (folded: string, at: number) =>
  ANCHORED.test(folded.slice(Math.max(0, at - 30), at)) ||
  anchoredWide(folded.slice(Math.max(0, at - 60), at), folded.slice(at, at + 8));

/** An outcome wished, demanded or possible rather than done ("to demand that the officers be fired"): the page does not say it happened. */
const wished = (sentence: string, m: Mention) => notDoneBefore(sentence, m);

/** Whether the clause names the event by a word of its own, not only as the point a time is counted from. */
/**
 * The last word of a term (every form of it but the present tense's and "again" holds that word as it is) and its
 * present forms, in one lookup per term: every clause asks this of every word of every event.
 */
const termForms = new Map<
  string,
  { last: string; present: { forms: readonly string[]; stem: string } }
>();
function formsOf(term: string): {
  last: string;
  present: { forms: readonly string[]; stem: string };
} {
  let f = termForms.get(term);
  if (f === undefined) {
    f = { last: term.slice(term.lastIndexOf(' ') + 1), present: presentOf(term) };
    termForms.set(term, f);
  }
  return f;
}

/** Events that come round again, named by their year: "the 2018 general election", "the 2020 primary". */
const RECURRING =
  /(?:elections?|midterms?|primar(?:y|ies)|caucus(?:es)?|inaugurations?|census|conventions?)$/;
/** A level of government or a body before a recurring occasion's word: "county", "school board", "union", "mayoral". */
const OTHER_LEVEL_BEFORE =
  /\b(?:county|municipal|city|town|village|school\s+board|school|board|council|mayoral|gubernatorial|union|student|local|special|runoff|primary|midterm)\s+$/;
const YEAR_BEFORE = /\b((?:19|20)\d\d)(?:['\u2019]s)?\s+(?:[\p{L}-]+\s+){0,2}$/u;

/**
 * Every word of the event that the clause uses is a recurring occasion's, each named by a year that is not the
 * event's ("2018 General Election" for the 2016 election): another instance of it, not this one.
 */
function otherYearsInstance(folded: string, e: IndexedEvent): boolean {
  const year = Number(e.event.date.slice(0, 4));
  let named = false;
  for (const w of e.words) {
    for (let at = findTerm(folded, w); at !== -1; at = findTerm(folded, w, at + 1)) {
      const lead = folded.slice(Math.max(0, at - 40), at);
      if (!RECURRING.test(foldText(w))) return false;
      // "the county election", "a school board election": an election of another level is another one.
      if (OTHER_LEVEL_BEFORE.test(lead)) {
        named = true;
        continue;
      }
      const y = YEAR_BEFORE.exec(lead);
      if (!y || Number(y[1]) === year) return false;
      named = true;
    }
  }
  return named;
}

function namesEvent(folded: string, words: readonly string[], personGoes = false): boolean {
  // The "again" form of a term ("filed it again") needs the word itself: most clauses lack it.
  const hasAgain = folded.includes('again');
  return words.some((w) => {
    const forms = formsOf(w);
    // Most events' words are not in a clause at all: a plain search for the term's last word first.
    if (!folded.includes(forms.last))
      return (
        (hasAgain && againForm(w)?.test(folded) === true) ||
        namesInPresentForms(folded, forms.present, findTerm)
      );
    for (let at = findTerm(folded, w); at !== -1; at = findTerm(folded, w, at + 1)) {
      // "X came to Y to stand with …": what a person's trip was for, not another event (trip-purpose.ts).
      if (
        !anchoredBefore(folded, at) &&
        !TOPIC_BEFORE.test(folded.slice(Math.max(0, at - 60), at)) &&
        !(personGoes && tripPurpose(folded, at))
      )
        return true;
    }
    const owned = ownedForm(w);
    if (owned)
      for (const m of folded.matchAll(owned)) if (!anchoredBefore(folded, m.index)) return true;
    // The passive: "the suit was dismissed" for "dismissed the suit".
    const passive = passiveForm(w);
    if (passive)
      for (const m of folded.matchAll(passive)) if (!anchoredBefore(folded, m.index)) return true;
    // "the meeting of the City Council" for "council meeting".
    const of = ofForm(w);
    if (of) for (const m of folded.matchAll(of)) if (!anchoredBefore(folded, m.index)) return true;
    // "filed again" for "refiled".
    const again = hasAgain ? againForm(w) : null;
    if (again && again.test(folded)) return true;
    // One word slipped in ("released more details" for "released details").
    const loose = looseFormIn(w, folded);
    if (loose)
      for (const m of folded.matchAll(loose)) if (!anchoredBefore(folded, m.index)) return true;
    // The present of a timeline or live blog: "sues", "prosecutors release details" (present-tense.ts).
    return namesInPresentForms(folded, forms.present, findTerm);
  });
}

const ownedForms = new Map<string, RegExp | null>();

/**
 * An event's words with an owner put before their noun: "dismissed the lawsuit" also names "dismissed the
 * Justice Department's lawsuit" (up to four words ending in a possessive), not "dismissed the idea of a lawsuit".
 */
function ownedForm(term: string): RegExp | null {
  if (ownedForms.has(term)) return ownedForms.get(term) ?? null;
  const m = /^(\S+(?: \S+)?) (the|a|an|its|his|her|their) (\S.*)$/.exec(term);
  const re = m
    ? new RegExp(
        `\\b${escapeRegExp(m[1] as string)} ${m[2]} (?:\\S+ ){0,3}\\S+(?:'s|s') ${escapeRegExp(m[3] as string)}\\b`,
        'g',
      )
    : null;
  ownedForms.set(term, re);
  return re;
}

const passiveForms = new Map<string, RegExp | null>();

/**
 * An event's words of the form "<participle> the <noun>" in the passive: "dismissed the suit" also names
 * "the suit was dismissed", "the suit had been dismissed by …" (one word may stand between: "was later dismissed").
 */
function passiveForm(term: string): RegExp | null {
  if (passiveForms.has(term)) return passiveForms.get(term) ?? null;
  const m = /^(\S+ed) (?:the|a|an|its|his|her|their) (\S.*)$/.exec(term);
  const re = m
    ? new RegExp(
        `\\b${escapeRegExp(m[2] as string)} (?:was|were|is|are|has been|have been|had been|got|been) (?:[a-z]+ )?${escapeRegExp(m[1] as string)}\\b`,
        'g',
      )
    : null;
  passiveForms.set(term, re);
  return re;
}

interface Link {
  events: IndexedEvent[];
  /** Linked only by a place of the event: enough to compare values, not to call a stranger's name wrong. */
  byPlace: boolean;
  /** The events the clause names by their words (else all of `events`). */
  named: IndexedEvent[];
  /** Linked by a town alone (or a street, with nothing done there): a day or time is wrong on it only if the clause names one of the event's participants. */
  cityOnly?: boolean;
  /** Linked only by a person who took part (no word of the event): a date far from it may be another part of their life. */
  byPerson?: boolean;
  /**
   * Linked only by a meeting or visit verb, with no word of the event and not as "the meeting" ("Field Day planning
   * meets May 10", "Jane Roe's book club meets on Thursday"): any meeting may be meant, so a day or time is wrong on it
   * only if the clause names one of its participants.
   */
  outcomeOnly?: boolean;
  /** The events the clause's words name, when the events of someone it names were added to them (`othersEvents`). */
  worded?: IndexedEvent[];
}

/**
 * A name or title in quotation marks, one to three words, capitalised ("the theme was “Backup,”"): it names itself, not
 * an event, unless it is a name of several words the record gives an event in full ("part of “Operation Lantern”").
 */
const QUOTED_TITLE =
  /(["\u201C])(\p{Lu}[\p{L}'\u2019-]*(?:\s+[\p{L}'\u2019-]+){0,2})([,.!?]?)(["\u201D])/gu;
const blankQuotedTitles = (text: string, record: StoryRecord) =>
  text.replace(QUOTED_TITLE, (all, _open: string, title: string) =>
    /\s/.test(title) && record.events.some((e) => e.words.includes(foldText(title)))
      ? all
      : ' '.repeat(all.length),
  );

/** "then-Mayor", "then Police Chief": a title put at the time the clause tells of, right before the name. */
const THEN_TITLE = /\bthen[\s-]+(?:[\p{L}.'\u2019-]+\s+){1,3}$/iu;

/** Verbs of being told or learning of something: whom the record has `informed` of it. */
const LEARNED =
  /\b(?:heard|hears|learned|learnt|learns|found\s+out|finds\s+out|(?:was|were)\s+(?:told|informed|alerted)|got\s+word)\b/i;

/** A relative clause on a person in a present tense of standing ("who leads", "who is based in", "who now serves"). */
const STANDING_WHO =
  /^\s*who\s+(?:(?:now|still|also|currently)\s+)?(?:is|has\s+(?:led|served|represented|headed|lived|worked|chaired)|leads|serves|represents|heads|lives|works|chairs|oversees|sits|runs|holds|teaches|commands|directs)\b/i;

/** A bare word opening the sentence as an order or invitation: "Stop by …", "Visit us …", "Rally with your neighbours …". */
const IMPERATIVE = /^(\W*)(\p{L}+)(?=\s+(?:by|in|over|up|our|your|us|me)\b)/u;

/** The folded sentence with an opening imperative verb blanked (offsets kept). */
function blankImperative(folded: string): string {
  return folded.replace(
    IMPERATIVE,
    (_, lead: string, verb: string) => lead + ' '.repeat(verb.length),
  );
}

function linkClause(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  role: ClauseRole | null,
  pageDate?: string,
  elsewhere: readonly Mention[] = [],
): Link {
  // A named day's words ("on Election Day") name no event (named-day.ts).
  // A stop of a trip at a body ("made a second stop at the X Police Department") names no traffic stop (visit-meeting.ts).
  // "the night desk's backup": a noun of a lower-case owner the story does not know is another thing (stranger-owned.ts).
  // "Stop by the leasing office …", "Visit us at …": a verb of an order or invitation opening the sentence names no event.
  // "answered with its own statement": a reply, not an answering of the call.
  const folded = blankReplies(
    blankImperative(
      foldText(
        blankStrangerOwned(
          blankQuotedTitles(blankNamedDays(blankTripStops(clause, sentence, record)), record),
          record,
        ),
      ),
    ),
  );
  const link = (events: IndexedEvent[], byPlace = false): Link => ({
    events,
    byPlace,
    named: events,
  });
  const personGoes = clause.mentions.some((m) => m.type === 'person' && !m.negated);
  // "he'd be in X in two weeks": a promised visit told without its word names the events of one (future-visit.ts).
  // Only the visits promised by someone the clause names: another's "would be at City Hall" is no such visit.
  const promiser = saysFutureVisit(sentence.slice(clause.start, clause.end))
    ? new Set(
        clause.mentions.flatMap((m) =>
          !m.negated && m.type === 'person'
            ? record.gazetteer.lookup(m.value.name).map((g) => g.id)
            : [],
        ),
      )
    : null;
  const promised = (e: IndexedEvent) =>
    promiser !== null &&
    isPromisedVisit(e.words) &&
    e.participants.some((p) => p.role === 'spoke' && promiser.has(p.canon));
  // "said the officers broke General Order 502": a rule named as what was broken is not the making of the rule (rule-broken.ts).
  const listed = record.events.filter(
    (e) =>
      (namesEvent(folded, e.words, personGoes) || promised(e)) &&
      !namedOnlyAsRule(folded, e.words) &&
      // "the press conference room", "our traffic stop checklist": a thing named for the event (attributive-term.ts).
      !onlyBeforeThing(folded, e.words) &&
      !otherYearsInstance(folded, e),
  );
  // "the briefing on a Wednesday": a press event named only by a word of its family may be any of the story's (press-appearance.ts).
  listed.push(
    ...pressFamilyEvents(folded, clause, record, listed, (_, w) => findTerm(folded, w) !== -1),
  );
  // "Ortt's visit" where the visit the word names is another's: the owner's own events instead (owner-event.ts).
  const owned = ownerEvents(sentence.slice(clause.start, clause.end), record, listed);
  // Another form of an event's word ("rallied" for "rally"), with something else of that event's in the clause (word-inflections.ts).
  // (The shared place or day first: a few mentions to look at, where the forms are searched for word by word.)
  const byWords = [
    ...new Set([
      ...listed.filter((e) => !owned.others.includes(e)),
      ...owned.theirs,
      ...record.events.filter(
        (e) =>
          !listed.includes(e) &&
          sharesWithEvent(clause, record, e) &&
          namesByForm(folded, e.words, (at) => anchoredBefore(folded, at)),
      ),
    ]),
  ];
  // An outcome wished or demanded ("to demand that the officers be fired") is no sign of the event that would have it.
  const acts = clause.mentions.filter(
    (m): m is Mention & { type: 'outcome' } =>
      m.type === 'outcome' &&
      !anchoredAt(sentence, m.start) &&
      !wished(sentence, m) &&
      !priorAct(sentence, m) &&
      !beforeThing(sentence, m.end),
  );
  const outcomes = acts.map((m) => m.value.kind);
  // An outcome ruled out only by what happened instead names the event when it befell someone ("were deported"), not as a topic ("deportations").
  const befell = new Set(
    acts.filter((m) => befellSomeone(sentence, m) && doneForm(m)).map((m) => m.value.kind),
  );
  const byOutcome = record.events.filter((e) =>
    outcomes.some(
      (k) =>
        e.outcomes.has(k) ||
        (e.negatives.has(k) && (!e.ruledOut?.get(k)?.instead || befell.has(k))),
    ),
  );
  // "flew to X", "sat down with Y": the record's visits and meetings of the people it names (visit-meeting.ts).
  const found = [
    ...new Set([
      ...byWords,
      ...meetingsOfThoseNamed(clause, sentence, record, byOutcome, new Set(outcomes)),
      ...visitEvents(clause, sentence, record, pageDate, elsewhere),
    ]),
  ];
  // Else an occasion told without its words: a press appearance, a post on a platform, speakers named together
  // (press-appearance.ts, platform-post.ts, joint-speakers.ts).
  const linked = found.length
    ? found
    : [
        ...new Set([
          ...pressAppearanceEvents(clause, sentence, record),
          ...platformPostEvents(clause, sentence, record),
          ...jointSpeakerEvents(clause, sentence, record),
        ]),
      ];
  // Who played which part is read against the events the clause names, when it names any: an outcome word ("met") may belong to another.
  if (linked.length) {
    // Someone named who took part only in other events ("Ortt visited …" where the visit the words name is another's): the clause may be about theirs.
    const theirs = othersEvents(clause, sentence, record, linked);
    if (theirs.length)
      return {
        events: [...linked, ...theirs],
        byPlace: false,
        named: [...linked, ...theirs],
        worded: linked,
      };
    // Only a meeting or visit verb links it, with none of the events' words and not as "the meeting": which meeting is not said.
    const bare =
      !byWords.length &&
      outcomes.length > 0 &&
      outcomes.every((k) => k === 'met' || k === 'visited') &&
      !someNamedAsKnown(sentence, acts) &&
      linked.every((e) => byOutcome.includes(e));
    return {
      events: linked,
      byPlace: false,
      named: byWords.length ? byWords : linked,
      ...(bare ? { outcomeOnly: true } : {}),
    };
  }
  // "Governor X met with Mayor Y", neither of whom the record has meeting anyone: no event of theirs (visit-meeting.ts).
  if (metEachOther(clause, record, new Set(outcomes))) return link([]);
  // "Chief X issued a written statement on November 16": the record's one statement of that kind that day (medium-day.ts).
  const byMedium = eventsByMediumAndDay(clause, sentence, record);
  if (byMedium.length) return link(byMedium);
  // A count put at "the scene" of what the story's incident counts ("40 officers converged on the scene"; scene-count.ts).
  const scene = sceneCountLink(clause, sentence, record);
  if (scene.length) return link(scene, true);
  // Agencies put at "the scene" ("Federal agencies on scene: …"): the incident's, held to its participants (scene-count.ts).
  const sceneAgencies = sceneAgencyLink(clause, sentence, record);
  if (sceneAgencies.length) return link(sceneAgencies, true);
  // A participant named in the clause who takes part in exactly one event.
  // Not one named as the point a time is counted from ("two days after Beck's interview"): that is the anchor's.
  const named = new Set(
    clause.mentions.flatMap((m) =>
      !m.negated &&
      (m.type === 'person' || m.type === 'outlet' || m.type === 'agency') &&
      !anchoredAt(sentence, m.start)
        ? record.gazetteer.lookup(m.value.name).map((g) => g.id)
        : [],
    ),
  );
  // The record's streets the clause names.
  const streets = new Set(
    clause.mentions
      .flatMap((m) =>
        !m.negated && m.type === 'street' ? [record.streets.get(streetKey(m.value.name))] : [],
      )
      .filter((c): c is string => c !== undefined),
  );
  // "Homan flew back to Washington": where someone went home to is no place of their events (visit-meeting.ts).
  const byPeople = returning(folded)
    ? []
    : record.events.filter((e) => e.participants.some((p) => named.has(p.canon)));
  if (byPeople.length === 1) return { ...link(byPeople), byPerson: true };
  if (byPeople.length) {
    // "X heard about it", "X found out": the one event the record has X being told of it (participant role `informed`).
    if (LEARNED.test(sentence.slice(clause.start, clause.end))) {
      const told = byPeople.filter((e) =>
        e.participants.some((p) => p.role === 'informed' && named.has(p.canon)),
      );
      if (told.length === 1) return { ...link(told), byPerson: true };
    }
    // Someone of several events: the one where they played the part the clause's verb names ("Evans … spoke to reporters"),
    // or the one on the street the clause names ("Homan … on Lexington Avenue").
    const roles = role ? ROLE_FAMILY[role.role] : [];
    const inRole = byPeople.filter((e) =>
      e.participants.some((p) => named.has(p.canon) && roles.includes(p.role as Role)),
    );
    if (inRole.length === 1) return { ...link(inRole), byPerson: true };
    // Two or more of them named as playing that part together: the few events where all of them did.
    const together = eventsTogether(byPeople, named, roles);
    if (together.length) return { ...link(together), byPerson: true };
    // Several of one scene where they played that part, of which those that count what the clause counts ("Twenty X
    // officers ended up responding", where X came to the scene twice over): those.
    const counted = new Set(
      clause.mentions.flatMap((m) =>
        m.type === 'count' && m.value.noun ? [singular(m.value.noun)] : [],
      ),
    );
    const countedInRole = counted.size
      ? inRole.filter((e) => e.quantities.some((q) => [...counted].some((n) => q.nouns.has(n))))
      : [];
    if (
      countedInRole.length &&
      inRole.every((e) => e === countedInRole[0] || sameScene(e, countedInRole[0]!))
    )
      return { ...link(countedInRole), byPerson: true };
    const onStreet = byPeople.filter((e) => e.places.some((p) => streets.has(p)));
    if (onStreet.length === 1) return link(onStreet);
    // Or the events of theirs on the clause's weekday, when those are all on one day ("Evans and Smith spoke to reporters on Wednesday").
    const onDay = onWeekday(clause, inRole.length ? inRole : byPeople);
    return link(
      onDay.length && onDay.every((e) => e.event.date === onDay[0]!.event.date) ? onDay : [],
    );
  }
  // A street of the record's, where one scene happened (events on one day sharing a place). A clause that tells of
  // nothing done there (no doer, outcome, count or verb of the story's roles: "The Lyell Avenue branch is open Saturdays
  // from 9 to noon") may be of any day there: its day or time is wrong on the scene only as a town's is (cityOnly).
  const onStreet = record.events.filter((e) => e.places.some((p) => streets.has(p)));
  const oneScene =
    onStreet.length > 0 && onStreet.every((e) => e.event.date === onStreet[0]!.event.date);
  // "Our X Street bakery will be closed on Tuesday", "A vigil will take place on X Street, scene of the stop, on Sunday":
  // a clause of what will be tells nothing done at the scene (but "will remember the commotion that evening", "won't
  // forget the night when …" recall what happened).
  const future = toCome(sentence, clause) !== null;
  if (oneScene && !future && toldDone(clause, sentence)) return link(onStreet, true);
  // "It happened on X Street": the record's one scene on a street (happened-at.ts).
  const happened = happenedOnStreet(clause, sentence, record);
  if (happened.length) return link(happened, true);
  if (oneScene) return future ? link([]) : { ...link(onStreet, true), cityOnly: true };
  // A label's noun the record counts at one scene only ("Occupants: about eight"); a count in running text may be part of a group ("two passengers").
  const nouns = new Set(
    clause.mentions.flatMap((m) =>
      m.type === 'count' && LABELLED.has(m) ? [singular(m.value.noun)] : [],
    ),
  );
  const counted = record.events.filter((e) =>
    e.quantities.some((q) => [...nouns].some((n) => q.nouns.has(n))),
  );
  if (counted.length && counted.every((e) => sameScene(e, counted[0]!) || e === counted[0]))
    return link(counted, true);
  // A count of something the record counts at the one scene where someone played the part the clause's verb names ("two officers showed up").
  const counts = new Set(
    clause.mentions.flatMap((m) =>
      m.type === 'count' && m.value.noun ? [singular(m.value.noun)] : [],
    ),
  );
  const verbs = counts.size
    ? [...verbRoles(sentence, clause.start, clause.end)].flatMap((r) => ROLE_FAMILY[r])
    : [];
  const acted = record.events.filter(
    (e) =>
      e.participants.some((p) => verbs.includes(p.role as Role)) &&
      e.quantities.some((q) => [...counts].some((n) => q.nouns.has(n))),
  );
  if (acted.length && acted.every((e) => e === acted[0] || sameScene(e, acted[0]!)))
    return link(acted, true);
  // A place of exactly one event, in a clause that says someone played a part that event records ("In X, the chief said", "X's statement").
  const roles = [
    ...(role ? [role.role] : []),
    ...verbRoles(sentence, clause.start, clause.end, true),
  ].flatMap((r) => ROLE_FAMILY[r]);
  if (!roles.length) return link([]);
  const places = new Set(
    clause.mentions.flatMap((m) =>
      !m.negated && m.type === 'place'
        ? record.gazetteer.lookup(m.value.name).map((g) => g.id)
        : [],
    ),
  );
  const byPlace = record.events.filter((e) => e.places.some((p) => places.has(p)));
  if (byPlace.length !== 1 || !byPlace[0]!.participants.some((p) => roles.includes(p.role as Role)))
    return link([]);
  // "the Denver statement", "Tucson's statement": the town names the event itself, not only where the clause is.
  const townNamesIt = clause.mentions.some(
    (m) =>
      m.type === 'place' &&
      (ROLE_NOUN_AFTER.test(sentence.slice(m.end, m.end + 30)) ||
        townPoliceTookPart(record, m, sentence, byPlace[0]!)),
  );
  return { ...link(byPlace, true), ...(townNamesIt ? {} : { cityOnly: true }) };
}

/** A verb of what will be ("will be closed", "we'll reopen", "is going to close"), outside quoted words. */
const WILL_BE =
  /\b(?:will|won['\u2019]t|shall)\s|['\u2019]ll\s|\b(?:is|are|am)\s+(?:not\s+)?going\s+to\s+(?!have\b)|['\u2019](?:s|re)\s+going\s+to\s+(?!have\b)/i;

/** A future of remembering: the clause recalls a past event. */
const WILL_RECALL =
  /(?:\b(?:will|won['\u2019]t|shall|going\s+to)|['\u2019]ll)\s+(?:not\s+|never\s+|always\s+|long\s+|still\s+)?(?:be\s+)?(?:forget|forgotten|remember(?:ed)?|recall(?:ed)?|look\s+back|mark(?:ed)?|commemorate(?:d)?|tell|say|explain|insist|know|known)\b/i;

/** A past verb of saying: "Help will come, X wrote on Friday" reports what was said, and dates the saying. */
const SAID_AFTER =
  /\b(?:said|says|wrote|writes|posted|posts|told|tells|tweeted|added|insisted|promised|vowed|warned|declared)\b/i;
/** A relative clause in the past after the modal ("… for the stop that took place there on a Friday"): its own time. */
const PAST_RELATIVE =
  /\b(?:(?:that|which|when|where|who)\s+(?:[\p{L}'\u2019-]+\s+){0,3}?|(?:it|he|she|they|we)\s+)(?:\p{L}+ed|took|was|were|came|went|made|held|began|ran|saw|met)\b/iu;

/**
 * The mentions a clause of what will be dates as the thing to come ("Our X Street bakery will be closed on Tuesday",
 * "A vigil will take place on X Street, scene of the stop, on Sunday"): dates and weekdays after its modal, outside
 * quoted words, when the modal's verb is not a word of the linked events ("the board will meet Thursday" is the
 * meeting told), the clause recalls nothing ("will never forget", "will tell you"), reports no saying ("Help will
 * come, X wrote on Friday") and no date comes before the modal ("The van stopped on a Thursday will be …"); not one
 * after a relative clause in the past ("… that took place there on a Friday").
 */
function toCome(
  sentence: string,
  clause: Clause,
  events: readonly IndexedEvent[] = [],
): Set<Mention> | null {
  const own = sentence
    .slice(clause.start, clause.end)
    .replace(/\u201C[^\u201D]*\u201D|"[^"]*"/g, (q) => ' '.repeat(q.length));
  const will = WILL_BE.exec(own);
  if (!will || WILL_RECALL.test(own)) return null;
  const at = clause.start + will.index;
  // "Help will come, X wrote on Friday": a day after the saying dates the saying; "… on May 23, its lawyers said" one
  // before it is the thing to come.
  const said = SAID_AFTER.exec(own.slice(will.index));
  const saidAt = said ? at + said.index : Infinity;
  const dated = clause.mentions.filter(
    (m) => m.type === 'date' || m.type === 'weekday' || m.type === 'time-of-day',
  );
  if (dated.some((m) => m.start < at)) return null;
  // The modal's own verb ("will meet", "will be sued"), not its object ("will respond to the lawsuit").
  const verb = foldText(
    /^\s*(?:not\s+|never\s+|also\s+)?(?:be\s+|have\s+)?[\p{L}-]+/u.exec(
      own.slice(will.index + will[0].length),
    )?.[0] ?? '',
  );
  if (events.some((e) => e.words.some((w) => findTerm(verb, w) !== -1))) return null;
  // The relative clause's own time only when nothing sets it off before the date ("…, where the stop took place, on
  // Sunday" dates the thing to come).
  const governing = (m: Mention) =>
    sentence.slice(Math.max(at, sentence.lastIndexOf(',', m.start) + 1), m.start);
  // "will review footage of the 10:30 p.m. stop": a time right before the event's own noun dates the event.
  const ofEvent = (m: Mention) => {
    const next = foldText(sentence.slice(m.end, m.end + 24));
    return events.some((e) =>
      e.words.some((w) => {
        const at = findTerm(next, w);
        return at !== -1 && next.slice(0, at).trim() === '';
      }),
    );
  };
  return new Set(
    dated.filter((m) => m.start < saidAt && !PAST_RELATIVE.test(governing(m)) && !ofEvent(m)),
  );
}

/** Words of something that happened at a place ("the scene unfolded", "the incident", "it all went down"). */
const HAPPENING =
  /\b(?:scene|incident|encounter|episode|confrontation|commotion|happen(?:ed|s)|unfold(?:ed|s)|took\s+place|occurr(?:ed|s)|went\s+down)\b/i;

/** Whether a clause tells of something done: someone named, an outcome, a count of something, a happening, or a verb of a role. */
function toldDone(clause: Clause, sentence: string): boolean {
  return (
    HAPPENING.test(sentence.slice(clause.start, clause.end)) ||
    clause.mentions.some(
      (m) =>
        m.type === 'person' ||
        m.type === 'agency' ||
        m.type === 'title' ||
        m.type === 'outcome' ||
        m.type === 'commitment' ||
        (m.type === 'count' && m.value.noun !== ''),
    ) ||
    verbRoles(sentence, clause.start, clause.end).size > 0
  );
}

/**
 * A person of the story given the making of events the clause's words name, none of which they took part in ("Evans
 * signed the proclamation" the council members signed): not confirmed, whatever their own other events were.
 */
function absentDoer(
  record: StoryRecord,
  m: Mention,
  worded: readonly IndexedEvent[] | undefined,
): ValueResult | null {
  if (!worded?.length || m.type !== 'person') return null;
  const canons = personIds(record.gazetteer, m.value.name);
  if (!canons.length || worded.some((e) => e.participants.some((p) => canons.includes(p.canon))))
    return null;
  return unconfirmedValue(m);
}

/**
 * The events of the people the clause names as actors (not denied, not an owner "Magnus's statement", not after a
 * preposition "reported by Magnus"), when none of them is among `linked`.
 */
const PREPOSITION_BEFORE =
  /\b(?:by|of|with|from|to|for|about|against|at|on|in|than)\s+(?:the\s+)?(?:\p{L}+\s+)?$/iu;

function othersEvents(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  linked: readonly IndexedEvent[],
): IndexedEvent[] {
  const actor = (m: Mention) =>
    !/^\s*['\u2019]/.test(sentence.slice(m.end, m.end + 2)) &&
    !PREPOSITION_BEFORE.test(sentence.slice(Math.max(0, m.start - 12), m.start));
  const people = new Set(
    clause.mentions.flatMap((m) =>
      m.type === 'person' &&
      !m.negated &&
      actor(m) &&
      !titledOutOfOffice(clause, sentence, record, m, linked)
        ? personIds(record.gazetteer, m.value.name)
        : [],
    ),
  );
  const theirs = record.events.filter((e) => e.participants.some((p) => people.has(p.canon)));
  return theirs.some((e) => linked.includes(e)) ? [] : theirs;
}

/**
 * "At the news conference, Mayor Jane Roe said …" where the world file has someone else surely in that office on every
 * day of the events the clause names, and Jane Roe surely out: the title puts her at those events (wrongly), so her
 * own events of another time are not what the clause tells of.
 */
function titledOutOfOffice(
  clause: Clause,
  sentence: string,
  record: StoryRecord,
  m: Mention & { type: 'person' },
  linked: readonly IndexedEvent[],
): boolean {
  const world = record.world;
  const title = clause.mentions.find(
    (t): t is Mention & { type: 'title' } =>
      t.type === 'title' && t.end <= m.start && /^\s*$/.test(sentence.slice(t.end, m.start)),
  );
  const office = title?.value.id?.startsWith('w:') ? title.value.id.slice(2) : undefined;
  if (!world || !office || title?.value.qualifier) return false;
  const ids = personIds(record.gazetteer, m.value.name).map((c) => c.replace(/^w:/, ''));
  const days = linked.map((e) => e.event.date).filter((d) => /^\d{4}-\d\d-\d\d$/.test(d));
  return (
    days.length > 0 &&
    days.every((d) => {
      const on = world.holdersOn(office, d);
      return on.length > 0 && on.every((h) => h.status === 'in' && !ids.includes(h.person.id));
    })
  );
}

/** The events on the weekday the clause names (one weekday, no date): the day picks among a person's events. */
function onWeekday(clause: Clause, events: readonly IndexedEvent[]): IndexedEvent[] {
  const days = clause.mentions.filter((m) => m.type === 'weekday' && !m.negated);
  // Or the one day and month it gives ("Evans said on 26 March …"; the year, when given, too).
  const dates = clause.mentions.filter(
    (m): m is Mention & { type: 'date' } => m.type === 'date' && !m.negated,
  );
  const dated =
    dates.length === 1 &&
    dates[0]!.value.month !== undefined &&
    dates[0]!.value.day !== undefined &&
    days.length <= 1 &&
    !clause.mentions.some((m) => m.type === 'relative-time')
      ? dates[0]!.value
      : null;
  if (dated)
    return events.filter(
      (e) =>
        /^\d{4}-\d{2}-\d{2}$/.test(e.event.date) &&
        e.event.date.slice(5) ===
          partialDate(dated.year ?? 2000, dated.month, dated.day).slice(5) &&
        (dated.year === undefined || e.event.date.startsWith(String(dated.year))),
    );
  if (
    days.length !== 1 ||
    clause.mentions.some((m) => m.type === 'date' || m.type === 'relative-time')
  )
    return [];
  const day = (days[0] as Mention & { type: 'weekday' }).value.day;
  return events.filter(
    (e) =>
      /^\d{4}-\d{2}-\d{2}$/.test(e.event.date) &&
      new Date(`${e.event.date}T12:00:00Z`).getUTCDay() === day,
  );
}

/** A place's name as the label of a list item, before a lower-case noun phrase ("Denver: police department statement, …"). */
const PLACE_LABEL =
  /^(\s*\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*){0,2}):(?=\s+\p{Ll})/u;

/** "Denver: police department statement" read as "Denver police department statement" (the colon blanked, offsets kept). */
function withPlaceLabel(sentence: string, record: StoryRecord): string {
  const m = PLACE_LABEL.exec(sentence);
  if (!m || !record.gazetteer.lookup(m[1]!.trim()).some((g) => g.kind === 'place')) return sentence;
  return `${m[1]} ${sentence.slice(m[0].length)}`;
}

/** Labels of a piece of text rather than of what is counted. */
const DOCUMENT_LABELS = new Set([
  'answer',
  'answers',
  'a',
  'q',
  'question',
  'update',
  'updated',
  'note',
  'notes',
  'correction',
  'clarification',
  'summary',
  'tldr',
  'context',
  'background',
  'claim',
  'fact',
  'verdict',
  'rating',
  'quote',
  'headline',
  'caption',
  'source',
  'sources',
  'editor',
  'host',
  'guest',
  'reporter',
  'narrator',
  'transcript',
]);

/** Counts whose noun a label gave: they state a total, the way a fact box does. */
const LABELLED = new WeakSet<Mention>();

/**
 * A label before a colon names what a bare number counts ("Occupants: about
 * eight" → eight occupants): a fact box, a listicle, a Q&A.
 */
function withLabel(clauses: readonly Clause[], sentence: string): Clause[] {
  const [first, second, ...rest] = clauses;
  if (!first || !second || first.mentions.length) return [...clauses];
  const label = /^\s*(\p{L}+(?:\s+\p{L}+)?)\s*:\s*$/u.exec(
    sentence.slice(first.start, second.start),
  );
  const count = second.mentions.find((m) => m.type === 'count');
  if (!label || !count || count.type !== 'count' || count.value.noun) return [...clauses];
  const noun = (label[1] as string).split(/\s+/).pop()!.toLowerCase();
  // "Answer: All ten were …", "Update: …": a label of the text itself counts nothing.
  if (DOCUMENT_LABELS.has(noun)) return [...clauses];
  const labelled = { ...count, value: { ...count.value, noun } };
  LABELLED.add(labelled);
  const mentions = second.mentions.map((m) => (m === count ? labelled : m));
  return [first, { ...second, mentions }, ...rest];
}

/** A colon or semicolon right before a clause: what follows goes on about the clause before it. */
const PRONOUN_AFTER_BREAK = /[:;]\s*$/;

/**
 * "X was quick; he put his statement out on Sunday": a clause after a colon or semicolon that opens on "he" or "she"
 * is about the one person the clause before it names (no other person, agency or outlet there); else left alone.
 */
function withPersonBefore(c: Clause, before: Clause): Clause {
  const names = before.mentions.filter(
    (m) => !m.negated && (m.type === 'agency' || m.type === 'person' || m.type === 'outlet'),
  );
  const people = new Set(
    names.map((m) => (m.type === 'person' ? (m.value.id ?? m.value.name) : '')),
  );
  if (!names.length || people.has('') || people.size !== 1) return c;
  return { ...c, mentions: [names[0] as Mention, ...c.mentions] };
}

/** A relative clause that gives its antecedent a title: "who by then was a former …" (not "who had been …", a title before the time told). */
const WHO_WAS =
  /^\s*who\s+(?:(?:by\s+then|by\s+that\s+time|then|at\s+the\s+time|already|still)\s+)?(?:was|had\s+become|became)\s+(?:(?:then|at\s+the\s+time)\s+)?(?:(?:a|an|the)\s+)?(?:(?:city|town|department|county|state|agency)['\u2019]s\s+)?$/i;

/**
 * ", who by then was a former leader of the Senate Republicans,": the title (with its qualifier) is the one person's
 * the relative clause took from before it, as if apposed ("X, a former leader …").
 */
function withTitleOfWho(c: Clause, sentence: string): Clause {
  const people = c.mentions.filter((m) => m.type === 'person' && m.start < c.start);
  const title = c.mentions.find(
    (m): m is Mention & { type: 'title' } =>
      m.type === 'title' && !m.negated && WHO_WAS.test(sentence.slice(c.start, m.start)),
  );
  // A time of its own after the title ("who was acting director during the first term", "in 2017") is the title's.
  if (
    people.length !== 1 ||
    !title ||
    /\b(?:during|in|from|until|till|since|before|after|between|under|through|when|while|for)\b/i.test(
      sentence.slice(title.end, c.end),
    )
  )
    return c;
  const person = people[0] as Mention & { type: 'person' };
  // A post of the world file's, told plainly ("who was then the LAPD chief"), stays a title beside the name: who held
  // that office then is asked of the world file (holder-named.ts); a qualifier ("a former …") goes with the person.
  if (person.value.title || (title.value.id?.startsWith('w:') && !title.value.qualifier)) return c;
  const titled = {
    ...person,
    value: {
      ...person.value,
      title: title.value.title,
      ...(title.value.qualifier && { qualifier: title.value.qualifier }),
    },
  };
  return {
    ...c,
    mentions: c.mentions.flatMap((m) => (m === person ? [titled] : m === title ? [] : [m])),
  };
}

/** "which took place", "which happened": the relative clause tells where or when its antecedent itself happened. */
const TOOK_PLACE = /^\s*which\s+(?:took\s+place|happened|occurred|unfolded)\b/i;
/** A thing named alone before a comma, opening the sentence ("The van,", "That first statement,"). */
const NOUN_SUBJECT =
  /^\s*(?:the|a|an|that|this|their|its|his|her)\s+(?:[\p{L}-]+\s+){0,3}[\p{L}-]+\s*,\s*$/iu;
/** A clause that is only a name, at the sentence's start, before a relative clause ("Charlie Beck, who …,"). */
const BARE_SUBJECT =
  /^\s*(?:(?:the|then|former)\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){0,4}\p{Lu}[\p{L}.'\u2019-]*\s*,\s*$/u;

/**
 * A relative clause (", who …", ", which …") is about the names before it: it
 * takes the agencies, people and outlets of the nearest clause before it that
 * has any ("It was X and Y agents, working together, who had the van stopped").
 */
function withAntecedents(
  clauses: readonly Clause[],
  sentence: string,
  world: StoryRecord['world'],
): Clause[] {
  return clauses.map((c, i) => {
    if (
      i > 0 &&
      PRONOUN_AFTER_BREAK.test(sentence.slice(Math.max(0, c.start - 12), c.start)) &&
      /^\s*(?:he|she)\b(?!['\u2019])/i.test(sentence.slice(c.start, Math.min(c.end, c.start + 12)))
    )
      return withPersonBefore(c, clauses[i - 1] as Clause);
    // "Charlie Beck, who heads the LAPD, told the Times on …": the clause after the relative one goes on with the subject
    // named before it, alone in its own clause.
    if (i >= 2 && !/^\s*(who|which|whom|whose)\b/i.test(sentence.slice(c.start, c.end))) {
      const subject = clauses[i - 2] as Clause;
      const relative = clauses[i - 1] as Clause;
      if (
        /^\s*(?:who|which)\b/i.test(sentence.slice(relative.start, relative.end)) &&
        /,\s*$/.test(sentence.slice(relative.start, relative.end)) &&
        BARE_SUBJECT.test(sentence.slice(subject.start, subject.end)) &&
        /^\s*\p{Ll}/u.test(sentence.slice(c.start, c.end)) &&
        !c.mentions.some((m) => m.type === 'person' || m.type === 'agency')
      ) {
        const names = subject.mentions.filter(
          (m) => !m.negated && (m.type === 'agency' || m.type === 'person'),
        );
        // "X, who was then the city's police chief, said …": the post the relative clause gives goes on with the name.
        // With the body or place it is of ("the chief of the Tucson police"), the post is that body's office, read
        // as one title (the body itself is no value of the clause after it).
        const titles = /^\s*who\s+(?:is|was)\b/i.test(sentence.slice(relative.start, relative.end))
          ? relative.mentions.filter(
              (m): m is Mention & { type: 'title' } => m.type === 'title' && !m.negated,
            )
          : [];
        const posts = titles.flatMap((t): Mention[] => {
          // An owner before the title: a place or body found ("Tucson's mayor") names the office, read as one title
          // from the owner on; a word of place ("the city's") leaves it; any other ("the council's") drops it.
          const owner = /([\p{L}.-]+)['\u2019]s\s+$/u.exec(sentence.slice(relative.start, t.start));
          if (owner && !/^(?:city|town|county|state|department)$/i.test(owner[1]!)) {
            const by = relative.mentions.find(
              (a) =>
                (a.type === 'place' || a.type === 'agency') &&
                /^['\u2019]s\s+$/.test(sentence.slice(a.end, t.start)),
            );
            const id = by && 'id' in by.value && typeof by.value.id === 'string' ? by.value.id : '';
            const office = by && world && t.value.id ? ownOffice(world, t, [id]) : null;
            return by && office
              ? [
                  {
                    ...t,
                    start: by.start,
                    text: sentence.slice(by.start, t.end),
                    value: { ...t.value, id: `w:${office.id}` },
                  },
                ]
              : [];
          }
          const of = relative.mentions.find(
            (a) =>
              (a.type === 'agency' || a.type === 'place') &&
              a.start >= t.end &&
              /^\s+(?:of|for)\s+(?:the\s+)?$/i.test(sentence.slice(t.end, a.start)),
          );
          if (!of) return [t];
          const id = 'id' in of.value && typeof of.value.id === 'string' ? of.value.id : '';
          const office = world && t.value.id ? ownOffice(world, t, [id]) : null;
          return office
            ? [
                {
                  ...t,
                  end: of.end,
                  text: sentence.slice(t.start, of.end),
                  value: { ...t.value, id: `w:${office.id}` },
                },
              ]
            : [];
        });
        if (names.length === 1)
          return { ...c, mentions: [names[0] as Mention, ...posts, ...c.mentions] };
      }
    }
    if (i === 0 || !/^\s*(who|which|whom|whose)\b/i.test(sentence.slice(c.start, c.end))) return c;
    // "The van, which the chief later said held eighteen people, …": a thing named alone before "which" is what the
    // relative clause counts, so its noun links the clause (read from the noun on).
    const before = clauses[i - 1] as Clause;
    // Only for what the thing held or numbered, told with who said so: a day, a place or a body in the relative clause
    // may be of another act ("The orders, which were challenged in court in July 2024, …").
    if (
      /^\s*which\b/i.test(sentence.slice(c.start, c.end)) &&
      // Or where and when the thing itself happened ("The stop, which took place on Lake Avenue, …").
      (TOOK_PLACE.test(sentence.slice(c.start, c.end)) ||
        (c.mentions.some((m) => m.type === 'count') &&
          c.mentions.every(
            (m) => m.type === 'count' || m.type === 'person' || m.type === 'title',
          ))) &&
      NOUN_SUBJECT.test(sentence.slice(before.start, before.end)) &&
      (i === 1 || /[.;:!?]\s*$/.test(sentence.slice(0, before.start)))
    )
      return { ...c, start: before.start, mentions: [...before.mentions, ...c.mentions] };
    for (let k = i - 1; k >= 0; k--) {
      const names = (clauses[k] as Clause).mentions.filter(
        (m) => !m.negated && (m.type === 'agency' || m.type === 'person' || m.type === 'outlet'),
      );
      if (names.length)
        return withTitleOfWho({ ...c, mentions: [...names, ...c.mentions] }, sentence);
    }
    return c;
  });
}

/**
 * A dateline ("Portland: …", "DENVER — …") is a clause of places alone before
 * a colon or a dash: its places belong to the clause after it. So is the date
 * of a timeline entry or list item ("March 24: agents stop a van", "Nov. 14 —
 * the chief speaks"): it gives the clause after it its day.
 */
const DATELINE_TYPES = new Set<Mention['type']>(['place', 'state', 'date', 'weekday']);

/** The page's own date, at the precision the page gives (a day and month, with or without a year). */
function isPageDate(v: ValueOf<'date'>, pageDate: string | undefined): boolean {
  const m = pageDate && /^(\d{4})-(\d{2})-(\d{2})/.exec(pageDate);
  return (
    !!m &&
    v.month === Number(m[2]) &&
    v.day === Number(m[3]) &&
    (v.year === undefined || v.year === Number(m[1]))
  );
}

function withDateline(clauses: readonly Clause[], sentence: string, pageDate?: string): Clause[] {
  const [first, second, ...rest] = clauses;
  // A clock time joins the entry head only beside its day ("March 24, 2025, about 5:30 p.m.:"; timeline-head.ts).
  if (
    !first ||
    !second ||
    !first.mentions.length ||
    !first.mentions.every((m) => DATELINE_TYPES.has(m.type) || timedHead(first.mentions, m))
  )
    return [...clauses];
  // A press dateline ("WASHINGTON, April 2, 2025 —") or the page's own date heads a report, not an entry: it dates the writing.
  const dates = first.mentions.filter((m): m is Mention & { type: 'date' } => m.type === 'date');
  if (
    dates.length &&
    (first.mentions.some((m) => m.type === 'place' || m.type === 'state') ||
      dates.some((m) => isPageDate(m.value, pageDate)))
  )
    return [...clauses];
  // A date gives its day only as the whole entry head ("March 24:"), not as a word of a label ("Monday digest:").
  if (
    first.mentions.some((m) => m.type === 'date' || m.type === 'weekday') &&
    /\p{L}/u.test(
      withoutHedges(
        first.mentions.reduceRight(
          (t, m) => t.slice(0, m.start - first.start) + t.slice(m.end - first.start),
          sentence.slice(first.start, second.start),
        ),
      ),
    )
  )
    return [...clauses];
  if (!/[:\u2014\u2013-][\s)]*$/.test(sentence.slice(first.start, second.start).trimEnd()))
    return [...clauses];
  return [
    { ...second, start: first.start, mentions: [...first.mentions, ...second.mentions] },
    ...rest,
  ];
}

/** Offsets of the quoted stretches of a sentence: words inside quotation marks are the speaker's, not the page's. */
function quotedSpans(sentence: string): [number, number][] {
  const spans: [number, number][] = [];
  let from = 0;
  // A sentence that goes on a quote opened in the sentence before: up to its closing mark.
  const close = sentence.indexOf('\u201D');
  const open = sentence.indexOf('\u201C');
  if (close !== -1 && (open === -1 || close < open)) {
    spans.push([0, close]);
    from = close + 1;
  }
  return [...spans, ...quotedSpansFrom(sentence, from)];
}

/** "Members were told …" with no one named telling them: the page passes on what it learned, as its own account (so with "Officials said …"). */
const TOLD_UNNAMED = /\b(?:was|were|been|being)\s+(?:also\s+)?$/;

/** Offset of the first speech verb in the clause text, or -1. */
/** A speaking verb's object that points back at words told before ("said it", "said so", "said those words"), then when or where, or the end. */
const SAID_IT =
  /^\s+(?:it|so|those\s+words|these\s+words|as\s+much)(?:\s+(?:on|in|at|during|to|before|after|while|when|back|again|first|publicly|earlier|later|that\s+(?:day|morning|afternoon|evening|night|week))\b|\s*[,.;:!?]|\s*$)/;

function speechAt(text: string): number {
  const folded = foldText(text);
  for (const match of folded.matchAll(/\p{L}+/gu)) {
    if (!lexicon.speechVerbs.has(match[0])) continue;
    if (
      match[0] === 'told' &&
      TOLD_UNNAMED.test(folded.slice(0, match.index)) &&
      !/^\s+by\b/.test(folded.slice(match.index + 4))
    )
      continue;
    // "Officials say …", "Police said …": no one named speaks; the page passes on what it learned, as its own account.
    if (UNNAMED_SOURCE.test(folded.slice(0, match.index))) continue;
    // "Beck said it on November 9", "he said so in an interview": the words were told before; what follows is when and where.
    if (SAID_IT.test(folded.slice(match.index + match[0].length))) continue;
    return match.index;
  }
  return -1;
}

function unconfirmedValue(m: Mention): Found {
  const slot = SLOT[m.type] ?? m.type;
  return {
    status: 'unconfirmed',
    comparison: { slot, page: m.text, record: 'not in the record' },
    explanation: unconfirmedText(slot, m.text),
  };
}

const RANK: Record<ValueResult['status'], number> = {
  agrees: 0,
  unconfirmed: 1,
  imprecise: 2,
  conflict: 3,
};

/**
 * Compares a sentence with the record; null when it carries no typed value
 * the record can judge (no event linked, or no value of a compared type).
 */
/** A question-and-answer label at the start ("Q:", "A:"): no part of what the sentence says. */
const QA_LABEL = /^\s*[QA]\s?:(?=\s)/;

/**
 * The sentence's clauses: the reader's, then each reading that knows more than one clause or the record, in order
 * (a month, counted and partitive nouns, crowds, "a number of", department members, a dateline, labels,
 * antecedents, owners of words, "not until", dating years, named days, "when" of an origin, titles of a place).
 */
function readClauses(
  sentence: string,
  record: StoryRecord,
  pageDate: string | undefined,
  page: string | undefined,
  quoted: readonly (readonly [number, number])[],
): Clause[] {
  let clauses = readSentence(sentence, record.gazetteer);
  clauses = withLastMonths(clauses, sentence, pageDate);
  clauses = withEchoedCountNouns(clauses, sentence);
  clauses = withPartitiveNouns(clauses, sentence, record.gazetteer, page);
  clauses = withCrowdNouns(clauses, sentence);
  clauses = withNumberOfNouns(clauses, sentence);
  clauses = withDepartmentMembers(clauses, sentence);
  clauses = withDateline(clauses, sentence, pageDate);
  clauses = withFrontedTime(clauses, sentence);
  clauses = withStopLabel(clauses, sentence);
  clauses = withLabel(clauses, sentence);
  clauses = withAntecedents(clauses, sentence, record.world);
  // "Roe's post", "Roe's statement": the owner of the words is who said them (named-author.ts).
  clauses = withOwners(clauses, sentence, (at) => quoted.some(([a, b]) => at >= a && at < b));
  clauses = withNotUntil(clauses, sentence);
  clauses = withDatingYears(clauses, sentence, record.events);
  clauses = withNamedDays(clauses, sentence, record.events);
  clauses = withOriginWhen(clauses, sentence);
  // "For Denver, the chief …": a bare title read as its place's office holder then (placed-title.ts).
  return withPlacedTitles(clauses, sentence, record);
}

/** How compareSentence reads a sentence besides the record and the page's date. */
export interface CompareOptions {
  /** The events to compare the sentence with, given rather than linked (what the sentence before told of, a quote's occasion). */
  events?: readonly IndexedEvent[] | undefined;
  /** The year the page states it was published: a yearless date on it may be of that year. */
  pageYear?: number | undefined;
  /** The page's whole text: whether it ever gives a surname a first name (person-post.ts). */
  page?: string | undefined;
  /**
   * `events` is the occasion of recorded words the sentence quotes; a day the page gives for the speaking is then held
   * to that occasion alone, not to every day the speaker spoke on (the words were said then).
   */
  quoteOccasion?: boolean | undefined;
}

/** Compares one sentence with the story's record, on the page's date (YYYY-MM-DD, when known). */
export function compareSentence(
  given: string,
  record: StoryRecord,
  pageDate: string | undefined,
  options: CompareOptions = {},
): SentenceComparison | null {
  const { events: fixed, pageYear, page, quoteOccasion } = options;
  if (!record.events.length && !fixed) return null;
  // Blanked, not cut, so every offset still reads back.
  // ", the same year as <another event>": that event is the time's point, not what the clause dates (same-as-anchor.ts).
  // An outlet's name in quotation marks ("printed by the „Denver Post“") is a title, not a quotation (quoted-name.ts).
  const sentence = withPlaceLabel(
    withOutletNamesUnquoted(
      withoutSameAsAnchor(
        withoutDocumentDate(given).replace(QA_LABEL, (label) => ' '.repeat(label.length)),
      ),
      record.gazetteer,
    ),
    record,
  );
  const quoted = quotedSpans(sentence);
  const clauses = readClauses(sentence, record, pageDate, page, quoted);
  const inQuote = (m: Mention) => quoted.some(([a, b]) => m.start >= a && m.end <= b);
  // The sentence with its quoted words blanked out (offsets kept): what the page itself says.
  const unquotedSentence = quoted.reduce(
    (text, [a, b]) => text.slice(0, a) + ' '.repeat(b - a) + text.slice(b),
    sentence,
  );
  const firstClaim = mayClaimFirst(unquotedSentence);
  // Each result, with the mention it judges when it judges one; how many values were compared; the events linked.
  const tally = new Tally();
  const unlinked: Mention[] = [];
  const story = fixed ? [...record.events, ...fixed] : record.events;
  // Words inside the name of one of the story's organizations ("the Rochester Police Locust Club") are no agency or place of their own.
  const folded = foldText(sentence);
  const orgSpans = record.organizationNames.flatMap((n) => {
    const spans: [number, number][] = [];
    for (let at = findTerm(folded, n); at !== -1; at = findTerm(folded, n, at + 1))
      spans.push([at, at + n.length]);
    return spans;
  });
  const inOrganization = (m: Mention) =>
    (m.type === 'agency' || m.type === 'place') &&
    orgSpans.some(([a, b]) => m.start >= a && m.end <= b);
  // "The Y placed the suit a day before the visit": another text's account, relayed, not the page's (relayed.ts).
  const asserted = clauses
    .filter((c) => c.stance === 'asserted' && !relayedClause(sentence, c))
    .map((read) => ({
      ...read,
      mentions: read.mentions.filter(
        (m) =>
          realOutcome(sentence, m) &&
          !inQuote(m) &&
          !inOrganization(m) &&
          !inHighway(sentence, m) &&
          !inSeatPhrase(sentence, m),
      ),
    }));
  // Where an organisation is based is compared with its seat alone (seat.ts), never as an event's place.
  const seatClauses = clauses
    .filter((c) => c.stance === 'asserted' && !relayedClause(sentence, c))
    .map((read) => read.mentions.filter((m) => !inQuote(m) && inSeatPhrase(sentence, m)));
  const read: SentenceWide = {
    sentence,
    unquotedSentence,
    record,
    pageDate,
    page,
    fixed,
    quoteOccasion,
    clauses,
    asserted,
    seatClauses,
    quoted,
    inQuote,
    tally,
  };
  const wide = sentenceWideResults(read);
  const { allMentions } = wide;
  const scope: ClauseScope = {
    ...read,
    folded,
    pageYear,
    allMentions,
    wideJudged: wide.judged,
    story,
    firstClaim,
    unlinked,
    before: [],
    voting: record.events.some((e) => e.vote),
    cases: record.events.some((e) => e.legal),
  };
  for (const clause of asserted) clauseResults(scope, clause);
  // Values in clauses no event could be linked to: the record cannot confirm them.
  // A town in a clause not judged for its mood still keeps the sentence from green (modal-place.ts).
  for (const m of modalPlaces(clauses, record, (x) => inQuote(x) || inOrganization(x)))
    unlinked.push(m);
  for (const m of unlinked) tally.add(unconfirmedValue(m));
  // After the values no event confirms: a stranger's name keeps the reader's account of who the record has there.
  // Someone the record does not have at the one recorded event a trip's place, day and act single out (venue-visitor.ts).
  for (const v of venueVisitorResults(sentence, asserted, record, pageDate)) {
    tally.compared++;
    tally.link(v.events);
    tally.found(v, v.events, v.mention);
  }
  return sentenceOutcome(tally);
}

/**
 * The sentence's outcome from its tally: null when nothing was compared; agreement when nothing was found; else the
 * worst status found, with each value once (the later, role-aware answer) and the events the judging results name.
 */
function sentenceOutcome(tally: Tally): SentenceComparison | null {
  if (!tally.results.length && !tally.compared) return null;
  const worst = tally.results.reduce<Found | null>(
    (w, { r }) => (r && (!w || RANK[r.status] > RANK[w.status]) ? r : w),
    null,
  );
  const events = [...tally.linkedIds];
  if (!worst && !tally.compared) return null;
  if (!worst)
    return {
      outcome: 'agrees',
      comparisons: [],
      explanation: 'Every value it gives agrees with the record.',
      events,
    };
  // One entry per value: a name compared in its clause and again as a relative clause's doer keeps the later, role-aware answer.
  const all = tally.results.flatMap(({ r }) => (r && r.status === worst.status ? [r] : []));
  const same = all.filter(
    (r, i) =>
      !all
        .slice(i + 1)
        .some(
          (later) =>
            later.comparison.slot === r.comparison.slot &&
            later.comparison.page === r.comparison.page,
        ),
  );
  const comparisons = same.map((r) => r.comparison);
  const explanation = same
    .map((r) => r.explanation)
    .filter((x, i, all) => x && all.indexOf(x) === i)
    .join(' ');
  const outcome = worst.status === 'conflict' ? 'discrepant' : worst.status;
  const calendar = outcome === 'discrepant' && tally.results.some((x) => x.calendar);
  // The events the judging results name (a judgement turned round names the record's), else those the clauses link.
  const own = [
    ...new Set(
      tally.results.flatMap((x) =>
        x.r && same.includes(x.r) ? x.events.map((e) => e.event.id) : [],
      ),
    ),
  ];
  const named = own.length ? own : events;
  return {
    outcome,
    comparisons,
    explanation,
    events: named,
    ...(calendar ? { calendar: true as const } : {}),
  };
}

/** What comparing one asserted clause reads besides the clause: the sentence, the page, and what came before it. */
interface ClauseScope extends SentenceWide {
  /** The sentence folded once (normalize.ts), for the readings of each clause. */
  folded: string;
  pageYear: number | undefined;
  /** Every asserted clause's mentions. */
  allMentions: readonly Mention[];
  /** The mentions the sentence-wide checks judged already. */
  wideJudged: readonly Mention[];
  /** The story's events, with the given ones. */
  story: readonly IndexedEvent[];
  firstClaim: boolean;
  /** Values in clauses no event could be linked to. */
  unlinked: Mention[];
  /** The events the last clause that linked any linked. */
  before: IndexedEvent[];
  /** The story has a vote, a legal case. */
  voting: boolean;
  cases: boolean;
}

/**
 * Compares one asserted clause into the tally: world knowledge first (a weekday the date did not fall on, a party, an
 * office, an affiliation), then the clause linked to the events it tells of and each typed value compared with them,
 * then the corrections that weigh those results against what else the clause says.
 */
function clauseResults(s: ClauseScope, clause: Clause): void {
  const {
    sentence,
    unquotedSentence,
    record,
    pageDate,
    page,
    fixed,
    quoteOccasion,
    clauses,
    allMentions,
    quoted,
    tally,
    voting,
    cases,
  } = s;
  const { judged, calendar } = clauseWorldResults(s, clause);
  // An outcome named only as the point a time is counted from ("a week after the raid") is the anchor's, not the clause's.
  // A prior event of a person ("had been deported twice") is compared with the record's count of them (record-extent.ts), not as the event's outcome.
  const vote = voting ? voteIn(sentence.slice(clause.start, clause.end)) : null;
  const inVote = (m: Mention) =>
    vote !== null &&
    m.type === 'count' &&
    m.start >= clause.start + vote.start &&
    m.end <= clause.start + vote.end;
  const values = clause.mentions.filter(
    (m) =>
      COMPARED.has(m.type) &&
      !judged.has(m) &&
      !inVote(m) &&
      // "I showed the quote to our group on Thursday": the writer's own day (writer-time.ts).
      !writersOwnTime(sentence, clause.start, m) &&
      // "weeks after Trump's 25 January orders": the day of the point counted from (point-owner.ts); with a year, the
      // date is read as the plain reading reads it (the point's noun then links, anchoredWide).
      !(
        (m.type === 'weekday' || (m.type === 'date' && m.value.year === undefined)) &&
        dayOfPoint(s.folded, m.start, m.end)
      ) &&
      !(
        m.type === 'outcome' &&
        (anchoredAt(sentence, m.start) || wished(sentence, m) || priorAct(sentence, m))
      ),
  );
  const text = sentence.slice(clause.start, clause.end);
  // ", who had by then been in office for weeks": in office at the time of what the clauses before told of (in-office-then.ts).
  const tenure = inOfficeThen(sentence, clause, s.before, record);
  if (tenure) {
    tally.compared++;
    tally.conflict(tenure, s.before, tenure.mention);
  }
  // "a 1996 Council resolution" where the record's Council resolutions are of 1986 and 2017 (document-year.ts).
  const documentYear = documentYearConflict(text, record);
  if (documentYear) {
    tally.compared++;
    tally.conflict(documentYear, []);
  }
  // "X visited Rochester on Friday": the day held to the record's visits of X, not to another event of theirs that day (visit-day.ts).
  const visitDay = visitDayConflict(sentence, clause, record);
  if (visitDay) {
    tally.compared++;
    tally.conflict(visitDay, visitDay.events, visitDay.mention);
  }
  // "The driver, a 25-year-old from X, …": the story's recorded group named with "the", whatever the clause links
  // (compare-origin.ts); only a conflict.
  for (const p of peopleResults(
    sentence,
    clause,
    record.events,
    (at) => quoted.some(([a, b]) => at >= a && at < b),
    true,
  )) {
    if (!p.r) continue;
    tally.compared++;
    tally.add(
      p.r,
      record.events.filter((e) => (e.event.outcomes ?? []).some((o) => o.origin)),
    );
  }
  const legal = cases && (LEGAL_WORDS.test(text) || namesSuitTarget(text, record));
  if (
    !values.length &&
    !vote &&
    !legal &&
    !hasOrderPoint(text) &&
    !goesToUnreadBody(clause, sentence, record) &&
    !namesHighway(text)
  ) {
    // "It was a silver work van with ladders on the roof": a vehicle described as the record describes one (vehicle-colour.ts).
    for (const c of describedVehicleConflicts(
      unquotedSentence.slice(clause.start, clause.end),
      record.events,
    )) {
      tally.compared++;
      tally.link(c.events);
      tally.conflict(c, c.events);
    }
    // A side of town no place of the story lies on, in a clause nothing links (side-of-town.ts): not confirmed.
    for (const w of unrecordedSides(unquotedSentence.slice(clause.start, clause.end), record)) {
      tally.compared++;
      tally.add({
        status: 'unconfirmed',
        comparison: { slot: 'place', page: w.text, record: w.record },
        explanation: `The record does not place any of this story's events on the ${w.text}; it gives ${w.record}.`,
      });
    }
    return;
  }
  // Who the clause says played a part, compared with who the record has in that part.
  const role = clauseRole(sentence, clause.start, clause.end, clause.mentions);
  // "…, Rochester's mayor made a similar point": a clause of another's like act is not of the given events.
  // "Like the Police1 original, …": a fronted likeness names what is compared with; it links nothing (likeness.ts).
  const likeness = likenessSpan(sentence);
  const linkOwn = () =>
    linkClause(
      likeness
        ? { ...clause, mentions: clause.mentions.filter((m) => m.start >= likeness[1]) }
        : clause,
      likeness ? withoutLikeness(sentence, likeness) : sentence,
      record,
      role,
      pageDate,
      allMentions.filter((m) => m.start < clause.start || m.start >= clause.end),
    );
  const own =
    fixed && !LIKE_ACT.test(text)
      ? { events: [...fixed], byPlace: false, named: [...fixed] }
      : legal
        ? withCaseEnding(linkOwn(), sentence, clause, record)
        : atVenue(linkOwn(), clause, sentence, record);
  // "… and the X reported it the next day": the outlet reported what the clause before is about (outlet-credit.ts).
  // ", which … take two weeks" that links nothing of its own times what the clause before names ("the retraining"); only a duration:
  // a day in it may be another event's ("…, which became news on Wednesday").
  const howLong = /^\s*which\b/i.test(text) && values.every((m) => m.type === 'duration');
  // ", who got there at 6:50,": the arrival of what the antecedent names (relative-arrival.ts).
  const arrival = own.events.length ? [] : relativeArrivalEvents(clause, sentence, record);
  // ", which he signed in December 2016": when the antecedent was made (made-which.ts).
  const made =
    own.events.length || arrival.length ? [] : madeWhichEvents(sentence, clause, record.events);
  const linked = arrival.length
    ? { events: arrival, byPlace: false, named: arrival }
    : made.length
      ? { events: made, byPlace: false, named: made }
      : !own.events.length &&
          s.before.length &&
          (reportsWhatCameBefore(clause.mentions, text) || howLong)
        ? { events: s.before, byPlace: false, named: s.before }
        : own;
  const events = linked.events;
  if (events.length) s.before = events;
  // In a clause nothing else links, an age told with the people's origin ("a 34-year-old Guatemalan man") against the one event that records both (compare-origin.ts).
  const idsOf = (name: string) => record.gazetteer.lookup(name).map((g) => g.id);
  const toldAges = events.length ? [] : ageOriginResults(sentence, clause, record.events, idsOf);
  // An age of a definite role ("the driver, a 34-year-old who …") that the linked events do not give: the one event that does (age-elsewhere.ts).
  const originAges = [
    ...toldAges,
    ...ageElsewhereResults(sentence, clause, events, record.events, idsOf).filter(
      (a) => !toldAges.some((t) => t.m === a.m),
    ),
  ];
  for (const a of originAges) {
    tally.compared++;
    tally.add(a.r, a.events, a.m);
  }
  // The clause's days: an event on none of them is not the one the clause tells of (a vote, a court case).
  const days = clause.mentions.filter(
    (m) => (m.type === 'date' || m.type === 'weekday') && !m.negated,
  );
  const onDays = (e: IndexedEvent) =>
    days.length
      ? days.every(
          (m) =>
            compareMention(bareContext(clause, { sentence, record, pageDate, page }, [e]), m, [])
              ?.status === 'agrees',
        )
      : undefined;
  // A court case's court, ending and defendants, against the case's record (compare-legal.ts).
  let sued: DefendantPlace[] = [];
  if (legal) {
    // A town named as whom the suit names ("sued X", "took X to court"): a defendant, not a place (defendant-place.ts).
    sued = defendantPlaces(sentence, clause, linked.named, record, onDays);
    for (const d of sued) {
      tally.compared++;
      tally.add(d.r.status === 'agrees' ? null : d.r, events, d.mention);
    }
    // What a suit challenges, against the record's targets (suit-targets.ts).
    for (const t of suitTargets(sentence, clause, linked.named, record)) {
      tally.compared++;
      tally.link(t.events);
      tally.add(t.r.status === 'agrees' ? null : t.r, t.events);
    }
    const l = legalResults(sentence, clause, linked.named, record, onDays);
    tally.compared += l.compared;
    if (l.compared) tally.link(l.events);
    for (const c of l.conflicts) tally.add({ status: 'conflict', ...c }, l.events);
    if (!values.length && !vote && !hasOrderPoint(text)) return;
  }
  // "Three men were detained: a father and his two sons, all from X": after a colon, who the clause before's people are
  // (compare-origin.ts); only a conflict, as the clause's other values stay unlinked.
  if (!events.length && s.before.length && /:\s*$/.test(sentence.slice(0, clause.start))) {
    for (const p of peopleResults(sentence, clause, s.before, (at) =>
      quoted.some(([a, b]) => at >= a && at < b),
    )) {
      if (!p.r) continue;
      tally.compared++;
      tally.add(p.r, s.before);
    }
  }
  if (!events.length) {
    unlinkedClause(s, clause, { values, text, role, originAges });
    return;
  }
  tally.link(events);
  // The tools of the job taken are no outcome a count is of (personnel-outcome.ts weighs them).
  const outcomes = clause.mentions.filter(
    (m): m is Mention & { type: 'outcome' } => m.type === 'outcome' && !m.value.divested,
  );
  const at = speechAt(text);
  const outlet = clause.mentions.some((m) => m.type === 'outlet');
  const utterance = utteranceOf(
    clause,
    sentence,
    record,
    events,
    quoteOccasion && fixed ? fixed : record.events,
    (at) => quoted.some(([a, b]) => at >= a && at < b),
  );
  // After "…, X said" everything before the attribution is what was said: its agencies are the speaker's topic.
  const saidFrom =
    role?.attributionAt !== undefined ? clause.start : at === -1 ? -1 : clause.start + at;
  const ctx = {
    record,
    events,
    allEvents: record.events,
    speech: at !== -1 || (outlet && !outletsOnlyAddressed(sentence, clause)),
    speechAt: saidFrom,
    negatedClause: clause.negated,
    predicateAt: role?.attributionAt !== undefined ? clause.start : (role?.verbAt ?? -1),
    linkedByPlace: linked.byPlace,
    mentions: clause.mentions,
    agencies: clause.mentions.filter((m): m is Mention & { type: 'agency' } => m.type === 'agency'),
    sentence,
    pageDate,
    utterance,
    page,
    ...(fixed && { carried: true }),
    ...(fixed && quoteOccasion && { quoteOccasion: true }),
    ...sharedDaysOf(sentence, clauses, clause),
    ...laterOutcomes(clauses, clause),
  };
  const denied = role && compareDenied(ctx, role, clause.mentions);
  if (denied) tally.add(denied as Found, events);
  // "As of this writing, they remain on desk duty": a lasting outcome put on the page's date, after the record has it over (state-still.ts).
  const still = stateStill(clause, sentence, events, pageDate);
  if (still) tally.add(still as Found, events);
  // How a vote went ("on a narrow 5-4 vote") against the vote of the events the clause names.
  // A bare title ("met the police chief") for a holder the record says was not there.
  for (const t of clause.mentions) {
    const r =
      t.type === 'title'
        ? (compareAbsentTitle(ctx, t) ??
          compareMetOutsider(ctx, t) ??
          compareTitleDoer(ctx, t, outcomes) ??
          placeTitleBody(ctx, t))
        : null;
    if (r && r.status !== 'agrees') tally.add(r, events, t);
  }
  // The whole body ("every member of X") where the record has part of it there.
  // Only the linked events on the clause's days ("on March 28", "today"), when some are.
  const dated = clause.mentions.filter(
    (m) => (m.type === 'date' || m.type === 'weekday' || m.type === 'relative-time') && !m.negated,
  );
  const onTheDay = dated.length
    ? events.filter((e) =>
        dated.every(
          (m) => compareMention({ ...ctx, events: [e] }, m, outcomes)?.status === 'agrees',
        ),
      )
    : [];
  const whole = clause.negated
    ? null
    : wholeBodyResult(text, onTheDay.length ? onTheDay : events, clause.mentions);
  if (whole) tally.add({ status: 'conflict', ...whole }, events);
  // "At a meeting of the county legislature" where the record has the meeting of a city council (meeting-body.ts).
  const body = meetingBodyResult(clause, sentence, record, events);
  if (body) tally.add({ status: 'conflict', ...body }, events);
  const dayNamed = linked.named.filter((e) => onDays(e) !== false);
  const voted = voteResult(text, dayNamed.length ? dayNamed : linked.named);
  if (voted) {
    tally.compared++;
    if (voted.conflict) tally.add({ status: 'conflict', ...voted.conflict }, events);
    else if (voted.unconfirmed) tally.add({ status: 'unconfirmed', ...voted.unconfirmed }, events);
  }
  const first = tally.results.length;
  const agreedTimes: Mention[] = [];
  const paired = new Set(
    weekdayDatePairs(clause.mentions, sentence).flatMap((p) => [p.weekday, p.date] as Mention[]),
  );
  // An agency named as where someone went ("stopped at the X Police Department"): the visit's venue (visit-meeting.ts).
  const venues = venueResults(clause, sentence, record, events);
  for (const v of venues) {
    tally.compared++;
    tally.add(
      v.conflict
        ? { status: 'conflict', ...v.conflict }
        : v.unconfirmed
          ? unconfirmedValue(v.mention)
          : null,
      events,
      v.mention,
    );
  }
  // "Evans, Smith and Schumer" where the record lists Evans, Smith and Morelle (participant-list.ts).
  const substituted = substitutedInList(clause.mentions, sentence, record, linked.named);
  if (substituted)
    tally.add(
      {
        status: 'conflict',
        comparison: substituted.comparison,
        explanation: substituted.explanation,
      },
      events,
      substituted.mention,
    );
  for (const m of values) {
    if (
      venues.some((v) => v.mention === m) ||
      substituted?.mention === m ||
      sued.some((d) => d.mention === m) ||
      originAges.some((a) => a.m === m)
    )
      continue;
    // "The supervisor arrived at …": the time of the events the arrival's subject names (arrival-time.ts).
    const arrived =
      m.type === 'time-of-day' ? arrivalEvents(sentence, clause.start, m, events) : null;
    // A person given the making of what the words name ("Evans signed the 2017 resolution", "put forward by …"): whether
    // they made it is read there, not in their own other events (the roundtable Evans organised is no signing of the
    // resolution). Speaking, coming and acting may be told beside the events a clause names; making one names it.
    // And "then-Mayor X" beside what the words name ("Resolution 2017-5 was sent by then-Mayor X"): the post at that time.
    const thenTitled =
      m.type === 'person' && THEN_TITLE.test(sentence.slice(Math.max(0, m.start - 40), m.start));
    const maker =
      (role?.doer === m && role.role === 'organizer') || thenTitled
        ? m.type === 'person'
          ? linked.worded
          : undefined
        : undefined;
    // So is the post the maker is given ("put forward by then-Mayor X"): held at the making, not at their own events.
    const plain = compareMention(
      arrived ? { ...ctx, events: arrived } : maker?.length ? { ...ctx, events: maker } : ctx,
      m,
      outcomes,
    );
    const asDoer =
      role?.doer === m
        ? (compareDoer({ ...ctx, events: maker ?? linked.named }, role) ??
          absentDoer(record, m, maker))
        : null;
    // The worse of the two answers (for an agency the role's on a tie: it says whose role it was; for a person the title's); a doer in the right role may still carry a wrong title ("former").
    const r =
      asDoer &&
      (!plain ||
        RANK[asDoer.status] > RANK[plain.status] ||
        (RANK[asDoer.status] === RANK[plain.status] && m.type === 'agency'))
        ? asDoer
        : plain;
    if (!r) {
      if (certain(m, clause.negated)) tally.add(unconfirmedValue(m), events, m);
      continue;
    }
    tally.compared++;
    // A weekday written with its date ("Monday, November 21") is one time, not two.
    if (r.status === 'agrees' && (m.type === 'weekday' || m.type === 'date') && !paired.has(m))
      agreedTimes.push(m);
    tally.add(r.status === 'agrees' ? null : r, events, m);
  }
  // Where the people an outcome befell are from, and how they are related (compare-origin.ts).
  for (const p of peopleResults(sentence, clause, events, (at) =>
    quoted.some(([a, b]) => at >= a && at < b),
  )) {
    tally.compared++;
    tally.add(p.r, events);
  }
  // Values that agree each with another of the linked events: no one event is confirmed as told.
  const split = splitAcrossEvents(
    ctx,
    tally.results.slice(first).flatMap((e) => (e.r === null && e.mention ? [e.mention] : [])),
    outcomes,
  );
  const splitEntry = split && tally.results.slice(first).find((e) => e.mention === split);
  if (split && splitEntry) splitEntry.r = unconfirmedValue(split);
  clauseCorrections(s, clause, {
    at,
    events,
    linked,
    ctx,
    outcomes,
    role,
    text,
    utterance,
    calendar,
    first,
    agreedTimes,
  });
}

/**
 * What world knowledge and the sentence-wide checks settle of a clause before it is linked to any event: a weekday
 * its date did not fall on, who is put at the scene, a party, a network affiliation, a state, a post at a time, the
 * day of an owner's speaking, the story's central speaking or original report named generically. Returns the
 * clause's mentions judged so (no event comparison judges them again), and the calendar's conflicts.
 */
function clauseWorldResults(
  s: ClauseScope,
  clause: Clause,
): { judged: Set<Mention>; calendar: ReturnType<typeof calendarConflicts> } {
  const {
    sentence,
    record,
    pageDate,
    pageYear,
    page,
    fixed,
    clauses,
    allMentions,
    wideJudged,
    story,
    tally,
  } = s;
  // World knowledge, no linking needed: a weekday the written date did not fall on.
  let calendar = calendarConflicts(clause.mentions, sentence, story, pageYear);
  // A date without a year is of the events the clause tells of: tried in their years (and the page's), not in a year of
  // another event of the story that only happens to fit the month ("Sunday, March 23" of a stop in March 2025).
  if (calendar.some((c) => c.date.value.year === undefined)) {
    const told = fixed
      ? [...fixed]
      : linkClause(
          clause,
          sentence,
          record,
          clauseRole(sentence, clause.start, clause.end, clause.mentions),
          pageDate,
          allMentions.filter((m) => m.start < clause.start || m.start >= clause.end),
        ).events;
    if (told.length) calendar = calendarConflicts(clause.mentions, sentence, told, pageYear);
  }
  for (const c of calendar) tally.calendarConflict(c);
  const judged = new Set<Mention>([
    ...calendar.map((c) => c.weekday),
    ...wideJudged,
    ...priorActDates(sentence, clause.mentions, (m) => priorAct(sentence, m)),
  ]);
  // ", who leads the Senate Republicans in Albany,": a standing description of a person, in the present; its places are
  // where the person serves or lives, not where the event happened.
  if (
    STANDING_WHO.test(sentence.slice(clause.start, clause.end)) &&
    /,\s*$/.test(sentence.slice(Math.max(0, clause.start - 3), clause.start))
  ) {
    for (const m of clause.mentions)
      if (m.type === 'place' || m.type === 'state' || m.type === 'street') judged.add(m);
  }
  // Who the page puts at the story's scene ("FBI agents on scene"), even in what someone says.
  for (const m of clause.mentions) {
    const r = m.type === 'agency' && !m.negated ? onScene(record, sentence, m) : undefined;
    if (r === undefined) continue;
    tally.compared++;
    judged.add(m);
    if (r) tally.add(r);
  }
  // World knowledge too: a person's party, and the story's own city put in another state.
  for (const c of partyConflicts(clause.mentions, sentence, record)) tally.conflict(c);
  for (const c of titlePartyConflicts(clause.mentions, sentence, record, pageDate))
    tally.conflict(c);
  // "Greece's police chief" where the record's police chief is Rochester's: no one the record has (owned-title.ts).
  for (const o of otherPlaceTitles(sentence, clause.mentions, record)) {
    tally.compared++;
    judged.add(o.place);
    tally.add({ status: 'unconfirmed', comparison: o.comparison, explanation: o.explanation });
  }
  // A station's network affiliation, against the world file's (network-affiliate.ts).
  for (const a of affiliations(clause.mentions, sentence, record)) {
    if (a.conflict) tally.add({ status: 'conflict', ...a.conflict });
    judged.add(a.network);
  }
  // "police in Utica, Tucson and Denver said …" where the record has statements from Los Angeles, Tucson and Denver (town-list.ts).
  for (const c of townListConflicts(clause, sentence, record)) {
    tally.conflict(c);
    judged.add(c.mention);
  }
  for (const c of placeStateConflicts(clause.mentions, sentence, record)) {
    tally.conflict(c);
    judged.add(c.state);
  }
  // "X and Y made these remarks side by side": one occasion for speakers the record has speaking apart (joint-speaking.ts).
  for (const c of jointSpeakingConflicts(clause, sentence, record, pageDate))
    tally.conflict(c, [], c.mention);
  // "then-Mayor X" in a year the world has another holder (then-post.ts), "Acting Director X" after X's acting term (acting-elsewhere.ts).
  // "X, who is now the Y": a post put on the page's own date (present-post.ts).
  for (const c of [
    ...thenPostConflicts(clause, sentence, record),
    ...actingElsewhere(clause, sentence, record, pageDate),
    ...presentPostConflicts(clauses, clause, sentence, record, pageDate),
  ]) {
    judged.add(c.mention);
    tally.conflict(c, [], c.mention);
  }
  // "X, who ran <agency> as its chief": a post of X's career, against the bodies of X's known posts; the agency is no participant (led-body.ts).
  for (const l of ledBodies(clause.mentions, sentence, record)) {
    if (l.agency.type === 'agency') judged.add(l.agency);
    for (const t of l.times) judged.add(t);
    // ", who led ICE in 2017 and 2018,": a relative clause of the career alone takes no part in an event either.
    if (/^\W*(?:who|that)\b/i.test(sentence.slice(clause.start, clause.end)) && l.times.length)
      judged.add(l.person);
    if (l.unconfirmed) tally.add({ status: 'unconfirmed', ...l.unconfirmed }, [], l.agency);
    if (l.conflict) tally.add({ status: 'conflict', ...l.conflict }, [], l.agency);
  }
  // "a sanctuary city since 1992": the start of a state the record dates (state-since.ts).
  for (const c of stateSince(clause, sentence, record)) {
    tally.compared++;
    judged.add(c.mention);
    if (c.result) tally.add(c.result, [], c.mention);
  }
  // "the senator's Saturday statement calling the stop …": the day dates the owner's speaking, not the stop (owned-speech-date.ts).
  const spoken = new Map<Mention, Found>();
  for (const o of fixed ? [] : ownedSpeechDays(clause, sentence, record)) {
    judged.add(o.mention);
    if (!o.events.length) continue;
    const r = compareMention(
      bareContext(clause, { sentence, record, pageDate, page }, o.events),
      o.mention,
      [],
    );
    if (!r) continue;
    tally.compared++;
    tally.link(o.events);
    if (r.status === 'agrees') continue;
    spoken.set(o.mention, r);
    tally.add(r, o.events, o.mention);
  }
  // Its weekday and date wrong together: one explanation names the whole phrase, as for the clause's own days below.
  for (const { weekday, date } of spoken.size > 1
    ? weekdayDatePairs(clause.mentions, sentence)
    : []) {
    const w = spoken.get(weekday);
    const d = spoken.get(date);
    if (
      !w ||
      !d ||
      w.status !== 'conflict' ||
      d.status !== 'conflict' ||
      w.comparison.record !== d.comparison.record
    )
      continue;
    d.explanation = `The record dates it ${d.comparison.record}, not ${sentence.slice(Math.min(weekday.start, date.start), Math.max(weekday.end, date.end))}.`;
    w.explanation = '';
  }
  // "The statements came after …": the story's central speaking named only generically, for its time (central-reference.ts).
  for (const r of centralReferenceResults(sentence, clause, record, pageDate)) {
    tally.count(r);
  }
  // "The original was first published in March 2017": the story's original report named only generically (original-published.ts).
  for (const r of originalPublishedResults(sentence, clause, record)) {
    tally.count(r);
  }
  return { judged, calendar };
}

/**
 * The context to compare a clause's values with these events when nothing about the clause's speech, verb or place
 * link matters (a day checked against one event, a value the record holds anywhere): no speech verb, no predicate.
 */
function bareContext(
  clause: Clause,
  at: {
    sentence: string;
    record: StoryRecord;
    pageDate: string | undefined;
    page: string | undefined;
  },
  events: readonly IndexedEvent[],
  speech = false,
): CompareContext {
  return {
    record: at.record,
    events,
    allEvents: at.record.events,
    speech,
    speechAt: -1,
    negatedClause: clause.negated,
    predicateAt: -1,
    linkedByPlace: false,
    mentions: clause.mentions,
    agencies: [],
    sentence: at.sentence,
    pageDate: at.pageDate,
    page: at.page,
  };
}

/**
 * A clause no event could be linked to: the story's first report when it credits one; a person's post against its
 * holders on the clause's days; a speaker, an outlet credited or an employer against the record wherever it has them;
 * a value the record holds anywhere (its city, its people) confirmed; every other certain value left unlinked.
 */
function unlinkedClause(
  s: ClauseScope,
  clause: Clause,
  read: {
    values: readonly Mention[];
    text: string;
    role: ClauseRole | null;
    originAges: readonly { m: Mention }[];
  },
): void {
  const { sentence, record, pageDate, page, tally, unlinked } = s;
  const { values, text, role, originAges } = read;
  // Not linked to one event, but a value the story's record holds anywhere (its city, its people) is confirmed.
  const story = bareContext(clause, { sentence, record, pageDate, page }, record.events, true);
  // "The story first appeared in X": the story's first report, as the record has it.
  const first = storyFirstCredit(values, text);
  const firsts = first ? firstReports(record).events : [];
  const credit = first && firsts.length ? compareOutlet({ ...story, events: firsts }, first) : null;
  if (first && credit) {
    tally.compared++;
    tally.link(firsts);
    tally.add(credit.status === 'agrees' ? null : credit, firsts, first);
    return;
  }
  const outcomes = clause.mentions.filter(
    (m): m is Mention & { type: 'outcome' } => m.type === 'outcome',
  );
  // Only names: a day, a time, a count or an outcome is confirmed only by the event it belongs to.
  const named = (m: Mention) =>
    ENTITY_TYPES.has(m.type) && compareMention(story, m, outcomes)?.status === 'agrees';
  // A person's post against its holders on the days the clause names, or on the person's own days (person-post.ts).
  const people = new Set(
    clause.mentions.flatMap((m) =>
      m.type === 'person' && !m.negated ? personIds(record.gazetteer, m.value.name) : [],
    ),
  );
  // "The chief at the time was X" with no day of its own: the story's time, the days of its central events.
  const givenDays = datesNamed(clause.mentions, record.events, people);
  const storyDays = record.central.flatMap((e) =>
    /^\d{4}-\d{2}-\d{2}$/.test(e.event.date) ? [e.event.date] : [],
  );
  // No day given: the story's time when the clause puts it there ("at the time"), or on a page of the story's own
  // year, where the holder then must also hold the post on the page's day ("Mayor Jane Roe said …").
  const postDays = givenDays.length
    ? givenDays
    : AT_THE_TIME.test(text)
      ? storyDays
      : pageOfStoryYear(pageDate, storyDays)
        ? [[...storyDays].sort()[0] as string, pageDate as string]
        : [];
  const centralDays = givenDays.length
    ? givenDays
    : record.central.flatMap((e) =>
        /^\d{4}-\d{2}-\d{2}$/.test(e.event.date) ? [e.event.date] : [],
      );
  // A title that is not theirs on the days named, or on the story's first day when the clause names none (office-never-held.ts).
  const titleDays = givenDays.length
    ? givenDays
    : ownTimeless(clause.mentions, pageDate, storyDays)
      ? [[...storyDays].sort()[0] as string]
      : [];
  // "former Chief X" while X still held the post on the page's day (compare-values.ts).
  // ", who was then the council president, presided when …": the post goes on with the name to the clause after it,
  // which may be linked to its own days (withAntecedents); not judged here on the story's days.
  // So when a clause of time follows ("Scott, then the council president, presided when the council passed …"): the
  // post's "then" is that clause's time, not the story's.
  const handedOn =
    /^\s*who\s+(?:is|was)\b[^]*,\s*$/i.test(text) ||
    (BARE_SUBJECT.test(text) && /^\s*who\s+(?:is|was)\b[^,]*,/i.test(sentence.slice(clause.end))) ||
    /^\s*(?:when|while|during|before|after|until)\b/i.test(sentence.slice(clause.end));
  const posts = values.flatMap((m) =>
    m.type === 'person' && !handedOn
      ? [
          {
            m,
            r:
              formerOnPageDay(story, m) ??
              leftWhen(story, m) ??
              holderNamed(story, m, true) ??
              timedPost(story, m, centralDays) ??
              comparePost(story, m, postDays) ??
              officeNeverHeld(story, m, titleDays) ??
              rankNeverHeld(story, m, titleDays) ??
              compareOtherPost(story, m),
          },
        ]
      : [],
  );
  for (const { m, r } of posts) if (r) tally.add(r as Found, [], m);
  // The source another outlet credited for its own report, as the record has it (compare-outlet.ts).
  // A journalist's employer, as the record has it (staff-outlet.ts).
  const staffs = values
    .flatMap((m) => (m.type === 'outlet' ? [{ m, r: compareStaff(story, m) }] : []))
    .filter((x) => x.r);
  for (const { m, r } of staffs) {
    tally.count(r as ValueResult, [], m);
  }
  // "The writer was Cole Roe of the X": the outlet the record has that writer writing for (compare-outlet.ts).
  const writers = values
    .flatMap((m) =>
      m.type === 'outlet' && !staffs.some((x) => x.m === m)
        ? [{ m, r: comparePersonsOutlet(story, m) }]
        : [],
    )
    .filter((x) => x.r);
  for (const { m, r } of writers) {
    tally.count(r as ValueResult, [], m);
  }
  const credits = values
    .flatMap((m) =>
      m.type === 'outlet' && !staffs.some((x) => x.m === m) && !writers.some((x) => x.m === m)
        ? [{ m, c: compareReportCredit(story, m) }]
        : [],
    )
    .filter((x) => x.c);
  for (const { m, c } of credits) {
    tally.compared++;
    c?.reports.forEach((e) => tally.linkedIds.add(e.event.id));
    tally.add(c?.r.status === 'agrees' ? null : (c?.r as Found), c?.reports ?? [], m);
  }
  // "It was the Denver sheriff, not the police, who put out that statement": the town's one statement (place-title-body.ts).
  for (const t of clause.mentions) {
    const r = t.type === 'title' ? placeTitleBody({ ...story, events: [] }, t) : null;
    if (r && r.status !== 'agrees') tally.add(r, [], t);
  }
  const speaker = unlinkedSpeaker(story, role) ?? unlinkedAgencySpeaker(story, role);
  if (speaker && role) tally.add(speaker as Found, [], role.doer);
  // An agency in a person's title says whom they work for, whatever event the clause is about (compare-affiliation.ts).
  const employers = values
    .flatMap((m) => (m.type === 'agency' ? [{ m, r: compareAffiliation(story, m) }] : []))
    .filter((x) => x.r?.status === 'conflict');
  for (const { m, r } of employers) tally.add(r as Found, [], m);
  // named() last: it compares the value with every event; the other tests only look in short lists.
  unlinked.push(
    ...values.filter(
      (m) =>
        certain(m, clause.negated) &&
        !originAges.some((a) => a.m === m) &&
        !credits.some((x) => x.m === m) &&
        !staffs.some((x) => x.m === m) &&
        !writers.some((x) => x.m === m) &&
        !posts.some((p) => p.m === m && p.r) &&
        !(speaker && m === role?.doer) &&
        !employers.some((x) => x.m === m) &&
        !named(m),
    ),
  );
}

/** What a clause linked to events has read and found, for its corrections. */
interface LinkedClause {
  /** The events it is linked to, and how it was linked. */
  events: IndexedEvent[];
  linked: Link;
  /** The context its values were compared in. */
  ctx: CompareContext;
  outcomes: (Mention & { type: 'outcome' })[];
  role: ClauseRole | null;
  /** The clause's words, and the offset in them of its first speech verb (or -1). */
  text: string;
  at: number;
  utterance: ReturnType<typeof utteranceOf>;
  /** The calendar's conflicts (a weekday the written date did not fall on). */
  calendar: ReturnType<typeof calendarConflicts>;
  /** Where the clause's own results start in the tally. */
  first: number;
  /** Times that agreed, each with another of the linked events. */
  agreedTimes: Mention[];
}

/**
 * The corrections that weigh a linked clause's conflicts against what else it says (a weekday the calendar already
 * found, a time of the point phrase, a denied or held time, another speaker, another instance, a later life, a habit,
 * a trip told in one clause), then the conflicts of its words alone (a side of town, a colour, a platform, a highway,
 * a world event's date, who came first, the order of events).
 */
function clauseCorrections(s: ClauseScope, clause: Clause, linkedClause: LinkedClause): void {
  const { sentence, unquotedSentence, record, pageDate, firstClaim, tally } = s;
  const { events, linked, ctx, outcomes, role, text, utterance, calendar, first, agreedTimes, at } =
    linkedClause;
  // This clause's values the record contradicts, as they stand after each of the corrections below.
  const conflicting = () =>
    tally.results
      .slice(first)
      .filter(
        (e): e is typeof e & { mention: Mention } =>
          e.mention !== undefined && e.r?.status === 'conflict',
      );
  // A date the calendar already found written with the wrong weekday, and that is the day of another event of the
  // story ("last Friday, Nov. 13" for a ruling on Thursday 13 November): the weekday is the error, not the date.
  for (const entry of conflicting()) {
    const m = entry.mention;
    if (m.type !== 'date' || !calendar.some((c) => c.date === m)) continue;
    if (
      record.events.some(
        (e) =>
          e.event.date.length === 10 &&
          compareMention({ ...ctx, events: [e] }, m, outcomes)?.status === 'agrees',
      )
    )
      entry.r = null;
  }
  // Two times in one clause, one of them the linked event's ("criticized them on Wednesday for what they did on Monday"):
  // the other may be another event's; if it is one of the story's days it is not wrong.
  if (agreedTimes.length) {
    for (const entry of conflicting()) {
      const m = entry.mention;
      // "a Wednesday evening in March 2025" is one time: its month agreeing does not make the day another event's.
      if (agreedTimes.every((a) => onePhrase(a, m, sentence, clause.mentions))) continue;
      if (
        (m.type === 'weekday' || m.type === 'date') &&
        compareMention({ ...ctx, events: record.events }, m, outcomes)?.status === 'agrees'
      )
        entry.r = unconfirmedValue(m);
    }
  }
  // A date that is another event's of the story whose words or lasting state the clause also names ("a sanctuary since
  // a Council resolution in 1986", where "resolution" also names a later one): it may be that event's, not wrong.
  {
    const folded = foldText(blankNamedDays(text));
    for (const entry of conflicting()) {
      const m = entry.mention;
      if (m.type !== 'date' && m.type !== 'weekday') continue;
      // Only an event dated at least as precisely as the page's date ("August" is no day of a year-only event).
      const precision =
        m.type === 'weekday' || m.value.day !== undefined
          ? 10
          : m.value.month !== undefined
            ? 7
            : 4;
      // A day before the speech verb is the speaking's: words after it are what was said, not when ("On Sunday, X said they got disciplined").
      const own = at !== -1 && m.start < clause.start + at ? folded.slice(0, at) : folded;
      const other = record.events.some(
        (e) =>
          !events.includes(e) &&
          e.event.date.length >= precision &&
          (namesEvent(own, e.words) ||
            (e.event.begins ?? []).some((w) => findTerm(folded, foldText(w)) !== -1)) &&
          compareMention({ ...ctx, events: [e] }, m, outcomes)?.status === 'agrees',
      );
      if (other) entry.r = unconfirmedValue(m);
    }
  }
  // Linked by a town alone, a day or a time is not surely this event's unless the clause names one of its participants
  // ("In Tucson, the mayor said on Friday …" may be another day's news from that city).
  // "A vigil will take place on X Street, scene of the March 24 stop, on Sunday, April 27": a clause of what will be dates
  // the thing to come, not an event of the story that was over when the page was written.
  const coming =
    pageDate &&
    events.length &&
    events.every((e) => (e.event.dateEnd ?? e.event.date) < pageDate.slice(0, 10))
      ? toCome(sentence, clause, events)
      : null;
  if (coming) for (const entry of conflicting()) if (coming.has(entry.mention)) entry.r = null;
  if (linked.cityOnly || linked.outcomeOnly) {
    const participants = new Set(events.flatMap((e) => e.participants.map((p) => p.canon)));
    const names = clause.mentions.some(
      (m) =>
        (m.type === 'person' || m.type === 'agency' || m.type === 'outlet') &&
        record.gazetteer.lookup(m.value.name).some((g) => participants.has(g.id)),
    );
    if (!names) {
      for (const entry of conflicting()) {
        const m = entry.mention;
        if (m.type === 'weekday' || m.type === 'date' || m.type === 'time-of-day')
          entry.r = unconfirmedValue(m);
      }
    }
  }
  // A date inside a point phrase with its own verb ("eight years before his second term began in January 2025") is
  // the point's, not the clause's event's.
  for (const entry of conflicting()) {
    const m = entry.mention;
    if (m.type !== 'date') continue;
    const before = sentence.slice(clause.start, m.start);
    const point = /\b(?:before|after|since|until|following)\s+([^,;]{0,80})$/i.exec(before);
    if (
      point &&
      /\b(?:began|begun|begins|started|ended|took|came|was|were|became|won|signed|left|joined|\w{3,}ed)\b/i.test(
        point[1] as string,
      ) &&
      !pointNamesEvents(
        sentence,
        clause.start,
        m.start - (point[1] as string).length,
        m.start,
        events,
      )
    )
      entry.r = unconfirmedValue(m);
  }
  // A time the clause denies ("was not filed on April 23", "no order existed yet in November 2016"; denied-time.ts).
  for (const entry of conflicting()) {
    const effect = deniedTimeEffect(sentence, clause, entry.mention, events);
    if (effect !== 'keep') entry.r = effect === 'drop' ? null : unconfirmedValue(entry.mention);
  }
  // "In March 2025 the new administration was in office": a time the state held, after the event that began it (state-held.ts).
  if (heldState(sentence, clause))
    for (const entry of conflicting())
      if (afterEvents(entry.mention, events)) entry.r = unconfirmedValue(entry.mention);
  // An interview or statement with another speaker named than the one the record has: another event (other-speaker.ts).
  const speaking = otherSpeakers(clause, sentence, role, linked.named, record);
  if (speaking.length) {
    const others = otherSpeakersValues(
      conflicting().map((e) => e.mention),
      speaking,
    );
    for (const entry of conflicting())
      if (others.includes(entry.mention)) entry.r = unconfirmedValue(entry.mention);
  }
  // An event of its own far from the story's time ("in 2020, the death of X provoked protests"; far-event.ts): not the story's.
  if (ownFarEvent(clause, record))
    for (const entry of conflicting()) entry.r = unconfirmedValue(entry.mention);
  // "A came two days after B, on <B's day + 2>": the date is A's, where the offset puts it (offset-date.ts).
  for (const entry of conflicting())
    if (offsetFromAnchor(sentence, clause, entry.mention, events))
      entry.r = unconfirmedValue(entry.mention);
  // "Read in 2025, …": the time the page is read from, not an event's day (reading-frame.ts).
  for (const entry of conflicting())
    if (readingFrame(sentence, entry.mention)) entry.r = unconfirmedValue(entry.mention);
  // A year that dates a post ("who had been acting director of X in 2017"; timed-post.ts), not the event.
  const ofPosts = postDates(clause.mentions, sentence);
  for (const entry of conflicting())
    if (ofPosts.includes(entry.mention)) entry.r = unconfirmedValue(entry.mention);
  // Another instance of a recurring event ("a second term", "another executive order"; another-instance.ts): not the recorded one's day.
  if (anotherInstance(unquotedSentence.slice(clause.start, clause.end), events))
    for (const entry of conflicting())
      if (['date', 'weekday', 'time-of-day'].includes(entry.mention.type))
        entry.r = unconfirmedValue(entry.mention);
  // A count told as an addition ("two passengers were also taken into custody") below the record's: a part (additive-count.ts).
  for (const entry of conflicting())
    if (
      entry.r &&
      additiveCount(sentence, entry.mention, clause.start, clause.end) &&
      belowRecorded(entry.mention, entry.r.comparison.record)
    )
      entry.r = unconfirmedValue(entry.mention);
  // Two counts in one clause, one of them the record's ("of the roughly eight people, only three were detained",
  // "two passengers …, for a total of three"): the other counts another group or a part, not the recorded one.
  for (const entry of conflicting()) {
    const m = entry.mention;
    const recorded =
      m.type === 'count' && entry.r ? /^(\d+)\b/.exec(entry.r.comparison.record) : null;
    if (!recorded) continue;
    const n = Number(recorded[1]);
    const whole =
      /\bof\s+(?:the|those|these)\s+(?:(?:roughly|about|around|some|nearly|estimated)\s+)?$/i.test(
        sentence.slice(Math.max(0, m.start - 30), m.start),
      );
    const agrees = (x: Mention) =>
      x !== m &&
      x.type === 'count' &&
      !x.negated &&
      !/\b(?:not|never|rather than|instead of)\s+$/i.test(
        sentence.slice(Math.max(0, x.start - 14), x.start),
      ) &&
      x.value.min <= n &&
      (x.value.max ?? x.value.min) >= n;
    const total = (x: Mention) =>
      /\b(?:a total of|in all|altogether|total)\s+$/i.test(
        sentence.slice(Math.max(0, x.start - 16), x.start),
      );
    // The page's count is the whole the recorded part came from ("three of the roughly eight"), or a part of the recorded total.
    if (
      clause.mentions.some(
        (x) =>
          agrees(x) &&
          (whole ||
            total(x) ||
            partOfWhole(
              sentence,
              m,
              x,
              clause.mentions.find((o) => o.type === 'outcome' && !o.negated),
            )),
      )
    )
      entry.r = unconfirmedValue(m);
  }
  // Linked only by a person, a date more than half a year from every linked event is another part of their life
  // ("Beck, who retired in 2018", "Magnus became CBP commissioner in December 2021"), not a wrong date of the event.
  if (linked.byPerson) {
    // Tied to the event all the same: participants of it in two parts named ("Beck spoke to the Los Angeles Times": who
    // spoke and who interviewed; not "Beck led the LAPD", both the speaker's side), or its month and day.
    const named = new Set(
      clause.mentions.flatMap((x) =>
        x.type === 'person' || x.type === 'agency' || x.type === 'outlet'
          ? record.gazetteer.lookup(x.value.name).map((g) => g.id)
          : [],
      ),
    );
    const parts = new Set(
      events.flatMap((e) => e.participants.filter((p) => named.has(p.canon)).map((p) => p.role)),
    );
    // A date of another part of their life also makes the clause's other values theirs, not the event's.
    let otherLife = false;
    for (const entry of parts.size >= 2 ? [] : conflicting()) {
      const m = entry.mention;
      if (m.type !== 'date' || m.value.year === undefined) continue;
      const [from, to] = dayRange(partialDate(m.value.year, m.value.month, m.value.day));
      const sameDay =
        m.value.month !== undefined &&
        m.value.day !== undefined &&
        events.some(
          (e) =>
            e.event.date.slice(5) ===
            partialDate(m.value.year!, m.value.month, m.value.day).slice(5),
        );
      const far =
        !sameDay &&
        events.every((e) => {
          const [eFrom, eTo] = dayRange(e.event.date);
          return from - eTo > FAR_DAYS || eFrom - to > FAR_DAYS;
        });
      if (far) {
        entry.r = unconfirmedValue(m);
        otherLife = true;
      }
    }
    if (otherLife) for (const entry of conflicting()) entry.r = unconfirmedValue(entry.mention);
  }
  // Linked by a place alone, a bare year other than the events' is the place's history ("the main under X Street was
  // laid in 1958"), not a wrong date of the event.
  // Not when the town names the event's speaker by its police ("Denver's police department said in 2017"): the year
  // is when they spoke (town-police.ts).
  if (linked.byPlace) {
    const years = new Set(events.map((e) => Number(e.event.date.slice(0, 4))));
    const townSpoke = (m: Mention) =>
      utterance?.covers(m) === true &&
      clause.mentions.some(
        (t) => t.type === 'place' && events.some((e) => townPoliceTookPart(record, t, sentence, e)),
      );
    for (const entry of conflicting()) {
      const m = entry.mention;
      if (
        m.type === 'date' &&
        m.value.year !== undefined &&
        m.value.month === undefined &&
        !years.has(m.value.year) &&
        !townSpoke(m)
      )
        entry.r = unconfirmedValue(m);
    }
  }
  // What someone did later in life ("went on to head X years later") or earlier ("Before Tucson, he had been chief in
  // Richmond"): not the linked event's values.
  if (LATER_LIFE.test(text) || earlierLife(text))
    for (const entry of conflicting()) entry.r = unconfirmedValue(entry.mention);
  // "Buffalo officers answer backup calls all the time": a habit, told of no one occasion, is no account of the event's.
  if (HABITUAL.test(text))
    for (const entry of conflicting())
      if (
        [
          'place',
          'state',
          'street',
          'agency',
          'weekday',
          'date',
          'time-of-day',
          'count',
          'duration',
        ].includes(entry.mention.type)
      )
        entry.r = unconfirmedValue(entry.mention);
  // A trip to another place that nothing ties to the record's visits, or on another day, is another trip: not wrong.
  const trip = tripTies(clause, sentence, record, events, pageDate);
  const placed = conflicting().filter(
    (e) => e.mention.type === 'place' || e.mention.type === 'state' || e.mention.type === 'street',
  );
  if (trip && placed.length && (!trip.tied || trip.otherDay)) {
    for (const entry of conflicting())
      if (
        ['place', 'state', 'street', 'weekday', 'date', 'time-of-day'].includes(entry.mention.type)
      )
        entry.r = unconfirmedValue(entry.mention);
  }
  // "the city's east side" where the record has the event on the west side.
  for (const c of sideConflicts(unquotedSentence.slice(clause.start, clause.end), events, record))
    tally.conflict(c, events);
  // "a white work van" where the record has a maroon one (vehicle-colour.ts).
  for (const c of colourConflicts(unquotedSentence.slice(clause.start, clause.end), events))
    tally.conflict(c, events);
  // "in a post on Facebook" where the record has the post on X (platform.ts).
  for (const c of platformConflicts(unquotedSentence.slice(clause.start, clause.end), events))
    tally.conflict(c, events);
  // "overpasses on I-90" where the record has the protests on Interstate 490 (highway.ts).
  for (const c of highwayConflicts(
    unquotedSentence.slice(clause.start, clause.end),
    events,
    record,
  ))
    tally.conflict(c, events);
  // "a week after X's inauguration", "days after the 2016 election": counted from a world event's date (world-anchor.ts).
  for (const r of worldAnchorResults(sentence, clause, events, record)) {
    tally.count(r, events);
  }
  // "X came first, and Y followed" where the record dates Y before X (came-first.ts).
  for (const r of firstClaim ? cameFirstResults(unquotedSentence, clause, events, record) : []) {
    tally.count(r, events);
  }
  // "after the executive orders were signed" where the record has the clause's event before them (event-order.ts).
  for (const r of eventOrderResults(sentence, clause, events, record)) {
    tally.count(r, events);
  }
  // "Wednesday, June 12" where the record has Tuesday 11 June: one explanation names the whole phrase.
  const conflicts = new Map(conflicting().map((e) => [e.mention, e.r as Found]));
  for (const { weekday, date } of weekdayDatePairs(clause.mentions, sentence)) {
    const w = conflicts.get(weekday);
    const d = conflicts.get(date);
    if (!w || !d || w.comparison.record !== d.comparison.record) continue;
    const phrase = sentence.slice(
      Math.min(weekday.start, date.start),
      Math.max(weekday.end, date.end),
    );
    d.explanation = `The record dates it ${d.comparison.record}, not ${phrase}.`;
    w.explanation = '';
  }
}

/**
 * Whether the point phrase (`from` to `to`) names every event the clause links by its words, and the clause before it
 * names none ("… two months before Trump signed his first executive orders on January 25, 2018"): the date in it is
 * then those events' own, and is compared with them.
 */
function pointNamesEvents(
  sentence: string,
  start: number,
  from: number,
  to: number,
  events: readonly IndexedEvent[],
): boolean {
  if (!events.length) return false;
  const before = foldText(sentence.slice(start, from));
  const inside = foldText(sentence.slice(from, to));
  return events.every((e) => {
    const at = e.words.map((w) => findTerm(inside, w)).filter((i) => i !== -1);
    // Between the event's word and the date, no second point or joined verb ("five days after he took office on …",
    // "won the election and became president-elect on …"): the date is then of that inner act.
    return (
      at.length > 0 &&
      !e.words.some((w) => findTerm(before, w) !== -1) &&
      !/\b(?:after|before|since|until|when|while|once|and|as)\b/.test(
        inside.slice(Math.min(...at)).replace(/^\S+/, ''),
      )
    );
  });
}
