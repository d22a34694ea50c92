/**
 * Content-script entry: wires settings, the annotator and messages together.
 * On a page that retells no known story it draws nothing and sends nothing.
 */
import { indexPacks } from '../../engine/index.ts';
import { EMBEDDED_PACK } from '../../pack/embedded.ts';
import { handleMessages, sendToBackground } from '../messaging/messenger.ts';
import { popupToContentSchemas, type PageState } from '../messaging/protocol.ts';
import { extensionId, extensionUrl } from '../platform/browser-api.ts';
import { loadSettings, onSettingsChange, type Settings } from '../shared/settings.ts';
import { createPageAnnotator } from './page-annotator.ts';

const annotator = createPageAnnotator(document, indexPacks([EMBEDDED_PACK]));
let state: PageState = { status: 'pending' };
let reported = false;

function report(next: PageState): void {
  state = next;
  const found = next.status === 'analysed' && next.report.story ? next.report : null;
  // Tell the background only about pages with a story, or when one stops having it.
  if (found || reported) void sendToBackground('page-report', found).catch(() => undefined);
  reported = Boolean(found);
}

function apply(settings: Settings): void {
  if (!settings.enabled) {
    annotator.clear();
    report({ status: 'disabled' });
    return;
  }
  report({ status: 'analysed', report: annotator.run() });
}

handleMessages(
  popupToContentSchemas,
  { 'get-page-state': async () => state },
  // Only Sourcelight's own pages (the popup) may ask.
  (sender) => sender.id === extensionId() && (sender.url ?? '').startsWith(extensionUrl()),
);
onSettingsChange(apply);
void loadSettings().then(apply);
