/** For tests: the verdict the embedded packs, on the embedded world, give one line of a page of one of their stories. */
import { loadEmbeddedPack } from '../pack/embedded.ts';
import { worldIndex } from '../world/embedded.ts';
import { analyzeText, indexPacks, type PackIndex, type Verdict } from './index.ts';

let embedded: PackIndex | undefined;
const index = () => (embedded ??= indexPacks([loadEmbeddedPack()], { world: worldIndex() }));

/** Under the headline and first line of the Rochester stop (24 March 2025), read on 30 April 2025. */
export function rochesterVerdict(line: string): Verdict | undefined {
  const head = [
    'Rochester police answer Border Patrol call',
    'On March 24, 2025, Border Patrol agents stopped a van on Lyell Avenue in Rochester and asked Rochester police for backup.',
  ];
  return analyzeText([...head, line].join('\n'), index(), { today: '2025-04-30' }).findings.find(
    (f) => f.text === line,
  )?.verdict;
}

/**
 * After an opening on the sanctuary-city police chiefs of 2016, in a page published on 12 September 2019 and read on
 * 21 November 2026: the first finding whose text starts as the sentence does.
 */
export function sanctuaryChiefsVerdict(sentence: string): Verdict | undefined {
  const opening =
    'After the 2016 election, police chiefs in sanctuary cities, among them Los Angeles Police Chief Charlie Beck and Tucson Police Chief Chris Magnus, said they would not help with deportations.';
  return analyzeText(`${opening} ${sentence}`, index(), {
    published: '2019-09-12',
    today: '2026-11-21',
  }).findings.find((f) => f.text.startsWith(sentence.slice(0, 20)))?.verdict;
}
