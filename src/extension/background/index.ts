/**
 * Background entry: wires handlers, computes nothing. It keeps no state of its
 * own (MV3 background scripts are stopped and restarted at will): the badge is
 * per tab in the browser, and the popup asks the content script directly.
 */
import { askContent, handleMessages, type Handlers } from '../messaging/messenger.ts';
import { contentToBackgroundSchemas, type ContentToBackground } from '../messaging/protocol.ts';
import { extensionId, onCommand, onTabLoading, setBadge } from '../platform/browser-api.ts';
import { showReportOnBadge } from './badge.ts';

const fromContent: Handlers<ContentToBackground> = {
  'page-report': async (report, sender) => {
    if (sender.tab?.id !== undefined) await showReportOnBadge(sender.tab.id, report);
  },
};

// Only Sourcelight's own content scripts, which always speak from a tab.
handleMessages(contentToBackgroundSchemas, fromContent, (sender) => sender.id === extensionId() && sender.tab?.id !== undefined);

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
