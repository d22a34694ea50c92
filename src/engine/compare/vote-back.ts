/**
 * "It passed narrowly, five votes to four", "The measure was adopted on a 7-2 vote": a sentence whose subject is a
 * pronoun or a definite word for a measure, pointing back at what the sentence before told of, with a vote in it.
 * The vote is compared with the voted events of the sentence before (analyze.ts); the sentence need not repeat the
 * record's word for that event. General English only; nothing here knows a story.
 */
import { voteIn } from './record-extent.ts';

const MEASURES = String.raw`resolution|measure|bill|ordinance|motion|proposal|amendment|legislation|law|proclamation|policy|plan|declaration|item`;
/** The subject at the start: "It", "The resolution", "That measure", "The updated ordinance", "Council's bill" … */
const POINTS_BACK = new RegExp(
  String.raw`^\s*(?:(?:but|and|yet|so|then|eventually|ultimately|in\s+the\s+end|in\s+fact)\s*,?\s+)?(?:it|(?:the|that|this|its|their)\s+(?:[\w-]+\s+){0,2}?(?:${MEASURES}))\s+(?:was|were|had|has|have|is|finally|eventually|ultimately|then|only|also|\w+ly\s+)?\s*(?:been\s+)?(?:passed|passes|pass|approved|approves|adopted|adopts|carried|cleared|went\s+through|sailed\s+through|squeaked\s+through|won|narrowly|unanimously)\b`,
  'i',
);

/** Whether the sentence points back at a measure told of before and gives a vote on it. */
export const voteOfWhatCameBeforeIn = (sentence: string): boolean =>
  POINTS_BACK.test(sentence) && voteIn(sentence) !== null;
