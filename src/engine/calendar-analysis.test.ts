/**
 * The calendar check on a whole page of the invented story (compare/test-story.ts):
 * a finding of its own when no event is linked, ahead of a claim the record
 * calls unverified, and tried in the year the page states it was published.
 */
import { describe, expect, it } from 'vitest';
import { ownerChargedPack, westmark } from './compare/test-story.ts';
import { analyzeText, indexPacks } from './index.ts';

const index = indexPacks([ownerChargedPack()], { world: westmark() });
const analyse = (
  sentence: string,
  context: { today?: string; published?: string } = { today: '2024-06-20' },
) => {
  const page = [
    'Dawn raid in Port Alder',
    'Harbor Unit officers raided a warehouse on Quay Street in Port Alder.',
    sentence,
  ].join('\n');
  return analyzeText(page, index, context).findings.find((f) => f.text === sentence);
};

describe('the calendar check in a page', () => {
  it('is a finding of its own when the sentence is about no recorded event', () => {
    expect(analyse('Residents held a vigil on Saturday, June 16, 2024.')).toMatchObject({
      verdict: 'discrepant',
      kind: 'date',
      claimId: 'calendar:sunday-16-june-2024',
      original: 'Sunday 16 June 2024.',
      explanation: '16 June 2024 was a Sunday, not a Saturday.',
    });
  });

  it('is checked in the words around a recorded quote', () => {
    expect(
      analyse(
        '\u201CThe raid was lawful and it was necessary,\u201D Mayor Ida Marsh said on Thursday, June 12, 2024.',
      ),
    ).toMatchObject({
      verdict: 'discrepant',
      claimId: 'quote:marsh-lawful',
      explanation: '12 June 2024 was a Wednesday, not a Thursday.',
    });
    expect(
      analyse(
        '\u201CThe raid was lawful and it was necessary,\u201D Mayor Ida Marsh said on Wednesday, June 12, 2024.',
      ),
    ).toMatchObject({ verdict: 'consistent', claimId: 'quote:marsh-lawful' });
  });

  it('comes before a claim the record calls unverified', () => {
    expect(analyse('The owner was charged on Monday, June 12, 2024.')).toMatchObject({
      verdict: 'discrepant',
      claimId: 'calendar:wednesday-12-june-2024',
    });
    expect(analyse('The owner was charged on Wednesday, June 12, 2024.')).toMatchObject({
      verdict: 'unverified',
      claimId: 'unverified:owner',
    });
  });

  it('tries a yearless date in the year the page states it was published too', () => {
    // 11 June was a Tuesday in 2024 and a Wednesday in 2025.
    expect(
      analyse('On Wednesday, June 11, residents held a vigil.', { today: '2025-06-20' }),
    ).toMatchObject({ verdict: 'discrepant', claimId: 'calendar:tuesday-11-june-2024' });
    expect(
      analyse('On Wednesday, June 11, residents held a vigil.', {
        today: '2025-06-20',
        published: '2025-06-20',
      }),
    ).toBeUndefined();
  });
});
