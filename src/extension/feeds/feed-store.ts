/**
 * Where subscribed feeds live in the extension's local storage: the list of
 * subscriptions (each with its pinned key) and one state per feed (its last
 * good pack, last check, last error). Read by the background and by pages'
 * content scripts (which use the packs in use).
 */
import * as v from 'valibot';
import type { FeedState, InstalledPack } from './check-feed.ts';
import { readLocal } from '../platform/browser-api.ts';
import { parsedOr, storageItem } from '../shared/storage-item.ts';

const SUBSCRIPTIONS = 'subscriptions';
const stateKey = (url: string) => `feed:${url}`;
/**
 * Which subscribed packs are in use (id, version, install time; one line each), written by the background
 * only when that changes: open pages follow this small key, not the feeds' states (which hold whole packs).
 */
export const FEED_PACKS_KEY = 'feedPacks';

export interface StoredSubscription {
  url: string;
  /** Empty for an unsigned ClaimReview feed. */
  publicKey: string;
  /** An unsigned schema.org ClaimReview feed the user chose to trust. */
  claimReview?: boolean;
  keyId: string;
  addedAt: string;
}

/**
 * One subscription as stored. An entry is kept whenever its address and key
 * are text; a damaged field beside them reads as its default.
 */
const StoredSubscriptionSchema: v.GenericSchema<unknown, StoredSubscription> = v.object({
  url: v.string(),
  publicKey: v.string(),
  claimReview: v.fallback(v.optional(v.boolean()), undefined),
  keyId: v.fallback(v.string(), ''),
  addedAt: v.fallback(v.string(), ''),
});

/** The subscriptions, in the order they were made; entries that are not subscriptions are left out. */
export const subscriptionsItem = storageItem(SUBSCRIPTIONS, (stored): StoredSubscription[] =>
  Array.isArray(stored)
    ? stored.flatMap((entry) => {
        const parsed = v.safeParse(StoredSubscriptionSchema, entry);
        return parsed.success ? [parsed.output] : [];
      })
    : [],
);

/**
 * An installed pack as stored: its text and expiry make it usable; the rest is shown or compared, and a pack stored
 * before a field existed (`installedAt`) or with one damaged keeps being used, that field read as empty.
 */
const InstalledPackSchema: v.GenericSchema<unknown, InstalledPack> = v.object({
  version: v.fallback(v.string(), ''),
  packId: v.fallback(v.string(), ''),
  publisher: v.fallback(v.string(), ''),
  stories: v.fallback(v.number(), 0),
  expires: v.string(),
  text: v.string(),
  installedAt: v.fallback(v.string(), ''),
});

/** A feed's state as stored: a count of failures at least; a damaged field beside it reads as missing. */
const FeedStateSchema: v.GenericSchema<unknown, FeedState> = v.object({
  installed: v.fallback(v.optional(InstalledPackSchema), undefined),
  lastCheck: v.fallback(v.optional(v.string()), undefined),
  lastError: v.fallback(v.optional(v.object({ reason: v.string(), at: v.string() })), undefined),
  failures: v.number(),
  nextCheck: v.fallback(v.optional(v.string()), undefined),
});

/** One feed's state (no failures and nothing installed when there is none). */
export const feedStateItem = (url: string) =>
  storageItem(
    stateKey(url),
    parsedOr(FeedStateSchema, (): FeedState => ({ failures: 0 })),
  );

export const subscriptions = (): Promise<StoredSubscription[]> => subscriptionsItem.read();

export const stateOf = (url: string): Promise<FeedState> => feedStateItem(url).read();

/** Whether an installed pack may still be used today (YYYY-MM-DD). */
export const usable = (
  installed: InstalledPack | undefined,
  today: string,
): installed is InstalledPack => Boolean(installed && installed.expires >= today);

export const today = () => new Date().toISOString().slice(0, 10);

/** The subscribed packs in use, in subscription order. */
export async function installedInUse(): Promise<InstalledPack[]> {
  const packs: InstalledPack[] = [];
  for (const sub of await subscriptions()) {
    const { installed } = await stateOf(sub.url);
    if (usable(installed, today())) packs.push(installed);
  }
  return packs;
}

/** The JSON texts of the subscribed packs in use, in subscription order (for content scripts). */
export async function packTextsInUse(): Promise<string[]> {
  return (await installedInUse()).map((installed) => installed.text);
}

/** FEED_PACKS_KEY as stored now. */
export const storedPacksStamp = async (): Promise<unknown> => readLocal(FEED_PACKS_KEY);

/** The value of FEED_PACKS_KEY for these packs. */
export const packsStamp = (packs: readonly InstalledPack[]): string =>
  packs.map((p) => `${p.packId} ${p.version} ${p.installedAt}`).join('\n');
