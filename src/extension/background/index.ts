/**
 * Background entry: wires handlers, computes nothing. It keeps no state of its
 * own (MV3 background scripts are stopped and restarted at will): the badge is
 * per tab in the browser, and the popup asks the content script directly.
 */
import { askContent, handleMessages, type Handlers } from '../messaging/messenger.ts';
import {
  contentToBackgroundSchemas,
  optionsToBackgroundSchemas,
  type ContentToBackground,
  type OptionsToBackground,
  type Reply,
} from '../messaging/protocol.ts';
import { stepShortcuts } from '../shared/shortcut-hint.ts';
import {
  ensureAlarm,
  extensionId,
  extensionUrl,
  injectFile,
  onAlarm,
  onCommand,
  onTabLoading,
  setBadge,
  setInsertedStyles,
} from '../platform/browser-api.ts';
import { loadEngine } from './load-engine.ts';
import { highlightStyles } from './highlight-styles.ts';
import { checkFeeds, feedViews, subscribe, unsubscribe } from './feeds-service.ts';
import { showReportOnBadge } from './badge.ts';

const fromContent: Handlers<ContentToBackground> = {
  'page-report': async (report, sender) => {
    if (sender.tab?.id !== undefined) await showReportOnBadge(sender.tab.id, report);
  },
  'load-engine': (_, sender) => loadEngine(sender, injectFile),
  'highlight-styles': ({ on }, sender) => highlightStyles(sender, on, setInsertedStyles),
  'get-shortcuts': () => stepShortcuts(),
};

// Only Sourcelight's own content scripts, which always speak from a tab.
handleMessages(
  contentToBackgroundSchemas,
  fromContent,
  (sender) => sender.id === extensionId() && sender.tab?.id !== undefined,
);

// A new document in a tab starts with no findings.
onTabLoading((tabId) => void setBadge(tabId, '', '').catch(() => undefined));

/** Keyboard shortcuts (manifest "commands"): step through the findings of the tab they were pressed in. */
const STEPS: Record<string, 1 | -1> = { 'next-finding': 1, 'previous-finding': -1 };
onCommand((command, tabId) => {
  const direction = STEPS[command];
  if (direction === undefined || tabId === undefined) return;
  // A tab without Sourcelight (a browser page) has nothing to step through.
  void askContent(tabId, 'step-finding', { direction }).catch(() => undefined);
});

/** Turns a refusal into a reply the options page can show. */
async function reply<T>(work: () => Promise<T>): Promise<Reply<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (error) {
    return { ok: false, error: (error as Error).message ?? String(error) };
  }
}

const fromOptions: Handlers<OptionsToBackground> = {
  'get-feeds': () => reply(feedViews),
  subscribe: ({ url, publicKey, claimReview }) =>
    reply(() => subscribe(url, publicKey, claimReview)),
  unsubscribe: ({ url }) => reply(() => unsubscribe(url)),
  'check-feeds': () => reply(() => checkFeeds(true)),
};
// Only Sourcelight's own pages, never a content script (whose sender URL is the web page's).
handleMessages(
  optionsToBackgroundSchemas,
  fromOptions,
  (sender) => sender.id === extensionId() && (sender.url ?? '').startsWith(extensionUrl()),
);

/** Subscribed feeds are checked on a schedule (each feed keeps its own next-check time and backoff), never because of a page. */
const FEEDS_ALARM = 'sourcelight-feeds';
onAlarm(FEEDS_ALARM, () => void checkFeeds(false).catch(() => undefined));
void ensureAlarm(FEEDS_ALARM, 30).catch(() => undefined);
