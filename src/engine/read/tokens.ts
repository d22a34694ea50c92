/**
 * Splits a sentence into tokens with offsets: words (runs of letters and
 * digits, so "24th", "6pm" and "Police1" are one token), numbers with their
 * inner marks ("8,000", "5:30", "2.5"), and single punctuation marks. Spaces
 * are dropped but remembered: `spaceBefore` says whether one precedes the
 * token. One pass over the text.
 */
import { foldText } from '../normalize.ts';

export interface Token {
  start: number;
  end: number;
  /** The text as written. */
  text: string;
  /** Folded (lower case, plain quotes and dashes): what phrases are matched against. */
  lower: string;
  /** A word or number (letters and digits), as opposed to a punctuation mark. */
  word: boolean;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Only digits (and inner , . : between digits). */
  digits: boolean;
  spaceBefore: boolean;
}

const WORD = /[\p{L}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const SPACE = /\s/u;

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';

export function tokenize(text: string): Token[] {
  const folded = foldText(text);
  const tokens: Token[] = [];
  const n = text.length;
  let i = 0;
  let space = false;
  while (i < n) {
    const ch = text[i] as string;
    if (SPACE.test(ch)) {
      space = true;
      i++;
      continue;
    }
    const start = i;
    // A lone surrogate half or any other odd unit is a one-unit punctuation token.
    if (WORD.test(ch)) {
      let allDigits = true;
      while (i < n) {
        const c = text[i] as string;
        if (WORD.test(c)) {
          if (!isDigit(c)) allDigits = false;
          i++;
        } else if (
          (c === ',' || c === '.' || c === ':') &&
          allDigits &&
          isDigit(text[i - 1]) &&
          isDigit(text[i + 1])
        ) {
          i++;
        } else break;
      }
      tokens.push(make(text, folded, start, i, true, allDigits, space));
    } else {
      // A surrogate pair stays one token, so offsets never split a character.
      i += ch.codePointAt(0)! > 0xffff ? 2 : 1;
      tokens.push(make(text, folded, start, i, false, false, space));
    }
    space = false;
  }
  return tokens;
}

function make(
  text: string,
  folded: string,
  start: number,
  end: number,
  word: boolean,
  digits: boolean,
  spaceBefore: boolean,
): Token {
  const t = text.slice(start, end);
  return {
    start,
    end,
    text: t,
    lower: folded.slice(start, end),
    word,
    cap: word && UPPER.test(t[0] as string),
    digits,
    spaceBefore,
  };
}

/** Tokenizes a lexicon phrase the same way, as its folded token strings ("sheriff's office" → sheriff ' s office). */
export function phraseTokens(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.lower);
}
