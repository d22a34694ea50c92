/**
 * Recognition from what a page says, not only from the names it drops: a
 * page that carries a recorded quote of the story word for word, or that
 * states the story's central events with their specifics (a word of the
 * event with one of its places or participants in the same sentence), retells
 * the story even when it names one person or none; a page that names the
 * story's people and places but states none of its events does not.
 * Everything here is built from the pack (`recognition.events`, the quotes)
 * and runs only on pages whose cheap cue pass made the story a candidate.
 */
import { namesOf as personNames, sharedSurnames } from './person-names.ts';
import type { Entity, Story } from '../pack/schema.ts';
import { foldText } from './normalize.ts';
import { quoteKey } from './quote-key.ts';
import { buildTermIndex, forEachIndexedTerm, isWord, type TermIndex } from './term-index.ts';

/** Participants that report an event are not among its specifics: naming an outlet states nothing about what happened. */
const REPORTING = new Set(['reported', 'first-reported', 'interviewer']);

/** A stretch of a recorded quote this long, word for word, is the story's own words, not a phrase any page may use. */
const QUOTE_WORDS = 12;
/** Quotes and pages are compared by runs of this many words. */
const SHINGLE = 6;

/** `cue`: a recognition cue term of the story (event -1), which tells a sentence is about the story but not which event. */
type TermRole = {
  event: number;
  kind: 'word' | 'place' | 'participant' | 'title' | 'cue';
  entity?: string;
};

export interface StoryClaims {
  /** Ids of the central events, in the order of `recognition.events`. */
  events: string[];
  /** Every word, detail (name of a place or participant) and participant title of the central events, and the story's cue terms. */
  terms: TermIndex;
  /** For each term id, what it is for which event. */
  roles: TermRole[][];
  /** Hashes of every run of SHINGLE words of the story's recorded quotes and their transcription variants. */
  shingles: Set<number>;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/**
 * The FNV hash of each word of a quote key (words between single spaces; as pageWordHashes hashes a page's words),
 * in one pass with no string made per word.
 */
export function keyWordHashes(key: string): Int32Array {
  const out = new Int32Array((key.length >> 1) + 1);
  let count = 0;
  let h = FNV_OFFSET;
  let inWord = false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (c === SPACE) {
      if (inWord) out[count++] = h;
      h = FNV_OFFSET;
      inWord = false;
    } else {
      h = Math.imul(h ^ c, FNV_PRIME);
      inWord = true;
    }
  }
  if (inWord) out[count++] = h;
  return out.subarray(0, count);
}
const SPACE = 32;

function hashRun(words: Int32Array, from: number): number {
  let h = FNV_OFFSET;
  for (let i = from; i < from + SHINGLE; i++) h = Math.imul(h ^ (words[i] as number), FNV_PRIME);
  return h;
}

const APOSTROPHE = 39;

/**
 * Word hashes of folded text, split as quoteKey splits it (letters and digits, with apostrophes inside a word
 * kept and those at its ends dropped), in one pass over the characters with no string made per word.
 */
export function pageWordHashes(folded: string): Int32Array {
  const n = folded.length;
  // A word takes at least one character and one separator.
  const out = new Int32Array((n >> 1) + 1);
  let count = 0;
  let i = 0;
  while (i < n) {
    if (!isWord(folded.charCodeAt(i))) {
      i++;
      continue;
    }
    let h = FNV_OFFSET;
    for (;;) {
      while (i < n && isWord(folded.charCodeAt(i)))
        h = Math.imul(h ^ folded.charCodeAt(i++), FNV_PRIME);
      // Apostrophes followed by more of the word belong to it ("don't"); at its end they do not.
      let j = i;
      while (j < n && folded.charCodeAt(j) === APOSTROPHE) j++;
      if (j === i || j === n || !isWord(folded.charCodeAt(j))) break;
      for (; i < j; i++) h = Math.imul(h ^ APOSTROPHE, FNV_PRIME);
    }
    out[count++] = h;
  }
  return out.subarray(0, count);
}

function quoteShingles(story: Story): Set<number> {
  const out = new Set<number>();
  for (const quote of story.quotes ?? []) {
    // Only words the record vouches for: an unverified or fabricated quote, or a known misquote, proves nothing.
    if (quote.status !== 'verified' && quote.status !== 'single-source') continue;
    const texts = [
      quote.text,
      ...(quote.variants ?? []).filter((v) => v.kind === 'transcription').map((v) => v.text),
    ];
    for (const text of texts) {
      const words = keyWordHashes(quoteKey(text));
      for (let i = 0; i + SHINGLE <= words.length; i++) out.add(hashRun(words, i));
    }
  }
  return out;
}

/** The story's central events and recorded quotes, indexed for a page; null when the pack names no central event. */
export function buildStoryClaims(
  story: Story,
  shared: ReadonlySet<string> = sharedSurnames(story.entities ?? []),
): StoryClaims | null {
  const ids = story.recognition.events;
  if (!ids?.length) return null;
  // Names and aliases, with a person's generated surname and title forms (person-names.ts).
  const namesOf = (entity: Entity) => personNames(entity, shared);
  const entities = new Map((story.entities ?? []).map((e) => [e.id, e]));
  const entries: { term: string; role: TermRole }[] = [];
  ids.forEach((id, event) => {
    const found = story.events?.find((e) => e.id === id);
    if (!found) return;
    for (const word of found.words)
      entries.push({ term: foldText(word), role: { event, kind: 'word' } });
    for (const place of found.places ?? []) {
      const entity = entities.get(place);
      if (entity)
        for (const name of namesOf(entity))
          entries.push({ term: name, role: { event, kind: 'place', entity: place } });
    }
    for (const participant of found.participants ?? []) {
      if (REPORTING.has(participant.role)) continue;
      for (const id of participant.entities) {
        const entity = entities.get(id);
        if (!entity) continue;
        for (const name of namesOf(entity))
          entries.push({ term: name, role: { event, kind: 'participant', entity: id } });
        for (const role of entity.roles ?? [])
          entries.push({ term: foldText(role.title), role: { event, kind: 'title', entity: id } });
      }
    }
  });
  for (const cue of story.recognition.cues) {
    for (const term of cue.terms ?? [])
      entries.push({ term: foldText(term), role: { event: -1, kind: 'cue' } });
    for (const id of cue.entities ?? []) {
      const entity = entities.get(id);
      if (entity)
        for (const name of namesOf(entity))
          entries.push({ term: name, role: { event: -1, kind: 'cue' } });
    }
  }
  const { index, ids: termIds } = buildTermIndex(entries.map((e) => e.term));
  const roles: TermRole[][] = index.terms.map(() => []);
  for (const { term, role } of entries) {
    const id = termIds.get(term);
    if (id !== undefined) roles[id]!.push(role);
  }
  return { events: ids, terms: index, roles, shingles: quoteShingles(story) };
}

/** Whether the page (its `pageWordHashes`) carries at least QUOTE_WORDS consecutive words of a recorded quote of the story. */
export function carriesRecordedQuote(words: Int32Array, claims: StoryClaims): boolean {
  if (!claims.shingles.size) return false;
  const needed = QUOTE_WORDS - SHINGLE + 1;
  let run = 0;
  for (let i = 0; i + SHINGLE <= words.length; i++) {
    run = claims.shingles.has(hashRun(words, i)) ? run + 1 : 0;
    if (run >= needed) return true;
  }
  return false;
}

/** The central events the page states, and those of them stated with a name or place (not only a title such as "the mayor"). */
export interface StatedEvents {
  all: Set<string>;
  named: Set<string>;
  /** Events stated in full in one sentence: with a place and two participants named (a van stopped on the street by two agencies). */
  full: Set<string>;
  /** Events whose word is in a sentence with any other term of the story (a detail of another event, a cue term): the page tells of them, if loosely. */
  mentioned: Set<string>;
}

/**
 * The end of a sentence in folded text: a full stop, question or exclamation mark before a space, or a line break; not
 * the full stop of an abbreviation ("Feb. 26", "St. Paul", "Lt. Cmdr.", an initial), which ends no sentence.
 */
const SENTENCE_END =
  /(?<!(?:^|[^a-z])(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec|mr|mrs|ms|dr|st|ave|blvd|gov|sen|rep|lt|sgt|capt|cmdr|gen|col|maj|co|inc|jr|sr|no|[a-z]))\.["')\]]*(?=\s)|[!?]["')\]]*(?=\s)|\n/g;

type Hit = { id: number; start: number; end: number };

/** Adds to `stated` what one sentence's hits state. */
function judgeSentence(sentence: readonly Hit[], claims: StoryClaims, stated: StatedEvents): void {
  for (const word of sentence) {
    for (const role of claims.roles[word.id] ?? []) {
      if (role.kind !== 'word') continue;
      const id = claims.events[role.event] as string;
      let place = false;
      const participants = new Set<string>();
      for (const other of sentence) {
        if (other.start < word.end && word.start < other.end) continue;
        const roles = claims.roles[other.id] ?? [];
        if (roles.some((r) => r.kind !== 'word')) stated.mentioned.add(id);
        const detail = roles.find(
          (r) => r.event === role.event && r.kind !== 'word' && r.kind !== 'cue',
        );
        if (!detail) continue;
        stated.all.add(id);
        stated.mentioned.add(id);
        if (detail.kind === 'title') continue;
        stated.named.add(id);
        if (detail.kind === 'place') place = true;
        else participants.add(detail.entity as string);
      }
      if (place && participants.size >= 2) stated.full.add(id);
    }
  }
}

/**
 * The central events the page states: a sentence with one of the event's words and, not inside that word, one
 * of its places or participants (or a participant's title). The page is read once, sentence by sentence as its
 * terms are found; with `untilMentioned` the reading stops at the first sentence that mentions an event.
 */
export function statedEvents(
  folded: string,
  claims: StoryClaims,
  untilMentioned = false,
): StatedEvents {
  const stated: StatedEvents = {
    all: new Set(),
    named: new Set(),
    full: new Set(),
    mentioned: new Set(),
  };
  const ends = new RegExp(SENTENCE_END.source, 'g');
  let sentenceEnd = -1;
  let sentence: Hit[] = [];
  forEachIndexedTerm(claims.terms, folded, (id, start) => {
    if (start > sentenceEnd) {
      if (sentence.length) {
        judgeSentence(sentence, claims, stated);
        sentence = [];
        if (untilMentioned && stated.mentioned.size) return true;
      }
      ends.lastIndex = start;
      sentenceEnd = ends.exec(folded)?.index ?? folded.length;
    }
    sentence.push({ id, start, end: start + (claims.terms.terms[id] as string).length });
    return false;
  });
  if (sentence.length) judgeSentence(sentence, claims, stated);
  return stated;
}

/**
 * Whether the page retells the story from its claims alone: it carries a recorded quote word for word,
 * states one central event in full (a place and two participants named with it), or states two central
 * events, at least one with a name or place. `words` gives the page's word hashes (made once per page).
 */
export function recognizedByClaims(
  stated: StatedEvents,
  words: () => Int32Array,
  claims: StoryClaims,
): boolean {
  if (stated.full.size >= 1 || (stated.named.size >= 1 && stated.all.size >= 2)) return true;
  return carriesRecordedQuote(words(), claims);
}
