/** For tests: the finding on one sentence of a page of the invented raid (compare/test-story.ts) that opens with its headline and first line. */
import { analyzeText, type Finding, type PackIndex } from './index.ts';
import type { PageContext } from './types.ts';

/** The raid page's headline and first line. */
const OPENING = [
  'Dawn raid in Port Alder',
  'Harbor Unit officers raided a warehouse on Quay Street in Port Alder.',
];

export function raidPageFinding(
  index: PackIndex,
  sentence: string,
  context: PageContext,
): Finding | undefined {
  const page = [...OPENING, sentence].join('\n');
  return analyzeText(page, index, context).findings.find((f) => f.text === sentence);
}
