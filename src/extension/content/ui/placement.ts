/**
 * Where the card goes beside the sentence it explains: below it if the card
 * fits there, else above, else on the roomier side with its height limited
 * (its body then scrolls). It never covers a line of the sentence and stays
 * inside the window. Pure: viewport coordinates in, a position out. (Written
 * here rather than taken from a positioning library: the card rides in the
 * engine chunk, whose size budget has no room for one.)
 */

/** A rectangle in viewport coordinates (a DOMRect is one). */
export interface Box {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Placement {
  side: 'below' | 'above';
  top: number;
  left: number;
  /** The height the card may take, when less than it needs; null when it shows whole. */
  maxHeight: number | null;
  /**
   * How far the page would have to scroll down (positive) for the card to show
   * whole below the sentence with the sentence still in view; 0 when it already does.
   */
  scrollToFit: number;
}

export interface PlacementOptions {
  /** Space kept between the card and the sentence, and between the card and the window's edges. */
  gap?: number;
}

/**
 * @param lines the sentence's line boxes (a Range's client rects); empty boxes are ignored
 * @param card the card's width and height when nothing limits it
 * @param view the window's inner width and height
 */
export function placeCard(
  lines: readonly Box[],
  card: { width: number; height: number },
  view: { width: number; height: number },
  options: PlacementOptions = {},
): Placement {
  const gap = options.gap ?? 8;
  const boxes = lines.filter((b) => b.right > b.left || b.bottom > b.top);
  const first = boxes[0] ?? {
    top: view.height / 2,
    bottom: view.height / 2,
    left: gap,
    right: gap,
  };
  const last = boxes[boxes.length - 1] ?? first;
  const top = Math.min(...boxes.map((b) => b.top), first.top);
  const bottom = Math.max(...boxes.map((b) => b.bottom), first.bottom);

  const below = view.height - bottom - 2 * gap;
  const above = top - 2 * gap;
  let side: Placement['side'];
  let maxHeight: number | null = null;
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else {
    side = below >= above ? 'below' : 'above';
    maxHeight = Math.max(0, Math.floor(side === 'below' ? below : above));
  }
  const height = maxHeight ?? card.height;
  // A sentence partly scrolled out of the window still keeps the card inside it.
  const y =
    side === 'below'
      ? Math.max(gap, bottom + gap)
      : Math.min(top - gap - height, view.height - gap - height);
  // Aligned with the line it sits next to, shifted to stay inside the window.
  const line = side === 'below' ? last : first;
  const x = Math.max(gap, Math.min(line.left, view.width - card.width - gap));
  // Scrolling the sentence up, as far as keeps its first line in view, gives the card room below.
  const scrollToFit =
    card.height <= below ? 0 : Math.max(0, Math.min(card.height - below, top - 2 * gap));
  return {
    side,
    top: Math.round(y),
    left: Math.round(x),
    maxHeight,
    scrollToFit: Math.ceil(scrollToFit),
  };
}

/** Whether two boxes overlap (touching edges do not). */
export function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}
