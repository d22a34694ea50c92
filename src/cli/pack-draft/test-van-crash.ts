/** The made-up Pell Valley Gazette report of a gravel truck slamming into a transit van (13 May 2026), and its draft, for tests. */
import type { ClaimPack } from '../../pack/schema.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack } from './draft-story.ts';
import { reportHtml } from './report-html.ts';

/**
 * The Gazette's page headed "… six riders hurt": the crash of the van carrying nine riders on Tuesday, May 12, six of
 * them taken to Pell Valley General Hospital, then the lines `more`.
 */
export function vanCrashReport(...more: string[]): string {
  return reportHtml(
    '2026-05-13',
    'Pell Valley Gazette',
    'Gravel truck slams into Pell Valley transit van; six riders hurt',
    [
      'PELL VALLEY, Ore. — A gravel truck slammed into a Pell Valley Transit van carrying nine riders at about 7:45 a.m. on Tuesday, May 12, at the corner of Ostrander Avenue and Quill Street.',
      'Six riders were taken to Pell Valley General Hospital with minor injuries, Police Captain Noor Abernethy said.',
      ...more,
    ].join('\n'),
  );
}

/** The pack drafted from a page on the van crash (as van.html, on 1 December 2026, on the embedded world); a failed draft throws. */
export function draftedVanPack(content: string): ClaimPack {
  const result = draftPack({ name: 'van.html', content }, [], {
    world: worldIndex(),
    today: '2026-12-01',
  });
  if (!result.ok) throw new Error(result.error);
  return result.pack;
}
