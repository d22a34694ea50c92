import { describe, expect, it } from 'vitest';
import { formatReport, HELD_OUT_PAGES_WARNING } from './report.ts';
import { targetsOf, totalsOf, type PageResult } from './score.ts';

const page = (file: string, anchor: string): PageResult => ({
  set: 'pages',
  file,
  expectedStory: 'story-a',
  story: 'story-a',
  storyOk: true,
  labels: [{ anchor, label: 'discrepant', verdict: null, outcome: 'missed' }],
  discrepantFindings: 0,
  discrepantHits: 0,
  unlabelledDiscrepant: [],
  findings: 0,
  signalsExpected: [],
  signalsMissing: [],
  errors: [],
  warnings: [],
});

describe('eval report', () => {
  it('prints the new voices in their own block: their failing labels and totals apart from the targeted ones', () => {
    const old = [page('old.html', 'old anchor')];
    const fresh = [page('new.html', 'new anchor')];
    const totals = totalsOf(old);
    const text = formatReport(old, totals, targetsOf(totals), [], {
      newVoices: { results: fresh, totals: totalsOf(fresh), targets: targetsOf(totalsOf(fresh)) },
    });
    const [main, block] = text.split('New voices (reported, no target yet)') as [string, string];
    expect(block).toBeDefined();
    expect(main).toContain('Failing labels (1):');
    expect(main.slice(main.indexOf('Failing labels'))).not.toContain('new anchor');
    expect(block).toContain('Failing labels, new voices (1):');
    expect(block).toContain('"new anchor"');
    expect(block).toContain('would miss  discrepancy recall');
    expect(text).not.toContain(HELD_OUT_PAGES_WARNING);
  });

  it('warns, at the top and the bottom, when it reports the held-out pages, and marks their targets as not gating', () => {
    const held = [page('held.html', 'held anchor')];
    const totals = totalsOf(held);
    const text = formatReport(held, totals, targetsOf(totals), [], { heldOut: true });
    expect(text.startsWith(HELD_OUT_PAGES_WARNING)).toBe(true);
    expect(text.trimEnd().endsWith(HELD_OUT_PAGES_WARNING)).toBe(true);
    expect(text).toContain('they do not gate this run');
    expect(text).not.toContain('NOT MET');
  });
});
