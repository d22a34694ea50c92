/**
 * A noun for what someone said, owned by the speaker: "the mayor's warning that …", "the union's reply, …", "the
 * senator's Friday statement calling …" (lexicon ownedSpeechNouns). The owner is the one who spoke: the quoted words
 * right after the noun are credited to them (quote-speaker.ts), and a day put between the owner and the noun dates the
 * speaking, not what it was about (compare/owned-speech-date.ts). General English; nothing here knows a story.
 */
import raw from './read/lexicon.json' with { type: 'json' };

const NOUNS = [...raw.ownedSpeechNouns.words].sort((a, b) => b.length - a.length).join('|');

/** Up to four words before the noun ("blunt", "earlier written", "Saturday, March 29"). */
const MODIFIERS = String.raw`(?:[\p{L}\p{N}.-]+,?\s+){0,4}?`;

/**
 * "X's statement also contains the line “…”", "X's post ended with “…”": a verb of containing and a few words of no
 * one's own (no possessive, no name) before the quoted words.
 */
const CONTAINS = (quoteMark: string) =>
  String.raw`(?:also\s+)?(?:contains|contained|includes|included|carries|carried|features|featured|(?:ends|ended|opens|opened|closes|closed|begins|began)\s+with)\s+(?:(?![^\s${quoteMark}]*['\u2019]s\b)\p{Ll}[^\s${quoteMark}.;:,]*\s+){0,7}?[:,]?\s*`;

/**
 * Right after a name: the possessive, the speech noun and then the quoted words (the placeholder `quoteMark`) after
 * "that" (up to three words may come first: "… reply that its members “…”"), a colon, a verb of containing ("X's statement
 * contains the line “…”"), a dash, or a copula ("X's line that
 * stuck with me was “…”", "X's answer to Y's remarks was “…”"). Not the noun with the quote right
 * after it: "called the mayor's remarks “an overreaction”" quotes the caller, not the mayor.
 */
export const ownedSpeechBeforeQuote = (quoteMark: string): RegExp =>
  new RegExp(
    String.raw`^['\u2019]s?\s+${MODIFIERS}(?:${NOUNS})\s*(?::|${CONTAINS(quoteMark)}|[\u2014\u2013]|\s-{1,2}\s|\bthat\s+(?:[^\s${quoteMark}.;:,]+\s+){0,3}|(?:\b(?:that|to|on|about|for|of)\s+(?:[^\s${quoteMark}.;:,]+\s+){0,5})?\b(?:was|is)\s+(?:simply\s+|just\s+)?)\s*${quoteMark}`,
    'u',
  );

/**
 * The same with a comma before the quoted words, after a time at most ("X's verdict that afternoon, “…”"): only where
 * the name opens the sentence as its subject (quote-speaker.ts checks); "In response to the mayor's comments, “…,” the
 * union said" quotes the union.
 */
export const ownedSpeechCommaBeforeQuote = (quoteMark: string): RegExp =>
  new RegExp(
    String.raw`^['\u2019]s?\s+${MODIFIERS}(?:${NOUNS})(?:\s+(?:that\s+(?:day|morning|afternoon|evening|night|week)|at\s+the\s+\p{Ll}+|in\s+(?:the|his|her|its|their)\s+\p{Ll}+|afterwards?|later|earlier))?\s*,\s*${quoteMark}`,
    'u',
  );

/** The possessive and the speech noun right after a name, with the words before the noun: "'s Saturday, March 29 statement". */
export const OWNED_SPEECH_NOUN = new RegExp(
  String.raw`^['\u2019]s?\s+(${MODIFIERS})(?:${NOUNS})(?![\p{L}-])`,
  'u',
);
