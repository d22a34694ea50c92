/**
 * The checks compareSentence (compare-sentence.ts) runs once over the whole sentence before it links each clause to
 * the story's events: offsets from named events, where a body is based, elections and offices, commitments and
 * stances, what reports quoted and who wrote them, personnel actions and demands, headlines, denials, the story's
 * age, counts that do not add up, and the time of the whole story. Each adds what it finds to the sentence's tally.
 */
import { rankTitleResults } from './rank-title.ts';
import { quotedBodyResults } from './quoted-bodies.ts';
import { apposedDateResults } from './apposed-date.ts';
import { closedOutletResults } from './closed-outlet.ts';
import type { Clause, Mention } from '../read/types.ts';
import { seatConflicts } from './seat.ts';
import { mediumConflicts } from './statement-medium.ts';
import { statedHierarchy } from './agency-hierarchy.ts';
import { recordedRoleResults } from './recorded-roles.ts';
import { commitmentResults } from './compare-commitment.ts';
import { holderResults } from './commitment-holder.ts';
import { withContrastTurn } from './stance-turned.ts';
import { notYetResults } from './not-yet.ts';
import { notYetPhraseResults } from './not-yet-phrase.ts';
import { effectResults } from './effect-turned.ts';
import { leadResults } from './lead-turned.ts';
import { reactionResults } from './reaction-turned.ts';
import { memberVerdictResults } from './member-verdict.ts';
import { wholeStoryResults } from './whole-story.ts';
import { relativeConflicts } from './compare-origin.ts';
import type { Tally } from './result-tally.ts';
import { demandResults } from './demanded-outcome.ts';
import { demandedCountResults } from './demanded-count.ts';
import { wishResults } from './wished-outcome.ts';
import { priorResults } from './record-extent.ts';
import { electionConflicts } from './election.ts';
import { enumerationConflicts } from './enumeration.ts';
import { numberedNameConflicts } from './numbered-names.ts';
import { alteredHeadlineOf, turnedHeadlineOf } from './compare-outlet.ts';
import { writerResults } from './writer-credit.ts';
import { electNamedConflicts } from './elect-named.ts';
import { electInOfficeConflicts } from './elect-in-office.ts';
import { officeStrangerResults } from './office-stranger.ts';
import { conditionalOnlyByNotKnowing, relativePlaceConflict } from './relative-place.ts';
import { countyPlacedConflict } from './county-placed.ts';
import { relativeOffsets } from './relative-time.ts';
import { ownerEvents } from './owner-event.ts';
import { relayedClause } from '../relayed.ts';
import { reportQuotedResults } from './report-quoted.ts';
import { personnelResults } from './personnel-outcome.ts';
import { deniedEventResults } from './denied-event.ts';
import { silentSpeakerResults } from './silent-speaker.ts';
import { finalityResults } from './finality.ts';
import { totalDenialResults } from './total-denial.ts';
import { storyAgeResults } from './story-age.ts';
import { onlyCountResults } from './only-count.ts';
import { pressAppearanceEvents } from './press-appearance.ts';
import { visitEvents } from './visit-meeting.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** What the sentence-wide checks read: the sentence as compared, its clauses, and the page it is on. */
export interface SentenceWide {
  /** The sentence as compared (labels and anchors blanked), and with its quoted words blanked too. */
  sentence: string;
  unquotedSentence: string;
  record: StoryRecord;
  pageDate: string | undefined;
  page: string | undefined;
  /** The events the sentence is compared with when they were given (compareSentence's `fixed`). */
  fixed: readonly IndexedEvent[] | undefined;
  quoteOccasion: boolean | undefined;
  clauses: readonly Clause[];
  /** The clauses the page asserts itself, their mentions outside quotes and organisation names. */
  asserted: Clause[];
  /** Per asserted clause, the mentions in a phrase of where a body is based (seat.ts). */
  seatClauses: readonly Mention[][];
  quoted: readonly (readonly [number, number])[];
  inQuote: (m: Mention) => boolean;
  tally: Tally;
}

/**
 * Runs the sentence-wide checks into the tally. Returns every asserted clause's mentions, and the mentions those
 * checks have judged already (no clause compares them again).
 */
export function sentenceWideResults(s: SentenceWide): {
  allMentions: Mention[];
  judged: Mention[];
} {
  const {
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
  } = s;
  // Offsets from a named event ("two days after the stop") against the record's dates; only when both events are linked with confidence.
  // Quoted words are blanked: what they tell of ("the officers on the scene …") is not what the offset dates.
  const occasion = quoteOccasion && fixed?.length === 1 ? fixed[0] : undefined;
  for (const r of relativeOffsets(
    unquotedSentence,
    asserted,
    record.events,
    (text, named) => (occasion ? { others: [], theirs: [] } : ownerEvents(text, record, named)),
    // Told without its words: a press appearance, or a visit ("flew into X", visit-meeting.ts).
    (clause) => [
      ...pressAppearanceEvents(clause, unquotedSentence, record),
      ...visitEvents(clause, unquotedSentence, record, pageDate),
    ],
    occasion,
  )) {
    tally.count(r);
  }
  // "the Pittsburgh-based company" where the record has the company based in Cleveland (seat.ts).
  for (const mentions of seatClauses) {
    for (const c of seatConflicts(unquotedSentence, mentions, record)) {
      tally.compared++;
      tally.conflict(c);
    }
  }
  // An election by year: one the office did not hold that year, or a winner who did not win it.
  const allMentions = clauses.filter((c) => c.stance === 'asserted').flatMap((c) => c.mentions);
  for (const c of electionConflicts(sentence, allMentions, record, (at) =>
    quoted.some(([a, b]) => at >= a && at < b),
  )) {
    tally.conflict(c);
  }
  // A stranger as the president-elect in a story told in a transition (elect-named.ts).
  for (const c of electNamedConflicts(sentence, allMentions, record, (at) =>
    quoted.some(([a, b]) => at >= a && at < b),
  )) {
    tally.conflict(c);
  }
  // The president-elect said to be in office already, in a story told in a transition (elect-in-office.ts).
  for (const c of electInOfficeConflicts(
    sentence,
    record,
    (at) => quoted.some(([a, b]) => at >= a && at < b),
    pageDate,
  )) {
    tally.conflict(c);
  }
  // A stranger in a world office at a time the sentence states, held then by a person of the story (office-stranger.ts).
  for (const c of officeStrangerResults(sentence, allMentions, record, pageDate, (at) =>
    quoted.some(([a, b]) => at >= a && at < b),
  )) {
    tally.compared++;
    tally.found(c);
  }
  // A name of the story's with another number ("General Order 520" for 502).
  for (const c of numberedNameConflicts(sentence, record, (at) =>
    quoted.some(([a, b]) => at >= a && at < b),
  )) {
    tally.conflict(c);
  }
  // What an actor of the story said it does or will not do, against what the page has it do: its holders name the event.
  for (const c of commitmentResults(
    sentence,
    withContrastTurn(sentence, clauses, asserted),
    record,
    page,
  )) {
    tally.compared++;
    if (c.conflict) tally.add({ status: 'conflict', ...c.conflict }, c.events ?? [], c.mention);
    else if (c.unconfirmed)
      tally.add({ status: 'unconfirmed', ...c.unconfirmed }, c.events ?? [], c.mention);
  }
  // The record's stance given to another body ("the FBI said it had not taken part …"; commitment-holder.ts).
  for (const c of holderResults(sentence, withContrastTurn(sentence, clauses, asserted), record))
    tally.found(c, [], c.mention);
  // What a speaker said an act would do ("would compromise trust"), turned round (effect-turned.ts).
  for (const c of effectResults(sentence, record, page)) {
    tally.compared++;
    if (c.conflict) tally.add({ status: 'conflict', ...c.conflict }, c.events ?? []);
  }
  // Who took the lead and who stood back, as the credited speaker told it, swapped (lead-turned.ts).
  for (const c of leadResults(sentence, record, page))
    tally.add({ status: c.imprecise ? 'imprecise' : 'conflict', ...c.conflict }, c.events ?? []);
  // How an actor judged another (for or against), turned round (reaction-turned.ts).
  for (const c of reactionResults(sentence, record)) tally.conflict(c, c.events);
  // How an actor judged an agency's people who acted ("said the officers had followed the policy"), turned round (member-verdict.ts).
  for (const c of memberVerdictResults(sentence, record, page)) tally.conflict(c, c.events);
  // How many a report quoted ("the article quoted four statements") against the record's `quoted` counts (report-quoted.ts).
  const quotedCounts = reportQuotedResults(sentence, asserted, record);
  for (const q of quotedCounts) {
    tally.compared++;
    tally.link(q.events);
    if (q.status === 'conflict' && q.comparison)
      tally.add(
        { status: 'conflict', comparison: q.comparison, explanation: q.explanation ?? '' },
        q.events,
        q.mention,
      );
  }
  // An outlet that had closed before the story's events, said to have reported them (closed-outlet.ts); a stranger
  // credited as the writer of a recorded report (writer-credit.ts).
  const assertedMentions = asserted.flatMap((c) => c.mentions);
  for (const c of [
    ...closedOutletResults(sentence, assertedMentions, record, inQuote),
    ...writerResults(sentence, assertedMentions, record, inQuote),
  ]) {
    tally.compared++;
    tally.add(c.r, [], c.mention);
  }
  // A personnel action ("suspended the officers") against the record's (desk duty): what it left them doing (personnel-outcome.ts).
  const personnel = personnelResults(sentence, asserted, record);
  for (const p of personnel) {
    tally.compared++;
    tally.link(p.events);
    if (p.status !== 'agrees' && p.comparison)
      tally.add(
        { status: p.status, comparison: p.comparison, explanation: p.explanation ?? '' },
        p.events,
        p.mention,
      );
  }
  // "X wants the officers suspended" where the record has X calling for them to be fired (demanded-outcome.ts).
  for (const d of demandResults(sentence, asserted, record)) {
    tally.compared++;
    if (d.status !== 'agrees' && d.comparison)
      tally.add(
        { status: d.status, comparison: d.comparison, explanation: d.explanation ?? '' },
        [],
        d.mention,
      );
  }
  // "Its quotes come from the X, the Y and the Z" where the record lists every body a report quoted (quoted-bodies.ts).
  const quotedBodies = quotedBodyResults(sentence, asserted, record);
  for (const q of quotedBodies) {
    tally.compared++;
    tally.link(q.events);
    if (q.status === 'conflict') tally.conflict(q, q.events, q.mention);
  }
  // "General Order 502 (a police rule that dates from 1986)": a date set beside an event's name, compared with it alone (apposed-date.ts).
  for (const a of apposedDateResults(sentence, asserted, record)) {
    tally.compared++;
    tally.link(a.events);
    tally.conflict(a, a.events, a.mention);
  }
  // "Lt. Jeff Roe" where the record has Roe as a captain (rank-title.ts).
  for (const clause of asserted) {
    for (const r of rankTitleResults(
      sentence,
      clause.mentions.filter((m) => !quoted.some(([x, y]) => m.start >= x && m.start < y)),
      record,
    )) {
      tally.compared++;
      tally.found(r, r.events, r.mention);
    }
  }
  // "They want all six cops fired" where the record counts ten officers: the size of the group wished on (demanded-count.ts).
  for (const d of demandedCountResults(sentence, asserted, record)) {
    tally.compared++;
    tally.conflict(d, [], d.mention);
  }
  // "X thinks the officers should keep their jobs" where the record has X calling for them to be fired (wished-outcome.ts).
  // A recorded headline quoted with its stance turned round (headline-turned.ts).
  const outletMentions = assertedMentions.filter((m) => m.type === 'outlet');
  for (const m of outletMentions) {
    if (m.type !== 'outlet' || m.negated) continue;
    const turned = turnedHeadlineOf(record, sentence, m);
    if (!turned || turned.status !== 'conflict') continue;
    tally.compared++;
    tally.add(turned);
    break;
  }
  // The record's headline quoted with its words changed ("… under the headline “Here's Why Police Are Turning Against Trump”").
  for (const m of outletMentions) {
    if (m.type !== 'outlet' || m.negated) continue;
    const altered = alteredHeadlineOf(record, sentence, m, outletMentions);
    if (!altered || altered.status === 'agrees') continue;
    tally.compared++;
    tally.add(altered);
    break;
  }
  const opinions = clauses
    .filter(
      (c) => (c.stance === 'asserted' || c.stance === 'conditional') && !relayedClause(sentence, c),
    )
    .map((read) => ({ ...read, mentions: read.mentions.filter((m) => !inQuote(m)) }));
  for (const w of wishResults(unquotedSentence, opinions, record)) {
    tally.compared++;
    tally.conflict(w);
  }
  // "no contact of any kind with X" credited to an actor the record has a narrower refusal for (total-denial.ts).
  for (const t of totalDenialResults(unquotedSentence, clauses, record)) {
    tally.compared++;
    tally.add({
      status: t.conflict ? 'conflict' : 'unconfirmed',
      comparison: t.comparison,
      explanation: t.explanation,
    });
  }
  // "X has not refiled the case" where the record has X filing again before the page's date (denied-event.ts).
  for (const d of deniedEventResults(sentence, asserted, record, pageDate)) {
    tally.compared++;
    tally.link(d.events);
    tally.conflict(d, d.events);
  }
  // "Seattle's brass stayed out of it" where the record has that body on record in the story (silent-speaker.ts).
  // Asserted clauses, with one relayed by its own silence ("Beck said nothing" is no speech the page relays; "officials
  // said the city stayed quiet" is theirs).
  const told = clauses.filter(
    (c) =>
      c.stance === 'asserted' &&
      (!relayedClause(sentence, c) ||
        /\b(?:said|says)\s+nothing\b/i.test(sentence.slice(c.start, c.end))),
  );
  for (const d of silentSpeakerResults(unquotedSentence, told, record)) {
    tally.compared++;
    tally.link(d.events);
    tally.conflict(d, d.events);
  }
  // "After that ruling, X dropped the matter for good" where the record has X taking the case up again (finality.ts).
  for (const d of finalityResults(unquotedSentence, asserted, record, pageDate)) {
    tally.compared++;
    tally.link(d.events);
    tally.conflict(d, d.events);
  }
  // An act told as done before the page's date, by someone not yet in office, where the record dates it later (not-yet.ts).
  const notYet = notYetResults(sentence, asserted, record, pageDate);
  // The same in a noun phrase ("with X's orders already signed", "the orders X has signed"): not-yet-phrase.ts.
  if (!notYet.length) notYet.push(...notYetPhraseResults(sentence, asserted, record, pageDate));
  for (const d of notYet) {
    tally.compared++;
    tally.conflict(d, d.events);
  }
  // How old the page says the story's words are ("the quotes are over twelve years old"), from the page's date (story-age.ts).
  const ages = storyAgeResults(sentence, asserted, record, pageDate);
  for (const a of ages) {
    tally.compared++;
    if (a.status === 'conflict' && a.comparison)
      tally.add(
        { status: 'conflict', comparison: a.comparison, explanation: a.explanation ?? '' },
        [],
        a.mention,
      );
  }
  // "Only two departments have spoken out" where the record has more of them speaking (only-count.ts).
  const onlies = onlyCountResults(sentence, asserted, record, pageDate);
  for (const o of onlies) tally.conflict(o, [], o.mention);
  // A count of a person's prior events ("had been deported twice") against the record's count (record-extent.ts).
  for (const p of priorResults(sentence, asserted, record)) {
    tally.compared++;
    if (p.conflict) tally.add({ status: 'conflict', ...p.conflict });
  }
  // How a recorded statement was given: "made his remarks at a council meeting" for a written statement (statement-medium.ts).
  for (const c of mediumConflicts(sentence, asserted, record))
    tally.add({ status: 'conflict', ...c });
  // An agency put under the wrong body ("HSI, an arm of CBP"), against the world file's hierarchy; the body named is no participant.
  const hierarchy = statedHierarchy(assertedMentions, sentence, record);
  for (const c of hierarchy.conflicts) tally.conflict(c);
  // Who had kept watch, who conducts the internal investigation, whom someone learned of it from (recorded-roles.ts).
  const cuedRoles = recordedRoleResults(unquotedSentence, asserted, record);
  tally.compared += cuedRoles.agreed.length;
  for (const c of cuedRoles.conflicts) tally.found(c, [], c.mention);
  // A count the list after its colon does not add up to ("three men were detained: the driver and four passengers").
  const listed = enumerationConflicts(asserted, sentence);
  for (const c of listed)
    if (c.comparison)
      tally.add({ status: 'conflict', comparison: c.comparison, explanation: c.explanation ?? '' });
  // A relative of the people an outcome befell given another relation ("the woman was the men's neighbor"; compare-origin.ts).
  for (const c of relativeConflicts(sentence, clauses, record, (at) =>
    quoted.some(([a, b]) => at >= a && at < b),
  ))
    tally.add(c.r);
  // "All of this unfolded in November 2017": the whole story named as one thing, for its time (whole-story.ts); a clause
  // the reader calls conditional for a modal after the date ("… in 2017, and the card should say so") is read up to it.
  for (const clause of clauses) {
    if (
      (clause.stance !== 'asserted' && clause.stance !== 'conditional') ||
      relayedClause(sentence, clause)
    )
      continue;
    for (const r of wholeStoryResults(sentence, clause, record)) {
      tally.compared++;
      tally.add(r);
    }
    // ", which we count as the city's east side", ", which is in the town of X" on a street the record has elsewhere
    // (relative-place.ts; a denial before the place is read there: "which you may not know is in X" still tells it).
    const placedText = sentence.slice(clause.start, clause.end);
    const relativePlace =
      clause.stance === 'asserted' || conditionalOnlyByNotKnowing(placedText)
        ? relativePlaceConflict(
            unquotedSentence,
            clause.start,
            clause.end,
            [...allMentions, ...(clause.stance === 'asserted' ? [] : clause.mentions)],
            record,
          )
        : null;
    if (relativePlace) {
      tally.compared++;
      tally.add({ status: 'conflict', ...relativePlace });
    }
    // "Tamsen Falls, in Vernon County", "a Greene County city" for a place the record has in another county (county-placed.ts).
    const county =
      clause.stance === 'asserted' && !clause.negated
        ? countyPlacedConflict(unquotedSentence, clause.mentions, record)
        : null;
    if (county) {
      tally.compared++;
      tally.add({ status: 'conflict', ...county });
    }
  }
  return {
    allMentions,
    judged: [
      ...hierarchy.parents,
      ...listed.flatMap((c) => c.judged),
      ...quotedCounts.map((q) => q.mention),
      ...personnel.map((p) => p.mention),
      ...ages.map((a) => a.mention),
      ...onlies.map((o) => o.mention),
      ...cuedRoles.conflicts.map((c) => c.mention),
      ...cuedRoles.agreed,
      ...quotedBodies.map((q) => q.mention),
    ],
  };
}
