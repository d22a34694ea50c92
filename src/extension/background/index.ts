/**
 * Background entry: wires handlers, computes nothing. It keeps no state of its
 * own (MV3 background scripts are stopped and restarted at will): the badge is
 * per tab in the browser, and the popup asks the content script directly.
 */
import { handleMessages, type Handlers } from '../messaging/messenger.ts';
import { contentToBackgroundSchemas, type ContentToBackground } from '../messaging/protocol.ts';
import { extensionId, onTabLoading, setBadge } from '../platform/browser-api.ts';
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
