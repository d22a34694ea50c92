/**
 * A name of the story's that ends in a number ("General Order 502") written
 * with another number ("General Order 520"): the record names one document,
 * order or bill, and the page cites another. Story data only; nothing here
 * knows a story.
 */
import type { Comparison } from './value-result.ts';
import type { StoryRecord } from './story-record.ts';
import { escapeRegExp } from '../terms.ts';

/** The pattern of a name's prefix with a number, once per prefix (matchAll copies it, so its lastIndex stays 0). */
const PATTERNS = new Map<string, RegExp>();
function numberedPattern(prefix: string): RegExp {
  let re = PATTERNS.get(prefix);
  if (!re) {
    // An abbreviation in capitals is matched as written ("GO 502", not "go 2 miles"); a number may carry thousands commas.
    re = new RegExp(
      `\\b${escapeRegExp(prefix).replace(/\s+/g, '\\s+')}\\s+(?:No\\.\\s*)?(\\d{1,3}(?:,\\d{3})+|\\d+)\\b`,
      /^\p{Lu}{2,}$/u.test(prefix) ? 'g' : 'gi',
    );
    if (PATTERNS.size >= 1000) PATTERNS.clear();
    PATTERNS.set(prefix, re);
  }
  return re;
}

export function numberedNameConflicts(
  sentence: string,
  record: StoryRecord,
  inQuote: (at: number) => boolean,
): { comparison: Comparison; explanation: string }[] {
  const out: { comparison: Comparison; explanation: string }[] = [];
  // Every match has a digit: a sentence with none is not scanned name by name.
  if (!/\d/.test(sentence)) return out;
  const seen = new Set<string>();
  for (const { prefix, number, name } of record.numbered) {
    for (const m of sentence.matchAll(numberedPattern(prefix))) {
      const written = (m[1] as string).replace(/,/g, '');
      if (inQuote(m.index) || seen.has(m[0])) continue;
      // Another number under the same name, unless the story has a name with that number too.
      if (
        written === number ||
        record.numbered.some(
          (n) => n.prefix.toLowerCase() === prefix.toLowerCase() && n.number === written,
        )
      )
        continue;
      seen.add(m[0]);
      out.push({
        comparison: { slot: 'document', page: m[0], record: name },
        explanation: `The record names ${name}, not ${m[0]}.`,
      });
    }
  }
  return out;
}
