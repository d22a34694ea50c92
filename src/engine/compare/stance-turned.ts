/**
 * Stances turned round in ways compare-commitment.ts does not read alone. Nothing here knows a story.
 *
 * - In part: the record has the holders refuse (or promise) an act with no limit or condition (a commitment's
 *   `outright`, pack 0.7.6), and the page gives them the opposite for only some cases ("would work with Homeland
 *   Security on deportations, but only for people with criminal records", "would start working with ICE if the law
 *   changed"): still the opposite of what they said.
 * - Carried: "He also said his officers would …", "The department said it …" name no holder; the one the sentence
 *   before names (all holders of one recorded commitment) is the actor, when the sentence opens on a pronoun or
 *   "the department / agency / chief …" and a verb of saying.
 * - Turned on "but": "said it had not taken part in those efforts before but would begin assisting federal agents": a
 *   start set against a refusal of immigration enforcement in the same report is a start of that enforcement; the
 *   "would" after "but" continues the report, it sets no condition.
 */
import { foldText } from '../normalize.ts';
import { lexicon } from '../read/lexicon.ts';
import { readSentence } from '../read/read-sentence.ts';
import { tokenize, type Token } from '../read/tokens.ts';
import type { Clause, Mention } from '../read/types.ts';
import { carriedAgency, notObjects } from './carried-agency.ts';
import type { StoryRecord } from './story-record.ts';

type Commitment = StoryRecord['events'][number]['commitments'][number];
type CommitmentMention = Mention & { type: 'commitment' };

/** The page gives only some cases of the opposite of what the record states with no limit (for these words of the act). */
export function turnedInPart(c: Commitment, m: CommitmentMention, pageWords: string): boolean {
  if (m.value.scope !== 'narrow' || m.value.does === c.does || c.outright === undefined)
    return false;
  if (c.outright === true) return true;
  const words = foldText(pageWords);
  // The term's own stem too: "deportation" is also "deport", "deported".
  const stemOf = (w: string) =>
    /^\p{L}+$/u.test(w) ? w.replace(/(?<=\p{L}{4})(?:ations?|ions?|s)$/u, '') : w;
  return c.outright.some((w) =>
    new RegExp(`(?:^|[^\\p{L}])${stemOf(w).replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`, 'u').test(
      words,
    ),
  );
}

/** An all-capitals speaker label at the start ("TOM ALVAREZ:", "REPORTER, LIVE:"). */
const LABEL = /^\s*(?:[A-Z][A-Z.'’-]+\s+){0,3}[A-Z][A-Z.'’-]+(?:,\s*[A-Z ]+)?:\s*/;

/** A subject that points back, then a verb of saying: "He also said", "The department said", "They told". */
const POINTING =
  /^(he|she|it|they|the\s+(?:department|agency|chief|police|force|office|sheriff|spokesman|spokeswoman|spokesperson))\s+(?:(?:also|later|then|further|again|had|has|did|does)\s+)*(?:said|says|say|told|tells|added|stated|wrote|writes|announced|explained|insisted|noted|declared)\b/i;

/** What may stand between the verb of saying and the act: "that", a pronoun or "his / its / the … officers", a modal. */
const OWN_SUBJECT =
  /^\s*(?:,\s*)?(?:that\s+)?(?:(?:he|she|it|they|we)|(?:(?:his|her|its|their|our|the)\s+(?:own\s+)?)?(?:officers|police|deputies|cops)|(?:his|her|its|their|our|the)\s+(?:own\s+)?(?:department|agency|force|city|men\s+and\s+women))?\s*(?:(?:also|still|now|soon|even|then|not|never|no\s+longer)\s+)*$/i;

/** The sentence before `sentence` in the page's text ("" when not known). */
export function sentenceBefore(pageText: string | undefined, sentence: string): string {
  return sentencesBefore(pageText, sentence, 1)[0] ?? '';
}

/**
 * Up to `n` sentences before `sentence` in the page's text, the nearest first, within its block (a line break ends
 * the walk back).
 */
function sentencesBefore(pageText: string | undefined, sentence: string, n: number): string[] {
  const at = pageText ? pageText.indexOf(sentence) : -1;
  if (at <= 0) return [];
  const raw = pageText!.slice(Math.max(0, at - 600), at);
  const split = (text: string) => text.trimEnd().split(/(?<=[.!?]["\u201D\u2019)]?)\s+/);
  const nearest = split(raw).slice(-1);
  if (n === 1) return nearest;
  // The sentences of the block the sentence is in: none when a line break stands right before it.
  const block = raw.slice(raw.lastIndexOf('\n') + 1);
  const inBlock = split(block)
    .filter((p) => p.trim())
    .reverse();
  return inBlock.length ? inBlock.slice(0, n) : nearest;
}

/** A sentence whose speaker is only a pronoun ("“…,” he said.", "She added that …"): it passes on who spoke before it. */
const PRONOUN_SPEAKS =
  /(?:^|[\s,\u201D"])(?:he|she|they)\s+(?:also\s+)?(?:said|says|added|adds|told|tells|went\s+on|continued|wrote)\b/i;

/**
 * Who the sentence points back to: the holders the sentence before names, when they all hold one recorded
 * commitment together and the pronoun fits them (a person for he / she, an agency for "it" / "the department").
 */
export function carriedHolders(
  sentence: string,
  pageText: string | undefined,
  record: StoryRecord,
  who: (mentions: readonly Mention[], sentence: string) => Set<string>,
  subjectAt?: number,
): Set<string> {
  const label = LABEL.exec(sentence)?.[0].length ?? 0;
  const body = sentence.slice(label);
  const pointing = POINTING.exec(body);
  if (!pointing) return new Set();
  // The act's own subject, between the verb of saying and the act, must point back too ("it would", "its officers
  // will"), or be absent: "He also said some cities would start …" gives the act to the cities.
  if (
    subjectAt !== undefined &&
    !OWN_SUBJECT.test(sentence.slice(label + pointing[0].length, subjectAt))
  )
    return new Set();
  // What the sentence before quotes is no actor of its own: blanked, offsets kept. A sentence before whose speaker is
  // only a pronoun ("“…,” he said.") passes on who spoke before it, within the block, two sentences back at most.
  const subject = pointing[1]!.toLowerCase();
  let before = '';
  let mentions: Mention[] = [];
  let named = new Set<string>();
  for (const [step, prior] of sentencesBefore(pageText, sentence, 3).entries()) {
    before = prior.replace(/[\u201C"][^\u201C\u201D"]*[\u201D"]/g, (q) => ' '.repeat(q.length));
    if (!before.trim()) return new Set();
    mentions = readSentence(before, record.gazetteer).flatMap((c) => c.mentions);
    named = who(mentions, before);
    // Walked back past a pronoun's sentence, two people named there leave "he" open ("Magnus spoke after Beck").
    const people = new Set(
      mentions.flatMap((x) => (x.type === 'person' && x.value.id ? [x.value.id] : [])),
    );
    if (step > 0 && people.size > 1) return new Set();
    if (named.size || !/^(?:he|she|they)$/.test(subject) || !PRONOUN_SPEAKS.test(before)) break;
  }
  if (!named.size) return new Set();
  // "The department": the one agency the sentence before names, or its spokesman's (carried-agency.ts).
  if (/^the\s+(?:department|agency|police|force|office)$/.test(subject))
    named = carriedAgency(who(notObjects(mentions, before), before), record, subject.slice(4));
  if (!named.size) return new Set();
  const all = record.events.flatMap((e) => e.commitments);
  if (!all.some((c) => [...named].every((n) => c.holders.has(n)))) return new Set();
  const kinds = [...named].map((n) => record.people.has(n));
  if ((subject === 'he' || subject === 'she') && !kinds.some((person) => person)) return new Set();
  if (
    (subject === 'it' || /department|agency|police|force|office/.test(subject)) &&
    !kinds.some((person) => !person)
  )
    return new Set();
  return named;
}

/** Words that set a real condition or doubt in a clause ("would begin … if asked", "might"). */
const DOUBT = /\b(?:if|unless|could|might|may|should|perhaps|maybe)\b/i;

/**
 * A clause after "but" that the reader calls conditional only for its "would", continuing a report whose earlier
 * clause refuses immigration enforcement: its start of cooperation is a start of that enforcement, asserted.
 */
export function withContrastTurn(
  sentence: string,
  clauses: readonly Clause[],
  asserted: readonly Clause[],
): Clause[] {
  const out = [...asserted];
  clauses.forEach((clause, j) => {
    if (j === 0 || clause.stance !== 'conditional') return;
    const text = sentence.slice(clause.start, clause.end);
    if (!/^\s*,?\s*(?:but|yet)\b/i.test(text) || DOUBT.test(text)) return;
    const refused = clauses
      .slice(0, j)
      .some(
        (c) =>
          c.stance === 'asserted' &&
          /\b(?:said|says|told|stated|announced|wrote|added)\b/i.test(sentence.slice(0, c.end)) &&
          c.mentions.some(
            (m) =>
              m.type === 'commitment' &&
              !m.negated &&
              !m.value.does &&
              m.value.action === 'immigration-enforcement',
          ),
      );
    if (!refused) return;
    const starts = clause.mentions.filter(
      (m): m is CommitmentMention =>
        m.type === 'commitment' &&
        !m.negated &&
        m.value.does &&
        m.value.starts === true &&
        m.value.time === 'future',
    );
    if (!starts.length) return;
    const turned = clause.mentions.map((m) =>
      starts.includes(m as CommitmentMention)
        ? {
            ...m,
            value: {
              ...(m as CommitmentMention).value,
              action: 'immigration-enforcement' as const,
              composed: true as const,
            },
          }
        : m,
    );
    out.push({ ...clause, stance: 'asserted', mentions: turned as Mention[] });
  });
  return out;
}

/**
 * Who the sentence credits with what follows, and the token where their words begin: the people and agencies
 * before its first verb of saying ("Smith said …"), those of an opening "According to X," (the words after the
 * comma), or, for a sentence that opens on a pronoun and a verb of saying, those carried from the sentence before.
 */
export function creditedTeller(
  sentence: string,
  record: StoryRecord,
  pageText: string | undefined,
  who: (mentions: readonly Mention[], sentence: string) => Set<string>,
): { tellers: Set<string>; from: number; tokens: Token[] } | null {
  const tokens = tokenize(sentence);
  const mentions = readSentence(sentence, record.gazetteer).flatMap((c) => c.mentions);
  const according = /^\s*according\s+to\s+([^,]+),/i.exec(sentence);
  if (according) {
    const end = according[0].length;
    const tellers = who(
      mentions.filter((m) => m.end <= end),
      sentence,
    );
    const from = tokens.findIndex((t) => t.start >= end);
    return tellers.size && from !== -1 ? { tellers, from, tokens } : null;
  }
  const say = tokens.findIndex((t) => lexicon.speechVerbs.has(t.lower));
  if (say === -1) return null;
  let tellers = who(
    mentions.filter((m) => m.end <= tokens[say]!.start),
    sentence,
  );
  if (!tellers.size) tellers = carriedHolders(sentence, pageText, record, who);
  return tellers.size ? { tellers, from: say + 1, tokens } : null;
}
