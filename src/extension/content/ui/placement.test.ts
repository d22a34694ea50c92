import { describe, expect, it } from 'vitest';
import { overlaps, placeCard, type Box } from './placement.ts';

const line = (top: number, left = 20, right = 340, height = 20): Box => ({
  top,
  bottom: top + height,
  left,
  right,
});
/** The card's box as placed. */
const cardBox = (
  p: ReturnType<typeof placeCard>,
  card: { width: number; height: number },
): Box => ({
  top: p.top,
  left: p.left,
  right: p.left + card.width,
  bottom: p.top + (p.maxHeight ?? card.height),
});
const inside = (b: Box, view: { width: number; height: number }) =>
  b.top >= 0 && b.left >= 0 && b.bottom <= view.height && b.right <= view.width;

describe('placing the card beside its sentence', () => {
  const narrow = { width: 360, height: 640 };
  const card = { width: 344, height: 380 };

  it('goes below a sentence near the top of the window, whole', () => {
    const p = placeCard([line(60), line(80)], card, narrow);
    expect(p).toMatchObject({ side: 'below', top: 108, maxHeight: null, scrollToFit: 0 });
  });

  it('flips above a sentence near the bottom of the window', () => {
    const lines = [line(560), line(580)];
    const p = placeCard(lines, card, narrow);
    expect(p.side).toBe('above');
    expect(p.top).toBe(560 - 8 - 380);
    expect(lines.some((l) => overlaps(l, cardBox(p, card)))).toBe(false);
  });

  it('with too little room above and below, takes the roomier side and limits its height, never covering a line', () => {
    const lines = [line(250), line(270), line(290)];
    const p = placeCard(lines, card, narrow);
    expect(p.side).toBe('below');
    expect(p.maxHeight).toBe(640 - 310 - 16);
    const box = cardBox(p, card);
    expect(lines.some((l) => overlaps(l, box))).toBe(false);
    expect(inside(box, narrow)).toBe(true);
    // Scrolling the page up by this much would let it show whole below.
    expect(p.scrollToFit).toBe(380 - (640 - 310 - 16));
    const after = placeCard(
      lines.map((l) => line(l.top - p.scrollToFit)),
      card,
      narrow,
    );
    expect(after).toMatchObject({ side: 'below', maxHeight: null, scrollToFit: 0 });
  });

  it('above when above is the roomier side', () => {
    const lines = [line(380), line(400)];
    const p = placeCard(lines, card, narrow);
    expect(p).toMatchObject({ side: 'above', top: 8, maxHeight: 380 - 16 });
    expect(lines.some((l) => overlaps(l, cardBox(p, card)))).toBe(false);
  });

  it('never covers the sentence nor leaves the window, at any position in small and large windows', () => {
    for (const view of [
      narrow,
      { width: 700, height: 700 },
      { width: 1280, height: 800 },
      { width: 320, height: 240 },
    ]) {
      const size = {
        width: Math.min(416, view.width - 16),
        height: Math.min(448, view.height * 0.6),
      };
      for (let top = -30; top < view.height + 30; top += 7) {
        const lines = [
          line(top, 200, view.width - 8),
          line(top + 20, 8, view.width - 8),
          line(top + 40, 8, 90),
        ];
        const p = placeCard(lines, size, view);
        const box = cardBox(p, size);
        expect(
          lines.some((l) => overlaps(l, box)),
          `${view.width}×${view.height} at ${top}`,
        ).toBe(false);
        expect(inside(box, view), `${view.width}×${view.height} at ${top}`).toBe(true);
      }
    }
  });

  it('aligns with the line beside it and shifts left to stay in the window', () => {
    const wide = { width: 1280, height: 800 };
    expect(
      placeCard([line(100, 600, 1200), line(120, 100, 500)], { width: 416, height: 300 }, wide)
        .left,
    ).toBe(100);
    expect(placeCard([line(100, 1100, 1260)], { width: 416, height: 300 }, wide).left).toBe(
      1280 - 416 - 8,
    );
    expect(
      placeCard([line(700, 300, 900), line(720, 100, 500)], { width: 416, height: 300 }, wide),
    ).toMatchObject({ side: 'above', left: 300 });
  });

  it('ignores the empty boxes a range reports at element edges', () => {
    const p = placeCard([line(60), { top: 600, bottom: 600, left: 10, right: 10 }], card, narrow);
    expect(p).toMatchObject({ side: 'below', top: 88 });
  });
});
