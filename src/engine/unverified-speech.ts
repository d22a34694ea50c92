/**
 * What a page reports a person to have said, when every recorded quote of that
 * person is one the record could not confirm (status `unverified`): a
 * paraphrase of those words ("Capt. X told the paper deputies want people to
 * come forward") is no more certain than the words themselves, so the
 * sentence is unverified, never green. Quoted words are judged by the quote
 * matcher first; this reads only a sentence that names the speaker with a
 * word of speech ("said", "told", "was quoted as saying", "a quote from").
 */
import { contentWords, type IndexedQuote, type StoryChecks } from './pack-index.ts';
import { hasAnyTerm } from './terms.ts';

/** Words that report speech, on folded text. */
const SPEECH =
  /\b(?:said|says|say|saying|told|tells|tell|quoted|quote|quotes|quoting|according to|stated|states|added|adds|wrote|writes|remarked|commented|explained|explains|insisted|stressed|urged|urges|asked|described|statement|remarks|comments|promised|promises|pledged|pledges|vowed|vows|affirmed|affirms|assured|assures|declared|declares)\b/;
/** The same words of speech, each whole, for leaving them out of a paraphrase's own words. */
const SPEECH_WORDS = new RegExp(SPEECH.source, 'g');

/** The unconfirmed quote of a person the sentence reports speaking, when all of that person's recorded quotes are unconfirmed. */
export function unverifiedSpeech(folded: string, story: StoryChecks): IndexedQuote | null {
  if (!SPEECH.test(folded)) return null;
  const bySpeaker = new Map<string, IndexedQuote[]>();
  for (const q of story.quotes) {
    if (!q.speaker || q.speaker.kind !== 'person') continue;
    bySpeaker.set(q.speaker.id, [...(bySpeaker.get(q.speaker.id) ?? []), q]);
  }
  for (const quotes of bySpeaker.values()) {
    if (!quotes.every((q) => q.quote.status === 'unverified')) continue;
    if (hasAnyTerm(folded, quotes[0]!.speakerTerms)) return quotes[0]!;
  }
  return null;
}

/** Content words of a text, stemmed crudely ("duties" / "duty", "enforcement"), for telling which recorded words a paraphrase follows. */
const stems = (text: string): Set<string> =>
  new Set(
    [...contentWords(text)].map((w) => (w.length > 5 ? w.replace(/(?:ies|es|s|ed|ing)$/, '') : w)),
  );

/** Shared words and the share of the recorded words' own that the page's words hold. */
function overlap(
  page: ReadonlySet<string>,
  recorded: ReadonlySet<string>,
): { shared: number; share: number } {
  let shared = 0;
  for (const w of recorded) if (page.has(w)) shared++;
  return { shared, share: recorded.size ? shared / recorded.size : 0 };
}

/** At least this many content words in common with the unconfirmed quote, and this share of its own. */
const MIN_SHARED = 4;
const MIN_SHARE = 0.4;
/**
 * Or this share of the page's own words, leaving out the speaker's name and the word of speech: a short paraphrase
 * of one part of a long quote ("He promised Tucson would not take on immigration responsibilities that belong to
 * federal authorities") holds few of the quote's words, but its words are nearly all the quote's.
 */
const MIN_PAGE_SHARE = 0.5;

/** The page's content words less those of the speaker's names and of the words of speech. */
function ownWords(
  folded: string,
  page: ReadonlySet<string>,
  names: readonly string[],
): Set<string> {
  const drop = stems([...names, ...(folded.match(SPEECH_WORDS) ?? [])].join(' '));
  return new Set([...page].filter((w) => !drop.has(w)));
}

/**
 * A paraphrase of one quote the record could not confirm, from a speaker some of whose words it did confirm
 * (sources.md: Magnus's second sentence): told in the page's own words with a word of speech ("He added that
 * Tucson would not compromise community policing …"), credited to the speaker by name or, opening on a pronoun,
 * to the paragraph's speaker (`carried`; with none known, the pronoun may be the speaker whose words it follows). Only when its content words follow that quote (MIN_SHARED, MIN_SHARE)
 * more closely than any confirmed quote of the same speaker: a paraphrase of confirmed words stays as it is.
 */
export function unverifiedParaphrase(
  sentence: string,
  folded: string,
  story: StoryChecks,
  carried: { entity: { id: string } } | null,
): IndexedQuote | null {
  if (!SPEECH.test(folded)) return null;
  const page = stems(sentence);
  for (const q of story.quotes) {
    if (q.quote.status !== 'unverified' || !q.speaker) continue;
    const theirs = story.quotes.filter((o) => o.speaker?.id === q.speaker!.id);
    if (theirs.every((o) => o.quote.status === 'unverified')) continue;
    // By name; or opening on a pronoun, the paragraph's speaker, or with none known, whoever the words are of.
    const credited =
      hasAnyTerm(folded, q.speakerTerms) ||
      (/^\s*(?:he|she|they)\b/i.test(sentence) && (!carried || carried.entity.id === q.speaker.id));
    if (!credited) continue;
    const mine = overlap(page, stems(q.quote.text));
    if (mine.shared < MIN_SHARED) continue;
    const own = ownWords(folded, page, q.speakerTerms);
    if (mine.share < MIN_SHARE && (!own.size || mine.shared / own.size < MIN_PAGE_SHARE)) continue;
    if (
      theirs.some(
        (o) =>
          o !== q &&
          o.quote.status !== 'unverified' &&
          overlap(page, stems(o.quote.text)).shared >= mine.shared,
      )
    )
      continue;
    return q;
  }
  return null;
}
