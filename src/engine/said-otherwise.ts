/**
 * A speaker reported saying the opposite of their recorded words: the record
 * has them deny an act ("asked no questions", "No force was used", "They
 * weren't doing immigration duties") and the
 * page has them say it was done ("the union says its officers asked the men
 * several questions", "said its members used force"). The speaker is named
 * before the speech verb by name, or, for a body, as "the" and the head of its
 * role ("the union" for "the union of … officers"); the act is a verb and its
 * object, both of the denial, within six words of each other after the speech
 * verb, with no denial of their own. Nothing here knows a story: the acts are
 * the recorded quotes' words.
 */
import { foldText } from './normalize.ts';
import type { IndexedQuote, StoryChecks } from './pack-index.ts';
import { hasAnyTerm } from './terms.ts';

const SPEECH =
  /\b(?:said|says|say|saying|told|tells|stated|states|insisted|insists|maintained|maintains|claimed|claims|added|adds|acknowledged|acknowledges|conceded|concedes|admitted|admits)\b/;
/** "asked no questions", "used no force": the verb and the thing denied. */
const VERB_NO = /\b(\p{L}{3,})\s+no\s+(\p{L}{4,})/gu;
/** "No force was used", "no questions were asked". */
const NO_BE =
  /\bno\s+(\p{L}{4,})\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(\p{L}{3,})/gu;
/** "They weren't doing immigration duties", "he was not making arrests": an act denied in the progressive. */
const NOT_ING = /\b(?:was|were|is|are)(?:n['\u2019]t|\s+not)\s+(\p{L}+ing)\s+(\p{L}{4,})/gu;
/**
 * The page's own denial, or the act told as someone else's claim the speaker disputes ("the claim that … is false"). A
 * negative subject ("nobody", "no one", "nothing") denies every verb it governs ("says nobody asked about papers or used force").
 */
const DENIAL =
  /\b(?:no|not|never|without|nor|neither|none|nobody|nothing|noone|nowhere|false|untrue|wrong|lie|lies|lied|deny|denies|denied|dispute[sd]?|claims?|claimed|alleg\w*|accus\w*|rumou?rs?|misinform\w*|myths?|nonsense)\b|n't\b/;
/** Words of one act: one a prefix of the other, at most three letters longer ("asked" / "ask", "used" / "use"). */
const same = (a: string, b: string) => {
  const [s, l] = a.length <= b.length ? [a, b] : [b, a];
  return s.length >= 3 && l.startsWith(s) && l.length - s.length <= 3;
};

/** The acts a recorded quote denies, as [verb, thing] pairs with the sentence they are in. */
function denials(q: IndexedQuote): { verb: string; thing: string; said: string }[] {
  const out: { verb: string; thing: string; said: string }[] = [];
  for (const said of q.quote.text.split(/(?<=[.!?])\s+/)) {
    const f = foldText(said);
    for (const m of f.matchAll(VERB_NO))
      out.push({ verb: m[1] as string, thing: m[2] as string, said });
    for (const m of f.matchAll(NO_BE))
      out.push({ verb: m[2] as string, thing: m[1] as string, said });
    for (const m of f.matchAll(NOT_ING))
      out.push({ verb: m[1] as string, thing: m[2] as string, said });
  }
  return out;
}

function names(q: IndexedQuote, head: string): boolean {
  if (hasAnyTerm(head, q.speakerTerms)) return true;
  const s = q.speaker;
  if (!s || s.kind === 'person' || !s.role) return false;
  const role = /^(?:the\s+|an?\s+)?(\p{L}+)/u.exec(foldText(s.role))?.[1];
  return role !== undefined && new RegExp(`\\bthe\\s+${role}\\b`).test(head);
}

/** A sentence that opens on a lone pronoun before its speech verb ("He conceded …"): it stands for the paragraph's speaker. */
const PRONOUN_HEAD =
  /^\s*(?:and\s+|but\s+|later,?\s+)?(?:he|she)\s+(?:\p{L}+ly\s+|also\s+|later\s+|then\s+|even\s+)*$/u;

export function saidOtherwise(
  sentence: string,
  story: StoryChecks,
  carried?: { entity: { id: string } } | null,
): { quote: IndexedQuote; said: string; page: string } | null {
  const folded = foldText(sentence);
  const speech = SPEECH.exec(folded);
  if (!speech) return null;
  const head = folded.slice(0, speech.index);
  const content = folded.slice(speech.index + speech[0].length);
  const words = [...content.matchAll(/\p{L}+(?:'\p{L}+)?/gu)];
  for (const q of story.quotes) {
    if (
      !q.speaker ||
      !(names(q, head) || (carried?.entity.id === q.speaker.id && PRONOUN_HEAD.test(head)))
    )
      continue;
    for (const d of denials(q)) {
      for (let i = 0; i < words.length; i++) {
        if (!same(words[i]![0], d.verb) && !same(words[i]![0], d.thing)) continue;
        const other = same(words[i]![0], d.verb) ? d.thing : d.verb;
        const j = words.findIndex((w, k) => k > i && k <= i + 6 && same(w[0], other));
        if (j === -1) continue;
        // The page's own denial of the act ("asked no questions", "never used force"), or a claim disputed.
        if (DENIAL.test(content)) return null;
        const from = speech.index + speech[0].length + (words[i]!.index ?? 0);
        const to = speech.index + speech[0].length + (words[j]!.index ?? 0) + words[j]![0].length;
        return {
          quote: q,
          said: d.said,
          page: (folded.length === sentence.length ? sentence : folded).slice(from, to),
        };
      }
    }
  }
  return null;
}
