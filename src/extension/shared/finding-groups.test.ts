import { describe, expect, it } from 'vitest';
import { distinctDiscrepancies, groupFindings } from './finding-groups.ts';
import type { ReportedFinding } from './page-report.ts';

const f = (
  verdict: ReportedFinding['verdict'],
  claimId: string,
  text: string,
): ReportedFinding => ({
  verdict,
  kind: 'agency',
  claimId,
  text,
  original: 'o',
  explanation: 'e',
  sources: [],
});

const PAGE = [
  f('discrepant', 'fact:who', 'Headline: helped ICE'),
  f('consistent', 'fact:press', 'The mayor criticised them.'),
  f('discrepant', 'fact:who', 'They helped ICE.'),
  f('discrepant', 'fact:count', 'Eight were arrested.'),
  f('discrepant', 'fact:who', 'Again: they helped ICE.'),
  f('consistent', 'fact:who', 'Border Patrol and HSI asked for help.'),
];

describe('groupFindings', () => {
  it('lists a claim repeated in several sentences once, with its sentences in page order, headline included', () => {
    const groups = groupFindings(PAGE);
    expect(
      groups.map((g) => [g.first.verdict, g.first.claimId, g.findings.map((x) => x.text)]),
    ).toEqual([
      [
        'discrepant',
        'fact:who',
        ['Headline: helped ICE', 'They helped ICE.', 'Again: they helped ICE.'],
      ],
      ['consistent', 'fact:press', ['The mayor criticised them.']],
      ['discrepant', 'fact:count', ['Eight were arrested.']],
      // The same claim stated rightly elsewhere is another matter.
      ['consistent', 'fact:who', ['Border Patrol and HSI asked for help.']],
    ]);
  });
});

describe('distinctDiscrepancies', () => {
  it('counts each discrepant claim once, however many sentences repeat it', () => {
    expect(distinctDiscrepancies({ findings: PAGE })).toBe(2);
    expect(distinctDiscrepancies({ findings: [] })).toBe(0);
  });
});
