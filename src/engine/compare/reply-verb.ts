/**
 * A verb of replying ("answered separately with its own statement", "The union answered on Wednesday", "responded
 * that …", "responded to the mayor's remarks"): the verb names a reply, not an answering of a call or a response to a
 * scene, so no event whose words are "answered" or "responded" is named by it. General English; nothing here knows a
 * story.
 */
const VERB = String.raw`\b(?:answer(?:s|ed)?|respond(?:s|ed)?|repl(?:y|ies|ied))\b`;
/** An adverb between the subject or the verb and what follows ("quickly", "separately", "later"). */
const ADVERB = String.raw`(?:[a-z]+ly\s+|later\s+|soon\s+|then\s+|also\s+)?`;
/** Replying with a text: "responded with a letter", "answered separately with its own statement", "responded on Friday, two days later, with an X post". */
const REPLY_WITH = String.raw`(?=(?:(?!,\s+(?:and|but)\b)[^.;:!?]){0,80}?\s(?:[a-z]+ly\s+|[a-z]+\s+)?with\s+(?:a|an|its|their|his|her|the)\s+(?:own\s+)?(?:[a-z]+\s+)?(?:statement|reply|post|letter|tweet|response|video|release)s?\b)`;
/** Replying in words: "responded that …", "answered by saying", "replied in a statement", "answered on X". */
const REPLY_SAYING = String.raw`(?=\s+${ADVERB}(?:that\b(?!\s+(?:day|night|evening|morning|afternoon|week|weekend|time|same|very|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)|by\s+(?:saying|posting|writing|issuing|releasing|calling|backing|defending|praising|thanking|criticizing|criticising|blasting|slamming|accusing|noting|pointing|insisting|arguing|announcing)\b|in\s+(?:a|an|its|their|his|her)\s+(?:[a-z]+\s+)?(?:statement|post|letter|interview|release|op-ed)\b|on\s+(?:x|twitter|facebook|social\s+media)\b))`;
/** Replying to words or people, not to a call or a scene: "responded to the mayor's remarks", "answered critics". */
const REPLY_TO = String.raw`(?=\s+${ADVERB}(?:to\s+)?(?:the\s+|his\s+|her\s+|their\s+|its\s+)?(?:[a-z]+(?:'s)?\s+)?(?:criticism|critics|remarks|comments|statements?|questions|reporters|accusations|allegations|backlash|outcry|rebuke|scolding|post|letter|tweet|news\s+conference|press\s+conference)\b)`;
/** A body that speaks rather than goes to a scene, as the verb's subject: "The union answered on Wednesday". */
const SPEAKERS = String.raw`(?:union|club|council|mayor|governor|senator|spokesman|spokeswoman|spokesperson|critics|advocates|association|lawyer|attorney|administration|white\s+house|city\s+hall|campaign)(?:'s\s+(?:president|lawyer|leaders?))?\s+${ADVERB}`;
/** Not when the body only owns or sends the subject ("Officers from the Locust Club answered"). */
const SPEAKING_SUBJECT = String.raw`(?<=\b${SPEAKERS})(?<!\b(?:from|of|with|for|by|at|among|to)\s+(?:the\s+)?(?:[a-z.'-]+\s+){0,3}?${SPEAKERS})`;
const REPLY = new RegExp(
  String.raw`${VERB}${REPLY_WITH}|${VERB}${REPLY_SAYING}|${VERB}${REPLY_TO}|${SPEAKING_SUBJECT}${VERB}`,
  'g',
);

/** Folded (lower-case) text with each such verb blanked, offsets kept. */
export const blankReplies = (folded: string): string =>
  folded.replace(REPLY, (w) => ' '.repeat(w.length));
