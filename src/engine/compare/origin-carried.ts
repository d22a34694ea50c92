/**
 * Where people are from, said in a sentence of its own whose subject stands for the people the sentence before
 * told of: "Four women were held at the county jail. They are from Chile." / "Agents held four women. The women
 * are natives of Chile." / "… All four hail from Chile." The origin is compared (compare-origin.ts) with the one the
 * record gives the people of the outcome the sentence before names, in the events that sentence links (the caller,
 * analyze.ts, finds them). Only when the subject surely is those people:
 *
 * - "they" (or "they all"): the sentence before opens on the group ("Four women were …", "Four of them, a mother
 *   and her daughters, were …") and names no one else before its outcome, so that "they" cannot be whoever did it
 *   ("Agents held four women. They are from Chile": the agents, maybe);
 * - a group word ("the women", "all four", "both", "the four women"): a noun the record uses for those people, or a
 *   number the sentence before counts them with (and counts nothing else with);
 * - the origin right after the verb ("are from", "came from", "hail from", "are natives of", "are Chilean
 *   nationals"), and nothing after it in the clause: "They are from the Chile desk" is no origin;
 * - no verb of speech before the outcome in the sentence before ("Four women said agents had held their mother").
 *
 * The clause must be the page's own assertion as the stance reader has it (a claim hedged as reported is not
 * compared), neither denied nor inside quotation marks. Only a conflict is returned: another country where the
 * record has one; a region that holds the recorded country, or the country, agrees and says nothing.
 */
import { readSentence } from '../read/index.ts';
import { findOrigins, singularNoun } from '../read/find-origins.ts';
import type { Gazetteer } from '../read/gazetteer.ts';
import { kinWord } from '../read/kinship.ts';
import { lexicon } from '../read/lexicon.ts';
import type { Mention } from '../read/types.ts';
import { isSpeech } from '../pronoun-chain.ts';
import { relayedClause } from '../relayed.ts';
import { FOR_THEM, groups, NEAR, originResult, type Group } from './compare-origin.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent } from './story-record.ts';

/** Adverbs a subject and its verb may carry ("They are all from …", "were originally from …"). */
const ADVERBS = String.raw`(?:(?:all|both|each|originally|also|actually|reportedly|allegedly|apparently|themselves)\s+)*`;

/** The opening: a short subject, a verb of being or coming from, and what leads to the origin. */
const OPENS = new RegExp(
  String.raw`^\W*([\p{L}\d]+(?:\s+[\p{L}\d]+){0,4}?)\s+${ADVERBS}(?:(are|were)\s+${ADVERBS}(?:from\s+(?:the\s+)?|(?:natives|nationals|citizens)\s+of\s+(?:the\s+)?)?|(?:come|came|hail|hailed)\s+${ADVERBS}from\s+(?:the\s+)?)(?=\p{Lu})`,
  'u',
);

/** Words that only point at the group ("the", "all", "of them"). */
const POINTERS = /^(?:the|all|both|these|those|of|them)$/;

interface Subject {
  pronoun: boolean;
  number?: number;
  noun?: string;
}

/** A number word or digits ("three", "3"), or undefined. */
function numberOf(word: string): number | undefined {
  if (/^\d{1,3}$/.test(word)) return Number(word);
  const v = lexicon.numberWords.get(word);
  return typeof v === 'number' ? v : undefined;
}

/** The subject of the opening: "they", or pointing words with at most a number and a noun ("all three", "the men"). */
function subjectOf(text: string): Subject | null {
  const words = text.toLowerCase().split(/\s+/);
  if (words[0] === 'they')
    return words.slice(1).every((w) => /^(?:all|both)$/.test(w)) ? { pronoun: true } : null;
  let number: number | undefined = words.includes('both') ? 2 : undefined;
  let noun: string | undefined;
  for (const w of words) {
    if (POINTERS.test(w)) continue;
    const n = numberOf(w);
    if (n !== undefined && number === undefined && noun === undefined) number = n;
    else if (noun === undefined && /^\p{Ll}+$/u.test(w)) noun = singularNoun(w);
    else return null;
  }
  // "All are from …" points at no one in particular; "the three of them", "both men", "the women" do.
  if (number === undefined && noun === undefined) return null;
  // "the three of them" and "all three" need no noun; a noun needs a pointer before it ("the men", not "men").
  if (noun !== undefined && !POINTERS.test(words[0]!)) return null;
  return {
    pronoun: false,
    ...(number !== undefined && { number }),
    ...(noun !== undefined && { noun }),
  };
}

/** Whether the sentence opens on the group's people, with at most a number before ("Four women were", "Four of them, …"). */
function opensOnGroup(text: string, g: Group): boolean {
  const m =
    /^\W*(?:(?:the|all|those|these)\s+)?(?:([\p{L}\d]+)\s+)?(?:(of\s+them)\b|([\p{L}]+))/iu.exec(
      text,
    );
  if (!m) return false;
  const number = m[1] ? numberOf(m[1].toLowerCase()) : undefined;
  if (m[1] && number === undefined) return false;
  if (m[2]) return number !== undefined;
  const noun = m[3] ? singularNoun(m[3].toLowerCase()) : '';
  return (
    isTheirs(noun, g) ||
    (number === undefined &&
      numberOf(noun) !== undefined &&
      /^\W*[\p{L}\d]+\s+of\s+them\b/iu.test(text))
  );
}

/** A word the record uses for the group's people, or one of its kin words. */
function isTheirs(noun: string, g: Group): boolean {
  const kin = kinWord(noun);
  return g.nouns.has(noun) || (kin !== null && (g.kin?.includes(kin) ?? false));
}

const COUNTED = (m: Mention): m is Mention & { type: 'count' } => m.type === 'count' && !m.negated;

/** Whether the subject stands for group `g`, told of in the sentence before (`before`, its mentions `mentions`). */
function linked(subject: Subject, g: Group, before: string, mentions: readonly Mention[]): boolean {
  const outcome = mentions.find(
    (m) => m.type === 'outcome' && !m.negated && (NEAR[g.kind] ?? [g.kind]).includes(m.value.kind),
  );
  // "Three men told reporters agents had detained their father": what they said befell someone else.
  if (!outcome || isSpeech(before.slice(0, outcome.start))) return false;
  if (subject.pronoun) {
    // No one else named before the outcome: "they" goes on with the sentence before's subject, the group.
    const others = mentions.some(
      (m) =>
        m.start < outcome.start &&
        (m.type === 'agency' || m.type === 'person' || m.type === 'title'),
    );
    return !others && opensOnGroup(before, g);
  }
  if (subject.noun !== undefined && !isTheirs(subject.noun, g)) return false;
  const counts = mentions.filter(COUNTED);
  if (subject.number !== undefined) {
    // "All three": the one count of that number in the sentence before, of the group's people (or of "them").
    const same = counts.filter(
      (c) => c.value.min === subject.number && c.value.max === subject.number,
    );
    if (same.length !== 1) return false;
    const noun = singularNoun(same[0]!.value.noun);
    return noun === '' ? opensOnGroup(before, g) : isTheirs(noun, g);
  }
  // "The men": the group counted with that noun, or the sentence opening on them.
  return counts.some((c) => singularNoun(c.value.noun) === subject.noun) || opensOnGroup(before, g);
}

/** Whether the sentence opens the way this reader reads: a short subject, a verb of being or coming from, then a name. */
export function opensOnOrigin(sentence: string): boolean {
  return OPENS.test(sentence);
}

/**
 * A conflict of the origin said of the subject standing for the people the sentence before told of (`before`, which
 * links `events`), or null.
 */
export function carriedOriginConflict(
  sentence: string,
  before: string,
  events: readonly IndexedEvent[],
  gazetteer: Gazetteer,
): { comparisons: Comparison[]; explanation: string; events: string[] } | null {
  const open = OPENS.exec(sentence);
  if (!open) return null;
  const subject = subjectOf(open[1]!);
  if (!subject) return null;
  const gs = events.flatMap((e) =>
    groups([e])
      .filter((g) => g.origin)
      .map((g) => ({ g, e })),
  );
  if (!gs.length) return null;
  const at = open[0].length;
  const origin = findOrigins(sentence).find((o) => o.start === at);
  // Nothing more in the clause after it than a word for the people themselves ("Chilean nationals").
  const after = origin
    ? /^\s*(\p{Ll}+)?\s*(?:[,.;:!?)]|$)/u.exec(sentence.slice(origin.end))
    : null;
  const holder = after?.[1] === undefined ? undefined : singularNoun(after[1].toLowerCase());
  if (
    !origin ||
    !after ||
    (holder !== undefined &&
      (holder !== origin.holder ||
        !(FOR_THEM.has(holder) || gs.some(({ g }) => g.nouns.has(holder))))) ||
    /["\u201C\u201D]/.test(sentence.slice(0, origin.end))
  )
    return null;
  // The page's own assertion, as the stance reader has it.
  const clause = readSentence(sentence, gazetteer).find(
    (c) => c.start <= origin.start && origin.end <= c.end,
  );
  if (!clause || clause.stance !== 'asserted' || clause.negated || relayedClause(sentence, clause))
    return null;
  const mentions = readSentence(before, gazetteer)
    .filter((c) => c.stance === 'asserted' && !c.negated)
    .flatMap((c) => c.mentions);
  const theirs = gs.filter(({ g }) => linked(subject, g, before, mentions));
  if (!theirs.length) return null;
  const results = theirs.map(({ g }) => originResult(origin, g));
  // Every group the subject may stand for must conflict; one that agrees (or cannot say) leaves it.
  const conflicts = results.filter(
    (r): r is Exclude<typeof r, 'agrees' | null> =>
      r !== 'agrees' && r !== null && r.status === 'conflict',
  );
  if (conflicts.length !== results.length) return null;
  return {
    comparisons: [conflicts[0]!.comparison],
    explanation: conflicts[0]!.explanation,
    events: [...new Set(theirs.map(({ e }) => e.event.id))],
  };
}
