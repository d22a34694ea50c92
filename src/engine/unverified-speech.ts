/**
 * What a page reports a person to have said, when every recorded quote of that
 * person is one the record could not confirm (status `unverified`): a
 * paraphrase of those words ("Capt. X told the paper deputies want people to
 * come forward") is no more certain than the words themselves, so the
 * sentence is unverified, never green. Quoted words are judged by the quote
 * matcher first; this reads only a sentence that names the speaker with a
 * word of speech ("said", "told", "was quoted as saying", "a quote from").
 */
import type { IndexedQuote, StoryDetails } from './pack-index.ts';
import { hasAnyTerm } from './terms.ts';

/** Words that report speech, on folded text. */
const SPEECH = /\b(?:said|says|say|saying|told|tells|tell|quoted|quote|quotes|quoting|according to|stated|states|added|adds|wrote|writes|remarked|commented|explained|explains|insisted|stressed|urged|urges|asked|described|statement|remarks|comments)\b/;

/** The unconfirmed quote of a person the sentence reports speaking, when all of that person's recorded quotes are unconfirmed. */
export function unverifiedSpeech(folded: string, story: StoryDetails): IndexedQuote | null {
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
