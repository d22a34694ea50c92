/**
 * The parts of the claim-pack format that a page report also carries (verdicts,
 * sources, periods, time context, timeline events) and the small pieces every
 * part is built from. schema.ts builds the whole format on them; the extension's
 * messages import only these, so the popup does not carry the whole format.
 */
import * as v from 'valibot';

export const Id = v.pipe(
  v.string(),
  v.regex(
    /^[a-z0-9][a-z0-9-]{0,79}$/,
    'must be an id: lowercase letters, digits and dashes, starting with a letter or digit',
  ),
);
export const Text = (max: number) =>
  v.pipe(
    v.string(),
    v.trim(),
    v.minLength(1, 'must not be empty'),
    v.maxLength(max, `must be at most ${max} characters`),
  );
/** A search term: matched as whole words, case-insensitively, with typographic quotes and dashes folded. */
export const Term = v.pipe(
  v.string(),
  v.maxLength(300, 'must be at most 300 characters'),
  v.regex(/[\p{L}\p{N}]/u, 'a term needs at least one letter or digit'),
);
export const TermList = v.pipe(
  v.array(Term),
  v.minLength(1, 'needs at least one term'),
  v.maxLength(300, 'has more than 300 terms'),
);
/** Groups of terms: a sentence matches when every group has one of its terms in it. */
export const TermGroups = v.pipe(
  v.array(TermList),
  v.minLength(1, 'needs at least one group of terms'),
  v.maxLength(10, 'has more than 10 groups'),
);
/** A full or partial calendar date. */
export const DATE_PATTERN = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;
/** A pattern-shaped date that is also on the calendar (no 30 February). */
export function isCalendarDate(date: string): boolean {
  if (!DATE_PATTERN.test(date)) return false;
  const [y, m, d] = date.split('-').map(Number);
  return (
    d === undefined || new Date(Date.UTC(y as number, (m as number) - 1, d)).getUTCDate() === d
  );
}
export const PartialDate = v.pipe(
  v.string(),
  v.regex(DATE_PATTERN, 'must be a date: YYYY, YYYY-MM or YYYY-MM-DD'),
  v.check(
    (date) => !DATE_PATTERN.test(date) || isCalendarDate(date),
    'must be a date: YYYY, YYYY-MM or YYYY-MM-DD',
  ),
);
export const HttpsUrl = v.pipe(
  v.string(),
  v.maxLength(2000, 'must be at most 2000 characters'),
  v.url('must be a URL'),
  v.regex(/^https:\/\//i, 'links must be https'),
);
export const IdList = (max: number) =>
  v.pipe(v.array(Id), v.maxLength(max, `has more than ${max} entries`));
export const SourceIds = v.pipe(
  v.array(Id),
  v.minLength(1, 'needs at least one source'),
  v.maxLength(20, 'has more than 20 sources'),
);
export const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item), v.maxLength(max, `has more than ${max} entries`));

export const VerdictSchema = v.picklist(['consistent', 'discrepant', 'unverified']);
export const ConfidenceSchema = v.picklist(['high', 'medium', 'low']);

/** A report: an original a story derives from, or a source corroborating its facts. */
export const SourceSchema = v.strictObject({
  id: Id,
  publisher: Text(200),
  /** Required for originals; corroborating sources may leave it out. */
  headline: v.optional(Text(400)),
  date: PartialDate,
  author: v.optional(Text(200)),
  url: HttpsUrl,
  /** False when the address could not be confirmed as the report's own; `urlNote` then says what `url` points to. */
  urlConfirmed: v.boolean(),
  /** Other addresses of the same report (a second post of it, a mirror), for recognising links to it. */
  alternateUrls: v.optional(list(HttpsUrl, 10)),
  urlNote: v.optional(Text(500)),
  kind: v.optional(
    v.picklist([
      'original',
      'repost',
      'local',
      'national',
      'official',
      'wire',
      'social',
      'aggregator',
      'court',
    ]),
  ),
});

export const SeveritySchema = v.picklist(['false', 'imprecise']);

/** A stretch of time a claim puts the story in ("under the Biden administration": 2021 to 2025). */
export const PeriodSchema = v.strictObject({
  start: PartialDate,
  end: v.optional(PartialDate),
  label: Text(200),
});

export const TimeContextSchema = v.strictObject({
  start: PartialDate,
  end: PartialDate,
  /** What was true then: who was in office, which elections had happened. */
  summary: Text(1000),
});

export const TimelineEventSchema = v.strictObject({
  id: Id,
  date: PartialDate,
  time: v.optional(
    v.pipe(v.string(), v.regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'must be a time: HH:MM (24-hour)')),
  ),
  label: Text(300),
  kind: v.optional(v.picklist(['event', 'report', 'statement', 'legal', 'background'])),
  sources: SourceIds,
});
