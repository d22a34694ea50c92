/**
 * Word-by-word alignment of a quoted stretch of a page with a recorded quote.
 *
 * The stretch may be any verbatim part of the record, cut at either end, and
 * still carry an editor's honest marks: an ellipsis ("…", "...") over omitted
 * words, words in [brackets] or (parentheses) added or put for a few of the
 * record's, and differences of case, quotation marks, punctuation and
 * hyphenation (gone once both are reduced to words). What else differs is
 * found and named: recorded sentences joined with no ellipsis over the words
 * between them (stitched), and changed, added or dropped words (altered, with
 * the word diff: `help → assist`).
 *
 * A semi-global edit-distance alignment (the whole stretch against any part
 * of the record): quotes are short (a few dozen words), so the table of
 * stretch × record words is small; the caller aligns only against quotes that
 * share words with the stretch.
 */
import { quoteKey } from './quote-key.ts';
import { splitSentences } from './sentences.ts';

/** A word of the stretch: the speaker's (`word`), an editor's (`inserted`, in brackets), or an ellipsis (`gap`). */
export interface StretchToken {
  kind: 'word' | 'inserted' | 'gap';
  word: string;
}

/** The words of a recorded text, each with whether it starts one of its sentences. */
export interface RecordWords {
  words: string[];
  sentenceStart: boolean[];
}

type AlignOutcome = 'verbatim' | 'stitched' | 'altered' | 'none';

export interface Alignment {
  outcome: AlignOutcome;
  /** Words of the stretch (the speaker's, not an editor's) that are the record's, in order. */
  matched: number;
  /** The speaker's words in the stretch. */
  words: number;
  /** For `altered`: each change, the record's words → the page's ("help → assist"; "→ both" for an added word; "very →" for a dropped one). */
  diff: string[];
  /** For `altered`: every change is of a word's ending only ("supervisor → supervisors", "was → is"), as transcriptions differ. */
  endingsOnly: boolean;
  /** Record sentences joined with no ellipsis over the words between them. */
  stitches: number;
}

const ELLIPSIS = /\u2026|\.\s*\.\s*\./g;
const IN_WORD = /(?<=\p{L})\[(\p{L}{1,3})\]|\[(\p{L}{1,3})\](?=\p{L})/gu;

/** The stretch as tokens: words, editors' bracketed words, and ellipses. */
export function stretchTokens(text: string): StretchToken[] {
  const out: StretchToken[] = [];
  const words = (t: string, kind: 'word' | 'inserted') => {
    for (const w of quoteKey(t).split(' ')) if (w) out.push({ kind, word: w });
  };
  // Brackets inside a word change its case or ending ("[W]e", "officer[s]"): the word is the speaker's.
  const marked = text.replace(IN_WORD, '$1$2').replace(ELLIPSIS, ' \u0000 ');
  let depth = 0;
  let run = '';
  const flush = () => {
    if (!run) return;
    const parts = run.split('\u0000');
    parts.forEach((part, i) => {
      if (i > 0) out.push({ kind: 'gap', word: '' });
      words(part, depth > 0 ? 'inserted' : 'word');
    });
    run = '';
  };
  for (const ch of marked) {
    if (ch === '[' || ch === '(') {
      flush();
      depth++;
    } else if ((ch === ']' || ch === ')') && depth > 0) {
      flush();
      depth--;
    } else run += ch;
  }
  flush();
  return out;
}

/** A recorded text as words, marking where each of its sentences starts. */
export function recordWords(text: string): RecordWords {
  const words: string[] = [];
  const sentenceStart: boolean[] = [];
  for (const s of splitSentences(text)) {
    const key = quoteKey(s.text);
    if (!key) continue;
    key.split(' ').forEach((w, i) => {
      words.push(w);
      sentenceStart.push(i === 0);
    });
  }
  return { words, sentenceStart };
}

/** An editor's bracketed words may stand for up to this many of the record's ("[the union]" for "we"). */
const BRACKET_STANDS_FOR = 4;
/** A changed, added or dropped word costs 1; a jump over whole sentences with no ellipsis costs this. */
const STITCH_COST = 1.5;
/** A word of the stretch before the record's start or after its end: a hair cheaper than a changed word. */
const BEYOND_COST = 0.99;
/** A little cost on free moves, so that the alignment prefers matching words to skipping them. */
const EPS = 0.0001;
/** Altered: at least this share of the stretch's words are the record's, in order, and at least this many. */
export const NEAR_SHARE = 0.6;
/** …and at least this share of the words of the stretch and of the record's span it covers, counted together, are in common. */
const NEAR_OF_SPAN = 0.5;
const NEAR_MIN = 5;
/** A verbatim stretch must have at least this many of the speaker's words to be recognised as a part of a quote. */
export const MIN_VERBATIM_WORDS = 4;

type Move =
  | 'match'
  | 'subst'
  | 'ins'
  | 'beyond'
  | 'del'
  | 'free-stretch'
  | 'free-record'
  | 'stitch'
  | 'start';

/**
 * Aligns a stretch with a recorded text. `verbatim`: every speaker's word of
 * the stretch is the record's, in order, with only honest marks between;
 * `stitched`: the same, save for jumps between the record's sentences with no
 * ellipsis; `altered`: a near match with changed words; `none` otherwise.
 */
export function alignStretch(stretch: readonly StretchToken[], record: RecordWords): Alignment {
  const strict = alignWith(stretch, record, false);
  // Near but no near match by the fewest edits: perhaps by the most words in common (see LOOSE).
  if (strict.outcome !== 'none') return strict;
  return strict.matched >= NEAR_MIN ? alignWith(stretch, record, true) : { ...strict, matched: 0 };
}

/**
 * The second reading, for a stretch the first finds no near match for: the
 * record's words skipped in the middle cost a tenth of a changed word, so the
 * alignment keeps the most of the stretch's words in common with the record
 * rather than calling the record's next words changed ones and stopping there
 * ("we are absolutely not putting them in our cars" against "we are absolutely
 * not going to be detaining them or putting them into our cars" keeps
 * "putting them … our cars"). It answers only altered or none; the words
 * skipped count as changes, so a scattered match is none.
 */
const LOOSE = { del: 0.1, subst: 1.1 };

function alignWith(
  stretch: readonly StretchToken[],
  record: RecordWords,
  loose: boolean,
): Alignment {
  const delCost = loose ? LOOSE.del : 1;
  const substCost = loose ? LOOSE.subst : 1;
  const n = stretch.length;
  const m = record.words.length;
  const words = stretch.filter((t) => t.kind === 'word').length;
  const none: Alignment = {
    outcome: 'none',
    matched: 0,
    words,
    diff: [],
    endingsOnly: false,
    stitches: 0,
  };
  if (!n || !m || !words) return none;
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const move: Move[] = new Array((n + 1) * W);
  const from = new Int32Array((n + 1) * W);
  // Bracketed words just read, so the next record words may be the ones they stand for.
  const afterBracket = (i: number) =>
    i > 0 && stretch[i - 1]?.kind === 'inserted' && stretch[i]?.kind !== 'inserted';
  for (let j = 0; j <= m; j++) {
    cost[j] = 0;
    move[j] = 'start';
  }
  const relax = (to: number, c: number, mv: Move, prev: number) => {
    if (c < (cost[to] as number)) {
      cost[to] = c;
      move[to] = mv;
      from[to] = prev;
    }
  };
  for (let i = 0; i <= n; i++) {
    const tok = stretch[i];
    // Jumps within row i (record words skipped) first, left to right, so they chain.
    for (let j = 0; j <= m; j++) {
      const here = i * W + j;
      const c = cost[here] as number;
      if (c === Infinity || j === m) continue;
      const free =
        i === 0 ||
        i === n ||
        stretch[i - 1]?.kind === 'gap' ||
        (afterBracket(i) && runOfFree(move, from, here, W) < BRACKET_STANDS_FOR);
      relax(here + 1, c + (free ? EPS : delCost), free ? 'free-record' : 'del', here);
      // A jump from a sentence's end to a later sentence's start, with no ellipsis: stitched.
      if (i > 0 && i < n && j > 0 && record.sentenceStart[j] && !free) {
        for (let k = j + 1; k < m; k++)
          if (record.sentenceStart[k]) relax(i * W + k, c + STITCH_COST, 'stitch', here);
      }
    }
    if (i === n || !tok) break;
    for (let j = 0; j <= m; j++) {
      const here = i * W + j;
      const c = cost[here] as number;
      if (c === Infinity) continue;
      const next = (i + 1) * W + j;
      if (tok.kind === 'gap' || tok.kind === 'inserted') {
        relax(next, c + EPS, 'free-stretch', here);
        if (tok.kind === 'inserted' && j < m && record.words[j] === tok.word)
          relax(next + 1, c, 'match', here);
        continue;
      }
      // Words before the record's first or after its last are not changed words: the record says nothing of them.
      const edge =
        (j === 0 && (move[here] === 'start' || move[here] === 'beyond')) ||
        (j === m && (move[here] === 'match' || move[here] === 'beyond'));
      if (edge) relax(next, c + BEYOND_COST, 'beyond', here);
      // An added word costs a hair more than a changed one, so a change reads "activities → raids", not "→ raids".
      else relax(next, c + 1 + 2 * EPS, 'ins', here);
      if (j < m)
        relax(
          next + 1,
          c + (record.words[j] === tok.word ? 0 : substCost),
          record.words[j] === tok.word ? 'match' : 'subst',
          here,
        );
      // Hyphenation: "well-being" and "wellbeing" are the same word.
      if (j + 1 < m && `${record.words[j]}${record.words[j + 1]}` === tok.word)
        relax(next + 2, c, 'match', here);
    }
  }
  // The end: any record position (the stretch may stop mid-sentence).
  let end = n * W;
  for (let j = 0; j <= m; j++)
    if ((cost[n * W + j] as number) < (cost[end] as number)) end = n * W + j;
  // Walk back: count matches, gather changes into diff entries.
  let matched = 0;
  let stitches = 0;
  let beyond = 0;
  const diff: string[] = [];
  let recWords: string[] = [];
  let pageWords: string[] = [];
  let endingsOnly = true;
  // Each change counted by its longer side ("doing pat frisks → arresting anyone" is three changed words).
  let grouped = 0;
  const close = () => {
    grouped += Math.max(recWords.length, pageWords.length);
    if (recWords.length || pageWords.length)
      diff.unshift(`${recWords.join(' ')} \u2192 ${pageWords.join(' ')}`.trim());
    if (
      recWords.length !== pageWords.length ||
      recWords.some((w, k) => !sameWord(w, pageWords[k] as string))
    )
      endingsOnly = false;
    recWords = [];
    pageWords = [];
  };
  let at = end;
  while (move[at] !== 'start') {
    const mv = move[at] as Move;
    const prev = from[at] as number;
    const i = Math.floor(prev / W);
    const j = prev % W;
    const tok = stretch[i];
    if (mv === 'match') {
      close();
      if (tok?.kind === 'word') matched++;
    } else if (mv === 'subst') {
      recWords.unshift(record.words[j] as string);
      pageWords.unshift(tok?.word ?? '');
    } else if (mv === 'ins') pageWords.unshift(tok?.word ?? '');
    else if (mv === 'beyond') {
      close();
      beyond++;
    } else if (mv === 'del') recWords.unshift(record.words[j] as string);
    else if (mv === 'stitch') {
      close();
      stitches++;
    } else close();
    at = prev;
  }
  close();
  const total = cost[end] as number;
  const changes = loose
    ? grouped
    : Math.round(total - stitches * STITCH_COST - beyond * BEYOND_COST);
  const base = { matched, words, diff: [] as string[], endingsOnly: false, stitches };
  if (matched < MIN_VERBATIM_WORDS || (loose && (changes === 0 || stitches > 0))) return none;
  // Part on record and part not: what the rest is, the record cannot say.
  if (changes === 0)
    return beyond ? none : { ...base, outcome: stitches ? 'stitched' : 'verbatim' };
  if (
    matched >= NEAR_MIN &&
    matched >= NEAR_SHARE * words &&
    matched >= NEAR_OF_SPAN * (matched + changes)
  ) {
    return { ...base, outcome: 'altered', diff, endingsOnly };
  }
  // Near, but not near enough: the words in common, so the caller knows a second reading may be worth it.
  return { ...none, matched };
}

const BE = new Set(['is', 'are', 'was', 'were']);
const stemOf = (w: string) => w.replace(/(?:ing|ed|es|s|d)$/, '');
/** The same word but for its ending: "supervisor"/"supervisors", "receive"/"receives", "was"/"is". */
function sameWord(a: string, b: string): boolean {
  return (BE.has(a) && BE.has(b)) || (a.length > 3 && b.length > 3 && stemOf(a) === stemOf(b));
}

/** How many record words in a row were just skipped for free before `at` (so a bracket stands for only a few). */
function runOfFree(move: Move[], from: Int32Array, at: number, W: number): number {
  let run = 0;
  let p = at;
  while (move[p] === 'free-record' && Math.floor((from[p] as number) / W) === Math.floor(p / W)) {
    run++;
    p = from[p] as number;
  }
  return run;
}
