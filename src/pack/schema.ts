/**
 * The claim-pack format, as a valibot schema: the single source of truth for
 * both the TypeScript types (inferred below) and run-time validation. Packs are
 * untrusted data, so every string has a length cap and every list a size cap.
 */
import * as v from 'valibot';

const Id = v.pipe(v.string(), v.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, 'ids are lowercase letters, digits and dashes'));
const Text = (max: number) => v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(max));
const Term = v.pipe(v.string(), v.maxLength(200), v.regex(/[\p{L}\p{N}]/u, 'a term needs at least one letter or digit'));
const TermList = v.pipe(v.array(Term), v.minLength(1), v.maxLength(200));
/** A full or partial ISO date: 2016, 2016-11 or 2016-11-14. */
const PartialDate = v.pipe(v.string(), v.regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'dates are YYYY, YYYY-MM or YYYY-MM-DD'));
const HttpsUrl = v.pipe(v.string(), v.url(), v.regex(/^https:\/\//, 'links must be https'), v.maxLength(2000));

export const VerdictSchema = v.picklist(['consistent', 'discrepant', 'unverified']);

/** A report: an original a story derives from, or a source corroborating one of its facts. */
export const SourceSchema = v.object({
  id: Id,
  publisher: Text(200),
  /** Required for originals; corroborating sources may leave it out. */
  headline: v.optional(Text(400)),
  date: PartialDate,
  author: v.optional(Text(200)),
  url: HttpsUrl,
  /** False when the canonical address could not be confirmed; `urlNote` then says what `url` points to. */
  urlConfirmed: v.boolean(),
  urlNote: v.optional(Text(400)),
});

export const CueSchema = v.object({
  id: Id,
  terms: TermList,
  weight: v.pipe(v.number(), v.minValue(0.1), v.maxValue(100)),
});

export const CheckSchema = v.object({
  id: Id,
  verdict: VerdictSchema,
  kind: v.picklist(['agency', 'number', 'date', 'place', 'person', 'quote', 'attribution', 'time-context', 'contradicted', 'statement']),
  /** Every group must have one of its terms in the sentence for the check to apply. */
  when: v.pipe(v.array(TermList), v.minLength(1), v.maxLength(10)),
  /** The check does not apply to a sentence containing any of these terms. */
  unless: v.optional(TermList),
  /** What the original reports say, in the pack author's own words (or a verbatim attributed quote). */
  original: Text(1000),
  /** One sentence: what differs (or agrees) and why. */
  explanation: Text(1000),
  /** Ids of the story's originals or corroborating sources this check rests on. */
  sources: v.pipe(v.array(Id), v.minLength(1), v.maxLength(20)),
});

export const StorySchema = v.object({
  id: Id,
  title: Text(300),
  summary: Text(2000),
  originals: v.pipe(v.array(SourceSchema), v.minLength(1), v.maxLength(20)),
  /** Reports that confirm individual facts (local outlets, official releases). */
  corroborating: v.optional(v.pipe(v.array(SourceSchema), v.maxLength(200))),
  recognition: v.object({
    /** A page retells the story when the weights of the cues it contains add up to this. */
    threshold: v.pipe(v.number(), v.minValue(1)),
    cues: v.pipe(v.array(CueSchema), v.minLength(1), v.maxLength(200)),
    /** Ids of cues a page must contain, whatever its score (e.g. the place the story happened). */
    require: v.optional(v.pipe(v.array(Id), v.maxLength(20))),
  }),
  checks: v.pipe(v.array(CheckSchema), v.maxLength(5000)),
});

export const ClaimPackSchema = v.object({
  format: v.literal('sourcelight-pack'),
  formatVersion: v.literal(1),
  id: Id,
  version: v.pipe(v.string(), v.regex(/^\d+\.\d+\.\d+$/, 'versions are MAJOR.MINOR.PATCH')),
  publisher: Text(200),
  updated: PartialDate,
  stories: v.pipe(v.array(StorySchema), v.minLength(1), v.maxLength(100_000)),
});

export type Verdict = v.InferOutput<typeof VerdictSchema>;
export type Source = v.InferOutput<typeof SourceSchema>;
export type Cue = v.InferOutput<typeof CueSchema>;
export type Check = v.InferOutput<typeof CheckSchema>;
export type Story = v.InferOutput<typeof StorySchema>;
export type ClaimPack = v.InferOutput<typeof ClaimPackSchema>;
