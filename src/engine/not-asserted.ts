/**
 * Words of a sentence the page does not assert as what happened. Two kinds, general (nothing here knows a story):
 *
 * - A sentence the page introduces as a myth, a rumour or a false claim ("Myth one: …", "Rumor: …", "False claim:
 *   …", a fact-check's "Claim: …", "It is not true that …"): it is what the page goes on to refute or check, like a
 *   question the page asks, and asserts nothing.
 * - A thing a later text is said to have mentioned ("the article's introduction mentioned X", "the headline referred
 *   to X", "the dek speaks of X"): X is the text's topic, reported as its content, not put at the time of the events
 *   the text is about.
 */

/** A label that frames the sentence as a claim to refute or check, with an optional number ("Myth #2:", "Rumour three —"). */
const FRAMED =
  /^\s*(?:(?:the\s+)?(?:myth|misconception|rumou?r|false\s+claim|falsehood|hoax|fake\s+claim|viral\s+claim|claim|the\s+claim)(?:\s+(?:no\.?\s*|#\s*)?(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|first|second|third|fourth|fifth))?\s*[:\u2014\u2013]|(?:it\s+is|it['\u2019]s)\s+(?:not\s+true|untrue|false|a\s+myth)\s+that\b)/i;

/** Whether the sentence is a claim the page frames as a myth, rumour or false claim. */
export function framedAsFalse(sentence: string): boolean {
  return FRAMED.test(sentence);
}

/** A later text as the subject: what it printed is its content. Not a speaker's own words of the time ("statement", "remarks"). */
const TEXT_NOUN = String.raw`(?:introduction|intro|article|headline|dek|summary|re-?post|repost|caption|subhead(?:line)?|blurb|teaser|description|piece|story|write-?up|page|website|site|preview|abstract|lede|lead-in|newsletter|column|editorial|video|segment|broadcast|episode|thread|tweet|post)s?`;
/** Verbs of mentioning or describing ("the dek speaks of"), up to 160 characters before the thing mentioned, in the same clause. */
const MENTIONED = new RegExp(
  String.raw`\b${TEXT_NOUN}\b[^,;:.!?]{0,60}?\b(?:mention(?:s|ed)?|referr(?:ed|ing)\s+to|refers\s+to|cit(?:ed|es|ing)|allud(?:ed|es)\s+to|discuss(?:ed|es)?|brought\s+up|touched\s+on|named|listed|speaks\s+of|spoke\s+of|talks\s+about|talked\s+about|describ(?:es|ed))\b[^,;:.!?]{0,160}$`,
  'i',
);

/** A part of a text that is its wording ("its subheading says …", "the headline reads …"): what it says is what it printed. */
const TEXT_PART = String.raw`(?:introduction|intro|headline|dek|caption|subhead(?:ing|line)?|sub-?heading|blurb|teaser|description|abstract|lede|lead-in|title|summary)s?`;
const PART_SAYS = new RegExp(
  String.raw`\b${TEXT_PART}\b[^,;:.!?]{0,30}?\b(?:says|said|reads|read|states|stated|claims|claimed)\b[^;:.!?]{0,200}$`,
  'i',
);

/** Whether the folded words before `at` make what stands at `at` a topic a text mentioned, or what a part of a text says. */
export function mentionedTopic(folded: string, at: number): boolean {
  const before = folded.slice(Math.max(0, at - 240), at);
  return MENTIONED.test(before) || PART_SAYS.test(before);
}
