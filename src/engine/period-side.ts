/**
 * A pack's wrong term for a period (a time-context fact's wrong value with a `period`) that the sentence itself puts
 * on the right side of the story, so it places nothing there by mistake. General English; nothing here knows a story.
 *
 * - A period that begins after the story (a `period` with a start and no end: "after the first executive orders")
 *   named as the point something came before: "the chiefs spoke before Trump's first executive orders", "weeks ahead
 *   of the orders", "prior to the orders".
 * - A period that ended before the story (a `period` with an end: "the Biden administration") told as over, the term
 *   the subject of a verb of ending: "the Biden administration left office two months ago", "had ended by then",
 *   "…, which left office in January,".
 *
 * Not when denied ("had not yet left office", "did not come before the orders") or tied to a later point ("left office
 * after the stop"): those keep the term's finding.
 */
import type { Period } from '../pack/schema.ts';

/** Right before the term, in its clause: a word of "before" and up to three words ("before Trump's first"). */
const BEFORE_TERM =
  /\b(?:before|ahead\s+of|prior\s+to|preceding|predat(?:ed|es|ing)|in\s+advance\s+of)\s+(?:[\p{L}'-]+\s+){0,3}$/u;

/** Right after the term: a verb of ending it, with an optional "which" and auxiliaries ("had already left office"). */
const ENDED_AFTER =
  /^\s*(?:,\s*(?:which|that)\s+)?(?:had\s+|has\s+|was\s+|were\s+)?(?:already\s+|long\s+|just\s+|since\s+|by\s+then\s+)?(?:left\s+(?:office|power|the\s+white\s+house)|ended|was\s+over|were\s+over|(?:came|come)\s+to\s+an\s+end|gave\s+way|given\s+way|handed\s+over|stepped\s+down|departed|(?:was|were)\s+(?:gone|out\s+of\s+(?:office|power)))\b/u;

/** A denial anywhere in the clause before the point (or between the term and its verb). */
const DENIAL = /\b(?:not|never|no|yet\s+to)\b|n't\b/;

/** The end told as after a point of the story ("left office after the stop"). */
const LATER_POINT =
  /\b(?:after|following|later\s+than)\s+(?:the|this|that|these|those|it|its|his|her|their)\b/;

/** The start of the clause holding `at` (after the last ; : . ! ? before it). */
function clauseStart(folded: string, at: number): number {
  const before = folded.slice(0, at);
  const m = /[;:.!?](?=[^;:.!?]*$)/.exec(before);
  return m ? m.index + 1 : 0;
}

/** The end of the clause holding `at`. */
function clauseEnd(folded: string, at: number): number {
  const m = /[;:.!?]/.exec(folded.slice(at));
  return m ? at + m.index : folded.length;
}

/** Whether the folded sentence puts the term at [start, end) on the right side of the story for `period`. */
export function toldOnItsSide(folded: string, start: number, end: number, period: Period): boolean {
  const head = folded.slice(clauseStart(folded, start), start);
  if (!period.end) {
    // A period after the story, named as the point something came before.
    const before = BEFORE_TERM.exec(head);
    return before !== null && !DENIAL.test(head.slice(0, before.index));
  }
  // A period before the story, told as over.
  const tail = folded.slice(end, clauseEnd(folded, end));
  const ended = ENDED_AFTER.exec(tail);
  if (!ended || DENIAL.test(ended[0]) || DENIAL.test(head)) return false;
  return !LATER_POINT.test(tail.slice(ended[0].length));
}

/**
 * The term dates the point another time is counted from, not what the sentence tells: "came to town weeks after the
 * stop on Whitney Street in March", "since the raid of May". A word of "after", "since" or "before", a determiner and
 * up to seven words, then the term's preposition, with no comma between: the term is that point's date.
 */
const POINT_DATED =
  /\b(?:after|since|following|before|ahead\s+of|prior\s+to|in\s+the\s+wake\s+of)\s+(?:the|that|this|its|his|her|their|last)\s+(?:[\p{L}\d'-]+\s+){0,7}(?:in|on|of|from|during)\s+$/u;

/** Whether the term at `start` is the date of a point named in its clause (see POINT_DATED). */
export function datesAPoint(folded: string, start: number): boolean {
  // The words between the point word and the term admit no comma ("after the grounding, in May" dates the clause's own act).
  return POINT_DATED.test(folded.slice(clauseStart(folded, start), start));
}

/** Words that tell what was said as from before ("old quotes", "resurfaced statements", "earlier remarks"). */
const TOLD_AS_OLD =
  /\b(?:old|older|earlier|past|previous|resurfaced|recirculated|years-old|months-old)\s+(?:quotes?|quotations|statements?|remarks|comments|words|vows?|pledges?|clips?|interviews?|posts?)\b/;

/**
 * A period that begins after the story named in the clause of what was said told as old ("With this week's executive orders,
 * readers have been sharing old quotes from police chiefs"): the sentence itself puts the saying before the period.
 */
export function toldAsOld(folded: string, period: Period, at: number): boolean {
  const old = TOLD_AS_OLD.exec(folded);
  if (period.end || !old) return false;
  // In the clause of the period's word, not another ("spoke out after the orders, and their old quotes keep circulating").
  const [from, to] = old.index < at ? [old.index, at] : [at, old.index];
  return !/,\s*(?:and|but|while|so)\b|;/.test(folded.slice(from, to));
}
