import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../shared/page-report.ts';
import { FindingList } from './FindingList.tsx';

/** Renders the list into a linkedom document (i18n keys stand for the words). */
function renderList(findings: ReportedFinding[], onShow: ((finding: ReportedFinding) => void) | null = null) {
  const { document } = parseHTML('<!doctype html><html><body><div id="root"></div></body></html>');
  const root = document.getElementById('root') as unknown as HTMLElement;
  const globals = globalThis as { document?: unknown };
  const before = globals.document;
  globals.document = document;
  try {
    render(h(FindingList, { findings, onShow }), root);
  } finally {
    globals.document = before;
  }
  return root;
}

const finding = (over: Partial<ReportedFinding>): ReportedFinding => ({
  verdict: 'discrepant',
  kind: 'agency',
  text: 'The FBI led the raid.',
  claimId: 'fact:raid.agency',
  original: 'HSI and Border Patrol agents led the operation.',
  explanation: 'The record names HSI and Border Patrol.',
  sources: [],
  ...over,
});

describe('the popup finding list', () => {
  it('says "False" or "Imprecise" in words when the pack records how wrong a value is', () => {
    const root = renderList([
      finding({ severity: 'false', claimId: 'fact:a' }),
      finding({ severity: 'imprecise', claimId: 'fact:b', text: 'ICE led it.' }),
      finding({ claimId: 'fact:c', text: 'Nine were held.' }),
    ]);
    const tags = [...root.querySelectorAll('.finding .tag')].map((tag) => tag.textContent);
    expect(tags).toEqual(['severityFalse · kindAgency', 'severityImprecise · kindAgency', 'verdictDiscrepant · kindAgency']);
    expect(root.querySelector('.finding[data-severity="imprecise"] .tag')?.className).toContain('severity-imprecise');
  });
});
