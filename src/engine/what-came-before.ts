/**
 * The readers of what came before: a sentence that places nothing on its own but goes back to what the sentence
 * before (or one a little further up) told of ("That statement was released on Friday", "The meeting lasted three
 * hours", "He got in around nine") is compared with that sentence's events. Each reader takes only the conflict its
 * own shape can carry; analyze.ts asks them in turn when a sentence's own judgement finds no discrepancy.
 */
import { compareSentence, type SentenceComparison } from './compare/compare-sentence.ts';
import type { IndexedEvent } from './compare/story-record.ts';
import {
  offsetAgreesWithBefore,
  offsetFromBefore,
  openingOffset,
} from './compare/offset-from-before.ts';
import { mayOrderWhatCameBefore, orderOfWhatCameBefore } from './compare/order-before.ts';
import { mayPointBack, orderPointedBack } from './compare/order-pointed-back.ts';
import { durationAcrossParagraph } from './match-quote.ts';
import type { Speaker } from './quote-speaker.ts';
import type { StoryChecks } from './pack-index.ts';
import type { Sentence } from './sentences.ts';
import { answeredStatement, asksQuestion } from './question-answer.ts';
import { opensOnTripStop } from './compare/stop-label.ts';
import type { Finding } from './types.ts';
import {
  paraphrasedQuotesOf,
  paraphrasedStatementEvents,
} from './compare/paraphrased-statement.ts';
import { ownedStatementEvents, personalIssuer } from './compare/personal-issuer.ts';
import { ISSUED_BY, pointsBack, whatCameBefore } from './compare/outlet-credit.ts';
import { carriedVisits, opensOnVisit } from './compare/visit-meeting.ts';
import { VISIT_BACK, goesOnAboutSamePerson } from './compare/visit-chain.ts';
import { opensOnPublished } from './published-back.ts';
import { isSpeech, withCarriedSubject } from './pronoun-chain.ts';
import { withEntrySubject } from './entry-subject.ts';
import { carriedOriginConflict, opensOnOrigin } from './compare/origin-carried.ts';
import { opensOnPossessivePost } from './compare/possessive-post.ts';
import { opensOnNaming } from './compare/naming-back.ts';
import { uncleft } from './cleft-doer.ts';
import { uninverted } from './inverted-participle.ts';
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
import {
  actorsOf,
  carriedConflict,
  carriedSubject,
  isPerson,
  pronounOpening,
  withoutTripStop,
} from './compare/carried-event.ts';
import { readSentence } from './read/index.ts';
import { findTerm } from './terms.ts';
import { foldText } from './normalize.ts';
import { recencyOfTheStory, recencyOfWhatCameBefore } from './recency-back.ts';
import { originalFieldSentence } from './original-field.ts';
import {
  MAX_SENTENCE,
  compareOnPage,
  conflictFinding,
  eventsWithIds,
  falseFinding,
  linkedIds,
  nearestLinkedIds,
  nearestLinking,
  onlySlots,
  overlong,
  sentenceFinding,
  sourcesOf,
  spanOf,
  type Judgement,
  type OnPage,
  typedAlone,
  typedJudgement,
} from './typed-finding.ts';
import { quoteEvent, quotedEventIds } from './quote-event.ts';
import { NAMES_VEHICLE_BEFORE, vehicleOfWhatCameBefore } from './compare/vehicle-colour.ts';
import { opensOnDoersThere, withSceneNamed } from './compare/doers-there.ts';
import { mayCountThere, withCountScene } from './compare/count-there.ts';
import {
  opensOfThem,
  opensOnBareCount,
  withBareCountNamed,
  withGroupNamed,
} from './compare/of-them.ts';
import { personIds } from './read/gazetteer.ts';
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
  if (!previous || overlong(sentence) || overlong(previous) || !opens(sentence.text)) return null;
  return linkedIds(onPage, previous.text);
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
  const { text, story } = onPage;
  // "The call came from X": who made a request told of before (request-back.ts).
  const request = requestPointsBack(sentence.text);
  if (overlong(sentence) || (!pointsBack(sentence.text) && !request)) return null;
  // Only an outlet, a day or the body that issued it is taken from the comparison below: a sentence that names none
  // (no such mention, no figure or word of time a later reading might date) is spared it and the readings before it.
  if (!request && !namesCreditSlot(sentence.text, story)) return null;
  // The events of the sentence before, or of the one before it when the sentence between places nothing ("He wrote that …").
  const before = eventsWithIds(story, nearestLinkedIds(onPage, recent));
  const events = request
    ? requestsOf(before)
    : whatCameBefore(sentence.text, before, story.record());
  if (!events.length) return null;
  // Its own events, if any, must hold those ("He gave those remarks in an interview with X": the one told of before), and then only a conflict is taken.
  const own = linkedIds(onPage, sentence.text);
  // (A request's maker may link the sentence to another event of theirs: "That call was made by the agents at the stop".)
  if (own.length && !request && !events.every((e) => own.includes(e.event.id))) return null;
  const typed = compareOnPage(onPage, sentence.text, events);
  if (own.length && !request && typed?.outcome !== 'discrepant') return null;
  if (request)
    return typed &&
      (typed.outcome === 'discrepant' || typed.outcome === 'imprecise') &&
      typed.comparisons.every((c) => c.slot === 'agency' || c.slot === 'person')
      ? {
          ...typedJudgement(typed, story),
          ...spanOf(sentence, text),
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
  return sentenceFinding(typed, story, sentence, text);
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
  const { text, story } = onPage;
  if (overlong(sentence) || !ISSUER_WORDS.test(sentence.text)) return null;
  const record = story.record();
  const spoken = (ids: readonly string[]) =>
    record.events.filter(
      (e) => ids.includes(e.event.id) && e.participants.some((p) => p.role === 'spoke'),
    );
  // A body's statement the sentence names as what someone gave ("X issued the Denver Police Department's statement").
  const owned = readSentence(sentence.text, record.gazetteer)
    .flatMap((c) => c.mentions)
    .flatMap((m) => (m.type === 'person' ? ownedStatementEvents(sentence.text, record, m) : []));
  let events = owned.length ? [...new Set(owned)] : spoken(linkedIds(onPage, sentence.text));
  // A recorded statement the sentence retells in its own words (paraphrased-statement.ts), before any sentence before it.
  if (!events.length)
    events = spoken(
      paraphrasedStatementEvents(sentence.text, story.quotes, record).map((e) => e.event.id),
    );
  // Only the sentence right before: one further back may tell of another statement than the one meant.
  const before = recent[0];
  if (!events.length && before && !overlong(before))
    events = spoken(linkedIds(onPage, before.text));
  const typed = personalIssuer(sentence.text, record, events);
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/** Cheap test before any reading: a speaker who told an outlet something ("told the X", "in an interview with X"). */
const TOLD_OUTLET =
  /\b(?:told|telling|interview\s+with|spoke\s+to|speaking\s+to)\s+(?:the\s+)?\p{Lu}/u;

/**
 * "Pellegrini told the Erie Daily Beacon he had figured they'd trim a shift": a sentence with no quotation that retells
 * one of the named speaker's recorded quotes in its own words (paraphrased-statement.ts) and names the outlet they
 * told: that outlet against the one the record has them giving those words to (quote-event.ts, compare-outlet.ts).
 * Only an outlet's conflict is taken.
 */
function outletOfParaphrasedQuote(onPage: OnPage, sentence: Sentence): Finding | null {
  const { text, story, pageDate, pageYear } = onPage;
  if (overlong(sentence) || !TOLD_OUTLET.test(sentence.text) || QUOTE_MARK.test(sentence.text))
    return null;
  const record = story.record();
  const mentions = readSentence(sentence.text, record.gazetteer).flatMap((c) => c.mentions);
  const told = mentions.find(
    (m) => m.type === 'outlet' && m.value.role === 'spoke-to' && !m.value.writer && !m.negated,
  );
  if (!told) return null;
  const speakers = mentions.flatMap((m) =>
    m.type === 'person' && m.end <= told.start && !m.negated
      ? personIds(record.gazetteer, m.value.name)
      : [],
  );
  const people = story.people.filter((p) =>
    speakers.includes(record.entityCanon.get(p.entity.id) ?? p.entity.id),
  );
  if (people.length !== 1) return null;
  const quotes = paraphrasedQuotesOf(sentence.text, story.quotes, people[0]!.entity.id);
  if (quotes.length !== 1) return null;
  const event = quoteEvent(quotes[0]!, story);
  const typed = compareSentence(sentence.text, record, pageDate, { events: [event], pageYear });
  const outlets =
    typed?.outcome === 'discrepant' ? typed.comparisons.filter((c) => c.slot === 'outlet') : [];
  if (!typed || !outlets.length) return null;
  return falseFinding({ ...typed, comparisons: outlets }, story, sentence, text);
}

/** Cheap test before any reading: the words of personal-issuer.ts's shapes. */
const ISSUER_WORDS =
  /\b(?:issued|released|put\s+out|sent\s+out|signed|wrote|drafted|authored|delivered|read\s+out)\s+(?:the\s+)?[^.;]{0,60}?\b(?:statement|remarks|announcement|release)\b|\b(?:came|come|comes|coming)\s+(?:straight\s+|directly\s+|first\s+|not\s+)?from\b|\b(?:speaking|spoke|speaks|spoken)\s+through\b|\b(?:issued|released|put\s+out|sent\s+out|written|signed|given|delivered|made|read\s+(?:out|aloud))\s+by\b|\b(?:himself|herself|personally|in\s+person)\b|\bown\s+(?:name|mouth|signature|hand)\b/i;

/** A relative clause crediting an outlet with carrying what the sentence tells of ("which the X covered", "that X ran"). */
const COVERED_BY =
  /,\s*(?:which|that)\s+(?:the\s+)?(?:\p{Lu}[\p{L}.'\u2019-]*\s+){1,5}(?:covered|reported|ran|printed|carried|published)\b/u;

/**
 * "That decision was issued on Friday, November 14", "The statement came out Thursday": the day of putting out what
 * the sentence before (or the one before it) told of, against that event's day (issued-day.ts); only a conflict.
 */
function dayOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story } = onPage;
  const subject = overlong(sentence) ? null : issuedSubject(sentence.text);
  if (!subject) return null;
  const nearest = nearestLinking(onPage, recent);
  const events = nearest ? issuedEvents(subject, eventsWithIds(story, nearest.ids)) : [];
  const told = nearest?.sentence.text ?? '';
  // Its own events, if any, must hold those; an outlet's report of them may stand beside ("…, which the X covered").
  const reportOnly = (id: string) =>
    story
      .record()
      .events.find((e) => e.event.id === id)
      ?.participants.every((p) => p.role === 'reported' || p.role === 'first-reported') ?? false;
  const own = linkedIds(onPage, sentence.text).filter(
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
  const { text, story } = onPage;
  if (overlong(sentence) || !mayTimeWhatCameBefore(sentence.text, true)) return null;
  // The sentence before, or the one before it when the sentence between links nothing ("A little before noon he came to …").
  const ids = nearestLinkedIds(onPage, recent);
  const own = linkedIds(onPage, sentence.text);
  // Its own events, if any, must hold those; with none, it must point back ("The meeting …", "He said …").
  if (
    !ids.length ||
    (own.length ? !ids.every((id) => own.includes(id)) : !mayTimeWhatCameBefore(sentence.text))
  )
    return null;
  const events = lastingEvents(sentence.text, eventsWithIds(story, ids), story.record());
  if (!events.length) return null;
  const typed = durationConflict(compareOnPage(onPage, sentence.text, events));
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
  if (overlong(sentence) || !opensOnPlaceReference(sentence.text)) return null;
  if (linkedIds(onPage, sentence.text).length) return null;
  const ids = nearestLinkedIds(onPage, recent);
  if (!ids.length) return null;
  const typed = placeOfWhatCameBefore(
    sentence.text,
    eventsWithIds(story, ids),
    story.record(),
    pageDate,
    pageYear,
  );
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/**
 * A sentence that names no event of its own, read again with the scene the sentence right before links named in it
 * (`rewrite`), when it opens as `opens` says; only a conflict is taken.
 */
function sceneOfWhatCameBefore(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
  opens: (text: string) => boolean,
  rewrite: (text: string, events: ReturnType<typeof eventsWithIds>) => string | null,
): Finding | null {
  if (!opens(sentence.text) || overlong(sentence)) return null;
  if (!previous || overlong(previous) || linkedIds(onPage, sentence.text).length) return null;
  const named = rewrite(
    sentence.text,
    eventsWithIds(onPage.story, linkedIds(onPage, previous.text)),
  );
  return conflictFinding(onPage, named ? typedAlone(onPage, named) : null, sentence);
}

/**
 * "The agents there were from X and Y" after "Agents stopped a van on Lyell Avenue": the bodies of the people at the
 * scene the sentence right before told of, held to that event's record (doers-there.ts).
 */
const doersOfWhatCameBeforeFinding = (
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null =>
  sceneOfWhatCameBefore(onPage, sentence, previous, opensOnDoersThere, withSceneNamed);

/**
 * "In all, fifteen city officers ended up on that block" after "Officers kept on arriving at the stop": a count placed
 * at the scene the sentence right before told of, held to that event's recorded quantities (count-there.ts).
 */
const countOfWhatCameBeforeFinding = (
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null =>
  sceneOfWhatCameBefore(onPage, sentence, previous, mayCountThere, (text, events) =>
    withCountScene(text, events, onPage.story.record().gazetteer),
  );

/**
 * "Two of them have since been suspended" after "The ten officers were moved to desk duty" (or "All eight were
 * detained" after "eight people were in the van"): a part of the group (or the whole of it) the sentence right before counted, read with the group named (of-them.ts); only a conflict, and never of the part's count
 * ("Three of the people" in a van of eight is no count of the whole group).
 */
function groupOfWhatCameBeforeFinding(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding | null {
  const part = opensOfThem(sentence.text);
  if ((!part && !opensOnBareCount(sentence.text)) || overlong(sentence)) return null;
  if (!previous || overlong(previous)) return null;
  const { gazetteer } = onPage.story.record();
  const named = part
    ? withGroupNamed(sentence.text, previous.text, gazetteer)
    : withBareCountNamed(sentence.text, previous.text, gazetteer);
  // The whole group named by its number ("All eight") is counted: its size may conflict; a part's may not.
  return conflictFinding(
    onPage,
    named ? typedAlone(onPage, named) : null,
    sentence,
    (c) => !part || c.slot !== 'count',
  );
}

/**
 * "The vehicle was a silver minivan" after "Agents stopped a vehicle on Lyell Avenue": the colour of the vehicle the
 * sentence right before said was stopped, held to its events' recorded vehicles (vehicle-colour.ts).
 */
function vehicleOfWhatCameBeforeFinding(
  onPage: OnPage,
  sentence: Sentence,
  recent: readonly Sentence[],
): Finding | null {
  const { text, story } = onPage;
  // The opening first: it is cheap, and most sentences fail it.
  if (!NAMES_VEHICLE_BEFORE.test(sentence.text) || overlong(sentence)) return null;
  // Only the sentence right before: with another between, "it" may be a vehicle that one names.
  const previous = recent[0];
  if (!previous || overlong(previous) || linkedIds(onPage, sentence.text).length) return null;
  const ids = linkedIds(onPage, previous.text);
  if (!ids.length) return null;
  const typed = vehicleOfWhatCameBefore(sentence.text, previous.text, eventsWithIds(story, ids));
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
  const { text, story } = onPage;
  if (overlong(sentence) || !mayOrderWhatCameBefore(sentence.text)) return null;
  const ids = nearestLinkedIds(onPage, recent);
  if (!ids.length) return null;
  const own = linkedIds(onPage, sentence.text);
  const typed = orderOfWhatCameBefore(
    sentence.text,
    eventsWithIds(story, ids),
    eventsWithIds(story, own),
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
  const { text, story } = onPage;
  const [previous, ...further] = recent;
  const ids = eventsOfPrevious(onPage, sentence, previous, mayPointBack);
  if (!ids?.length) return null;
  const own = linkedIds(onPage, sentence.text);
  // With none of its own: the events of the nearest sentence before the anchor's that has any.
  const earlier = own.length ? [] : nearestLinkedIds(onPage, further);
  const typed = orderPointedBack(
    sentence.text,
    eventsWithIds(story, own),
    eventsWithIds(story, ids),
    story.record(),
    eventsWithIds(story, earlier),
  );
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/**
 * "The next morning, …", "Two days later, …": a consistent sentence whose day is counted from what the sentence
 * before told of is green only when that count agrees (offset-from-before.ts); otherwise that day is a value nobody
 * checked, and the sentence is unverified.
 */
export function openingUnchecked(
  onPage: OnPage,
  finding: Finding,
  sentence: Sentence,
  previous: Sentence | undefined,
): Finding {
  const { story } = onPage;
  if (finding.verdict !== 'consistent') return finding;
  const opening = openingOffset(sentence.text, story.record());
  if (!opening) return finding;
  const ids = previous ? linkedIds(onPage, previous.text) : [];
  const own = linkedIds(onPage, sentence.text);
  if (
    ids.length &&
    own.length &&
    offsetAgreesWithBefore(
      sentence.text,
      eventsWithIds(story, ids),
      eventsWithIds(story, own),
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
  const { text, story } = onPage;
  // Cheap first: only a sentence with a span of time ("Two weeks later, …", "… the following morning").
  if (
    !previous ||
    !(OPENS_ON_SPAN.test(sentence.text) || SPAN_LATER.test(sentence.text)) ||
    overlong(sentence) ||
    overlong(previous)
  )
    return null;
  // A sentence linked to no event by its values may still be a recorded quote: the occasion its speaker spoke on.
  const linked = (s: string, f: Judgement | null | undefined) => {
    const ids = linkedIds(onPage, s);
    return ids.length ? ids : quotedEventIds(f, story);
  };
  const ids = linked(previous.text, previousFinding);
  const own = linked(sentence.text, judged);
  if (!ids.length || !own.length) return null;
  const typed = offsetFromBefore(
    sentence.text,
    eventsWithIds(story, ids),
    eventsWithIds(story, own),
    story.record(),
  );
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/**
 * A pronoun-led sentence of going or meeting ("He then spent three hours behind closed doors …") that links to
 * nothing of its own, compared with the visits and meetings of the sentence before, in its paragraph or at the end of
 * the last (a paragraph may open on "He"; visit-meeting.ts):
 * only a value the record contradicts is taken from it.
 */
function visitOfWhatCameBefore(
  onPage: OnPage,
  sentences: readonly Sentence[],
  i: number,
): Finding | null {
  const { text, story } = onPage;
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
    if (!earlier || overlong(earlier)) break;
    if (!goesOnAboutSamePerson(sentence.text, between.text, story.record().gazetteer)) break;
    ids = linkedIds(onPage, earlier.text);
  }
  const events = ids.length ? carriedVisits(sentence.text, eventsWithIds(story, ids)) : [];
  // Its own events, if any, must hold those: a meeting word may link every meeting of the story, of which the sentence before picks one.
  const own = linkedIds(onPage, sentence.text);
  if (
    !events.length ||
    (own.length &&
      !events.every((e) => own.includes(e.event.id)) &&
      !opensOnTripStop(sentence.text))
  )
    return null;
  const typed = compareOnPage(onPage, sentence.text, events);
  if (typed?.outcome !== 'discrepant') return null;
  // Its own day is another of its own meetings or visits ("He did come, on <the visit's day>, … in a closed meeting"):
  // the sentence fills that event's slots, not the one before's.
  // Linking nothing of its own ("He did finally come to town on <the visit's day> …"), any other recorded visit or
  // meeting the day fits is as likely meant as the one before's.
  const others = story
    .record()
    .events.filter(
      (e) =>
        (own.length ? own.includes(e.event.id) : true) &&
        !events.includes(e) &&
        carriedVisits(sentence.text, [e]).length,
    );
  const dated = typed.comparisons.some((c) => c.slot === 'date' || c.slot === 'weekday');
  if (
    dated &&
    others.length &&
    (own.length
      ? compareOnPage(onPage, sentence.text, others)?.outcome !== 'discrepant'
      : others.some((e) => compareOnPage(onPage, sentence.text, [e])?.outcome !== 'discrepant'))
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
  const { text, story } = onPage;
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
  const typed = compareOnPage(onPage, sentence.text, reports);
  if (!onlySlots(typed, ['when'])) return null;
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
  const { text, story } = onPage;
  if (
    !previous ||
    overlong(sentence) ||
    !/^\s*\n\s*$/.test(text.slice(previous.end, sentence.start))
  )
    return null;
  const rewritten = originalFieldSentence(previous.text, sentence.text);
  const typed = rewritten ? compareOnPage(onPage, rewritten) : null;
  if (!onlySlots(typed, ['date'])) return null;
  return falseFinding(typed, story, sentence, text);
}

/** The sentence with the name of the person who opened its chain of "he" sentences put for its pronoun (pronoun-chain.ts). */
function carriedNamed(
  sentences: readonly Sentence[],
  i: number,
  story: StoryChecks,
): string | null {
  const sentence = sentences[i] as Sentence;
  if (overlong(sentence)) return null;
  const before: Sentence[] = [];
  for (let k = i - 1; k >= 0 && before.length < 3; k--) {
    const s = sentences[k] as Sentence;
    // A paragraph may open on the pronoun: the chain goes on past its break (pronoun-chain.ts checks each sentence).
    if (overlong(s)) break;
    before.unshift(s);
  }
  return before.length
    ? withCarriedSubject(sentence.text, before, story.record().gazetteer, true)
    : null;
}

/** The typed comparison of the sentence with its pronoun's person named (carriedNamed); null when there is none. */
function carriedTyped(
  onPage: OnPage,
  sentences: readonly Sentence[],
  i: number,
): SentenceComparison | null {
  const named = carriedNamed(sentences, i, onPage.story);
  return named ? typedAlone(onPage, named) : null;
}

/**
 * "He also ruled out working with X on Y" after a sentence naming the commitment's holder, when nothing else was
 * found: the commitment as the named sentence states it, which the record cannot confirm (another or a narrower body
 * than its words name; judge's unconfirmed stance). Unverified only.
 */
export function stanceOfWhatCameBefore(
  onPage: OnPage,
  sentences: readonly Sentence[],
  i: number,
): Finding | null {
  const { text, story } = onPage;
  const sentence = sentences[i] as Sentence;
  const typed = carriedTyped(onPage, sentences, i);
  if (!onlySlots(typed, ['stance'], ['unconfirmed'])) return null;
  return sentenceFinding(typed, story, sentence, text);
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
  const { text, story } = onPage;
  const sentence = sentences[i] as Sentence;
  const typed = carriedTyped(onPage, sentences, i);
  if (typed?.outcome !== 'discrepant') return null;
  // "He told the X Times in an interview …": of a sentence of speech, only whom it was said to (what was said is no act),
  // and the body a commitment they made rules out ("He said his officers would not team up with X on …").
  if (
    isSpeech(sentence.text) &&
    !typed.comparisons.every((c) => c.slot === 'outlet' || c.slot === 'stance')
  )
    return null;
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
  if (overlong(sentence)) return null;
  const named = withEntrySubject(text, sentences, i, story.record().gazetteer);
  const judged = named ? judgeNamed(named) : null;
  if (judged?.verdict !== 'discrepant') return null;
  return {
    ...judged,
    severity: judged.severity ?? ('false' as const),
    ...spanOf(sentence, text),
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
    eventsWithIds(story, ids),
    record.gazetteer,
  );
  return conflict
    ? falseFinding({ outcome: 'discrepant', ...conflict }, story, sentence, text)
    : null;
}

/**
 * "Evans was the one who signed it", "It was Evans who signed it" (cleft-doer.ts), "Named in the complaint were X and Y"
 * (inverted-participle.ts): judged as the plain clause ("Evans signed it", "The complaint named X and Y"); only a
 * conflict is taken.
 */
function cleftOfDoer(onPage: OnPage, sentence: Sentence): Finding | null {
  if (overlong(sentence)) return null;
  const plain = uncleft(sentence.text) ?? uninverted(sentence.text);
  const typed = plain ? typedAlone(onPage, plain) : null;
  return conflictFinding(onPage, typed, sentence);
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
  const { story } = onPage;
  const ids = eventsOfPrevious(onPage, sentence, previous, opensOnNaming);
  if (!ids) return null;
  const cases = story
    .record()
    .events.filter((e) => ids.includes(e.event.id) && e.legal?.defendants);
  if (!cases.length) return null;
  const typed = compareOnPage(onPage, sentence.text, cases);
  // Only the case's defendants compared (compare-legal.ts): another reading of a name is not this sentence's to carry.
  const named = new Set(cases.map((e) => e.legal?.defendantsStatement));
  return conflictFinding(
    onPage,
    typed,
    sentence,
    (c) => c.slot === 'person' && named.has(c.record),
  );
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
  const { story } = onPage;
  const ids = eventsOfPrevious(onPage, sentence, previous, opensOnPossessivePost);
  if (!ids) return null;
  if (!ids.length || linkedIds(onPage, sentence.text).length) return null;
  const typed = compareOnPage(onPage, sentence.text, eventsWithIds(story, ids), true);
  return conflictFinding(onPage, typed, sentence, (c) => c.slot === 'person');
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
  const { text, story } = onPage;
  const world = story.record().world;
  if (
    !previous ||
    !world ||
    overlong(sentence) ||
    overlong(previous) ||
    !pointsBackAtOffice(sentence.text, world)
  )
    return null;
  const ids = linkedIds(onPage, previous.text);
  if (!ids.length || linkedIds(onPage, sentence.text).length) return null;
  const typed = compareOnPage(onPage, sentence.text, eventsWithIds(story, ids), true);
  // The wrong holder; or a stranger under the bare title, whom the world file does not have in the office (unconfirmed).
  if (
    (typed?.outcome !== 'discrepant' && typed?.outcome !== 'unconfirmed') ||
    !typed.comparisons.length ||
    !typed.comparisons.every((c) => isOfficeHolder(c, world))
  )
    return null;
  return sentenceFinding(typed, story, sentence, text);
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
  const { story } = onPage;
  if (
    overlong(sentence) ||
    !voteOfWhatCameBeforeIn(sentence.text) ||
    linkedIds(onPage, sentence.text).length
  )
    return null;
  const voted = eventsWithIds(story, nearestLinkedIds(onPage, recent)).filter((e) => e.vote);
  if (!voted.length) return null;
  const typed = compareOnPage(onPage, sentence.text, voted);
  return conflictFinding(onPage, typed, sentence, (c) => c.slot === 'vote');
}

/**
 * An answer to the page's own question right before it ("Who put out the statement?" — "The X Department."), read as
 * the statement it makes (question-answer.ts): only a conflict is taken.
 */
function answerToQuestion(
  onPage: OnPage,
  sentence: Sentence,
  previous: Sentence | undefined,
  judgeNamed: (named: string) => Judgement | null,
): Finding | null {
  const { story, text } = onPage;
  if (!previous || overlong(sentence) || !asksQuestion(previous.text)) return null;
  const statement = answeredStatement(previous.text, sentence.text, story.record().gazetteer);
  if (!statement) return null;
  // "Who said, “…”?" — "X.": the quoted words credited to X, judged as the sentence saying so would be.
  if (/["\u201C\u201D]/.test(statement)) {
    const judged = judgeNamed(statement);
    if (judged?.verdict !== 'discrepant') return null;
    return {
      ...judged,
      severity: judged.severity ?? ('false' as const),
      ...spanOf(sentence, text),
    };
  }
  return conflictFinding(onPage, compareOnPage(onPage, statement, undefined, true), sentence);
}

/** "Coming from a former LAPD chief, …" after the paragraph's speaker's words: that speaker (or the one person of the story the paragraph names before it), "former" checked (compare/former-referent.ts). */
function formerOfWhoSpoke(
  onPage: OnPage,
  sentence: Sentence,
  carried: Speaker | null,
): Finding | null {
  const { text, story, pageDate } = onPage;
  if (overlong(sentence) || !/\bformer\b|\bex-/i.test(sentence.text)) return null;
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
  if (!previous || overlong(sentence)) return null;
  const found = durationAcrossParagraph(sentence.text, previous.text, story);
  if (!found || found.verdict !== 'discrepant') return null;
  const q = story.quotes.find((x) => `quote:${x.quote.id}` === found.claimId);
  return {
    ...found,
    severity: 'false' as const,
    sources: q ? sourcesOf(story, q.quote.sources) : [],
    ...spanOf(sentence, text),
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
  const subject = i > 0 && !overlong(sentence) ? carriedSubject(sentence.text) : null;
  // "It happened on <day>" links events by its day alone: the day is what is compared, with the event before.
  if (
    !subject ||
    (!(subject.kind === 'event' && subject.happened) &&
      linkedIds(onPage, withoutTripStop(sentence.text)).length)
  )
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
    // "It happened on …" may open a paragraph on the event the one before ended with.
    const across = subject.kind === 'event' && subject.happened === true && k === i - 1;
    if (
      overlong(s) ||
      (!across && text.slice(s.end, (sentences[k + 1] as Sentence).start).includes('\n'))
    )
      return null;
    const ids = linkedIds(onPage, s.text);
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
      named.flatMap((m) => (m.type === 'person' ? personIds(record.gazetteer, m.value.name) : [])),
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
  // "It happened on …" dates the event the sentence before told by its own words, not one linked by a name alone
  // ("Beck stepped down as chief. It happened in June 2018" is of no recorded event of Beck's).
  if (subject.kind === 'event' && subject.happened && event) {
    const before = foldText((sentences[i - 1] as Sentence).text);
    const tokens = before.split(/[^\p{L}]+/u);
    // Its words, or a longer form of one ("stop" in "stopped", "visit" in "visited").
    const told = (w: string) =>
      findTerm(before, w) !== -1 ||
      (w.length >= 4 && !w.includes(' ') && tokens.some((t) => t.startsWith(w)));
    if (!event.words.some(told)) return null;
  }
  if (!event || (subject.kind === 'person' && !pronoun)) return null;
  const typed = carriedConflict(sentence.text, subject, event, record, pageDate, pageYear);
  return typed ? falseFinding(typed, story, sentence, text) : null;
}

/** Where a sentence stands among the page's sentences, and what was found of it and of the one before. */
export interface Standing {
  sentences: readonly Sentence[];
  /** The sentence's index. */
  i: number;
  /** The sentence before is in the same paragraph. */
  sameParagraph: boolean;
  /** The paragraph's last speaker so far. */
  carried: Speaker | null;
  /** The sentence's own judgement (no discrepancy). */
  judged: Finding | null;
  /** The finding of the sentence right before, when it has one. */
  previousFinding: Finding | undefined;
  /** Judges other words (the sentence with a subject put in) as the page's own sentence would be judged. */
  judgeNamed: (named: string) => Judgement | null;
}

/**
 * The sentences "X carried the story" may point back at: the two before; a third when the sentence's words are the
 * pronoun's ("X ran his remarks" after "He also warned …"), or when the two between quote the statement within one
 * paragraph; and the chain of sentences that keep to one speaker by pronouns.
 */
function creditSentences(text: string, sentences: readonly Sentence[], i: number): Sentence[] {
  const sentence = sentences[i] as Sentence;
  const previous = sentences[i - 1];
  // "The statement was printed by X": X credited with what the sentence before (or the one before it, when that places nothing) told of;
  // "X ran his remarks" after "He also warned …": the pronouns carry the same speaker over one more sentence.
  const chain =
    HIS_WORDS.test(sentence.text) &&
    previous !== undefined &&
    /^\s*(?:he|she|they)\b/i.test(previous.text);
  const recent = [sentences[i - 1], sentences[i - 2]].filter((x): x is Sentence => x !== undefined);
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
  return creditRecent;
}

/** A short lower-case label before a colon ("For the new guys:", "Reminder:"), not a speaker's name nor a quote. */
const LABEL = /^\s*\p{Lu}[\p{Ll}'\u2019]*(?:\s+[\p{Ll}'\u2019]+){0,4}\s*:\s+(?=\S)/u;

/** The sentence after a label that opens it ("For the new guys: that corner sits …"): what it says opens after the colon. */
function withoutLabel(sentence: Sentence): Sentence {
  const m = LABEL.exec(sentence.text);
  if (!m || /["\u201C]/.test(m[0])) return sentence;
  return {
    start: sentence.start + m[0].length,
    end: sentence.end,
    text: sentence.text.slice(m[0].length),
  };
}

/** The first conflict a reader of what came before takes from the sentence, in the order they are asked. */
export function fromWhatCameBefore(onPage: OnPage, at: Standing): Finding | null {
  const { text, story } = onPage;
  const { sentences, i, sameParagraph, carried, judged, previousFinding, judgeNamed } = at;
  // An answer keeps its "Answer:" (question-answer.ts reads it); other readers read what follows a label.
  const sentence = withoutLabel(sentences[i] as Sentence);
  const previous = sentences[i - 1];
  const recent = [sentences[i - 1], sentences[i - 2]].filter((x): x is Sentence => x !== undefined);
  const fourBack = [1, 2, 3, 4].flatMap((k) => sentences[i - k] ?? []);
  return (
    subjectOfEntry(text, sentences, i, story, judgeNamed) ??
    durationOfQuoteAcross(text, sentence, sameParagraph ? undefined : previous, story) ??
    dayOfWhatCameBefore(onPage, sentence, recent) ??
    issuerOfStatement(onPage, sentence, recent) ??
    creditOfWhatCameBefore(onPage, sentence, creditSentences(text, sentences, i)) ??
    recencyOfWhatCameBefore(onPage, sentence, recent) ??
    recencyOfTheStory(onPage, sentence) ??
    visitOfWhatCameBefore(onPage, sentences, i) ??
    offsetOfWhatCameBefore(onPage, sentence, previous, judged, previousFinding) ??
    durationOfWhatCameBefore(onPage, sentence, recent) ??
    placeOfWhatCameBeforeFinding(onPage, sentence, recent) ??
    vehicleOfWhatCameBeforeFinding(onPage, sentence, recent) ??
    doersOfWhatCameBeforeFinding(onPage, sentence, previous) ??
    countOfWhatCameBeforeFinding(onPage, sentence, previous) ??
    groupOfWhatCameBeforeFinding(onPage, sentence, previous) ??
    voteOfWhatCameBefore(onPage, sentence, recent) ??
    orderOfWhatCameBeforeFinding(onPage, sentence, fourBack) ??
    orderPointedBackFinding(onPage, sentence, fourBack) ??
    postOfWhatCameBefore(onPage, sentence, previous) ??
    namingOfWhatCameBefore(onPage, sentence, previous) ??
    cleftOfDoer(onPage, sentence) ??
    originOfWhatCameBefore(onPage, sentence, sameParagraph ? previous : undefined) ??
    officeOfWhatCameBefore(onPage, sentence, sameParagraph ? previous : undefined) ??
    publishedOfWhatCameBefore(onPage, sentence, previous) ??
    originalField(onPage, sentence, previous) ??
    subjectOfWhatCameBefore(onPage, sentences, i) ??
    carriedOfWhatCameBefore(onPage, sentences, i) ??
    outletOfParaphrasedQuote(onPage, sentence) ??
    formerOfWhoSpoke(onPage, sentence, carried) ??
    answerToQuestion(onPage, sentences[i] as Sentence, previous, judgeNamed)
  );
}
