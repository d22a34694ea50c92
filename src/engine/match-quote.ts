import { foldText } from './normalize.ts';
import { contentWords, type IndexedQuote, type StoryDetails } from './pack-index.ts';
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
/** A quoted stretch this close (share of words in common) to a recorded sentence is that sentence, reworded. */
const ALTERED = 0.6;
/** Quoted stretches shorter than this are too short to compare wording or to call unknown. */
const MIN_QUOTED_WORDS = 6;

/** Share of content words two quoted texts have in common (function words do not count); 0 below three shared words. */
function wordOverlap(a: string, b: string): number {
  const aw = contentWords(a);
  const bw = contentWords(b);
  let shared = 0;
  for (const w of aw) if (bw.has(w)) shared++;
  return shared < 3 ? 0 : shared / Math.max(aw.size, bw.size);
}

function judgeKnown(sentence: string, q: IndexedQuote, piece: IndexedQuote['pieces'][number], story: StoryDetails): QuoteMatch {
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

/**
 * Finds the known quote a sentence contains, if any, and judges it: its
 * wording (exact, a known variant, or reworded), where it is placed, and whom
 * it is credited to. Quoted words that match nothing on record, in a sentence
 * naming someone the story knows, are unverified: no record is not proof of
 * invention.
 */
export function matchQuote(sentence: string, story: StoryDetails): QuoteMatch | null {
  const key = quoteKey(sentence);
  if (!key) return null;
  let quoted: string[] | undefined;
  const quotedParts = () => (quoted ??= quotedKeys(sentence));
  const inQuotes = (pieceKey: string) => quotedParts().some((k) => containsKey(k, pieceKey));
  const hits: { q: IndexedQuote; piece: IndexedQuote['pieces'][number] }[] = [];
  for (const q of story.quotes) {
    const piece = q.pieces.find((p) => containsKey(key, p.key) && (p.words >= SHORT_PIECE || inQuotes(p.key)));
    if (piece) hits.push({ q, piece });
  }
  const first = hits[0];
  if (first) {
    const own = hits.filter((h) => !h.piece.variant);
    const second = own.find((h) => h.q.quote.speaker !== first.q.quote.speaker || h.q.quote.date !== first.q.quote.date);
    if (own.length > 1 && second && second !== first) {
      return {
        verdict: 'discrepant', kind: 'quote', claimId: `quote:${first.q.quote.id}`, original: `${describe(first.q)} / ${describe(second.q)}`,
        explanation: 'The page joins words said on different occasions into one quote.',
      };
    }
    return judgeKnown(sentence, first.q, first.piece, story);
  }
  const stretches = quotedParts().filter((k) => k.split(' ').length >= MIN_QUOTED_WORDS);
  if (!stretches.length) return null;
  let best: { q: IndexedQuote; overlap: number } | null = null;
  for (const q of story.quotes) {
    if (q.quote.status === 'fabricated') continue;
    for (const piece of q.pieces) {
      if (piece.variant || piece.words < MIN_QUOTED_WORDS) continue;
      for (const stretch of stretches) {
        const overlap = wordOverlap(stretch, piece.key);
        if (overlap >= ALTERED && (!best || overlap > best.overlap)) best = { q, overlap };
      }
    }
  }
  if (best) {
    const who = best.q.speaker?.name ?? best.q.quote.speaker;
    return {
      verdict: 'discrepant', kind: 'quote', claimId: `quote:${best.q.quote.id}`, original: describe(best.q),
      explanation: `The quoted words differ from what ${who} is recorded as saying.`,
    };
  }
  const folded = foldText(sentence);
  const named = story.people.find((p) => hasAnyTerm(folded, p.terms));
  if (named) {
    return {
      verdict: 'unverified', kind: 'quote', claimId: `person:${named.entity.id}`, original: `No recorded statement of ${named.entity.name} contains these words.`,
      explanation: `Sourcelight found no record of ${named.entity.name} saying these words; that does not show they are invented.`,
    };
  }
  return null;
}
