import { parseHTML } from 'linkedom';
import { h, render } from 'preact';
import { describe, expect, it } from 'vitest';
import type { ReportedFinding } from '../../shared/page-report.ts';
import { FindingList } from './FindingList.tsx';

/** Renders the list into a linkedom document (i18n keys stand for the words). */
function renderList(
  findings: ReportedFinding[],
  onShow: ((finding: ReportedFinding) => void) | null = null,
) {
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
    expect(tags).toEqual([
      'severityFalse · kindAgency',
      'severityImprecise · kindAgency',
      'verdictDiscrepant · kindAgency',
    ]);
    expect(root.querySelector('.finding[data-severity="imprecise"] .tag')?.className).toContain(
      'severity-imprecise',
    );
  });

  it('lists a claim the page repeats once, says in how many sentences, and "Show in page" steps through them', async () => {
    const shown: string[] = [];
    const root = renderList(
      [
        finding({ text: 'Headline: the FBI raid.' }),
        finding({ claimId: 'fact:count', kind: 'number', text: 'Nine were held.' }),
        finding({ text: 'The FBI led it.' }),
        finding({ text: 'Again, the FBI.' }),
      ],
      (f) => shown.push(f.text),
    );
    const items = [...root.querySelectorAll('.finding')];
    expect(items.map((li) => li.getAttribute('data-repeats'))).toEqual(['3', '1']);
    expect(items[0]?.querySelector('.repeats')?.textContent).toBe('popupRepeatsOther(3)');
    expect(items[1]?.querySelector('.repeats')).toBeNull();
    const button = () => items[0]?.querySelector('button') as unknown as HTMLButtonElement;
    const labels: (string | null | undefined)[] = [];
    for (let i = 0; i < 4; i++) {
      labels.push(button().textContent);
      button().dispatchEvent(
        new (button().ownerDocument.defaultView as unknown as typeof globalThis).Event('click'),
      );
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    expect(shown).toEqual([
      'Headline: the FBI raid.',
      'The FBI led it.',
      'Again, the FBI.',
      'Headline: the FBI raid.',
    ]);
    expect(labels).toEqual([
      'popupShowInPageStep(1,3)',
      'popupShowInPageStep(2,3)',
      'popupShowInPageStep(3,3)',
      'popupShowInPageStep(1,3)',
    ]);
    // The entry reads the sentence last shown.
    expect(items[0]?.querySelector('.page-text')?.textContent).toBe('Headline: the FBI raid.');
  });
});
