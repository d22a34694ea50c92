import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../../engine/index.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack, type DraftInput } from './draft-story.ts';

/** Counts of the hurt on a drafted story (story 10: two firefighters taken to Osgood Memorial Hospital). */
const DIR = 'eval/draft-story-10';
const page = (file: string): DraftInput => ({
  name: file,
  content: readFileSync(join(DIR, file), 'utf8'),
});
const world = worldIndex();
const result = draftPack(
  page('original.html'),
  [page('corroborating-1.html'), page('corroborating-2.html')],
  { world, today: '2026-12-01' },
);
if (!result.ok) throw new Error(result.error);
const index = indexPacks([result.pack], { world });

function verdict(sentence: string) {
  const text = `A fire destroyed the Kessling furniture warehouse at Industrial Parkway and Tanner Mill Road in Wrenfield early on Tuesday, May 18, and 43 homes were evacuated.\n\n${sentence}`;
  const analysis = analyzeText(text, index, { published: '2027-05-19', today: '2027-06-01' });
  expect(analysis.story).not.toBeNull();
  return analysis.findings.find((f) => f.text.startsWith(sentence.slice(0, 30)))?.verdict;
}

describe('how many were taken to a hospital named by its name', () => {
  it("leaves fewer than the record's count alone: the hurt are told one by one", () => {
    for (const s of [
      'One firefighter was taken to Osgood Memorial Hospital with a deep cut on his forearm.',
      'One of the firefighters was taken to Osgood Memorial Hospital for heat exhaustion.',
    ])
      expect(verdict(s), s).not.toBe('discrepant');
  });

  it('flags more than all of them', () => {
    expect(verdict('Nine firefighters were taken to Osgood Memorial Hospital.')).toBe('discrepant');
  });
});
