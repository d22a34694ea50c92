/**
 * One check of one subscribed feed: fetch (capped), verify (signature, pinned
 * key, schema, expiry, no rollback), and the feed's new state. A failure
 * never touches the installed pack: the last good one stays in use, and the
 * error is kept, in plain words, for the options page. The caller stores the
 * returned state in one write, so a new pack is swapped in atomically.
 */
import { importClaimReview } from '../../pack/claimreview.ts';
import { verifySignedPack } from '../../signing/signing.ts';
import type { Fetched } from './fetch-capped.ts';
import { megabytes } from '../../shared/megabytes.ts';
import { MAX_FEED_BYTES } from '../../pack/feed-limit.ts';

/**
 * A cap on the pack a feed installs, in the bytes it takes in storage (its
 * JSON text, stored as a JSON string): every page that may retell one of its
 * stories parses and indexes the whole pack, and Chrome gives an extension's
 * local storage 10 MB. A pack this size (some thousands of claims) loads in a
 * few milliseconds.
 */
export const MAX_PACK_BYTES = 2 * 1024 * 1024;

/** Why a pack this size is not installed, or null when it may be. */
export function tooLarge(text: string): string | null {
  // Measured as stored: a JSON string, in UTF-8 (escapes and non-ASCII letters take more than one byte).
  const bytes = new TextEncoder().encode(JSON.stringify(text)).length;
  return bytes > MAX_PACK_BYTES
    ? `the pack is ${megabytes(bytes)}; Sourcelight installs packs of at most ${megabytes(MAX_PACK_BYTES)}, because every page that may retell one of its stories loads the whole pack`
    : null;
}

/** How often feeds are checked when all is well. */
const CHECK_EVERY_MS = 6 * 60 * 60 * 1000;
const BACKOFF_FIRST_MS = 15 * 60 * 1000;
const BACKOFF_MAX_MS = 24 * 60 * 60 * 1000;

export interface Subscription {
  url: string;
  /** An unsigned schema.org ClaimReview feed the user chose to trust (no key). */
  claimReview?: boolean;
  /** `ed25519:…`, pinned when the user subscribed. */
  publicKey: string;
  /** The pack id the user subscribed to, when known before the first install. */
  packId?: string;
}

export interface InstalledPack {
  version: string;
  packId: string;
  publisher: string;
  stories: number;
  expires: string;
  /** The pack's JSON text, exactly as signed. */
  text: string;
  installedAt: string;
}

export interface FeedState {
  installed?: InstalledPack;
  lastCheck?: string;
  lastError?: { reason: string; at: string };
  /** Failed checks in a row. */
  failures: number;
  /** Not checked again on schedule before this time (ISO). */
  nextCheck?: string;
}

export interface CheckDeps {
  fetchBytes(url: string, maxBytes: number): Promise<Fetched>;
  now: Date;
}

const iso = (at: Date) => at.toISOString();
export const backoffMs = (failures: number) =>
  Math.min(BACKOFF_MAX_MS, BACKOFF_FIRST_MS * 2 ** Math.max(0, failures - 1));

/** How long an unsigned ClaimReview import is used without a successful check. */
const CLAIMREVIEW_VALID_DAYS = 30;

/** The state after a failed check: the last good pack kept, the reason, and the next try after a growing backoff. */
export function failedCheck(state: FeedState, reason: string, now: Date): FeedState {
  const failures = state.failures + 1;
  const { installed } = state;
  return {
    ...(installed ? { installed } : {}),
    lastCheck: iso(now),
    lastError: { reason, at: iso(now) },
    failures,
    nextCheck: iso(new Date(now.getTime() + backoffMs(failures))),
  };
}

export async function checkFeed(
  subscription: Subscription,
  state: FeedState,
  deps: CheckDeps,
): Promise<FeedState> {
  const at = iso(deps.now);
  const failed = (reason: string): FeedState => failedCheck(state, reason, deps.now);
  const fetched = await deps.fetchBytes(subscription.url, MAX_FEED_BYTES);
  if (!fetched.ok) return failed(fetched.reason);
  if (subscription.claimReview)
    return importedClaimReview(subscription, state, fetched.bytes, deps.now, failed);
  const result = await verifySignedPack(fetched.bytes, {
    publicKey: subscription.publicKey,
    today: at.slice(0, 10),
    installedVersion: state.installed?.version,
    maxBytes: MAX_FEED_BYTES,
  });
  const next = iso(new Date(deps.now.getTime() + CHECK_EVERY_MS));
  if (!result.ok) {
    if (result.kind === 'not-newer')
      return {
        ...(state.installed ? { installed: state.installed } : {}),
        lastCheck: at,
        failures: 0,
        nextCheck: next,
      };
    return failed(result.reason);
  }
  const { pack } = result;
  // A feed keeps serving the same pack: another pack signed with the same key is not an update of this one.
  const expectedId = state.installed?.packId ?? subscription.packId;
  if (expectedId !== undefined && pack.id !== expectedId)
    return failed(`the feed now serves the pack "${pack.id}" instead of "${expectedId}"`);
  const text = new TextDecoder().decode(fetched.bytes);
  const payload = (JSON.parse(text) as { payload: string }).payload;
  const size = tooLarge(payload);
  if (size) return failed(size);
  return {
    installed: {
      version: pack.version,
      packId: pack.id,
      publisher: pack.publisher,
      stories: pack.stories.length,
      expires: pack.expires as string,
      text: payload,
      installedAt: at,
    },
    lastCheck: at,
    failures: 0,
    nextCheck: next,
  };
}

/** An unsigned ClaimReview feed: imported into a pack each check; no signature, so no version to compare, only content. */
function importedClaimReview(
  subscription: Subscription,
  state: FeedState,
  bytes: Uint8Array,
  now: Date,
  failed: (reason: string) => FeedState,
): FeedState {
  let data: unknown;
  try {
    data = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    return failed('the feed is not UTF-8 JSON (ClaimReview JSON-LD expected)');
  }
  const host = new URL(subscription.url).hostname;
  const id = `claimreview-${host.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}`
    .slice(0, 80)
    .replace(/-+$/, '');
  const result = importClaimReview(data, { id, publisher: `${host} (unsigned ClaimReview)` });
  if (!result.pack)
    return failed(
      `the feed holds no usable ClaimReview items${result.skipped.length ? ` (${result.skipped.length} skipped)` : ''}`,
    );
  const text = JSON.stringify(result.pack);
  const size = tooLarge(text);
  if (size) return failed(size);
  const at = iso(now);
  const expires = iso(new Date(now.getTime() + CLAIMREVIEW_VALID_DAYS * 86_400_000)).slice(0, 10);
  const { installed } = state;
  return {
    installed:
      installed && installed.text === text
        ? { ...installed, expires }
        : {
            version: result.pack.version,
            packId: result.pack.id,
            publisher: result.pack.publisher,
            stories: result.pack.stories.length,
            expires,
            text,
            installedAt: at,
          },
    lastCheck: at,
    failures: 0,
    nextCheck: iso(new Date(now.getTime() + CHECK_EVERY_MS)),
  };
}
