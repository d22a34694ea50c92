/**
 * The sidecar a drafted pack comes with (`story.provenance.json` beside
 * `story.json`): for every drafted value, the source and sentence it was read
 * from and how sure the drafter is; the values the sources disagree on, each
 * with its source, for the author to settle; and what was left out. The pack
 * format is strict, so provenance lives here, not in the pack.
 */
import * as v from 'valibot';

const ConfidenceSchema = v.picklist(['high', 'medium', 'low']);

const ProvenanceEntrySchema = v.strictObject({
  /** The value's JSON path in the pack ("stories[0].events[1].date"). */
  path: v.string(),
  /** The drafted value, as text. */
  value: v.string(),
  /** The id of the source (an original or a corroborating report) it was read from. */
  source: v.string(),
  /** The sentence (or the part of the page, for metadata) it was read from. */
  sentence: v.string(),
  confidence: ConfidenceSchema,
  note: v.optional(v.string()),
});

const UnsettledSchema = v.strictObject({
  /** What the sources disagree on ("how many were arrested", "the day of the arrests"). */
  what: v.string(),
  path: v.string(),
  /** What the draft wrote meanwhile (a range or date that admits every value, or nothing). */
  drafted: v.string(),
  values: v.array(v.strictObject({ value: v.string(), source: v.string(), sentence: v.string() })),
});

export const ProvenanceSchema = v.strictObject({
  format: v.literal('sourcelight-pack-provenance'),
  /** The pack file this sidecar describes. */
  pack: v.string(),
  story: v.string(),
  sources: v.array(
    v.strictObject({
      id: v.string(),
      file: v.string(),
      role: v.picklist(['original', 'corroborating']),
    }),
  ),
  values: v.array(ProvenanceEntrySchema),
  unsettled: v.array(UnsettledSchema),
  /** Inputs left out, with the reason (a corroborating report about another event). */
  leftOut: v.array(v.strictObject({ file: v.string(), reason: v.string() })),
});

export type Confidence = v.InferOutput<typeof ConfidenceSchema>;
export type ProvenanceEntry = v.InferOutput<typeof ProvenanceEntrySchema>;
export type Unsettled = v.InferOutput<typeof UnsettledSchema>;
export type Provenance = v.InferOutput<typeof ProvenanceSchema>;

/** The sidecar's file name for a pack file: story.json → story.provenance.json. */
export const provenancePath = (packFile: string): string =>
  packFile.replace(/(\.json)?$/i, '.provenance.json');
