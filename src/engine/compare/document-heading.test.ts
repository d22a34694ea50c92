/**
 * A title line naming a document and its date (document-heading.ts): the date is the document's, never held to a
 * recorded event the line's words happen to touch ("Meeting" names the embedded Rochester record's union meeting, held
 * on other days). The same date in a sentence that tells of the event is still compared.
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { compareSentence } from './compare-sentence.ts';
import { withoutDocumentDate } from './document-heading.ts';
import { buildStoryRecord } from './story-record.ts';

const rochester = buildStoryRecord(
  loadEmbeddedPack().stories.find((s) => s.id === 'rochester-border-patrol-backup-2025')!,
  worldIndex(),
);
const outcome = (sentence: string) => compareSentence(sentence, rochester, '2025-04-09')?.outcome;

describe('a title line naming a document and its date', () => {
  it('dates the document: the date is held to no recorded event', () => {
    expect(
      outcome('Eastside Parents Association - Monthly Meeting Minutes, April 8, 2025'),
    ).not.toBe('discrepant');
    expect(outcome('April 8, 2025 Meeting Minutes')).not.toBe('discrepant');
    expect(outcome('Union Meeting Agenda for Tuesday, April 8')).not.toBe('discrepant');
  });

  it("blanks only a title line's date, keeping every offset", () => {
    const line = 'Board Meeting Minutes, April 8, 2025';
    expect(withoutDocumentDate(line)).toHaveLength(line.length);
    expect(withoutDocumentDate(line)).not.toMatch(/April|2025/);
    expect(withoutDocumentDate('March 2025 Newsletter')).not.toMatch(/March/);
    // A sentence (it ends as one), or a date that is no document's, is left as it was.
    expect(withoutDocumentDate('The minutes were approved on April 8, 2025.')).toMatch(/April 8/);
    expect(withoutDocumentDate('Homan met the union on April 8, 2025')).toMatch(/April 8/);
  });

  it('leaves a sentence that dates the event compared', () => {
    expect(
      outcome("Homan met the union's president and posted his support on April 8, 2025."),
    ).toMatch(/discrepant|unconfirmed/);
  });
});
