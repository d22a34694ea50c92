/**
 * For use in tests: a validated one-story pack about a made-up warehouse fire
 * in "Harbour Town", with any part of the story or pack replaced. Throws with
 * every problem if the result is not a valid pack.
 */
import { formatProblem, parsePack } from './parse-pack.ts';
import type { ClaimPack } from './schema.ts';

type Json = Record<string, unknown>;

export function testPack(story: Json = {}, pack: Json = {}): ClaimPack {
  const result = parsePack({
    format: 'sourcelight-pack',
    formatVersion: 1,
    id: 'test-pack',
    version: '1.0.0',
    publisher: 'Test desk',
    updated: '2025-01',
    ...pack,
    stories: [
      {
        id: 'harbour-fire',
        title: 'A warehouse fire in a harbour town',
        summary: 'A warehouse on the quay burned down.',
        timeContext: { start: '2025-01-01', end: '2025-01-31', summary: 'January 2025.' },
        originals: [
          {
            id: 'gazette',
            publisher: 'Harbour Gazette',
            headline: 'Warehouse burns',
            date: '2025-01-02',
            url: 'https://gazette.example/fire',
            urlConfirmed: true,
          },
        ],
        recognition: { threshold: 2, cues: [{ id: 'place', terms: ['Harbour Town'], weight: 2 }] },
        ...story,
      },
    ],
  });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.pack;
}

/** A suit's disposition as a pack writes it: dismissed as moot, without prejudice, not on its merits. */
export const MOOT_DISMISSAL = {
  dismissed: true,
  merits: false,
  prejudice: false,
  moot: true,
  statement: 'dismissed without prejudice as moot',
};
