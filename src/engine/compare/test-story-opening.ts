/**
 * The two embedded stories' openings, and the finding a page of them gives on its last line, for tests that read a
 * sentence after a story's opening (review53.test.ts, review54.test.ts).
 */
import { expect } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';
import type { Finding } from '../types.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });

export const ROCHESTER =
  "Rochester police officers helped Border Patrol agents at a traffic stop on Whitney Street, and Mayor Malik Evans and Chief David Smith said they broke the city's sanctuary policy.";
export const CHIEFS =
  'Police chiefs in Los Angeles, Tucson and Denver said in November 2016 that their officers would not take part in immigration enforcement, Police1 reported.\nLos Angeles Police Chief Charlie Beck told the Los Angeles Times his department would not change its approach.';

/** The finding on the last of `lines`, read after the story's opening `head` on a page of `date`. */
export function lastFinding(head: string, date: string, ...lines: string[]): Finding | undefined {
  const { findings, story } = analyzeText([head, ...lines].join('\n'), index, {
    today: date,
    published: date,
  });
  // The page must be read as the story's, or nothing here is tested.
  expect(story).not.toBeNull();
  const line = lines[lines.length - 1] as string;
  return findings.find(
    (f) => line.includes(f.text.slice(0, 30)) || f.text.includes(line.slice(-30)),
  );
}

/** The finding on the sentence of `line` that holds `part` (a line of several sentences), read as lastFinding reads. */
export function findingFor(
  head: string,
  date: string,
  line: string,
  part: string,
): Finding | undefined {
  const { findings, story } = analyzeText([head, line].join('\n'), index, {
    today: date,
    published: date,
  });
  expect(story).not.toBeNull();
  return findings.find((f) => f.text.includes(part));
}
