/**
 * A judgement that the people who acted should have been kept out of it: "X says the city should never have let
 * its officers near that scene", "should not have sent the officers to help", "the officers should have been kept
 * away". Against what they did, as much as "they should not have gone". Only a going, helping or taking part after
 * the people is read ("let the officers be punished" is another judgement). Nothing here knows a story.
 */

/** Before the people: "should never have let / allowed / sent", "should have kept". */
const KEPT_AWAY_LEAD =
  /(?<![\p{L}])(?:should|ought\s+to)\s*(?:never|not|n['\u2019]t)\s+have\s+(?:let|allowed|sent|had|put|dispatched)\s+$|(?<![\p{L}])should\s+have\s+kept\s+$/u;

/** Right after the people: where they went or what they joined. */
const GOING =
  /^\s+(?:anywhere\s+)?(?:near|go\s+(?:near|to|into|out)|going\s+(?:near|to|into|out)|respond|responding|answer|answering|help|helping|assist|assisting|take\s+part|taking\s+part|get\s+involved|getting\s+involved|join|joining|into|out\s+to|to\s+(?:the|that|a|help|assist)|at\s+(?:the|that)\s+scene|away|out\s+of)(?![\p{L}])/u;

/** The lead of such a judgement at the end of `before` when `after` goes on with a going: its text, else null. */
export function keptAwayLead(before: string, after: string): string | null {
  const lead = KEPT_AWAY_LEAD.exec(before.slice(Math.max(0, before.length - 60)));
  if (!lead) return null;
  const kept = /kept\s+$/.test(lead[0]);
  // "should have kept the officers away / out of it"; "should never have let the officers near / go / help".
  if (kept ? !/^\s+(?:away|out\s+of|back|clear\s+of)(?![\p{L}])/u.test(after) : !GOING.test(after))
    return null;
  return lead[0];
}
