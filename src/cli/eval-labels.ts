/**
 * The labelled-page format of the development set (eval/README.md): a label
 * file names pages, the story each retells (or null), and labels whose
 * anchor (at most six words of a sentence) is found in the analysed text.
 * Shared by `npm run eval` (scripts/eval) and `sourcelight pack test`.
 */
import * as v from 'valibot';
// The engine's light entry: the signal kinds without the analysis.
import { SIGNAL_KINDS } from '../engine/lite.ts';

const LABEL_TYPES = ['discrepant', 'flag', 'unverified', 'true'] as const;
export type LabelType = (typeof LABEL_TYPES)[number];

export const MAX_ANCHOR_WORDS = 6;
export const wordCount = (anchor: string): number =>
  anchor.trim().split(/\s+/).filter(Boolean).length;

const Label = v.strictObject({
  anchor: v.pipe(
    v.string(),
    v.nonEmpty(),
    v.check(
      (a) => wordCount(a) <= MAX_ANCHOR_WORDS,
      `an anchor is at most ${MAX_ANCHOR_WORDS} words`,
    ),
  ),
  label: v.picklist(LABEL_TYPES),
  /** The entry of ../shared/sources.md the label rests on. */
  ref: v.optional(v.string()),
  note: v.optional(v.string()),
});

const Page = v.strictObject({
  file: v.string(),
  /** The story id the page retells, or null for a page that must stay untouched. */
  story: v.nullable(v.string()),
  signals: v.optional(v.array(v.picklist(SIGNAL_KINDS))),
  labels: v.array(Label),
  /** Record rows deliberately not turned into sentence labels, with the reason. */
  skipped: v.optional(v.array(v.strictObject({ ref: v.string(), reason: v.string() }))),
});

const LabelFile = v.strictObject({ $comment: v.optional(v.string()), pages: v.array(Page) });

type Label = v.InferOutput<typeof Label>;
export type PageLabels = v.InferOutput<typeof Page>;

/** Validates a label file's parsed JSON; throws one readable message per problem. */
export function parseLabels(data: unknown, path: string): PageLabels[] {
  const result = v.safeParse(LabelFile, data);
  if (!result.success) {
    const problems = result.issues.map(
      (issue) => `${v.getDotPath(issue) ?? '(root)'}: ${issue.message}`,
    );
    throw new Error(`${path}:\n  ${problems.join('\n  ')}`);
  }
  return result.output.pages;
}

/** Typographic quotes and dashes folded, whitespace collapsed: an anchor typed with straight quotes still matches. */
export function fold(text: string): string {
  return text
    .normalize('NFC')
    .replace(/[\u2018\u2019\u201A\u201B\u2032]/g, "'")
    .replace(/[\u201C\u201D\u201E\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/\s+/g, ' ');
}

/** How many times the anchor occurs in the text (case-sensitive, after folding). */
export function occurrences(text: string, anchor: string): number {
  const hay = fold(text);
  const needle = fold(anchor.trim());
  let count = 0;
  for (let at = hay.indexOf(needle); at !== -1; at = hay.indexOf(needle, at + 1)) count++;
  return count;
}

export const contains = (text: string, anchor: string): boolean => occurrences(text, anchor) > 0;
