/**
 * "These pledges came in direct response to the executive orders", "Beck said all this after Trump had signed his
 * orders": the order of what the sentence before told of and an event the sentence names after a point word
 * (event-order.ts). The sentence links none of its own events as the subject: it points back, by a demonstrative or
 * a pronoun opening it ("These pledges", "This", "They", "It", "All of this", or "He spoke", "She weighed in") or by what someone said being "this" /
 * "that" / "so" ("X said all this after …"). Its subjects are then the events of the sentence before (or the one
 * before it); when every one of them lies wholly on the wrong side of the anchor's recorded date, the order is wrong.
 * Not a denied, hedged or conditional sentence. General English; nothing here knows a story.
 */
import { readSentence } from '../read/index.ts';
import type { Clause } from '../read/types.ts';
import type { SentenceComparison } from './compare-sentence.ts';
import { eventOrderResults, hasOrderPoint } from './event-order.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

/** Nouns for what was said or done, after a demonstrative ("these pledges", "those remarks", "this move"). */
export const TOLD_NOUNS = String.raw`(?:statements?|pledges?|remarks?|comments?|vows?|promises?|warnings?|words?|responses?|declarations?|announcements?|assurances?|messages?|stances?|positions?|moves?|decisions?|steps?|interviews?|posts?|letters?)`;
/** A label of one or two words before the words ("NARRATOR: ", "Mr. Lee: ", "Bottom line: "): no part of the sentence. */
const SPEAKER_LABEL = String.raw`(?:[\p{L}.'’-]+(?:\s+[\p{L}.'’-]+)?:\s+)?`;
/** A short aside between the subject and its verb ("All of this, mind you, came …", "It, of course, followed …"). */
const ASIDE = String.raw`(?:\s*,\s*(?:mind\s+you|of\s+course|remember|again|too|though|however|in\s+other\s+words|you\s+see|notably|importantly|to\s+be\s+clear)\s*,)?`;
/** A sentence that opens on what came before. */
const OPENS_BACK = new RegExp(
  String.raw`^\W*${SPEAKER_LABEL}(?:(?:and|but|so|yet|now|still)\s*,?\s+)?(?:(?:(?:all|each|every\s+one|both)\s+(?:of\s+)?)?(?:this|these|those|that)(?:\s+${TOLD_NOUNS})?|(?:it|they)|(?:both|each|all)\s+(?:of\s+)?(?:them|these|those)|the\s+(?:chiefs['’]?\s+)?${TOLD_NOUNS})${ASIDE}\s+(?:all\s+)?(?:came|come|were|was|are|is|had\s+been|followed|arrived|went\s+out|appeared|responded|reacted)\b|(?:he|she)\s+(?:only\s+)?(?:spoke(?:\s+out|\s+up)?|weighed\s+in|went\s+public|commented)\b`,
  'iu',
);
/** What someone said being the thing told before: "X said all this after …", "she wrote that before …". */
const SAID_THIS =
  /\b(?:said|wrote|made|gave|issued|posted|delivered|told\s+\w+(?:\s+\w+)?)\s+(?:all\s+(?:of\s+)?)?(?:this|that|these|those|so|it)(?:\s+\w+)?\s+(?:after|following|before|ahead\s+of|prior\s+to|in\s+(?:direct\s+|swift\s+)?(?:response|reaction|answer)\s+to)\b/i;

/** An aside on how the reader came to know it (", as some of you may have read,", ", as you may know,"). */
const TELLING_ASIDE =
  /,\s*as\s+(?:(?:some|many|most)\s+of\s+)?(?:you|we|readers)\s+(?:may|might|will|probably|already)?\s*(?:have\s+)?(?:read|heard|know|seen|recall|remember)\s*,/gi;

/** Whether the sentence may give the order of what the sentence before told of (cheap; see above). */
export function mayOrderWhatCameBefore(sentence: string): boolean {
  return hasOrderPoint(sentence) && (OPENS_BACK.test(sentence) || SAID_THIS.test(sentence));
}

/**
 * The order conflict of a sentence that points back (see above), with `before` the events the sentence before told
 * of and `own` the events the sentence links itself; null when the order fits, or the sentence is of another kind.
 */
export function orderOfWhatCameBefore(
  sentence: string,
  before: readonly IndexedEvent[],
  own: readonly IndexedEvent[],
  record: StoryRecord,
): SentenceComparison | null {
  if (!before.length || !mayOrderWhatCameBefore(sentence)) return null;
  // ", as some of you may have read,": a hedge on the telling, not on what is told.
  const clauses = readSentence(
    sentence.replace(TELLING_ASIDE, (aside) => ' '.repeat(aside.length)),
    record.gazetteer,
  );
  if (!clauses.length || clauses.some((c) => c.stance !== 'asserted' || c.negated)) return null;
  // Its own events beside the anchor must be among those told before (a sentence about something else says nothing here).
  const clause: Clause = {
    start: 0,
    end: sentence.length,
    mentions: [],
    stance: 'asserted',
    negated: false,
  };
  const results = eventOrderResults(sentence, clause, before, record);
  const conflicts = results.filter(
    (r): r is Exclude<typeof r, { status: 'agrees' }> => r.status === 'conflict',
  );
  if (!conflicts.length || results.some((r) => r.status === 'agrees')) return null;
  const subjects = before.filter((e) => !own.includes(e));
  if (
    own.some(
      (e) => !before.includes(e) && !conflicts.some((c) => c.explanation.includes(e.event.label)),
    )
  )
    return null;
  return {
    outcome: 'discrepant',
    comparisons: conflicts.map((c) => c.comparison),
    explanation: conflicts[0]!.explanation,
    events: (subjects.length ? subjects : before).map((e) => e.event.id),
  };
}
