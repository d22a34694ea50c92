/** Story recognition and pack indexing, with tiny packs built here. */
import { describe, expect, it } from 'vitest';
import { formatProblem, parsePack } from '../pack/parse-pack.ts';
import type { ClaimPack, Cue, Entity } from '../pack/schema.ts';
import { analyzeText, foldText, indexPacks, recognizeStory, type PackIndex } from './index.ts';

interface StorySpec {
  id: string;
  threshold: number;
  cues: Cue[];
  requireAny?: string[];
  entities?: Entity[];
  /** A plain fact that agrees with every sentence containing `flag`, to show which story's facts ran. */
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
      timeContext: { start: '2025', end: '2025', summary: 'Some time in 2025.' },
      originals: [
        {
          id: 'original',
          publisher: 'Test Times',
          headline: 'Headline',
          date: '2025',
          url: 'https://times.example/a',
          urlConfirmed: true,
        },
      ],
      ...(s.entities ? { entities: s.entities } : {}),
      recognition: {
        threshold: s.threshold,
        cues: s.cues,
        ...(s.requireAny ? { requireAny: s.requireAny } : {}),
      },
      facts: [
        {
          id: `${id}-${s.id}`,
          statement: `Recorded by ${id}.`,
          kind: 'event',
          about: [[s.flag ?? 'flag']],
          sources: ['original'],
          confidence: 'high',
        },
      ],
    })),
  });
  if (!result.ok) throw new Error(result.problems.map(formatProblem).join('\n'));
  return result.pack;
}

const cue = (id: string, weight: number, ...terms: string[]): Cue => ({
  id,
  weight,
  terms: terms.length ? terms : [id],
});
const recognize = (text: string, index: PackIndex) =>
  recognizeStory(foldText(text), index)?.match ?? null;

describe('recognizeStory scoring', () => {
  const index = indexPacks([
    makePack('p', [
      {
        id: 'harbour',
        threshold: 5,
        cues: [cue('harbour', 3, 'harbour town', 'the harbour'), cue('fire', 2), cue('mayor', 1)],
      },
    ]),
  ]);

  it('sums the weights of the cues found and lists their ids', () => {
    expect(recognize('The mayor of Harbour Town saw the fire.', index)).toMatchObject({
      storyId: 'harbour',
      packId: 'p',
      score: 6,
      threshold: 5,
      cues: ['harbour', 'fire', 'mayor'],
      title: 'Story harbour',
      summary: 'Summary of harbour.',
      timeContext: { start: '2025', end: '2025', summary: 'Some time in 2025.' },
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

  it('adds up fractional weights', () => {
    const fractions = indexPacks([
      makePack('p', [{ id: 'f', threshold: 1, cues: [cue('alpha', 0.5), cue('beta', 0.5)] }]),
    ]);
    expect(recognize('Alpha.', fractions)).toBeNull();
    expect(recognize('Alpha and beta.', fractions)?.score).toBe(1);
  });
});

describe('recognizeStory cues naming a street', () => {
  const index = indexPacks([
    makePack('p', [
      { id: 'quay', threshold: 5, cues: [cue('street', 3, 'quay street'), cue('fire', 2)] },
    ]),
  ]);
  it('finds the street written short, with or without its full stop', () => {
    for (const text of ['A fire on Quay St. last night.', 'A fire on Quay St last night.'])
      expect(recognize(text, index)?.storyId, text).toBe('quay');
    expect(recognize('A fire on Quay Stone last night.', index)).toBeNull();
  });
});

describe('recognizeStory cues naming entities', () => {
  const entities: Entity[] = [
    { id: 'quill', kind: 'person', name: 'Mara Quill', aliases: ['Chief Quill'] },
    { id: 'harbour-town', kind: 'place', name: 'Harbour Town' },
  ];
  const index = indexPacks([
    makePack('p', [
      {
        id: 'harbour',
        threshold: 3,
        entities,
        cues: [
          { id: 'chief', entities: ['quill'], weight: 2 },
          { id: 'place', entities: ['harbour-town'], terms: ['the quay'], weight: 1 },
        ],
      },
    ]),
  ]);

  it("matches an entity cue by the entity's name or any alias", () => {
    expect(recognize('Mara Quill spoke in Harbour Town.', index)?.cues).toEqual(['chief', 'place']);
    expect(recognize('CHIEF QUILL spoke on the quay.', index)?.cues).toEqual(['chief', 'place']);
  });

  it("matches a person's surname, generated from the entity, but neither the entity id nor part of a name", () => {
    expect(recognize('Quill spoke in Harbour Town.', index)?.cues).toEqual(['chief', 'place']);
    expect(recognize('Mara spoke in Harbour Town.', index)).toBeNull();
    expect(recognize('harbour-town and Mara Quillon.', index)).toBeNull();
  });
});

describe('recognizeStory required cues', () => {
  const pack = makePack('p', [
    {
      id: 'harbour',
      threshold: 3,
      requireAny: ['harbour', 'headline'],
      cues: [
        cue('harbour', 1, 'harbour town'),
        cue('headline', 3, 'warehouse burns to the ground'),
        cue('fire', 2),
        cue('mayor', 1),
      ],
    },
  ]);
  const index = indexPacks([pack]);

  it('needs one of the required cues, however high the score', () => {
    expect(recognize('The mayor saw the fire.', index)).toBeNull();
  });

  it('is satisfied by any one of them', () => {
    expect(recognize('The mayor of Harbour Town saw the fire.', index)?.storyId).toBe('harbour');
    expect(recognize('Warehouse burns to the ground.', index)?.storyId).toBe('harbour');
  });

  it('still needs the threshold when a required cue is found', () => {
    expect(recognize('The mayor of Harbour Town.', index)).toBeNull();
  });

  it('falls through to another story when the best one lacks its required cue', () => {
    const other = makePack('q', [
      { id: 'other', threshold: 3, cues: [cue('fire', 2), cue('mayor', 1)] },
    ]);
    expect(recognize('The mayor saw the fire.', indexPacks([pack, other]))?.storyId).toBe('other');
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

  it('runs only the chosen story\u2019s facts', () => {
    // "big" agrees with sentences with alpha, "small" with sentences with gamma.
    const analysis = analyzeText(
      'Alpha and beta came. Then gamma came.',
      indexPacks([makePack('p', [big, small])]),
    );
    expect(analysis.story?.storyId).toBe('small');
    expect(analysis.findings.map((f) => [f.text, f.claimId])).toEqual([
      ['Then gamma came.', 'fact:p-small'],
    ]);
  });
});

describe('indexPacks', () => {
  it('keeps the first of two stories with the same id across packs', () => {
    const first = makePack('first', [
      { id: 'shared', threshold: 2, cues: [cue('alpha', 2)], flag: 'alpha' },
    ]);
    const second = makePack('second', [
      { id: 'shared', threshold: 2, cues: [cue('beta', 2)], flag: 'beta' },
      { id: 'own', threshold: 2, cues: [cue('gamma', 2)] },
    ]);
    const index = indexPacks([first, second]);
    expect(index.stories.map((s) => [s.packId, s.story.id])).toEqual([
      ['first', 'shared'],
      ['second', 'own'],
    ]);
    expect(recognize('Alpha.', index)).toMatchObject({ storyId: 'shared', packId: 'first' });
    expect(recognize('Beta.', index)).toBeNull();
    expect(recognize('Gamma.', index)).toMatchObject({ storyId: 'own', packId: 'second' });

    const analysis = analyzeText('Alpha was here.', index);
    expect(analysis.findings.map((f) => f.claimId)).toEqual(['fact:first-shared']);
  });

  it('folds cue and fact terms once, so pack terms match whatever their case or typography', () => {
    const pack = makePack('p', [
      {
        id: 'quoted',
        threshold: 2,
        cues: [cue('name', 2, 'O\u2019BRIEN\u00A0STREET')],
        flag: '\u201CBACK\u2014UP\u201D',
      },
    ]);
    const text = 'On O\u2019Brien Street they asked for "back-up".';
    const analysis = analyzeText(text, indexPacks([pack]));
    expect(analysis.story?.storyId).toBe('quoted');
    expect(analysis.findings.map((f) => f.text)).toEqual([text]);
  });

  it("builds a story's details once, and only when asked", () => {
    const index = indexPacks([
      makePack('p', [{ id: 'lazy', threshold: 1, cues: [cue('alpha', 1)] }]),
    ]);
    const story = index.stories[0]!;
    expect(story.checks()).toBe(story.checks());
    expect(story.checks().facts.map((f) => f.fact.id)).toEqual(['p-lazy']);
  });

  it('indexes nothing from no packs', () => {
    const index = indexPacks([]);
    expect(index.stories).toEqual([]);
    expect(analyzeText('Anything.', index)).toEqual({ story: null, findings: [], signals: [] });
  });
});
