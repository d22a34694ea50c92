/**
 * A document of the story named by its year ("the 1986 Council resolution", "the 2017 resolution"), given another year
 * ("a 1996 Council resolution"): when the record's documents named "<year> <words>" with those same words all have
 * other years, and one of them is later (a later year may be a new document the record does not reach), the page's
 * year is wrong. Only words the record's own names put after a year; nothing here knows a story.
 */
import { foldText } from '../normalize.ts';
import { escapeRegExp } from '../terms.ts';
import { listNames } from './record-values.ts';
import type { StoryRecord } from './story-record.ts';
import type { Comparison } from './value-result.ts';

/** A name opening on a year: "1986 Council resolution", "the 2017 resolution". */
const YEAR_NAME = /^(?:the\s+)?(1[6-9]\d\d|20\d\d)\s+(.+)$/;

interface YearForms {
  /** Folded words after the year → the record's years for them, with the documents' names. */
  byWords: Map<string, { year: string; name: string }[]>;
  pattern: RegExp | null;
}

const cache = new WeakMap<StoryRecord, YearForms>();

function formsOf(record: StoryRecord): YearForms {
  let forms = cache.get(record);
  if (!forms) {
    const byWords = new Map<string, { year: string; name: string }[]>();
    for (const doc of record.documents)
      for (const n of doc.names) {
        const m = YEAR_NAME.exec(n);
        if (!m) continue;
        const list = byWords.get(m[2] as string) ?? [];
        if (!list.some((x) => x.year === m[1] && x.name === doc.name))
          list.push({ year: m[1] as string, name: doc.name });
        byWords.set(m[2] as string, list);
      }
    const words = [...byWords.keys()].sort((a, b) => b.length - a.length).map(escapeRegExp);
    forms = {
      byWords,
      pattern: words.length
        ? new RegExp(
            String.raw`(?<![\p{L}\p{N}])(1[6-9]\d\d|20\d\d)\s+(${words.join('|')})(?![\p{L}\p{N}])`,
            'gu',
          )
        : null,
    };
    cache.set(record, forms);
  }
  return forms;
}

/** Words too general to say which document is meant. */
const GENERAL = new Set([
  'the',
  'city',
  'town',
  'county',
  'state',
  'council',
  'police',
  'general',
  'training',
]);

/** The first letters (a stem) of the words of the documents' names beyond the year and the words the page used. */
function distinctive(
  record: StoryRecord,
  known: readonly { name: string }[],
  used: string,
): string[] {
  const names = new Set(known.map((k) => k.name));
  const skip = new Set(used.split(/\s+/));
  return [
    ...new Set(
      record.documents
        .filter((d) => names.has(d.name))
        .flatMap((d) => d.names.flatMap((n) => n.split(/\s+/)))
        .filter((w) => /^\p{L}{5,}$/u.test(w) && !skip.has(w) && !GENERAL.has(w))
        .map((w) => w.slice(0, 7)),
    ),
  ];
}

export function documentYearConflict(
  text: string,
  record: StoryRecord,
): { comparison: Comparison; explanation: string } | null {
  if (!record.documents.length || !/\d{4}/.test(text)) return null;
  const { byWords, pattern } = formsOf(record);
  if (!pattern) return null;
  const folded = foldText(text);
  for (const m of folded.matchAll(pattern)) {
    const known = byWords.get(m[2] as string) ?? [];
    // The sentence must be about those documents: a word of their names beyond the year and the words named
    // ("sanctuary" for "a 1996 Council resolution"), not about another resolution of the same body.
    const own = distinctive(record, known, m[2] as string);
    if (!own.some((w) => folded.includes(w))) continue;
    // A year after the record's last such document may be a new one the record does not reach.
    const year = m[1] as string;
    if (!known.length || known.some((k) => k.year === year) || known.every((k) => k.year < year))
      continue;
    const recorded = listNames([
      ...new Set(known.map((k) => (k.name.includes(k.year) ? k.name : `${k.name} (${k.year})`))),
    ]);
    return {
      comparison: { slot: 'date', page: `${m[1]} ${m[2]}`, record: recorded },
      explanation: `The record has ${recorded}, not a ${m[1]} ${m[2]}.`,
    };
  }
  return null;
}
