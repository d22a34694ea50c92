/** Story recognition and pack indexing, with tiny packs built here. */
import { describe, expect, it } from 'vitest';
import { parsePack } from '../pack/parse-pack.ts';
import type { ClaimPack, Cue } from '../pack/schema.ts';
import { analyzeText, foldText, indexPacks, recognizeStory, type PackIndex } from './index.ts';

interface StorySpec {
  id: string;
  threshold: number;
  cues: Cue[];
  /** A check that applies to every sentence containing `flag`, to show which story's checks ran. */
  flag?: string;
}

function makePack(id: string, stories: StorySpec[]): ClaimPack {
  const result = parsePack({
    format: 'sourcelight-pack',
    formatVersion: 1,
    id,
    version: '1.0.0',
    publisher: 'Test desk',
    updated: '2025-01-01',
    stories: stories.map((s) => ({
      id: s.id,
      title: `Story ${s.id}`,
      summary: `Summary of ${s.id}.`,
      originals: [{ id: 'original', publisher: 'Test Times', headline: 'Headline', date: '2025', url: 'https://times.example/a', urlConfirmed: true }],
      recognition: { threshold: s.threshold, cues: s.cues },
      checks: [
        {
          id: `${id}-check`,
          verdict: 'consistent',
          kind: 'statement',
          when: [[s.flag ?? 'flag']],
          original: 'Record.',
          explanation: `Checked by ${id}.`,
          sources: ['original'],
        },
      ],
    })),
  });
  if (!result.ok) throw new Error(result.errors.join('\n'));
  return result.pack;
}

const cue = (id: string, weight: number, ...terms: string[]): Cue => ({ id, weight, terms: terms.length ? terms : [id] });
const recognize = (text: string, index: PackIndex) => recognizeStory(foldText(text), index)?.match ?? null;

describe('recognizeStory scoring', () => {
  const index = indexPacks([
    makePack('p', [{ id: 'harbour', threshold: 5, cues: [cue('harbour', 3, 'harbour town', 'the harbour'), cue('fire', 2), cue('mayor', 1)] }]),
  ]);

  it('sums the weights of the cues found and lists their ids', () => {
    expect(recognize('The mayor of Harbour Town saw the fire.', index)).toMatchObject({
      storyId: 'harbour', packId: 'p', score: 6, threshold: 5, cues: ['harbour', 'fire', 'mayor'],
      title: 'Story harbour', summary: 'Summary of harbour.',
    });
  });

  it('recognises a story exactly at its threshold', () => {
    expect(recognize('A fire in Harbour Town.', index)?.score).toBe(5);
  });

  it('counts a cue once however many of its terms appear', () => {
    expect(recognize('Harbour Town, the harbour, HARBOUR TOWN, and the mayor.', index)).toBeNull();
  });

  it('ignores cue terms found only inside other words', () => {
    expect(recognize('Harbour Town firefighters and the mayoral race.', index)).toBeNull();
  });

  it('returns null below the threshold', () => {
    expect(recognize('The fire and the mayor.', index)).toBeNull();
    expect(recognize('', index)).toBeNull();
  });
});

describe('recognizeStory required cues', () => {
  it('needs every required cue, however high the score', () => {
    const pack = makePack('p', [{ id: 'harbour', threshold: 3, cues: [cue('harbour', 3, 'harbour town'), cue('fire', 2), cue('mayor', 1)] }]);
    (pack.stories[0] as { recognition: { require?: string[] } }).recognition.require = ['harbour'];
    const index = indexPacks([pack]);
    expect(recognize('The mayor saw the fire.', index)).toBeNull();
    expect(recognize('The mayor of Harbour Town.', index)?.storyId).toBe('harbour');
  });
});

describe('recognizeStory chooses among stories', () => {
  // "big" needs 10 and this text gives it 12 (1.2 × threshold); "small" needs 2 and gets 3 (1.5 ×).
  const big = { id: 'big', threshold: 10, cues: [cue('alpha', 6), cue('beta', 6)], flag: 'alpha' };
  const small = { id: 'small', threshold: 2, cues: [cue('gamma', 3)], flag: 'gamma' };
  const text = 'Alpha and beta met gamma.';

  it('chooses the best score relative to threshold, not the highest score', () => {
    expect(recognize(text, indexPacks([makePack('p', [big, small])]))?.storyId).toBe('small');
    expect(recognize(text, indexPacks([makePack('p', [small, big])]))?.storyId).toBe('small');
  });

  it('never chooses a story below its threshold, even with the highest score', () => {
    const bigger = { id: 'bigger', threshold: 20, cues: [cue('alpha', 9), cue('beta', 9)] };
    expect(recognize(text, indexPacks([makePack('p', [bigger, small])]))?.storyId).toBe('small');
    expect(recognize('Alpha and beta.', indexPacks([makePack('p', [bigger, small])]))).toBeNull();
  });

  it('keeps the earlier story on a tie', () => {
    const twin = { id: 'twin', threshold: 4, cues: [cue('gamma', 6)] };
    expect(recognize(text, indexPacks([makePack('p', [small, twin])]))?.storyId).toBe('small');
    expect(recognize(text, indexPacks([makePack('p', [twin, small])]))?.storyId).toBe('twin');
  });

  it('runs only the chosen story’s checks', () => {
    // "big" flags sentences with alpha, "small" sentences with gamma.
    const analysis = analyzeText('Alpha and beta came. Then gamma came.', indexPacks([makePack('p', [big, small])]));
    expect(analysis.story?.storyId).toBe('small');
    expect(analysis.findings.map((f) => f.text)).toEqual(['Then gamma came.']);
  });
});

describe('indexPacks', () => {
  it('keeps the first of two stories with the same id across packs', () => {
    const first = makePack('first', [{ id: 'shared', threshold: 2, cues: [cue('alpha', 2)], flag: 'alpha' }]);
    const second = makePack('second', [
      { id: 'shared', threshold: 2, cues: [cue('beta', 2)], flag: 'beta' },
      { id: 'own', threshold: 2, cues: [cue('gamma', 2)] },
    ]);
    const index = indexPacks([first, second]);
    expect(index.stories.map((s) => [s.packId, s.story.id])).toEqual([['first', 'shared'], ['second', 'own']]);
    expect(recognize('Alpha.', index)).toMatchObject({ storyId: 'shared', packId: 'first' });
    expect(recognize('Beta.', index)).toBeNull();
    expect(recognize('Gamma.', index)).toMatchObject({ storyId: 'own', packId: 'second' });

    const analysis = analyzeText('Alpha was here.', index);
    expect(analysis.findings.map((f) => f.checkId)).toEqual(['first-check']);
  });

  it('folds cue and check terms once, so pack terms match whatever their case or typography', () => {
    const pack = makePack('p', [
      { id: 'quoted', threshold: 2, cues: [cue('name', 2, 'O\u2019BRIEN\u00A0STREET')], flag: '\u201CBACK\u2014UP\u201D' },
    ]);
    const text = 'On O\u2019Brien Street they asked for "back-up".';
    const analysis = analyzeText(text, indexPacks([pack]));
    expect(analysis.story?.storyId).toBe('quoted');
    expect(analysis.findings.map((f) => f.text)).toEqual([text]);
  });

  it('indexes nothing from no packs', () => {
    const index = indexPacks([]);
    expect(index.stories).toEqual([]);
    expect(analyzeText('Anything.', index)).toEqual({ story: null, findings: [] });
  });
});
