/**
 * An attribution fact tells who wrote and carried a piece; a sentence that has the writer get its words firsthand
 * (phoning, interviewing) adds an act the fact does not hold: unverified, never consistent (firsthand-act.ts).
 * Invented story: Tam Reed wrote the Alder Ledger's round-up of the raid, drawing on what others printed.
 */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import { raidPack, westmark } from './compare/test-story.ts';
import { addedFirsthandAct } from './firsthand-act.ts';
import { analyzeText, indexPacks } from './index.ts';

function roundupPack() {
  const p = JSON.parse(JSON.stringify({ ...raidPack() })) as { stories: { facts: unknown[] }[] };
  p.stories[0]!.facts.push({
    id: 'roundup-author',
    kind: 'attribution',
    confidence: 'medium',
    sources: ['ledger'],
    statement: 'The round-up was written by Tam Reed for the Alder Ledger.',
    about: [['tam reed']],
    details: [{ slot: 'outlet', accepted: ['alder ledger', 'tam reed'] }],
  });
  const parsed = parsePack(p as unknown);
  if (!parsed.ok) throw new Error(JSON.stringify(parsed.problems));
  return parsed.pack;
}

const index = indexPacks([roundupPack()], { world: westmark() });
const RAID =
  'Harbor Unit officers raided a warehouse on Quay Street in Port Alder at dawn on June 11.';
const verdictOf = (last: string) => {
  const page = ['Dawn raid in Port Alder', RAID, last].join('\n');
  return analyzeText(page, index, { today: '2024-06-20' }).findings.find((f) =>
    f.text.includes(last.slice(0, 24)),
  );
};

describe('addedFirsthandAct', () => {
  it('finds phoning, interviewing and speaking with', () => {
    expect(
      addedFirsthandAct('reed rang all of the dockworkers up herself', 'written by reed'),
    ).toBe('rang all of the dockworkers up');
    expect(addedFirsthandAct('reed interviewed the harbor officers', 'written by reed')).toBe(
      'interviewed',
    );
    expect(addedFirsthandAct('reed sat down with the owner', 'written by reed')).toBe(
      'sat down with',
    );
  });

  it('finds nothing in a plain credit, or when the fact itself tells the act', () => {
    expect(addedFirsthandAct('the round-up was written by tam reed', 'written by reed')).toBeNull();
    expect(
      addedFirsthandAct('reed interviewed the owner', 'Reed interviewed the owner for the Ledger.'),
    ).toBeNull();
  });
});

describe('analyze: a writer credited with getting the words firsthand', () => {
  it('is unverified, not consistent', () => {
    const f = verdictOf('Tam Reed telephoned each of the warehouse workers herself.');
    expect(f).toMatchObject({ verdict: 'unverified', claimId: 'fact:roundup-author' });
    expect(f?.explanation).toMatch(/firsthand \(“telephoned”\)/);
  });

  it('still agrees when the page only says who wrote it', () => {
    expect(
      verdictOf('The round-up was put together by Tam Reed of the Alder Ledger.')?.verdict,
    ).toBe('consistent');
  });
});
