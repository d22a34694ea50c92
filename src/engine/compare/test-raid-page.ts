/** The verdict on the last line of a page about the raid of the invented story, for tests. */
import { analyzeText, type PackIndex } from '../index.ts';

/**
 * The verdict on the page's last line, after a headline ("Dawn raid in Port Alder"), an opening sentence about the
 * raid and the lines given; read on 1 August 2024.
 */
export function lastLineVerdict(index: PackIndex, lines: string[]): string | undefined {
  const text = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street.',
    ...lines,
  ].join('\n');
  const last = lines[lines.length - 1]!;
  return analyzeText(text, index, { today: '2024-08-01' }).findings.find((f) =>
    f.text.includes(last),
  )?.verdict;
}
