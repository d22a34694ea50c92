/**
 * For tests: one fact of an invented story (a ferry aground off a harbour town in May 2019), indexed as the engine
 * reads it, in a valid one-story pack; the story's time can be widened for facts about later days, and its summary
 * and the day the Bay Herald published it given.
 */
import type { Fact } from '../pack/schema.ts';
import { testPack } from '../pack/test-pack.ts';
import { indexPacks } from './pack-index.ts';

export function indexedFerryFact(
  fact: Fact,
  timeContext = { start: '2019-05-01', end: '2019-05-03', summary: 'Early May 2019.' },
  { summary = 'A ferry ran aground in fog.', published = '2019-05-01' } = {},
) {
  return indexPacks([
    testPack(
      {
        id: 'ferry',
        title: 'A ferry runs aground',
        summary,
        timeContext,
        originals: [
          {
            id: 'herald',
            publisher: 'Bay Herald',
            headline: 'Ferry aground',
            date: published,
            url: 'https://herald.example/ferry',
            urlConfirmed: true,
          },
        ],
        recognition: { threshold: 1, cues: [{ id: 'ferry', terms: ['ferry'], weight: 1 }] },
        facts: [fact],
      },
      { updated: '2024' },
    ),
  ]).stories[0]!.checks().facts[0]!;
}
