/**
 * Analyses a page: recognises the story it retells (recognize.ts), splits it into sentences, and judges each one
 * (judge): a recorded quote decides on its own, then a fact, a typed comparison with the story's events
 * (typed-finding.ts, compare/compare-sentence.ts), an unverified claim or a review. A sentence with no discrepancy of
 * its own is then offered to the readers of what came before (what-came-before.ts), which compare a sentence that
 * points back with what the sentence before told of. Pure: no DOM, no network.
 */
import { quotationRuns } from './quotation-run.ts';
import { fieldLineClause } from './field-line.ts';
import { withoutPosterHandle } from './poster-handle.ts';
import { chiefsOfPlaces } from './chiefs-of-places.ts';
import { recentBeyondRecord } from './recent-beyond-record.ts';
import { presupposingQuestionText } from './read/presupposed-question.ts';
import { unrecordedCourtAct } from './court-act.ts';
import { compareSentence, type SentenceComparison } from './compare/compare-sentence.ts';
import { DEICTIC, datelineOf, logEntryDays, partOfPage } from './section-date.ts';
import { mastheadLine } from './masthead-line.ts';
import { datesIn } from './dates.ts';
import { matchFact } from './match-fact.ts';
import { matchQuote, paragraphSpeaker } from './match-quote.ts';
import { strangerParaphrase } from './stranger-paraphrase.ts';
import { compareSpeakerTitle } from './compare/speaker-title.ts';
import { isTitleWord, type Speaker } from './quote-speaker.ts';
import { matchReview } from './match-review.ts';
import { foldText, withFoldMemo } from './normalize.ts';
import { occasionWords, unrecordedSetting } from './quote-setting.ts';
import { quotedTarget } from './compare/quoted-target.ts';
import { answerAsStatement, answerWithQuestion } from './qa-answer.ts';
import { questionPremise } from './question-premise.ts';
import type { PackIndex, StoryChecks } from './pack-index.ts';
import { pageTerms, type PageTerms } from './page-terms.ts';
import { recognizeStory } from './recognize.ts';
import { splitSentences, type Sentence } from './sentences.ts';
import { hasAnyTerm } from './terms.ts';
import { unverifiedParaphrase, unverifiedSpeech } from './unverified-speech.ts';
import { quotedStanceConflict } from './compare/quoted-stance.ts';
import { quotedRefusalConflict } from './compare/quoted-refusal.ts';
import { saidOtherwise } from './said-otherwise.ts';
import { opensOnTextReading } from './text-read-speaker.ts';
import { pageSignals } from './signals.ts';
import { unknownName } from './unknown-names.ts';
import { isLinkList } from './page-shape.ts';
import type { Analysis, Finding, PageContext } from './types.ts';
import { dayRange } from './compare/record-values.ts';
import { isOwnOutlet } from './compare/outlet-credit.ts';
import { hedged, toldToWriter, withoutHedge } from './hedged-claim.ts';
import { blankSpans, noClaimSpans } from './no-claim-spans.ts';
import { framedAsFalse } from './not-asserted.ts';
import { declinedButSpoke } from './declined-comment.ts';
import { REPORT_DATE } from './compare/report-run-day.ts';
import { overstatedClass } from './overstated-class.ts';
import { doubtfulEvent } from './doubtful-event.ts';
import { titleChamber } from './compare/title-chamber.ts';
import { attributionLine, endsOnQuote } from './dash-credit.ts';
import { apposedBody } from './apposed-body.ts';
import { asksQuestion } from './question-answer.ts';
import {
  eventsWithIds,
  overlong,
  SLOT_KIND,
  spanOf,
  sourcesOf,
  type Judgement,
  type OnPage,
  typedJudgement,
  typedOf,
} from './typed-finding.ts';
import { quoteEvent } from './quote-event.ts';
import {
  fromWhatCameBefore,
  openingUnchecked,
  stanceOfWhatCameBefore,
} from './what-came-before.ts';

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

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

/** The quote's judgement with the page's words around it deciding: a new verdict, kind, explanation and comparison. */
function retold(
  judgement: Judgement,
  verdict: Judgement['verdict'],
  kind: Judgement['kind'],
  explanation: string,
  comparison: Judgement['comparison'],
): Judgement {
  return { ...judgement, verdict, kind, explanation, comparison };
}

/**
 * A sentence with a recorded quote, or words of a known speaker: the quote's judgement, then what the page says around
 * the words: a stance of the speaker's turned round, recorded words given another target, the speaker's title and
 * agency, who and when the page says they were said, and a setting the occasion does not have.
 */
function judgeQuote(
  sentence: string,
  quote: NonNullable<ReturnType<typeof matchQuote>>,
  at: Judging,
): Judgement {
  const { story, pageDate, pageYear, text: pageText } = at;
  const q = story.quotes.find((x) => `quote:${x.quote.id}` === quote.claimId);
  // A recorded quote is words its sources print: a link can point at them (a URL text fragment).
  const printed = q && (q.quote.status === 'verified' || q.quote.status === 'single-source');
  const { beside, ...matched } = quote;
  const judgement: Judgement = {
    ...matched,
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
    return retold(judgement, 'discrepant', 'quote', turned.explanation, [turned.comparison]);
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
    return retold(
      judgement,
      'discrepant',
      'quote',
      `The record has \u201C${target.quoted}\u201D said of ${target.record}, not of ${target.page}.`,
      [{ slot: 'target', page: target.page, record: target.record }],
    );
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
    return retold(judgement, 'discrepant', 'attribution', titled.explanation, [titled.comparison]);
  }
  // Words outside the quotation marks (who said it, when) are the page's: compared with the quote's own record.
  const typed =
    quote.verdict === 'consistent' && q
      ? compareSentence(sentence, story.record(), pageDate, {
          events: [quoteEvent(q, story)],
          pageYear,
          page: pageText,
          quoteOccasion: true,
        })
      : null;
  // A title the record cannot confirm is unverified, unless the comparison finds it wrong (another's post: person-post.ts).
  if (
    titled &&
    titled.status !== 'agrees' &&
    quote.verdict === 'consistent' &&
    typed?.outcome !== 'discrepant'
  ) {
    return retold(
      judgement,
      'unverified',
      'quote',
      `The words are on record, but ${lowerFirst(titled.explanation)}`,
      [titled.comparison],
    );
  }
  if (typed?.outcome === 'discrepant') {
    return retold(
      judgement,
      'discrepant',
      SLOT_KIND[typed.comparisons[0]?.slot ?? ''] ?? 'quote',
      typed.explanation,
      typed.comparisons,
    );
  }
  // Right words, but who or when the page says they were said is not what the record can confirm: not green.
  if (typed && typed.outcome !== 'agrees') {
    return retold(
      judgement,
      'unverified',
      'quote',
      `The words are on record, but ${lowerFirst(typed.explanation)}`,
      typed.comparisons,
    );
  }
  // "Inside the union hall, he told …" for words said at a briefing: a setting the occasion does not have (quote-setting.ts).
  if (quote.verdict === 'consistent' && q) {
    const setting = unrecordedSetting(sentence, q.quote.occasion, () =>
      occasionWords(
        q.quote.occasion,
        quoteEvent(q, story),
        story.story.entities ?? [],
        story.record().nameOf,
      ),
    );
    if (setting)
      return retold(
        judgement,
        'unverified',
        'quote',
        `The words are on record, but ${setting.explanation}`,
        [setting.comparison],
      );
  }
  // No speaker read, another of the story's people named beside the words (match-quote.ts): not vouched for.
  if (beside && judgement.verdict === 'consistent')
    return retold(judgement, 'unverified', 'quote', beside, judgement.comparison);
  return judgement;
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
  if (quote) return judgeQuote(sentence, quote, at);
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
  // "If X signed an order, the chiefs would push back": what a conditional imagines is no pack fact's wrong value; its
  // values are still read by the typed comparison, which weighs each clause's mood.
  const imagined = IMAGINED.test(sentence);
  let consistent: Judgement | null = null;
  let addedAct: string | undefined;
  for (const indexed of story.facts) {
    const match = matchFact(folded, indexed, page, pageInStory);
    if (!match || (imagined && match.verdict === 'discrepant')) continue;
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
  // "Who phoned 911? A: Dispatchers for X.": the statement the two make, compared value by value, for a discrepancy only.
  const stated = consistent ? null : answerAsStatement(sentence, previous);
  const answered = stated ? typedOf(stated, story, pageDate, pageYear, pageText) : null;
  if (answered?.outcome === 'discrepant') return typedJudgement(answered, story);
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
  return (
    spokenWordsJudgement(sentence, folded, at) ??
    reviewJudgement(sentence, story, startOfStory) ??
    greenUnlessHedged(
      sentence,
      qualifiedConsistent(sentence, story, consistent, addedAct, typed, pageDate),
    )
  );
}

/** Hearsay passed on is never green, however well it agrees (hedged-claim.ts); any other judgement stands. */
function greenUnlessHedged(sentence: string, judged: Judgement | null): Judgement | null {
  return judged?.verdict === 'consistent' && hedged(sentence) ? null : judged;
}

/**
 * What a sentence has a speaker say, against the speaker's recorded words: an act their words deny, their words
 * credited to a stranger, a refusal to comment on a day they spoke, or words the record could not confirm (unverified,
 * unless the title or agency the page gives the speaker is ruled out).
 */
function spokenWordsJudgement(sentence: string, folded: string, at: Judging): Judgement | null {
  const { story, carried, lastParagraph } = at;
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
  return null;
}

/** A sentence that restates a claim a fact-checker reviewed: the review's rating, with its link. */
function reviewJudgement(
  sentence: string,
  story: StoryChecks,
  startOfStory: string,
): Judgement | null {
  const review = matchReview(sentence, story);
  if (!review) return null;
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

/**
 * A sentence that agrees with a fact, held back from green by what else it says (a firsthand act, a court order the
 * record lacks, a typed value it cannot confirm, a stranger's name, a nation's whole class, unrecorded quoted words);
 * without such a fact, a typed value that is imprecise or that the record cannot confirm.
 */
function qualifiedConsistent(
  sentence: string,
  story: StoryChecks,
  consistent: Judgement | null,
  addedAct: string | undefined,
  typed: SentenceComparison | null,
  pageDate: string | undefined,
): Judgement | null {
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
  // Hearsay passed on to the writer ("a neighbour told me …") is not the page's own word: the record cannot back who told it.
  if (consistent && toldToWriter(sentence)) {
    return {
      ...consistent,
      verdict: 'unverified',
      kind: 'unverified-claim',
      explanation: 'Told as hearsay: the record may agree, but not with whoever passed it on.',
    };
  }
  // An act told as the page's own days' news long after the record's last event: the record cannot say it happened again.
  const recent =
    consistent && RECENT_KINDS.has(consistent.kind)
      ? recentBeyondRecord(
          sentence,
          story.record().events.flatMap((e) => (e.event.date ? [e.event.date] : [])),
          pageDate,
        )
      : null;
  if (consistent && recent)
    return {
      ...consistent,
      verdict: 'unverified',
      kind: 'unverified-claim',
      explanation: `The page tells this as news of its own days (\u201C${recent.page}\u201D), but the record's account ends ${recent.last}; it cannot confirm it happened again.`,
      comparison: [{ slot: 'when', page: recent.page, record: `its last event ${recent.last}` }],
    };
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
    const events = eventsWithIds(story, over.events);
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

function judgeSentence(sentence: Sentence, at: Judging): Finding | null {
  const { text, foldedPage, pageDate, byline = '' } = at;
  if (overlong(sentence)) return null;
  // A box's field line ("Officers placed on desk duty: 12") is judged as the clause it stands for (field-line.ts).
  // A poster's handle ("tenbuckstip: …") is no word of the post (poster-handle.ts).
  const posted = withoutPosterHandle(sentence.text);
  const field = fieldLineClause(posted ?? sentence.text);
  // "The chiefs in Los Angeles, Tucson and Denver said …": the record's chiefs of those cities (chiefs-of-places.ts).
  const chiefs = chiefsOfPlaces(field ?? posted ?? sentence.text, at.story.story.entities ?? []);
  const rewritten = field ?? posted;
  const said = chiefs ?? rewritten ?? sentence.text;
  const stamps = noClaimSpans(said, pageDate);
  // The pack's hand-listed facts read the words as written ("the chiefs"); the typed reading reads the names.
  const folded = rewritten ? foldText(rewritten) : foldedPage.slice(sentence.start, sentence.end);
  // A byline on the line after ("— Chief Jane Doe") is read with the quoted words it credits (dash-credit.ts).
  const credit = byline ? ` - ${byline}` : '';
  const judgement = judge(
    (stamps.length ? blankSpans(said, stamps) : said) + credit,
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
    ...spanOf(sentence, text),
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

/** The kinds of a fact that tell an act done once (not a lasting state such as a policy). */
const RECENT_KINDS: ReadonlySet<string> = new Set(['event', 'reaction', 'statement', 'number']);

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

/** A sentence that opens on a condition and goes on with what would follow: "If X …, Y would …" (not "If you remember, …", "Unless otherwise noted, …"). */
const IMAGINED =
  /^\W*(?:if(?!\s+you\s+(?:remember|recall|ask|like|will))|unless(?!\s+otherwise)|suppose|imagine|had\s+\p{L}+\s+(?:not\s+)?\p{L}+ed)\b[^.;!?]{3,120}?,\s*[^.;!?]{0,80}?\b(?:would|could|might)\b/iu;

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
  const entries = logEntryDays(sentences, text, pageDate ?? undefined);
  sentences.forEach((sentence, i) => {
    const previous = sentences[i - 1];
    const sameParagraph =
      previous !== undefined && !text.slice(previous.end, sentence.start).includes('\n');
    const header = datelineOf(sentence.text, pageDate ?? undefined);
    if (header && partOfPage(header, pageDate ?? undefined)) partDate = header;
    if (!sameParagraph) carried = null;
    // The page's own strip of name, issue and date ("… · Issue 212 · Friday, May 2, 2025"; masthead-line.ts).
    if (mastheadLine(sentence.text, pageDate ?? undefined)) return;
    // At a paragraph's start, the speaker the last paragraph's last sentence names (for "They called it “…”" after a one-sentence paragraph).
    const lastParagraph =
      !sameParagraph && previous ? paragraphSpeaker(previous.text, details, null) : null;
    // An answer in a paragraph of its own goes with the question right before it (qa-answer.ts).
    const asked =
      !sameParagraph &&
      previous !== undefined &&
      (answerWithQuestion(sentence.text, previous.text) !== null ||
        opensOnTextReading(sentence.text));
    // A log entry's day, for the sentences of its paragraph ("Mon 24 Mar. … tonight"; section-date.ts).
    const part = entries.get(i) ?? partDate;
    const spokenOn = part && DEICTIC.test(sentence.text) ? part : (pageDate ?? undefined);
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
    const finding =
      judged?.verdict === 'discrepant'
        ? judged
        : (fromWhatCameBefore(onPage, {
            sentences,
            i,
            sameParagraph,
            carried,
            judged,
            previousFinding:
              findings.at(-1)?.start === previous?.start ? findings.at(-1) : undefined,
            judgeNamed: (named: string) => judge(named, foldText(named), at),
          }) ??
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
    findings: quotationRuns(text, sentences, findings),
    signals: pageSignals(text, recognized.story.story, context),
  };
}
