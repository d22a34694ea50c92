/**
 * True sentences a review of stop 51's readings found judged discrepant, kept as a guard: a verb of leaving with
 * something else left, or told at another time; a party word inside another phrase; a title in brackets that is
 * another's; the term told as a prospect; a participle of a prospect; a flight back; an aside that carries its own
 * years (a tenure's "from 2017 to 2018" in an aside is still read as the event's date, with commas or dashes alike:
 * older than stop 51, left). The embedded stories (sources.md B and C; the world file's terms).
 */
import { describe, expect, it } from 'vitest';
import { compareSentence } from './compare-sentence.ts';
import { chiefs, rochester } from './test-embedded-stories.ts';

describe('never a false alarm', () => {
  it.each([
    [
      chiefs,
      '2016-11-22',
      'Charlie Beck, who had left the briefing early, told the Los Angeles Times his officers would not help.',
    ],
    [
      chiefs,
      '2016-11-22',
      'Charlie Beck, who had quit smoking years ago, told the Los Angeles Times his officers would not help.',
    ],
    [
      chiefs,
      '2021-11-16',
      'In a 2021 podcast, Charlie Beck, who had retired from the LAPD, looked back on his 2016 interview.',
    ],
    [
      chiefs,
      '2021-11-16',
      'By 2021, Charlie Beck, who had retired from the LAPD, said he stood by his 2016 interview.',
    ],
    [
      rochester,
      '2025-03-29',
      'Malik Evans, a critic of Republican immigration policy, spoke on Wednesday.',
    ],
    [rochester, '2025-03-29', 'Rob Ortt, the bane of Democratic lawmakers, thanked the officers.'],
    [rochester, '2025-03-29', 'All eyes were on Rob Ortt (the mayor, Malik Evans, stayed away).'],
    [
      chiefs,
      '2016-11-29',
      "Trump's first days in office are expected to bring executive orders on immigration.",
    ],
    [
      chiefs,
      '2016-11-29',
      "If Trump's first weeks in office are anything like his campaign, immigrants will suffer.",
    ],
    [
      chiefs,
      '2016-11-29',
      "Advocates say Trump's first weeks in office have to test sanctuary cities.",
    ],
    [
      chiefs,
      '2016-11-22',
      'The prospect of President Trump calling for mass deportations has chiefs worried.',
    ],
    [
      chiefs,
      '2016-11-22',
      'Chiefs are bracing for President Trump demanding their help with deportations.',
    ],
    [
      rochester,
      '2025-04-30',
      'The Border Patrol agents were flown back to their base after the operation.',
    ],
    [
      rochester,
      '2025-04-30',
      'After his visit, Homan was flown back to his office aboard a government plane.',
    ],
    [
      chiefs,
      '2016-11-20',
      'Chris Magnus \u2014 Richmond\u2019s chief until 2015 \u2014 issued a statement on Wednesday.',
    ],
  ] as const)('%#', (story, date, sentence) => {
    expect(compareSentence(sentence, story, date)?.outcome, sentence).not.toBe('discrepant');
  });
});
