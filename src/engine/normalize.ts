/**
 * Folds text for matching while keeping every character at its offset, so a
 * match in the folded text is a match at the same span in the original:
 * lower case, typographic quotes and dashes to ASCII, odd spaces to a space.
 * Characters whose lower case has another length are left as they are.
 */
const FOLD: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u00A0': ' ',
  '\u2007': ' ',
  '\u202F': ' ',
  '\t': ' ',
  // Final sigma: whole-string lower-casing depends on context, so fold both sigmas to one.
  '\u03C2': '\u03C3',
};

const FOLDABLE = new RegExp(`[${Object.keys(FOLD).join('')}]`, 'g');
// The same class, not global: a test is cheaper than a replace that finds nothing (most strings), about 3x on a story's thousands of short ones.
const HAS_FOLDABLE = new RegExp(FOLDABLE.source);

/**
 * Folded texts of the analysis under way (withFoldMemo): its readers fold the same sentences and names again and
 * again (thousands of calls a page, nearly all repeats). Outside an analysis there is none, so nothing is kept.
 */
let memo: Map<string, string> | null = null;
const MEMO_ENTRIES = 8192;

/** Runs `work` with folded texts remembered until it returns (nested calls share the outer memo). */
export function withFoldMemo<T>(work: () => T): T {
  if (memo) return work();
  memo = new Map();
  try {
    return work();
  } finally {
    memo = null;
  }
}

export function foldText(text: string): string {
  if (memo === null) return foldWithoutMemo(text);
  const known = memo.get(text);
  if (known !== undefined) return known;
  const folded = foldWithoutMemo(text);
  if (memo.size < MEMO_ENTRIES) memo.set(text, folded);
  return folded;
}

/** foldText with no memo: for the gate, which folds once per page outside any analysis and must stay small. */
export function foldWithoutMemo(text: string): string {
  const lower = text.toLowerCase();
  // Fast path: lower-casing kept every offset (almost all text), so fold the rest with one regex.
  if (lower.length === text.length)
    return HAS_FOLDABLE.test(lower) ? lower.replace(FOLDABLE, (ch) => FOLD[ch] as string) : lower;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i] as string;
    const mapped = FOLD[ch];
    if (mapped !== undefined) {
      out += mapped;
      continue;
    }
    const lowerCh = ch.toLowerCase();
    out += lowerCh.length === 1 ? lowerCh : ch;
  }
  return out;
}
