/**
 * A name the record never mentions, in a sentence a fact would call
 * consistent ("Three men from Honduras … were taken into custody", where the
 * record has them from Guatemala): the sentence says something the record
 * cannot confirm, so it is not green. A name is a capitalised word that does
 * not start the sentence (or a quotation, or what follows a colon), is no
 * word of the story's own text (its facts, entities, quotes, events and
 * sources) and no name the story's gazetteer knows (the world file's places,
 * agencies, people and outlets), and is none of the capitalised words of
 * general English (months, weekdays, titles). Nothing here knows a story.
 */
import type { Story } from '../pack/schema.ts';
import type { StoryRecord } from './compare/story-record.ts';
import { lexicon } from './read/lexicon.ts';
import { tokenize } from './read/tokens.ts';
import { foldText } from './normalize.ts';
import { WEEKDAY_ABBREVIATIONS } from './sentences.ts';
import { MONTH_ABBREVIATIONS, MONTH_NAMES_LOWER } from '../shared/month-names.ts';

/** Capitalised words of general English that name nothing a record would hold. */
const GENERAL = new Set([
  'i',
  ...MONTH_NAMES_LOWER,
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
  'mr',
  'mrs',
  'ms',
  'dr',
  'jr',
  'sr',
  ...MONTH_ABBREVIATIONS,
  ...WEEKDAY_ABBREVIATIONS,
  'american',
  'americans',
  'english',
  'spanish',
  'latino',
  'latinos',
  'latina',
  'hispanic',
  'black',
  'white',
  'christmas',
  'easter',
  'democrat',
  'democrats',
  'democratic',
  'republican',
  'republicans',
  'gop',
  'internet',
  'tv',
  'ok',
  'okay',
  'covid',
  'god',
]);

const LETTER = /\p{L}/u;

/**
 * Adds the words of folded `text` to `into`: what `/\p{L}[\p{L}'’-]*\/gu` matches, read by character code
 * (a regular expression with Unicode classes over a story's 100 KB costs a page several milliseconds).
 */
export function addWords(text: string, into: Set<string>): void {
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    let letter = (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    if (!letter && c >= 0xaa) {
      // A letter outside the basic plane is a surrogate pair: test the whole code point.
      const point =
        c >= 0xd800 && c <= 0xdbff
          ? String.fromCodePoint(text.codePointAt(i) as number)
          : (text[i] as string);
      letter = LETTER.test(point);
      if (letter && point.length === 2) {
        if (start < 0) start = i;
        i++;
        continue;
      }
    }
    if (start < 0) {
      if (letter) start = i;
    } else if (!(letter || c === 39 || c === 0x2019 || c === 45)) {
      into.add(text.slice(start, i));
      start = -1;
    }
  }
  if (start >= 0) into.add(text.slice(start));
}

/** Every key and value of `value` (the pack's own text), as written, a boolean as its name, into `out`. */
function piecesOf(value: unknown, out: string[]): void {
  if (typeof value === 'string') out.push(value);
  else if (typeof value === 'boolean') out.push(String(value));
  else if (Array.isArray(value)) for (const item of value) piecesOf(item, out);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key);
      piecesOf(item, out);
    }
  }
}

/** The story's pieces as written, lower-cased, and folded (folded only when a word that needs it is asked). */
const storyPieces = new WeakMap<Story, { written: string[]; lower: string[]; folded?: string[] }>();

/**
 * Whether folded `word` is a word of the story's own text (its keys and values as the pack has them, each folded on
 * its own). A word is looked for piece by piece, not gathered with all the others into a set (a page asks about one
 * or two). A word of ASCII letters is in a piece's folded text only where it is in the piece lower-cased (folding
 * turns no other character into an ASCII letter), so only those pieces are folded.
 */
function storyHasWord(story: Story, word: string): boolean {
  let pieces = storyPieces.get(story);
  if (!pieces) {
    const written: string[] = [];
    piecesOf(story, written);
    pieces = { written, lower: written.map((w) => w.toLowerCase()) };
    storyPieces.set(story, pieces);
  }
  const ascii = /^[a-z]+$/.test(word);
  const folded = ascii ? undefined : (pieces.folded ??= pieces.written.map(foldText));
  for (let i = 0; i < pieces.written.length; i++) {
    if (!(folded ? folded[i]! : pieces.lower[i]!).includes(word)) continue;
    const words = new Set<string>();
    addWords(folded ? folded[i]! : foldText(pieces.written[i]!), words);
    if (words.has(word)) return true;
  }
  return false;
}

const ownerWordsOf = new WeakMap<StoryRecord, Set<string>>();

/** The words of the owners the world lists for the story's outlets ("Lexipol" for Police1): they belong to the story's world. */
function ownerWords(record: StoryRecord): Set<string> {
  let words = ownerWordsOf.get(record);
  if (!words) {
    const owners = [...record.outlets].flatMap((c) =>
      c.startsWith('w:') ? (record.world?.outlet(c.slice(2))?.owners ?? []) : [],
    );
    words = new Set(foldText(owners.join(' ')).match(/\p{L}[\p{L}'’-]*/gu) ?? []);
    ownerWordsOf.set(record, words);
  }
  return words;
}

/** The first capitalised word of the sentence that names something the record never mentions, or null. */
export function unknownName(sentence: string, story: Story, record: StoryRecord): string | null {
  // A headline in title case: every word is capitalised, so capitals say nothing.
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const content = words.filter((w) => !lexicon.functionWords.has(foldText(w)));
  if (words.length >= 4 && content.every((w) => /^\p{Lu}/u.test(w))) return null;
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/u, '');
    if (word.length < 3) continue;
    // The start of the sentence, of a quotation, or of what follows a colon or a dash: capitals say nothing there.
    const before = sentence.slice(0, m.index).trimEnd();
    if (before === '' || /[:"“‘(—–-]$/u.test(before) || /[.!?]["”’]?$/u.test(before)) continue;
    const folded = foldText(word);
    if (
      GENERAL.has(folded) ||
      ownerWords(record).has(folded) ||
      lexicon.functionWords.has(folded) ||
      lexicon.titles.matchAt(tokenize(word), 0)
    )
      continue;
    // An all-capitals word of the page's own (an acronym) is left to the readers that know acronyms.
    if (word === word.toUpperCase()) continue;
    if (record.gazetteer.lookup(word).length) continue;
    // Last, the story's own words: gathering them reads the whole story, so only for a word nothing cheaper explained.
    if (storyHasWord(story, folded)) continue;
    return word;
  }
  return null;
}
