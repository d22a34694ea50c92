import { foldText } from './normalize.ts';
import type { IndexedQuote, StoryDetails } from './pack-index.ts';
import { containsKey, quoteKey } from './quote-key.ts';
import { hasAnyTerm } from './terms.ts';
import type { Verdict } from './types.ts';

export interface QuoteMatch {
  verdict: Verdict;
  kind: 'quote' | 'misattributed-quote' | 'time-context';
  claimId: string;
  explanation: string;
  original: string;
}

/** Short pieces ("Help is coming!") count only inside quotation marks. */
const SHORT_PIECE = 6;
/** Text between a pair of quotation marks (straight, curly, low-9, guillemets, single curly). */
const QUOTED = /"([^"]+)"|\u201C([^\u201D]+)\u201D|\u201E([^\u201C\u201D]+)[\u201C\u201D]|\u00AB([^\u00BB]+)\u00BB|\u2018([^\u2019]+(?:\u2019[\p{L}][^\u2019]*)*)\u2019/gu;
const count = (text: string, mark: string) => text.split(mark).length - 1;

/**
 * The keys of the quoted stretches of a sentence, including a quote that runs
 * on into the next sentence or began in the previous one (an unbalanced mark).
 */
function quotedKeys(sentence: string): string[] {
  const parts = [...sentence.matchAll(QUOTED)].map((m) => m.slice(1).find((g) => g !== undefined) ?? '');
  const straightOdd = count(sentence, '"') % 2 === 1;
  const opens = straightOdd || count(sentence, '\u201C') > count(sentence, '\u201D') || count(sentence, '\u00AB') > count(sentence, '\u00BB');
  const closes = straightOdd || count(sentence, '\u201D') > count(sentence, '\u201C') || count(sentence, '\u00BB') > count(sentence, '\u00AB');
  if (opens) parts.push(sentence.slice(Math.max(sentence.lastIndexOf('"'), sentence.lastIndexOf('\u201C'), sentence.lastIndexOf('\u00AB')) + 1));
  if (closes) {
    const firstClose = Math.min(...['"', '\u201D', '\u00BB'].map((m) => sentence.indexOf(m)).filter((i) => i >= 0));
    parts.push(sentence.slice(0, firstClose));
  }
  return parts.map(quoteKey).filter(Boolean);
}

function describe(q: IndexedQuote): string {
  const { quote, speaker } = q;
  const who = speaker ? speaker.name : quote.speaker;
  const role = quote.role ?? speaker?.role;
  return `${who}${role ? ` (${role})` : ''}, ${quote.occasion}, ${quote.date}: \u201C${quote.text}\u201D`;
}

function ownVerdict(q: IndexedQuote): { verdict: Verdict; explanation: string } {
  const who = q.speaker?.name ?? q.quote.speaker;
  switch (q.quote.status) {
    case 'verified':
      return { verdict: 'consistent', explanation: `The quote matches ${who}'s words as reported.` };
    case 'single-source':
      return { verdict: 'consistent', explanation: `The quote matches ${who}'s words as reported; only one outlet was found to report them.${q.quote.note ? ` ${q.quote.note}` : ''}` };
    case 'unverified':
      return { verdict: 'unverified', explanation: q.quote.note ?? `Sourcelight could not confirm that ${who} said these words.` };
    case 'fabricated':
      return { verdict: 'discrepant', explanation: q.quote.note ?? `No report records ${who} saying these words.` };
  }
}

/**
 * Finds the known quote a sentence contains, if any, and judges it: its
 * wording (a known misquote or a transcription variant), where it is placed,
 * and whom it is credited to.
 */
export function matchQuote(sentence: string, story: StoryDetails): QuoteMatch | null {
  const key = quoteKey(sentence);
  if (!key) return null;
  let quoted: string[] | undefined;
  const inQuotes = (pieceKey: string) => (quoted ??= quotedKeys(sentence)).some((k) => containsKey(k, pieceKey));
  for (const q of story.quotes) {
    const piece = q.pieces.find((p) => containsKey(key, p.key) && (p.words >= SHORT_PIECE || inQuotes(p.key)));
    if (!piece) continue;
    const claimId = `quote:${q.quote.id}`;
    const original = describe(q);
    const folded = foldText(sentence);
    if (piece.variant) {
      const distorted = piece.variant.kind !== 'transcription';
      return { verdict: distorted ? 'discrepant' : 'consistent', kind: 'quote', claimId, original, explanation: piece.variant.note };
    }
    const misplaced = q.misplaced.find((m) => m.when.every((g) => hasAnyTerm(folded, g)));
    if (misplaced) return { verdict: 'discrepant', kind: 'time-context', claimId, original, explanation: misplaced.explanation };
    const other = q.speaker && !hasAnyTerm(folded, q.speakerTerms)
      ? story.people.find((p) => p.entity.id !== q.speaker?.id && hasAnyTerm(folded, p.terms))
      : undefined;
    if (other && q.speaker) {
      return {
        verdict: 'discrepant', kind: 'misattributed-quote', claimId, original,
        explanation: `The page credits these words to ${other.entity.name}, but they are ${q.speaker.name}'s.`,
      };
    }
    return { kind: 'quote', claimId, original, ...ownVerdict(q) };
  }
  return null;
}
