/**
 * schema.org ClaimReview interop. `importClaimReview` turns ClaimReview JSON-LD
 * (one item, an array, a DataFeed or an @graph) into a claim pack with one
 * story per reviewed claim; `exportClaimReview` writes a pack's reviews, and
 * the distortions it documents (wrong values and contradictions that carry a
 * `claim`, fabricated quotes and misquotes), as ClaimReview items.
 */
import { parsePack, type PackProblem } from './parse-pack.ts';
import type { ClaimPack, Review, Story, Verdict } from './schema.ts';

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
const isObject = (x: unknown): x is Json => typeof x === 'object' && x !== null && !Array.isArray(x);
const asArray = (x: unknown): unknown[] => (Array.isArray(x) ? x : x === undefined || x === null ? [] : [x]);
const text = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);
const nameOf = (x: unknown): string | undefined => (isObject(x) ? text(x.name) : text(x));
const hasType = (x: Json, type: string) => asArray(x['@type']).some((t) => t === type || t === `schema:${type}` || t === `https://schema.org/${type}`);

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

const FALSE_LABEL = /\b(false|pants on fire|fake|fabricated|incorrect|wrong|untrue|hoax|four pinocchios|4 pinocchios|scam|not true)\b/i;
const TRUE_LABEL = /^(true|correct|accurate|mostly true|mostly correct|geppetto checkmark)$/i;

/** Maps a fact-checker's rating to a verdict: only clear labels are trusted; everything else is "unverified". */
export function verdictForRating(label: string, value?: number, best?: number, worst?: number): Verdict {
  if (TRUE_LABEL.test(label.trim())) return 'consistent';
  if (FALSE_LABEL.test(label) && !/\b(half|partly|mostly false|mixture|missing context|misleading)\b/i.test(label)) return 'discrepant';
  if (!label.trim() && value !== undefined && best !== undefined && worst !== undefined && best !== worst) {
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
  const s = input.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 60).replace(/-+$/, '');
  return s || fallback;
}

const https = (x: unknown): string | undefined => {
  const url = text(x);
  return url && /^https:\/\//i.test(url) ? url : undefined;
};

const STOP = new Set(['about', 'after', 'again', 'their', 'there', 'these', 'those', 'which', 'while', 'would', 'could', 'should', 'being', 'where', 'other', 'claim', 'claims', 'said', 'says']);

/** Recognition cues for an imported claim: its longer distinctive words, plus the claimant's name. */
function cuesFor(claim: string, claimant: string | undefined): Story['recognition'] {
  const words = [...new Set(claim.toLowerCase().match(/[\p{L}\p{N}]{5,}/gu) ?? [])].filter((w) => !STOP.has(w)).slice(0, 12);
  const cues = words.map((w, i) => ({ id: `w${i}`, terms: [w], weight: 1 }));
  if (claimant) cues.push({ id: 'claimant', terms: [claimant], weight: 2 });
  const threshold = Math.max(3, Math.ceil(words.length * 0.6));
  return { threshold, cues: cues.length ? cues : [{ id: 'w0', terms: [claim.slice(0, 200)], weight: threshold }] };
}

function toReview(item: Json, index: number): { review: Review; claimDate?: string } | string {
  const claim = text(item.claimReviewed);
  if (!claim) return 'no claimReviewed';
  const url = https(item.url);
  if (!url) return 'no https url for the review';
  const rating = isObject(item.reviewRating) ? item.reviewRating : {};
  const label = text(rating.alternateName) ?? text(rating.name) ?? '';
  const num = (x: unknown) => (typeof x === 'number' ? x : typeof x === 'string' && x.trim() && !Number.isNaN(Number(x)) ? Number(x) : undefined);
  const value = num(rating.ratingValue);
  const best = num(rating.bestRating);
  const worst = num(rating.worstRating);
  if (!label && value === undefined) return 'no rating';
  const reviewer = nameOf(item.author) ?? nameOf(item.publisher);
  if (!reviewer) return 'no author for the review';
  const itemReviewed = isObject(item.itemReviewed) ? item.itemReviewed : {};
  const claimant = nameOf(itemReviewed.author);
  const appearances = [...asArray(itemReviewed.appearance), ...asArray(itemReviewed.firstAppearance)]
    .map((a) => https(isObject(a) ? a.url : a))
    .filter((a): a is string => Boolean(a));
  const date = isoDate(item.datePublished);
  const review: Review = {
    id: `${slug(url.replace(/^https:\/\/(www\.)?/i, ''), `review-${index}`)}`.slice(0, 80).replace(/-+$/, ''),
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
    url,
    ...(date ? { date } : {}),
    ...(appearances.length ? { appearances: [...new Set(appearances)].slice(0, 50) } : {}),
  };
  const claimDate = isoDate(itemReviewed.datePublished);
  return claimDate ? { review, claimDate } : { review };
}

/** Converts ClaimReview JSON-LD into a validated claim pack. */
export function importClaimReview(data: unknown, options: ImportOptions = {}): ImportResult {
  const items = collectReviews(data);
  const skipped: ImportResult['skipped'] = [];
  const stories: Story[] = [];
  const ids = new Set<string>();
  items.forEach((item, index) => {
    const converted = toReview(item, index);
    if (typeof converted === 'string') return void skipped.push({ index, reason: converted });
    const { review, claimDate } = converted;
    let id = review.id;
    for (let n = 2; ids.has(id); n++) id = `${review.id.slice(0, 70)}-${n}`;
    ids.add(id);
    review.id = id;
    const when = claimDate ?? review.date;
    if (!when) return void skipped.push({ index, reason: 'no date for the review or the claim' });
    stories.push({
      id: `cr-${id}`.slice(0, 80).replace(/-+$/, ''),
      title: review.claim.slice(0, 300),
      summary: `${review.reviewer} rated this claim \u201C${review.rating.label}\u201D.`,
      timeContext: { start: when, end: review.date && review.date > when ? review.date : when, summary: `Claim reviewed by ${review.reviewer}${review.date ? ` on ${review.date}` : ''}.` },
      originals: [{ id: 'review', kind: 'national', publisher: review.reviewer, headline: review.claim.slice(0, 400), date: review.date ?? when, url: review.url, urlConfirmed: true }],
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
    description: 'Imported from schema.org ClaimReview: third-party fact-checks that the user chose to trust, not reviewed by Sourcelight.',
    stories,
  });
  return result.ok
    ? { pack: result.pack, imported: stories.length, skipped, problems: [] }
    : { pack: null, imported: 0, skipped, problems: result.problems };
}

const RATING = {
  false: { alternateName: 'False', ratingValue: 1 },
  imprecise: { alternateName: 'Imprecise', ratingValue: 2 },
  consistent: { alternateName: 'True', ratingValue: 5 },
  unverified: { alternateName: 'Unverified', ratingValue: 3 },
} as const;

function claimReview(pack: ClaimPack, claim: string, rating: { alternateName: string; ratingValue: number }, body: string, extra: Json = {}): Json {
  return {
    '@context': 'https://schema.org',
    '@type': 'ClaimReview',
    claimReviewed: claim,
    reviewRating: { '@type': 'Rating', ...rating, bestRating: 5, worstRating: 1 },
    author: { '@type': 'Organization', name: pack.publisher, ...(pack.homepage ? { url: pack.homepage } : {}) },
    ...(pack.homepage ? { url: pack.homepage } : {}),
    ...(/^\d{4}-\d{2}-\d{2}$/.test(pack.updated) ? { datePublished: pack.updated } : {}),
    reviewBody: body,
    ...extra,
  };
}

/** ClaimReview items for what a pack reviews: imported reviews (round trip) and the distortions it documents. */
export function exportClaimReview(pack: ClaimPack): Json[] {
  const out: Json[] = [];
  for (const story of pack.stories) {
    const sources = new Map([...story.originals, ...(story.corroborating ?? [])].map((s) => [s.id, s]));
    const citation = (ids: readonly string[]) => ids.flatMap((id) => (sources.has(id) ? [sources.get(id)?.url] : []));
    for (const r of story.reviews ?? []) {
      out.push({
        '@context': 'https://schema.org',
        '@type': 'ClaimReview',
        claimReviewed: r.claim,
        url: r.url,
        author: { '@type': 'Organization', name: r.reviewer },
        ...(r.date ? { datePublished: r.date } : {}),
        reviewRating: {
          '@type': 'Rating', alternateName: r.rating.label,
          ...(r.rating.value !== undefined ? { ratingValue: r.rating.value } : {}),
          ...(r.rating.best !== undefined ? { bestRating: r.rating.best } : {}),
          ...(r.rating.worst !== undefined ? { worstRating: r.rating.worst } : {}),
        },
        itemReviewed: {
          '@type': 'Claim',
          ...(r.claimant ? { author: { '@type': 'Person', name: r.claimant } } : {}),
          ...(r.appearances ? { appearance: r.appearances.map((url) => ({ '@type': 'CreativeWork', url })) } : {}),
        },
      });
    }
    for (const fact of story.facts ?? []) {
      for (const detail of fact.details ?? []) {
        for (const wrong of detail.wrong ?? []) {
          if (wrong.claim) out.push(claimReview(pack, wrong.claim, RATING[wrong.severity], `${wrong.explanation} ${fact.statement}`, { citation: citation(fact.sources) }));
        }
      }
      for (const c of fact.contradictions ?? []) {
        out.push(claimReview(pack, c.claim, RATING.false, `${c.explanation} ${fact.statement}`, { citation: citation(fact.sources) }));
      }
    }
    const names = new Map((story.entities ?? []).map((e) => [e.id, e.name]));
    for (const quote of story.quotes ?? []) {
      const who = names.get(quote.speaker) ?? quote.speaker;
      if (quote.status === 'fabricated') {
        out.push(claimReview(pack, `${who} said: \u201C${quote.text}\u201D`, RATING.false, quote.note ?? `No record of ${who} saying these words.`, { citation: citation(quote.sources) }));
      }
      for (const variant of quote.variants ?? []) {
        if (variant.kind === 'transcription') continue;
        out.push(claimReview(pack, `${who} said: \u201C${variant.text}\u201D`, RATING.false, `${variant.note} The recorded words: \u201C${quote.text}\u201D`, { citation: citation(quote.sources) }));
      }
    }
  }
  return out;
}
