/**
 * A recorded speaker's words, told in reported speech (no quotation marks) and credited to someone the record never
 * has speaking: a person the world file knows by full name, none of the story's ("Deputy Chief <a world person> said
 * the department would not work with Homeland Security on deportation efforts", where the record has those words of
 * the chief). The reported clause must follow exactly one verified recorded quote closely: at least MIN_SHARED of its
 * content words, nearly all of the clause's own (MIN_PAGE_SHARE); the name stands right before the word of speech;
 * the sentence names no speaker of the story's quotes. Nothing here knows a story: the names are the world file's.
 */
import { contentWords, type IndexedQuote, type StoryChecks } from './pack-index.ts';
import { foldText } from './normalize.ts';
import { escapeRegExp, hasAnyTerm } from './terms.ts';

const SPEECH =
  /^\s*(?:also\s+|then\s+|later\s+)?(?:said|says|told\s+[^,.;]{1,40}?|stated|added|explained|insisted)\s+(?:that\s+)?/;
const MIN_SHARED = 4;
const MIN_PAGE_SHARE = 0.75;

const stems = (text: string): Set<string> =>
  new Set(
    [...contentWords(text)].map((w) => (w.length > 5 ? w.replace(/(?:ies|es|s|ed|ing)$/, '') : w)),
  );

export interface StrangerParaphrase {
  quote: IndexedQuote;
  name: string;
  /** The recorded sentence the page's words follow most closely. */
  said: string;
}

/** The sentence of a recorded quote sharing the most stems with the page's. */
function closest(text: string, page: ReadonlySet<string>): string {
  let best = text;
  let most = -1;
  for (const said of text.split(/(?<=[.!?])\s+/)) {
    const n = [...stems(said)].filter((w) => page.has(w)).length;
    if (n > most) [best, most] = [said, n];
  }
  return best;
}

export function strangerParaphrase(
  sentence: string,
  story: StoryChecks,
): StrangerParaphrase | null {
  if (/["\u201C\u201D]/.test(sentence)) return null;
  const folded = foldText(sentence);
  // A speaker of the story's quotes named anywhere: whose words these are is for the quote readers to say.
  if (story.quotes.some((q) => q.speakerTerms.length && hasAnyTerm(folded, q.speakerTerms)))
    return null;
  for (const stranger of story.strangers) {
    for (const name of [stranger.name, ...(stranger.aliases ?? [])].map(foldText)) {
      // Most sentences name no stranger: a plain search first, the word-bounded pattern only then.
      if (!/\s/.test(name) || !folded.includes(name)) continue;
      const at = new RegExp(`(?<![\\p{L}])${escapeRegExp(name)}(?![\\p{L}])`, 'u').exec(folded);
      if (!at) continue;
      const speech = SPEECH.exec(folded.slice(at.index + name.length));
      if (!speech) continue;
      const clause = folded.slice(at.index + name.length + speech[0].length);
      const page = stems(clause);
      if (page.size < MIN_SHARED) continue;
      const close = story.quotes.filter((q) => {
        if (q.quote.status !== 'verified' || !q.speaker) return false;
        const recorded = stems(q.quote.text);
        const shared = [...page].filter((w) => recorded.has(w)).length;
        return shared >= MIN_SHARED && shared / page.size >= MIN_PAGE_SHARE;
      });
      if (close.length === 1)
        return { quote: close[0]!, name: stranger.name, said: closest(close[0]!.quote.text, page) };
    }
  }
  return null;
}
