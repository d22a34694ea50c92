/**
 * For the drafted-pack tests: a made-up retelling page of a date, publisher and headline whose paragraphs are the
 * lines given, read with a drafted pack (as `pack test` reads pages): the story it was recognised as, and the finding
 * on its last line.
 */
import { indexPacks } from '../../engine/index.ts';
import type { ClaimPack } from '../../pack/schema.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeInput } from '../analyze-input.ts';
import { reportHtml } from './report-html.ts';

export interface Retelling {
  date: string;
  publisher: string;
  headline: string;
  lines: readonly string[];
}

/** A reader of retellings with the pack: the recognised story's id and the last line's finding, if any. */
export function retellingReader(pack: ClaimPack) {
  const index = indexPacks([pack], { world: worldIndex() });
  return (page: Retelling) => {
    const { analysis } = analyzeInput(
      reportHtml(page.date, page.publisher, page.headline, page.lines.join('\n')),
      index,
      { today: '2026-12-01' },
    );
    const last = page.lines[page.lines.length - 1];
    return {
      storyId: analysis.story?.storyId,
      finding: analysis.findings.find((f) => f.text === last),
    };
  };
}
