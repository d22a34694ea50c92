/**
 * The content script's composition root: wires settings, the packs, the
 * annotator, the cards, the page watcher and messages together for one
 * document, with all of its state inside `createContentApp`. On a page that
 * retells no known story it draws nothing, adds nothing and sends nothing; the
 * highlights' stylesheet is in the page only while findings are drawn.
 */
import { indexPacks } from '../../engine/index.ts';
import { EMBEDDED_PACK } from '../../pack/embedded-pack.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import { bundledWorldIndex } from '../../world/bundled-world.ts';
import { FEED_PACKS_KEY, packTextsInUse, storedPacksStamp } from '../feeds/feed-store.ts';
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
import { createStylesSwitch } from './highlight/styles-switch.ts';
import { createPageAnnotator, type PageAnnotator } from './page-annotator.ts';
import { createCardController, type CardController } from './ui/card-controller.ts';

export interface ContentApp {
  /**
   * Starts annotating the document: answers the extension, reads the packs and settings, analyses, and follows
   * the settings and packs from then on.
   */
  start(): Promise<void>;
  /** Removes every highlight, the card and every listener; the app does nothing more afterwards. */
  destroy(): void;
}

export function createContentApp(doc: Document): ContentApp {
  let annotator: PageAnnotator | null = null;
  let settings: Settings | null = null;
  let state: PageState = { status: 'pending' };
  let lastSent: string | null = null;
  let cards: CardController | null = null;
  let watch: PageWatch | null = null;
  /** The subscribed packs' texts the page's index was built from. */
  let packTexts: readonly string[] = [];
  /** Counts reads of the packs, so that only the latest one is applied. */
  let packReads = 0;
  let started = false;
  let destroyed = false;
  /** What `destroy()` undoes besides the drawing: the listeners registered by `start()`. */
  const unsubscribes: (() => void)[] = [];
  /** The highlights' stylesheet, in the page only while findings are drawn on it. */
  const styles = createStylesSwitch((on) => sendToBackground('highlight-styles', { on }));

  const url = () => doc.location.href;

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

  /** Removes every highlight and the card (the site turned off); the listeners stay, to draw again when it is on. */
  function standDown(): void {
    watch?.stop();
    watch = null;
    cards?.destroy();
    cards = null;
    annotator?.clear();
    styles(false);
  }

  function destroy(): void {
    if (destroyed) return;
    destroyed = true;
    standDown();
    for (const unsubscribe of unsubscribes.splice(0)) {
      try {
        unsubscribe();
      } catch {
        // An extension gone from under the page may refuse to remove its listeners: they can never fire again.
      }
    }
  }

  /** The extension was disabled, removed or updated while the page stayed open: leave no trace behind. */
  function orphaned(): boolean {
    if (extensionAlive()) return false;
    destroy();
    return true;
  }

  function analyse(): void {
    if (orphaned() || destroyed || !annotator) return;
    if (!settings || !annotatesUrl(settings, url())) {
      standDown();
      report({
        status: 'disabled',
        url: url(),
        scope: settings?.enabled === false ? 'everywhere' : 'site',
      });
      return;
    }
    const pageReport = annotator.run(settings.show);
    styles(annotator.entries().length > 0);
    watch ??= watchPage(doc, analyse);
    watch.discard();
    if (annotator.entries().length === 0) {
      cards?.destroy();
      cards = null;
    } else if (cards) {
      cards.refresh();
    } else {
      cards = createCardController(doc, annotator.entries, cardStrings());
    }
    report({ status: 'analysed', report: pageReport });
  }

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

  /** A feed installed, updated, expired or unsubscribed while the page is open: the page follows at once. */
  async function followFeeds(): Promise<void> {
    const read = ++packReads;
    const texts = await packTextsInUse().catch(() => null);
    if (read !== packReads || !texts || destroyed || orphaned()) return;
    if (texts.length === packTexts.length && texts.every((text, i) => text === packTexts[i]))
      return;
    // The cards read the old annotator's findings: they go with it.
    cards?.destroy();
    cards = null;
    annotator?.clear();
    annotator = createPageAnnotator(doc, indexFor(texts));
    analyse();
  }

  async function start(): Promise<void> {
    if (started || destroyed) return;
    started = true;
    const stampAtStart = await storedPacksStamp().catch(() => null);
    const texts = await packTextsInUse().catch(() => []);
    if (destroyed) return;
    annotator = createPageAnnotator(doc, indexFor(texts));
    unsubscribes.push(
      handleMessages(
        extensionToContentSchemas,
        {
          'get-page-state': async () => state,
          'step-finding': async ({ direction }) => cards?.step(direction) ?? false,
          'show-finding': async (finding) => cards?.show(finding) ?? false,
        },
        // Only Sourcelight's own pages (the popup) and its background may ask.
        (sender) => sender.id === extensionId() && (sender.url ?? '').startsWith(extensionUrl()),
      ),
      onSettingsChange((next) => {
        settings = next;
        analyse();
      }),
    );
    // A page left open while the extension goes away is cleaned up when it changes or is looked at again.
    const checkAlive = () => void orphaned();
    doc.addEventListener('visibilitychange', checkAlive);
    unsubscribes.push(() => doc.removeEventListener('visibilitychange', checkAlive));
    settings = await loadSettings();
    if (destroyed) return;
    analyse();
    if (destroyed) return;
    // From now on, follow the subscribed packs (the background rewrites this small key only when they change);
    // a change while the page was starting is caught here.
    unsubscribes.push(onLocalChange(FEED_PACKS_KEY, () => void followFeeds()));
    if ((await storedPacksStamp().catch(() => null)) !== stampAtStart) void followFeeds();
  }

  return { start, destroy };
}
