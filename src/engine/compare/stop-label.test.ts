/**
 * A stop of a trip named as a label or a noun ("Next stop on his route: the X Police Department", "His last stop
 * was X"): where the visit of the sentence before went (stop-label.ts, visit-meeting.ts, analyze.ts). The embedded
 * pack: on 29 April 2025 Homan met officers at the Locust Club, then stopped at the Greece Police Department
 * (sources.md B30).
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
const verdictOf = (line: string) =>
  analyzeText([...head, line].join('\n'), index, { today: '2025-04-29' }).findings.find((f) =>
    f.text.includes(line.slice(-30)),
  )?.verdict;

describe('a stop of the visit named as a noun', () => {
  it.each([
    '14:05 \u2014 Next stop on his route: the Irondequoit Police Department.',
    'Next stop: the Irondequoit Police Department.',
    'His last stop was the Irondequoit Police Department.',
    'His next stop of the day: the Irondequoit Police Department.',
  ])('another town\u2019s police department is the wrong venue: %s', (line) => {
    expect(verdictOf(line)).toBe('discrepant');
  });

  it.each([
    '14:05 \u2014 Next stop on his route: the Greece Police Department.',
    'Next stop: the Greece Police Department.',
    'His last stop was the Greece Police Department.',
    'The stop that started it all was on Lyell Avenue.',
    'Next stop: lunch.',
  ])('the recorded venue, or no venue, is left alone: %s', (line) => {
    expect(verdictOf(line)).not.toBe('discrepant');
  });
});
