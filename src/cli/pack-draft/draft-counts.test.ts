/**
 * Counts drafted with their outcome: riders "taken by ambulance to" a named hospital are the hospitalized outcome's
 * count, not a count of the whole crash, so a retelling giving the riders aboard is not held to the injured's number.
 * A made-up report; none of its words is in the drafter.
 */
import { describe, expect, it } from 'vitest';
import { reportHtml } from './report-html.ts';
import { worldIndex } from '../../world/embedded.ts';
import { draftPack, onlyNegatedInfinitives } from './draft-story.ts';
import { draftedVanPack } from './test-van-crash.ts';
import { buildStoryRecord } from '../../engine/drafting.ts';
import { compareSentence } from '../../engine/drafting.ts';

const world = worldIndex();

const original = reportHtml(
  '2026-05-13',
  'Pell Valley Gazette',
  'Gravel truck slams into Pell Valley transit van on Ostrander Avenue',
  `
PELL VALLEY, Ore. — A gravel truck slammed into a Pell Valley Transit van at about 7:45 a.m. on Tuesday, May 12, at the corner of Ostrander Avenue and Quill Street.
Six riders and the van driver were taken by ambulance to Quarry Point Medical Center, Police Captain Noor Abernethy said.
None of the injuries was serious, she said.
`,
);

describe('pack draft: a count of those taken to hospital', () => {
  const story = draftedVanPack(original).stories[0]!;
  const events = story.events ?? [];

  it("is the hospitalized outcome's count, and no quantity of the crash", () => {
    const crash = events.find((e) => e.words.includes('slammed'));
    expect((crash?.quantities ?? []).some((q) => q.nouns.includes('riders'))).toBe(false);
    expect(events.flatMap((e) => e.outcomes ?? [])).toContainEqual(
      expect.objectContaining({ kind: 'hospitalized', count: 6 }),
    );
  });

  it('finds another number taken to hospital wrong, and leaves the riders aboard alone', () => {
    const record = buildStoryRecord(story, world);
    const outcome = (s: string) => compareSentence(s, record, '2026-05-20')?.outcome;
    expect(
      outcome('Nine riders were taken to a hospital after the gravel truck slammed into the van.'),
    ).toBe('discrepant');
    expect(
      outcome('The gravel truck slammed into a van carrying 14 riders on Tuesday, May 12.'),
    ).not.toBe('discrepant');
  });
});

describe('pack draft: an outcome told in a reported clause with a negated infinitive after it', () => {
  const report = reportHtml(
    '2026-05-13',
    'Pell Valley Gazette',
    'Gravel truck slams into Pell Valley transit van on Ostrander Avenue',
    `
PELL VALLEY, Ore. — A gravel truck slammed into a Pell Valley Transit van at about 7:45 a.m. on Tuesday, May 12, at the corner of Ostrander Avenue and Quill Street.
Police Captain Noor Abernethy said the Oregon State Police had opened an investigation and had ordered the gravel company not to send out its trucks until they were inspected.
`,
  );
  const pack = draftedVanPack(report);
  const events = pack.stories[0]!.events ?? [];

  it('drafts the outcome ("not to send" denies what was ordered, not the investigation), done by the agency after the speech verb', () => {
    const probe = events.find((e) => (e.outcomes ?? []).some((o) => o.kind === 'investigated'));
    expect(probe).toBeDefined();
    const acted = (probe?.participants ?? []).find((p) => p.role === 'acted')?.entities ?? [];
    expect(acted.length).toBe(1);
    expect(pack.stories[0]!.entities?.find((e) => e.id === acted[0])?.name).toMatch(/State Police/);
  });

  it('reads a clause whose only negations are negated infinitives, and no other', () => {
    expect(onlyNegatedInfinitives('had ordered the ferry not to carry passengers')).toBe(true);
    expect(onlyNegatedInfinitives('had not opened an investigation')).toBe(false);
    expect(onlyNegatedInfinitives('told them not to go, and nobody was hurt')).toBe(false);
    expect(onlyNegatedInfinitives('opened an investigation')).toBe(false);
  });
});

describe('pack draft: a number with a fraction', () => {
  it('is no quantity (a pack counts whole things), and the draft validates', () => {
    const report = reportHtml(
      '2026-05-13',
      'Pell Valley Gazette',
      'Gravel truck slams into Pell Valley transit van on Ostrander Avenue',
      `
PELL VALLEY, Ore. — A gravel truck slammed into a Pell Valley Transit van at about 7:45 a.m. on Tuesday, May 12, on Ostrander Avenue.
The van was carrying 2.5 tons of gravel spread over 3.7 lanes of the avenue, Police Captain Noor Abernethy said.
Six riders and the van driver were taken by ambulance to Quarry Point Medical Center, she said.
None of the injuries was serious, and the avenue reopened to traffic shortly after noon on Tuesday.
The truck's driver, a 52-year-old from Dorrance, was cited for following too closely, the captain said.
`,
    );
    const result = draftPack({ name: 'van.html', content: report }, [], {
      world,
      today: '2026-12-01',
    });
    expect(result.ok, result.ok ? '' : result.error).toBe(true);
    if (!result.ok) return;
    const quantities = (result.pack.stories[0]!.events ?? []).flatMap((e) => e.quantities ?? []);
    expect(quantities.every((q) => Number.isInteger(q.min) && Number.isInteger(q.max))).toBe(true);
  });
});
