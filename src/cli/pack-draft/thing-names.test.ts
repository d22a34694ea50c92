import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack, type DraftInput } from './draft-story.ts';

const DIR = 'eval/draft-story-11';
const page = (file: string): DraftInput => ({
  name: file,
  content: readFileSync(join(DIR, file), 'utf8'),
});
const result = draftPack(
  page('original.html'),
  [page('corroborating-1.html'), page('corroborating-2.html')],
  { world: worldIndex(), today: '2026-12-01' },
);
if (!result.ok) throw new Error(result.error);
const story = result.pack.stories[0]!;

describe('names of things and measures of things in an original (story 11, a Ferris wheel at a fair)', () => {
  it('drafts no person from a name that ends in, or runs on into, the name of a body, an event or a thing', () => {
    const people = (story.entities ?? []).filter((e) => e.kind === 'person').map((e) => e.name);
    expect(people).toContain('Loretta Biggs');
    expect(people).not.toContain('Agricultural Fair');
    expect(people).not.toContain('Palmetto Crest');
    expect(people).not.toContain('Sky Wheel');
  });

  it('drafts no count from a measure joined to the noun it describes ("a 90-foot Ferris wheel", "100-foot aerial platform truck")', () => {
    const nouns = (story.events ?? []).flatMap((e) => [
      ...(e.quantities ?? []).flatMap((q) => q.nouns),
      ...(e.outcomes ?? []).flatMap((o) => o.nouns ?? []),
    ]);
    expect(nouns).not.toContain('foot');
    // The counts of the story still are: 41 people were stuck.
    expect(
      (story.events ?? []).some((e) =>
        (e.quantities ?? []).some((q) => q.nouns.includes('people') && q.min === 41),
      ),
    ).toBe(true);
  });
});
