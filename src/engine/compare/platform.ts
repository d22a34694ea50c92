/**
 * Where a post went up (pack event `platform`, pack 0.7.8): "in a post on Facebook" where the record has the post
 * on X. A platform is read after "on" ("posted on Instagram", "a post on X", "on Truth Social"), and "X" only right
 * after a word of posting ("posted on X", "a post on X", "wrote on X"), since a lone capital X is often a letter.
 * X and Twitter are one platform. Another platform than the record's is a conflict; a denial says nothing. General
 * knowledge of platforms; nothing here knows a story.
 */
import { PLATFORMS } from '../../pack/platforms.ts';
import type { Comparison } from './value-result.ts';
import type { IndexedEvent } from './story-record.ts';

const nameOf = (id: string) => PLATFORMS[id]?.[0] ?? id;

const NAMES = Object.entries(PLATFORMS).flatMap(([id, names]) =>
  names.filter((n) => n !== 'X').map((n) => ({ id, n })),
);
const ON_PLATFORM = new RegExp(`\\bon\\s+(?:the\\s+)?(${NAMES.map((x) => x.n).join('|')})\\b`, 'g');
/** "X" only after a word of posting: "posted on X", "a post on X", "wrote on X", "his X post" is left alone. */
const ON_X =
  /\b(?:post(?:ed|s|ing)?|wr(?:ote|ites|iting)|tweet(?:ed|s)?|message|said|shared|shares|statement|account)\s+on\s+X\b(?![\w-])/g;
const DENIED = /(?:\b(?:not|never|no)|n['\u2019]t)\s+(?:\w+\s+){0,3}$/i;

/** The platforms a clause says a post went up on, by id. */
export function platformsIn(text: string): { id: string; text: string; at: number }[] {
  const out: { id: string; text: string; at: number }[] = [];
  for (const m of text.matchAll(ON_PLATFORM)) {
    if (DENIED.test(text.slice(Math.max(0, m.index - 30), m.index))) continue;
    const name = m[1] as string;
    out.push({ id: NAMES.find((x) => x.n === name)!.id, text: name, at: m.index });
  }
  for (const m of text.matchAll(ON_X))
    if (!DENIED.test(text.slice(Math.max(0, m.index - 30), m.index)))
      out.push({ id: 'x', text: 'X', at: m.index });
  return out;
}

/** Conflicts between the platforms a clause names and those of its linked events that record one. */
export function platformConflicts(
  text: string,
  events: readonly IndexedEvent[],
): { comparison: Comparison; explanation: string }[] {
  const recorded = [
    ...new Set(events.flatMap((e) => (e.event.platform ? [e.event.platform] : []))),
  ];
  if (!recorded.length) return [];
  const said = platformsIn(text);
  // Two platforms in one clause ("posted on X and Facebook"): not sure which the post is.
  if (said.length !== 1) return [];
  const page = said[0] as { id: string; text: string };
  if (recorded.includes(page.id)) return [];
  const record = recorded.map(nameOf).join(' and ');
  return [
    {
      comparison: { slot: 'platform', page: page.text, record },
      explanation: `The record has the post on ${record}, not ${page.text}.`,
    },
  ];
}
