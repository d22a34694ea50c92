/**
 * A post said of a person in the present (present-post.ts) is put on the page's date: wrong when the world file has
 * the person in that office only at other times. Embedded record and world: Tom Homan was acting ICE director in
 * 2017-18 and the White House border czar in 2025.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';
import { readSentence } from '../read/index.ts';
import { presentPostConflicts } from './present-post.ts';
import { buildStoryRecord } from './story-record.ts';

const pack = loadEmbeddedPack();
const record = buildStoryRecord(
  pack.stories.find((s) => s.id.startsWith('rochester'))!,
  worldIndex(),
);
const conflicts = (sentence: string, pageDate: string) => {
  const clauses = readSentence(sentence, record.gazetteer);
  return clauses.flatMap((c) => presentPostConflicts(clauses, c, sentence, record, pageDate));
};

describe('a post said in the present', () => {
  it.each([
    'Five days later Tom Homan, who is now the acting director of ICE, showed up at the union hall.',
    'Tom Homan, currently the ICE director, came to Rochester.',
    'Tom Homan is now the acting director of ICE.',
  ])('is wrong on a page dated after the term: %s', (s) => {
    expect(conflicts(s, '2025-10-09')).toHaveLength(1);
    expect(conflicts(s, '2018-02-01')).toHaveLength(0);
  });
  it.each([
    'Tom Homan, who was acting director of ICE in 2017, came to Rochester.',
    'Tom Homan, who is now the border czar, came to Rochester.',
    'Tom Homan, the border czar, said "Homan is now the acting director of ICE" was a joke.',
  ])('leaves a past post, a post held then, and quoted words alone: %s', (s) =>
    expect(conflicts(s, '2025-10-09')).toHaveLength(0),
  );
  it('makes the sentence discrepant, not green', () => {
    const index = indexPacks([pack], { world: worldIndex() });
    const text =
      'Tom Homan, who is now the acting director of ICE, visited the Locust Club on Lexington Avenue.';
    const intro =
      "Rochester police officers helped Border Patrol agents at a traffic stop on Lyell Avenue in March 2025, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
    expect(
      analyzeText(`${intro}\n\n${text}`, index, { published: '2025-10-09' }).findings.find(
        (f) => f.text === text,
      )?.verdict,
    ).toBe('discrepant');
  });
});
