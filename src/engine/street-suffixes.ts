/**
 * Street suffixes and their short forms ("St." for "Street"): a street is written either way, in a page as in a pack.
 * General English data, nothing of a story.
 */

/** Each short form and the suffix it stands for. */
export const STREET_SUFFIXES: Readonly<Record<string, string>> = {
  st: 'street',
  ave: 'avenue',
  av: 'avenue',
  rd: 'road',
  blvd: 'boulevard',
  dr: 'drive',
  ln: 'lane',
  pl: 'place',
  pkwy: 'parkway',
  ct: 'court',
  hwy: 'highway',
};

const SHORT: Readonly<Record<string, string[]>> = Object.entries(STREET_SUFFIXES).reduce<
  Record<string, string[]>
>((out, [short, full]) => ({ ...out, [full]: [...(out[full] ?? []), short] }), {});

/** A folded term ending in a street suffix, with each short form of it instead ("whitney street" → "whitney st"); else none. */
export function shortStreetForms(folded: string): string[] {
  const at = folded.lastIndexOf(' ');
  if (at <= 0) return [];
  return (SHORT[folded.slice(at + 1)] ?? []).map((s) => `${folded.slice(0, at)} ${s}`);
}
