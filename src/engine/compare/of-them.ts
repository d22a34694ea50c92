/**
 * "Two of them have since been suspended": a part of a group the sentence before counted ("The ten officers involved
 * were moved to desk duty …"), named by a pronoun. The sentence is read again with the group's noun in the pronoun's
 * place ("Two of the officers have since been suspended …"), so that what befell them is compared with the record as
 * any named group's is (what-came-before.ts takes only a conflict). Only when the sentence opens on "<count> of them"
 * (or "all/both/each/none/most/some of them") and the sentence before counts one group with a noun. Nothing here knows
 * a story.
 */
import { readSentence } from '../read/read-sentence.ts';
import type { Gazetteer } from '../read/gazetteer.ts';

/** "Two of them", "All of them", "None of them" opening the sentence: group 1 the quantifier. */
const OF_THEM =
  /^\s*((?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a\s+few|several|some|most|all|both|each|none|neither|many|half)(?:\s+more)?)\s+of\s+them\b/i;

/** Whether the sentence opens on a part of a group named by "of them" (cheap: most sentences fail at once). */
export const opensOfThem = (sentence: string): boolean => OF_THEM.test(sentence);

/** The sentence with the group named ("Two of the officers …"), or null when the sentence before counts no one group. */
export function withGroupNamed(
  sentence: string,
  before: string,
  gazetteer: Gazetteer,
): string | null {
  const m = OF_THEM.exec(sentence);
  if (!m) return null;
  const groups = readSentence(before, gazetteer).flatMap((c) =>
    c.mentions.flatMap((x) =>
      x.type === 'count' && !x.negated && x.value.noun ? [x.value.noun] : [],
    ),
  );
  const nouns = [...new Set(groups)];
  if (nouns.length !== 1) return null;
  return `${sentence.slice(0, m.index)}${m[1]} of the ${nouns[0]}${sentence.slice(m.index + m[0].length)}`;
}

/** "All eight", "The three", "Those eight" opening the sentence, the number counting nothing after it: group 2 the number. */
const BARE_COUNT =
  /^(\s*(?:all|the|those|these|all\s+the|all\s+of\s+the)\s+)(\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b(?=\s+(?:were|was|had|have|ended|got|went|wound|came|stayed|remained|are|spent|later|then|eventually|all)\b)/i;

/** Whether the sentence opens on a group named by its number alone (cheap). */
export const opensOnBareCount = (sentence: string): boolean => BARE_COUNT.test(sentence);

/** The sentence with the noun of the group of that size the sentence before counted, or null. */
export function withBareCountNamed(
  sentence: string,
  before: string,
  gazetteer: Gazetteer,
): string | null {
  const m = BARE_COUNT.exec(sentence);
  if (!m) return null;
  const counted = readSentence(sentence, gazetteer)
    .flatMap((c) => c.mentions)
    .find((x) => x.type === 'count' && x.start === m[1]!.length);
  if (!counted || counted.type !== 'count' || counted.value.noun) return null;
  const n = counted.value.min;
  const nouns = [
    ...new Set(
      readSentence(before, gazetteer).flatMap((c) =>
        c.mentions.flatMap((x) =>
          x.type === 'count' &&
          !x.negated &&
          x.value.noun &&
          x.value.min <= n &&
          (x.value.max ?? x.value.min) >= n
            ? [x.value.noun]
            : [],
        ),
      ),
    ),
  ];
  if (nouns.length !== 1) return null;
  const at = m[0].length;
  return `${sentence.slice(0, at)} ${nouns[0]}${sentence.slice(at)}`;
}
