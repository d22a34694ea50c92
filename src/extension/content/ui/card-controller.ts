/**
 * Opens the finding card on hover, on click and from the keyboard shortcuts
 * (via the background), and closes it on Escape, on a click elsewhere or when
 * the pointer leaves. It listens only while the page has findings;
 * `destroy()` removes every listener and the card.
 */
import type { Annotated } from '../page-annotator.ts';
import { createCard, type CardStrings } from './card.ts';
import { rangeHasPoint } from './point.ts';

const HOVER_DELAY = 250;
const LEAVE_DELAY = 400;

export interface CardController {
  /** Moves to the next (1) or previous (-1) finding that is not merely consistent; returns whether there was one. */
  step(direction: 1 | -1): boolean;
  /** Scrolls to the finding (by what it was matched to and the page's words) and opens its card, focused; returns whether it is drawn. */
  show(finding: { claimId: string; text: string }): boolean;
  /** The findings were redrawn: keep the open card if its finding is still there, else close it. */
  refresh(): void;
  destroy(): void;
}

/** The sentence's line boxes in the viewport, where the card must not go. */
const lines = (entry: Annotated) => Array.from(entry.range.getClientRects());

const sameFinding = (a: Annotated, b: Annotated) =>
  a.finding.claimId === b.finding.claimId && a.finding.text === b.finding.text;

export function createCardController(
  doc: Document,
  entries: () => Annotated[],
  strings: CardStrings,
): CardController {
  const controller = new AbortController();
  const { signal } = controller;
  let shown: Annotated | null = null;
  let pinned = false;
  let returnFocus: HTMLElement | null = null;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let position = -1;

  const close = () => {
    card.hide();
    shown = null;
    pinned = false;
    if (returnFocus?.isConnected) returnFocus.focus({ preventScroll: true });
    returnFocus = null;
  };
  const card = createCard(doc, strings, close);
  /** The pointer's leaving closes a card it opened, never one a click or the keyboard pinned. */
  const closeUnlessPinned = () => {
    if (!pinned) close();
  };

  const open = (entry: Annotated, options: { pin?: boolean; focus?: boolean } = {}) => {
    // A hover or leave still pending belongs to the card before this one.
    clearTimeout(timer);
    shown = entry;
    pinned = Boolean(options.pin);
    if (options.focus && !card.isOpen() && doc.activeElement instanceof HTMLElement)
      returnFocus = doc.activeElement;
    return card.show(entry.finding, lines(entry), { focus: Boolean(options.focus) });
  };

  /** Scrolls the sentence itself (not its whole paragraph) to the middle of the window, then opens its card. */
  const reveal = (entry: Annotated) => {
    const view = doc.defaultView;
    const rect = entry.range.getBoundingClientRect();
    if (view && (rect.top < 0 || rect.bottom > view.innerHeight)) {
      view.scrollBy({
        top: rect.top - view.innerHeight / 2 + rect.height / 2,
        behavior: 'instant' as ScrollBehavior,
      });
    }
    // In a small window, move the sentence up as far as needed (keeping it in view) for its card to show whole below it.
    const short = open(entry, { pin: true, focus: true });
    if (view && short > 0) {
      view.scrollBy({ top: short, behavior: 'instant' as ScrollBehavior });
      card.move(lines(entry));
    }
  };

  const at = (x: number, y: number) => entries().find((e) => rangeHasPoint(e.range, x, y)) ?? null;

  let frame = 0;
  let latest: MouseEvent | null = null;
  doc.addEventListener(
    'mousemove',
    (moved) => {
      latest = moved;
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const event = latest as MouseEvent;
        if (card.contains(event.target)) return clearTimeout(timer);
        const entry = at(event.clientX, event.clientY);
        clearTimeout(timer);
        if (entry && entry !== shown && !pinned) timer = setTimeout(() => open(entry), HOVER_DELAY);
        else if (!entry && shown && !pinned) timer = setTimeout(closeUnlessPinned, LEAVE_DELAY);
      });
    },
    { signal, passive: true },
  );

  doc.addEventListener(
    'click',
    (event) => {
      if (card.contains(event.target)) return;
      // A selection being made is not a request for the card.
      if (!doc.getSelection()?.isCollapsed) return;
      const entry = at(event.clientX, event.clientY);
      clearTimeout(timer);
      if (entry) open(entry, { pin: true });
      else if (shown) close();
    },
    { signal },
  );

  doc.addEventListener(
    'keydown',
    (event) => {
      if (event.key === 'Escape' && card.isOpen()) close();
    },
    { signal },
  );

  // A pinned card follows its sentence when the page scrolls or the window changes size, so it never comes to cover it.
  let placing = 0;
  const follow = () => {
    if (placing) return;
    placing = requestAnimationFrame(() => {
      placing = 0;
      if (shown && card.isOpen()) card.move(lines(shown));
    });
  };
  doc.defaultView?.addEventListener(
    'scroll',
    () => {
      if (shown && !pinned) close();
      else follow();
    },
    { signal, passive: true },
  );
  doc.defaultView?.addEventListener('resize', follow, { signal, passive: true });

  return {
    step(direction) {
      const all = entries();
      const worth = all.filter((e) => e.finding.verdict !== 'consistent');
      const list = worth.length ? worth : all;
      if (!list.length) return false;
      const current = shown ? list.findIndex((e) => sameFinding(e, shown as Annotated)) : -1;
      position = ((current >= 0 ? current : position) + direction + list.length) % list.length;
      reveal(list[position] as Annotated);
      return true;
    },
    show(finding) {
      const entry = entries().find(
        (e) => e.finding.claimId === finding.claimId && e.finding.text === finding.text,
      );
      if (!entry) return false;
      reveal(entry);
      return true;
    },
    refresh() {
      if (!shown) return;
      const again = entries().find((e) => sameFinding(e, shown as Annotated));
      if (again) shown = again;
      else close();
    },
    destroy() {
      controller.abort();
      clearTimeout(timer);
      cancelAnimationFrame(frame);
      cancelAnimationFrame(placing);
      card.destroy();
      shown = null;
    },
  };
}
