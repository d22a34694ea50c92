/**
 * "In all, fifteen city officers ended up on that block", "Fifteen officers were there by the end": a count of people
 * placed at a scene the sentence before told of, by words that point back at it ("on that block", "there", "in all")
 * and name no event of their own. The scene is the one event the sentence before links whose record counts that noun;
 * the sentence is read again with the scene named ("… at the <event's word>") so that its count is compared with that
 * event's quantities as any named scene's is (what-came-before.ts takes only a conflict). So is a count of who were
 * "inside" or "aboard" with nothing after it, read as inside the vehicle the event names ("Chief X guessed there were
 * about a dozen people crammed inside" after a sentence on the van). Nothing here knows a story.
 */
import { readSentence } from '../read/read-sentence.ts';
import type { IndexedEvent } from './story-record.ts';
import type { Gazetteer } from '../read/gazetteer.ts';

/** Words that put the clause at a place told before: "on that block", "at that corner", "there". */
const POINTS_AT_SCENE =
  /\b(?:(?:on|at|to|in|onto)\s+that\s+(?:block|street|corner|spot|stretch|site|location|scene|intersection|road)|there)\b/i;
/** A bare "inside", "aboard" ending the clause: in the vehicle told before ("about a dozen people crammed inside"). */
const INSIDE = /\b(?:inside|in\s+it|aboard|on\s+board)(?=\s*(?:[.!,;]|$))/i;
/** An event's word for a vehicle, which a bare "inside" may point into. */
const VEHICLE = /^(?:van|vehicle|truck|car|suv|minivan|pickup|bus|boat|ferry|train|plane)$/;
/** An opening that sums up what came before: "In all,", "All told,", "In total,", "Altogether,", "By the end,". */
const SUMS_UP =
  /^\s*(?:In\s+all|All\s+told|In\s+total|Altogether|All\s+in\s+all|By\s+the\s+end)\s*,\s*/i;
/** Verbs of being at a scene, for a sentence that only sums up ("In all, fifteen officers showed up"). */
const PRESENCE =
  /\b(?:ended\s+up|arrived|showed\s+up|turned\s+up|responded|came|were\s+on\s+hand|were\s+present|converged)\b/i;
/** Nouns that may count anyone at a place. */
const GENERIC =
  /^(?:people|persons|individuals|folks|others|onlookers|bystanders|residents|neighbou?rs)$/;
/** Words that set the clause at another time or place than the scene ("later", "the next day", "that night at"). */
const ELSEWHERE =
  /\b(?:later|next|following|before|after|since|until|years?|months?|weeks?|days?|today|tonight|tomorrow|yesterday|now|usually|every)\b/i;

/** Whether the sentence may place a count at a scene told before (cheap: most sentences fail at once). */
export const mayCountThere = (sentence: string): boolean =>
  (POINTS_AT_SCENE.test(sentence) ||
    INSIDE.test(sentence) ||
    (SUMS_UP.test(sentence) && PRESENCE.test(sentence))) &&
  /\d|\b[a-z]+(?:teen|ty)\b|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozen)\b/i.test(
    sentence,
  );

/**
 * The sentence with the scene named, or null: a count with a noun that the one event among `events` counts (and no
 * other of them does), no word of another time, and words pointing back at the scene.
 */
export function withCountScene(
  sentence: string,
  events: readonly IndexedEvent[],
  gazetteer: Gazetteer,
): string | null {
  if (!mayCountThere(sentence) || ELSEWHERE.test(sentence)) return null;
  const counts = readSentence(sentence, gazetteer).flatMap((c) =>
    c.mentions.filter((m) => m.type === 'count' && !m.negated && m.value.noun),
  );
  if (counts.length !== 1) return null;
  const count = counts[0]!;
  if (count.type !== 'count') return null;
  const noun = count.value.noun.toLowerCase();
  // "people" at a scene may be anyone there (onlookers, neighbours): only a noun of a kind the event counts. Inside
  // the vehicle, they are who rode in it.
  const inside = INSIDE.exec(sentence);
  if (GENERIC.test(noun) && !inside) return null;
  const head = noun.split(/\s+/).pop() ?? noun;
  const single = head.replace(/s$/, '');
  const counting = events.filter((e) =>
    e.quantities.some((q) => q.nouns.has(noun) || q.nouns.has(head) || q.nouns.has(single)),
  );
  if (counting.length !== 1) return null;
  if (inside) {
    const vehicle = counting[0]!.words.find((w) => VEHICLE.test(w));
    if (!vehicle) return null;
    return `${sentence.slice(0, inside.index)}inside the ${vehicle}${sentence.slice(inside.index + inside[0].length)}`;
  }
  const word = counting[0]!.words[0];
  if (!word) return null;
  const at = POINTS_AT_SCENE.exec(sentence);
  if (at)
    return `${sentence.slice(0, at.index)}at the ${word}${sentence.slice(at.index + at[0].length)}`;
  return sentence.replace(SUMS_UP, '').replace(/[.!]?\s*$/, ` at the ${word}.`);
}
