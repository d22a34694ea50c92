/**
 * The recorded statement a sentence retells in its own words: "Robert White declared personally that immigration
 * enforcement is a matter for the federal level, not the local police" retells the Denver department's recorded
 * sentence "Immigration enforcement is handled at the federal level — not by local law enforcement." Read only to
 * know which statement (which event) a sentence is about when it names no event of its own, so that who gave the
 * words can be compared (personal-issuer.ts). Nothing here knows a story.
 *
 * The line (zero false alarms first): one recorded sentence of five or more content words, at least four of them,
 * and at least 60% of them, in the page's sentence; every such recorded sentence of one speaker on one day (a
 * sentence close to two speakers' words says nothing); only quotes on record (verified or single-source); the events
 * are those of that day where the speaker is among who spoke.
 */
import { contentWords, type IndexedQuote } from '../pack-index.ts';
import type { IndexedEvent, StoryRecord } from './story-record.ts';

const MIN_CONTENT = 5;
const MIN_SHARED = 4;
const SHARE = 0.6;

const stem = (w: string) => (w.length > 4 ? w.replace(/(ing|ed|es|s)$/, '') : w);
const stems = (text: string) => new Set([...contentWords(text)].map(stem));

/** A recorded piece's stems, read once per piece (every sentence of a page is read against the same pieces). */
const pieceStems = new WeakMap<object, Set<string>>();
function stemsOfPiece(piece: { key: string }): Set<string> {
  let own = pieceStems.get(piece);
  if (!own) pieceStems.set(piece, (own = stems(piece.key)));
  return own;
}

/** The recorded quotes (of `speaker` only, when given) one of whose pieces the sentence retells, on the line above. */
function closeQuotes(
  sentence: string,
  quotes: readonly IndexedQuote[],
  speaker?: string,
): IndexedQuote[] {
  const page = stems(sentence);
  if (page.size < MIN_SHARED) return [];
  return quotes.filter(
    (q) =>
      q.speaker &&
      (speaker === undefined || q.speaker.id === speaker) &&
      (q.quote.status === 'verified' || q.quote.status === 'single-source') &&
      q.pieces.some((piece) => {
        if (piece.variant) return false;
        const own = stemsOfPiece(piece);
        if (own.size < MIN_CONTENT) return false;
        let shared = 0;
        for (const w of own) if (page.has(w)) shared++;
        return shared >= MIN_SHARED && shared / own.size >= SHARE;
      }),
  );
}

/** The events of the one recorded statement the sentence retells; none when it retells none, or more than one speaker's. */
export function paraphrasedStatementEvents(
  sentence: string,
  quotes: readonly IndexedQuote[],
  record: StoryRecord,
): IndexedEvent[] {
  const close = closeQuotes(sentence, quotes);
  const first = close[0];
  if (
    !first?.speaker ||
    close.some((q) => q.speaker?.id !== first.speaker?.id || q.quote.date !== first.quote.date)
  )
    return [];
  const canon = record.entityCanon.get(first.speaker.id) ?? first.speaker.id;
  return record.events.filter(
    (e) =>
      e.event.date === first.quote.date &&
      e.participants.some((p) => p.role === 'spoke' && p.canon === canon),
  );
}

/**
 * The recorded quotes of one speaker a sentence that names them retells in its own words ("Pellegrini told the X he had
 * figured they'd trim a shift"), on the same line as above; none when two of their days' quotes come as close.
 */
export function paraphrasedQuotesOf(
  sentence: string,
  quotes: readonly IndexedQuote[],
  speaker: string,
): IndexedQuote[] {
  const close = closeQuotes(sentence, quotes, speaker);
  return close.every((q) => q.quote.date === close[0]?.quote.date) ? close : [];
}
