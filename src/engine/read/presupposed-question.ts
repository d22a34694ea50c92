/**
 * A question asking how or why something happened ("How do you explain what happened at the stop last week?", "Why
 * did the mayor fire ten officers?"), what happened at it, or whether someone knows or remembers it ("Did you know the
 * FBI made the stop?"), takes what it asks about as known: its words are put as
 * fact, as a statement's are. A yes-or-no question, one asking who, when, where, how many or how true, one with a
 * condition or a hedge ("why would …", "what if …", "how could …"), and a how or why question about what someone knows,
 * says or thinks ("How do we know …", "Why do people think …") stay questions. Read on the words after the clause's last
 * colon ("a question from a member: how …"). General English; nothing here knows a story.
 */
import { lexicon } from './lexicon.ts';

/** Words after "how" that ask for a measure or a degree: "how many officers" asks the count, "how true is it" doubts. */
const HOW_MEASURE = new Set([
  'many',
  'much',
  'long',
  'old',
  'often',
  'far',
  'soon',
  'big',
  'large',
  'likely',
  'true',
  'plausible',
  'accurate',
  'correct',
  'real',
  'sure',
  'certain',
  'credible',
  'believable',
  'reliable',
  'possible',
  'probable',
  'fair',
  'right',
  'wrong',
  'false',
  'serious',
]);
/**
 * Words that put what a how or why question asks about in someone's mind or mouth, or doubt it: "How do we know the
 * FBI made the stop?", "How can anyone say …", "How did people get the idea that …", "Why is it that people think …".
 */
const DOUBTED = new Set([
  'know',
  'knew',
  'known',
  'say',
  'says',
  'said',
  'saying',
  'think',
  'thinks',
  'thought',
  'believe',
  'believes',
  'believed',
  'claim',
  'claims',
  'claimed',
  'idea',
  'notion',
  'story',
  'rumor',
  'rumour',
  'rumors',
  'rumours',
  'myth',
  'suggest',
  'suggests',
  'suppose',
  'assume',
  'assumed',
  'can',
  'true',
  'false',
  'plausible',
  'possible',
]);

const ASKING = new Set([
  'who',
  'whom',
  'whose',
  'what',
  'when',
  'where',
  'which',
  'whether',
  'if',
  'how',
  'why',
]);
const LEADING = new Set(['and', 'but', 'so', 'or', 'now', 'then', 'well', 'okay', 'ok']);

/** Verbs that take what follows them as true ("know", "remember"): asking whether someone knows it asks nothing of it. */
const FACTIVE = new Set([
  'know',
  'knew',
  'remember',
  'recall',
  'realize',
  'realise',
  'realized',
  'realised',
]);

/** "Do your kids know the city was sued …?", "Did you know that …?", "Remember when …?": a factive verb asked about. */
function knowing(words: readonly string[]): boolean {
  const [first] = words;
  if (first === 'remember') return true;
  if (first !== 'do' && first !== 'did' && first !== 'does') return false;
  // The subject, then the verb: "do you know", "do your kids know", "did anyone in the room remember".
  // Not an embedded question ("do you know who …", "… whether …"): that asks.
  for (let i = 1; i <= 4 && i < words.length; i++)
    if (FACTIVE.has(words[i]!)) return i + 1 < words.length && !ASKING.has(words[i + 1]!);
  return false;
}

/** Whether a question, given as its lower-cased words, takes what it asks about as known. */
export function presupposingQuestion(given: readonly string[]): boolean {
  // "And do your kids know …?", "So why did …?": a conjunction before the question.
  let from = 0;
  while (from < given.length - 1 && LEADING.has(given[from]!)) from++;
  const words = given.slice(from);
  const [first, second] = words;
  const asks =
    (first === 'how' && !HOW_MEASURE.has(second ?? '')) ||
    first === 'why' ||
    (first === 'what' && second === 'happened');
  if (asks && words.some((w) => DOUBTED.has(w))) return false;
  return (
    (asks || knowing(words)) &&
    !words.some(
      (w) =>
        lexicon.conditionalWords.has(w) ||
        lexicon.conditionalLeads.has(w) ||
        lexicon.reportedHedges.has(w),
    )
  );
}

/** The same, for a sentence's text: its words after the last colon. */
export function presupposingQuestionText(sentence: string): boolean {
  const tail = sentence.slice(sentence.lastIndexOf(':') + 1);
  return presupposingQuestion(
    [...tail.toLowerCase().matchAll(/[\p{L}\p{N}'\u2019-]+/gu)].map((m) => m[0]),
  );
}
