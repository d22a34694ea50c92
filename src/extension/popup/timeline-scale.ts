/**
 * The popup's timeline picture: where on a strip each date goes. The story's
 * own weeks take the middle of the strip; whatever lies before or after
 * (a 1986 council vote, a claim about 2021) is squeezed into the ends, so a
 * long-ago date never flattens the story into a dot.
 */

/** Milliseconds at the start (or, with `end`, the end) of a YYYY, YYYY-MM or YYYY-MM-DD date. */
export function dateToTime(date: string, end = false): number {
  const [y, m, d] = date.split('-').map(Number) as [number, number?, number?];
  if (!end) return Date.UTC(y, (m ?? 1) - 1, d ?? 1);
  if (d !== undefined) return Date.UTC(y, (m as number) - 1, d + 1) - 1;
  if (m !== undefined) return Date.UTC(y, m, 1) - 1;
  return Date.UTC(y + 1, 0, 1) - 1;
}

export interface Scale {
  /** 0..1 along the strip. */
  at(time: number): number;
  /** Whether a time falls inside the story's window. */
  inside(time: number): boolean;
}

const EDGE = 0.2;

export function storyScale(
  window: { start: string; end: string },
  times: readonly number[],
): Scale {
  const ws = dateToTime(window.start);
  const we = Math.max(dateToTime(window.end, true), ws + 1);
  const min = Math.min(ws, ...times);
  const max = Math.max(we, ...times);
  return {
    at(time) {
      if (time < ws) return min < ws ? (EDGE * (time - min)) / (ws - min) : 0;
      if (time > we) return max > we ? 1 - EDGE + (EDGE * (time - we)) / (max - we) : 1;
      return EDGE + ((1 - 2 * EDGE) * (time - ws)) / (we - ws);
    },
    inside: (time) => time >= ws && time <= we,
  };
}
