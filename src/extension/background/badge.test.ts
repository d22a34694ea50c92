import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../platform/fake-browser.ts';
import type { ReportedFinding } from '../shared/page-report.ts';
import { badgeText, showReportOnBadge } from './badge.ts';

const finding = (
  claimId: string,
  verdict: ReportedFinding['verdict'] = 'discrepant',
): ReportedFinding => ({
  verdict,
  kind: 'agency',
  claimId,
  text: `${claimId} sentence`,
  original: 'o',
  explanation: 'e',
  sources: [],
});

/** A report with `claims` distinct discrepant claims, each said `times` times. */
const report = (claims: number, times = 1) => {
  const findings = Array.from({ length: claims * times }, (_, i) => finding(`fact:${i % claims}`));
  return {
    url: 'https://example.org/',
    story: null,
    counts: { discrepant: findings.length, consistent: 1, unverified: 0 },
    findings: [...findings, finding('fact:other', 'consistent')],
    signals: [],
  };
};

describe('badge', () => {
  it('shows the number of discrepancies, nothing when there are none', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText(report(0))).toBe('');
    expect(badgeText(report(3))).toBe('3');
    expect(badgeText(report(250))).toBe('99+');
  });

  it('counts a claim repeated in several sentences (a headline and the body) once', () => {
    expect(badgeText(report(1, 7))).toBe('1');
    expect(badgeText(report(2, 3))).toBe('2');
  });

  it('sets the text on the reporting tab only', async () => {
    await showReportOnBadge(4, report(2));
    expect(fakeBrowser.badges.get(4)).toBe('2');
    expect(fakeBrowser.badges.has(5)).toBe(false);
  });
});
