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

/** Capitalised words of general English that name nothing a record would hold. */
const GENERAL = new Set([
  'i', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mr', 'mrs', 'ms', 'dr', 'jr', 'sr',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun',
  'american', 'americans', 'english', 'spanish', 'latino', 'latinos', 'latina', 'hispanic', 'black', 'white', 'christmas', 'easter',
  'democrat', 'democrats', 'democratic', 'republican', 'republicans', 'gop', 'internet', 'tv', 'ok', 'okay', 'covid', 'god',
]);

const knownWords = new WeakMap<Story, Set<string>>();

/** Every word of the story's own text, folded. */
function wordsOf(story: Story): Set<string> {
  let words = knownWords.get(story);
  if (!words) {
    words = new Set(foldText(JSON.stringify(story)).match(/\p{L}[\p{L}'’-]*/gu) ?? []);
    knownWords.set(story, words);
  }
  return words;
}

const ownerWordsOf = new WeakMap<StoryRecord, Set<string>>();

/** The words of the owners the world lists for the story's outlets ("Lexipol" for Police1): they belong to the story's world. */
function ownerWords(record: StoryRecord): Set<string> {
  let words = ownerWordsOf.get(record);
  if (!words) {
    const owners = [...record.outlets].flatMap((c) => (c.startsWith('w:') ? record.world?.outlet(c.slice(2))?.owners ?? [] : []));
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
  const known = wordsOf(story);
  for (const m of sentence.matchAll(/\p{Lu}[\p{L}'’-]*/gu)) {
    const word = m[0].replace(/['’]s$/u, '');
    if (word.length < 3) continue;
    // The start of the sentence, of a quotation, or of what follows a colon or a dash: capitals say nothing there.
    const before = sentence.slice(0, m.index).trimEnd();
    if (before === '' || /[:"“‘(—–-]$/u.test(before) || /[.!?]["”’]?$/u.test(before)) continue;
    const folded = foldText(word);
    if (GENERAL.has(folded) || known.has(folded) || ownerWords(record).has(folded) || lexicon.functionWords.has(folded) || lexicon.titles.matchAt(tokenize(word), 0)) continue;
    // An all-capitals word of the page's own (an acronym) is left to the readers that know acronyms.
    if (word === word.toUpperCase()) continue;
    if (record.gazetteer.lookup(word).length) continue;
    return word;
  }
  return null;
}
