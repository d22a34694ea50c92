/**
 * Who does the act of a contradicted claim. A claim that opens on a term of one of its `when` groups and goes on in the
 * active voice ("Rochester police made the traffic stop") names a doer: that group's terms are who acted, the other
 * groups' what was done. A page says the claim only where the doer does the act: named before it in the same clause
 * ("RPD officers pulled over the van", "RPD had the van pulled over"), or after a passive as its agent ("was pulled over
 * by RPD"). A passive with no "by" names no doer ("the van was already pulled over"), and a body in another clause
 * ("…, and RPD staff who were in the area saw it") did something else. A claim in the passive ("officers were fired")
 * names none: its groups stay a bag of words. General English; nothing here knows a story.
 */
import { findTerm } from './terms.ts';

/** A be- or get-auxiliary right after a claim's opening term: the claim is passive and its subject no doer. */
const PASSIVE_AFTER =
  /^\s*(?:was|were|is|are|be|been|being|had\s+been|has\s+been|have\s+been|got|gets|get)\b/;
/** Right before an act: a be- or get-auxiliary, perhaps with adverbs ("was already pulled over", "got pulled over"). */
const PASSIVE_BEFORE =
  /\b(?:was|were|is|are|be|been|being|got|get|gets|getting)\s+(?:(?:\p{L}+ly|already|still|just|then|not|never|also|even|soon)\s+)*$/u;
/**
 * Between a doer and its act, a break into another clause: a stop, a dash, a comma before a conjunction, or a
 * conjunction before a new subject ("RPD arrived after agents pulled over the van").
 */
const BREAK =
  /[;:!?]|\s[-\u2013\u2014]\s|\u2014|,\s*(?:and|but|or|so|yet|while|as|when|whereas|although|though|then|before|after)\b|\b(?:and|but|or|while|whereas|although|though|after|before|when|once|until|because|since)\s+(?:the|a|an|they|he|she|it|we|you|i|their|his|her|its|our|federal|feds|agents?)\b/;
/** After a passive act, its agent: "by" within a few words, in the same clause. */
const AGENT = /^(?:\s+[\p{L}\p{N}'-]+){0,4}?\s+by\s+(?:the\s+)?$/u;

/** The index of the `when` group a folded claim opens on in the active voice, or -1. */
export function claimDoerGroup(claim: string, when: readonly (readonly string[])[]): number {
  if (when.length < 2) return -1;
  // With its article or without ("the wardens", "wardens").
  for (const text of [claim.trim(), claim.trim().replace(/^(?:the|a|an)\s+/, '')]) {
    for (let g = 0; g < when.length; g++) {
      const term = [...(when[g] ?? [])]
        .sort((a, b) => b.length - a.length)
        .find((t) => findTerm(text, t) === 0);
      if (term) return PASSIVE_AFTER.test(text.slice(term.length)) ? -1 : g;
    }
  }
  return -1;
}

/** Every whole-word occurrence of the terms, as [start, end). */
function occurrences(folded: string, terms: readonly string[]): [number, number][] {
  const out: [number, number][] = [];
  for (const t of terms)
    for (let at = findTerm(folded, t); at !== -1; at = findTerm(folded, t, at + 1))
      out.push([at, at + t.length]);
  return out;
}

/** Whether the folded sentence has the doer (`doer` terms) doing one of the acts (`acts` terms). */
export function doerDoesAct(
  folded: string,
  doer: readonly string[],
  acts: readonly string[],
): boolean {
  const doers = occurrences(folded, doer);
  return occurrences(folded, acts).some(([as, ae]) => {
    const passive = PASSIVE_BEFORE.test(folded.slice(0, as));
    return doers.some(([ds, de]) => {
      if (de <= as) return !passive && !BREAK.test(folded.slice(de, as));
      return ds >= ae && AGENT.test(folded.slice(ae, ds));
    });
  });
}
