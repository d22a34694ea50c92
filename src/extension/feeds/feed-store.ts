/**
 * Where subscribed feeds live in the extension's local storage: the list of
 * subscriptions (each with its pinned key) and one state per feed (its last
 * good pack, last check, last error). Read by the background and by pages'
 * content scripts (which use the packs in use).
 */
import { usable, type FeedState, type InstalledPack } from './check-feed.ts';
import { readLocal } from '../platform/browser-api.ts';

export const SUBSCRIPTIONS = 'subscriptions';
/** The subscribed packs' prefilter pattern ('' = test every page; null = no subscribed pack in use), read by feeds-gate.js. */
export const FEED_GATE_KEY = 'feedGate';
export const stateKey = (url: string) => `feed:${url}`;
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

export async function subscriptions(): Promise<StoredSubscription[]> {
  const stored = await readLocal(SUBSCRIPTIONS);
  return Array.isArray(stored)
    ? (stored as StoredSubscription[]).filter(
        (s) => typeof s?.url === 'string' && typeof s.publicKey === 'string',
      )
    : [];
}

export async function stateOf(url: string): Promise<FeedState> {
  const stored = (await readLocal(stateKey(url))) as FeedState | undefined;
  return stored && typeof stored === 'object' && typeof stored.failures === 'number'
    ? stored
    : { failures: 0 };
}

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
