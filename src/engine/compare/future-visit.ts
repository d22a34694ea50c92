/**
 * A visit told as intended without the word "visit": "he'd be in Rochester in about two weeks", "said she would
 * come to Tucson", "will head up to Albany". Such a clause names the events whose words are a promised visit
 * ("will visit", "would visit", "would come": the pack's words), as "would visit X" does; nothing here knows a story.
 *
 * The line: a modal of the future (will, would, 'd, is / was going to) then being in, coming, heading or travelling
 * to a capitalised name (a place; the clause's own reading decides what it is). Not "would be in charge", "will be
 * in touch" (no capitalised name), nor a past visit ("was in Rochester"): those name no promised visit.
 */

const MODAL = String.raw`(?:will|would|['\u2019]d|(?:is|was|are|were)\s+going\s+to)`;
const MOVE = String.raw`(?:be\s+(?:back\s+)?(?:in|at)|come\s+(?:up\s+|down\s+|back\s+|out\s+)?to|head\s+(?:up\s+|down\s+|out\s+)?to|travel\s+to|go\s+(?:up\s+|down\s+)?to|make\s+(?:it|the\s+trip)\s+to|stop\s+(?:in|by)|swing\s+through)`;
const FUTURE_VISIT = new RegExp(
  String.raw`\b${MODAL}\s+(?:(?:also|soon|personally|likely|probably|then)\s+)?${MOVE}\s+(?:the\s+)?\p{Lu}`,
  'u',
);

/** A pack word of a promised visit: "will visit", "would visit", "would come". */
const VISIT_WORD = /^(?:will|would)\s+(?:visit|come)\b/;

/** Whether `text` (a clause as written) tells of a visit someone will make, in words other than "visit". */
export const saysFutureVisit = (text: string): boolean => FUTURE_VISIT.test(text);

/** Whether an event's words are those of a promised visit. */
export const isPromisedVisit = (words: readonly string[]): boolean =>
  words.some((w) => VISIT_WORD.test(w));
