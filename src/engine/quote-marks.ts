/**
 * How a text's quotation marks balance: curly and guillemet openings less closings, and whether its straight marks
 * are odd in number (one left open, or one closing a quotation opened before). Shared by the quote reader
 * (`match-quote.ts`, a quote that runs on past its sentence) and the quotation runner (`quotation-run.ts`).
 */
export interface MarkBalance {
  /** “ less ”. */
  curly: number;
  /** « less ». */
  guillemet: number;
  /** An odd number of ". */
  straightOdd: boolean;
}

const count = (text: string, mark: string) => text.split(mark).length - 1;

export function markBalance(text: string): MarkBalance {
  return {
    curly: count(text, '\u201C') - count(text, '\u201D'),
    guillemet: count(text, '\u00AB') - count(text, '\u00BB'),
    straightOdd: count(text, '"') % 2 === 1,
  };
}
