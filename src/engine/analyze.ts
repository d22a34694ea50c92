import { presupposingQuestionText } from './read/presupposed-question.ts';
import { unrecordedCourtAct } from './court-act.ts';
import type { Source } from '../pack/schema.ts';
import { compareSentence, type SentenceComparison } from './compare/compare-sentence.ts';
import type { IndexedEvent } from './compare/story-record.ts';
import {
  offsetAgreesWithBefore,
  offsetFromBefore,
  openingOffset,
} from './compare/offset-from-before.ts';
import { mayOrderWhatCameBefore, orderOfWhatCameBefore } from './compare/order-before.ts';
import { mayPointBack, orderPointedBack } from './compare/order-pointed-back.ts';
import { datelineOf, DEICTIC, partOfPage } from './section-date.ts';
import { datesIn } from './dates.ts';
import { matchFact } from './match-fact.ts';
import { durationAcrossParagraph, matchQuote, paragraphSpeaker } from './match-quote.ts';
import { strangerParaphrase } from './stranger-paraphrase.ts';
import { compareSpeakerTitle } from './compare/speaker-title.ts';
import { isTitleWord, type Speaker } from './quote-speaker.ts';
import { matchReview } from './match-review.ts';
import { foldText, withFoldMemo } from './normalize.ts';
import { occasionWords, unrecordedSetting } from './quote-setting.ts';
import { findTerm } from './terms.ts';
import { quotedTarget } from './compare/quoted-target.ts';
import { answerWithQuestion } from './qa-answer.ts';
import { questionPremise } from './question-premise.ts';
import type { PackIndex, StoryChecks } from './pack-index.ts';
import { pageTerms, type PageTerms } from './page-terms.ts';
import { recognizeStory } from './recognize.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { answeredStatement } from './question-answer.ts';
import { opensOnTripStop } from './compare/stop-label.ts';
import { hasAnyTerm } from './terms.ts';
import { unverifiedParaphrase, unverifiedSpeech } from './unverified-speech.ts';
import { quotedStanceConflict } from './compare/quoted-stance.ts';
import { quotedRefusalConflict } from './compare/quoted-refusal.ts';
import { saidOtherwise } from './said-otherwise.ts';
import { opensOnTextReading } from './text-read-speaker.ts';
import { pageSignals } from './signals.ts';
import { unknownName } from './unknown-names.ts';
import { isLinkList } from './page-shape.ts';
import type { Analysis, Finding, FindingKind, PageContext } from './types.ts';
import { dayRange } from './compare/record-values.ts';
import { paraphrasedStatementEvents } from './compare/paraphrased-statement.ts';
import { personalIssuer } from './compare/personal-issuer.ts';
import { ISSUED_BY, isOwnOutlet, pointsBack, whatCameBefore } from './compare/outlet-credit.ts';
import { carriedVisits, opensOnVisit } from './compare/visit-meeting.ts';
import { goesOnAboutSamePerson, VISIT_BACK } from './compare/visit-chain.ts';
import { opensOnPublished } from './published-back.ts';
import { isSpeech, withCarriedSubject } from './pronoun-chain.ts';
import { withEntrySubject } from './entry-subject.ts';
import { carriedOriginConflict, opensOnOrigin } from './compare/origin-carried.ts';
import { hedged, withoutHedge } from './hedged-claim.ts';
import { opensOnPossessivePost } from './compare/possessive-post.ts';
import { opensOnNaming } from './compare/naming-back.ts';
import { uncleft } from './cleft-doer.ts';
import { isOfficeHolder, pointsBackAtOffice } from './compare/office-back.ts';
import { voteOfWhatCameBeforeIn } from './compare/vote-back.ts';
import { formerOfSpeaker } from './compare/former-referent.ts';
import { requestPointsBack, requestsOf } from './compare/request-back.ts';
import { issuedDayComparison, issuedEvents, issuedSubject } from './compare/issued-day.ts';
import {
  durationConflict,
  lastingEvents,
  mayTimeWhatCameBefore,
} from './compare/duration-before.ts';
import { opensOnPlaceReference, placeOfWhatCameBefore } from './compare/place-before.ts';
import { blankSpans, noClaimSpans } from './no-claim-spans.ts';
import { framedAsFalse } from './not-asserted.ts';
import { declinedButSpoke } from './declined-comment.ts';
import {
  actorsOf,
  carriedConflict,
  carriedSubject,
  isPerson,
  pronounOpening,
  withoutTripStop,
} from './compare/carried-event.ts';
import { readSentence } from './read/index.ts';
import { REPORT_DATE } from './compare/report-run-day.ts';
import { originalFieldSentence } from './original-field.ts';
import { overstatedClass } from './overstated-class.ts';
import { doubtfulEvent } from './doubtful-event.ts';
import { titleChamber } from './compare/title-chamber.ts';
import { attributionLine, endsOnQuote } from './dash-credit.ts';
import { apposedBody } from './apposed-body.ts';

/** Sentences longer than this are not checked (bounded work per sentence). */
const MAX_SENTENCE = 2000;

type Judgement = Omit<Finding, 'start' | 'end' | 'text'>;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

function sourcesOf(story: StoryChecks, ids: readonly string[]): Source[] {
  return ids.flatMap((id) => story.sources.get(id) ?? []);
}

const SLOT_KIND: Record<string, FindingKind> = {
  agency: 'agency',
  weekday: 'date',
  date: 'date',
  time: 'date',
  street: 'place',
  place: 'place',
  state: 'place',
  count: 'number',
  person: 'person',
  role: 'person',
  outcome: 'contradicted',
  when: 'time-context',
  party: 'person',
  document: 'statement',
  outlet: 'attribution',
  vote: 'number',
  court: 'place',
  disposition: 'contradicted',
};

/**
 * The typed comparison of a sentence, once per distinct sentence of a page
 * (pages repeat sentences; reading costs about 1 ms per 150 characters). The
 * cache belongs to one story's record and one page date, and is bounded.
 */
const typedCache = new WeakMap<
  object,
  {
    key: string;
    page: string | undefined;
    onPage: Map<string, SentenceComparison | null>;
    alone: Map<string, SentenceComparison | null>;
  }
>();
const TYPED_CACHE_MAX = 2000;

function typedOf(
  sentence: string,
  story: StoryChecks,
  pageDate: string | undefined,
  pageYear: number | undefined,
  pageText?: string,
): SentenceComparison | null {
  const record = story.record();
  let cache = typedCache.get(record);
  const key = `${pageDate ?? ''}|${pageYear ?? ''}`;
  if (!cache || cache.key !== key) {
    cache = { key, page: pageText, onPage: new Map(), alone: new Map() };
    typedCache.set(record, cache);
  }
  // The page's text decides whether a surname alone was ever given a first name: a sentence read with its
  // page is cached per page; one read alone (the readers of what came before) keeps its own cache.
  if (pageText !== undefined && cache.page !== pageText) {
    cache.page = pageText;
    cache.onPage = new Map();
  }
  const results = pageText === undefined ? cache.alone : cache.onPage;
  if (results.has(sentence)) return results.get(sentence) ?? null;
  if (pageText === undefined && cache.onPage.has(sentence))
    return cache.onPage.get(sentence) ?? null;
  const result = compareSentence(sentence, record, pageDate, undefined, pageYear, pageText);
  if (results.size >= TYPED_CACHE_MAX) results.clear();
  results.set(sentence, result);
  return result;
}

/** The occasion's words name the outlet ("interview with WHEC" names "WHEC" or "WHEC-TV"), as a whole word. */
function occasionNames(occasion: string, name: string): boolean {
  const words = foldText(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
  const folded = ` ${foldText(occasion)
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ')} `;
  // The whole name, or its first word when that is a call sign or a name of its own ("WHEC" of "WHEC-TV"), never "the".
  return (
    words.length > 0 &&
    (folded.includes(` ${words.join(' ')} `) ||
      (words[0]!.length >= 3 &&
        words[0] !== 'the' &&
        words.length > 1 &&
        folded.includes(` ${words[0]} `) &&
        /^[A-Z0-9]{3,}/.test(name)))
  );
}

/** A recorded quote as an event of its own: its speaker spoke on its date. */
function quoteEvent(q: StoryChecks['quotes'][number], story: StoryChecks): IndexedEvent {
  const speaker = q.speaker ? story.record().entityCanon.get(q.speaker.id) : undefined;
  // The recorded event where the speaker spoke that day, when there is exactly one: it has the outlet spoken to.
  const spoke = speaker
    ? story
        .record()
        .events.filter(
          (e) =>
            e.event.date === q.quote.date &&
            e.participants.some((p) => p.role === 'spoke' && p.canon === speaker),
        )
    : [];
  if (spoke.length === 1) return spoke[0]!;
  // Several that day ("2025-04"): the one whose interviewer the quote's occasion names ("interview with WHEC").
  const named = spoke.filter((e) =>
    e.participants.some(
      (p) =>
        p.role === 'interviewer' && occasionNames(q.quote.occasion, story.record().nameOf(p.canon)),
    ),
  );
  if (named.length === 1) return named[0]!;
  // Or the one the occasion names by its own words ("news conference" of a press conference, not the written statement).
  const occasion = foldText(q.quote.occasion);
  const worded = spoke.filter((e) => e.words.some((w) => findTerm(occasion, w) !== -1));
  if (worded.length === 1) return worded[0]!;
  return {
    event: {
      id: `quote-${q.quote.id}`,
      label: q.quote.occasion,
      words: [q.quote.occasion],
      date: q.quote.date,
      sources: q.quote.sources,
      confidence: 'high',
    },
    words: [],
    participants: speaker ? [{ role: 'spoke', canon: speaker }] : [],
    places: [],
    quantities: [],
    outcomes: new Map(),
    negatives: new Map(),
    commitments: [],
  };
}

/** The recorded event a finding's quote was spoken at, when the record has one (quoteEvent). */
function quotedEventIds(finding: Judgement | null | undefined, story: StoryChecks): string[] {
  const q = finding?.claimId.startsWith('quote:')
    ? story.quotes.find((x) => `quote:${x.quote.id}` === finding.claimId)
    : undefined;
  const event = q ? quoteEvent(q, story) : undefined;
  return event && story.record().events.includes(event) ? [event.event.id] : [];
}

/** A finding from comparing the sentence's typed values with the story's events. */
/** Slots judged from world knowledge (who held an office, a party), not from the story's reports. */
const WORLD_SLOTS = new Set(['party', 'office', 'role', 'person']);

function typedJudgement(comparison: SentenceComparison, story: StoryChecks): Judgement {
  const record = story.record();
  const events = record.events.filter((e) => comparison.events.includes(e.event.id));
  const verdict = comparison.outcome === 'discrepant' ? 'discrepant' : 'unverified';
  const slot = comparison.comparisons[0]?.slot ?? '';
  // No event to show: the record's values the comparison names stand as the record, and a story fact is cited to the
  // reports of the story's central events (a world fact's source is the world file, named in the explanation).
  const values = `${comparison.comparisons
    .map((c) => c.record)
    .filter(Boolean)
    .join('; ')}.`;
  const cited = events.length
    ? events
    : comparison.calendar || WORLD_SLOTS.has(slot)
      ? []
      : record.central;
  return {
    verdict,
    kind: verdict === 'discrepant' ? (SLOT_KIND[slot] ?? 'statement') : 'unverified-claim',
    // A weekday the calendar contradicts needs no event: the calendar is the record ("calendar:sunday-16-june-2024").
    claimId:
      events.length || !comparison.calendar
        ? `event:${events[0]?.event.id ?? ''}`
        : `calendar:${(comparison.comparisons[0]?.record ?? '').toLowerCase().replace(/[^a-z0-9]+/g, '-')}`,
    original: events.length ? events.map((e) => `${e.event.label}.`).join(' ') : values,
    explanation: comparison.explanation,
    comparison: comparison.comparisons,
    sources: sourcesOf(story, [...new Set(cited.flatMap((e) => e.event.sources))]),
  };
}

/**
 * The events the sentence before links, when there is one, both sentences are short enough to read and `opens`
 * says this one goes back to it (checked last: its pattern never meets an overlong sentence); else null.
 */
function eventsOfPrevious(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
  opens: (text: string) => boolean,
): string[] | null {
  if (
    !previous ||
    sentence.end - sentence.start > MAX_SENTENCE ||
    previous.end - previous.start > MAX_SENTENCE ||
    !opens(sentence.text)
  )
    return null;
  return typedOf(previous.text, onPage.story, onPage.pageDate, onPage.pageYear)?.events ?? [];
}

/** A typed discrepancy as a false finding over the whole sentence. */
function falseFinding(
  typed: SentenceComparison,
  story: StoryChecks,
  sentence: Sentence,
  text: string,
): Finding {
  return {
    ...typedJudgement(typed, story),
    severity: 'false',
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
  };
}

/** What judging a sentence reads besides its words: the page, the story, and where the sentence stands. */
interface Judging {
  /** The page's text, and folded (foldText) at the same offsets. */
  text: string;
  foldedPage: string;
  page: PageTerms;
  story: StoryChecks;
  /** The day the story starts (its time context's start, YYYY-MM-DD). */
  startOfStory: string;
  /** The page's date falls in the story's own time, give or take the days its news runs on. */
  pageInStory: boolean;
  pageYear: number | undefined;
  /** The sentence before, when it goes with this one (same paragraph, or the question it answers); else ''. */
  previous: string;
  /** The paragraph's last speaker so far. */
  carried: Speaker | null;
  /** The day the sentence speaks from (its part's date on a page of dated parts, else the page's). */
  pageDate: string | undefined;
  /** At a paragraph's start, the speaker the last paragraph ended on. */
  lastParagraph?: Speaker | null;
  /** A pull quote's credit on the next line ("— Chief Jane Doe"). */
  byline?: string;
}

/**
 * Judges one sentence. A known quote decides on its own (the words are the
 * speaker's, not the page's). Otherwise a discrepancy with any fact wins, then
 * a typed value that conflicts with the event the sentence is about (or a
 * weekday the calendar contradicts for the date written with it), then an
 * unverified claim, then a review, then agreement with a fact, which holds
 * only when every typed value the record can check agrees (otherwise the
 * sentence is unverified).
 */
function judge(sentence: string, folded: string, at: Judging): Judgement | null {
  const {
    previous,
    carried,
    page,
    story,
    startOfStory,
    pageDate,
    pageInStory,
    pageYear,
    text: pageText,
    lastParagraph,
  } = at;
  // "The union that represents the officers, the X Association, said …": the story's body's role given to another (apposed-body.ts).
  const apposed = apposedBody(sentence, story.story.entities ?? []);
  if (apposed) {
    return {
      verdict: 'discrepant',
      kind: 'contradicted',
      claimId: `entity:${apposed.entity.id}`,
      original: `${apposed.entity.name}: ${apposed.entity.role ?? ''}`,
      explanation: `The record has ${apposed.entity.name} as ${apposed.entity.role ?? 'that body'}, not ${apposed.page}.`,
      comparison: [{ slot: 'organization', page: apposed.page, record: apposed.entity.name }],
      // The sources of the body's own recorded words, which name it.
      sources: sourcesOf(story, [
        ...new Set(
          story.quotes
            .filter((q) => q.speaker?.id === apposed.entity.id)
            .flatMap((q) => q.quote.sources),
        ),
      ]),
    };
  }
  const quote = matchQuote(sentence, story, previous, carried, lastParagraph);
  if (quote) {
    const q = story.quotes.find((x) => `quote:${x.quote.id}` === quote.claimId);
    // A recorded quote is words its sources print: a link can point at them (a URL text fragment).
    const printed = q && (q.quote.status === 'verified' || q.quote.status === 'single-source');
    const judgement: Judgement = {
      ...quote,
      ...(printed ? { passage: q.quote.text } : {}),
      sources: sourcesOf(story, q?.quote.sources ?? []),
    };
    // Unrecorded words of a known speaker that turn round a stance the record gives them (quoted-stance.ts).
    const speakerCanon =
      quote.verdict === 'unverified' && quote.claimId.startsWith('person:')
        ? story.record().entityCanon.get(quote.claimId.slice('person:'.length))
        : undefined;
    const turned = speakerCanon
      ? (quotedStanceConflict(sentence, story.record(), speakerCanon) ??
        quotedRefusalConflict(sentence, story.record(), speakerCanon))
      : null;
    if (turned)
      return {
        ...judgement,
        verdict: 'discrepant',
        kind: 'quote',
        explanation: turned.explanation,
        comparison: [turned.comparison],
      };
    // Recorded words cut where the record says whose the fault was, and given by the page to another agency's people (quoted-target.ts).
    const target =
      quote.verdict === 'consistent' && printed && q
        ? quotedTarget(
            sentence,
            q.quote.text,
            story.record(),
            q.speaker ? story.record().entityCanon.get(q.speaker.id) : undefined,
          )
        : null;
    if (target) {
      return {
        ...judgement,
        verdict: 'discrepant',
        kind: 'quote',
        explanation: `The record has \u201C${target.quoted}\u201D said of ${target.record}, not of ${target.page}.`,
        comparison: [{ slot: 'target', page: target.page, record: target.record }],
      };
    }
    // The title and agency the page gives the words' speaker, against the record's roles (speaker-title.ts).
    const canon =
      quote.kind === 'quote' && quote.verdict !== 'discrepant' && q?.speaker
        ? story.record().entityCanon.get(q.speaker.id)
        : undefined;
    const titled =
      canon && q
        ? compareSpeakerTitle(sentence, story.record(), canon, q.speaker, q.quote.date)
        : null;
    if (titled && titled.status === 'conflict') {
      return {
        ...judgement,
        verdict: 'discrepant',
        kind: 'attribution',
        explanation: titled.explanation,
        comparison: [titled.comparison],
      };
    }
    // Words outside the quotation marks (who said it, when) are the page's: compared with the quote's own record.
    const typed =
      quote.verdict === 'consistent' && q
        ? compareSentence(
            sentence,
            story.record(),
            pageDate,
            [quoteEvent(q, story)],
            pageYear,
            pageText,
            true,
          )
        : null;
    // A title the record cannot confirm is unverified, unless the comparison finds it wrong (another's post: person-post.ts).
    if (
      titled &&
      titled.status !== 'agrees' &&
      quote.verdict === 'consistent' &&
      typed?.outcome !== 'discrepant'
    ) {
      return {
        ...judgement,
        verdict: 'unverified',
        kind: 'quote',
        explanation: `The words are on record, but ${lowerFirst(titled.explanation)}`,
        comparison: [titled.comparison],
      };
    }
    if (typed?.outcome === 'discrepant') {
      return {
        ...judgement,
        verdict: 'discrepant',
        kind: SLOT_KIND[typed.comparisons[0]?.slot ?? ''] ?? 'quote',
        explanation: typed.explanation,
        comparison: typed.comparisons,
      };
    }
    // Right words, but who or when the page says they were said is not what the record can confirm: not green.
    if (typed && typed.outcome !== 'agrees') {
      return {
        ...judgement,
        verdict: 'unverified',
        kind: 'quote',
        explanation: `The words are on record, but ${lowerFirst(typed.explanation)}`,
        comparison: typed.comparisons,
      };
    }
    // "Inside the union hall, he told …" for words said at a briefing: a setting the occasion does not have (quote-setting.ts).
    if (quote.verdict === 'consistent' && q) {
      const setting = unrecordedSetting(
        sentence,
        q.quote.occasion,
        occasionWords(
          q.quote.occasion,
          quoteEvent(q, story),
          story.story.entities ?? [],
          story.record().nameOf,
        ),
      );
      if (setting)
        return {
          ...judgement,
          verdict: 'unverified',
          kind: 'quote',
          explanation: `The words are on record, but ${setting.explanation}`,
          comparison: [setting.comparison],
        };
    }
    return judgement;
  }
  // A question the page asks ("Were the officers fired?") asserts nothing: no fact or value of it is judged.
  if (asksQuestion(sentence)) {
    // "<statement>; should …?": the statement before the question is told (question-premise.ts).
    const premise = questionPremise(sentence);
    const told = premise ? judge(premise, foldText(premise), at) : null;
    if (told || !presupposingQuestionText(sentence)) return told;
    // "How do you explain what happened at the stop last week?": what a how or why question asks about is taken as
    // known (presupposed-question.ts); only a discrepancy is taken, a question is never green.
    const typed = typedOf(sentence, story, pageDate, pageYear, pageText);
    return typed?.outcome === 'discrepant' ? typedJudgement(typed, story) : null;
  }
  // "Myth one: …", "Rumor: …", "It is not true that …": a claim the page refutes or checks asserts nothing either (not-asserted.ts).
  if (framedAsFalse(sentence)) return null;
  let consistent: Judgement | null = null;
  let addedAct: string | undefined;
  for (const indexed of story.facts) {
    const match = matchFact(folded, indexed, page, pageInStory);
    if (!match) continue;
    const { period, addedAct: added, ...rest } = match;
    const judgement: Judgement = {
      ...rest,
      ...(period ? { refersTo: period } : {}),
      original: indexed.fact.statement,
      ...(indexed.fact.nuance && match.verdict === 'discrepant'
        ? { nuance: indexed.fact.nuance }
        : {}),
      sources: sourcesOf(story, indexed.fact.sources),
    };
    if (match.verdict === 'discrepant') return judgement;
    if (!consistent) addedAct = added;
    consistent ??= judgement;
  }
  // "Answer: (b) X." after "What were the chiefs reacting to?": the two together, for a discrepancy only (qa-answer.ts).
  const asked = consistent ? null : answerWithQuestion(sentence, previous);
  if (asked) {
    for (const indexed of story.facts) {
      const match = matchFact(foldText(asked), indexed, page, pageInStory);
      if (match?.verdict !== 'discrepant') continue;
      const { period, ...rest } = match;
      return {
        ...rest,
        ...(period ? { refersTo: period } : {}),
        original: indexed.fact.statement,
        sources: sourcesOf(story, indexed.fact.sources),
      };
    }
  }
  // A weekday the written date did not fall on is wrong whatever else the sentence says.
  const typed = typedOf(sentence, story, pageDate, pageYear, pageText);
  // A value the record contradicts outranks a claim the pack calls unverified: the record checks that value
  // ("punished with a suspension" where the record has desk duty, against "the officers face discipline"; a day the
  // record puts on another weekday or date: an unverified claim about what was said or done does not make it right).
  if (typed?.outcome === 'discrepant') return typedJudgement(typed, story);
  // "X, the Republican leader in the state Assembly": a title placed in a chamber the record never gives X (title-chamber.ts).
  const chamber = titleChamber(sentence, story.record());
  if (chamber)
    return {
      verdict: 'discrepant',
      kind: 'person',
      claimId: `person:${chamber.comparisons[0]?.record ?? ''}`,
      original: chamber.comparisons[0]?.record ?? '',
      explanation: chamber.explanation,
      comparison: chamber.comparisons,
      sources: consistent?.sources ?? [],
    };
  // Hearsay the record contradicts ("Reportedly, he then met X"): at least unverified (hedged-claim.ts).
  const unhedged = hedged(sentence)
    ? typedOf(withoutHedge(sentence), story, pageDate, pageYear, pageText)
    : null;
  if (unhedged?.outcome === 'discrepant')
    return {
      ...typedJudgement(unhedged, story),
      verdict: 'unverified',
      kind: 'unverified-claim',
      explanation: `Told as hearsay, and the record says otherwise: ${unhedged.explanation}`,
    };
  for (const { item, when, unless } of story.unverified) {
    if (when.every((g) => hasAnyTerm(folded, g)) && !hasAnyTerm(folded, unless)) {
      return {
        verdict: 'unverified',
        kind: 'unverified-claim',
        claimId: `unverified:${item.id}`,
        original: item.record,
        explanation: item.explanation,
        sources: sourcesOf(story, item.sources),
      };
    }
  }
  // An event the record holds only with low confidence, told as fact or hearsay (doubtful-event.ts).
  const doubtful = doubtfulEvent(sentence, story.record());
  if (doubtful) {
    return {
      verdict: 'unverified',
      kind: 'unverified-claim',
      claimId: `event:${doubtful.event.id}`,
      original: `${doubtful.event.label}.`,
      explanation: `The record holds this with low confidence, and nothing confirms it: ${doubtful.event.label}.`,
      sources: sourcesOf(story, doubtful.event.sources),
    };
  }
  // A speaker reported saying an act was done that their recorded words deny (said-otherwise.ts).
  const otherwise = saidOtherwise(sentence, story, carried ?? lastParagraph);
  if (otherwise) {
    const { quote: q, speaker } = otherwise.quote;
    return {
      verdict: 'discrepant',
      kind: 'statement',
      claimId: `quote:${q.id}`,
      original: `${speaker?.name ?? ''}: \u201C${q.text}\u201D`,
      explanation: `The record has ${speaker?.name ?? 'the speaker'} saying the opposite: \u201C${otherwise.said}\u201D`,
      comparison: [{ slot: 'statement', page: otherwise.page, record: otherwise.said }],
      sources: sourcesOf(story, q.sources),
    };
  }
  // A recorded speaker's words in reported speech, credited to a person of the world file the record never has speaking (stranger-paraphrase.ts).
  const reported = strangerParaphrase(sentence, story);
  if (reported) {
    const { quote: q, speaker } = reported.quote;
    return {
      verdict: 'discrepant',
      kind: 'misattributed-quote',
      claimId: `quote:${q.id}`,
      original: `${speaker?.name ?? ''}: \u201C${q.text}\u201D`,
      explanation: `The page credits these words to ${reported.name}, but the record has ${speaker?.name ?? 'another speaker'} saying them: \u201C${reported.said}\u201D`,
      comparison: [
        { slot: 'person', page: reported.name, record: speaker?.name ?? 'another speaker' },
      ],
      sources: sourcesOf(story, q.sources),
    };
  }
  // A refusal to comment on an event the record has the speaker's own words about, that day (declined-comment.ts).
  const declined = declinedButSpoke(sentence, story);
  if (declined) {
    const { quote: q, speaker } = declined.quote;
    const name = speaker?.name ?? 'the speaker';
    return {
      verdict: 'discrepant',
      kind: 'statement',
      claimId: `quote:${q.id}`,
      original: `${speaker?.name ?? ''}: \u201C${q.text}\u201D`,
      explanation: `The page has ${name} refusing to comment (\u201C${declined.page}\u201D), but the record has ${name}'s own words that day (${q.date}${q.occasion ? `, ${q.occasion}` : ''}): \u201C${q.text}\u201D`,
      comparison: [{ slot: 'statement', page: declined.page, record: q.text }],
      sources: sourcesOf(story, q.sources),
    };
  }
  // What a person is said to have said, when the record could confirm none of that person's words.
  // Or a paraphrase of one of a speaker's words the record could not confirm (unverified-speech.ts).
  const unconfirmed =
    unverifiedSpeech(folded, story) ??
    unverifiedParaphrase(sentence, folded, story, carried ?? lastParagraph ?? null);
  if (unconfirmed) {
    const { quote: q, speaker } = unconfirmed;
    // Unconfirmed words, but a title or agency the page gives their speaker that the record rules out is wrong (speaker-title.ts).
    const canon = speaker ? story.record().entityCanon.get(speaker.id) : undefined;
    const titled = canon
      ? compareSpeakerTitle(sentence, story.record(), canon, speaker, q.date)
      : null;
    if (titled?.status === 'conflict') {
      return {
        verdict: 'discrepant',
        kind: 'attribution',
        claimId: `quote:${q.id}`,
        original: `${speaker?.name ?? ''}: \u201C${q.text}\u201D`,
        explanation: titled.explanation,
        comparison: [titled.comparison],
        sources: sourcesOf(story, q.sources),
      };
    }
    return {
      verdict: 'unverified',
      kind: 'unverified-claim',
      claimId: `quote:${q.id}`,
      original: `${speaker?.name ?? ''}: \u201C${q.text}\u201D`,
      explanation:
        q.note ??
        `Sourcelight could not confirm what the record has ${speaker?.name ?? 'this speaker'} saying.`,
      sources: sourcesOf(story, q.sources),
    };
  }
  const review = matchReview(sentence, story);
  if (review) {
    const { review: r } = review;
    return {
      verdict: r.verdict,
      kind: 'statement',
      claimId: `review:${r.id}`,
      original: `${r.reviewer} rated the claim \u201C${r.claim}\u201D as \u201C${r.rating.label}\u201D.`,
      explanation: `This sentence restates a claim ${r.reviewer} reviewed.`,
      sources: [
        ...(r.url
          ? [
              {
                id: r.id,
                publisher: r.reviewer,
                date: r.date ?? startOfStory,
                url: r.url,
                urlConfirmed: true,
              },
            ]
          : []),
        ...sourcesOf(story, r.sources ?? []),
      ],
    };
  }
  // "X rang each of them up himself": the record has who wrote the piece, not that its words were got firsthand (firsthand-act.ts).
  if (consistent && addedAct) {
    return {
      ...consistent,
      verdict: 'unverified',
      kind: 'unverified-claim',
      explanation: `The page says the writer got the words firsthand (\u201C${addedAct}\u201D); the record has who wrote and carried the report, not that.`,
      comparison: [{ slot: 'statement', page: addedAct, record: consistent.original ?? '' }],
    };
  }
  // "A federal judge has since ordered the city to suspend <the recorded policy>": the record's case ends otherwise (court-act.ts).
  const court = consistent ? unrecordedCourtAct(sentence, story.record()) : null;
  if (consistent && court) {
    return {
      ...consistent,
      verdict: 'unverified',
      kind: 'unverified-claim',
      explanation: `The record has no such court order: ${court.record}.`,
      comparison: [{ slot: 'outcome', page: court.act, record: court.record }],
    };
  }
  // Consistent only when every typed value agrees: a value the record cannot confirm makes it unverified.
  if (consistent && typed && typed.outcome !== 'agrees') {
    return {
      ...consistent,
      verdict: 'unverified',
      kind: 'unverified-claim',
      explanation: typed.explanation,
      comparison: typed.comparisons,
    };
  }
  if (!consistent && typed?.outcome === 'imprecise') return typedJudgement(typed, story);
  // A commitment given to holders whose recorded commitments are of another kind (often broader than the record's), or a
  // personnel action the record's neither confirms nor excludes (personnel-outcome.ts): unverified.
  // A day given to a report the record dates only to its month (report-run-day.ts): the page claims a day no one knows.
  if (
    !consistent &&
    typed?.outcome === 'unconfirmed' &&
    typed.comparisons.some(
      (c) => c.slot === 'stance' || c.slot === 'personnel' || c.slot === REPORT_DATE,
    )
  )
    return typedJudgement(typed, story);
  // A name the record never mentions ("three men from Honduras"): the sentence says more than the record confirms.
  const stranger =
    consistent && (!typed || typed.outcome === 'agrees')
      ? unknownName(sentence, story.story, story.record())
      : null;
  if (consistent && stranger)
    return {
      ...consistent,
      verdict: 'unverified',
      kind: 'unverified-claim',
      explanation: `The record does not mention \u201C${stranger}\u201D.`,
    };
  // "Every big-city chief in America …": a nation's whole class, where the record counts only a few of it (overstated-class.ts).
  const over =
    consistent?.verdict === 'discrepant' ? null : overstatedClass(sentence, story.record());
  if (over) {
    const events = story.record().events.filter((e) => over.events.includes(e.event.id));
    return {
      verdict: 'unverified',
      kind: 'unverified-claim',
      claimId: `event:${over.events[0] ?? ''}`,
      original: events.map((e) => `${e.event.label}.`).join(' '),
      explanation: over.explanation,
      comparison: [{ slot: 'count', page: over.page.trim(), record: 'a few, not every one' }],
      sources: sourcesOf(story, [...new Set(events.flatMap((e) => e.event.sources))]),
    };
  }
  // Words in quotation marks, given as said, that no recorded quote matched above ("posting that he stood with them and
  // that “help is on the way!”"): the sentence puts words in someone's mouth the record does not have.
  const unrecorded =
    consistent?.verdict === 'consistent' ? unrecordedSaying(sentence, story) : null;
  if (consistent && unrecorded)
    return {
      ...consistent,
      verdict: 'unverified',
      kind: 'unverified-claim',
      explanation: `The record does not have the quoted words \u201C${unrecorded}\u201D.`,
    };
  return consistent;
}

/** Right before a quotation: a verb of saying or "that", within a few words. */
const SAYING_BEFORE =
  /\b(?:said|says|saying|say|told|tells|telling|wrote|writes|writing|posted|posts|posting|tweeted|tweeting|added|adding|declared|declaring|promised|promising|warned|warning|insisted|vowed|that)\b[^"\u201C\u201D.;]{0,12}$/i;

/** Words that quote a text rather than speech: its headline, title or opening. */
const TEXT_QUOTED =
  /\b(?:headline|headlines|headlined|title|titled|caption|began|begins|opened|opens|read|reads|reading)\b/i;

/** A quoted stretch of four words or more, given as said, that is none of the record's headlines: its text, else null. */
function unrecordedSaying(sentence: string, story: StoryChecks): string | null {
  for (const q of sentence.matchAll(/["\u201C]([^"\u201C\u201D]{8,300})["\u201D]/gu)) {
    const words = q[1]!.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w));
    if (words.length < 4 || !SAYING_BEFORE.test(sentence.slice(Math.max(0, q.index - 40), q.index)))
      continue;
    // A headline, a title or a text's opening words quoted ("a headline that began “…”", "One of those posts began, “…”").
    if (TEXT_QUOTED.test(sentence.slice(Math.max(0, q.index - 60), q.index))) continue;
    const folded = foldText(q[1]!)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
    if (
      (story.record().headlines ?? []).some((h) =>
        foldText(h.text)
          .replace(/[^\p{L}\p{N}]+/gu, ' ')
          .includes(folded),
      )
    )
      continue;
    return q[1]!.trim();
  }
  return null;
}

/** Whether the sentence is the page's own question: it ends in a question mark outside quotation marks. */
function asksQuestion(sentence: string): boolean {
  const end = sentence.replace(/[\s)\]]+$/, '');
  if (!end.endsWith('?')) return false;
  // Inside quotation marks (an odd number of straight quotes, or an opening curly one after the last closing one), it is the speaker's.
  const open = end.lastIndexOf('\u201C') > end.lastIndexOf('\u201D');
  return !open && (end.match(/"/g) ?? []).length % 2 === 0;
}

function judgeSentence(sentence: Sentence, at: Judging): Finding | null {
  const { text, foldedPage, pageDate, byline = '' } = at;
  if (sentence.end - sentence.start > MAX_SENTENCE) return null;
  const stamps = noClaimSpans(sentence.text, pageDate);
  const folded = foldedPage.slice(sentence.start, sentence.end);
  // A byline on the line after ("— Chief Jane Doe") is read with the quoted words it credits (dash-credit.ts).
  const credit = byline ? ` - ${byline}` : '';
  const judgement = judge(
    (stamps.length ? blankSpans(sentence.text, stamps) : sentence.text) + credit,
    (stamps.length ? blankSpans(folded, stamps) : folded) + foldText(credit),
    at,
  );
  if (!judgement) return null;
  const stated = judgement.refersTo ? undefined : datesIn(sentence.text, 1)[0];
  // A discrepancy is false unless the pack calls the page's value partly right.
  const severity = judgement.verdict === 'discrepant' ? (judgement.severity ?? 'false') : undefined;
  const { severity: _given, ...judged } = judgement;
  return {
    ...judged,
    ...(severity ? { severity } : {}),
    ...(stated ? { refersTo: stated } : {}),
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
  };
}

/**
 * A discrepancy that is only the page crediting its own outlet ("the Globe
 * reported" on the Globe's site, "Beck told the Globe"): the page's own
 * reporting, which the record cannot confirm, not a wrong credit.
 */
function ownOutletCredit(finding: Finding, own: readonly string[]): Finding {
  const comparisons = finding.comparison ?? [];
  if (
    finding.verdict !== 'discrepant' ||
    !own.length ||
    !comparisons.length ||
    !comparisons.every((c) => c.slot === 'outlet' && isOwnOutlet(c.page, own))
  )
    return finding;
  const { severity: _severity, ...rest } = finding;
  return {
    ...rest,
    verdict: 'unverified',
    kind: 'unverified-claim',
    explanation: `The page credits its own outlet, ${comparisons[0]!.page}; the record does not confirm it.`,
  };
}

/** A quotation mark, straight or curly. */
const QUOTE_MARK = /["\u201C\u201D]/;

/** "his remarks", "her statement": words told of before, owned by a pronoun. */
const HIS_WORDS =
  /\b(?:his|her|their)\s+(?:written\s+|full\s+)?(?:statement|statements|remarks|comments|words|declaration|announcement|letter)\b/i;

/** A sentence that goes on with the speaker of the one before by a pronoun ("He also promised …", "In the same statement she warned …"). */
const GOES_ON =
  /^\s*(?:(?:in|with)\s+(?:the\s+same|that|this|his|her|their)\s+(?:[\w-]+\s+)?(?:statement|remarks|interview|letter|post),?\s+)?(?:he|she|they)\s+(?:also\s+|then\s+|further\s+)?(?!(?:was|were|is|are)\b)[a-z]+/i;

/**
 * The sentences before sentence `from` that keep to one speaker by pronouns, each going on from the one before it,
 * back to the first that names them (at most four; a column may set each sentence in a paragraph of its own): what
 * "X carried the story" may point back at when the sentences between link nothing of their own.
 */
function speakerChain(sentences: readonly Sentence[], from: number): Sentence[] {
  const out: Sentence[] = [];
  for (let k = from; k > 0 && out.length < 4; k--) {
    if (!GOES_ON.test(sentences[k]!.text)) break;
    out.push(sentences[k - 1]!);
  }
  return out;
}

/** "That statement was released on …": the subject is what was said before, the verb its issuing (not a later report of it). */
const ISSUED =
  /^\s*(?:the|this|that|his|her|its|their)\s+(?:same\s+|written\s+|full\s+)?(?:statement|declaration|announcement|remarks|comments|press release|letter)\s+(?:was|were)\s+(?:first\s+|originally\s+)?(?:released|issued|made|given|delivered|put out|sent out|sent)\b/i;

/** The page a sentence is read on: its text, the story it retells, and the day and year it speaks from. */
interface OnPage {
  text: string;
  story: StoryChecks;
  pageDate: string | undefined;
  pageYear: number | undefined;
}

/**
 * A sentence that places nothing on its own but points back at what the one
 * before told of ("The declaration was reported by the newspaper X", "X ran
 * his statement the next day"), compared with that sentence's events: only an
 * outlet credit the record contradicts or cannot confirm is taken from it (outlet-credit.ts),
 * and the day of the issuing itself ("That statement was released on Friday, November 18").
 */
function creditOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  // "The call came from X": who made a request told of before (request-back.ts).
  const request = requestPointsBack(sentence.text);
  if (sentence.end - sentence.start > MAX_SENTENCE || (!pointsBack(sentence.text) && !request))
    return null;
  // Only an outlet, a day or the body that issued it is taken from the comparison below: a sentence that names none
  // (no such mention, no figure or word of time a later reading might date) is spared it and the readings before it.
  if (!request && !namesCreditSlot(sentence.text, story)) return null;
  // The events of the sentence before, or of the one before it when the sentence between places nothing ("He wrote that …").
  let before: IndexedEvent[] = [];
  for (const s of recent) {
    const ids =
      s.end - s.start > MAX_SENTENCE
        ? []
        : (typedOf(s.text, story, pageDate, pageYear)?.events ?? []);
    if (!ids.length) continue;
    before = story.record().events.filter((e) => ids.includes(e.event.id));
    break;
  }
  const events = request
    ? requestsOf(before)
    : whatCameBefore(sentence.text, before, story.record());
  if (!events.length) return null;
  // Its own events, if any, must hold those ("He gave those remarks in an interview with X": the one told of before), and then only a conflict is taken.
  const own = typedOf(sentence.text, story, pageDate, pageYear)?.events ?? [];
  // (A request's maker may link the sentence to another event of theirs: "That call was made by the agents at the stop".)
  if (own.length && !request && !events.every((e) => own.includes(e.event.id))) return null;
  const typed = compareSentence(sentence.text, story.record(), pageDate, events, pageYear);
  if (own.length && !request && typed?.outcome !== 'discrepant') return null;
  if (request)
    return typed &&
      (typed.outcome === 'discrepant' || typed.outcome === 'imprecise') &&
      typed.comparisons.every((c) => c.slot === 'agency' || c.slot === 'person')
      ? {
          ...typedJudgement(typed, story),
          start: sentence.start,
          end: sentence.end,
          text: text.slice(sentence.start, sentence.end),
        }
      : null;
  // Its outlet, and, when the sentence is about the issuing itself ("That statement was released on Friday"), its day.
  // "It was issued by X": who issued it (an agency), compared with who spoke at those events.
  const slots = [
    ...(ISSUED.test(sentence.text) ? ['outlet', 'date', 'weekday'] : ['outlet']),
    ...(ISSUED_BY.test(sentence.text) ? ['agency'] : []),
  ];
  if (
    (typed?.outcome !== 'discrepant' && typed?.outcome !== 'unconfirmed') ||
    !typed.comparisons.every((c) => slots.includes(c.slot))
  )
    return null;
  const judged = typedJudgement(typed, story);
  return {
    ...judged,
    ...(judged.verdict === 'discrepant' ? { severity: 'false' as const } : {}),
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
  };
}

/** Words a reading may turn into a day ("1986", "Election Day", "last November", "Friday"). */
const TIME_WORDS =
  /\d|\b(?:day|days|week|weeks|month|months|year|years|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|today|tonight|morning|evening|night|afternoon)\b/i;

/** Whether a sentence names something creditOfWhatCameBefore takes: an outlet, an agency, a day or a time. */
function namesCreditSlot(text: string, story: StoryChecks): boolean {
  if (TIME_WORDS.test(text)) return true;
  return readSentence(text, story.record().gazetteer).some((c) =>
    c.mentions.some(
      (m) =>
        m.type === 'outlet' || m.type === 'agency' || m.type === 'date' || m.type === 'weekday',
    ),
  );
}

/**
 * "The words came from X himself", "X issued the city's statement himself": who gave the words of a statement, against
 * who the record says gave them (personal-issuer.ts). The statements are the sentence's own linked ones, else those
 * the sentence right before told of. Only a conflict.
 */
function issuerOfStatement(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (sentence.end - sentence.start > MAX_SENTENCE || !ISSUER_WORDS.test(sentence.text))
    return null;
  const record = story.record();
  const spoken = (ids: readonly string[]) =>
    record.events.filter(
      (e) => ids.includes(e.event.id) && e.participants.some((p) => p.role === 'spoke'),
    );
  let events = spoken(typedOf(sentence.text, story, pageDate, pageYear)?.events ?? []);
  // A recorded statement the sentence retells in its own words (paraphrased-statement.ts), before any sentence before it.
  if (!events.length)
    events = spoken(
      paraphrasedStatementEvents(sentence.text, story.quotes, record).map((e) => e.event.id),
    );
  // Only the sentence right before: one further back may tell of another statement than the one meant.
  const before = recent[0];
  if (!events.length && before && before.end - before.start <= MAX_SENTENCE)
    events = spoken(typedOf(before.text, story, pageDate, pageYear)?.events ?? []);
  const typed = personalIssuer(sentence.text, record, events);
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/** Cheap test before any reading: the words of personal-issuer.ts's shapes. */
const ISSUER_WORDS =
  /\b(?:came|come|comes|coming)\s+(?:straight\s+|directly\s+|first\s+|not\s+)?from\b|\b(?:speaking|spoke|speaks|spoken)\s+through\b|\b(?:issued|released|put\s+out|sent\s+out|written|signed|given|delivered|made|read\s+(?:out|aloud))\s+by\b|\b(?:himself|herself|personally|in\s+person)\b|\bown\s+(?:name|mouth|signature|hand)\b/i;

/**
 * "That decision was issued on Friday, November 14", "The statement came out Thursday": the day of putting out what
 * the sentence before (or the one before it) told of, against that event's day (issued-day.ts); only a conflict.
 */
/** A relative clause crediting an outlet with carrying what the sentence tells of ("which the X covered", "that X ran"). */
const COVERED_BY =
  /,\s*(?:which|that)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,5}(?:covered|reported|ran|printed|carried|published)\b/u;

function dayOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const subject =
    sentence.end - sentence.start > MAX_SENTENCE ? null : issuedSubject(sentence.text);
  if (!subject) return null;
  let events: IndexedEvent[] = [];
  let told = '';
  for (const s of recent) {
    const ids =
      s.end - s.start > MAX_SENTENCE
        ? []
        : (typedOf(s.text, story, pageDate, pageYear)?.events ?? []);
    if (!ids.length) continue;
    events = issuedEvents(
      subject,
      story.record().events.filter((e) => ids.includes(e.event.id)),
    );
    told = s.text;
    break;
  }
  // Its own events, if any, must hold those; an outlet's report of them may stand beside ("…, which the X covered").
  const reportOnly = (id: string) =>
    story
      .record()
      .events.find((e) => e.event.id === id)
      ?.participants.every((p) => p.role === 'reported' || p.role === 'first-reported') ?? false;
  const own = (typedOf(sentence.text, story, pageDate, pageYear)?.events ?? []).filter(
    (id) => !reportOnly(id) || !COVERED_BY.test(sentence.text),
  );
  if (!events.length || (own.length && !events.every((e) => own.includes(e.event.id)))) return null;
  const typed = issuedDayComparison(sentence.text, events, story.record(), told);
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/**
 * "The meeting lasted about three hours", "He said the rules, developed over the last five years, …": a duration of
 * what the sentence before told of (duration-before.ts); its own events, if any, must hold those. Only a duration conflict.
 */
function durationOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (sentence.end - sentence.start > MAX_SENTENCE || !mayTimeWhatCameBefore(sentence.text, true))
    return null;
  // The sentence before, or the one before it when the sentence between links nothing ("A little before noon he came to …").
  const ids =
    recent
      .map((s) =>
        s.end - s.start > MAX_SENTENCE
          ? []
          : (typedOf(s.text, story, pageDate, pageYear)?.events ?? []),
      )
      .find((x) => x.length) ?? [];
  const own = typedOf(sentence.text, story, pageDate, pageYear)?.events ?? [];
  // Its own events, if any, must hold those; with none, it must point back ("The meeting …", "He said …").
  if (
    !ids.length ||
    (own.length ? !ids.every((id) => own.includes(id)) : !mayTimeWhatCameBefore(sentence.text))
  )
    return null;
  const events = lastingEvents(
    sentence.text,
    story.record().events.filter((e) => ids.includes(e.event.id)),
    story.record(),
  );
  if (!events.length) return null;
  const typed = durationConflict(
    compareSentence(sentence.text, story.record(), pageDate, events, pageYear),
  );
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/**
 * "That neighborhood is on the east side of the city": the place of what the sentence before (or the one before it)
 * told of (place-before.ts), when the sentence links no event of its own; only a place conflict.
 */
function placeOfWhatCameBeforeFinding(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (sentence.end - sentence.start > MAX_SENTENCE || !opensOnPlaceReference(sentence.text))
    return null;
  if (typedOf(sentence.text, story, pageDate, pageYear)?.events.length) return null;
  const ids =
    recent
      .map((s) =>
        s.end - s.start > MAX_SENTENCE
          ? []
          : (typedOf(s.text, story, pageDate, pageYear)?.events ?? []),
      )
      .find((x) => x.length) ?? [];
  if (!ids.length) return null;
  const typed = placeOfWhatCameBefore(
    sentence.text,
    story.record().events.filter((e) => ids.includes(e.event.id)),
    story.record(),
    pageDate,
    pageYear,
  );
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/**
 * "These pledges came in response to the executive orders": the order of what the nearest of the four sentences before
 * that links events told of, and the event named after the point word (order-before.ts); only a conflict.
 */
function orderOfWhatCameBeforeFinding(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (sentence.end - sentence.start > MAX_SENTENCE || !mayOrderWhatCameBefore(sentence.text))
    return null;
  const ids =
    recent
      .map((s) =>
        s.end - s.start > MAX_SENTENCE
          ? []
          : (typedOf(s.text, story, pageDate, pageYear)?.events ?? []),
      )
      .find((x) => x.length) ?? [];
  if (!ids.length) return null;
  const events = story.record().events;
  const own = typedOf(sentence.text, story, pageDate, pageYear)?.events ?? [];
  const typed = orderOfWhatCameBefore(
    sentence.text,
    events.filter((e) => ids.includes(e.event.id)),
    events.filter((e) => own.includes(e.event.id)),
    story.record(),
  );
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/**
 * "The report was written in response to those orders": the order of the sentence's own events and the event of the
 * sentence right before that its demonstrative point phrase names (order-pointed-back.ts); only a conflict.
 */
function orderPointedBackFinding(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const [previous, ...further] = recent;
  const ids = eventsOfPrevious(onPage, sentence, previous, mayPointBack);
  if (!ids?.length) return null;
  const own = typedOf(sentence.text, story, pageDate, pageYear)?.events ?? [];
  // With none of its own: the events of the nearest sentence before the anchor's that has any.
  const earlier = own.length
    ? []
    : (further
        .map((s) =>
          s.end - s.start > MAX_SENTENCE
            ? []
            : (typedOf(s.text, story, pageDate, pageYear)?.events ?? []),
        )
        .find((x) => x.length) ?? []);
  const events = story.record().events;
  const typed = orderPointedBack(
    sentence.text,
    events.filter((e) => own.includes(e.event.id)),
    events.filter((e) => ids.includes(e.event.id)),
    story.record(),
    events.filter((e) => earlier.includes(e.event.id)),
  );
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/**
 * A pronoun-led sentence of going or meeting ("He then spent three hours behind closed doors …") that links to
 * nothing of its own, compared with the visits and meetings of the sentence before, in its paragraph or at the end of
 * the last (a paragraph may open on "He"; visit-meeting.ts):
 * only a value the record contradicts is taken from it.
 */
/**
 * "The next morning, …", "Two days later, …": a consistent sentence whose day is counted from what the sentence
 * before told of is green only when that count agrees (offset-from-before.ts); otherwise that day is a value nobody
 * checked, and the sentence is unverified.
 */
function openingUnchecked(
  onPage: OnPage,
  finding: Finding,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding {
  const { story, pageDate, pageYear } = onPage;
  if (finding.verdict !== 'consistent') return finding;
  const opening = openingOffset(sentence.text, story.record());
  if (!opening) return finding;
  const ids = previous ? (typedOf(previous.text, story, pageDate, pageYear)?.events ?? []) : [];
  const own = typedOf(sentence.text, story, pageDate, pageYear)?.events ?? [];
  const events = story.record().events;
  if (
    ids.length &&
    own.length &&
    offsetAgreesWithBefore(
      sentence.text,
      events.filter((e) => ids.includes(e.event.id)),
      events.filter((e) => own.includes(e.event.id)),
      story.record(),
    )
  )
    return finding;
  return {
    ...finding,
    verdict: 'unverified',
    kind: 'unverified-claim',
    explanation: `The record does not confirm \u201C${opening}\u201D: Sourcelight could not count it from what the sentence before told of.`,
    comparison: [{ slot: 'date', page: opening, record: 'not in the record' }],
  };
}

/** A sentence opening on a span of time before "later" or "after", or said to pass before, or on the next or same day: "Two weeks later, …", "A day after that, …", "Two hours passed before …", "The next morning, …". */
const OPENS_ON_SPAN =
  /^\W*(?:(?:and|but|then|so)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:hours?|days?|weeks?|months?|years?)\s+(?:later|after|afterwards?|(?:had\s+)?(?:passed|elapsed|went\s+by|gone\s+by)\s+before)\b|(?:the|that)\s+(?:very\s+)?(?:next|following|same)\s+(?:day|morning|afternoon|evening|night|week)\b)/i;

/** A span later anywhere in the sentence ("… waited until the following morning to respond"; offset-from-before.ts). */
const SPAN_LATER =
  /\b(?:(?:hours?|days?|weeks?)\s+(?:later|after|before)|(?:the|that)\s+(?:next|following)\s+(?:day|morning|afternoon|evening|night|week))\b/i;

/**
 * "Two weeks later, in Tucson, the chief followed with a statement": an offset opening the sentence, counted from what
 * the sentence before told of (offset-from-before.ts); only a conflict.
 */
function offsetOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
  judged?: Judgement | null,
  previousFinding?: Finding,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  // Cheap first: only a sentence with a span of time ("Two weeks later, …", "… the following morning").
  if (
    !previous ||
    !(OPENS_ON_SPAN.test(sentence.text) || SPAN_LATER.test(sentence.text)) ||
    sentence.end - sentence.start > MAX_SENTENCE ||
    previous.end - previous.start > MAX_SENTENCE
  )
    return null;
  // A sentence linked to no event by its values may still be a recorded quote: the occasion its speaker spoke on.
  const linked = (s: string, f: Judgement | null | undefined) => {
    const ids = typedOf(s, story, pageDate, pageYear)?.events ?? [];
    return ids.length ? ids : quotedEventIds(f, story);
  };
  const ids = linked(previous.text, previousFinding);
  const own = linked(sentence.text, judged);
  if (!ids.length || !own.length) return null;
  const events = story.record().events;
  const typed = offsetFromBefore(
    sentence.text,
    events.filter((e) => ids.includes(e.event.id)),
    events.filter((e) => own.includes(e.event.id)),
    story.record(),
  );
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

function visitOfWhatCameBefore(
  onPage: OnPage,
  sentences: readonly Sentence[],
  i: number,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const sentence = sentences[i]!;
  const previous = sentences[i - 1];
  const before = eventsOfPrevious(onPage, sentence, previous, (t) => Boolean(opensOnVisit(t)));
  if (!before) return null;
  let ids = before;
  // Linking nothing, the sentence before may only go on about the same "he" or "she": the visit may be further back
  // (visit-chain.ts; a page of one-sentence paragraphs breaks no chain).
  for (let k = 2; !ids.length && k <= VISIT_BACK; k++) {
    const between = sentences[i - k + 1]!;
    const earlier = sentences[i - k];
    if (!earlier || earlier.end - earlier.start > MAX_SENTENCE) break;
    if (!goesOnAboutSamePerson(sentence.text, between.text, story.record().gazetteer)) break;
    ids = typedOf(earlier.text, story, pageDate, pageYear)?.events ?? [];
  }
  const events = ids.length
    ? carriedVisits(
        sentence.text,
        story.record().events.filter((e) => ids.includes(e.event.id)),
      )
    : [];
  // Its own events, if any, must hold those: a meeting word may link every meeting of the story, of which the sentence before picks one.
  const own = typedOf(sentence.text, story, pageDate, pageYear)?.events ?? [];
  if (
    !events.length ||
    (own.length &&
      !events.every((e) => own.includes(e.event.id)) &&
      !opensOnTripStop(sentence.text))
  )
    return null;
  const typed = compareSentence(sentence.text, story.record(), pageDate, events, pageYear);
  if (typed?.outcome !== 'discrepant') return null;
  // Its own day is another of its own meetings or visits ("He did come, on <the visit's day>, … in a closed meeting"):
  // the sentence fills that event's slots, not the one before's.
  const others = story
    .record()
    .events.filter(
      (e) =>
        own.includes(e.event.id) && !events.includes(e) && carriedVisits(sentence.text, [e]).length,
    );
  if (
    others.length &&
    typed.comparisons.some((c) => c.slot === 'date' || c.slot === 'weekday') &&
    compareSentence(sentence.text, story.record(), pageDate, others, pageYear)?.outcome !==
      'discrepant'
  )
    return null;
  return falseFinding(typed, story, sentence, text);
}

/**
 * "It was published just last month" (published-back.ts): when the report the sentence before told of came out,
 * against that report's date, for a time counted from the page's date (compare-recency.ts); only a `when` conflict.
 */
function publishedOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const ids = eventsOfPrevious(onPage, sentence, previous, opensOnPublished);
  if (!ids) return null;
  // The reports among them: an outlet reported it and no one spoke at it.
  const reports = story
    .record()
    .events.filter(
      (e) =>
        ids.includes(e.event.id) &&
        e.participants.some((p) => p.role === 'reported') &&
        !e.participants.some((p) => p.role === 'spoke'),
    );
  if (!reports.length) return null;
  const typed = compareSentence(sentence.text, story.record(), pageDate, reports, pageYear);
  if (
    typed?.outcome !== 'discrepant' ||
    !typed.comparisons.length ||
    !typed.comparisons.every((c) => c.slot === 'when')
  )
    return null;
  return falseFinding(typed, story, sentence, text);
}

/**
 * "Source publication" on one line, "Logged as 9 November 2016" on the next (original-field.ts): the value as the
 * original report's publication date, against the dates the record gives the originals; only a date conflict.
 */
function originalField(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (
    !previous ||
    sentence.end - sentence.start > MAX_SENTENCE ||
    !/^\s*\n\s*$/.test(text.slice(previous.end, sentence.start))
  )
    return null;
  const rewritten = originalFieldSentence(previous.text, sentence.text);
  const typed = rewritten
    ? compareSentence(rewritten, story.record(), pageDate, undefined, pageYear)
    : null;
  if (
    typed?.outcome !== 'discrepant' ||
    !typed.comparisons.length ||
    !typed.comparisons.every((c) => c.slot === 'date')
  )
    return null;
  return falseFinding(typed, story, sentence, text);
}

/** The sentence with the name of the person who opened its chain of "he" sentences put for its pronoun (pronoun-chain.ts). */
function carriedNamed(
  sentences: readonly Sentence[],
  i: number,
  story: StoryChecks,
): string | null {
  const sentence = sentences[i] as Sentence;
  if (sentence.end - sentence.start > MAX_SENTENCE) return null;
  const before: Sentence[] = [];
  for (let k = i - 1; k >= 0 && before.length < 3; k--) {
    const s = sentences[k] as Sentence;
    // A paragraph may open on the pronoun: the chain goes on past its break (pronoun-chain.ts checks each sentence).
    if (s.end - s.start > MAX_SENTENCE) break;
    before.unshift(s);
  }
  return before.length
    ? withCarriedSubject(sentence.text, before, story.record().gazetteer, true)
    : null;
}

/**
 * "He also ruled out working with X on Y" after a sentence naming the commitment's holder, when nothing else was
 * found: the commitment as the named sentence states it, which the record cannot confirm (another or a narrower body
 * than its words name; judge's unconfirmed stance). Unverified only.
 */
function stanceOfWhatCameBefore(
  onPage: OnPage,
  sentences: readonly Sentence[],
  i: number,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const sentence = sentences[i] as Sentence;
  const named = carriedNamed(sentences, i, story);
  const typed = named ? typedOf(named, story, pageDate, pageYear) : null;
  if (
    typed?.outcome !== 'unconfirmed' ||
    !typed.comparisons.length ||
    !typed.comparisons.every((c) => c.slot === 'stance')
  )
    return null;
  return {
    ...typedJudgement(typed, story),
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
  };
}

/**
 * "Before leaving town, he also stopped in at X" after sentences about one person's visit: the sentence with the name
 * of the person who opened the chain of "he" sentences put for its pronoun (pronoun-chain.ts), up to three sentences
 * back; only a value the record contradicts is taken from it.
 */
function subjectOfWhatCameBefore(
  onPage: OnPage,
  sentences: readonly Sentence[],
  i: number,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const sentence = sentences[i] as Sentence;
  const named = carriedNamed(sentences, i, story);
  const typed = named ? typedOf(named, story, pageDate, pageYear) : null;
  if (typed?.outcome !== 'discrepant') return null;
  // "He told the X Times in an interview …": of a sentence of speech, only whom it was said to (what was said is no act).
  if (isSpeech(sentence.text) && !typed.comparisons.every((c) => c.slot === 'outlet')) return null;
  return falseFinding(typed, story, sentence, text);
}

/**
 * "Told the X Times in an interview Monday …", "Captain with the X Police." in an entry headed "DOE, Jane" (or led by
 * "Jane Doe — "): the sentence with the entry's one person put in as its subject (entry-subject.ts), judged as the
 * sentence naming that person would be; only a conflict is taken.
 */
function subjectOfEntry(
  text: string,
  sentences: readonly Sentence[],
  i: number,
  story: StoryChecks,
  judgeNamed: (named: string) => Judgement | null,
): Finding | null {
  const sentence = sentences[i] as Sentence;
  if (sentence.end - sentence.start > MAX_SENTENCE) return null;
  const named = withEntrySubject(text, sentences, i, story.record().gazetteer);
  const judged = named ? judgeNamed(named) : null;
  if (judged?.verdict !== 'discrepant') return null;
  return {
    ...judged,
    severity: judged.severity ?? ('false' as const),
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
  };
}

/**
 * "They are from X" after a sentence about people an outcome befell (origin-carried.ts): the origin said of the
 * subject that goes on with those people, against the origin the record gives them in the events the sentence before
 * (in the same paragraph) links; only a conflict is taken.
 */
function originOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null {
  const { text, story } = onPage;
  const ids = eventsOfPrevious(onPage, sentence, previous, opensOnOrigin);
  if (!ids?.length || !previous) return null;
  const record = story.record();
  const conflict = carriedOriginConflict(
    sentence.text,
    previous.text,
    record.events.filter((e) => ids.includes(e.event.id)),
    record.gazetteer,
  );
  return conflict
    ? {
        ...typedJudgement({ outcome: 'discrepant', ...conflict }, story),
        severity: 'false' as const,
        start: sentence.start,
        end: sentence.end,
        text: text.slice(sentence.start, sentence.end),
      }
    : null;
}

/**
 * "Evans was the one who signed it", "It was Evans who signed it" (cleft-doer.ts): judged as the plain clause ("Evans
 * signed it"); only a conflict is taken.
 */
function cleftOfDoer(onPage: OnPage, sentence: Sentence): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (sentence.end - sentence.start > MAX_SENTENCE) return null;
  const plain = uncleft(sentence.text);
  const typed = plain ? typedOf(plain, story, pageDate, pageYear) : null;
  if (typed?.outcome !== 'discrepant') return null;
  return falseFinding(typed, story, sentence, text);
}

/**
 * "It named the mayor and the chief." (naming-back.ts): whom the case the sentence before told of named, compared with
 * that case's defendants; only a conflict of the people named is taken.
 */
function namingOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const ids = eventsOfPrevious(onPage, sentence, previous, opensOnNaming);
  if (!ids) return null;
  const cases = story
    .record()
    .events.filter((e) => ids.includes(e.event.id) && e.legal?.defendants);
  if (!cases.length) return null;
  const typed = compareSentence(sentence.text, story.record(), pageDate, cases, pageYear);
  // Only the case's defendants compared (compare-legal.ts): another reading of a name is not this sentence's to carry.
  const named = new Set(cases.map((e) => e.legal?.defendantsStatement));
  if (
    typed?.outcome !== 'discrepant' ||
    !typed.comparisons.every((c) => c.slot === 'person' && named.has(c.record))
  )
    return null;
  return falseFinding(typed, story, sentence, text);
}

/**
 * "Its spokesman, Jane Roe, delivered the message." (possessive-post.ts): the post of the body the sentence before
 * told of, compared with that sentence's events when the sentence links none of its own; only a conflict is taken.
 */
function postOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const ids = eventsOfPrevious(onPage, sentence, previous, opensOnPossessivePost);
  if (!ids) return null;
  if (!ids.length || typedOf(sentence.text, story, pageDate, pageYear)?.events.length) return null;
  const typed = compareSentence(
    sentence.text,
    story.record(),
    pageDate,
    story.record().events.filter((e) => ids.includes(e.event.id)),
    pageYear,
    text,
  );
  if (typed?.outcome !== 'discrepant' || !typed.comparisons.every((c) => c.slot === 'person'))
    return null;
  return falseFinding(typed, story, sentence, text);
}

/**
 * "The filing went out under Commissioner X" after a sentence about the suit (office-back.ts): a world office's title
 * judged at the days of the events of the sentence before in its paragraph, when the sentence links none of its own
 * (office-at-event.ts); only the wrong holder is taken.
 */
function officeOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const world = story.record().world;
  if (
    !previous ||
    !world ||
    sentence.end - sentence.start > MAX_SENTENCE ||
    previous.end - previous.start > MAX_SENTENCE ||
    !pointsBackAtOffice(sentence.text, world)
  )
    return null;
  const ids = typedOf(previous.text, story, pageDate, pageYear)?.events ?? [];
  if (!ids.length || typedOf(sentence.text, story, pageDate, pageYear)?.events.length) return null;
  const typed = compareSentence(
    sentence.text,
    story.record(),
    pageDate,
    story.record().events.filter((e) => ids.includes(e.event.id)),
    pageYear,
    text,
  );
  // The wrong holder; or a stranger under the bare title, whom the world file does not have in the office (unconfirmed).
  if (
    (typed?.outcome !== 'discrepant' && typed?.outcome !== 'unconfirmed') ||
    !typed.comparisons.length ||
    !typed.comparisons.every((c) => isOfficeHolder(c, world))
  )
    return null;
  const judged = typedJudgement(typed, story);
  return {
    ...judged,
    ...(judged.verdict === 'discrepant' ? { severity: 'false' as const } : {}),
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
  };
}

/**
 * "It passed narrowly, five votes to four" after a sentence about a measure (vote-back.ts): the vote compared with the
 * voted events of the sentence before (or the one before it), when the sentence links none of its own; only a conflict
 * of the vote is taken.
 */
function voteOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (
    sentence.end - sentence.start > MAX_SENTENCE ||
    !voteOfWhatCameBeforeIn(sentence.text) ||
    typedOf(sentence.text, story, pageDate, pageYear)?.events.length
  )
    return null;
  for (const s of recent) {
    const ids =
      s.end - s.start > MAX_SENTENCE
        ? []
        : (typedOf(s.text, story, pageDate, pageYear)?.events ?? []);
    if (!ids.length) continue;
    const voted = story.record().events.filter((e) => e.vote && ids.includes(e.event.id));
    if (!voted.length) return null;
    const typed = compareSentence(sentence.text, story.record(), pageDate, voted, pageYear);
    if (typed?.outcome !== 'discrepant' || !typed.comparisons.every((c) => c.slot === 'vote'))
      return null;
    return falseFinding(typed, story, sentence, text);
  }
  return null;
}

/**
 * An answer to the page's own question right before it ("Who put out the statement?" — "The X Department."), read as
 * the statement it makes (question-answer.ts): only a conflict is taken.
 */
function answerToQuestion(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (!previous || sentence.end - sentence.start > MAX_SENTENCE || !asksQuestion(previous.text))
    return null;
  const statement = answeredStatement(previous.text, sentence.text, story.record().gazetteer);
  const typed = statement
    ? compareSentence(statement, story.record(), pageDate, undefined, pageYear, text)
    : null;
  if (typed?.outcome !== 'discrepant') return null;
  return falseFinding(typed, story, sentence, text);
}

/** "Coming from a former LAPD chief, …" after the paragraph's speaker's words: that speaker (or the one person of the story the paragraph names before it), "former" checked (compare/former-referent.ts). */
function formerOfWhoSpoke(
  onPage: OnPage,
  sentence: Sentence,
  carried: Speaker | null,
): Finding | null {
  const { text, story, pageDate } = onPage;
  if (sentence.end - sentence.start > MAX_SENTENCE || !/\bformer\b|\bex-/i.test(sentence.text))
    return null;
  // The paragraph's speaker, else the one person (of the story or the world file) the paragraph names before the sentence.
  const record = story.record();
  const before = text.slice(
    Math.max(text.lastIndexOf('\n', sentence.start - 1) + 1, sentence.start - MAX_SENTENCE),
    sentence.start,
  );
  const named = [
    ...new Set(
      record.gazetteer
        .find(before)
        .flatMap((hit) => hit.entries.filter((g) => g.kind === 'person').map((g) => g.id)),
    ),
  ];
  const who = carried?.entity.world
    ? `w:${carried.entity.world}`
    : named.length === 1
      ? named[0]
      : undefined;
  if (!who) return null;
  const typed = formerOfSpeaker(sentence.text, who, record, pageDate);
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/** "He said the rules of “the past two decades” …" opening a paragraph: the quoted words against the speaker the paragraph before named last (match-quote.ts). */
function durationOfQuoteAcross(
  text: string,
  sentence: Sentence,
  previous: Sentence | undefined,
  story: StoryChecks,
): Finding | null {
  if (!previous || sentence.end - sentence.start > MAX_SENTENCE) return null;
  const found = durationAcrossParagraph(sentence.text, previous.text, story);
  if (!found || found.verdict !== 'discrepant') return null;
  const q = story.quotes.find((x) => `quote:${x.quote.id}` === found.claimId);
  return {
    ...found,
    severity: 'false' as const,
    sources: q ? sourcesOf(story, q.quote.sources) : [],
    start: sentence.start,
    end: sentence.end,
    text: text.slice(sentence.start, sentence.end),
  };
}

/** "He", "she" or "they" opening a sentence (after at most a short opening phrase): a link of a chain of one subject. */
const OPENS_ON_PRONOUN =
  /^\W*(?:[^,.;:"\u201C\u201D()]{1,40},\s*|(?:then|later|next|afterwards?|also|there|inside|meanwhile)\s+)?(he|she|they)\b(?!['\u2019])/i;

/** How many sentences back, in the paragraph, the event a pronoun goes on with may be told. */
const CARRY_BACK = 4;

/**
 * "He got in around nine", "She stayed for four hours", "From there he drove on to X" (carried-event.ts): a sentence
 * that links no event of its own and goes on through its subject with the one event the nearest sentence before (in
 * its paragraph) linked; for "he", "she" or "they", the chain of sentences opening on that pronoun goes back to one
 * that names the event's actor and no other person. Only a time, stay or next stop the record contradicts is taken.
 */
function carriedOfWhatCameBefore(
  onPage: OnPage,
  sentences: readonly Sentence[],
  i: number,
): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  const sentence = sentences[i] as Sentence;
  const subject =
    i > 0 && sentence.end - sentence.start <= MAX_SENTENCE ? carriedSubject(sentence.text) : null;
  if (!subject || typedOf(withoutTripStop(sentence.text), story, pageDate, pageYear)?.events.length)
    return null;
  const record = story.record();
  const pronoun = subject.kind === 'person' ? subject.pronoun : undefined;
  const opensOn = (t: string) =>
    (OPENS_ON_PRONOUN.exec(t)?.[1] ?? pronounOpening(t))?.toLowerCase();
  // The events of the nearest sentence that links any, narrowed by those of the sentences further up the chain.
  let linked: string[] | undefined;
  let event: IndexedEvent | undefined;
  for (let k = i - 1; k >= 0 && k >= i - CARRY_BACK; k--) {
    const s = sentences[k] as Sentence;
    if (
      s.end - s.start > MAX_SENTENCE ||
      text.slice(s.end, (sentences[k + 1] as Sentence).start).includes('\n')
    )
      return null;
    const ids = typedOf(s.text, story, pageDate, pageYear)?.events ?? [];
    if (ids.length && linked?.length !== 1) {
      linked = linked ? linked.filter((id) => ids.includes(id)) : ids;
      if (!linked.length) return null;
    }
    // "It", "The session": only the sentence right before.
    if (subject.kind === 'event') break;
    if (opensOn(s.text) === pronoun) continue;
    // The sentence that opened the chain: the people it names must be the actors of the one event left.
    event = linked?.length === 1 ? record.events.find((e) => e.event.id === linked![0]) : undefined;
    if (!event) return null;
    const named = readSentence(s.text, record.gazetteer)
      .flatMap((c) => c.mentions)
      .filter((m) => m.type === 'person' && !m.negated);
    const canons = new Set(
      named.flatMap((m) =>
        m.type === 'person'
          ? record.gazetteer
              .lookup(m.value.name)
              .filter((g) => g.kind === 'person')
              .map((g) => g.id)
          : [],
      ),
    );
    const actors = actorsOf(event).filter((c) => isPerson(record, c));
    const fits =
      named.length > 0 &&
      canons.size ===
        new Set(named.map((m) => (m.type === 'person' ? (m.value.id ?? m.value.name) : ''))).size &&
      [...canons].every((c) => actors.includes(c));
    if (!fits || (subject.plural ? canons.size < 2 : canons.size !== 1)) return null;
    break;
  }
  if (subject.kind === 'event')
    event = linked?.length === 1 ? record.events.find((e) => e.event.id === linked![0]) : undefined;
  if (!event || (subject.kind === 'person' && !pronoun)) return null;
  const typed = carriedConflict(sentence.text, subject, event, record, pageDate, pageYear);
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/** Days after a story's last event in which a page about it is still news of its own days. */
const STORY_NEWS_DAYS = 14;

/** Whether the page's date (YYYY-MM-DD) falls in the story's own time, give or take the days its news runs on. */
function storyHasPageDate(
  time: { start: string; end: string },
  pageDate: string | undefined,
): boolean {
  if (!pageDate || !/^\d{4}-\d{2}-\d{2}$/.test(pageDate)) return false;
  const [at] = dayRange(pageDate);
  return at >= dayRange(time.start)[0] && at <= dayRange(time.end)[1] + STORY_NEWS_DAYS;
}

/**
 * Recognises the story a text retells and compares each of its sentences with
 * the story's facts, quotes and unverified claims. A text that retells no
 * known story gets no findings.
 */
export function analyzeText(text: string, index: PackIndex, context: PageContext = {}): Analysis {
  return withFoldMemo(() => analyzePage(text, index, context));
}

function analyzePage(text: string, index: PackIndex, context: PageContext): Analysis {
  // An index or a list of headlines names stories without telling one.
  if (isLinkList(context.linkShare)) return { story: null, findings: [], signals: [] };
  const foldedPage = foldText(text);
  const recognized = recognizeStory(foldedPage, index);
  if (!recognized) return { story: null, findings: [], signals: [] };
  const details = recognized.story.checks();
  const start = recognized.match.timeContext.start;
  const sentences = splitSentences(text);
  // Sentences ask about the whole page; each question is answered once, not once per sentence.
  const page = pageTerms(foldedPage);
  const pageDate = context.published ?? context.today;
  const inStory = storyHasPageDate(recognized.match.timeContext, pageDate ?? undefined);
  // The year the page states it was published: a yearless date on it may be of that year.
  const stated = context.published ? /^(\d{4})-\d{2}-\d{2}/.exec(context.published) : null;
  const pageYear = stated ? Number(stated[1]) : undefined;
  const findings: Finding[] = [];
  // The paragraph's last speaker, followed sentence by sentence: "Beck said … . … . “…,” he added."
  let carried: Speaker | null = null;
  // The day of the part a sentence is in, on a page of dated parts (an email chain; section-date.ts).
  let partDate: string | undefined;
  const onPage: OnPage = { text, story: details, pageDate: pageDate ?? undefined, pageYear };
  sentences.forEach((sentence, i) => {
    const header = datelineOf(sentence.text, pageDate ?? undefined);
    if (header && partOfPage(header, pageDate ?? undefined)) partDate = header;
    const previous = sentences[i - 1];
    const sameParagraph =
      previous !== undefined && !text.slice(previous.end, sentence.start).includes('\n');
    if (!sameParagraph) carried = null;
    // At a paragraph's start, the speaker the last paragraph's last sentence names (for "They called it “…”" after a one-sentence paragraph).
    const lastParagraph =
      !sameParagraph && previous ? paragraphSpeaker(previous.text, details, null) : null;
    // An answer in a paragraph of its own goes with the question right before it (qa-answer.ts).
    const asked =
      !sameParagraph &&
      previous !== undefined &&
      (answerWithQuestion(sentence.text, previous.text) !== null ||
        opensOnTextReading(sentence.text));
    const spokenOn = partDate && DEICTIC.test(sentence.text) ? partDate : (pageDate ?? undefined);
    // A pull quote's byline on the next line ("— Chief Jane Doe") credits this sentence's quoted words (dash-credit.ts).
    const next = sentences[i + 1];
    const byline =
      next && endsOnQuote(sentence.text) && text.slice(sentence.end, next.start).includes('\n')
        ? attributionLine(next.text, isTitleWord)
        : undefined;
    const at: Judging = {
      text,
      foldedPage,
      page,
      story: details,
      startOfStory: start,
      pageInStory: inStory,
      pageYear,
      previous: sameParagraph || asked ? previous.text : '',
      carried,
      pageDate: spokenOn,
      lastParagraph,
      ...(byline ? { byline } : {}),
    };
    const judged = judgeSentence(sentence, at);
    // "The statement was printed by X": X credited with what the sentence before (or the one before it, when that places nothing) told of;
    // "X ran his remarks" after "He also warned …": the pronouns carry the same speaker over one more sentence.
    const chain =
      HIS_WORDS.test(sentence.text) &&
      previous !== undefined &&
      /^\s*(?:he|she|they)\b/i.test(previous.text);
    const recent = [sentences[i - 1], sentences[i - 2]].filter(
      (x): x is Sentence => x !== undefined,
    );
    const third = chain ? sentences[i - 3] : undefined;
    // "… issued a statement. “…,” the statement said. It added “…”. The statement ran in X": within one paragraph, a third
    // sentence back, when the two between quote words (the statement's own, placing nothing of their own).
    const quoting = recent.length === 2 && recent.every((s) => QUOTE_MARK.test(s.text));
    const thirdInParagraph =
      !third &&
      quoting &&
      sentences[i - 3] &&
      !text.slice(sentences[i - 3]!.end, sentence.start).includes('\n')
        ? sentences[i - 3]
        : undefined;
    const creditRecent = third
      ? [...recent, third]
      : [
          ...new Set([
            ...recent,
            ...speakerChain(sentences, i - 1),
            ...(thirdInParagraph ? [thirdInParagraph] : []),
          ]),
        ];
    const judgeNamed = (named: string) => judge(named, foldText(named), at);
    const finding =
      judged?.verdict === 'discrepant'
        ? judged
        : (subjectOfEntry(text, sentences, i, details, judgeNamed) ??
          durationOfQuoteAcross(text, sentence, sameParagraph ? undefined : previous, details) ??
          dayOfWhatCameBefore(onPage, sentence, recent) ??
          issuerOfStatement(onPage, sentence, recent) ??
          creditOfWhatCameBefore(onPage, sentence, creditRecent) ??
          visitOfWhatCameBefore(onPage, sentences, i) ??
          offsetOfWhatCameBefore(
            onPage,
            sentence,
            previous,
            judged,
            findings.at(-1)?.start === previous?.start ? findings.at(-1) : undefined,
          ) ??
          durationOfWhatCameBefore(onPage, sentence, recent) ??
          placeOfWhatCameBeforeFinding(onPage, sentence, recent) ??
          voteOfWhatCameBefore(onPage, sentence, recent) ??
          orderOfWhatCameBeforeFinding(
            onPage,
            sentence,
            [1, 2, 3, 4].flatMap((k) => sentences[i - k] ?? []),
          ) ??
          orderPointedBackFinding(
            onPage,
            sentence,
            [1, 2, 3, 4].flatMap((k) => sentences[i - k] ?? []),
          ) ??
          postOfWhatCameBefore(onPage, sentence, previous) ??
          namingOfWhatCameBefore(onPage, sentence, previous) ??
          cleftOfDoer(onPage, sentence) ??
          originOfWhatCameBefore(onPage, sentence, sameParagraph ? previous : undefined) ??
          officeOfWhatCameBefore(onPage, sentence, sameParagraph ? previous : undefined) ??
          publishedOfWhatCameBefore(onPage, sentence, previous) ??
          originalField(onPage, sentence, previous) ??
          subjectOfWhatCameBefore(onPage, sentences, i) ??
          carriedOfWhatCameBefore(onPage, sentences, i) ??
          formerOfWhoSpoke(onPage, sentence, carried) ??
          answerToQuestion(onPage, sentence, previous) ??
          judged ??
          stanceOfWhatCameBefore(onPage, sentences, i));
    if (finding)
      findings.push(
        ownOutletCredit(
          openingUnchecked(onPage, finding, sentence, previous),
          context.outlets ?? [],
        ),
      );
    carried = paragraphSpeaker(sentence.text, details, carried);
  });
  return {
    story: recognized.match,
    findings,
    signals: pageSignals(text, recognized.story.story, context),
  };
}
