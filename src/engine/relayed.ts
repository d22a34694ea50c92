import { foldText } from './normalize.ts';
import type { Clause } from './read/types.ts';

/**
 * Words a sentence relays as another text's account, not as its own: a site, an outlet or a report that "placed"
 * (put, dated, set, timed) something somewhere ("One site placed the story under X", "The Y and the Z placed the
 * lawsuit a day before the visit"), or a text's own wording quoted after a verb of writing ("One site wrote "as the
 * election approaches""). What the text placed or wrote is its claim, reported; the page may go on to correct it.
 * General English; nothing here knows a story.
 */

/** A text as the subject: "one site", "both papers", "the article", "another outlet's story", "the Post's version". */
const TEXT_NOUN = String.raw`(?:web)?sites?|outlets?|(?:news)?papers?|articles?|stor(?:y|ies)|reports?|accounts?|posts?|pages?|blogs?|headlines?|pieces?|versions?|write-?ups?|summar(?:y|ies)|re-?posts?|deks?|captions?|retellings?|cop(?:y|ies)|broadcasts?|segments?|tweets?`;
const TEXT_SUBJECT = String.raw`\b(?:one|a|an|another|some|several|two|three|both|many|most|other|the|that|this|its|their|his|her|[\p{L}-]+'s)\s+(?:[\p{L}-]+\s+){0,2}?(?:${TEXT_NOUN})`;

/** Verbs of placing in time or place: an account's, never an act of the story's ("police placed …" has no text subject). */
const PLACING = String.raw`(?:also\s+|wrongly\s+|mistakenly\s+|instead\s+|erroneously\s+)?(?:placed|places|put|puts|dated|dates|set|sets|timed|times|misdated|misdates|located|locates|moved|moves)`;
/** Verbs of writing before a quotation ("wrote", "had him promising", "quoted him as saying"): the quoted words are the text's. */
const WRITING = String.raw`(?:also\s+|wrongly\s+|mistakenly\s+|instead\s+|erroneously\s+)?(?:wrote|writes|said|says|printed|prints|ran|runs|read|reads|claimed|claims|stated|states|headlined|described\s+it\s+as|called\s+it|put\s+it|(?:had|has|have)\s+(?:him|her|them)\s+(?:saying|promising|vowing|pledging|declaring|calling|writing|warning|telling)|(?:mis)?quoted\s+(?:him|her|them)\s+as\s+(?:saying|promising|writing))`;

const PLACED_BY_TEXT = new RegExp(`${TEXT_SUBJECT}\\s+${PLACING}\\b[^;:.!?"]*$`, 'u');
const QUOTED_FROM_TEXT = new RegExp(
  `${TEXT_SUBJECT}\\s+${WRITING}\\s*(?:that\\s+)?(?:[\\p{L}'-]+\\s+){0,3}?[:,]?\\s*"[^"]*$`,
  'u',
);

/**
 * "According to the gov1 dek, …", "Per the headline, …": the clause tells what a short part of a text says (its
 * headline, dek, subhead, summary, caption, teaser, title), in the page's words; that part's framing is relayed, not
 * asserted. Not a whole article or report, whose claims the page takes on when it cites them.
 */
const ACCORDING_TO_PART = new RegExp(
  String.raw`^\s*(?:according\s+to|per|in)\s+(?:the|its|their|[\p{L}\d-]+['\u2019]s)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:deks?|headlines?|subheads?|sub-?headlines?|summar(?:y|ies)(?:\s+lines?)?|captions?|teasers?|blurbs?|titles?|standfirsts?)\s*,`,
  'u',
);

/** "… carries the piece with a summary line saying …", "a dek that reads …": a short part of a text and what it says (up to ", and" or ", but", which begin the page's own words again). */
const PART_SAYING = new RegExp(
  String.raw`\b(?:a|an|the|its|their|[\p{L}\d-]+['\u2019]s)\s+(?:[\p{L}\d-]+\s+){0,2}?(?:deks?|headlines?|subheads?|sub-?headlines?|summary\s+lines?|captions?|teasers?|blurbs?|standfirsts?)\s+(?:saying|that\s+says|which\s+says|that\s+reads|which\s+reads|reading|stating|that\s+states)\b(?:(?!,\s+(?:and|but)\b)[^;:.!?])*$`,
  'u',
);

/** The clause of `folded` before `at` (after the last ; : . ! ? and not past a ", but"). */
function clauseHead(folded: string, at: number): string {
  const before = folded.slice(0, at);
  const cut = Math.max(
    before.search(/[;:.!?](?=[^;:.!?]*$)/),
    before.lastIndexOf(', but '),
    before.lastIndexOf(' but '),
  );
  return cut === -1 ? before : before.slice(cut + 1);
}

/** Whether the words at `at` of a folded sentence are another text's account the sentence relays. */
export function relayedAt(folded: string, at: number): boolean {
  const head = clauseHead(folded, at);
  if (
    PLACED_BY_TEXT.test(head) ||
    ACCORDING_TO_PART.test(folded.slice(0, at)) ||
    PART_SAYING.test(folded.slice(0, at))
  )
    return true;
  // Inside a quotation opened after a text and a verb of writing (up to its closing mark).
  return QUOTED_FROM_TEXT.test(folded.slice(Math.max(0, at - 200), at));
}

/** The subject of a clause is one or more outlets the reader found (their spans in `head`, blanked) or a text noun. */
const OUTLETS_ONLY = /^[\s,]*(?:(?:the|both|and)\s+|[\s,])*$/;

/** The two patterns of a relayed clause, built once (neither is global, so they keep no state between clauses). */
const PLACING_VERB = new RegExp(`\\s${PLACING}\\b`, 'u');
const TEXT_SUBJECT_END = new RegExp(`${TEXT_SUBJECT}\\s*$`, 'u');

/**
 * Whether a clause of the sentence relays a text's account: its subject is one or more outlets the reader found in it,
 * or a text ("one site"), right before a verb of placing ("The Y and the Z placed the lawsuit a day before the visit");
 * or a part of a text and what it says ("a headline saying …").
 */
export function relayedClause(sentence: string, clause: Clause): boolean {
  const folded = foldText(sentence.slice(clause.start, clause.end));
  // "A Post headline saying the mayor scolded cops spread on March 28": what the headline says is its account, and the
  // rest of the clause is about the headline; neither tells the event. Only as the clause's subject: "Gov1 re-posted it
  // after the orders, under a headline saying …" tells the re-post itself. The day it ran is the report's, which the
  // record may give loosely; what it says is the headline's, never the page's agreement (match-fact.ts).
  const part = PART_SAYING.exec(folded.replace(/[.!?;:\s]+$/, ''));
  if (part && /^[\s,]*(?:(?:and|but|so|then)\s+)?$/.test(folded.slice(0, part.index))) return true;
  const verb = PLACING_VERB.exec(folded);
  if (!verb) return false;
  const head = folded.slice(0, verb.index);
  if (TEXT_SUBJECT_END.test(head)) return true;
  const outlets = clause.mentions.filter(
    (m) => m.type === 'outlet' && !m.negated && m.end - clause.start <= verb.index,
  );
  if (!outlets.length) return false;
  const rest = outlets.reduce(
    (t, m) =>
      t.slice(0, m.start - clause.start) +
      ' '.repeat(m.end - m.start) +
      t.slice(m.end - clause.start),
    head,
  );
  return OUTLETS_ONLY.test(rest);
}
