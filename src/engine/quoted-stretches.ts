/**
 * The text between each pair of quotation marks in a sentence, left to right:
 * straight ("…"), curly (“…”), low-9 („…“ or „…”), guillemets («…») and single
 * curly (‘…’, where a ’ followed by a letter is an apostrophe inside: ‘it’s
 * here’). The same stretches as the pattern
 * /"([^"]+)"|“([^”]+)”|„([^“”]+)[“”]|«([^»]+)»|‘([^’]+(?:’\p{L}[^’]*)*)’/gu
 * but in time linear in the sentence: run as a pattern, every opening mark
 * without a closing one reads on to the end of the sentence, so a sentence of
 * 2,000 such marks costs two million steps.
 */

const LETTER = /\p{L}/u;

/** The next position of any of `marks` at or after a position; asked at positions that never decrease, so each mark is read once. */
function nextOf(text: string, marks: string): (from: number) => number {
  let from = -1;
  let found = -1;
  return (at) => {
    if (from !== -1 && at >= from && (found === -1 || found >= at)) return found;
    from = at;
    found = -1;
    for (let i = at; i < text.length; i++) {
      if (marks.includes(text[i] as string)) {
        found = i;
        break;
      }
    }
    return found;
  };
}

/**
 * A quote framed inside another: a script's or a post's line in double marks that only introduces someone's words in
 * single ones ("His words were: ‘We are not going to …’", "He told the paper, ‘That is not our job …’"). The inner
 * words are the quote; the frame (a few words ending on a colon or a comma, nothing after the inner quote but
 * punctuation) is the writer's.
 */
const FRAMED = /^([^\u2018\u2019]{1,60}?)[:,]\s*\u2018([^\u2018]+)\u2019\s*[.,;:!?]*\s*$/u;

function framedQuote(stretch: string): string | null {
  const m = FRAMED.exec(stretch);
  if (!m || (m[1] as string).split(/\s+/u).length > 8) return null;
  const inner = m[2] as string;
  return inner.split(/\s+/u).length >= 3 ? inner : null;
}

export function quotedStretches(sentence: string): string[] {
  const closers: Record<string, (from: number) => number> = {
    '"': nextOf(sentence, '"'),
    '\u201C': nextOf(sentence, '\u201D'),
    '\u201E': nextOf(sentence, '\u201C\u201D'),
    '\u00AB': nextOf(sentence, '\u00BB'),
    '\u2018': nextOf(sentence, '\u2019'),
  };
  const letterAt = (i: number) =>
    i < sentence.length && LETTER.test(String.fromCodePoint(sentence.codePointAt(i) as number));
  const out: string[] = [];
  let p = 0;
  while (p < sentence.length) {
    const mark = sentence[p] as string;
    const next = closers[mark];
    let close = next ? next(p + 1) : -1;
    // A pair needs at least one character between its marks.
    if (close <= p + 1) {
      p++;
      continue;
    }
    // After ‘, a ’ followed by a letter is an apostrophe when another ’ closes the quote later.
    if (mark === '\u2018') {
      while (letterAt(close + 1)) {
        const later = (next as (from: number) => number)(close + 1);
        if (later === -1) break;
        close = later;
      }
    }
    const stretch = sentence.slice(p + 1, close);
    out.push(mark === '\u2018' ? stretch : (framedQuote(stretch) ?? stretch));
    p = close + 1;
  }
  return out;
}

/** Offsets of the quoted stretches of `text` from `from` on, each found after the one before. */
export function quotedSpansFrom(text: string, from = 0): [number, number][] {
  const spans: [number, number][] = [];
  let at = from;
  for (const stretch of quotedStretches(text.slice(from))) {
    const found = text.indexOf(stretch, at);
    if (found === -1) break;
    spans.push([found, found + stretch.length]);
    at = found + stretch.length;
  }
  return spans;
}
