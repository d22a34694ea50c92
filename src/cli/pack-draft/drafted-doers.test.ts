import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack, type DraftInput } from './draft-story.ts';

const DIR = 'eval/draft-story-12';
const page = (file: string): DraftInput => ({
  name: file,
  content: readFileSync(join(DIR, file), 'utf8'),
});

describe('who did what an original tells (story 12, a ride balloon on power lines)', () => {
  const result = draftPack(
    page('original.html'),
    [page('corroborating-1.html'), page('corroborating-2.html')],
    { world: worldIndex(), today: '2026-12-01' },
  );
  if (!result.ok) throw new Error(result.error);
  const events = result.pack.stories[0]!.events ?? [];

  it('gives an outcome the doer of its own clause ("The FAA and the NTSB were notified, and the NTSB will lead the investigation")', () => {
    const investigation = events.find((e) =>
      (e.outcomes ?? []).some((o) => o.kind === 'investigated'),
    );
    const acted = (investigation?.participants ?? [])
      .filter((p) => p.role === 'acted')
      .flatMap((p) => p.entities);
    expect(acted).toEqual(['national-transportation-safety-board']);
  });

  it('names the lede\'s happening by both its verbs ("struck power lines and came down hard")', () => {
    const lede = events.find((e) => e.date === '2026-09-19' && e.time === '07:40');
    expect(lede?.words).toEqual(expect.arrayContaining(['struck', 'came down']));
  });
});
