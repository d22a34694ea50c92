/**
 * A class of actors named by a bare plural as the subject of what follows ("big-city police refused …",
 * "sanctuary-city chiefs have made clear they will …"): the record's commitment holders that belong to it.
 * Chiefs are the people the record titles chief; police, departments, agencies, cops and officers are the agencies
 * it names as a police or sheriff's force. The nearest such noun before the claim counts; a preposition among the few
 * words before it makes it an object ("talks with police"), a capitalised word or a name the story knows a named
 * body ("Denver police").
 * General English only.
 */
import type { StoryRecord } from './story-record.ts';
import { commitmentHolders } from './per-record.ts';

const NOUN =
  /(?<![\p{L}-])(chiefs|police|departments|agencies|forces|cops|officers|sheriffs)(?![\p{L}-])/giu;
const PREPOSITION =
  /^(?:of|with|by|for|to|from|against|about|among|on|at|in|into|between|than|like|as|and|or|nor)$/i;

function isChief(record: StoryRecord, canon: string): boolean {
  return record.people.get(canon)?.roles.some((r) => /\bchief\b/i.test(r.title)) ?? false;
}

function isPolice(record: StoryRecord, canon: string): boolean {
  return (
    !record.people.has(canon) && /\b(?:police|sheriff['\u2019]?s?)\b/i.test(record.nameOf(canon))
  );
}

/** The record's commitment holders of the class the words before `at` name as their subject; empty when none is named. */
export function classHolders(sentence: string, at: number, record: StoryRecord): Set<string> {
  const from = Math.max(0, at - 120);
  const before = sentence.slice(from, at);
  const nouns = [...before.matchAll(NOUN)];
  const last = nouns[nouns.length - 1];
  if (!last) return new Set();
  // Between the noun and the claim: a few words, no end of a sentence or clause.
  const tail = before.slice(last.index + last[0].length);
  if (tail.length > 60 || /[.;:!?]/.test(tail)) return new Set();
  // The words before the noun back to a stop, at most four.
  const lead = before.slice(0, last.index);
  const stop = Math.max(
    ...[...lead.matchAll(/[.;:!?,\u2014()"\u201C\u201D]/gu)].map((p) => p.index + 1),
    0,
  );
  const words = lead.slice(stop).trim().split(/\s+/).filter(Boolean).slice(-4);
  if (words.some((w) => PREPOSITION.test(w))) return new Set();
  // The sentence's first word may be capitalised for that alone.
  const first =
    from + stop === 0 &&
    words.length === lead.slice(stop).trim().split(/\s+/).filter(Boolean).length;
  if (words.some((w, k) => /^\p{Lu}/u.test(w) && !(first && k === 0))) return new Set();
  // A name the story knows, even first in the sentence ("Dunmore police …"): a named body.
  if (words.some((w) => record.gazetteer.lookup(w.replace(/['\u2019]s$/u, '')).length))
    return new Set();
  const fits = last[1]!.toLowerCase() === 'chiefs' ? isChief : isPolice;
  return new Set([...commitmentHolders(record)].filter((h) => fits(record, h)));
}
