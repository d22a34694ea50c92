import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyzeText, indexPacks } from '../../engine/index.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack, type DraftInput } from './draft-story.ts';

/** The engine's lede-recency.ts on a drafted story (story 12: a ride balloon hit power lines on 19 September 2026). */
const DIR = 'eval/draft-story-12';
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

/** The verdict on a retelling's lede, after a sentence that names the story's rally and company. */
function lede(sentence: string, published: string) {
  const text = `${sentence}\n\nThe balloon, flown for Turquoise Sky Balloon Rides during the Tres Acequias Balloon Rally, struck power lines and came down in an alfalfa field at Camino del Llano and Calle Tomasita.`;
  const analysis = analyzeText(text, index, { published, today: '2027-12-01' });
  expect(analysis.story).not.toBeNull();
  return analysis.findings.find((f) => f.text.startsWith(sentence.slice(0, 30)));
}

describe('an old story told as recent in a lede no event links (lede-recency.ts)', () => {
  const recycled =
    'This week, a hot-air balloon slammed into power lines in the middle of a small-town balloon rally.';

  it('flags "This week" on a page dated a year after the story, naming the record\'s day', () => {
    const f = lede(recycled, '2027-09-22');
    expect(f?.verdict).toBe('discrepant');
    expect(f?.explanation).toMatch(/19 September 2026/);
  });

  it("leaves the same words alone on a page of the story's own week", () => {
    expect(lede(recycled, '2026-09-21')?.verdict).not.toBe('discrepant');
  });

  it('leaves alone a lede of a later happening, of someone named, or of another day', () => {
    for (const s of [
      'This week, the family of one passenger sued the balloon company over the crash.',
      'This week, Mayor Tony Gurulé asked the rally to add a safety officer.',
      'This week, a year after the balloon hit the lines, the field is green again.',
      'This week, the alfalfa field at Calle Tomasita was planted again.',
      'This week, the field at Calle Tomasita was planted with alfalfa.',
    ])
      expect(lede(s, '2027-09-22')?.verdict, s).not.toBe('discrepant');
  });
});
