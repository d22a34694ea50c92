/**
 * The embedded pack's Rochester story lets its own participants (people and bodies the world file does not know)
 * open the claim gate: a page that names them and tells of the story's events is recognised without naming the
 * city; a page that only names them is not.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const storyOf = (text: string) =>
  analyzeText(text, index, { published: '2025-04-03' }).story?.storyId ?? null;

describe("a story's own participants as a claim gate", () => {
  it('recognises a page that names them and tells of the stop, with no city named', () => {
    expect(
      storyOf(
        'Border Patrol agents pulled over a van and officers handcuffed the three men inside. The Locust Club said the ten officers did nothing wrong.',
      ),
    ).toBe('rochester-border-patrol-backup-2025');
    expect(
      storyOf(
        'Mary Lupien brought up the Border Patrol stop at the council meeting, where she said police had handcuffed the men in the van.',
      ),
    ).toBe('rochester-border-patrol-backup-2025');
  });

  it('not a page that only names them', () => {
    expect(
      storyOf('Mary Lupien spoke at a budget hearing about snow plowing on the west side.'),
    ).toBeNull();
    expect(
      storyOf('The Locust Club endorsed a candidate for sheriff and held its annual picnic.'),
    ).toBeNull();
  });
});
