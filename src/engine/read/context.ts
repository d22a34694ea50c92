/**
 * What every finder of the reader shares: the sentence's tokens, the
 * gazetteer's hits on token spans, word tests, and the candidate mentions the
 * finders propose (spans in tokens; read-sentence.ts keeps the best of those
 * that overlap).
 */
import type { Gazetteer, GazetteerEntry, GazetteerKind } from './gazetteer.ts';
import { lexicon } from './lexicon.ts';
import { tokenize, type Token } from './tokens.ts';
import type { Mention, MentionType } from './types.ts';

/** How sure a finder is; among candidates of the same length the higher rank wins. */
export const Rank = {
  weak: 1,
  gazetteer: 2,
  pattern: 3,
  strong: 4,
} as const;

export type Candidate = {
  [T in MentionType]: {
    type: T;
    value: Extract<Mention, { type: T }>['value'];
    from: number;
    to: number;
    rank: number;
  };
}[MentionType];

export interface GazetteerSpan {
  from: number;
  to: number;
  entries: readonly GazetteerEntry[];
}

/** Longest name runs, in tokens: no run a finder reads is longer. */
export const MAX_RUN = 5;

export class ReadContext {
  readonly tokens: Token[];
  /** Gazetteer hits by their first token, longest first. */
  readonly known = new Map<number, GazetteerSpan[]>();
  readonly candidates: Candidate[] = [];

  /**
   * Four or more words and every one but function words capitalised (a
   * headline in title case): capitals say nothing there, so the weak name
   * patterns stay off and a title takes only a known name after it.
   */
  readonly titleCase: boolean;

  constructor(
    readonly sentence: string,
    readonly gazetteer: Gazetteer,
  ) {
    this.tokens = tokenize(sentence);
    let words = 0;
    let lower = 0;
    this.tokens.forEach((t, i) => {
      if (!t.word || t.digits || lexicon.functionWords.has(t.lower) || this.isPossessiveS(i))
        return;
      words++;
      if (!t.cap) lower++;
    });
    this.titleCase = words >= 4 && lower === 0;
    const byStart = new Map<number, number>();
    const byEnd = new Map<number, number>();
    this.tokens.forEach((t, i) => {
      byStart.set(t.start, i);
      byEnd.set(t.end, i + 1);
    });
    for (const hit of gazetteer.find(sentence)) {
      const from = byStart.get(hit.start);
      const to = byEnd.get(hit.end);
      if (from === undefined || to === undefined) continue;
      const list = this.known.get(from) ?? [];
      list.push({ from, to, entries: hit.entries });
      this.known.set(from, list);
    }
  }

  add(candidate: Candidate): void {
    if (candidate.to > candidate.from) this.candidates.push(candidate);
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  lower(i: number): string {
    return this.tokens[i]?.lower ?? '';
  }

  /** The text of tokens [from, to) as written. */
  text(from: number, to: number): string {
    const a = this.tokens[from];
    const b = this.tokens[to - 1];
    return a && b ? this.sentence.slice(a.start, b.end) : '';
  }

  /** Whether token i is the punctuation mark `mark`. */
  is(i: number, mark: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.lower === mark;
  }

  /** Token i is followed by a "." with no space (an abbreviation: "St.", "Sen."). */
  dotAfter(i: number): boolean {
    const t = this.tokens[i + 1];
    return t !== undefined && t.text === '.' && !t.spaceBefore;
  }

  /** A capitalised word that is not a function word ("The", "On", "According"). */
  isCapWord(i: number): boolean {
    const t = this.tokens[i];
    return t !== undefined && t.cap && !t.digits && !lexicon.functionWords.has(t.lower);
  }

  /** A capitalised word that can be part of a name: not a function word, weekday, month, number word or common noun of the news. */
  isNameWord(i: number): boolean {
    if (!this.isCapWord(i)) return false;
    const w = this.lower(i);
    return (
      !lexicon.notNames.has(w) &&
      !lexicon.weekdays.includes(w) &&
      !lexicon.months.includes(w) &&
      !lexicon.numberWords.has(w) &&
      !lexicon.speechVerbs.has(w) &&
      !lexicon.titles.matchAt(this.tokens, i) &&
      !(lexicon.titleAbbreviations.has(w) && this.dotAfter(i)) &&
      !lexicon.honorifics.has(w)
    );
  }

  /** The end of the run of tokens passing `test` from i, at most MAX_RUN tokens; tokens must be separated by spaces. */
  runFrom(i: number, test: (k: number) => boolean, max = MAX_RUN): number {
    let k = i;
    while (
      k < this.tokens.length &&
      k - i < max &&
      test(k) &&
      (k === i || this.tokens[k]!.spaceBefore)
    )
      k++;
    return k;
  }

  /** The start of the run of tokens passing `test` that ends just before `end`, at most `max` tokens. */
  runBefore(end: number, test: (k: number) => boolean, max = MAX_RUN): number {
    let k = end;
    while (k > 0 && end - k < max && test(k - 1) && (k === end || this.tokens[k]!.spaceBefore)) k--;
    return k;
  }

  /** Gazetteer spans starting at token i whose entries include `kind`. */
  knownAt(i: number, kind?: GazetteerKind): GazetteerSpan[] {
    const list = this.known.get(i) ?? [];
    return kind ? list.filter((s) => s.entries.some((e) => e.kind === kind)) : list;
  }

  /** The gazetteer entry of `kind` for exactly this name, if any. */
  lookup(name: string, kind: GazetteerKind): GazetteerEntry | undefined {
    return this.gazetteer.lookup(name).find((e) => e.kind === kind);
  }

  /** Token i is the "s" of a possessive "'s". */
  isPossessiveS(i: number): boolean {
    return this.lower(i) === 's' && this.is(i - 1, "'") && !this.tokens[i - 1]!.spaceBefore;
  }
}
