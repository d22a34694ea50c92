/**
 * "One officer told us …", "two deputies said": a count that is the subject of a verb of speech names who spoke,
 * not how many took part in what is told. A hand-listed wrong count ("one officer" where about ten responded) is
 * not that count there. General English only (the lexicon's speech verbs); nothing here knows a story.
 */
import { lexicon } from './read/lexicon.ts';

/** Verbs of speech that are also acts of taking part ("one officer responded", "two agents asked for help"). */
const ALSO_ACTS = new Set([
  'responded',
  'responds',
  'asked',
  'posted',
  'tweeted',
  'added',
  'adds',
  'announced',
  'declared',
  'vowed',
]);

/** After the verb: someone, then "to" and a verb, as an order ("told the occupants to get out", "told them to leave"). */
const ORDERED = /^(?:[\p{L}'’-]+\s+){0,3}to\s+[\p{L}]/u;

/** Adverbs that may stand between the speaker and the verb ("one officer later told us"). */
const BETWEEN = new Set([
  'later',
  'also',
  'then',
  'privately',
  'quietly',
  'anonymously',
  'recently',
  'once',
  'reportedly',
]);

/**
 * Whether the words right after `end` in the lower-case sentence are a verb of speech (after at most two adverbs);
 * `noun` is the counted noun when it comes first ("one" + "officer told us").
 */
export function countIsSpeaker(lower: string, end: number, noun?: string): boolean {
  let words =
    lower
      .slice(end, end + 80)
      .match(/^(?:\s+[\p{L}'’-]+){1,6}/u)?.[0]
      .trim()
      .split(/\s+/) ?? [];
  if (noun) {
    const nouns = noun.toLowerCase().split(/\s+/);
    if (words.slice(0, nouns.length).join(' ') !== nouns.join(' ')) return false;
    words = words.slice(nouns.length);
  }
  for (const [i, w] of words.slice(0, 3).entries()) {
    // "One officer told the occupants to get out": an order given at the scene, an act of taking part.
    if (lexicon.speechVerbs.has(w))
      return !ALSO_ACTS.has(w) && !ORDERED.test(words.slice(i + 1).join(' '));
    if (!BETWEEN.has(w)) return false;
  }
  return false;
}
