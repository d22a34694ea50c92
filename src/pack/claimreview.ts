/**
 * schema.org ClaimReview interop. `importClaimReview` turns ClaimReview JSON-LD
 * (one item, an array, a DataFeed or an @graph; any schema.org context) into a
 * claim pack with one story per reviewed claim; `exportClaimReview` writes a
 * pack's reviews, and the distortions it documents (wrong values and
 * contradictions that carry a `claim`, fabricated quotes and misquotes), as
 * ClaimReview items that import back to the same claims, ratings and sources.
 */
import { hasType, nodeResolver, schemaTerms } from './jsonld-terms.ts';
import { parsePack, type PackProblem } from './parse-pack.ts';
import type { ClaimPack, Review, Source, Story, Verdict } from './schema.ts';
import { STOP_WORDS } from './stop-words.ts';

export interface ImportOptions {
  id?: string;
  publisher?: string;
  /** The pack's `updated` date; today by default. */
  today?: string;
}

export interface ImportResult {
  /** Null when no item could be imported, or the result did not validate. */
  pack: ClaimPack | null;
  imported: number;
  /** Items left out, each with the reason. */
  skipped: { index: number; reason: string }[];
  problems: PackProblem[];
}

type Json = Record<string, unknown>;
const isObject = (x: unknown): x is Json =>
  typeof x === 'object' && x !== null && !Array.isArray(x);
const asArray = (x: unknown): unknown[] =>
  Array.isArray(x) ? x : x === undefined || x === null ? [] : [x];
const text = (x: unknown): string | undefined =>
  typeof x === 'string' && x.trim() ? x.trim() : undefined;
const first = <T>(x: unknown, read: (y: unknown) => T | undefined): T | undefined => {
  for (const y of asArray(x)) {
    const value = read(y);
    if (value !== undefined) return value;
  }
  return undefined;
};

/** Collects the ClaimReview objects in any of the shapes publishers use, to a bounded depth. */
function collectReviews(data: unknown, out: Json[] = [], depth = 0): Json[] {
  if (depth > 6 || out.length >= 100_000) return out;
  for (const item of asArray(data)) {
    if (!isObject(item)) continue;
    if (hasType(item, 'ClaimReview')) {
      out.push(item);
      continue;
    }
    for (const key of ['@graph', 'dataFeedElement', 'item', 'itemListElement', 'mainEntity']) {
      if (key in item) collectReviews(item[key], out, depth + 1);
    }
  }
  return out;
}

const FALSE_LABEL =
  /\b(false|pants on fire|fake|fabricated|incorrect|wrong|untrue|hoax|four pinocchios|4 pinocchios|scam|not true)\b/i;
const TRUE_LABEL = /^(true|correct|accurate|mostly true|mostly correct|geppetto checkmark)$/i;

/** Maps a fact-checker's rating to a verdict: only clear labels are trusted; everything else is "unverified". */
export function verdictForRating(
  label: string,
  value?: number,
  best?: number,
  worst?: number,
): Verdict {
  if (TRUE_LABEL.test(label.trim())) return 'consistent';
  if (
    FALSE_LABEL.test(label) &&
    !/\b(half|partly|mostly false|mixture|missing context|misleading)\b/i.test(label)
  )
    return 'discrepant';
  if (
    !label.trim() &&
    value !== undefined &&
    best !== undefined &&
    worst !== undefined &&
    best !== worst
  ) {
    const score = (value - worst) / (best - worst);
    if (score <= 0.2) return 'discrepant';
    if (score >= 0.8) return 'consistent';
  }
  return 'unverified';
}

function isoDate(x: unknown): string | undefined {
  const m = typeof x === 'string' ? /^(\d{4})(-\d{2})?(-\d{2})?/.exec(x.trim()) : null;
  return m ? m[0] : undefined;
}

function slug(input: string, fallback: string): string {
  const s = input
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '');
  return s || fallback;
}

/** An https address with a host name, port, path, query and fragment, and no spaces or user name: one the pack schema accepts. */
const HTTPS_URL = /^https:\/\/([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*)(?::\d{1,5})?(?:[/?#]\S*)?$/iu;

/** The WHATWG URL parser the pack schema checks addresses with (every runtime has it; the pure modules' types leave out the DOM). */
const WhatwgUrl = (globalThis as unknown as { URL: new (url: string) => unknown }).URL;

/** An https address (a string, or a node reference `{"@id": …}`) that the pack schema accepts. */
const https = (x: unknown): string | undefined => {
  const url = text(isObject(x) ? x['@id'] : x);
  if (!url || url.length > 2000 || !HTTPS_URL.test(url)) return undefined;
  try {
    new WhatwgUrl(url);
    return url;
  } catch {
    return undefined;
  }
};
const hostOf = (url: string) => HTTPS_URL.exec(url)?.[1] ?? url;

/** The shared stop words, and words of five letters or more that say nothing about a claim itself. */
const STOP = new Set([
  ...STOP_WORDS,
  'after',
  'again',
  'these',
  'those',
  'while',
  'could',
  'should',
  'being',
  'where',
  'other',
  'claim',
  'claims',
]);

/** Recognition cues for an imported claim: its longer distinctive words, plus the claimant's name. */
function cuesFor(claim: string, claimant: string | undefined): Story['recognition'] {
  const words = [...new Set(claim.toLowerCase().match(/[\p{L}\p{N}]{5,}/gu) ?? [])]
    .filter((w) => !STOP.has(w))
    .slice(0, 12);
  const cues = words.map((w, i) => ({ id: `w${i}`, terms: [w], weight: 1 }));
  if (claimant) cues.push({ id: 'claimant', terms: [claimant], weight: 2 });
  const threshold = Math.max(3, Math.ceil(words.length * 0.6));
  return {
    threshold,
    cues: cues.length ? cues : [{ id: 'w0', terms: [claim.slice(0, 200)], weight: threshold }],
  };
}

/** A work the review cites, as a story source; null without an https address and a date. */
function citedSource(
  work: unknown,
  id: string,
  name: (x: unknown) => string | undefined,
): Source | null {
  const url =
    https(isObject(work) ? work.url : work) ?? (isObject(work) ? https(work['@id']) : undefined);
  if (!url || !isObject(work)) return null;
  const date = isoDate(work.datePublished) ?? isoDate(work.dateCreated);
  if (!date) return null;
  const author = name(work.author);
  const publisher = name(work.publisher) ?? author ?? hostOf(url);
  const headline = first(work.headline, text) ?? first(work.name, text);
  // A work whose address is only a pointer to it says so in its description (as this exporter writes it).
  const note = first(work.description, text);
  return {
    id,
    publisher: publisher.slice(0, 200),
    ...(headline ? { headline: headline.slice(0, 400) } : {}),
    date,
    ...(author && author !== publisher ? { author: author.slice(0, 200) } : {}),
    url,
    urlConfirmed: !note,
    ...(note ? { urlNote: note.slice(0, 500) } : {}),
  };
}

interface Converted {
  review: Review;
  claimDate?: string;
  /** The review's own page, then the reports it is based on: the story's originals. */
  originals: Source[];
  corroborating: Source[];
}

function toReview(item: Json, index: number, resolve: (x: unknown) => unknown): Converted | string {
  const name = (x: unknown): string | undefined =>
    first(x, (y) => {
      const node = resolve(y);
      return isObject(node) ? first(node.name, text) : text(node);
    });
  const claim = first(item.claimReviewed, text);
  if (!claim) return 'no claimReviewed';
  const url = first(item.url, https) ?? https(item['@id']);
  const rating =
    first(item.reviewRating, (r) => (isObject(resolve(r)) ? (resolve(r) as Json) : undefined)) ??
    {};
  const label = first(rating.alternateName, text) ?? first(rating.name, text) ?? '';
  const num = (x: unknown) =>
    typeof x === 'number' && Number.isFinite(x)
      ? x
      : typeof x === 'string' && x.trim() && Number.isFinite(Number(x))
        ? Number(x)
        : undefined;
  const value = first(rating.ratingValue, num);
  const best = first(rating.bestRating, num);
  const worst = first(rating.worstRating, num);
  if (!label && value === undefined) return 'no rating';
  const reviewer = name(item.author) ?? name(item.publisher);
  if (!reviewer) return 'no author for the review';
  const claimNode =
    first(item.itemReviewed, (x) => (isObject(resolve(x)) ? (resolve(x) as Json) : undefined)) ??
    {};
  const claimant = name(claimNode.author);
  const appearances = [...asArray(claimNode.appearance), ...asArray(claimNode.firstAppearance)]
    .map((a) => resolve(a))
    .map((a) => https(isObject(a) ? a.url : a) ?? (isObject(a) ? https(a['@id']) : undefined))
    .filter((a): a is string => Boolean(a));

  // The reports the review is based on become the story's originals, the ones it cites its corroborating sources.
  const byUrl = new Map<string, Source>();
  const basedOn: Source[] = [];
  const cited: Source[] = [];
  for (const [list, works] of [
    [basedOn, item.isBasedOn],
    [cited, item.citation],
  ] as const) {
    for (const work of asArray(works).slice(0, 20)) {
      const source = citedSource(resolve(work), `source-${byUrl.size + 1}`, name);
      if (!source || source.url === url) continue;
      const known = byUrl.get(source.url);
      if (known) {
        if (list === cited && !cited.includes(known)) cited.push(known);
        continue;
      }
      byUrl.set(source.url, source);
      list.push(source);
    }
  }
  const date = isoDate(item.datePublished);
  const evidence = (cited.length ? cited : basedOn).slice(0, 20);
  if (!url && !evidence.length) return 'no https url for the review';
  const reviewPage: Source[] = url
    ? [
        {
          id: 'review',
          kind: 'national',
          publisher: reviewer.slice(0, 200),
          headline: claim.slice(0, 400),
          date: date ?? isoDate(claimNode.datePublished) ?? '',
          url,
          urlConfirmed: true,
        },
      ]
    : [];
  const titled = (s: Source) => Boolean(s.headline);
  const originals = [...reviewPage, ...basedOn.filter(titled)];
  if (!originals.length) {
    const promoted = cited.find(titled);
    if (!promoted) return 'no https url for the review, and no titled report it is based on';
    originals.push(promoted);
  }
  const corroborating = [...basedOn, ...cited].filter(
    (s, i, all) => !originals.includes(s) && all.indexOf(s) === i,
  );
  const review: Review = {
    id: slug((url ?? claim).replace(/^https:\/\/(www\.)?/i, ''), `review-${index}`)
      .slice(0, 80)
      .replace(/-+$/, ''),
    claim: claim.slice(0, 2000),
    ...(claimant ? { claimant: claimant.slice(0, 300) } : {}),
    rating: {
      label: (label || `${value}${best !== undefined ? ` of ${best}` : ''}`).slice(0, 200),
      ...(value !== undefined ? { value } : {}),
      ...(best !== undefined ? { best } : {}),
      ...(worst !== undefined ? { worst } : {}),
    },
    verdict: verdictForRating(label, value, best, worst),
    reviewer: reviewer.slice(0, 300),
    ...(url ? { url } : {}),
    ...(date ? { date } : {}),
    ...(appearances.length ? { appearances: [...new Set(appearances)].slice(0, 50) } : {}),
    ...(evidence.length ? { sources: evidence.map((s) => s.id) } : {}),
  };
  const claimDate = isoDate(claimNode.datePublished);
  return { review, ...(claimDate ? { claimDate } : {}), originals, corroborating };
}

/** Converts ClaimReview JSON-LD (any schema.org context) into a validated claim pack. */
export function importClaimReview(input: unknown, options: ImportOptions = {}): ImportResult {
  const data = schemaTerms(input);
  const resolve = nodeResolver(data);
  const items = collectReviews(data);
  const skipped: ImportResult['skipped'] = [];
  const stories: Story[] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const converted = toReview(item, index, resolve);
    if (typeof converted === 'string') return void skipped.push({ index, reason: converted });
    const { review, claimDate, originals, corroborating } = converted;
    const when = claimDate ?? review.date;
    if (!when) return void skipped.push({ index, reason: 'no date for the review or the claim' });
    let id = review.id;
    for (let n = 2; ids.has(id); n++) id = `${review.id.slice(0, 70)}-${n}`;
    ids.add(id);
    review.id = id;
    for (const source of originals) if (!source.date) source.date = when;
    stories.push({
      id: `cr-${id}`.slice(0, 80).replace(/-+$/, ''),
      title: review.claim.slice(0, 300),
      summary: `${review.reviewer} rated this claim \u201C${review.rating.label}\u201D.`,
      timeContext: {
        start: when,
        end: review.date && review.date > when ? review.date : when,
        summary: `Claim reviewed by ${review.reviewer}${review.date ? ` on ${review.date}` : ''}.`,
      },
      originals,
      ...(corroborating.length ? { corroborating } : {}),
      recognition: cuesFor(review.claim, review.claimant),
      reviews: [review],
    });
  });
  if (!stories.length) return { pack: null, imported: 0, skipped, problems: [] };
  const result = parsePack({
    format: 'sourcelight-pack',
    formatVersion: 1,
    id: options.id ?? 'claimreview-import',
    version: '1.0.0',
    publisher: options.publisher ?? 'Imported from ClaimReview',
    updated: options.today ?? new Date().toISOString().slice(0, 10),
    description:
      'Imported from schema.org ClaimReview: third-party fact-checks that the user chose to trust, not reviewed by Sourcelight.',
    stories,
  });
  return result.ok
    ? { pack: result.pack, imported: stories.length, skipped, problems: [] }
    : { pack: null, imported: 0, skipped, problems: result.problems };
}

/**
 * Skipped items grouped by reason, one line each, most frequent first:
 * "12 items skipped: no https url for the review (#1, #2, #3, #4, #5, …)".
 */
export function summarizeSkipped(skipped: ImportResult['skipped']): string[] {
  const byReason = new Map<string, number[]>();
  for (const { index, reason } of skipped)
    byReason.set(reason, [...(byReason.get(reason) ?? []), index + 1]);
  return [...byReason]
    .sort((a, b) => b[1].length - a[1].length)
    .map(([reason, numbers]) => {
      const shown = numbers
        .slice(0, 5)
        .map((n) => `#${n}`)
        .join(', ');
      return `${numbers.length} item${numbers.length === 1 ? '' : 's'} skipped: ${reason} (${shown}${numbers.length > 5 ? ', \u2026' : ''})`;
    });
}

/**
 * The pack's ratings on a five-point scale, as Google's ClaimReview
 * guidelines ask (a number-to-text scheme, 1 the most false).
 */
const RATING = {
  false: { alternateName: 'False', ratingValue: 1 },
  imprecise: { alternateName: 'Imprecise', ratingValue: 2 },
} as const;

/** A story source as a schema.org CreativeWork; a pointer that is not the report's own address says so in `description`. */
function work(source: Source): Json {
  return {
    '@type': 'CreativeWork',
    ...(source.headline ? { headline: source.headline } : {}),
    url: source.url,
    datePublished: source.date,
    publisher: { '@type': 'Organization', name: source.publisher },
    ...(source.author ? { author: { '@type': 'Person', name: source.author } } : {}),
    ...(source.urlConfirmed
      ? {}
      : {
          description:
            source.urlNote ?? 'This address could not be confirmed as the report\u2019s own.',
        }),
  };
}

/**
 * An explanation written to annotate a page ("the page places the story…")
 * as a standalone review of the claim ("the claim places the story…").
 */
export function standalone(explanation: string): string {
  return explanation.replace(/\b(t)(?:he|his) page(?=\b)/gi, (_m, t: string) => `${t}he claim`);
}

/** "Spectrum News, 2025-04-02; WXXI News, 2025-03-31" */
const sourceList = (sources: readonly Source[]) =>
  sources.map((s) => `${s.publisher}, ${s.date}`).join('; ');

/** ClaimReview items for what a pack reviews: imported reviews (round trip) and the distortions it documents. */
export function exportClaimReview(pack: ClaimPack): Json[] {
  const out: Json[] = [];
  const base = pack.reviewsUrl?.replace(/#.*$/, '');
  const author = {
    '@type': 'Organization',
    name: pack.publisher,
    ...(pack.homepage ? { url: pack.homepage } : {}),
  };
  for (const story of pack.stories) {
    const sources = new Map(
      [...story.originals, ...(story.corroborating ?? [])].map((s) => [s.id, s]),
    );
    const cite = (ids: readonly string[]) => ids.flatMap((id) => sources.get(id) ?? []);
    const basedOn = story.originals.map(work);

    /** One review the pack's author makes, with its own anchor on the pack's reviews page when the pack has one. */
    const authored = (
      anchor: string,
      claim: string,
      rating: (typeof RATING)[keyof typeof RATING],
      explanation: string,
      evidence: Source[],
      body: string,
      claimAuthor?: string,
    ) =>
      out.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        ...(base ? { url: `${base}#${story.id}.${anchor}` } : {}),
        claimReviewed: claim,
        author,
        datePublished: pack.updated,
        reviewRating: {
          '@type': 'Rating',
          ...rating,
          bestRating: 5,
          worstRating: 1,
          ratingExplanation: explanation,
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(claimAuthor ? { author: { '@type': 'Organization', name: claimAuthor } } : {}),
        },
        reviewBody: `${body}${evidence.length ? ` Sources: ${sourceList(evidence)}.` : ''}`,
        isBasedOn: basedOn,
        citation: evidence.map(work),
      });

    for (const r of story.reviews ?? []) {
      const evidence = cite(r.sources ?? []);
      const reports = story.originals.filter((s) => s.url !== r.url);
      out.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        ...(r.url ? { url: r.url } : {}),
        claimReviewed: r.claim,
        author: { '@type': 'Organization', name: r.reviewer },
        ...(r.date ? { datePublished: r.date } : {}),
        reviewRating: {
          '@type': 'Rating',
          alternateName: r.rating.label,
          ...(r.rating.value !== undefined ? { ratingValue: r.rating.value } : {}),
          ...(r.rating.best !== undefined ? { bestRating: r.rating.best } : {}),
          ...(r.rating.worst !== undefined ? { worstRating: r.rating.worst } : {}),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(r.claimant ? { author: { '@type': 'Person', name: r.claimant } } : {}),
          ...(r.appearances
            ? { appearance: r.appearances.map((url) => ({ '@type': 'CreativeWork', url })) }
            : {}),
        },
        ...(reports.length ? { isBasedOn: reports.map(work) } : {}),
        ...(evidence.length ? { citation: evidence.map(work) } : {}),
      });
    }
    for (const fact of story.facts ?? []) {
      const evidence = cite(fact.sources);
      const record = `The record: ${fact.statement}`;
      (fact.details ?? []).forEach((detail, d) => {
        (detail.wrong ?? []).forEach((wrong, w) => {
          if (!wrong.claim) return;
          const explanation = standalone(wrong.explanation);
          authored(
            `${fact.id}.${detail.slot}-${d + 1}-${w + 1}`,
            wrong.claim,
            RATING[wrong.severity],
            explanation,
            evidence,
            `${explanation} ${record}`,
          );
        });
      });
      for (const c of fact.contradictions ?? []) {
        const explanation = standalone(c.explanation);
        authored(
          `${fact.id}.${c.id}`,
          c.claim,
          RATING.false,
          explanation,
          evidence,
          `${explanation} ${record}`,
        );
      }
    }
    const names = new Map((story.entities ?? []).map((e) => [e.id, e.name]));
    for (const quote of story.quotes ?? []) {
      const who = names.get(quote.speaker) ?? quote.speaker;
      const evidence = cite(quote.sources);
      if (quote.status === 'fabricated') {
        const explanation = quote.note ?? `No report records ${who} saying these words.`;
        authored(
          quote.id,
          `${who} said: \u201C${quote.text}\u201D`,
          RATING.false,
          explanation,
          evidence,
          explanation,
        );
      }
      (quote.variants ?? []).forEach((variant, i) => {
        if (variant.kind === 'transcription') return;
        const body = `${variant.note} The recorded words (${quote.occasion}, ${quote.date}): \u201C${quote.text}\u201D`;
        authored(
          `${quote.id}.variant-${i + 1}`,
          `${who} said: \u201C${variant.text}\u201D`,
          RATING.false,
          variant.note,
          evidence,
          body,
          variant.seenIn,
        );
      });
    }
  }
  return out;
}
