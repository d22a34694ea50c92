/**
 * The subject of a list entry's sentence that has none of its own. Reference sheets, pronouncer sheets, cast lists,
 * quote banks and bios set a person's name as the entry's heading line ("BECK, Charlie", "Chief Jane Doe") or as its
 * lead ("Jane Doe — …", "DOE, Jane: …", "Chief Jane Doe. …"), and then write the entry's sentences without a subject:
 * a bare past-tense verb of speech or of a part played ("Told the Ledger …", "Issued a statement on Friday"), a bare
 * title phrase ("Captain with the X Police", "Chief of …", "Served as spokesman for …"), or a "he"/"she" with no one
 * else named before it in the entry. Such a sentence is about the entry's person, and reads as the sentence naming
 * them would (the name put in front, or after the title; for a pronoun, pronoun-chain.ts puts it in).
 *
 * Only when the heading or lead is nothing but a full name (a title before it allowed; "SURNAME, Given" turned
 * round) of exactly one person of the record or the world file. A subjectless sentence in running prose (no such
 * heading or lead) is left as it is. Nothing here knows a story.
 */
import type { Gazetteer } from './read/gazetteer.ts';
import { lexicon } from './read/lexicon.ts';
import { readSentence } from './read/read-sentence.ts';
import { withCarriedSubject } from './pronoun-chain.ts';

export interface EntrySentence {
  start: number;
  end: number;
  text: string;
}

/** A field label opening a line ("ID:", "Role:", "Bio note:"): up to three words, the first capitalised, and a colon. */
const LABEL = /^\s*\p{Lu}[\p{L}'\u2019]*(?:\s+[\p{L}'\u2019]+){0,2}\s*:\s+/u;

/** A lead before a dash or a colon: "Jane Doe — …", "DOE, Jane: …", "Chief Jane Doe - …". */
const LEAD = /^\s*([^.:;"\u201C\u201D()\u2014\u2013]{3,60}?)\s*(?:\u2014|\u2013|\s-\s|:)\s*/u;

/** "SURNAME, Given" (a name turned round, as reference sheets sort it). */
const INVERTED = /^(\p{Lu}[\p{L}'\u2019-]+),\s+(\p{Lu}[\p{L}.'\u2019 -]*\p{L})$/u;

/** A capitalised first word, and the rest. */
const FIRST_WORD = /^(\p{Lu}\p{Ll}+)\b\s*/u;

/** Prepositions a bare title goes on with ("Captain with …", "Chief of …", "Spokesman for …", "Police chief in …"). */
const TITLE_GOES_ON = new Set(['of', 'with', 'for', 'in', 'at', 'from']);

/** Past-tense verbs of speech and of a part played. */
const PAST_VERBS: ReadonlySet<string> = new Set(
  [...lexicon.speechVerbs, ...lexicon.roleVerbWords].filter(
    (w) => w.endsWith('ed') || lexicon.irregularPasts.has(w),
  ),
);

/** The sentence's opening when it has no subject of its own: what follows its field label, and how it goes on. */
type Opening = { kind: 'verb' | 'pronoun' | 'title'; rest: string };

/** How many words (lower case) at the start of `words` make a title, with at most one modifier before it ("police chief"). */
function titleAt(words: readonly string[]): number {
  for (
    let skip = 0;
    skip <= (words.length > 1 && lexicon.titleModifiers.has(words[0]!) ? 1 : 0);
    skip++
  ) {
    for (let n = Math.min(4, words.length - skip); n >= 1; n--)
      if (lexicon.titleNames.has(words.slice(skip, skip + n).join(' '))) return skip + n;
  }
  return 0;
}

/** A bare title phrase: capitalised, a title, then a preposition ("Captain with the …"). */
function opensOnTitle(text: string): boolean {
  if (!/^\p{Lu}/u.test(text)) return false;
  const words = (/^[\p{L}\s-]{1,60}/u.exec(text)?.[0] ?? '')
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);
  const n = titleAt(words);
  return n > 0 && TITLE_GOES_ON.has(words[n] ?? '');
}

function openingOf(sentence: string, gazetteer: Gazetteer): Opening | null {
  const label = LABEL.exec(sentence);
  const rest = label ? sentence.slice(label[0].length) : sentence.trimStart();
  if (/^(?:he|she)\b(?!['\u2019])/i.test(rest)) return { kind: 'pronoun', rest };
  if (opensOnTitle(rest)) return { kind: 'title', rest };
  const first = FIRST_WORD.exec(rest);
  if (!first) return null;
  const verb = (first[1] as string).toLowerCase();
  const after = rest.slice(first[0].length);
  // "Served as spokesman for …", "Worked as a captain with …": a title the person held.
  const lead = /^(\p{L}+)\s+(?:an?\s+|the\s+)?/u.exec(after);
  if (lead && lexicon.roleLeads.has(`${verb} ${(lead[1] as string).toLowerCase()}`)) {
    const title = after.slice(lead[0].length);
    const held = title.charAt(0).toUpperCase() + title.slice(1);
    return opensOnTitle(held) ? { kind: 'title', rest: held } : null;
  }
  if (!PAST_VERBS.has(verb)) return null;
  // "Said the mayor, …", "Added Beck: …": a verb before its subject (a person or a title) is no subjectless sentence.
  const next = /^(?:the|a|an)\s+([\p{L}\s-]{1,40})/iu.exec(after);
  if (next && titleAt((next[1] as string).toLowerCase().split(/\s+/)) > 0) return null;
  // A capitalised word after the verb must be a known name that is no person's ("Told CNN …", not "Said Beck …").
  if (/^\p{Lu}/u.test(after)) {
    const at = gazetteer.find(after).filter((h) => h.start === 0);
    if (!at.length || at.some((h) => h.entries.some((e) => e.kind === 'person'))) return null;
  }
  return { kind: 'verb', rest };
}

/** A name written in capitals ("BECK") as a name is written ("Beck"). */
const asWritten = (name: string) =>
  name.replace(/\p{Lu}{2,}/gu, (w) => w.charAt(0) + w.slice(1).toLowerCase());

/**
 * The one person a heading or a lead names, when it is nothing but a full name (a title before it allowed):
 * "BECK, Charlie", "Chief Jane Doe.", "Capt. Jeff Roe". The name as a sentence would write it, or null.
 */
export function entryPerson(text: string, gazetteer: Gazetteer): string | null {
  const trimmed = text.trim().replace(/[.,;:\s]+$/u, '');
  const inverted = INVERTED.exec(trimmed);
  let words = (inverted ? `${inverted[2]} ${inverted[1]}` : trimmed).split(/\s+/);
  // Titles, their abbreviations and honorifics before the name ("Police Chief", "Capt.", "Dr.").
  for (let round = 0; round < 3 && words.length > 2; round++) {
    const lower = words.map((w) => w.toLowerCase().replace(/\.$/, ''));
    const n = titleAt(lower.slice(0, -2));
    if (n > 0) words = words.slice(n);
    else if (lexicon.titleAbbreviations.has(lower[0]!) || lexicon.honorifics.has(lower[0]!))
      words = words.slice(1);
    else break;
  }
  if (
    words.length < 2 ||
    words.length > 4 ||
    !words.every((w) => /^\p{Lu}[\p{L}.'\u2019-]*$/u.test(w))
  )
    return null;
  const name = asWritten(words.join(' '));
  const people = new Set(
    gazetteer
      .lookup(name)
      .filter((e) => e.kind === 'person')
      .map((e) => e.id),
  );
  return people.size === 1 ? name : null;
}

/** A sentence with an end mark: no heading line. */
const ENDS = /[.!?:;"\u201D]\s*$/;

/** How many paragraphs of an entry, after its heading line, may tell of its person. */
const MAX_PARAGRAPHS = 3;

/** How many sentences of its paragraph may come before an entry's sentence: a longer paragraph is running prose. */
const MAX_IN_PARAGRAPH = 6;

/** The person a paragraph's lead names ("Jane Doe — …"), and the lead's length; or null. */
function leadOf(sentence: string, gazetteer: Gazetteer): { person: string; length: number } | null {
  const lead = LEAD.exec(sentence);
  const person = lead ? entryPerson(lead[1] as string, gazetteer) : null;
  return lead && person ? { person, length: lead[0].length } : null;
}

/**
 * The sentence `i` with the entry's person put in as its subject, or null: when the sentence has no subject of its
 * own and stands in an entry whose heading line or lead names exactly one person. `text` is the page's text (line
 * breaks between blocks), `sentences` its sentences.
 */
export function withEntrySubject(
  text: string,
  sentences: readonly EntrySentence[],
  i: number,
  gazetteer: Gazetteer,
): string | null {
  const sentence = sentences[i] as EntrySentence;
  const lead = leadOf(sentence.text, gazetteer);
  if (!lead && !openingOf(sentence.text, gazetteer)) return null;
  const startsParagraph = (k: number) =>
    k === 0 ||
    text
      .slice((sentences[k - 1] as EntrySentence).end, (sentences[k] as EntrySentence).start)
      .includes('\n');
  const textsOf = (from: number) => sentences.slice(from, i).map((s) => s.text);
  // "Jane Doe — Told the Ledger …": the lead of the sentence itself.
  if (lead)
    return startsParagraph(i)
      ? subjectPut(sentence.text.slice(lead.length), lead.person, [], gazetteer)
      : null;
  let k = i;
  while (!startsParagraph(k)) if (--k < i - MAX_IN_PARAGRAPH) return null;
  // The lead of its paragraph ("Jane Doe — Captain with … . Told …"), or a first sentence that is a name alone ("Chief Jane Doe.").
  if (k < i) {
    const first = (sentences[k] as EntrySentence).text;
    const led = leadOf(first, gazetteer);
    if (led)
      return subjectPut(
        sentence.text,
        led.person,
        [first.slice(led.length), ...textsOf(k + 1)],
        gazetteer,
      );
    const named = entryPerson(first, gazetteer);
    if (named) return subjectPut(sentence.text, named, textsOf(k + 1), gazetteer);
  }
  // A heading line a few paragraphs up; another heading, or another entry's lead, ends the search.
  for (let paragraphs = 0; k > 0 && paragraphs < MAX_PARAGRAPHS; paragraphs++) {
    const end = k;
    k--;
    while (!startsParagraph(k)) if (--k < end - MAX_IN_PARAGRAPH) return null;
    const first = (sentences[k] as EntrySentence).text;
    if (end - k === 1) {
      const named = entryPerson(first, gazetteer);
      if (named) return subjectPut(sentence.text, named, textsOf(k + 1), gazetteer);
      if (!ENDS.test(first)) return null;
    }
    if (leadOf(first, gazetteer)) return null;
  }
  return null;
}

/**
 * The sentence with `person` as its subject. A pronoun is put for only when no sentence of the entry before it names
 * anyone else (pronoun-chain.ts carries it from the entry's name as from a sentence naming that person).
 */
function subjectPut(
  sentence: string,
  person: string,
  between: readonly string[],
  gazetteer: Gazetteer,
): string | null {
  const opening = openingOf(sentence, gazetteer);
  if (!opening) return null;
  if (opening.kind === 'verb')
    return `${person} ${opening.rest.charAt(0).toLowerCase()}${opening.rest.slice(1)}`;
  const ids = new Set(gazetteer.lookup(person).map((e) => e.id));
  const others = (t: string) =>
    readSentence(t, gazetteer)
      .flatMap((c) => c.mentions)
      .some((m) => m.type === 'person' && (!m.value.id || !ids.has(m.value.id)));
  // "Captain with the X Police" reads as "Captain Jane Doe with the X Police": the title before the name, as a page writes it.
  // Unless someone else is named in its first part: "Chief of the X Police Bob Roe said …" has a subject of its own.
  if (opening.kind === 'title') {
    if (others(opening.rest.split(',')[0] as string)) return null;
    const words = opening.rest.split(/\s+/);
    const n = titleAt(words.slice(0, 5).map((w) => w.toLowerCase()));
    return [...words.slice(0, n), person, ...words.slice(n)].join(' ');
  }
  if (between.some(others)) return null;
  return withCarriedSubject(opening.rest, [{ text: `${person}.` }], gazetteer, true);
}
