/**
 * Subscribed feeds in the background: the list (with each pinned key), each
 * feed's state (its last good pack and last error), checks on a schedule and
 * on demand (never because of a page visit), and, after every change, the
 * content script that lets pages reach subscribed stories (a second gate,
 * registered only while a subscribed pack is in use, so nobody else pays for
 * it). Each feed's state is written in one storage write: a new pack is
 * swapped in atomically.
 */
import { indexPacks } from '../../engine/index.ts';
import { parsePack } from '../../pack/parse-pack.ts';
import { keyIdOf, parsePublicKey } from '../../signing/signing.ts';
import { checkFeed, failedCheck, type FeedState } from '../feeds/check-feed.ts';
import { shadowedStories } from '../feeds/shadowed.ts';
import { EMBEDDED_PACK } from '../../pack/embedded-pack.ts';
import { checkFeedUrl } from '../feeds/feed-url.ts';
import { fetchCapped } from '../feeds/fetch-capped.ts';
import { PROBLEM_SEPARATOR, type FeedView } from '../messaging/protocol.ts';
import { setDynamicContentScript, writeLocal } from '../platform/browser-api.ts';
import { SCRIPT_FILES } from '../shared/script-files.ts';
import { createSerialQueue } from '../shared/serial-queue.ts';
import { FEED_GATE_KEY } from '../feeds/feed-keys.ts';
import {
  FEED_PACKS_KEY,
  installedInUse,
  packsStamp,
  feedStateItem,
  storedPacksStamp,
  stateOf,
  subscriptionsItem,
  subscriptions,
  today,
  type StoredSubscription,
  usable,
} from '../feeds/feed-store.ts';

const GATE_SCRIPT_ID = 'sourcelight-feeds-gate';
/** Feeds at once: with packs of at most MAX_PACK_BYTES each, they fit in Chrome's local storage for an extension (10 MB). */
export const MAX_FEEDS = 4;

export async function feedViews(): Promise<FeedView[]> {
  const views: FeedView[] = [];
  const subs = await subscriptions();
  const states = await Promise.all(subs.map((sub) => stateOf(sub.url)));
  // Which stories each feed's pack cannot add because an earlier pack has them (the embedded pack first).
  const storyIds = (text: string | undefined) =>
    text ? (JSON.parse(text) as { stories: { id: string }[] }).stories.map((s) => s.id) : [];
  const shadowed = shadowedStories([
    { storyIds: EMBEDDED_PACK.stories.map((s) => s.id) },
    ...states.map((state) => ({
      storyIds: usable(state.installed, today()) ? storyIds(state.installed?.text) : [],
    })),
  ]).slice(1);
  for (const [i, sub] of subs.entries()) {
    const state = states[i] as FeedState;
    const { installed } = state;
    views.push({
      unsigned: Boolean(sub.claimReview),
      ...(shadowed[i]?.length ? { shadowed: shadowed[i] } : {}),
      url: sub.url,
      keyId: sub.keyId,
      ...(installed
        ? {
            installed: {
              version: installed.version,
              packId: installed.packId,
              publisher: installed.publisher,
              stories: installed.stories,
              expires: installed.expires,
              installedAt: installed.installedAt,
            },
          }
        : {}),
      inUse: usable(installed, today()),
      ...(state.lastCheck ? { lastCheck: state.lastCheck } : {}),
      ...(state.lastError ? { lastError: state.lastError } : {}),
    });
  }
  return views;
}

/** Rebuilds what content scripts need after a change: the subscribed gate pattern and whether its script is registered. */
async function refreshPages(): Promise<void> {
  const installed = await installedInUse();
  const packs = installed.flatMap(({ text }) => {
    const parsed = parsePack(JSON.parse(text));
    return parsed.ok ? [parsed.pack] : [];
  });
  if (!packs.length) {
    await writeLocal(FEED_GATE_KEY, null);
    await setDynamicContentScript(GATE_SCRIPT_ID, null);
  } else {
    await writeLocal(FEED_GATE_KEY, indexPacks(packs).prefilter?.source ?? '');
    await setDynamicContentScript(GATE_SCRIPT_ID, SCRIPT_FILES.feedsGate);
  }
  // Last, and only on a change: open pages re-read their packs when this key changes.
  const stamp = packsStamp(installed);
  if ((await storedPacksStamp()) !== stamp) await writeLocal(FEED_PACKS_KEY, stamp);
}

async function checkOne(sub: StoredSubscription, current?: FeedState): Promise<void> {
  const before = current ?? (await stateOf(sub.url));
  const state = await checkFeed(sub, before, { fetchBytes: fetchCapped, now: new Date() });
  try {
    await feedStateItem(sub.url).write(state);
  } catch (error) {
    // Storage full (or failing): the last good pack stays, and the options page says why the new one did not.
    const reason = `the new pack could not be stored (${(error as Error).message ?? String(error)})`;
    // If even that small write fails, the stored state is still the last good one: the next check tries again.
    await feedStateItem(sub.url)
      .write(failedCheck(before, reason, new Date()))
      .catch(() => undefined);
  }
}

/**
 * Changes to the feeds run one after another (an alarm's check, a click on
 * Check now, two quick subscribes): each reads the list and states as the
 * last one left them, so none undoes another or slips past the feed limit.
 */
const serially = createSerialQueue();

/** Checks the feeds that are due (or all of them, `force`), then refreshes what pages see. */
export function checkFeeds(force: boolean): Promise<FeedView[]> {
  return serially(() => checkDue(force));
}

async function checkDue(force: boolean): Promise<FeedView[]> {
  const now = Date.now();
  for (const sub of await subscriptions()) {
    const state = await stateOf(sub.url);
    if (force || !state.nextCheck || Date.parse(state.nextCheck) <= now) await checkOne(sub, state);
  }
  await refreshPages();
  return feedViews();
}

/** Subscribes to a signed feed (pinning `publicKey`), or, with `claimReview`, to an unsigned ClaimReview feed the user trusts. */
export function subscribe(
  urlText: string,
  publicKey: string,
  claimReview = false,
): Promise<FeedView[]> {
  return serially(() => addFeed(urlText, publicKey, claimReview));
}

/**
 * Everything wrong with a subscription request, not only the first thing: the
 * options page shows them all at once, so one correction is not followed by
 * another refusal. Empty when the feed can be subscribed to.
 */
export function subscriptionProblems(
  urlText: string,
  publicKey: string,
  claimReview: boolean,
  list: readonly StoredSubscription[],
): string[] {
  const problems: string[] = [];
  const url = checkFeedUrl(urlText);
  if (!url.ok) problems.push(url.reason);
  if (!claimReview && !parsePublicKey(publicKey))
    problems.push(
      'that is not a Sourcelight public key (it starts with "ed25519:" and has 43 more characters)',
    );
  if (url.ok && list.some((s) => s.url === url.url))
    problems.push('you already subscribe to this feed');
  if (list.length >= MAX_FEEDS)
    problems.push(`Sourcelight takes at most ${MAX_FEEDS} feeds: unsubscribe from one first`);
  return problems;
}

async function addFeed(
  urlText: string,
  publicKey: string,
  claimReview: boolean,
): Promise<FeedView[]> {
  const list = await subscriptions();
  const problems = subscriptionProblems(urlText, publicKey, claimReview, list);
  if (problems.length) throw new Error(problems.join(PROBLEM_SEPARATOR));
  const url = checkFeedUrl(urlText);
  if (!url.ok) throw new Error(url.reason);
  const sub: StoredSubscription = claimReview
    ? {
        url: url.url,
        publicKey: '',
        keyId: '',
        claimReview: true,
        addedAt: new Date().toISOString(),
      }
    : {
        url: url.url,
        publicKey: publicKey.trim(),
        keyId: await keyIdOf(publicKey),
        addedAt: new Date().toISOString(),
      };
  await subscriptionsItem.write([...list, sub]);
  await checkOne(sub);
  await refreshPages();
  return feedViews();
}

export function unsubscribe(url: string): Promise<FeedView[]> {
  return serially(() => removeFeed(url));
}

async function removeFeed(url: string): Promise<FeedView[]> {
  await subscriptionsItem.write((await subscriptions()).filter((s) => s.url !== url));
  await feedStateItem(url).clear();
  await refreshPages();
  return feedViews();
}
