/**
 * A quotation runs over several of the page's sentences ("“We are not to be handcuffing subjects. We are not to be
 * doing pat frisks …,” the chief said."): it is one quote. When a later sentence of it is found to differ from the
 * record (words changed, sentences stitched, or the whole credited to another by a credit after it), the sentence that
 * opens it is no longer vouched for: the quotation it opens is not the speaker's words as recorded, though its own
 * words are. So it is unverified, never green and never discrepant (pages differ on whether such a sentence is wrong).
 * Only within a paragraph, and only a sentence that opens the quotation and whose own finding is a quote found
 * consistent, of the same speaker (“Our policy is crystal clear,” Evans said, before Smith added: “…” opens Smith's
 * quotation, not Evans's).
 */
import type { Finding } from './types.ts';
import type { Sentence } from './sentences.ts';
import { markBalance } from './quote-marks.ts';

/** Who a quote's record is of: what its description gives before the dash ("David Smith, Chief of …"). */
const speakerOf = (original: string) => original.split(' \u2014 ')[0];

/** Whether a quotation is still open at the end of the text, given whether one was open at its start. */
function openAfter(text: string, open: boolean): boolean {
  const { curly, guillemet, straightOdd: straight } = markBalance(text);
  if (curly > 0 || guillemet > 0) return true;
  if (curly < 0 || guillemet < 0) return false;
  return straight ? !open : open && !/[\u201D\u00BB]/.test(text);
}

/** The findings, with the opening sentence of a quotation whose later sentence differs from the record marked so. */
export function quotationRuns(
  text: string,
  sentences: readonly Sentence[],
  findings: readonly Finding[],
): Finding[] {
  const byStart = new Map(findings.map((f, i) => [f.start, i]));
  const out = [...findings];
  // Whether each sentence goes on the paragraph of the one before, and whether a quotation is open after it.
  const joined = sentences.map(
    (s, i) => i > 0 && !text.slice(sentences[i - 1]!.end, s.start).includes('\n'),
  );
  const openAt: boolean[] = [];
  sentences.forEach((s, i) => openAt.push(openAfter(s.text, joined[i]! && openAt[i - 1]!)));
  for (let i = 0; i < sentences.length; i++) {
    const at = byStart.get(sentences[i]!.start);
    const first = at === undefined ? undefined : findings[at];
    if (!first || first.verdict !== 'consistent' || !first.claimId.startsWith('quote:')) continue;
    if ((joined[i] && openAt[i - 1]) || !openAt[i]) continue;
    for (let j = i + 1; j < sentences.length && joined[j]; j++) {
      const k = byStart.get(sentences[j]!.start);
      const later = k === undefined ? undefined : findings[k];
      if (
        later?.verdict === 'discrepant' &&
        (later.kind === 'quote' || later.kind === 'misattributed-quote') &&
        speakerOf(later.original) === speakerOf(first.original)
      ) {
        out[at!] = {
          ...first,
          verdict: 'unverified',
          claimId: later.claimId,
          original: later.original,
          explanation: `The quotation this sentence opens goes on, in a later sentence, to differ from the record, so these words are not vouched for as the record's. The later sentence: ${later.explanation}`,
        };
        break;
      }
      if (!openAt[j]) break;
    }
  }
  return out;
}
