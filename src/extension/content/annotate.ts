/**
 * The content script proper, started by engine.js (which the background
 * injects once a gate says the page may retell a known story): wires settings, the
 * annotator, the cards, the page watcher and messages together. On a page
 * that retells no known story it draws nothing, adds nothing and sends nothing;
 * the highlights' stylesheet is in the page only while findings are drawn.
 */
import { indexPacks } from '../../engine/index.ts';
import { EMBEDDED_PACK } from '../../pack/embedded-pack.ts';
import { bundledWorldIndex } from '../../world/bundled-world.ts';
import { handleMessages, sendToBackground } from '../messaging/messenger.ts';
import { extensionToContentSchemas, type PageState } from '../messaging/protocol.ts';
import {
  extensionAlive,
  extensionId,
  extensionUrl,
  onLocalChange,
} from '../platform/browser-api.ts';
import type { PageReport } from '../shared/page-report.ts';
import { annotatesUrl, loadSettings, onSettingsChange, type Settings } from '../shared/settings.ts';
import { cardStrings } from './card-strings.ts';
import { watchPage, type PageWatch } from './dom/watch-page.ts';
import { createPageAnnotator, type PageAnnotator } from './page-annotator.ts';
import { FEED_PACKS_KEY, packTextsInUse, storedPacksStamp } from '../feeds/feed-store.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import { createCardController, type CardController } from './ui/card-controller.ts';
import { createStylesSwitch } from './highlight/styles-switch.ts';

let annotator: PageAnnotator | null = null;
let settings: Settings | null = null;
let state: PageState = { status: 'pending' };
let lastSent: string | null = null;
let cards: CardController | null = null;
let watch: PageWatch | null = null;
/** The highlights' stylesheet, in the page only while findings are drawn on it. */
const styles = createStylesSwitch((on) => sendToBackground('highlight-styles', { on }));

/** Tells the background about a page with a story, or that it stopped having one; never about other pages. */
function report(next: PageState): void {
  state = next;
  const found: PageReport | null =
    next.status === 'analysed' && next.report.story ? next.report : null;
  const message = found && JSON.stringify(found);
  if (message === lastSent) return;
  lastSent = message;
  void sendToBackground('page-report', found).catch(() => void orphaned());
}

/** Removes every highlight, the card and every listener at once. */
function standDown(): void {
  watch?.stop();
  watch = null;
  cards?.destroy();
  cards = null;
  annotator?.clear();
  styles(false);
}

/** The extension was disabled, removed or updated while the page stayed open: leave no trace behind. */
function orphaned(): boolean {
  if (extensionAlive()) return false;
  standDown();
  document.removeEventListener('visibilitychange', checkAlive);
  return true;
}
function checkAlive(): void {
  orphaned();
}

function analyse(): void {
  if (orphaned() || !annotator) return;
  if (!settings || !annotatesUrl(settings, location.href)) {
    standDown();
    report({
      status: 'disabled',
      url: location.href,
      scope: settings?.enabled === false ? 'everywhere' : 'site',
    });
    return;
  }
  const pageReport = annotator.run(settings.show);
  styles(annotator.entries().length > 0);
  watch ??= watchPage(document, analyse);
  watch.discard();
  if (annotator.entries().length === 0) {
    cards?.destroy();
    cards = null;
  } else if (cards) {
    cards.refresh();
  } else {
    cards = createCardController(document, annotator.entries, cardStrings());
  }
  report({ status: 'analysed', report: pageReport });
}

/** The subscribed packs' texts the page's index was built from. */
let packTexts: readonly string[] = [];

/**
 * The packs in use: the embedded pack first (its stories win a conflicting
 * id), then subscribed packs in subscription order. Subscribed packs were
 * verified and validated when the background installed them.
 */
function indexFor(texts: readonly string[]) {
  packTexts = texts;
  return indexPacks([EMBEDDED_PACK, ...texts.map((text) => JSON.parse(text) as ClaimPack)], {
    world: bundledWorldIndex(),
  });
}

/** Counts reads of the packs, so that only the latest one is applied. */
let packReads = 0;

/** A feed installed, updated, expired or unsubscribed while the page is open: the page follows at once. */
async function followFeeds(): Promise<void> {
  const read = ++packReads;
  const texts = await packTextsInUse().catch(() => null);
  if (read !== packReads || !texts || orphaned()) return;
  if (texts.length === packTexts.length && texts.every((text, i) => text === packTexts[i])) return;
  // The cards read the old annotator's findings: they go with it.
  cards?.destroy();
  cards = null;
  annotator?.clear();
  annotator = createPageAnnotator(document, indexFor(texts));
  analyse();
}

/**
 * Starts annotating the page: answers the extension, reads the packs and settings, analyses, and follows
 * the settings and packs from then on. Called once per document, by engine.js (engine-marks.ts).
 */
export async function start(): Promise<void> {
  const stampAtStart = await storedPacksStamp().catch(() => null);
  annotator = createPageAnnotator(document, indexFor(await packTextsInUse().catch(() => [])));
  handleMessages(
    extensionToContentSchemas,
    {
      'get-page-state': async () => state,
      'step-finding': async ({ direction }) => cards?.step(direction) ?? false,
      'show-finding': async (finding) => cards?.show(finding) ?? false,
    },
    // Only Sourcelight's own pages (the popup) and its background may ask.
    (sender) => sender.id === extensionId() && (sender.url ?? '').startsWith(extensionUrl()),
  );
  onSettingsChange((next) => {
    settings = next;
    analyse();
  });
  // A page left open while the extension goes away is cleaned up when it changes or is looked at again.
  document.addEventListener('visibilitychange', checkAlive);
  settings = await loadSettings();
  analyse();
  // From now on, follow the subscribed packs (the background rewrites this small key only when they change);
  // a change while the page was starting is caught here.
  onLocalChange(FEED_PACKS_KEY, () => void followFeeds());
  if ((await storedPacksStamp().catch(() => null)) !== stampAtStart) void followFeeds();
}
