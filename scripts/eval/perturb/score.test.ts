import { describe, expect, it } from 'vitest';
import { analyzeInput } from '../../../src/cli/analyze-input.ts';
import { indexPacks, type Analysis, type Finding } from '../../../src/engine/index.ts';
import { loadEmbeddedPack } from '../../../src/pack/embedded.ts';
import { caught, pageOf, verdictOn } from './score.ts';
import { loadSentenceFile, loadStories, sentenceFiles } from './suite.ts';

const index = indexPacks([loadEmbeddedPack()]);
const TODAY = '2026-11-21';

describe('perturbation suite scoring', () => {
  it.each(loadStories().map((s) => [s.key, s] as const))(
    'the %s carrier is recognised as its story, alone and before a test sentence, with no discrepant finding',
    (_key, story) => {
      const alone = analyzeInput(story.carrier, index, { today: TODAY }).analysis;
      expect(alone.story?.storyId).toBe(story.story);
      expect(alone.findings.filter((f) => f.verdict === 'discrepant')).toEqual([]);
      const file = sentenceFiles('development')
        .map(loadSentenceFile)
        .find((f) => f.story === story.story)!;
      for (const sentence of file.sentences.slice(0, 5)) {
        const page = pageOf(story.carrier, sentence.text);
        expect(page.text.slice(page.start, page.end)).toBe(sentence.text);
        const analysis = analyzeInput(page.text, index, { today: TODAY }).analysis;
        expect(analysis.story?.storyId, sentence.id).toBe(story.story);
        expect(
          analysis.findings.filter((f) => f.verdict === 'discrepant' && f.end <= page.start),
          sentence.id,
        ).toEqual([]);
      }
    },
  );

  it('takes the worst verdict among the findings touching the test sentence, and none when nothing touches it', () => {
    const finding = (verdict: Finding['verdict'], start: number, end: number) =>
      ({ verdict, start, end }) as Finding;
    const analysis = (findings: Finding[]): Analysis => ({ story: null, findings, signals: [] });
    expect(
      verdictOn(analysis([finding('discrepant', 0, 50), finding('consistent', 52, 90)]), 52, 90),
    ).toBe('consistent');
    expect(
      verdictOn(analysis([finding('consistent', 52, 70), finding('unverified', 71, 90)]), 52, 90),
    ).toBe('unverified');
    expect(verdictOn(analysis([finding('discrepant', 0, 50)]), 52, 90)).toBe('none');
  });

  it("sets a list entry's heading line between the carrier and the test sentence, outside the sentence's span", () => {
    const page = pageOf('Carrier paragraph.', 'Spoke to the Ledger.', 'DOE, Jane');
    expect(page.text).toBe('Carrier paragraph.\n\nDOE, Jane\nSpoke to the Ledger.\n');
    expect(page.text.slice(page.start, page.end)).toBe('Spoke to the Ledger.');
  });

  it('counts a case as caught by its expectation', () => {
    expect(caught({ expect: 'discrepant', got: 'unverified' })).toBe(false);
    expect(caught({ expect: 'flag', got: 'unverified' })).toBe(true);
    expect(caught({ expect: 'true', got: 'consistent' })).toBe(true);
    expect(caught({ expect: 'true', got: 'discrepant' })).toBe(false);
  });
});
