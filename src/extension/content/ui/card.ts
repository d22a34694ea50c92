/**
 * The finding card: a small dialog in a closed shadow root under a prefixed
 * custom element, so page CSS cannot break it and page scripts cannot read it.
 * Everything in it is set as text, never as markup. `destroy()` removes it.
 */
import type { ReportedFinding } from '../../shared/page-report.ts';
import { formatDate } from '../../shared/format-date.ts';
import { withTextFragment } from '../../shared/text-fragment.ts';
import type { Severity } from '../../shared/finding-parts.ts';
import { CARD_TAG, EXPLANATION_ID } from '../page-names.ts';
import { CARD_CSS } from './card-style.ts';
import { placeCard, type Box } from './placement.ts';

type Verdict = ReportedFinding['verdict'];

export interface CardStrings {
  verdict: Record<Verdict, string>;
  /** Said instead of "Discrepant" when the pack records how wrong the value is. */
  severity: Record<Severity, string>;
  pageSays: string;
  recordSays: string;
  /** The heading over the explanation, by verdict: why it differs, agrees, or is unverified. */
  why: Record<Verdict, string>;
  keepInMind: string;
  /** One typed value of the page beside the record's ("page: FBI · record: HSI and Border Patrol"). */
  comparison: (page: string, record: string) => string;
  close: string;
  sources: string;
  /** Added after a source whose canonical address is not confirmed. */
  unconfirmed: string;
  /** Names the card's body when it scrolls (its height limited by a small window). */
  scrollable: string;
  /** The keyboard hint, with the keys the browser assigns now (asked for each time a card opens). */
  hint: () => Promise<string>;
}

export interface Card {
  /**
   * Opens the card beside the sentence's line boxes (a Range's client rects). Returns how far the
   * page would have to scroll for the card to show whole below the sentence (0 when it does).
   */
  show(finding: ReportedFinding, lines: readonly Box[], options?: { focus?: boolean }): number;
  /** Places the open card again beside the sentence's line boxes as they are now (after a scroll or a resize). */
  move(lines: readonly Box[]): number;
  hide(): void;
  isOpen(): boolean;
  /** Whether an event happened inside the card (the page cannot tell). */
  contains(target: EventTarget | null): boolean;
  destroy(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls?: string,
  text?: string,
): HTMLElementTagNameMap[K] {
  const node = doc.createElement(tag);
  if (cls) node.className = cls;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** Gives the shadow root its styles: a constructed sheet where the browser allows it, else a <style> element. */
function adoptStyles(doc: Document, root: ShadowRoot): void {
  try {
    const Sheet = doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet;
    const sheet = new Sheet();
    sheet.replaceSync(CARD_CSS);
    root.adoptedStyleSheets = [sheet];
    return;
  } catch {
    // Firefox content scripts may not adopt sheets built in their own compartment.
  }
  const style = el(doc, 'style');
  style.textContent = CARD_CSS;
  root.append(style);
}

export function createCard(doc: Document, strings: CardStrings, onClose: () => void): Card {
  let host: HTMLElement | null = null;
  let root: ShadowRoot | null = null;
  let box: HTMLElement | null = null;
  /** The hint as last known, shown at once while the browser is asked again. */
  let lastHint = '';
  // Asked before the first card opens, so that one shows it at once.
  void strings.hint().then(
    (text) => void (lastHint ||= text),
    () => undefined,
  );

  const ensure = () => {
    if (host && root && box) return box;
    // The page may have defined our element name itself (and taken its shadow root): then use a fresh name.
    for (const tag of [CARD_TAG, `${CARD_TAG}-${Math.random().toString(36).slice(2, 10)}`]) {
      const candidate = doc.createElement(tag);
      try {
        root = candidate.attachShadow({ mode: 'closed' });
        host = candidate;
        break;
      } catch {
        continue;
      }
    }
    if (!host || !root) throw new Error('Sourcelight: no element to hold the card');
    // Styles through the CSSOM, never as inline markup, so a page's style-src policy cannot strip them.
    const hostStyle: [string, string][] = [
      ['all', 'initial'],
      ['position', 'fixed'],
      ['top', '0'],
      ['left', '0'],
      ['width', '0'],
      ['height', '0'],
      ['z-index', '2147483647'],
    ];
    for (const [name, value] of hostStyle) host.style.setProperty(name, value, 'important');
    box = el(doc, 'div', 'card');
    box.setAttribute('role', 'dialog');
    box.setAttribute('tabindex', '-1');
    box.hidden = true;
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Escape') {
        event.stopPropagation();
        onClose();
      }
    });
    adoptStyles(doc, root);
    root.append(box);
    doc.documentElement.append(host);
    return box;
  };

  /** The sentence's line boxes the card was last placed beside, for `place` after a scroll or a resize. */
  let lines: readonly Box[] = [];
  /** Beside the sentence, never over it (see placement.ts); a body taller than the room left scrolls, and can then be focused to scroll by keyboard. */
  const place = (card: HTMLElement, body: HTMLElement) => {
    // The window less its scroll bars (what `100vw` in the card's width would not leave out); in quirks mode the root's size is the page's, not the window's.
    const html = doc.compatMode === 'CSS1Compat' ? doc.documentElement : null;
    const view = {
      width: html?.clientWidth || doc.defaultView?.innerWidth || 1024,
      height: html?.clientHeight || doc.defaultView?.innerHeight || 768,
    };
    card.style.maxHeight = '';
    delete card.dataset.limited;
    card.style.width = `min(26rem, ${Math.max(0, view.width - 16)}px)`;
    const spot = placeCard(lines, { width: card.offsetWidth, height: card.offsetHeight }, view);
    if (spot.maxHeight !== null) {
      card.style.maxHeight = `${spot.maxHeight}px`;
      // Short of room, the card leaves out the sentence itself (it is right beside the card, marked) and the keyboard hint (the popup gives it too).
      card.dataset.limited = '';
    }
    card.style.left = `${spot.left}px`;
    card.style.top = `${spot.top}px`;
    card.dataset.side = spot.side;
    if (body.scrollHeight > body.clientHeight + 1) {
      body.tabIndex = 0;
      body.setAttribute('role', 'region');
      body.setAttribute('aria-label', strings.scrollable);
    } else {
      body.removeAttribute('tabindex');
      body.removeAttribute('role');
      body.removeAttribute('aria-label');
    }
    return spot;
  };

  return {
    show(finding, anchor, options = {}) {
      lines = anchor;
      const card = ensure();
      const label =
        finding.verdict === 'discrepant' && finding.severity
          ? strings.severity[finding.severity]
          : strings.verdict[finding.verdict];
      card.replaceChildren();
      card.setAttribute('aria-label', `Sourcelight: ${label}`);
      card.dataset.verdict = finding.verdict;
      if (finding.severity) card.dataset.severity = finding.severity;
      else delete card.dataset.severity;
      const head = el(doc, 'div', 'head');
      head.append(
        el(
          doc,
          'span',
          `verdict ${finding.verdict}${finding.severity ? ` ${finding.severity}` : ''}`,
          label,
        ),
        el(doc, 'span', 'brand', 'Sourcelight'),
      );
      const close = el(doc, 'button', 'close', '×');
      close.type = 'button';
      close.setAttribute('aria-label', strings.close);
      close.addEventListener('click', onClose);
      head.append(close);
      // Every part under its own heading: whose words these are is never left to guess.
      const list = el(doc, 'dl');
      const part = (title: string, cls: string, content: string | Node) => {
        const dd = el(doc, 'dd', cls);
        dd.append(content);
        list.append(el(doc, 'dt', `${cls}-label`, title), dd);
        return dd;
      };
      part(strings.pageSays, 'page-text', finding.text);
      part(strings.recordSays, 'original-text', finding.original);
      for (const value of finding.comparison ?? [])
        part(value.slot, 'comparison', strings.comparison(value.page, value.record));
      const explanation = part(strings.why[finding.verdict], 'explanation', finding.explanation);
      explanation.id = EXPLANATION_ID;
      card.setAttribute('aria-describedby', explanation.id);
      if (finding.nuance) part(strings.keepInMind, 'nuance', finding.nuance);
      const sources = el(doc, 'ul', 'sources');
      sources.setAttribute('aria-label', strings.sources);
      for (const source of finding.sources) {
        const item = el(doc, 'li');
        const link = el(doc, 'a', undefined, `${source.publisher}, ${formatDate(source.date)}`);
        link.href = withTextFragment(source.url, finding.passage);
        link.target = '_blank';
        link.rel = 'noopener noreferrer';
        item.append(link);
        if (!source.urlConfirmed)
          item.append(el(doc, 'span', 'unconfirmed', ` ${strings.unconfirmed}`));
        sources.append(item);
      }
      // The head and the foot (the sources, the keyboard hint) stay in sight; the body between them scrolls when the window leaves too little room.
      const body = el(doc, 'div', 'body');
      body.append(list);
      const foot = el(doc, 'div', 'foot');
      if (finding.sources.length) {
        const sourcesList = el(doc, 'dl');
        const dd = el(doc, 'dd', 'sources-part');
        dd.append(sources);
        sourcesList.append(el(doc, 'dt', undefined, strings.sources), dd);
        foot.append(sourcesList);
      }
      const hint = el(doc, 'p', 'hint', lastHint);
      foot.append(hint);
      card.append(head, body, foot);
      void strings.hint().then(
        (text) => {
          lastHint = text;
          if (hint.textContent === text) return;
          hint.textContent = text;
          // A longer hint makes a taller card: place it again so it still clears the sentence.
          if (hint.isConnected && !card.hidden) place(card, body);
        },
        () => undefined,
      );
      card.hidden = false;
      const spot = place(card, body);
      if (options.focus) card.focus({ preventScroll: true });
      return spot.scrollToFit;
    },
    move(anchor) {
      lines = anchor;
      const body = box?.querySelector<HTMLElement>('.body');
      if (!box || box.hidden || !body) return 0;
      return place(box, body).scrollToFit;
    },
    hide() {
      if (box) box.hidden = true;
    },
    isOpen: () => Boolean(box && !box.hidden),
    contains: (target) => Boolean(host && target === host),
    destroy() {
      host?.remove();
      host = root = box = null;
    },
  };
}
