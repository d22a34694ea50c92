/**
 * A visit carried past sentences that only go on about the same "he" (visit-chain.ts, analyze.ts), and a trip's stop
 * told with its itinerary as the subject ("Her route took in a stop at …", visit-meeting.ts). The embedded pack: on
 * 29 April 2025 Homan met officers at the Locust Club, then stopped at the Greece Police Department (sources.md B32).
 */
import { describe, expect, it } from 'vitest';
import { loadEmbeddedPack } from '../../pack/embedded.ts';
import { worldIndex } from '../../world/embedded.ts';
import { analyzeText, indexPacks } from '../index.ts';

const index = indexPacks([loadEmbeddedPack()], { world: worldIndex() });
const head = [
  'Homan visits Rochester',
  'On March 24, 2025, Border Patrol agents stopped a van in Rochester and asked Rochester police for backup.',
  'On April 29, 2025, border czar Tom Homan came to Rochester and met with officers at the Locust Club on Lexington Avenue.',
];
const verdictOf = (lines: string[]) => {
  const last = lines[lines.length - 1] as string;
  return analyzeText([...head, ...lines].join('\n'), index, { today: '2025-04-30' }).findings.find(
    (f) => f.text.includes(last.slice(-30)),
  )?.verdict;
};

describe('a stop told with the trip as the subject', () => {
  it.each([
    ['His schedule also included a stop at the Penfield Police Department.'],
    ['His trip took in a stop at the Webster Police Department as well.'],
  ])(
    'right after the visit, another town\u2019s police department is the wrong venue: %s',
    (line) => {
      expect(verdictOf([line])).toBe('discrepant');
    },
  );

  it('the recorded venue is left alone', () => {
    expect(
      verdictOf(['His schedule also included a stop at the Greece Police Department.']),
    ).not.toBe('discrepant');
  });
});

describe('a visit carried past sentences about the same person', () => {
  it('sentences that only say "he" between the visit and the stop keep the visit', () => {
    expect(
      verdictOf([
        'He stayed on for a while in the back room.',
        'He skipped any sit-down with the chief.',
        'His schedule also included a stop at the Penfield Police Department.',
      ]),
    ).toBe('discrepant');
    expect(
      verdictOf([
        'He stayed on for a while in the back room.',
        'He then made a stop at the Webster Police Department.',
      ]),
    ).toBe('discrepant');
  });

  it('a sentence naming someone, about "she", or quoting breaks the chain', () => {
    expect(
      verdictOf([
        'Rob Ortt was in town too.',
        'His schedule also included a stop at the Penfield Police Department.',
      ]),
    ).not.toBe('discrepant');
    expect(
      verdictOf([
        'She stayed on for a while in the back room.',
        'His schedule also included a stop at the Penfield Police Department.',
      ]),
    ).not.toBe('discrepant');
    expect(
      verdictOf([
        'He told them "we have your back" before leaving.',
        'His schedule also included a stop at the Penfield Police Department.',
      ]),
    ).not.toBe('discrepant');
  });

  it('the recorded venue is left alone', () => {
    expect(
      verdictOf([
        'He stayed on for a while in the back room.',
        'His schedule also included a stop at the Greece Police Department.',
      ]),
    ).not.toBe('discrepant');
  });
});
