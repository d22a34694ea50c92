/**
 * Numbers written in digits or in words: "8", "1,200", "ten", "twenty-two",
 * "one hundred", "three thousand". One reading per position, bounded lookahead.
 */
import type { ReadContext } from './context.ts';
import { lexicon } from './lexicon.ts';

export interface NumberMatch {
  value: number;
  /** Index after the number's last token. */
  end: number;
  /** Written in digits. */
  digits: boolean;
}

/** Ordinal words of the first twenty ("first" … "twentieth"), at index n − 1. */
export const ORDINAL_WORDS: readonly string[] = [
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
  'thirteenth',
  'fourteenth',
  'fifteenth',
  'sixteenth',
  'seventeenth',
  'eighteenth',
  'nineteenth',
  'twentieth',
];
/** The ordinal of a unit ("fourth"): 1 to 9, or 0. */
export const ordinalUnit = (word: string): number => {
  const n = ORDINAL_WORDS.indexOf(word) + 1;
  return n <= 9 ? n : 0;
};

function wordValue(ctx: ReadContext, i: number): { value: number; end: number } | null {
  const base = lexicon.numberWords.get(ctx.lower(i));
  if (base === undefined) return null;
  let value = base;
  let end = i + 1;
  // "twenty-two", "twenty two"
  if (base >= 20 && base % 10 === 0) {
    const hyphen = ctx.is(end, '-') && !ctx.token(end)!.spaceBefore;
    // "twenty-fourth" is a rank or a day of the month, no count.
    if (hyphen && ordinalUnit(ctx.lower(end + 1) ?? '')) return null;
    const unit = lexicon.numberWords.get(ctx.lower(hyphen ? end + 1 : end));
    if (unit !== undefined && unit > 0 && unit < 10) {
      value += unit;
      end += hyphen ? 2 : 1;
    }
  }
  const mult = lexicon.numberMultipliers.get(ctx.lower(end));
  if (mult !== undefined) {
    value *= mult;
    end++;
  }
  return { value, end };
}

/** The number starting at token i, or null. */
export function numberAt(ctx: ReadContext, i: number): NumberMatch | null {
  const t = ctx.token(i);
  if (!t || !t.word) return null;
  if (t.digits) {
    if (t.text.includes(':')) return null;
    // "8,000" and "2.5" (a comma groups thousands only in groups of three).
    if (/^\d{1,3}(,\d{3})+$/.test(t.text))
      return { value: Number(t.text.replace(/,/g, '')), end: i + 1, digits: true };
    if (/^\d+(\.\d+)?$/.test(t.text)) return { value: Number(t.text), end: i + 1, digits: true };
    return null;
  }
  const w = wordValue(ctx, i);
  return w && { ...w, digits: false };
}
