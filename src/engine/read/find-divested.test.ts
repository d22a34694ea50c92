import { describe, expect, it } from 'vitest';
import { buildGazetteer } from './gazetteer.ts';
import { readSentence } from './read-sentence.ts';

const outcomes = (s: string) =>
  readSentence(s, buildGazetteer([])).flatMap((c) =>
    c.mentions.filter((m) => m.type === 'outcome').map((m) => [m.text, m.value]),
  );

describe('the tools of the job taken', () => {
  it('is an outcome that leaves them off duty, in several wordings', () => {
    for (const [s, text] of [
      [
        'The deputies were stripped of their badges and firearms.',
        'stripped of their badges and firearms',
      ],
      [
        'Both officers had their service weapons taken away.',
        'had their service weapons taken away',
      ],
      ['The two troopers turned in their guns on Friday.', 'turned in their guns'],
      ['He surrendered his badge.', 'surrendered his badge'],
    ])
      expect(outcomes(s as string), s).toEqual([[text, { kind: 'suspended', divested: true }]]);
  });
  it('is not read where the tools are someone else\u2019s or nothing was taken', () => {
    for (const s of [
      'Officers seized their weapons at the scene.',
      'The officers stripped the men of their guns.',
      'The officers drew their guns.',
      'They handed over their reports.',
    ])
      expect(outcomes(s), s).toEqual([]);
  });
});
