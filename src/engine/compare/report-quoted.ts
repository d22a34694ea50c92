/**
 * How many a report quoted: "the article quoted four statements", "that roundup
 * quotes a dozen police chiefs", "all four of the chiefs quoted in the piece".
 * The count is compared with the pack's `quoted` quantities (how many
 * statements, speakers, departments a report of the event quoted), only when
 * the page says a report quoted, cited or featured them: "a dozen chiefs spoke
 * out" is another matter (many more may have spoken than one report quoted).
 *
 * The count must be what the report quoted: the object right after the verb
 * ("quoted four statements", hedges allowed: "quoted only two"), or the noun
 * phrase right before "quoted in / cited by <the report>". "Quoted Beck and
 * three other chiefs", "quoted the chiefs of two departments" say nothing.
 */
import { lexicon } from '../read/lexicon.ts';
import type { Clause, Mention } from '../read/types.ts';
import { escapeRegExp } from '../terms.ts';
import { listNames, showRange } from './record-values.ts';
import { singular, type IndexedEvent, type StoryRecord } from './story-record.ts';

const alternation = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|');
/** The lexicon's report nouns ("article", "roundup") and quoting verbs ("quotes", "cites"), as regex alternations (quoted-bodies.ts too). */
export const NOUN = alternation(lexicon.reportNouns);
export const VERB = alternation(lexicon.quotingVerbs);
/** Words that may stand between the verb and the count ("quoted only two", "cites at least three"). */
const HEDGE =
  '(?:the|all|only|just|some|about|around|roughly|nearly|almost|approximately|more|than|at|least|fewer|less|over|under|exactly|no|as|many|few|of|a|full)';
/** "<report> (an aside between commas) (up to three words) <quoting verb> (hedges)" ending where the count begins ("that roundup, by the way, quoted"). */
/** The people of the counted bodies between the verb and the count ("quotes officials from just three agencies"). */
const PEOPLE_OF =
  '(?:(?:[\\p{L}-]+\\s+)?(?:officials|people|leaders|representatives|spokesmen|spokespeople|voices|sources|chiefs|statements|quotes|comments|remarks)\\s+(?:from|at|of|in|by)\\s+)?';
const REPORT_QUOTES = new RegExp(
  `(?:\\b(?:${NOUN})s?\\b|^\\s*It(?=\\s+(?:quotes|quoted|cites|cited)\\b))(?:\\s*,[^,.;:!?]{1,40},)?(?:\\s+[\\p{L}'\u2019-]+){0,3}?\\s+(?:${VERB})\\s+${PEOPLE_OF}(?:${HEDGE}\\s+){0,3}$`,
  'iu',
);
/**
 * "Seven police leaders are quoted in it.": "it" ending the sentence, as "It quotes" opening it, when the sentence names
 * no outlet or report of its own ("The Times story ran on Monday, and one chief is quoted in it" is that story's count).
 */
const QUOTED_IN_IT =
  /^[\p{L}\s'\u2019-]{0,40}?\b(?:quoted|cited|featured)\s+(?:in|by)\s+it\s*(?:[.!?]|$)/iu;
const REPORT_NOUN = new RegExp(`\\b(?:${NOUN})s?\\b`, 'iu');

/** "(In it,) Zercoe quotes leaders from six departments": a name as the quoting verb's subject; group 1 the name. */
const AUTHOR_QUOTES = new RegExp(
  `(?:^|[,;:]\\s*|\\bin\\s+it,?\\s+)(\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+\\p{Lu}[\\p{L}'\u2019-]+)?)\\s+(?:also\\s+)?(?:quotes|quoted|cites|cited)\\s+${PEOPLE_OF}(?:${HEDGE}\\s+){0,3}$`,
  'u',
);

/** Whether the name is of someone the record has reporting a report (a `reported` participant): its author. */
function authorQuotes(before: string, record: StoryRecord): boolean {
  const m = AUTHOR_QUOTES.exec(before);
  if (!m) return false;
  const ids = new Set(record.gazetteer.lookup(m[1] as string).map((g) => g.id));
  return record.events.some(
    (e) =>
      (e.quoted ?? []).length > 0 &&
      e.participants.some((p) => p.role === 'reported' && ids.has(p.canon)),
  );
}

/** After the counted noun phrase: "quoted in that roundup", "cited by the article". */
const QUOTED_IN = new RegExp(
  `^[\\p{L}\\s'\u2019-]{0,40}?\\b(?:quoted|cited|featured)\\s+(?:in|by)\\s+(?:(?:the|that|this|its|his|her|their|a|an)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,2}?(?:${NOUN})s?\\b)`,
  'iu',
);

/** "<report> <any verb of up to three words> (hedges)": the report holds what is counted ("the piece strings together", "the article carries"); not a report that says something. */
const REPORT_HOLDS = new RegExp(
  `\\b(?:${NOUN})s?\\b((?:\\s+[\\p{L}'\u2019-]+){1,3}?)\\s+(?:${HEDGE}\\s+){0,3}$`,
  'iu',
);
const SAYS =
  /\b(?:says?|said|saying|claims?|claimed|argues?|argued|reports?|reported|notes?|noted|suggests?|suggested|that|than|about|on|of|from|without|lacks?)\b/i;
/** Right after the count, the counted things are quotations: "a dozen quoted statements", "four direct quotes". */
const QUOTED_NOUN =
  /^\s+(?:of\s+)?(?:(?:directly|separately|extensively)\s+)?(?:quoted|direct|verbatim)\s/i;

/** Right after a part's count, the whole it is part of: "of the", "of those", "out of the". */
const OF_THE = /^\s+(?:out\s+)?of\s+(?:the|those|these|its|their)\s+$/i;
/** Cheap gate: "of the" right after a count. */
const PART_GATE = /^\s+(?:out\s+)?of\s+(?:the|those|these|its|their)\s/i;
/** After the whole's noun: "quoted", "quoted in the piece", "cited by the article", then the copula and what the part is ("are police chiefs", "were all sheriffs"). */
const PART_IS = new RegExp(
  `^\\s+(?:quoted|cited|featured)(?:\\s+(?:in|by)\\s+(?:the|that|this|its|his|her|their|a|an)\\s+(?:[\\p{L}'\u2019-]+\\s+){0,2}?(?:${NOUN})s?)?\\s+(?:are|were)\\s+(?:all\\s+|both\\s+)?((?:[\\p{L}-]+\\s+)?[\\p{L}-]+)(?![\\p{L}\\p{N}'\u2019-])`,
  'iu',
);

export interface QuotedCount {
  mention: Mention & { type: 'count' };
  events: IndexedEvent[];
  status: 'agrees' | 'conflict';
  comparison?: { slot: string; page: string; record: string };
  explanation?: string;
}

/** "The piece strings together a dozen quoted statements", "the article carries four quotes": a report holding a count of quotations. */
function holdsQuotes(before: string, after: string, noun: string): boolean {
  const hit = REPORT_HOLDS.exec(before);
  if (!hit || SAYS.test(hit[1] as string)) return false;
  return QUOTED_NOUN.test(after) || /^(?:quotes|quotations)$/i.test(noun);
}

/** The record's quoted ranges for a noun, with the events that have them. */
function quotedOf(record: StoryRecord, noun: string) {
  const events = record.events.filter((e) => (e.quoted ?? []).some((q) => q.nouns.has(noun)));
  return {
    events,
    ranges: events.flatMap((e) => (e.quoted ?? []).filter((q) => q.nouns.has(noun))),
  };
}

/**
 * "Three of the four speakers quoted are police chiefs": a part of what a report quoted, the whole counted as the
 * record counts it (so it is the report's quoted set), said to be something else the record counts among the
 * quoted. More of them than the record has quoted is a conflict; as many agrees; fewer says nothing (the part
 * need not be all of them). Null when the sentence does not say so.
 */
function partOfQuoted(
  sentence: string,
  m: Mention & { type: 'count' },
  mentions: readonly Mention[],
  record: StoryRecord,
): QuotedCount[] | null {
  const whole = mentions.find(
    (w): w is Mention & { type: 'count' } =>
      w.type === 'count' && w.start > m.end && OF_THE.test(sentence.slice(m.end, w.start)),
  );
  if (!whole?.value.noun || m.value.approximate || whole.value.approximate) return null;
  const nounEnd = sentence.toLowerCase().indexOf(whole.value.noun.toLowerCase(), whole.end);
  if (nounEnd < 0 || !/^\s*$/.test(sentence.slice(whole.end, nounEnd))) return null;
  const is = PART_IS.exec(
    sentence.slice(nounEnd + whole.value.noun.length, nounEnd + whole.value.noun.length + 120),
  );
  if (!is) return null;
  // The whole is what the report quoted, as the record counts it.
  const wholes = quotedOf(record, singular(whole.value.noun.toLowerCase()));
  if (
    !wholes.ranges.some(
      (q) => q.min <= whole.value.min && (whole.value.max ?? whole.value.min) <= q.max,
    )
  )
    return null;
  const words = (is[1] as string).toLowerCase();
  const kind = [words, ...words.split(/\s+/)]
    .map(singular)
    .find((k) => quotedOf(record, k).ranges.length);
  if (!kind) return null;
  const { events, ranges } = quotedOf(record, kind);
  const n = m.value.min;
  // The whole agrees with the record (checked above), whatever the part.
  const agreed: QuotedCount = { mention: whole, events: wholes.events, status: 'agrees' };
  if (ranges.some((q) => n <= q.max && n >= q.min))
    return [agreed, { mention: m, events, status: 'agrees' }];
  if (!ranges.every((q) => n > q.max)) return [agreed];
  const shown = listNames(ranges.map((q) => `${showRange(q.min, q.max)} ${is[1]}`));
  return [
    agreed,
    {
      mention: m,
      events,
      status: 'conflict',
      comparison: { slot: 'count', page: m.text, record: `${shown} quoted` },
      explanation: `The record has the report quoting ${shown}, not ${m.text}.`,
    },
  ];
}

const DENIED_BEFORE = /\b(?:not|never|no|nor|neither)\b|n['\u2019]t\b/i;

/** Counts of what a report quoted, in asserted clauses, compared with the record's `quoted` quantities. */
export function reportQuotedResults(
  sentence: string,
  clauses: readonly Clause[],
  record: StoryRecord,
): QuotedCount[] {
  const out: QuotedCount[] = [];
  for (const clause of clauses) {
    for (const m of clause.mentions) {
      if (m.type !== 'count' || m.negated || !m.value.noun) continue;
      // A denial before the count ("does not quote six") denies it; one after it is of what they said ("… six
      // departments who made clear they would not act").
      if (clause.negated && DENIED_BEFORE.test(sentence.slice(clause.start, m.start))) continue;
      const part = PART_GATE.test(sentence.slice(m.end, m.end + 24))
        ? partOfQuoted(sentence, m, clause.mentions, record)
        : null;
      if (part) {
        out.push(...part);
        continue;
      }
      const before = sentence.slice(clause.start, m.start);
      const after = sentence.slice(m.end, clause.end);
      if (
        !REPORT_QUOTES.test(before) &&
        !QUOTED_IN.test(after) &&
        !(
          QUOTED_IN_IT.test(after) &&
          !clause.mentions.some((x) => x.type === 'outlet') &&
          !REPORT_NOUN.test(sentence)
        ) &&
        !authorQuotes(before, record) &&
        !holdsQuotes(before, after, m.value.noun)
      )
        continue;
      const noun = singular(m.value.noun);
      const events = record.events.filter((e) => (e.quoted ?? []).some((q) => q.nouns.has(noun)));
      if (!events.length) continue;
      const ranges = events.flatMap((e) => (e.quoted ?? []).filter((q) => q.nouns.has(noun)));
      const widen = m.value.approximate ? Math.max(1, Math.round(m.value.min * 0.2)) : 0;
      const lo = m.value.min - widen;
      const hi = m.value.max === undefined ? Infinity : m.value.max + widen;
      if (ranges.some((q) => lo <= q.max && hi >= q.min)) {
        out.push({ mention: m, events, status: 'agrees' });
        continue;
      }
      const shown = listNames(ranges.map((q) => `${showRange(q.min, q.max)} ${m.value.noun}`));
      out.push({
        mention: m,
        events,
        status: 'conflict',
        comparison: { slot: 'count', page: m.text, record: `${shown} quoted` },
        explanation: `The record has the report quoting ${shown}, not ${m.text}.`,
      });
    }
  }
  return out;
}
