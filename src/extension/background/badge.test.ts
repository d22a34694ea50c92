import { describe, expect, it } from 'vitest';
import { fakeBrowser } from '../platform/fake-browser.ts';
import { badgeText, showReportOnBadge } from './badge.ts';

const report = (discrepant: number) => ({
  url: 'https://example.org/',
  story: null,
  counts: { discrepant, consistent: 2, unverified: 1 },
  findings: [],
  signals: [],
});

describe('badge', () => {
  it('shows the number of discrepancies, nothing when there are none', () => {
    expect(badgeText(null)).toBe('');
    expect(badgeText(report(0))).toBe('');
    expect(badgeText(report(3))).toBe('3');
    expect(badgeText(report(250))).toBe('99+');
  });

  it('sets the text on the reporting tab only', async () => {
    await showReportOnBadge(4, report(2));
    expect(fakeBrowser.badges.get(4)).toBe('2');
    expect(fakeBrowser.badges.has(5)).toBe(false);
  });
});
